"""What `oms` says when the configuration or the state around it is wrong: one line saying
what, one hint saying what to do, no traceback (`oms --debug ...` shows it).

`explain(error, settings)` turns an exception into that `Problem`, or None for a fault (a bug:
the traceback is the useful answer). Commands raise `Problem` themselves where they can tell
sooner (a database not migrated yet, a port in use).
"""

from __future__ import annotations

import asyncio
import errno
import socket
import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar
from urllib.parse import urlsplit, urlunsplit

import asyncpg
from pydantic import ValidationError
from tortoise.exceptions import ConfigurationError, OperationalError

from services import db
from services.wiring import wire
from settings import Settings, load_settings

T = TypeVar("T")

CONFIG_EXIT = 2  # the configuration is wrong: fix it, then run again
STATE_EXIT = 1  # something it needs is not there or not ready


@dataclass
class Problem(Exception):
    message: str
    hint: str
    exit_code: int = STATE_EXIT

    def __str__(self) -> str:
        return f"error: {self.message}\nhint: {self.hint}"


def redacted(url: str) -> str:
    """A URL fit to print: its password replaced by ***."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def port_in_use(host: str, port: int) -> Problem | None:
    """Whether `host:port` can be bound (as uvicorn binds it, SO_REUSEADDR set)."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            return explain(error, None, binding=(host, port))
    return None


def not_migrated(pending: list[str], settings: Settings) -> Problem:
    return Problem(
        f"the database at {redacted(settings.database_url)} is not migrated "
        f"({len(pending)} of its migrations pending, the first {pending[0]})",
        "run `oms migrate` (or `make run`, which migrates first)",
    )


def _unreachable_database(error: BaseException, settings: Settings | None) -> Problem:
    where = redacted(settings.database_url) if settings else "OMS_DATABASE_URL"
    reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return Problem(
        f"cannot reach the database at {where}: {reason}",
        "is PostgreSQL running there and does OMS_DATABASE_URL name it "
        "(postgres://user:password@host:5432/name)? `pg_isready -h HOST -p PORT` checks",
    )


def _chain(error: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and len(seen) < 10:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def explain(
    error: BaseException, settings: Settings | None, *, binding: tuple[str, int] | None = None
) -> Problem | None:
    """The problem `error` tells of, said for an operator; None for a fault. The most
    specific cause anywhere in the chain wins (asyncpg's "no such database" under
    tortoise's "cannot connect")."""
    chain = _chain(error)
    for cause in chain:
        found = _specific(cause, settings, binding)
        if found is not None:
            return found
    for cause in chain:
        found = _generic(cause, settings)
        if found is not None:
            return found
    return None


def _specific(cause: BaseException, settings: Settings | None, binding: tuple[str, int] | None) -> Problem | None:
    if isinstance(cause, Problem):
        return cause
    if isinstance(cause, ValidationError):
        first = cause.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else ""
        name = field if field.isupper() else f"OMS_{field.upper()}"  # an alias (PORT) is named as is
        return Problem(
            f"configuration: {name}: {first['msg'].removeprefix('Value error, ')}",
            'fix that variable (README, "Configuration", lists the settings)',
            CONFIG_EXIT,
        )
    if binding is not None and isinstance(cause, OSError) and cause.errno == errno.EADDRINUSE:
        host, port = binding
        return Problem(
            f"port {port} on {host} is in use (another server is listening there)",
            f"stop that server, or pick another port: `--port {port + 1}` or PORT={port + 1}",
        )
    if binding is not None and isinstance(cause, OSError):
        host, port = binding
        return Problem(
            f"cannot listen on {host}:{port}: {cause.strerror or cause}",
            "a port below 1024 needs privileges; --host must be an address of this machine",
        )
    if isinstance(cause, asyncpg.InvalidCatalogNameError):  # the database does not exist
        return Problem(
            f"the database in {redacted(settings.database_url) if settings else 'OMS_DATABASE_URL'} does not "
            f"exist: {cause}",
            "create it (`createdb NAME`), then run `oms migrate`",
        )
    if isinstance(cause, asyncpg.InvalidAuthorizationSpecificationError | asyncpg.InvalidPasswordError):
        return Problem(
            f"PostgreSQL refused the login: {cause}",
            "check the user and password in OMS_DATABASE_URL",
            CONFIG_EXIT,
        )
    if isinstance(cause, socket.gaierror):
        return Problem(
            f"cannot resolve the host in {redacted(settings.database_url) if settings else 'a URL'}: {cause}",
            "check the host name in OMS_DATABASE_URL / OMS_BROADCAST_URL",
            CONFIG_EXIT,
        )
    return None


def _generic(cause: BaseException, settings: Settings | None) -> Problem | None:
    if db.unavailable(cause):
        return _unreachable_database(cause, settings)
    if isinstance(cause, asyncpg.UndefinedTableError) or (
        isinstance(cause, OperationalError | sqlite3.OperationalError) and "no such table" in str(cause)
    ):
        return Problem(
            f"the database at {redacted(settings.database_url) if settings else 'OMS_DATABASE_URL'} is not "
            f"migrated ({cause})",
            "run `oms migrate`",
        )
    if isinstance(cause, OperationalError | sqlite3.OperationalError) and "unable to open" in str(cause):
        return Problem(
            f"cannot open the SQLite database {settings.database_url if settings else ''}: {cause}",
            "its directory must exist and be writable (or set OMS_DATABASE_URL)",
        )
    if isinstance(cause, ConfigurationError):
        return Problem(f"configuration: {cause}", "check OMS_DATABASE_URL", CONFIG_EXIT)
    if type(cause).__module__.startswith("redis") and "Connection" in type(cause).__name__:
        return Problem(
            f"cannot reach Redis at {redacted(settings.broadcast_url) if settings else 'OMS_BROADCAST_URL'}: {cause}",
            "is Redis running there (`redis-cli -u URL ping`)? OMS_BROADCAST_URL names it",
        )
    return None


def with_db(work: Callable[[], Awaitable[T]], *, migrated: bool = True) -> T:
    """Run `work` with the database open; `migrated`: refuse (with the hint to migrate) a
    database with migrations pending, rather than fail on a missing table halfway."""
    settings = load_settings()

    async def run() -> T:
        from services.migrations import pending_migrations

        wire()
        async with db.opened(settings):
            if migrated and (pending := await pending_migrations()):
                raise not_migrated(pending, settings)
            return await work()

    return asyncio.run(run())
