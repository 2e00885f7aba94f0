"""Shared fixtures: the backends (SQLite+memory by default, PostgreSQL+Redis by env),
a migrated database reset before every test, the app (in-process, or a real server for tests
marked `live_server`), tokens and demo setup."""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from tortoise.exceptions import ConfigurationError

from models.access import Role
from services import db
from services.migrations import migrate
from services.wiring import wire
from settings import Settings
from tests.fixtures.backends import Backends, drop_backends, prepare_backends, settings_for
from tests.fixtures.catalog import seed_catalog
from tests.fixtures.database import SqlCounter, make_token, migrate_sqlite_with_the_cli, reset_database
from tests.fixtures.server import Server, serve_clean
from tests.fixtures.stock import assert_stock_reconciles

# Tests assert behaviour, not time: no per-example deadline, and no failure when drawing
# inputs is slow because the machine is (a PostgreSQL run on 2 busy cores failed one
# property test's too_slow check: 1 input in 4 s).
hypothesis_settings.register_profile("oms", deadline=None, suppress_health_check=[HealthCheck.too_slow])
hypothesis_settings.load_profile("oms")


@pytest.fixture(scope="session")
def backends() -> Iterator[Backends]:
    with tempfile.TemporaryDirectory(prefix="oms-test-") as tmp:
        chosen = asyncio.run(prepare_backends(Path(tmp)))
        asyncio.run(migrate(settings_for(chosen)))
        try:
            yield chosen
        finally:
            asyncio.run(drop_backends(chosen))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite database of its own migrated by `oms migrate` (in its own process), once per run."""
    return migrate_sqlite_with_the_cli(tmp_path_factory.mktemp("oms-sqlite-template") / "oms.sqlite3")


@pytest.fixture
def migrated_sqlite(tmp_path: Path, sqlite_template: Path) -> Path:
    """A fresh copy of `sqlite_template` for one test (which may break it at will); the shared
    test database is untouched, whichever backends the suite uses."""
    path = tmp_path / "own.sqlite3"
    shutil.copyfile(sqlite_template, path)
    return path


@pytest.fixture
def settings(backends: Backends) -> Settings:
    return settings_for(backends)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "live_server: the `server` fixture is a real uvicorn server on a socket (WebSockets, other programs "
        "connecting to a URL); unmarked tests get the app in-process",
    )
    config.addinivalue_line(
        "markers",
        "stock_drift: the test leaves stock that does not reconcile on purpose (the `server` fixture "
        "otherwise checks `oms stock reconcile` after every test)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    import os

    on_postgres = os.environ.get("OMS_TEST_DATABASE_URL", "").startswith(("postgres", "postgresql"))
    on_redis = os.environ.get("OMS_TEST_BROADCAST_URL", "").startswith("redis")
    skip = pytest.mark.skip(reason="needs PostgreSQL + Redis: run with OMS_TEST_DATABASE_URL / OMS_TEST_BROADCAST_URL")
    for item in items:
        if "postgres" in item.keywords and not (on_postgres and on_redis):
            item.add_marker(skip)


@pytest.fixture
async def database(settings: Settings) -> AsyncIterator[None]:
    """The ORM opened on a clean, migrated database (for service-level tests)."""
    wire()
    await db.open_database(settings)
    try:
        await reset_database()
        yield
    finally:
        await db.close_database()


@pytest.fixture
async def server(request: pytest.FixtureRequest, settings: Settings) -> AsyncIterator[Server]:
    """The app with the test settings on a clean database: in-process, or a real uvicorn
    server for tests marked `live_server`."""
    live = request.node.get_closest_marker("live_server") is not None
    async with serve_clean(settings, live=live) as running:
        yield running
        # Every scenario ends with stock that reconciles (`oms stock reconcile`), unless the
        # test breaks the books on purpose (marked `stock_drift`).
        if request.node.get_closest_marker("stock_drift") is None and not getattr(request.node, "test_failed", False):
            try:
                db.connection()
            except (KeyError, ConfigurationError):
                # A second app in this process (serve_in_process) closed the shared ORM on its
                # way out: this process has nothing left to check with.
                return
            await assert_stock_reconciles()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    # Remembered for the `server` fixture: a failed test is not also reported as drifting stock.
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if report.when == "call" and report.failed:
        item.test_failed = True  # type: ignore[attr-defined]


@pytest.fixture
async def admin_token(server: Server) -> str:
    return await make_token(Role.ADMIN)


@pytest.fixture
async def catalog(server: Server, admin_token: str) -> dict[str, Any]:
    """Two channels, two warehouses, three products with stock at east (`seed_catalog`: written
    by the services, the rows `create_catalog` makes through the API)."""
    return await seed_catalog(admin_token)


@pytest.fixture
def sql_counter() -> Iterator[SqlCounter]:
    """Counts the statements requests send (`SqlCounter`); clear `.statements` before the
    request to measure."""
    counter = SqlCounter()
    with counter.listening():
        yield counter
