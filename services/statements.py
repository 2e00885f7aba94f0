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
at most SHAPES_LIMIT are kept. Rows become instances in one pass (services.row_instances).
On PostgreSQL a row and its children can come in one statement (`select_one_with_children`:
an order and its lines).
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from tortoise.backends.base.executor import CHUNK_SIZE
from tortoise.context import require_context
from tortoise.exceptions import MultipleObjectsReturned
from tortoise.models import Model
from tortoise.queryset import QuerySet, QuerySetSingle
from tortoise.router import router

from services import row_instances

M = TypeVar("M", bound=Model)

SHAPES_LIMIT = 1024
# How each execution went: "built" (tortoise built the SQL, now kept), "reused" (the kept
# SQL sent), "tortoise" (a shape that cannot be kept: tortoise runs it every time), "joined"
# (a row and its children in one statement: select_one_with_children). Tests read it to
# prove the reuse is taken.
OUTCOMES: Counter[str] = Counter()
# How results' rows became instances: "one pass" (`_instances`), "by tortoise" (its
# `_init_from_db`, for rows the one pass cannot build).
ROWS: Counter[str] = Counter()


@dataclass(frozen=True)
class _Shape:
    sql: str
    select_related_idx: list[Any]


_SHAPES: dict[tuple[Hashable, ...], _Shape | None] = {}


@dataclass(frozen=True)
class _Read:
    """Rows already read, answered as a client's `execute_query` would."""

    rows: Sequence[Any]

    async def execute_query(self, sql: str, values: list[Any] | None = None) -> tuple[int, Sequence[Any]]:
        return len(self.rows), self.rows


async def _instances(model: type[M], db: Any, sql: str, values: list[Any], related_idx: Sequence[Any] = ()) -> list[M]:
    """The executor's `execute_select(sql, values)` for a select of whole `model` rows, with
    the whole rows of one-level `select_related` ones (`related_idx`: the queryset's
    `_select_related_idx`, the root's entry first; no prefetch): the same instances, each
    built in one pass (services.row_instances) instead of through `_init_from_db(**row)`."""
    _, rows = await db.execute_query(sql, values)
    if not rows:
        return []
    # asyncpg's Record and sqlite3.Row iterate over their values in the columns' order.
    related = related_idx[1:]
    layout = (
        None
        if isinstance(rows[0], dict)
        else row_instances.layout(model, tuple(rows[0].keys()), related, db.executor_class)
    )
    if layout is None:
        ROWS["by tortoise"] += 1
        if related:
            # tortoise's executor splits the rows already read (it asks `execute_query` for them)
            executor = db.executor_class(model=model, db=db, select_related_idx=list(related_idx))
            executor.db = _Read(rows)
            return await executor.execute_select(sql, values, custom_fields=[])  # type: ignore[no-any-return]
        return [model._init_from_db(**row) for row in rows]
    ROWS["one pass"] += 1
    zone = row_instances.zone()
    found: list[M] = []
    for number, row in enumerate(rows):
        if number and number % CHUNK_SIZE == 0:
            await asyncio.sleep(0)  # as tortoise's executor: let others run on a long result
        found.append(row_instances.instance(model, layout, row, zone))
    return found


def _reader(model: type[Model]) -> Any:
    """`model._choose_db()`, the connection a read of `model` uses now (a transaction's,
    inside one): tortoise's, without the import statement its `get_connection` runs on
    every call (~2% of an `order(id)` request's CPU)."""
    alias = model._meta.default_connection
    if alias is None or router._routers:
        return model._choose_db()
    return require_context().connections.get(alias)


async def fetch(query: QuerySet[M]) -> list[M]:
    """`await query` for a list queryset; a plain one (`_plain`) is built into instances by
    `_instances` (the page reads of `services.pagination`)."""
    if not _plain(query) or query._single:
        return list(await query)
    sql, params = _sql_of(query)
    return await _instances(query.model, query._db, sql, params, query._select_related_idx)


