"""Database lifecycle: the tortoise config and the connection the whole process shares."""

from __future__ import annotations

import errno
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg
from tortoise import Tortoise, connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.backends.base.config_generator import expand_db_url
from tortoise.exceptions import DBConnectionError

from models import MODEL_MODULES
from services.pg_client import SESSION_ERRORS
from settings import Settings

APP = "models"


# How much longer than the server's statement_timeout the client waits for an answer: the
# server's own cancel (a clean error, the session kept) normally comes first.
CLIENT_TIMEOUT_MARGIN = 5.0


def tortoise_config(settings: Settings, *, statement_timeout: bool = True) -> dict[str, Any]:
    """The ORM's configuration; with `statement_timeout` (all but migrations, whose DDL may
    rightly take long) PostgreSQL statements are bounded by the settings' timeout."""
    url = settings.database_url
    if url.startswith("postgresql://"):
        url = "postgres://" + url[len("postgresql://") :]
    connection: str | dict[str, Any] = url
    if url.startswith("postgres://"):
        # tortoise's asyncpg client, with its recovery from dropped sessions fixed
        # (services/pg_client.py); the URL's options (application_name, pool size) still apply.
        connection = {**expand_db_url(url), "engine": "services.pg_client"}
        seconds = settings.database_statement_timeout_seconds
        if statement_timeout and seconds > 0:
            credentials = connection["credentials"]
            credentials["server_settings"] = {
                **credentials.get("server_settings", {}),
                "statement_timeout": str(max(1, round(seconds * 1000))),  # milliseconds
            }
            credentials["command_timeout"] = seconds + CLIENT_TIMEOUT_MARGIN
    return {
        "connections": {"default": connection},
        "apps": {APP: {"models": [*MODEL_MODULES, "aerich.models"], "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


async def open_database(settings: Settings) -> None:
    """Open the ORM for this process.

    Tortoise 1.x keeps its state in a contextvar; the global fallback makes the state
    set here (in the lifespan task) visible to request and background tasks.
    """
    if settings.database_dialect == "sqlite":
        _ensure_sqlite_dir(settings.database_url)
    await Tortoise.init(config=tortoise_config(settings), _enable_global_fallback=True)
    if settings.database_dialect == "sqlite":
        # WAL lets readers (the relay, subscriptions) proceed beside the writer.
        await connection().execute_script("PRAGMA journal_mode=WAL; PRAGMA busy_timeout=5000;")


async def close_database() -> None:
    await Tortoise.close_connections()
    from tortoise import context as _context
    from tortoise.backends.base.executor import EXECUTOR_CACHE

    # Let a later open in the same process (tests, CLI) register its own context, and build
    # its own SQL: tortoise caches INSERT/DELETE statements by connection name, not dialect.
    _context._global_context = None
    EXECUTOR_CACHE.clear()


@asynccontextmanager
async def opened(settings: Settings) -> AsyncIterator[None]:
    """The ORM open for the body (the lifespan's and the CLI's way in)."""
    await open_database(settings)
    try:
        yield
    finally:
        await close_database()


def connection() -> BaseDBAsyncClient:
    return connections.get("default")


def dialect() -> str:
    return str(connection().capabilities.dialect)


def pool_usage() -> tuple[int, int] | None:
    """This process's PostgreSQL pool: (connections open, connections lent out); None on
    SQLite (one connection, no pool) or before the pool is made."""
    pool = getattr(connection(), "_pool", None)
    if pool is None:
        return None
    return pool.get_size(), pool.get_size() - pool.get_idle_size()


async def ping() -> None:
    await connection().execute_query("SELECT 1")


# What PostgreSQL (and the network to it) says when the database cannot be used right now,
# as opposed to a statement that failed: the connection is gone or refused, the server is
# shutting down or starting, it has no connection slot left.
_UNAVAILABLE: tuple[type[BaseException], ...] = (
    *SESSION_ERRORS,  # the session is gone, refused or stuck (services/pg_client.py)
    ConnectionError,  # refused, reset, aborted, broken pipe
    DBConnectionError,
    asyncpg.CrashShutdownError,  # 57P02
    asyncpg.TooManyConnectionsError,  # 53300
    # 57014: statement_timeout (or an operator's pg_cancel_backend): the database is stuck
    # behind a lock or overloaded now; the client is to retry later, as in an outage.
    asyncpg.QueryCanceledError,
)


_UNREACHABLE = frozenset({errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ETIMEDOUT, errno.EHOSTDOWN})


def unavailable(exc: BaseException | None) -> bool:
    """Whether `exc`, or what it was raised from, says the database cannot be reached now (a
    retry later may succeed), rather than that one statement failed."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, _UNAVAILABLE):
            return True
        if isinstance(exc, OSError) and exc.errno in _UNREACHABLE:
            return True
        if isinstance(exc, asyncpg.ObjectNotInPrerequisiteStateError) and "accepting connections" in str(exc):
            return True  # 55000 at connect: ALLOW_CONNECTIONS false, no SQLSTATE of its own
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def _ensure_sqlite_dir(url: str) -> None:
    from pathlib import Path

    path = url.split("://", 1)[1].split("?", 1)[0]
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
