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
R = TypeVar("R")  # a page's items: model rows, or their JSON (paginate_projected)

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
class Page(Generic[R]):
    items: list[R]
    has_next_page: bool
    has_previous_page: bool
    query: QuerySet[Any]  # the filtered, unpaginated query, for totalCount
    sort_field: str  # the sort key's field: an item's cursor is its value and id

    def cursor(self, index: int) -> str:
        """The cursor of `items[index]`, made when asked for: most pages read none but the
        last (encoding every item's was ~2% of a 50-order page's CPU)."""
        row: Any = self.items[index]  # a model row: a JSON page (paginate_projected) has no cursors asked
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


@dataclass(frozen=True)
class _Window:
    """What a page request asks, checked: its size, sort key, cursors and walking order."""

    size: int
    key: SortKey
    after_at: tuple[Any, int] | None
    before_at: tuple[Any, int] | None
    ascending: bool  # the list's order (the walk's is the other way round when backwards)
    backwards: bool

    @property
    def walk_ascending(self) -> bool:
        return self.ascending != self.backwards

    @property
    def order(self) -> list[str]:
        """tortoise's order_by of the walk."""
        field = self.key.field
        return [field, "id"] if self.walk_ascending else [f"-{field}", "-id"]

    @property
    def cursors(self) -> list[tuple[Any, int]]:
        return [at for at in (self.after_at, self.before_at) if at is not None]

    def build(self, query: QuerySet[M], joined: Sequence[str]) -> Callable[[], QuerySet[M]]:
        def build() -> QuerySet[M]:
            page_query = query
            if self.after_at is not None:
                page_query = page_query.filter(_beyond(self.key, *self.after_at, ascending=self.ascending))
            if self.before_at is not None:
                page_query = page_query.filter(_beyond(self.key, *self.before_at, ascending=not self.ascending))
            if joined:
                page_query = page_query.select_related(*joined)
            return page_query.order_by(*self.order).limit(self.size + 1)

        return build

    def kept(
        self, shape: tuple[Hashable, Sequence[Any]] | None, joined: Sequence[str]
    ) -> tuple[Hashable, list[Any]] | None:
        """The kept statement's key and its values; None for a page built as tortoise builds
        it: no shape, or a cursor whose value and id are the same number (a kept statement
        could not tell that it bound them the other way round)."""
        if shape is None or any(type(value) is int and value == pk for value, pk in self.cursors):
            return None
        form, values = shape
        # _beyond binds the value, then the value and the id
        bound = [v for value, pk in self.cursors for v in (value, value, pk)]
        kind = (
            form,
            self.key.field,
            self.walk_ascending,
            self.after_at is not None,
            self.before_at is not None,
            tuple(joined),
        )
        return ("page", kind), [*values, *bound, self.size + 1]

    def page(self, rows: list[Any], query: QuerySet[Any], after: str | None, before: str | None) -> Page[Any]:
        more = len(rows) > self.size
        rows = rows[: self.size]
        if self.backwards:
            rows.reverse()
        return Page(
            items=rows,
            sort_field=self.key.field,
            has_next_page=more if not self.backwards else before is not None,
            has_previous_page=more if self.backwards else after is not None,
            query=query,
        )


def _window(
    sort: str,
    descending: bool,
    first: int | None,
    after: str | None,
    last: int | None,
    before: str | None,
    max_page_size: int,
) -> _Window:
    """The page a request asks for, checked (INVALID: both first and last, a size out of
    bounds, a cursor that does not decode)."""
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
    return _Window(
        size,
        key,
        _decode(after, key) if after is not None else None,
        _decode(before, key) if before is not None else None,
        ascending=not descending,
        backwards=last is not None,
    )


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
    window = _window(sort, descending, first, after, last, before, max_page_size)
    build = window.build(query, joined)
    kept = window.kept(shape, joined)
    if kept is None:
        rows = await statements.fetch(build())
    else:
        rows = await statements.select(query.model, kept[0], kept[1], build)
    return window.page(rows, query, after, before)


async def paginate_projected(
    query: QuerySet[Any],
    project: Callable[[str, Sequence[str]], str],
    *,
    sort: str,
    descending: bool,
    first: int | None,
    after: str | None,
    last: int | None,
    before: str | None,
    max_page_size: int,
    shape: tuple[Hashable, Sequence[Any]] | None = None,
) -> Page[str] | None:
    """paginate's page, each item the text of the one column `project(sql, order)` makes of
    the page's statement and its order_by (schema.projection: the row's JSON); None where that
    statement is not sent (services.statements.select_wrapped: not PostgreSQL, or a queryset
    tortoise runs itself)."""
    window = _window(sort, descending, first, after, last, before, max_page_size)
    kept = window.kept(shape, ())
    build = window.build(query, ())
    key, values = kept if kept is not None else (None, [])  # None: tortoise's statement, as built
    records = await statements.select_wrapped(query.model, key, values, build, lambda sql: project(sql, window.order))
    if records is None:
        return None
    return window.page([record[0] for record in records], query, after, before)
