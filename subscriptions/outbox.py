"""Writing events: inside the business transaction, never straight to the bus."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from models.events import OutboxEvent


async def record_event(
    *,
    topic: str,
    aggregate_type: str,
    aggregate_id: int,
    payload: dict[str, Any],
    using_db: BaseDBAsyncClient,
) -> OutboxEvent:
    """Add an event to the outbox in the caller's transaction.

    It reaches the bus only after the transaction commits and the relay sequences it
    (`services.uow.unit_of_work` wakes this process's relay on commit).
    """
    return await OutboxEvent.create(
        topic=topic,
        aggregate_type=aggregate_type,
        aggregate_id=aggregate_id,
        payload=payload,
        occurred_at=datetime.now(UTC),
        using_db=using_db,
    )


@dataclass(frozen=True)
class NewEvent:
    topic: str
    aggregate_type: str
    aggregate_id: int
    payload: dict[str, Any]


async def record_events(events: list[NewEvent], *, using_db: BaseDBAsyncClient) -> None:
    """`record_event` for several events in one statement (same transaction rules)."""
    now = datetime.now(UTC)
    await OutboxEvent.bulk_create(
        [
            OutboxEvent(
                topic=e.topic,
                aggregate_type=e.aggregate_type,
                aggregate_id=e.aggregate_id,
                payload=e.payload,
                occurred_at=now,
            )
            for e in events
        ],
        using_db=using_db,
    )