def _sql_of(query: Any) -> tuple[str, list[Any]]:
    """The SQL text and parameters tortoise would send for `query`, not sent."""
    query._choose_db_if_not_chosen()
    query._make_query()
    return query.query.get_parameterized_sql()  # type: ignore[no-any-return]


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


@dataclass(frozen=True)
class _Statement:
    """What a shape sends: on which connection, its text and parameters, and the queryset's
    `_select_related_idx` (for the instances)."""

    db: Any
    sql: str
    values: list[Any]
    related: list[Any]


def _statement(model: type[Model], key: Hashable | None, values: Sequence[Any], build: Callable[[], Any]) -> Any:
    """The `_Statement` of the shape `key` with `values`, its text kept now if it can be (key
    None: tortoise's statement with its own parameters, never kept); else the built queryset,
    which tortoise must run itself (not `_plain`)."""
    db = _reader(model)
    # The values' types are part of the shape: tortoise converts a value it binds (an enum
    # member to its value, a digit string to an int), so a shape kept for one type is never
    # sent another.
    cache_key = (model, key, str(db.capabilities.dialect), *map(type, values))
    shape = _SHAPES.get(cache_key, False) if key is not None else None
    if isinstance(shape, _Shape):
        OUTCOMES["reused"] += 1
        return _Statement(db, shape.sql, list(values), shape.select_related_idx)
    query = build()
    if not _plain(query) or query.model is not model:
        OUTCOMES["tortoise"] += 1
        return query
    sql, params = _sql_of(query)
    kept = shape is not None and _typed(params) == _typed(values)
    if shape is not None and len(_SHAPES) < SHAPES_LIMIT:
        # decided once: a shape whose values are not what tortoise binds is built every time
        _SHAPES[cache_key] = _Shape(sql, list(query._select_related_idx)) if kept else None
    OUTCOMES["built" if kept else "tortoise"] += 1
    return _Statement(query._db, sql, params, list(query._select_related_idx))


async def _rows(model: type[M], key: Hashable, values: Sequence[Any], build: Callable[[], Any]) -> list[M]:
    """The rows of the shape `key` with `values` (a single queryset's: none or one)."""
    statement = _statement(model, key, values, build)
    if not isinstance(statement, _Statement):
        found = await statement
        return ([] if found is None else [found]) if statement._single else found  # type: ignore[no-any-return]
    return await _select(model, statement.db, statement.related, statement.sql, statement.values)


async def select_wrapped(
    model: type[Model],
    key: Hashable | None,
    values: Sequence[Any],
    build: Callable[[], QuerySet[Any] | QuerySetSingle[Any]],
    wrap: Callable[[str], str],
) -> list[Any] | None:
    """The records of `wrap(sql)`, where `sql` is the statement `select` sends for the shape
    `key` and `values` (key None: the statement tortoise builds, with its own parameters,
    never kept): its rows read in another form (schema.projection: each as JSON), no
    instances made. None on a database other than PostgreSQL, or for a queryset tortoise
    must run itself (`_plain`; or one with select_related, whose text names related columns)."""
    if str(_reader(model).capabilities.dialect) != "postgres":
        return None
    statement = _statement(model, key, values, build)
    if not isinstance(statement, _Statement) or len(statement.related) > 1:
        return None
    _, rows = await statement.db.execute_query(wrap(statement.sql), statement.values)
    return list(rows)


async def _select(model: type[M], db: Any, related: list[Any], sql: str, values: list[Any]) -> list[M]:
    """A kept or just-built shape's rows (`related`: its `_select_related_idx`)."""
    return await _instances(model, db, sql, values, related)


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


C = TypeVar("C", bound=Model)


@dataclass(frozen=True)
class Joined(Generic[M, C]):
    """A row found with its children (`select_one_with_children`): None when none was found."""

    row: M | None
    children: list[C]


@dataclass(frozen=True)
class _JoinedShape:
    sql: str
    select_related_idx: list[Any]
    child_columns: tuple[str, ...]


