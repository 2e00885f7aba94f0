"""The process's event bus: one backend subscription, fanned out to bounded local queues.

broadcaster loses subscribers when many subscribe to a new channel at once and gives
each an unbounded queue; so each process subscribes once, to one channel, at start-up,
and hands events to its own listeners. A listener whose queue overflows is told to
RESYNC (catch up from the event table) instead of growing memory.

Redis is a dependency of live traffic only. The bus starts without it (degraded: `ping`
fails, so /readyz reports `bus` and the live check as not ready) and subscribes when it
comes back; events committed meanwhile are sequenced in the table, published by the relay
once Redis answers, and replayed to live subscribers on the RESYNC the reconnect emits.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from typing import Any

from broadcaster import Broadcast

from subscriptions.envelope import Envelope, Signal
from subscriptions.redis_backend import RESYNC, RedisPubSubBackend

log = logging.getLogger("oms.bus")


def events_channel(namespace: str) -> str:
    """The one Redis channel a deployment's processes share (namespaced: see Settings.namespace)."""
    return f"{namespace}.events"


CHANNEL = events_channel("oms")


class Resync:
    """Marker: events may have been missed; read the event table from your cursor."""


RESYNC_MARKER = Resync()


class Listener:
    def __init__(self, maxsize: int) -> None:
        self._queue: asyncio.Queue[Envelope | Resync | Signal] = asyncio.Queue(maxsize=maxsize)

    def offer(self, item: Envelope | Resync | Signal) -> bool:
        """Queue `item`; False when the queue was full and became a single RESYNC."""
        try:
            self._queue.put_nowait(item)
            return True
        except asyncio.QueueFull:
            # Drop what is queued; the consumer re-reads it from the database.
            while not self._queue.empty():
                self._queue.get_nowait()
            self._queue.put_nowait(RESYNC_MARKER)
            return False

    async def get(self) -> Envelope | Resync | Signal:
        return await self._queue.get()


class EventBus:
    def __init__(
        self, url: str, *, queue_size: int = 1000, channel: str = CHANNEL, connect_timeout: float = 5.0
    ) -> None:
        self.url = url
        self._connect_timeout = connect_timeout
        self.channel = channel
        self._queue_size = queue_size
        self._redis: RedisPubSubBackend | None = None
        if url.startswith(("redis://", "rediss://")):
            self._redis = RedisPubSubBackend(url, name=channel)
            self._broadcast = Broadcast(backend=self._redis)
        elif url.startswith("memory://"):
            self._broadcast = Broadcast(url)
        else:
            raise ValueError(f"Unsupported OMS_BROADCAST_URL {url!r}: use memory:// or redis://host:port")
        self._listeners: set[Listener] = set()
        self._watchers: list[Callable[[Envelope | Resync], None]] = []
        # Listeners whose queue overflowed (slow consumers sent to the event table).
        self.overflows = 0
        self._subscription: AbstractAsyncContextManager[Any] | None = None
        self._pump: asyncio.Task[None] | None = None

    async def start(self) -> None:
        await self._broadcast.connect()
        self._subscription = self._broadcast.subscribe(self.channel)
        subscriber = await self._subscription.__aenter__()
        # Wait for the subscription so that the first events are delivered live, but do not
        # let an unreachable Redis keep the server from taking orders.
        if self._redis is not None and not await self._redis.wait_subscribed(self._connect_timeout):
            log.warning("event bus starts without Redis (%s): live traffic waits until it answers", self._redis_host())
        self._pump = asyncio.create_task(self._fan_out(subscriber), name="oms-bus-fanout")

    async def __aenter__(self) -> EventBus:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def stop(self) -> None:
        if self._pump is not None:
            self._pump.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._pump
        if self._subscription is not None:
            with contextlib.suppress(Exception):
                await self._subscription.__aexit__(None, None, None)
        with contextlib.suppress(Exception):
            await self._broadcast.disconnect()

    def _redis_host(self) -> str:
        return self.url.split("@")[-1].split("://")[-1]

    async def publish(self, envelope: Envelope) -> None:
        await self._broadcast.publish(self.channel, json.dumps(envelope.to_json()))

    async def publish_encoded(self, events: list[str]) -> None:
        """Publish events (each `Envelope.to_json()` as JSON text), in order, as one message (a
        JSON array): one PUBLISH for the relay's batch, and one message for every process's
        subscription to read and decode, instead of one per event (a pipeline of one PUBLISH
        per event cost the relay and each reader more than the events themselves:
        bench/RESULTS.md, "Outbox relay")."""
        if events:
            await self._broadcast.publish(self.channel, "[" + ",".join(events) + "]")

    async def publish_signal(self, signal: Signal) -> None:
        """Publish an ephemeral message to every process's listeners: nothing stores it, and
        a listener that is not there (or overflows) never gets it."""
        await self._broadcast.publish(self.channel, json.dumps(signal.to_json()))

    async def ping(self) -> None:
        """Raise unless events published now would reach this process's listeners."""
        if self._pump is None or self._pump.done():
            raise RuntimeError("event bus is not running")
        if self._redis is not None:
            await self._redis.ping()

    def watch(self, callback: Callable[[Envelope | Resync], None]) -> None:
        """Call `callback` with every event (and RESYNC) as it arrives, before any listener
        gets it: what must hold before a subscriber can act on an event (a revoked token
        forgotten) happens here. It must be quick and must not block."""
        self._watchers.append(callback)

    @contextlib.asynccontextmanager
    async def listen(self) -> AsyncIterator[Listener]:
        listener = Listener(self._queue_size)
        self._listeners.add(listener)
        try:
            yield listener
        finally:
            self._listeners.discard(listener)

    @property
    def listener_count(self) -> int:
        return len(self._listeners)

    async def _fan_out(self, subscriber: Any) -> None:
        async for event in subscriber:
            item: Envelope | Resync | Signal
            items: list[Envelope | Resync | Signal]
            if event.message == RESYNC:
                items = [RESYNC_MARKER]
            elif not self._listeners and not self._watchers:
                # Nobody here to hand it to (a worker process: the relay, no subscribers):
                # decoding every event cost such a process more than relaying it. A
                # listener that comes later replays from the table first.
                continue
            else:
                try:
                    items = _decode(event.message)
                except (ValueError, KeyError, TypeError, AttributeError):
                    log.warning("dropping malformed bus message")
                    continue
            for item in items:
                self._hand_out(item)

    def _hand_out(self, item: Envelope | Resync | Signal) -> None:
        if not isinstance(item, Signal):  # a signal is ephemeral: for live listeners only, never watched
            for watcher in self._watchers:
                try:
                    watcher(item)
                except Exception:
                    log.exception("bus watcher failed")
        for listener in list(self._listeners):
            if not listener.offer(item):
                self.overflows += 1


def _decode(message: str) -> list[Envelope | Resync | Signal]:
    """A bus message: one event or signal (a JSON object), or the relay's batch of events (an
    array, in sequence order)."""
    data = json.loads(message)
    if isinstance(data, list):
        return [Envelope.from_json(one) for one in data]
    return [Signal.from_json(data) if data.get("signal") else Envelope.from_json(data)]
