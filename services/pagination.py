"""Keyset (cursor) pagination over any sorted queryset: stable under concurrent inserts."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from tortoise.expressions import Q
from tortoise.models import Model
from tortoise.queryset import QuerySet

from models import DATETIME_MAX, DATETIME_MIN
from services import statements
from services.errors import DomainError, ErrorCode

M = TypeVar("M", bound=Model)

DEFAULT_PAGE_SIZE = 20
# What a cursor's values may be: ids are IntFields, sort keys are short codes, names, emails
# (254), timestamps and quantities (IntFields, either sign).
MAX_ID = 2**31 - 1
MIN_INT = -(2**31)
MAX_TEXT = 254


@dataclass(frozen=True)
class SortKey:
    field: str
    parse: Callable[[str], Any]
    low: int = 1  # the smallest integer a cursor may carry (ids start at 1)


SORT_KEYS: dict[str, SortKey] = {
    "created_at": SortKey("created_at", datetime.fromisoformat),
    "id": SortKey("id", int),
    "status": SortKey("status", str),
    "code": SortKey("code", str),
    "sku": SortKey("sku", str),
    "name": SortKey("name", str),
    "email": SortKey("email", str),
    "reason": SortKey("reason", str),
    "kind": SortKey("kind", str),
    "operation": SortKey("operation", str),
    "actor": SortKey("actor", str),
    "updated_at": SortKey("updated_at", datetime.fromisoformat),
    "packed_at": SortKey("packed_at", datetime.fromisoformat),
    "on_hand": SortKey("on_hand", int, low=MIN_INT),
    "reserved": SortKey("reserved", int, low=MIN_INT),
    "priority": SortKey("priority", int, low=MIN_INT),
}


@dataclass
class Page(Generic[M]):
    items: list[M]
    has_next_page: bool
    has_previous_page: bool
    query: QuerySet[M]  # the filtered, unpaginated query, for totalCount
    sort_field: str  # the sort key's field: an item's cursor is its value and id

    def cursor(self, index: int) -> str:
        """The cursor of `items[index]`, made when asked for: most pages read none but the
        last (encoding every item's was ~2% of a 50-order page's CPU)."""
        row = self.items[index]
        return _encode(getattr(row, self.sort_field), row.pk)

    async def total_count(self) -> int:
        return await self.query.count()


def _encode(value: Any, pk: int) -> str:
    text = value.isoformat() if isinstance(value, datetime) else str(value)
    return base64.urlsafe_b64encode(json.dumps([text, pk]).encode()).decode()


def _decode(cursor: str, key: SortKey) -> tuple[Any, int]:
    invalid = DomainError.one(ErrorCode.INVALID, "Invalid cursor.", ["after"])
    try:
        text, pk = json.loads(base64.urlsafe_b64decode(cursor.encode()))
        value, pk = key.parse(text), int(pk)
    except (ValueError, TypeError, OverflowError, json.JSONDecodeError) as exc:  # inf: OverflowError
        raise invalid from exc
    # A forged cursor must not carry what the columns cannot hold into the query (PostgreSQL
    # faults on an integer past the column's width, a date past its range, NUL in text).
    if not 0 < pk <= MAX_ID or (isinstance(value, int) and not key.low <= value <= MAX_ID):
        raise invalid
    if isinstance(value, datetime) and not DATETIME_MIN.year <= value.year < DATETIME_MAX.year:
        raise invalid
    if isinstance(value, str) and (len(value) > MAX_TEXT or "\x00" in value or not _encodable(value)):
        raise invalid
    return value, pk


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _beyond(key: SortKey, value: Any, pk: int, *, ascending: bool) -> Q:
    op = "gt" if ascending else "lt"
    return Q(**{f"{key.field}__{op}": value}) | Q(**{key.field: value, f"id__{op}": pk})


async def paginate(
    query: QuerySet[M],
    *,
    sort: str,
    descending: bool,
    first: int | None,
    after: str | None,
    last: int | None,
    before: str | None,
    max_page_size: int,
    joined: Sequence[str] = (),
    shape: tuple[Hashable, Sequence[Any]] | None = None,
) -> Page[M]:
    """A page of `query`. `joined`: relations read in the page's statement (select_related),
    not in the unpaginated query kept for totalCount. `shape`: a key naming the form of
    `query`'s filter and the values it binds, in order (services.order_search.page_shape): the
    page's SQL is then built once per form, sort and cursor kind, not per request
    (services.statements checks the values against what tortoise binds before keeping it)."""
    if first is not None and last is not None:
        raise DomainError.one(ErrorCode.INVALID, "Pass either first or last, not both.", ["first"])
    size = first if first is not None else last if last is not None else DEFAULT_PAGE_SIZE
    if not 0 <= size <= max_page_size:
        raise DomainError.one(
            ErrorCode.INVALID,
            f"Page size must be between 0 and {max_page_size}.",
            ["last" if last is not None else "first"],
        )
    key = SORT_KEYS[sort]
    ascending = not descending
    after_at = _decode(after, key) if after is not None else None
    before_at = _decode(before, key) if before is not None else None
    backwards = last is not None
    walk_ascending = ascending != backwards
    order = [key.field, "id"] if walk_ascending else [f"-{key.field}", "-id"]

    def build() -> QuerySet[M]:
        page_query = query
        if after_at is not None:
            page_query = page_query.filter(_beyond(key, *after_at, ascending=ascending))
        if before_at is not None:
            page_query = page_query.filter(_beyond(key, *before_at, ascending=not ascending))
        if joined:
            page_query = page_query.select_related(*joined)
        return page_query.order_by(*order).limit(size + 1)

    cursors = [at for at in (after_at, before_at) if at is not None]
    if shape is None or any(type(value) is int and value == pk for value, pk in cursors):
        # (a cursor whose value and id are the same number could not tell a kept statement
        # that bound them the other way round: such a page is built as tortoise builds it)
        rows = await statements.fetch(build())
    else:
        form, values = shape
        # _beyond binds the value, then the value and the id
        bound = [v for value, pk in cursors for v in (value, value, pk)]
        kind = (form, key.field, walk_ascending, after_at is not None, before_at is not None, tuple(joined))
        rows = await statements.select(query.model, ("page", kind), [*values, *bound, size + 1], build)
    more = len(rows) > size
    rows = rows[:size]
    if backwards:
        rows.reverse()
    return Page(
        items=rows,
        sort_field=key.field,
        has_next_page=more if not backwards else before is not None,
        has_previous_page=more if backwards else after is not None,
        query=query,
    )