_JOINED: dict[tuple[Hashable, ...], _JoinedShape | None] = {}


def _children_sql(
    sql: str, model: type[Model], children: type[Model], parent_field: str, order: str
) -> tuple[str, tuple[str, ...]] | None:
    """`sql` (tortoise's select of `model` rows) with one more column, last: the `children`
    rows of each, as an array of records of all their columns (`child_columns`' order),
    ordered by `order`. None where tortoise's text is not the one expected."""
    meta, child = model._meta, children._meta
    table = f' FROM "{meta.db_table}"'
    fk = child.fields_db_projection.get(parent_field)
    sort = child.fields_db_projection.get(order)
    if not sql.startswith("SELECT ") or sql.count(table) != 1 or fk is None or sort is None:
        return None
    columns = tuple(
        column for column, _, _ in (*child.db_native_fields, *child.db_default_fields, *child.db_complex_fields)
    )
    record = ",".join(f'"c"."{column}"' for column in columns)
    array = (
        f'ARRAY(SELECT ROW({record}) FROM "{child.db_table}" "c" '
        f'WHERE "c"."{fk}"="{meta.db_table}"."{meta.db_pk_column}" ORDER BY "c"."{sort}") "__children"'
    )
    at = sql.index(table)
    return sql[:at] + "," + array + sql[at:], columns


async def select_one_with_children(
    model: type[M],
    key: Hashable,
    values: Sequence[Any],
    build: Callable[[], QuerySetSingle[M | None]],
    children: type[C],
    parent_field: str,
    order: str = "id",
) -> Joined[M, C] | None:
    """`select_one`, with the `children` rows whose `parent_field` is the row's (ordered by
    `order`, as `resolvers.loaders._children` reads them) in the same statement: one round
    trip instead of two, on PostgreSQL (an array of records); None where it cannot be done
    (SQLite, a shape tortoise must run): the caller reads them the usual way."""
    db = _reader(model)
    dialect = str(db.capabilities.dialect)
    if dialect != "postgres":
        return None
    cache_key = (model, key, dialect, "children", children, parent_field, order, *map(type, values))
    if cache_key in _JOINED:
        shape = _JOINED[cache_key]
    else:
        shape = _joined_shape(model, build, values, children, parent_field, order)
        if len(_JOINED) < SHAPES_LIMIT:
            _JOINED[cache_key] = shape
    if shape is None:
        return None
    OUTCOMES["joined"] += 1
    _, rows = await db.execute_query(shape.sql, list(values))
    if len(rows) > 1:
        raise MultipleObjectsReturned(model)
    if not rows:
        return Joined(None, [])
    row = rows[0]
    layout = row_instances.layout(model, tuple(row.keys())[:-1], shape.select_related_idx[1:], db.executor_class)
    plan = row_instances.builder(children, shape.child_columns, db.executor_class)  # (not None: checked when kept)
    if layout is None or plan is None:
        # A row the one pass cannot split (known only once one came back): this shape is
        # not joined again, and this read goes the usual way.
        _JOINED[cache_key] = None
        return None
    zone = row_instances.zone()
    whole = tuple(row)
    custom_pk = row_instances.custom_pk(children)
    found = [row_instances.build(children, plan, custom_pk, child, zone) for child in whole[-1]]
    return Joined(row_instances.instance(model, layout, whole[:-1], zone), found)


def _joined_shape(
    model: type[M],
    build: Callable[[], QuerySetSingle[M | None]],
    values: Sequence[Any],
    children: type[Model],
    parent_field: str,
    order: str,
) -> _JoinedShape | None:
    query: Any = build()
    if not _plain(query) or query.model is not model:
        return None
    sql, params = _sql_of(query)
    joined = _children_sql(sql, model, children, parent_field, order)
    if (
        joined is None
        or _typed(params) != _typed(values)
        or row_instances.builder(children, joined[1], query._db.executor_class) is None
    ):
        return None
    return _JoinedShape(joined[0], list(query._select_related_idx), joined[1])
