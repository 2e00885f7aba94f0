"""`oms bench --relay`: how many events per second the outbox relay sequences and publishes.

On a fresh PostgreSQL database (OMS_BENCH_PG_URL names the server) and Redis
(OMS_BENCH_REDIS_URL), with the production relay (`subscriptions.relay.OutboxRelay`, at the
production poll interval) and bus (`subscriptions.bus.EventBus`) in this process, and a plain
Redis subscriber in a process of its own counting the events that arrive on the channel:

- `backlog_ev_s`: `events` rows are committed first (as after an outage), then the relay
  starts; events / time until the subscriber has received the last one;
- for each transaction size N in `per_tx`:
  - `txN_writers_alone_ev_s`: `writers` separate processes commit `events` events in
    transactions of N with no relay running: the most the writers commit on this machine, so
    a reader can tell whether the writers or the relay limit the figures below (the rows are
    deleted afterwards);
  - `txN_writers_live_ev_s` and `txN_end_to_end_ev_s`: the same while the relay runs (in
    another process than the writers, whose commits do not wake it): the writers' own rate,
    and events / time from the first commit until the subscriber has received the last one.

Every writer connects first, then all start together; times are CLOCK_MONOTONIC, which all
processes share. The reference in the same run is a bare Redis PUBLISH of the same messages,
pipelined. The database is dropped at the end.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import time
import uuid
from collections.abc import Sequence
from multiprocessing.context import SpawnContext
from typing import Any

import asyncpg
import redis.asyncio as aioredis

from bench.http import _create_database, _drop_database
from services import db
from services.migrations import migrate
from settings import Settings
from subscriptions.bus import EventBus, events_channel
from subscriptions.relay import OutboxRelay

PAYLOAD = json.dumps({"orderId": "T3JkZXI6MQ==", "status": "ALLOCATED", "previous": "PENDING"})
INSERT = (
    "INSERT INTO outbox_event (topic, aggregate_type, aggregate_id, payload, occurred_at, published) "
    "SELECT 'order.status', 'order', g, $1::jsonb, now(), false FROM generate_series(1, $2) AS g"
)
_SPAWN: SpawnContext = multiprocessing.get_context("spawn")


async def _write(dsn: str, events: int, per_tx: int, go: Any = None) -> float:
    """Commit `events` events, `per_tx` a transaction (after `go`, a barrier, lets every writer
    start); returns the monotonic time of the last commit."""
    conn = await asyncpg.connect(dsn)
    try:
        if go is not None:
            await asyncio.to_thread(go.wait)
        for done in range(0, events, per_tx):
            await conn.execute(INSERT, PAYLOAD, min(per_tx, events - done))
        return time.monotonic()
    finally:
        await conn.close()


def _writer_process(dsn: str, events: int, per_tx: int, go: Any, finished: Any) -> None:
    finished.put(asyncio.run(_write(dsn, events, per_tx, go)))


async def _count(url: str, channel: str, expected: int, ready: Any, finished: Any) -> None:
    client = aioredis.from_url(url)
    pubsub = client.pubsub()
    await pubsub.subscribe(channel)
    ready.set()
    received = 0
    try:
        async for msg in pubsub.listen():
            if msg["type"] == "message":
                # A message holds one event or a batch of them: count the envelopes.
                received += msg["data"].count(b'"seq":')
                if received >= expected:
                    finished.put(time.monotonic())
                    return
    finally:
        await client.aclose()


def _counter_process(url: str, channel: str, expected: int, ready: Any, finished: Any) -> None:
    asyncio.run(_count(url, channel, expected, ready, finished))


class Counter:
    """A plain Redis subscriber on the deployment's channel, in a process of its own (as a
    subscriber on another host): what really went out."""

    def __init__(self, url: str, channel: str, expected: int) -> None:
        self._ready, self._finished = _SPAWN.Event(), _SPAWN.Queue()
        self._proc = _SPAWN.Process(target=_counter_process, args=(url, channel, expected, self._ready, self._finished))

    async def __aenter__(self) -> Counter:
        self._proc.start()
        if not await asyncio.to_thread(self._ready.wait, 30):
            raise TimeoutError("the counting subscriber did not subscribe")
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._proc.is_alive():
            self._proc.terminate()
        await asyncio.to_thread(self._proc.join)

    async def until_all(self, timeout: float = 300) -> float:
        """The monotonic time the last expected event arrived."""
        return float(await asyncio.to_thread(self._finished.get, True, timeout))


async def _writers(dsn: str, events: int, writers: int, per_tx: int) -> tuple[float, float]:
    """Run `writers` processes of `events / writers` events each; (start, last commit)."""
    go, finished = _SPAWN.Barrier(writers + 1), _SPAWN.Queue()
    share = events // writers
    procs = [_SPAWN.Process(target=_writer_process, args=(dsn, share, per_tx, go, finished)) for _ in range(writers)]
    for proc in procs:
        proc.start()
    await asyncio.to_thread(go.wait, 60)
    start = time.monotonic()
    ends = [await asyncio.to_thread(finished.get, True, 300) for _ in procs]
    for proc in procs:
        await asyncio.to_thread(proc.join)
    return start, max(ends)


async def _bare_publish(url: str, channel: str, events: int) -> float:
    client = aioredis.from_url(url)
    message = json.dumps({"seq": 1, "topic": "order.status", "payload": json.loads(PAYLOAD)})
    start = time.monotonic()
    try:
        for done in range(0, events, 500):
            pipe = client.pipeline(transaction=False)
            for _ in range(min(500, events - done)):
                pipe.publish(channel + ".bare", message)
            await pipe.execute()
    finally:
        await client.aclose()
    return events / (time.monotonic() - start)


async def _measure(
    dsn: str, settings: Settings, events: int, writers: int, per_tx: Sequence[int], poll_seconds: float
) -> dict[str, Any]:
    redis_url, channel = settings.broadcast_url, events_channel(settings.namespace)
    events -= events % writers
    result: dict[str, Any] = {"events": events, "writers": writers, "poll_seconds": poll_seconds}
    async with EventBus(redis_url, channel=channel) as bus:
        await _write(dsn, events, 500)
        async with Counter(redis_url, channel, events) as counter:
            start = time.monotonic()
            async with OutboxRelay(bus, poll_seconds=poll_seconds):
                result["backlog_ev_s"] = events / (await counter.until_all() - start)
        for size in per_tx:
            start, written = await _writers(dsn, events, writers, size)
            result[f"tx{size}_writers_alone_ev_s"] = events / (written - start)
            await db.connection().execute_query("DELETE FROM outbox_event WHERE seq IS NULL")
            async with Counter(redis_url, channel, events) as counter, OutboxRelay(bus, poll_seconds=poll_seconds):
                start, written = await _writers(dsn, events, writers, size)
                received = await counter.until_all()
            result[f"tx{size}_writers_live_ev_s"] = events / (written - start)
            result[f"tx{size}_end_to_end_ev_s"] = events / (received - start)
    result["bare_publish_ev_s"] = await _bare_publish(redis_url, channel, events)
    return result


def run(
    *, events: int = 20000, writers: int = 4, per_tx: Sequence[int] = (1, 5, 20), poll_seconds: float | None = None
) -> dict[str, Any]:
    """`poll_seconds`: the relay's idle poll (default: the production setting's default)."""
    admin = os.environ.get("OMS_BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/postgres")
    redis_url = os.environ.get("OMS_BENCH_REDIS_URL", "redis://127.0.0.1:6379")
    name = f"oms_bench_relay_{uuid.uuid4().hex[:8]}"
    database_url = admin.rpartition("/")[0] + "/" + name
    dsn = database_url.replace("postgres://", "postgresql://", 1)
    pg_admin = admin.replace("postgres://", "postgresql://", 1)
    namespace = f"bench-{uuid.uuid4().hex[:8]}"

    async def go() -> dict[str, Any]:
        settings = Settings(database_url=database_url, broadcast_url=redis_url, namespace=namespace)
        await migrate(settings)
        await db.open_database(settings)
        try:
            poll = settings.relay_poll_seconds if poll_seconds is None else poll_seconds
            return await _measure(dsn, settings, events, writers, per_tx, poll)
        finally:
            await db.close_database()

    asyncio.run(_create_database(pg_admin, name))
    try:
        return asyncio.run(go())
    finally:
        asyncio.run(_drop_database(pg_admin, name))


if __name__ == "__main__":
    print(run())
