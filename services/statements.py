"""Hot reads whose SQL text is built once per shape, not once per execution.

tortoise builds a query's SQL anew every time it runs (filters resolved, pypika's tree
copied and rendered): for `order(id)`, whose three statements are each a few rows by
primary or foreign key, that was ~14% of the server's CPU (py-spy under wrk, bench/RESULTS.md
"Issue 16, fixed costs"). Here a *shape* is a queryset whose SQL depends only on a key the
caller gives (say: the model, the filter, the ordering and the number of ids); the values
are the statement's parameters. The first execution of a shape builds the queryset as
tortoise would and keeps its SQL only if the parameters tortoise made of it are exactly the
values given, in order and of the same types (so no value was written into the text);
otherwise the shape is never reused and always runs through tortoise. Later executions send
the kept text with their own values through tortoise's executor, which turns the rows into
the same model instances, on the connection tortoise would choose now (a transaction's,
inside one).

The shapes are per process, database dialect and the values' types (and so their number);
at most SHAPES_LIMIT are kept.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from tortoise.exceptions import MultipleObjectsReturned
from tortoise.models import Model
from tortoise.queryset import QuerySet, QuerySetSingle

M = TypeVar("M", bound=Model)

SHAPES_LIMIT = 1024
# How each execution went: "built" (tortoise built the SQL, now kept), "reused" (the kept
# SQL sent), "tortoise" (a shape that cannot be kept: tortoise runs it every time). Tests
# read it to prove the reuse is taken.
OUTCOMES: Counter[str] = Counter()


@dataclass(frozen=True)
class _Shape:
    sql: str
    select_related_idx: list[Any]


_SHAPES: dict[tuple[Hashable, ...], _Shape | None] = {}


def _typed(values: Sequence[Any]) -> list[tuple[type, Any]]:
    return [(type(value), value) for value in values]


def _plain(query: QuerySet[Any]) -> bool:
    """Whether the executor alone answers the queryset: a select of whole models (and of
    related ones, select_related: the executor reads those from the row too), with nothing
    tortoise does around the statement (prefetch, annotations, locks, a values() projection)."""
    return (
        type(query) is QuerySet
        and not query._prefetch_map
        and not query._prefetch_queries
        and not query._annotations
        and not query._select_for_update
        and not query._fields_for_select
        and not query._raise_does_not_exist
    )


async def _rows(model: type[M], key: Hashable, values: Sequence[Any], build: Callable[[], Any]) -> list[M]:
    """The rows of the shape `key` with `values` (a single queryset's: none or one)."""
    db = model._choose_db()
    # The values' types are part of the shape: tortoise converts a value it binds (an enum
    # member to its value, a digit string to an int), so a shape kept for one type is never
    # sent another.
    cache_key = (model, key, str(db.capabilities.dialect), *map(type, values))
    shape = _SHAPES.get(cache_key, False)
    if isinstance(shape, _Shape):
        OUTCOMES["reused"] += 1
        executor = db.executor_class(model=model, db=db, select_related_idx=shape.select_related_idx)
        return await executor.execute_select(shape.sql, list(values), custom_fields=[])
    query = build()
    if shape is None or not _plain(query) or query.model is not model:
        OUTCOMES["tortoise"] += 1
        found = await query
        return ([] if found is None else [found]) if query._single else found
    query._choose_db_if_not_chosen()
    query._make_query()
    sql, params = query.query.get_parameterized_sql()
    kept = _typed(params) == _typed(values)
    if len(_SHAPES) < SHAPES_LIMIT:
        _SHAPES[cache_key] = _Shape(sql, list(query._select_related_idx)) if kept else None
    OUTCOMES["built" if kept else "tortoise"] += 1
    executor = query._db.executor_class(model=model, db=query._db, select_related_idx=query._select_related_idx)
    return await executor.execute_select(sql, params, custom_fields=[])


async def select(model: type[M], key: Hashable, values: Sequence[Any], build: Callable[[], QuerySet[M]]) -> list[M]:
    """`await build()`, with the SQL of the shape `key` built once: `values` are the
    statement's parameters in the order tortoise binds them."""
    return await _rows(model, key, values, build)


async def select_one(
    model: type[M], key: Hashable, values: Sequence[Any], build: Callable[[], QuerySetSingle[M | None]]
) -> M | None:
    """`await build()` for a `get_or_none(...)` queryset (`values` end with its LIMIT, 2),
    with the SQL of the shape `key` built once."""
    rows = await _rows(model, key, values, build)
    if len(rows) > 1:
        raise MultipleObjectsReturned(model)
    return rows[0] if rows else None
