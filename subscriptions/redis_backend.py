"""A broadcaster backend for Redis pub/sub that actually delivers, and survives drops.

broadcaster 0.3.1's own `redis://` backend starts listening before any subscription
exists and, with redis-py 8.x, never wakes up again; it also never reconnects. This one
subscribes first, then reads; on a lost connection it reconnects with backoff and emits a
RESYNC event per channel so consumers can catch up from the durable event table.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import redis.asyncio as aioredis
from broadcaster import Event
from broadcaster._backends.base import BroadcastBackend

log = logging.getLogger("oms.bus.redis")

RESYNC = "__oms_resync__"
_READ_TIMEOUT = 1.0


class RedisPubSubBackend(BroadcastBackend):
    def __init__(self, url: str) -> None:
        self._url = url
        self._channels: set[str] = set()
        self._channels_changed = asyncio.Event()
        self._events: asyncio.Queue[Event] = asyncio.Queue()
        self._subscribed = asyncio.Event()
        self._publisher: aioredis.Redis | None = None
        self._reader: asyncio.Task[None] | None = None

    async def connect(self) -> None:
        self._publisher = aioredis.from_url(self._url)
        await self._publisher.ping()
        self._reader = asyncio.create_task(self._read_forever(), name="oms-redis-reader")

    async def disconnect(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader
        if self._publisher is not None:
            await self._publisher.aclose()

    async def subscribe(self, channel: str) -> None:
        self._subscribed.clear()
        self._channels.add(channel)
        self._channels_changed.set()

    async def unsubscribe(self, channel: str) -> None:
        self._channels.discard(channel)
        self._channels_changed.set()

    async def wait_subscribed(self, timeout: float = 10.0) -> None:
        await asyncio.wait_for(self._subscribed.wait(), timeout)

    async def publish(self, channel: str, message: Any) -> None:
        assert self._publisher is not None, "connect() first"
        await self._publisher.publish(channel, message)

    async def ping(self) -> None:
        assert self._publisher is not None, "connect() first"
        await self._publisher.ping()

    async def next_published(self) -> Event:
        return await self._events.get()

    async def _read_forever(self) -> None:
        backoff = 0.1
        connected_before = False
        while True:
            await self._channels_changed.wait()
            client = aioredis.from_url(self._url)
            pubsub = client.pubsub()
            try:
                self._channels_changed.clear()
                channels = sorted(self._channels)
                if channels:
                    await pubsub.subscribe(*channels)
                    # Wait for every confirmation so "subscribed" really means delivering.
                    confirmed = 0
                    while confirmed < len(channels):
                        msg = await pubsub.get_message(timeout=_READ_TIMEOUT)
                        if msg and msg["type"] == "subscribe":
                            confirmed += 1
                    if connected_before:
                        # Whatever was published while we were away is in the event table.
                        for channel in channels:
                            await self._events.put(Event(channel, RESYNC))
                    connected_before = True
                    self._subscribed.set()
                    backoff = 0.1
                while not self._channels_changed.is_set():
                    msg = await pubsub.get_message(ignore_subscribe_messages=True, timeout=_READ_TIMEOUT)
                    if msg and msg["type"] == "message":
                        data = msg["data"]
                        channel = msg["channel"]
                        await self._events.put(
                            Event(
                                channel.decode() if isinstance(channel, bytes) else channel,
                                data.decode() if isinstance(data, bytes) else data,
                            )
                        )
                self._channels_changed.set()
            except asyncio.CancelledError:
                raise
            except (aioredis.ConnectionError, aioredis.TimeoutError, OSError) as exc:
                log.warning("redis subscription lost (%s); reconnecting in %.1fs", exc, backoff)
                self._subscribed.clear()
                self._channels_changed.set()
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 5.0)
            finally:
                with contextlib.suppress(Exception):
                    await pubsub.aclose()
                with contextlib.suppress(Exception):
                    await client.aclose()
