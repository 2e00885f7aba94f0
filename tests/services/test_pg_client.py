"""The PostgreSQL client gives sessions back to the pool without asyncpg's reset query.

Tortoise releases the connection after every statement outside a transaction; asyncpg's
default reset on release (`pg_advisory_unlock_all(); CLOSE ALL; UNLISTEN *; RESET ALL`)
doubled the round trips of every such statement.
"""

from __future__ import annotations

import pytest
from tortoise.transactions import in_transaction

from models.catalog import Channel
from services import catalog, db
from services.pg_client import SessionStateFreeConnection

pytestmark = pytest.mark.postgres


async def test_a_statement_outside_a_transaction_sends_no_reset_on_release(database: None) -> None:
    pool = db.connection()._pool  # type: ignore[attr-defined]
    sent: list[str] = []
    # Given every pooled session logs what it is sent
    held = [await pool.acquire() for _ in range(pool.get_size())]
    for proxy in held:
        assert type(proxy._con) is SessionStateFreeConnection  # asyncpg's isinstance says yes to any Connection
        proxy._con.add_query_logger(lambda record: sent.append(record.query))
    for proxy in held:
        await pool.release(proxy)

    # When the ORM runs statements outside a transaction (each takes and gives back a session)
    await Channel.filter(code="nope").count()
    await Channel.filter(code="nope").exists()

    # Then only those statements reached the database: no reset query after each
    assert len(sent) == 2, sent
    assert not any("RESET ALL" in q or "UNLISTEN" in q for q in sent)


async def test_a_session_given_back_inside_a_transaction_is_rolled_back(database: None) -> None:
    pool = db.connection()._pool  # type: ignore[attr-defined]
    await catalog.create_channel(code="web", name="Web")
    # Given a session released with its transaction still open (a bug elsewhere)
    proxy = await pool.acquire()
    await proxy.execute("BEGIN")
    await proxy.execute("UPDATE channel SET name = 'Leaked' WHERE code = 'web'")
    await pool.release(proxy)

    # Then the pool rolled it back (the change is gone, no lock is left) and sessions work
    async with in_transaction():
        await Channel.filter(code="web").update(name="Renamed")
    assert await Channel.get(code="web").values_list("name", flat=True) == "Renamed"
