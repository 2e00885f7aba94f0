"""The database drops the server's connections (restart, failover, idle timeout): the
outbox relay reconnects and gets every committed event out, in order, once; while it
cannot advance, /readyz says so. Real `oms serve` processes on PostgreSQL + Redis; the
fault is pg_terminate_backend on the server's own sessions (found by application_name)."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from typing import Any

import asyncpg
import httpx
import pytest

from models.access import Role
from models.events import OutboxEvent
from subscriptions.relay import ADVISORY_LOCK_KEY
from tests.fixtures.backends import Backends
from tests.fixtures.catalog import ORDER_CREATE, ORDER_STATUS_SUB, create_catalog, order_input
from tests.fixtures.database import make_token
from tests.fixtures.faults import PostgresSessions, with_application_name
from tests.fixtures.live import metric, subscribe
from tests.fixtures.processes import oms_process
from tests.fixtures.server import Server
from tests.fixtures.waiting import until

pytestmark = pytest.mark.postgres


async def readiness(server: Server) -> tuple[int, dict[str, Any]]:
    response = await server.http.get("/readyz")
    return response.status_code, response.json()


async def table_events() -> list[tuple[int | None, bool, str, int]]:
    rows = await OutboxEvent.all().order_by("id")
    return [(r.seq, r.published, r.topic, r.aggregate_id) for r in rows]


def all_out(rows: list[tuple[int | None, bool, str, int]]) -> bool:
    return bool(rows) and all(seq is not None and published for seq, published, _, _ in rows)


async def try_place(server: Server, token: str, ref: str) -> bool:
    """One orderCreate; False when the server could not complete it (its session died)."""
    try:
        response = await server.post(ORDER_CREATE, {"input": order_input(externalRef=ref)}, token=token)
    except httpx.TransportError:  # the server dropped the request's connection after a 500
        return False
    if response.status_code != 200:
        return False
    body = response.json()
    return "errors" not in body and body["data"]["orderCreate"]["userErrors"] == []


async def test_sessions_terminated_while_orders_are_placed_lose_no_event(backends: Backends, database: None) -> None:
    admin = await make_token(Role.ADMIN)
    app_name = f"oms-fault-{uuid.uuid4().hex[:8]}"
    env = {"OMS_DATABASE_URL": with_application_name(backends.database_url, app_name), "OMS_RELAY_STALL_SECONDS": "1"}
    async with oms_process(backends, env=env) as server, PostgresSessions.of(backends.database_url, app_name) as pg:
        await create_catalog(server, admin)

        # When: orders are placed from four clients while every session of the server is
        # terminated again and again (after each order that got through, so that some do).
        placing = True
        progress = asyncio.Event()
        terminated = 0
        statuses: list[int] = []

        async def killer() -> None:
            nonlocal terminated
            while placing:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(progress.wait(), 1)
                progress.clear()
                terminated += await pg.terminate()
                statuses.append((await readiness(server))[0])

        async def client(n: int) -> list[bool]:
            results = []
            for i in range(15):
                results.append(await try_place(server, admin, f"K-{n}-{i}"))
                if results[-1]:
                    progress.set()
            return results

        kill_task = asyncio.create_task(killer())
        try:
            results = await asyncio.gather(*(client(n) for n in range(4)))
        finally:
            placing = False
            await kill_task
        placed = sum(ok for r in results for ok in r)

        # Then: every committed event gets sequenced and published, and the server is ready.
        rows = await until(table_events, all_out, what="every committed event published", within=30)
        status, body = await until(lambda: readiness(server), lambda r: r[0] == 200, what="ready again", within=30)
        backlog = await metric(server, "oms_outbox_backlog")

        # And a subscriber replaying from the start sees each of them once, gap-free, in order.
        async with subscribe(server, ORDER_STATUS_SUB, {"after": "0"}, token=admin, wait=False) as sub:
            expected = [
                (seq, aggregate_id)
                for seq, _, topic, aggregate_id in sorted(rows, key=lambda r: r[0] or 0)
                if topic == "order.status_changed"
            ]
            seen = [(await sub.next(timeout=15))["orderStatusChanged"] for _ in expected]

    assert terminated > 0 and placed > 0, (terminated, placed)
    seqs = sorted(seq for seq, _, _, _ in rows if seq is not None)
    assert seqs == list(range(1, len(rows) + 1))
    assert [int(e["cursor"]) for e in seen] == [seq for seq, _ in expected]
    assert (status, body["checks"]["relay"]) == (200, "ok")
    assert backlog == 0


async def unsequenced() -> int:
    return await OutboxEvent.filter(seq__isnull=True).count()


async def test_a_relay_that_cannot_sequence_fails_readiness_until_it_drains(backends: Backends, database: None) -> None:
    admin = await make_token(Role.ADMIN)
    env = {"OMS_RELAY_STALL_SECONDS": "1", "OMS_RELAY_LOCK_TIMEOUT_SECONDS": "0.2"}
    async with oms_process(backends, env=env) as server:
        await create_catalog(server, admin)
        assert await try_place(server, admin, "BEFORE")
        await until(table_events, all_out, what="first order's events out", within=15)

        # When: a stuck session (a frozen peer process, say) holds the relay's sequencing
        # lock, and orders keep coming.
        conn = await asyncpg.connect(backends.database_url.replace("postgres://", "postgresql://", 1))
        try:
            await conn.execute("SELECT pg_advisory_lock($1)", ADVISORY_LOCK_KEY)
            assert await try_place(server, admin, "STUCK-1")
            stalled_status, stalled = await until(
                lambda: readiness(server), lambda r: r[0] == 503, what="not ready while stalled", within=20
            )
            waiting_then = await unsequenced()
            failures_then = await metric(server, "oms_relay_failures_total")
            assert await try_place(server, admin, "STUCK-2")  # orders are still taken
            waiting_later = await unsequenced()
            oldest = await metric(server, "oms_outbox_oldest_unpublished_seconds")
            failures = await until(
                lambda: metric(server, "oms_relay_failures_total"),
                lambda n: n > failures_then,
                what="relay failures counted",
                within=10,
            )
            since_success = await metric(server, "oms_relay_last_success_seconds_ago")
        finally:
            await conn.close()  # the stuck session goes away, and its lock with it

        # Then: the relay drains by itself and the server is ready again.
        rows = await until(table_events, all_out, what="every event published", within=30)
        status, body = await until(lambda: readiness(server), lambda r: r[0] == 200, what="ready again", within=30)

    assert stalled_status == 503
    assert stalled["status"] == "not ready"
    assert stalled["checks"]["database"] == "ok"
    assert stalled["checks"]["relay"].startswith("error: stalled")
    assert 0 < waiting_then < waiting_later
    assert failures > 0 and oldest > 0 and since_success >= 1
    assert sorted(seq for seq, _, _, _ in rows if seq is not None) == list(range(1, len(rows) + 1))
    assert (status, body["checks"]) == (200, {"database": "ok", "migrations": "ok", "relay": "ok", "bus": "ok"})
