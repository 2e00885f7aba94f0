"""Redis is needed for live fan-out and shared rate limits, not for taking orders.

A real `oms serve` on PostgreSQL and a private redis-server the test starts and kills: the
server starts without Redis and takes orders (rate limits fall back to the process's own
buckets), reports the bus as not ready for live traffic, subscribes once Redis is up, and
events committed while Redis is down reach a live subscriber once it is back: each once, in
order, none missing."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

import pytest

from models.access import Role
from models.events import OutboxEvent
from models.orders import Order
from tests.fixtures.backends import Backends
from tests.fixtures.catalog import ORDER_STATUS_SUB, create_catalog, place
from tests.fixtures.database import make_token
from tests.fixtures.faults import PrivateRedis
from tests.fixtures.live import Subscription, metric, subscribe
from tests.fixtures.processes import oms_process
from tests.fixtures.server import Server
from tests.fixtures.waiting import until

pytestmark = pytest.mark.postgres


async def ready(server: Server, path: str = "/readyz") -> tuple[int, dict[str, Any]]:
    response = await server.http.get(path)
    return response.status_code, response.json()


async def order_events() -> list[tuple[int | None, int]]:
    """(seq, order id) of every order status event committed, in commit (id) order."""
    rows = await OutboxEvent.filter(topic="order.status_changed").order_by("id")
    return [(r.seq, r.aggregate_id) for r in rows]


async def received(sub: Subscription, count: int) -> list[tuple[int, str]]:
    events = [(await sub.next(timeout=30))["orderStatusChanged"] for _ in range(count)]
    return [(int(e["cursor"]), e["status"]) for e in events]


async def placed_ok(server: Server, token: str, ref: str) -> str:
    result = await place(server, token, externalRef=ref)
    assert result["userErrors"] == [], result
    return str(result["order"]["status"])


async def test_the_server_takes_orders_without_redis_and_loses_no_live_event(
    backends: Backends, database: None, tmp_path: Path
) -> None:
    admin = await make_token(Role.ADMIN)
    async with PrivateRedis.stopped(tmp_path) as redis:
        # Given: the server starts while its Redis is down.
        env = {"OMS_BROADCAST_URL": redis.url, "OMS_BUS_CONNECT_TIMEOUT_SECONDS": "1"}
        async with oms_process(backends, env=env) as server:
            health = await server.http.get("/healthz")
            down_status, down = await ready(server)
            live_down, _ = await ready(server, "/readyz/live")
            # It takes orders (the query-cost budget falls back to in-process buckets).
            await create_catalog(server, admin)
            first = await placed_ok(server, admin, "NO-REDIS-1")

            # When Redis starts, the bus subscribes and a live subscriber hears new orders.
            await redis.start()
            await until(lambda: ready(server, "/readyz/live"), lambda r: r[0] == 200, what="live", within=30)
            # (the relay publishes what waited for Redis once its backoff runs out)
            await until(lambda: metric(server, "oms_outbox_backlog"), lambda n: n == 0, what="backlog", within=30)
            async with subscribe(server, ORDER_STATUS_SUB, token=admin) as sub:
                await placed_ok(server, admin, "LIVE-1")
                live = await received(sub, 2)

                # When Redis dies mid-run, orders are still taken, and the server says
                # live traffic is not ready while the whole server stays ready.
                await redis.stop()
                degraded = await until(
                    lambda: ready(server), lambda r: r[1]["checks"]["bus"] != "ok", what="bus down", within=30
                )
                during = [await placed_ok(server, admin, f"DOWN-{i}") for i in range(3)]

                # When it is back, the subscriber gets what was committed meanwhile.
                await redis.start()
                caught_up = await received(sub, 6)
                await until(lambda: ready(server, "/readyz/live"), lambda r: r[0] == 200, what="live", within=30)
                committed = await until(
                    order_events, lambda rows: all(seq is not None for seq, _ in rows), what="sequenced", within=30
                )
                unpublished = await until(
                    lambda: OutboxEvent.filter(published=False).count(), lambda n: n == 0, what="published", within=30
                )

    assert health.status_code == 200
    assert down_status == 200 and down["status"] == "ready" and down["live"] == "not ready"
    assert down["checks"]["database"] == "ok" and down["checks"]["bus"].startswith("error")
    assert live_down == 503
    assert first == "ALLOCATED"
    assert [status for _, status in live] == ["PENDING", "ALLOCATED"]
    assert degraded[0] == 200 and degraded[1]["live"] == "not ready"
    assert during == ["ALLOCATED"] * 3
    # Each event once, in order, none missing: the cursors follow on from the live ones
    # without a gap, and they are exactly the table's events for those orders.
    cursors = [cursor for cursor, _ in live + caught_up]
    assert cursors == sorted(set(cursors))
    down_orders = [o.id for o in await Order.filter(external_ref__startswith="DOWN-").order_by("id")]
    assert [(c, s) for c, s in caught_up] == [
        (seq, status)
        for (seq, order_id), status in zip(
            [row for row in committed if row[1] in down_orders], ["PENDING", "ALLOCATED"] * 3, strict=True
        )
    ]
    assert unpublished == 0


def workers(pid: int | None) -> list[int]:
    """The worker processes of `oms serve --workers N` (its children, but for
    multiprocessing's resource tracker)."""
    assert pid is not None
    with open(f"/proc/{pid}/task/{pid}/children") as children:
        found = [int(child) for child in children.read().split()]
    return [child for child in found if b"resource_tracker" not in _cmdline(child)]


def _cmdline(pid: int) -> bytes:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            return cmdline.read()
    except OSError:  # gone meanwhile
        return b"resource_tracker"


async def test_a_worker_restarted_while_redis_is_down_serves_and_loses_no_event(
    backends: Backends, database: None, tmp_path: Path
) -> None:
    admin = await make_token(Role.ADMIN)
    async with PrivateRedis.stopped(tmp_path) as redis:
        await redis.start()
        env = {"OMS_BROADCAST_URL": redis.url, "OMS_BUS_CONNECT_TIMEOUT_SECONDS": "1"}
        async with oms_process(backends, "--workers", "2", env=env) as server:
            await create_catalog(server, admin)
            before = await until(lambda: _workers(server), lambda w: len(w) == 2, what="two workers", within=30)

            # Given Redis goes away, when a worker dies, uvicorn starts another one, which
            # must come up without Redis (it used to fail at start-up, taking the server down)
            await redis.stop()
            os.kill(before[0], signal.SIGKILL)
            after = await until(
                lambda: _workers(server),
                lambda w: len(w) == 2 and before[0] not in w,
                what="the worker replaced",
                within=60,
            )
            # Then the server takes orders whichever worker answers
            statuses = [await placed_ok(server, admin, f"RESTART-{i}") for i in range(6)]
            health = await server.http.get("/healthz")

            # And once Redis is back every event goes out, each once
            await redis.start()
            unpublished = await until(
                lambda: OutboxEvent.filter(published=False).count(), lambda n: n == 0, what="published", within=60
            )
            seqs = [seq for seq, _ in await order_events()]

    assert before[1] in after, "the other worker kept running"
    assert statuses == ["ALLOCATED"] * 6
    assert health.status_code == 200
    assert unpublished == 0
    assert None not in seqs and len(seqs) == len(set(seqs))


async def _workers(server: Server) -> list[int]:
    return workers(server.pid)
