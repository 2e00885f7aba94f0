"""PostgreSQL sessions in the pool: what a checkout costs."""

from __future__ import annotations

import uuid

import asyncpg
import pytest

from services import db
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
