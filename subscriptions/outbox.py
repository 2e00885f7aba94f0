"""Writing events: inside the business transaction, never straight to the bus.

Within a unit of work (`services.uow.unit_of_work`) the events are held back and written
with the transaction's other held-back rows just before the commit (`models.inserts`):
an order's creation records a pick task's event and its status events from different
services, and the outbox costs it no statement of its own on PostgreSQL, one on SQLite.
Outside a unit, an event is written at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from models.events import OutboxEvent
from models.inserts import insert_later, new_row


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
        new_row(
            OutboxEvent,
            topic=e.topic,
            aggregate_type=e.aggregate_type,
            aggregate_id=e.aggregate_id,
            payload=e.payload,
            occurred_at=now,
        )
        for e in events
    ]
    await insert_later(rows, using_db=using_db)
