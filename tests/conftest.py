"""Shared fixtures: the backends (SQLite+memory by default, PostgreSQL+Redis by env),
a migrated database reset before every test, the app (in-process, or a real server for tests
marked `live_server`), tokens and demo setup."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from models.access import Role
from services import db
from services.access import create_token
from services.migrations import migrate
from settings import Settings
from tests.fixtures.backends import Backends, drop_backends, prepare_backends
from tests.fixtures.server import Server, serve, serve_in_process

SECRET = "test-secret-key-0123456789"


@pytest.fixture(scope="session")
def backends() -> Iterator[Backends]:
    with tempfile.TemporaryDirectory(prefix="oms-test-") as tmp:
        chosen = asyncio.run(prepare_backends(Path(tmp)))
        asyncio.run(migrate(settings_for(chosen)))
        try:
            yield chosen
        finally:
            asyncio.run(drop_backends(chosen))


def settings_for(backends: Backends, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": backends.database_url,
        "broadcast_url": backends.broadcast_url,
        "secret_key": SECRET,
        "env": "development",
        "relay_poll_seconds": 0.02,
        # Load tests must not meet the per-token budget; tests/graphql/test_cost.py sets its own.
        "cost_bucket_size": 1e12,
        "log_level": "WARNING",
        # Each test's server keeps its own bus channel and rate-limit buckets in Redis: ids
        # restart with every test's fresh database, and token 1 must not inherit a budget.
        "namespace": f"oms-test-{uuid.uuid4().hex[:12]}",
    }
    values.update(overrides)
    return Settings(**values)


@pytest.fixture
def settings(backends: Backends) -> Settings:
    return settings_for(backends)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "live_server: the `server` fixture is a real uvicorn server on a socket (WebSockets, other programs "
        "connecting to a URL); unmarked tests get the app in-process",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    import os

    on_postgres = os.environ.get("OMS_TEST_DATABASE_URL", "").startswith(("postgres", "postgresql"))
    on_redis = os.environ.get("OMS_TEST_BROADCAST_URL", "").startswith("redis")
    skip = pytest.mark.skip(reason="needs PostgreSQL + Redis: run with OMS_TEST_DATABASE_URL / OMS_TEST_BROADCAST_URL")
    for item in items:
        if "postgres" in item.keywords and not (on_postgres and on_redis):
            item.add_marker(skip)


async def reset_database() -> None:
    from tortoise import Tortoise

    conn = db.connection()
    tables = [m._meta.db_table for m in Tortoise.apps[db.APP].values() if m._meta.db_table != "aerich"]
    if conn.capabilities.dialect == "postgres":
        await conn.execute_script("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE")
    else:
        deletes = " ".join(f'DELETE FROM "{table}";' for table in tables)
        await conn.execute_script(
            f"PRAGMA foreign_keys = OFF; {deletes} DELETE FROM sqlite_sequence; PRAGMA foreign_keys = ON;"
        )


@pytest.fixture
async def database(settings: Settings) -> AsyncIterator[None]:
    """The ORM opened on a clean, migrated database (for service-level tests)."""
    await db.open_database(settings)
    try:
        await reset_database()
        yield
    finally:
        await db.close_database()


@contextlib.asynccontextmanager
async def serve_clean(settings: Settings, *, live: bool = False) -> AsyncIterator[Server]:
    """The app (its lifespan included) with `settings`, on the clean shared test database;
    the ORM is usable in tests too. In-process, or with `live` a real server on a socket.
    For tests that need settings of their own."""
    await db.open_database(settings)
    try:
        await reset_database()
    finally:
        await db.close_database()
    async with (serve if live else serve_in_process)(settings) as running:
        yield running


@pytest.fixture
async def server(request: pytest.FixtureRequest, settings: Settings) -> AsyncIterator[Server]:
    """The app with the test settings on a clean database: in-process, or a real uvicorn
    server for tests marked `live_server`."""
    live = request.node.get_closest_marker("live_server") is not None
    async with serve_clean(settings, live=live) as running:
        yield running


async def make_token(role: Role, scope: str | None = None) -> str:
    _, plaintext = await create_token(role=role, scope=scope, secret=SECRET)
    return plaintext


@pytest.fixture
async def admin_token(server: Server) -> str:
    return await make_token(Role.ADMIN)


@pytest.fixture
async def catalog(server: Server, admin_token: str) -> dict[str, Any]:
    """Two channels, two warehouses, three products, created through the API."""
    from tests.helpers import create_catalog

    return await create_catalog(server, admin_token)


class SqlCounter(logging.Handler):
    """Counts SQL statements issued by request handling (not by the relay or the bus)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.statements: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            task = asyncio.current_task()
        except RuntimeError:
            task = None
        if task is not None and task.get_name().startswith("oms-"):
            return
        message = record.getMessage()
        if message.startswith(("Created connection", "Closed connection")):
            return
        self.statements.append(message)


@pytest.fixture
def sql_counter() -> Iterator[SqlCounter]:
    logger = logging.getLogger("tortoise.db_client")
    counter = SqlCounter()
    previous = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(counter)
    try:
        yield counter
    finally:
        logger.removeHandler(counter)
        logger.setLevel(previous)
