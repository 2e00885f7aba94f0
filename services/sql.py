"""Small helpers for the few hand-written SQL statements (stock, outbox)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

_PARAM = re.compile(r"\?")


def is_postgres(conn: BaseDBAsyncClient) -> bool:
    return str(conn.capabilities.dialect) == "postgres"


def sql(conn: BaseDBAsyncClient, text: str) -> str:
    """Write statements with `?` placeholders; PostgreSQL gets `$1, $2, ...`."""
    if not is_postgres(conn):
        return text
    counter = iter(range(1, 10_000))
    return _PARAM.sub(lambda _m: f"${next(counter)}", text)


def placeholders(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)
