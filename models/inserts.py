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
(one `WITH ... AS (INSERT ...)` per table), on SQLite one INSERT per table.

Here, below the domains, because the outbox (`subscriptions`) writes its events with it
as well as the services.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from pypika_tortoise.terms import Parameter
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.fields.base import DatabaseDefault
from tortoise.models import Model

M = TypeVar("M", bound=Model)

# Bind parameters one statement may carry on both databases (SQLite's default limit is
# 32766, asyncpg's 32767); a bigger batch is split, which only very large writes reach.
MAX_PARAMETERS = 32_000

_held: ContextVar[list[Model] | None] = ContextVar("oms_held_rows", default=None)


def _insert(using_db: BaseDBAsyncClient, rows: Sequence[Model], first_parameter: int = 1) -> tuple[str, list[object]]:
    """`INSERT INTO table (...) VALUES (...), ... RETURNING pk` for rows of one model, its
    parameters numbered from `first_parameter`."""
    model = type(rows[0])
    meta = model._meta
    fields: list[str] = using_db.executor_class(model=model, db=using_db).regular_columns  # all but a generated pk
    query = using_db.query_class.into(meta.basetable).columns(*(meta.fields_db_projection[f] for f in fields))
    # The VALUES list is written here, not with pypika's `insert` per row: its builder copies
    # the whole query on every call, which made a batch of n rows cost n^2.
    head = str(query.insert(*(Parameter(idx=1 + i) for i in range(len(fields))))).rsplit(" VALUES ", 1)[0]
    numbered = str(using_db.capabilities.dialect) == "postgres"
    values: list[object] = []
    tuples: list[str] = []
    converters = [meta.fields_map[name].to_db_value for name in fields]
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


@contextmanager
def held_back() -> Iterator[list[Model]]:
    """Hold back the rows `insert_later` is given in the body (a transaction); the caller
    writes them with `write_held` before it commits, and truncates the list to forget those
    of a rolled-back savepoint (`held_rows`)."""
    held: list[Model] = []
    token = _held.set(held)
    try:
        yield held
    finally:
        _held.reset(token)


def held_rows() -> list[Model]:
    """The rows held back by the enclosing `held_back`."""
    held = _held.get()
    if held is None:
        raise RuntimeError("no rows are held back here")
    return held


async def write_held(held: list[Model], *, using_db: BaseDBAsyncClient) -> None:
    """Write the held-back rows: one statement on PostgreSQL, one per table on SQLite."""
    groups: dict[type[Model], list[Model]] = {}
    for row in held:
        groups.setdefault(type(row), []).append(row)
    held.clear()
    total = sum(len(rows) * len(model._meta.fields_db_projection) for model, rows in groups.items())
    if str(using_db.capabilities.dialect) != "postgres" or len(groups) < 2 or total > MAX_PARAMETERS:
        for rows in groups.values():
            await insert_all(rows, using_db=using_db)
        return
    parts: list[str] = []
    values: list[object] = []
    for n, rows in enumerate(groups.values()):
        text, more = _insert(using_db, rows, first_parameter=len(values) + 1)
        parts.append(f"i{n} AS ({text})")
        values += more
    pk = "returned_pk"
    picks = " UNION ALL ".join(
        f'SELECT {n} AS part, "{model._meta.db_pk_column}" AS {pk} FROM i{n}' for n, model in enumerate(groups)
    )
    returned = await using_db.execute_query_dict(f"WITH {', '.join(parts)} {picks}", values)
    for n, rows in enumerate(groups.values()):
        _saved(rows, [r[pk] for r in returned if r["part"] == n])
