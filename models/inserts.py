"""New rows of a model in one multi-row INSERT (`insert_all`), and rows held back to the end
of a transaction so that they all go in one statement (`insert_later`, `held_back`).

tortoise's `bulk_create` hands the rows to the driver's executemany, and on PostgreSQL
(asyncpg) that is one INSERT per row executed by the server: a write's statement count
grew with its line count. `insert_all` sends `INSERT ... VALUES (...), (...) RETURNING id`
instead, with the values tortoise itself would bind (each field's `to_db_value`: the
model's defaults, `auto_now_add`, the dialect's decimal and JSON encodings), and gives
every instance its id, as `Model.create` does.

Append-only rows that nothing reads back before the commit (the outbox, the stock ledger,
order history, a new order's lines) may be held back instead: the unit of work
(`services.uow`) writes them all just before it commits, on PostgreSQL in one statement
(one `WITH ... AS (INSERT ...)` per table), on SQLite one INSERT per table. An UPDATE or
DELETE whose outcome nothing reads back may be held back with them (`change_later`): it goes
into that statement too, so a transaction holding a hot row's lock sends one round trip
fewer before its COMMIT.

Here, below the domains, because the outbox (`subscriptions`) writes its events with it
as well as the services.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from copy import deepcopy
from dataclasses import dataclass
from typing import Any, TypeVar

from pypika_tortoise.terms import Parameter
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.fields.base import DatabaseDefault
from tortoise.models import Model

M = TypeVar("M", bound=Model)

# Bind parameters one statement may carry on both databases (SQLite's default limit is
# 32766, asyncpg's 32767); a bigger batch is split, which only very large writes reach.
MAX_PARAMETERS = 32_000


@dataclass(eq=False)
class HeldChange:
    """An UPDATE or DELETE held back to the commit (`change_later`): its text as the dialect
    takes it (PostgreSQL's `$1..$n`, SQLite's `?`), no RETURNING, and its parameters."""

    text: str
    values: list[object]
    done: bool = False  # written already (`flush_changes`): skipped with the held rows


Held = Model | HeldChange

_held: ContextVar[list[Held] | None] = ContextVar("oms_held_rows", default=None)
_NUMBERED = re.compile(r"\$(\d+)")


_defaults: dict[type[Model], dict[str, Callable[[], Any]]] = {}
# An INSERT's columns, its text up to VALUES and the columns' conversions, per (model, dialect):
# pypika builds the text in ~0.1 ms, eight times per orderCreate.
_shapes: dict[tuple[type[Model], str], tuple[list[str], str, list[Callable[[Any, Any], Any]]]] = {}


def _constant(value: Any) -> Callable[[], Any]:
    return lambda: value


def _copied(value: Any) -> Callable[[], Any]:
    return lambda: deepcopy(value)


def _defaults_of(model: type[Model]) -> dict[str, Callable[[], Any]]:
    """How `Model.__init__` fills each data field it is not given."""
    found = _defaults.get(model)
    if found is not None:
        return found
    meta = model._meta
    found = {}
    for key in meta.fields - meta.fetch_fields:
        field = meta.fields_map[key]
        default = field.default
        if inspect.iscoroutinefunction(default):
            raise TypeError(f"{model.__name__}.{key}: an async default is not supported here")
        if callable(default):
            found[key] = default
        elif default is not None:
            simple = isinstance(default, int | float | str | bool | bytes)
            found[key] = _constant(default) if simple else _copied(default)
        elif field.has_db_default():
            found[key] = field.get_db_default_value
        else:
            found[key] = lambda: None
    _defaults[model] = found
    return found


def new_row(model: type[M], **values: Any) -> M:
    """`model(**values)` for a new row of plain values (ids, not related objects), built
    without tortoise's `__init__`: that goes through a `__setattr__` hook and several checks
    per field, about 45 µs a row, which was most of a bulk import's CPU (a dozen rows per
    order). The values are converted and the missing fields defaulted as `__init__` does."""
    meta = model._meta
    row = model.__new__(model)
    state = row.__dict__
    state.update(_partial=False, _saved_in_db=False, _custom_generated_pk=False, _await_when_save={})
    for key, value in values.items():
        field = meta.fields_map[key]
        if key not in meta.fields_db_projection or key in meta.fetch_fields:
            raise TypeError(f"{model.__name__}.{key}: only plain values here")
        if value is None and not field.null:
            raise ValueError(f"{key} is non nullable field, but null was passed")
        state[key] = field.to_python_value(value)
    for key, make in _defaults_of(model).items():
        if key not in values:
            state[key] = make()
    return row


def _insert(using_db: BaseDBAsyncClient, rows: Sequence[Model], first_parameter: int = 1) -> tuple[str, list[object]]:
    """`INSERT INTO table (...) VALUES (...), ... RETURNING pk` for rows of one model, its
    parameters numbered from `first_parameter`."""
    model = type(rows[0])
    meta = model._meta
    dialect = str(using_db.capabilities.dialect)
    shape = _shapes.get((model, dialect))
    if shape is None:
        fields: list[str] = using_db.executor_class(model=model, db=using_db).regular_columns  # all but a generated pk
        query = using_db.query_class.into(meta.basetable).columns(*(meta.fields_db_projection[f] for f in fields))
        # The VALUES list is written here, not with pypika's `insert` per row: its builder copies
        # the whole query on every call, which made a batch of n rows cost n^2.
        head = str(query.insert(*(Parameter(idx=1 + i) for i in range(len(fields))))).rsplit(" VALUES ", 1)[0]
        shape = _shapes[(model, dialect)] = (fields, head, [meta.fields_map[name].to_db_value for name in fields])
    fields, head, converters = shape
    numbered = dialect == "postgres"
    values: list[object] = []
    tuples: list[str] = []
    for row in rows:
        if type(row) is not model:
            raise TypeError(f"one INSERT takes rows of one model, got {model} and {type(row)}")
        start = first_parameter + len(values)
        marks = (f"${start + i}" for i in range(len(fields))) if numbered else ("?" for _ in fields)
        tuples.append(f"({','.join(marks)})")
        for name, convert in zip(fields, converters, strict=True):
            value = getattr(row, name)
            if isinstance(value, DatabaseDefault):
                raise TypeError(f"{model.__name__}.{name}: database defaults are not supported here")
            values.append(convert(value, row))
    return f'{head} VALUES {",".join(tuples)} RETURNING "{meta.db_pk_column}"', values


def _batches(rows: Sequence[M]) -> Iterator[Sequence[M]]:
    per_row = len(type(rows[0])._meta.fields_db_projection)
    step = max(1, MAX_PARAMETERS // per_row)
    for start in range(0, len(rows), step):
        yield rows[start : start + step]


def _saved(rows: Sequence[Model], ids: Sequence[Any]) -> None:
    """Give the rows their ids, in order (rows come back in the order of the VALUES list on
    both databases, which Django's bulk_create relies on too)."""
    if len(ids) != len(rows):
        raise RuntimeError(f"inserted {len(rows)} rows, got {len(ids)} ids back")
    for row, pk in zip(rows, ids, strict=True):
        row.pk = pk
        row._saved_in_db = True


async def insert_all(instances: Sequence[M], *, using_db: BaseDBAsyncClient) -> list[M]:
    """Insert new instances of one model, one statement per `MAX_PARAMETERS`; returns them
    with their ids set."""
    if not instances:
        return []
    pk = type(instances[0])._meta.db_pk_column
    for batch in _batches(instances):
        text, values = _insert(using_db, batch)
        _saved(batch, [r[pk] for r in await using_db.execute_query_dict(text, values)])
    return list(instances)


async def insert_later(instances: Sequence[M], *, using_db: BaseDBAsyncClient) -> list[M]:
    """`insert_all`, or inside `held_back` at its end, with the other rows held back there:
    for rows nothing reads back in the transaction. Their ids are set once written."""
    held = _held.get()
    if held is None:
        return await insert_all(instances, using_db=using_db)
    held.extend(instances)
    return list(instances)


async def change_later(text: str, values: list[object], *, using_db: BaseDBAsyncClient) -> None:
    """Run an UPDATE or DELETE now, or inside `held_back` with the held-back rows at its end:
    for a change nothing in the transaction reads back (a reader that may calls
    `flush_changes` first)."""
    held = _held.get()
    if held is None:
        await using_db.execute_query(text, values)
    else:
        held.append(HeldChange(text, values))


async def flush_changes(using_db: BaseDBAsyncClient) -> None:
    """Write the changes held so far now, for a reader about to look at the rows they change
    (the held rows stay held: nothing reads those back)."""
    for change in _held.get() or []:
        if isinstance(change, HeldChange) and not change.done:
            await using_db.execute_query(change.text, change.values)
            change.done = True


@contextmanager
def held_back() -> Iterator[list[Held]]:
    """Hold back the rows `insert_later` is given in the body (a transaction); the caller
    writes them with `write_held` before it commits, and truncates the list to forget those
    of a rolled-back savepoint (`held_rows`)."""
    held: list[Held] = []
    token = _held.set(held)
    try:
        yield held
    finally:
        _held.reset(token)


def held_rows() -> list[Held]:
    """The rows held back by the enclosing `held_back`."""
    held = _held.get()
    if held is None:
        raise RuntimeError("no rows are held back here")
    return held


async def write_held(held: list[Held], *, using_db: BaseDBAsyncClient) -> None:
    """Write the held-back rows and changes: one statement on PostgreSQL, one per table and
    change on SQLite. The changes see the snapshot the statement started with (PostgreSQL's
    rule for a WITH's parts): none may touch a row the same statement inserts."""
    groups: dict[type[Model], list[Model]] = {}
    changes: list[HeldChange] = []
    for row in held:
        if isinstance(row, HeldChange):
            if not row.done:
                changes.append(row)
        else:
            groups.setdefault(type(row), []).append(row)
    held.clear()
    total = sum(len(rows) * len(model._meta.fields_db_projection) for model, rows in groups.items())
    total += sum(len(c.values) for c in changes)
    postgres = str(using_db.capabilities.dialect) == "postgres"
    if not postgres or len(groups) + len(changes) < 2 or total > MAX_PARAMETERS or not groups:
        for rows in groups.values():
            await insert_all(rows, using_db=using_db)
        for change in changes:
            await using_db.execute_query(change.text, change.values)
        return
    parts: list[str] = []
    values: list[object] = []
    for n, rows in enumerate(groups.values()):
        text, more = _insert(using_db, rows, first_parameter=len(values) + 1)
        parts.append(f"i{n} AS ({text})")
        values += more
    for n, change in enumerate(changes):
        parts.append(f"c{n} AS ({_renumbered(change.text, len(values))})")
        values += change.values
    pk = "returned_pk"
    picks = " UNION ALL ".join(
        f'SELECT {n} AS part, "{model._meta.db_pk_column}" AS {pk} FROM i{n}' for n, model in enumerate(groups)
    )
    returned = await using_db.execute_query_dict(f"WITH {', '.join(parts)} {picks}", values)
    for n, rows in enumerate(groups.values()):
        _saved(rows, [r[pk] for r in returned if r["part"] == n])


def _renumbered(text: str, offset: int) -> str:
    """PostgreSQL's `$1..$n` of one statement as parameters `offset` places further on."""
    return _NUMBERED.sub(lambda m: f"${int(m.group(1)) + offset}", text)
