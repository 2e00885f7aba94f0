"""A broadcaster backend for Redis pub/sub that actually delivers, and survives drops.

broadcaster 0.3.1's own `redis://` backend starts listening before any subscription
exists and, with redis-py 8.x, never wakes up again; it also never reconnects. This one
subscribes first, then reads; on a lost connection it reconnects with backoff and emits a
RESYNC event per channel so consumers can catch up from the durable event table.

Redis is needed for live fan-out, not for taking orders: `connect()` does not require it.
A server started while Redis is down serves without it (publishing fails, and the relay
keeps the events until it succeeds), and the reader subscribes as soon as Redis answers.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import redis.asyncio as aioredis
from broadcaster import Event
from broadcaster._backends.base import BroadcastBackend
from redis.exceptions import RedisError

log = logging.getLogger("oms.bus.redis")

RESYNC = "__oms_resync__"
_READ_TIMEOUT = 1.0
# A Redis that hangs must fail a publish or a ping, not stall the relay or /readyz.
_SOCKET_TIMEOUT = 5.0
_CONNECT_TIMEOUT = 2.0


def _client(url: str, name: str | None) -> aioredis.Redis:
    return aioredis.from_url(
        url, socket_timeout=_SOCKET_TIMEOUT, socket_connect_timeout=_CONNECT_TIMEOUT, client_name=name
    )


class RedisPubSubBackend(BroadcastBackend):
    def __init__(self, url: str, *, name: str | None = None) -> None:
        self._url = url
        # Each connection's CLIENT SETNAME: CLIENT LIST tells which deployment (namespace) a
        # connection serves, and a test can end its own server's subscription and nobody else's.
        self._name = name
        self._channels: set[str] = set()
        self._channels_changed = asyncio.Event()
        self._events: asyncio.Queue[Event] = asyncio.Queue()
        self._subscribed = asyncio.Event()
        self._attempted = asyncio.Event()  # the reader tried (and subscribed or failed) at least once
        self._publisher: aioredis.Redis | None = None
        self._reader: asyncio.Task[None] | None = None

    async def connect(self) -> None:
        # No ping here: the clients connect on first use and again after every failure.
        self._publisher = _client(self._url, self._name)
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

    async def wait_subscribed(self, timeout: float = 10.0) -> bool:
        """Wait until the subscription is delivering, or the first attempt failed, or
        `timeout`; True when subscribed."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._attempted.wait(), timeout)
        return self._subscribed.is_set()

    @property
    def subscribed(self) -> bool:
        return self._subscribed.is_set() and self._reader is not None and not self._reader.done()

    async def publish(self, channel: str, message: Any) -> None:
        assert self._publisher is not None, "connect() first"
        await self._publisher.publish(channel, message)

    async def ping(self) -> None:
        assert self._publisher is not None, "connect() first"
        await self._publisher.ping()
        if not self.subscribed:
            raise ConnectionError("the event subscription is not established")

    async def next_published(self) -> Event:
        return await self._events.get()

    async def _read_forever(self) -> None:
        backoff = 0.1
        while True:
            await self._channels_changed.wait()
            client = _client(self._url, self._name)
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
                    # Whatever was published while we were away (or before we first got
                    # through, if Redis was down at start-up) is in the event table. At a
                    # clean start nobody listens yet, and the marker costs nothing.
                    for channel in channels:
                        await self._events.put(Event(channel, RESYNC))
                    self._subscribed.set()
                    self._attempted.set()
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
            except (RedisError, OSError) as exc:
                log.warning("redis subscription lost (%s); reconnecting in %.1fs", exc, backoff)
                self._subscribed.clear()
                self._attempted.set()
                self._channels_changed.set()
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 5.0)
            finally:
                with contextlib.suppress(Exception):
                    await pubsub.aclose()
                with contextlib.suppress(Exception):
                    await client.aclose()
