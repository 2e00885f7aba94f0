"""PostgreSQL sessions in the pool: what a checkout costs."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from typing import Any

import asyncpg
import pytest

from services import db, pg_client
from tests.fixtures.backends import Backends

pytestmark = pytest.mark.postgres


async def test_a_pooled_session_goes_back_without_a_reset_round_trip(backends: Backends, database: None) -> None:
    """asyncpg's default reset (RESET ALL, UNLISTEN *, ...) is one more round trip after every
    query outside a transaction; our sessions keep no state, so the query stays the session's
    last statement (pg_stat_activity shows a session's last query)."""
    marker = f"probe-{uuid.uuid4().hex}"
    await db.connection().execute_query(f"SELECT '{marker}' AS probe")

    watcher = await asyncpg.connect(backends.database_url)
    try:
        last = await watcher.fetch(
            "SELECT query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND query LIKE '%' || $1 || '%'",
            marker,
        )
    finally:
        await watcher.close()

    assert [row["query"] for row in last] == [f"SELECT '{marker}' AS probe"]


async def test_a_transaction_left_open_is_still_rolled_back_when_its_session_goes_back(
    backends: Backends, database: None
) -> None:
    client = db.connection()
    pool = client._pool  # type: ignore[attr-defined]
    async with pool.acquire() as session:
        await session.execute("BEGIN")
        await session.execute("CREATE TEMP TABLE left_open (x int)")
        pid = session.get_server_pid()
    async with pool.acquire() as session:
        again = session.get_server_pid()
        state = await session.fetchval("SELECT to_regclass('pg_temp.left_open') IS NULL")

    assert (again, state) == (pid, True)


async def test_a_session_goes_back_in_the_callers_task_and_a_cancelled_read_leaves_none_lent(database: None) -> None:
    client = db.connection()
    loop = asyncio.get_running_loop()
    made: list[Any] = []
    factory = loop.get_task_factory()

    def counting(loop: asyncio.AbstractEventLoop, coro: Any, **kwargs: Any) -> asyncio.Task[Any]:
        made.append(coro)
        return asyncio.Task(coro, loop=loop, **kwargs)

    # given a pool that has made its sessions
    await client.execute_query("SELECT 1")
    # when a statement runs outside a transaction
    loop.set_task_factory(counting)
    try:
        await client.execute_query("SELECT 2")
    finally:
        loop.set_task_factory(factory)
    # then its session went back without a task of its own (asyncpg shields one per release)
    assert made == []
    usage = db.pool_usage()
    assert usage is not None and usage[1] == 0, usage

    # when reads are cancelled at every point of their run, releases included
    for delay in range(12):
        read = asyncio.ensure_future(client.execute_query("SELECT pg_sleep(0.001)"))
        for _ in range(delay):
            await asyncio.sleep(0)
        read.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await read
    # then no session stays lent out, and the pool still answers
    await asyncio.sleep(0.05)
    usage = db.pool_usage()
    assert usage is not None and usage[1] == 0, usage
    assert (await client.execute_query("SELECT 3 AS n"))[1][0]["n"] == 3


@pytest.mark.filterwarnings("ignore:.*active notification listener")  # asyncpg's: what is tested
async def test_a_session_given_back_at_once_drops_its_listeners_and_an_expired_one_is_replaced(
    database: None,
) -> None:
    pool = db.connection()._pool  # type: ignore[attr-defined]
    heard: list[str] = []

    # given a session that listened on a channel, given back (nothing else to reset)
    async with pool.acquire() as session:
        await session.add_listener("oms_probe", lambda *args: heard.append(args[-1]))
        pid = session.get_server_pid()

    # when it is handed out again and a notification comes on that channel
    async with pool.acquire() as session:
        again = session.get_server_pid()
        await session.execute("NOTIFY oms_probe, 'after'")
        await asyncio.sleep(0.05)
    # then it is the same session, and the callback of its earlier holder is gone (asyncpg's
    # reset drops the callbacks)
    assert (again, heard) == (pid, [])

    # when the pool expires its sessions while one is lent out
    async with pool.acquire() as session:
        lent = session.get_server_pid()
        await pool.expire_connections()
    # then that one is closed on its way back, and the next is a new session
    async with pool.acquire() as session:
        assert session.get_server_pid() != lent
    usage = db.pool_usage()
    assert usage is not None and usage[1] == 0, usage


async def test_sessions_are_lent_first_come_first_served(backends: Backends) -> None:
    """A task that gives its session back and asks again at once queues behind those already
    waiting. asyncio's queue let it take the session back first, and the waiter it had woken
    went to the back of the line: under load a request could wait seconds for a session
    (orderCreate's p99 1.1-1.4 s at a p50 of ~100 ms, bench/RESULTS.md session 16)."""
    pool = await pg_client.create_pool(dsn=backends.database_url, min_size=1, max_size=1)
    served: list[str] = []

    async def use(name: str) -> None:
        async with pool.acquire() as session:
            served.append(name)
            await session.fetchval("SELECT 1")

    try:
        # given the one session lent out, and three tasks waiting for it in turn
        first = await pool.acquire()
        waiting = []
        for name in ("w1", "w2", "w3"):
            waiting.append(asyncio.ensure_future(use(name)))
            await asyncio.sleep(0)
        # when its holder gives it back and asks again in the same breath (as tortoise does
        # between two statements outside a transaction)
        await pool.release(first)
        again = await pool.acquire()
        served.append("again")
        await pool.release(again)
        await asyncio.wait_for(asyncio.gather(*waiting), 10)
        # then the waiters had it in their order, and the holder after them
        assert served == ["w1", "w2", "w3", "again"]

        # given a waiter handed the session and cancelled before it could take it
        first = await pool.acquire()
        cancelled = asyncio.ensure_future(use("cancelled"))
        await asyncio.sleep(0)
        after = asyncio.ensure_future(use("after"))
        await asyncio.sleep(0)
        await pool.release(first)
        cancelled.cancel()
        # then the session goes on to the next waiter, and none stays lent out
        await asyncio.wait_for(after, 10)
        with contextlib.suppress(asyncio.CancelledError):
            await cancelled
        assert served[-1] == "after"
        assert pool.get_idle_size() == pool.get_size() == 1
    finally:
        await pool.close()
