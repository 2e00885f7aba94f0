"""`oms bench --relay`: how many events per second the outbox relay sequences and publishes.

On a fresh PostgreSQL database (OMS_BENCH_PG_URL names the server) and Redis
(OMS_BENCH_REDIS_URL), with the production relay (`subscriptions.relay.OutboxRelay`) and
bus (`subscriptions.bus.EventBus`) in this process and a plain Redis subscriber counting
what arrives on the channel:

- backlog: `events` rows are committed first (as after an outage), then the relay starts;
  the rate is events / time until the subscriber has received the last one;
- live: the relay runs while `writers` separate processes commit events in transactions
  of `per_tx` (as several API workers do); the rate is events / time from the first
  commit until the subscriber has received the last one.

The reference in the same run is a bare Redis PUBLISH of the same messages, pipelined:
the relay cannot publish faster than that. The database is dropped at the end.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import time
import uuid
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


async def _write(dsn: str, events: int, per_tx: int) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        for done in range(0, events, per_tx):
            await conn.execute(INSERT, PAYLOAD, min(per_tx, events - done))
    finally:
        await conn.close()


def _writer_process(dsn: str, events: int, per_tx: int) -> None:
    asyncio.run(_write(dsn, events, per_tx))


class Counter:
    """A plain Redis subscriber on the deployment's channel: what really went out."""

    def __init__(self, url: str, channel: str) -> None:
        self.url, self.channel, self.received = url, channel, 0
        self._task: asyncio.Task[None] | None = None
        self._ready = asyncio.Event()

    async def __aenter__(self) -> Counter:
        self._task = asyncio.create_task(self._read())
        await asyncio.wait_for(self._ready.wait(), 10)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._task is not None
        self._task.cancel()

    async def _read(self) -> None:
        client = aioredis.from_url(self.url)
        pubsub = client.pubsub()
        await pubsub.subscribe(self.channel)
        self._ready.set()
        try:
            async for msg in pubsub.listen():
                if msg["type"] == "message":
                    self.received += 1
        finally:
            await client.aclose()

    async def until(self, count: int, timeout: float = 300) -> float:
        deadline = time.monotonic() + timeout
        while self.received < count:
            if time.monotonic() > deadline:
                raise TimeoutError(f"received {self.received} of {count}")
            await asyncio.sleep(0.002)
        return time.monotonic()


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


async def _measure(dsn: str, redis_url: str, namespace: str, events: int, writers: int, per_tx: int) -> dict[str, Any]:
    channel = events_channel(namespace)
    result: dict[str, Any] = {"events": events, "writers": writers, "per_tx": per_tx}
    async with Counter(redis_url, channel) as counter, EventBus(redis_url, channel=channel) as bus:
        await _write(dsn, events, 500)
        start = time.monotonic()
        async with OutboxRelay(bus, poll_seconds=0.05):
            result["backlog_per_second"] = events / (await counter.until(events) - start)

            ctx = multiprocessing.get_context("spawn")
            share = events // writers
            procs = [ctx.Process(target=_writer_process, args=(dsn, share, per_tx)) for _ in range(writers)]
            start = time.monotonic()
            for proc in procs:
                proc.start()
            for proc in procs:
                await asyncio.to_thread(proc.join)
            written = time.monotonic()
            result["writers_per_second"] = share * writers / (written - start)
            result["live_per_second"] = share * writers / (await counter.until(events + share * writers) - start)
        result["bare_publish_per_second"] = await _bare_publish(redis_url, channel, events)
    return result


def run(*, events: int = 20000, writers: int = 4, per_tx: int = 5) -> dict[str, Any]:
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
            return await _measure(dsn, redis_url, namespace, events, writers, per_tx)
        finally:
            await db.close_database()

    asyncio.run(_create_database(pg_admin, name))
    try:
        return asyncio.run(go())
    finally:
        asyncio.run(_drop_database(pg_admin, name))


if __name__ == "__main__":
    print(run())
