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

from services.errors import DomainError, ErrorCode

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
        updated = await type(row).filter(id=row.pk, status=current).using_db(conn).update(**values)
        if updated != 1:
            raise DomainError.one(ErrorCode.CONFLICT, conflict, [field])
        for name, value in values.items():
            setattr(row, name, value)
        return current
