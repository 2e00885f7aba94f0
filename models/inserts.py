"""New rows of a model in one multi-row INSERT: `insert_all`.

tortoise's `bulk_create` hands the rows to the driver's executemany, and on PostgreSQL
(asyncpg) that is one INSERT per row executed by the server: a write's statement count
grew with its line count. `insert_all` sends `INSERT ... VALUES (...), (...) RETURNING id`
instead, with the values tortoise itself would bind (each field's `to_db_value`: the
model's defaults, `auto_now_add`, the dialect's decimal and JSON encodings), and gives
every instance its id, as `Model.create` does.

Here, below the domains, because the outbox (`subscriptions`) writes its events with it
as well as the services.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from pypika_tortoise.terms import Parameter
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.fields.base import DatabaseDefault
from tortoise.models import Model

M = TypeVar("M", bound=Model)

# Bind parameters one statement may carry on both databases (SQLite's default limit is
# 32766, asyncpg's 32767); a bigger batch is split, which only very large writes reach.
MAX_PARAMETERS = 32_000


async def insert_all(instances: Sequence[M], *, using_db: BaseDBAsyncClient) -> list[M]:
    """Insert new instances of one model, one statement per `MAX_PARAMETERS`; returns them
    with their ids set (rows come back in the order of the VALUES list on both databases,
    which Django's bulk_create relies on too)."""
    if not instances:
        return []
    model = type(instances[0])
    meta = model._meta
    executor = using_db.executor_class(model=model, db=using_db)
    fields: list[str] = executor.regular_columns  # every column but a generated primary key
    columns = [meta.fields_db_projection[name] for name in fields]
    per_batch = max(1, MAX_PARAMETERS // len(fields))
    for start in range(0, len(instances), per_batch):
        batch = instances[start : start + per_batch]
        query = using_db.query_class.into(meta.basetable).columns(*columns)
        values: list[object] = []
        for instance in batch:
            if type(instance) is not model:
                raise TypeError(f"insert_all takes instances of one model, got {model} and {type(instance)}")
            query = query.insert(*(Parameter(idx=len(values) + i + 1) for i in range(len(fields))))
            for name in fields:
                value = getattr(instance, name)
                if isinstance(value, DatabaseDefault):
                    raise TypeError(f"{model.__name__}.{name}: database defaults are not supported here")
                values.append(meta.fields_map[name].to_db_value(value, instance))
        pk = meta.db_pk_column
        rows = await using_db.execute_query_dict(f'{query} RETURNING "{pk}"', values)
        for instance, row in zip(batch, rows, strict=True):
            instance.pk = row[pk]
            instance._saved_in_db = True
    return list(instances)
