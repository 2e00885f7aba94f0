"""The unit of work: one transaction, and what must happen once it has committed.

Every service that writes opens `unit_of_work()`. Work that must wait for the commit (wake
the outbox relay, run the reactions recorded in the transaction) is registered with
`on_commit` and runs after a successful commit only, in registration order; after a
rollback it is dropped (the durable part, a reaction's job row, is rolled back with it).
A unit opened inside another joins it: its callbacks wait for the outermost commit.

The rows a unit holds back (`models.inserts.insert_later`: its outbox events, ledger,
history) are written just before its commit, on PostgreSQL in one statement; a savepoint
that rolls back forgets its own.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from models.inserts import held_back, held_rows, write_held
from subscriptions import relay

log = logging.getLogger("oms.uow")

Callback = Callable[[], Awaitable[object]]
_callbacks: ContextVar[list[Callback] | None] = ContextVar("oms_unit_of_work", default=None)
# Whether the unit running now is inside another (a savepoint).
_nested: ContextVar[bool] = ContextVar("oms_unit_of_work_nested", default=False)


@asynccontextmanager
async def unit_of_work() -> AsyncIterator[BaseDBAsyncClient]:
    """A transaction (the connection to pass as `using_db`) with on-commit callbacks."""
    outer = _callbacks.get()
    if outer is not None:
        rows = held_rows()
        mark, rows_mark = len(outer), len(rows)
        nested = _nested.set(True)
        try:
            async with in_transaction() as conn:  # a savepoint in the outer transaction
                yield conn
        except BaseException:
            del outer[mark:]  # rolled back: what it meant to do after commit goes with it
            del rows[rows_mark:]  # and the rows it held back
            raise
        finally:
            _nested.reset(nested)
        return
    callbacks: list[Callback] = []
    token = _callbacks.set(callbacks)
    try:
        with held_back() as held:
            async with in_transaction() as conn:
                yield conn
                await write_held(held, using_db=conn)
    finally:
        _callbacks.reset(token)
    # Committed. Events recorded in the transaction are this process's relay's to publish now.
    relay.wake()
    for callback in callbacks:
        await callback()


def outermost() -> bool:
    """Whether a unit of work is running and is not inside another: its commit is the
    transaction's."""
    return _callbacks.get() is not None and not _nested.get()


def on_commit(callback: Callback) -> None:
    """Run `callback` once the current unit of work has committed."""
    callbacks = _callbacks.get()
    if callbacks is None:
        raise RuntimeError("on_commit outside a unit of work")
    callbacks.append(callback)
