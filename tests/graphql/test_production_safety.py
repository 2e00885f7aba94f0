"""What keeps a misconfigured or half-deployed server out of service: production refuses the
development defaults, and /readyz fails until every migration is applied."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app import UnsafeSettings, create_app
from services.migrations import migration_files
from settings import DEVELOPMENT_SECRET, Settings
from tests.fixtures.backends import SECRET
from tests.fixtures.server import serve_in_process


def test_production_refuses_the_development_secret_sqlite_and_memory_bus(tmp_path: Path) -> None:
    settings = Settings(env="production", database_url=f"sqlite://{tmp_path}/x.sqlite3", broadcast_url="memory://")

    with pytest.raises(UnsafeSettings) as refused:
        create_app(settings)

    message = str(refused.value)
    assert "OMS_SECRET_KEY is the development value" in message
    assert "OMS_DATABASE_URL is SQLite" in message
    assert "OMS_BROADCAST_URL is memory://" in message


def test_production_serves_with_its_own_secret_and_the_embedded_default_when_allowed(tmp_path: Path) -> None:
    url = f"sqlite://{tmp_path}/x.sqlite3"
    allowed = Settings(env="production", database_url=url, secret_key=SECRET, allow_embedded_in_production=True)
    still_dev_secret = allowed.model_copy(update={"secret_key": DEVELOPMENT_SECRET})

    assert create_app(allowed) is not None
    assert Settings(env="development", database_url=url).production_refusals() == []
    assert still_dev_secret.production_refusals() == [
        "OMS_SECRET_KEY is the development value: set your own "
        "(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')"
    ]


async def test_readyz_fails_until_every_migration_is_applied(tmp_path: Path, sqlite_template: Path) -> None:
    path = tmp_path / "fresh.sqlite3"
    settings = Settings(database_url=f"sqlite://{path}", secret_key=SECRET, log_level="CRITICAL")

    # Given a server started on a database nobody migrated
    async with serve_in_process(settings) as server:
        before = await server.http.get("/readyz")
    # When the deploy's migrate step has run (the suite's database migrated by `migrate`)
    shutil.copyfile(sqlite_template, path)
    async with serve_in_process(settings) as server:
        after = await server.http.get("/readyz")

    # Then it was not ready, and said why, until then
    assert before.status_code == 503
    first = migration_files()[0]
    assert before.json()["checks"]["migrations"] == (
        f"error: {len(migration_files())} pending, from {first}: run `oms migrate`"
    )
    assert after.status_code == 200
    assert after.json()["checks"]["migrations"] == "ok"


def test_migration_files_are_in_numeric_order() -> None:
    numbers = [int(name.split("_", 1)[0]) for name in migration_files()]

    assert numbers == list(range(len(numbers)))
