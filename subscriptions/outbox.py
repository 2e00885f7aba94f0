"""Writing events: inside the business transaction, never straight to the bus.

Within a unit of work (`services.uow.unit_of_work`) the events are held back and written
together in one INSERT just before the commit (`held_back` / `write_held`): an order's
creation records a pick task's event and its status events from different services, and
the outbox costs it one statement, not one per service or per event. Outside a unit, an
event is written at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from models.events import OutboxEvent
from models.inserts import insert_all

_held: ContextVar[list[OutboxEvent] | None] = ContextVar("oms_outbox_held", default=None)


@dataclass(frozen=True)
class NewEvent:
    topic: str
    aggregate_type: str
    aggregate_id: int
    payload: dict[str, Any]


async def record_event(
    *,
    topic: str,
    aggregate_type: str,
    aggregate_id: int,
    payload: dict[str, Any],
    using_db: BaseDBAsyncClient,
) -> None:
    """Add an event to the outbox in the caller's transaction.

    It reaches the bus only after the transaction commits and the relay sequences it
    (`services.uow.unit_of_work` wakes this process's relay on commit).
    """
    await record_events([NewEvent(topic, aggregate_type, aggregate_id, payload)], using_db=using_db)


async def record_events(events: list[NewEvent], *, using_db: BaseDBAsyncClient) -> None:
    """`record_event` for several events (same transaction rules)."""
    now = datetime.now(UTC)
    rows = [
        OutboxEvent(
            topic=e.topic,
            aggregate_type=e.aggregate_type,
            aggregate_id=e.aggregate_id,
            payload=e.payload,
            occurred_at=now,
        )
        for e in events
    ]
    held = _held.get()
    if held is not None:
        held.extend(rows)
    else:
        await insert_all(rows, using_db=using_db)


@contextmanager
def held_back() -> Iterator[list[OutboxEvent]]:
    """Hold back the events recorded in the body (the unit of work's transaction); the
    caller writes them with `write_held` before it commits, and truncates the list to
    forget those of a rolled-back savepoint."""
    held: list[OutboxEvent] = []
    token = _held.set(held)
    try:
        yield held
    finally:
        _held.reset(token)


def held_events() -> list[OutboxEvent]:
    """The events held back by the enclosing `held_back` (a savepoint marks and truncates it)."""
    held = _held.get()
    if held is None:
        raise RuntimeError("no events are held back here")
    return held


async def write_held(held: list[OutboxEvent], *, using_db: BaseDBAsyncClient) -> None:
    """Write the held-back events in one INSERT (in recording order: ids follow it)."""
    await insert_all(held, using_db=using_db)
    held.clear()
