"""A request's reads on one pooled session (services.request_session)."""

from __future__ import annotations

import asyncio
from contextvars import ContextVar
from typing import Any

import asyncpg
import pytest

from models.access import Role
from schema.common import to_global_id
from services import db
from services.request_session import RequestSession
from services.uow import unit_of_work
from tests.fixtures.backends import Backends
from tests.fixtures.catalog import seed_order
from tests.fixtures.database import make_token
from tests.fixtures.server import Server
from tests.fixtures.waiting import eventually

pytestmark = pytest.mark.postgres

# Set around the request whose checkouts are counted.
REQUEST: ContextVar[bool] = ContextVar("counted_request", default=False)
ORDER = "query($id: ID!) { order(id: $id) { id number lines { sku quantity } customer { email } } }"


def _pool() -> Any:
    return db.connection()._pool  # type: ignore[attr-defined]


def _lent(pool: Any = None) -> int:
    """Sessions lent out by the pool (`pool`: taken outside a transaction, whose client has none)."""
    pool = pool or _pool()
    return int(pool.get_size() - pool.get_idle_size())


async def _pid() -> int:
    _, rows = await db.connection().execute_query("SELECT pg_backend_pid() AS pid")
    return int(rows[0]["pid"])


async def test_a_compiled_read_takes_one_pooled_session_for_its_statements(
    server: Server, catalog: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    # given an order, and its document answered once (graphql-core; the next one is compiled)
    admin = await make_token(Role.ADMIN)
    order = await seed_order(admin, "REF-1", [("SKU-A", 2), ("SKU-B", 1)])
    variables = {"id": str(to_global_id("Order", order.id))}
    first = await server.gql(ORDER, variables, token=admin)
    pool = _pool()
    checkouts: list[int] = []
    acquire = type(pool).acquire  # asyncpg's

    def counting(self: Any, *args: Any, **kwargs: Any) -> Any:
        if self is pool and REQUEST.get():  # the request's, not the background workers'
            checkouts.append(1)
        return acquire(self, *args, **kwargs)

    monkeypatch.setattr(type(pool), "acquire", counting)

    # when it is read again, served compiled (the order with its customer, then its lines)
    REQUEST.set(True)  # (the in-process app runs in this task, and its loads in tasks it starts)
    second = await server.gql(ORDER, variables, token=admin)

    # then the answer is the same, its statements took one session, and it went back (the
    # background workers' polls may hold one for a moment)
    assert second == first and len(second["data"]["order"]["lines"]) == 2
    assert len(checkouts) == 1
    await eventually(lambda: _lent() == 0, what="every session back in the pool")


async def test_statements_one_after_another_share_the_kept_session_and_it_goes_back(database: None) -> None:
    async with RequestSession():
        first, second = await _pid(), await _pid()
        assert _lent() == 1
    assert first == second
    assert _lent() == 0


async def _slow_pid() -> int:
    _, rows = await db.connection().execute_query("SELECT pg_backend_pid() AS pid, pg_sleep(0.02)")
    return int(rows[0]["pid"])


async def test_statements_at_the_same_time_run_one_after_another_on_the_kept_session(database: None) -> None:
    pool = _pool()
    async with RequestSession():
        kept = await _pid()
        together = await asyncio.gather(_slow_pid(), _slow_pid(), _slow_pid())
        lent = _lent(pool)
    assert together == [kept, kept, kept]
    assert lent == 1
    assert _lent(pool) == 0


async def test_more_requests_than_sessions_each_gathering_loads_all_finish(database: None) -> None:
    """Requests that kept every session of the pool, each then loading two things at once:
    had the second load waited for a session of its own, none would ever finish (the HTTP
    bench's server stopped answering at 16 connections on a pool of 5)."""
    pool = _pool()

    async def request() -> list[int]:
        async with RequestSession():
            first = await _pid()
            return [first, *await asyncio.gather(_slow_pid(), _slow_pid())]

    answered = await asyncio.wait_for(asyncio.gather(*(request() for _ in range(pool._maxsize + 3))), 30)
    assert all(len(set(pids)) == 1 for pids in answered), answered
    assert _lent(pool) == 0


async def test_a_transaction_gives_the_kept_session_back_before_it_takes_one(database: None) -> None:
    """A request never holds two sessions: with every session of the pool kept by requests
    that then start a transaction, each would wait for a session forever."""
    pool = _pool()
    async with RequestSession():
        kept = await _pid()
        async with unit_of_work() as conn:
            _, rows = await conn.execute_query("SELECT pg_backend_pid() AS pid")
            in_transaction = _lent(pool)
        # the statements after the transaction take sessions from the pool, one at a time
        after = await _pid()
        lent_after = _lent()
    assert in_transaction == 1, "the kept session was still lent while the transaction ran"
    assert lent_after == 0
    assert kept and rows and after
    assert _lent() == 0


async def test_a_kept_session_that_failed_is_not_used_again(backends: Backends, database: None) -> None:
    async with RequestSession():
        # given the request's kept session, ended from outside (a failover, an idle timeout)
        kept = await _pid()
        killer = await asyncpg.connect(backends.database_url)
        try:
            await killer.execute("SELECT pg_terminate_backend($1)", kept)
        finally:
            await killer.close()
        await asyncio.sleep(0.05)

        # when the request's next statement fails on it (asyncpg detaches a session the server
        # ended from its pool)
        with pytest.raises(asyncpg.InterfaceError):
            await _pid()

        # then the statements after it take live sessions
        again = await _pid()
    assert again != kept
    assert _lent() == 0
