"""Status machines: one transition table per aggregate and the one compare-and-set writer.

Each aggregate with a status (orders, purchase orders, pick tasks, shipments, returns)
declares `Lifecycle({status: allowed next})`; its module's `move()` is the only code that
writes that status, through `Lifecycle.move`, which checks the table and writes the new
status only if the row still has the status it was read with (two concurrent moves cannot
both win).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Generic, TypeVar

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model

from models.inserts import change_later, flush_changes
from services.errors import DomainError, ErrorCode
from services.sql import sql
from subscriptions.outbox import record_event

S = TypeVar("S", bound=StrEnum)


class Lifecycle(Generic[S]):
    def __init__(self, status: type[S], table: Mapping[S, frozenset[S]], *, touch: str | None = "updated_at") -> None:
        missing = set(status) - set(table)
        if missing:
            raise ValueError(f"{status.__name__}: no transitions declared for {sorted(missing)}")
        self.status = status
        self.table = dict(table)
        self._touch = touch  # the row's "last changed" column, set on every move

    def allows(self, current: S, to: S) -> bool:
        return to in self.table[current]

    def can_leave(self, current: S) -> bool:
        return bool(self.table[current])

    def require(self, current: S, to: S, *, message: str, field: str) -> None:
        """INVALID_TRANSITION with `message` unless `current -> to` is in the table."""
        if not self.allows(current, to):
            raise DomainError.one(ErrorCode.INVALID_TRANSITION, message, [field])

    async def move(
        self,
        row: Model,
        to: S,
        *,
        conn: BaseDBAsyncClient,
        message: str,
        field: str,
        conflict: str,
        **changes: Any,
    ) -> S:
        """Write `to` (and `changes`) on `row` if allowed and unchanged meanwhile; returns
        the status it left. `row` is updated in place."""
        current = self.status(row.status)  # type: ignore[attr-defined]
        self.require(current, to, message=message, field=field)
        values: dict[str, Any] = {"status": to, **changes}
        if self._touch:
            values[self._touch] = datetime.now(UTC)
        await flush_changes(conn)  # a correction held back (`correct_later`) is written first
        updated = await type(row).filter(id=row.pk, status=current).using_db(conn).update(**values)
        if updated != 1:
            raise DomainError.one(ErrorCode.CONFLICT, conflict, [field])
        for name, value in values.items():
            setattr(row, name, value)
        return current

    async def correct_later(self, row: Model, to: S, *, conn: BaseDBAsyncClient) -> None:
        """Give a row inserted in this transaction another first status: `row.status` now,
        the database's at the commit (held back with the new rows: `models.inserts`). For
        an order placed with the status a plan on unlocked stock gave, which the plan under
        the lock corrects: one round trip fewer while the stock rows are locked. A `move`
        before the commit writes it first (as does any reader: `models.inserts.flush_changes`)."""
        await flush_changes(conn)  # corrected before: that one is written first (one snapshot per statement)
        stored = self.status(row.status)  # type: ignore[attr-defined]
        row.status = to  # type: ignore[attr-defined]
        if to != stored:
            table = type(row)._meta.db_table
            await change_later(
                sql(conn, f'UPDATE "{table}" SET "status" = ? WHERE "id" = ? AND "status" = ?'),
                [to.value, row.pk, stored.value],
                using_db=conn,
            )


class RecordedLifecycle(Lifecycle[S]):
    """A lifecycle whose rows have a `number` and announce every status change as an outbox
    event on `topic`: `{<aggregate>_id, number, <fields>, previous_status, status}`.

    `move_and_record` is then the aggregate's one status writer (purchase orders, stock
    transfers); `record` announces a new row (previous_status null)."""

    def __init__(
        self,
        status: type[S],
        table: Mapping[S, frozenset[S]],
        *,
        topic: str,
        aggregate_type: str,
        fields: tuple[str, ...],
        touch: str | None = "updated_at",
    ) -> None:
        super().__init__(status, table, touch=touch)
        self.topic = topic
        self.aggregate_type = aggregate_type
        self.fields = fields  # the row's attributes carried in the payload besides id/number/status

    async def record(self, row: Model, previous: S | None, conn: BaseDBAsyncClient) -> None:
        payload: dict[str, Any] = {f"{self.aggregate_type}_id": row.pk, "number": row.number}  # type: ignore[attr-defined]
        payload.update({name: getattr(row, name) for name in self.fields})
        payload["previous_status"] = previous.value if previous else None
        payload["status"] = self.status(row.status).value  # type: ignore[attr-defined]
        await record_event(
            topic=self.topic, aggregate_type=self.aggregate_type, aggregate_id=row.pk, payload=payload, using_db=conn
        )

    async def move_and_record(self, row: Model, to: S, conn: BaseDBAsyncClient, **changes: Any) -> None:
        """`move` with the standard messages, and the event when the status did change."""
        number = row.number  # type: ignore[attr-defined]
        current = await self.move(
            row,
            to,
            conn=conn,
            message=f"{number} cannot go from {self.status(row.status).value} to {to.value}.",  # type: ignore[attr-defined]
            field="id",
            conflict=f"{number} was changed meanwhile; reload and retry.",
            **changes,
        )
        if to != current:
            await self.record(row, current, conn)
