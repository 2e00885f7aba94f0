"""Write a new migration for both dialects: `make migration name=add_stock`.

aerich diffs the models against the last migration's MODELS_STATE and writes SQL for the
database it is connected to. We run it twice, on a scratch SQLite file and a scratch
PostgreSQL database (OMS_MIGRATION_PG_URL, default the local `test` server), each first
migrated to the current head, and combine both texts into one file whose `upgrade`
picks by dialect.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import asyncpg
from aerich import Command

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from services.db import APP, tortoise_config  # noqa: E402
from services.migrations import MIGRATIONS_DIR, migrate  # noqa: E402
from settings import Settings  # noqa: E402

TEMPLATE = '''"""{title}"""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {{
    "sqlite": """
{sqlite}
""",
    "postgres": """
{postgres}
""",
}}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    raise NotImplementedError("Restore from a backup to go back; migrations only move forward.")


{state}'''


def _diff(url: str, name: str) -> tuple[str, str, str]:
    # Each step in its own event loop: tortoise keeps its state in a contextvar, which
    # a closed context would otherwise leave behind for the next step.
    settings = Settings(database_url=url)
    asyncio.run(migrate(settings))
    return asyncio.run(_aerich_diff(settings, name))


async def _aerich_diff(settings: Settings, name: str) -> tuple[str, str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        location = Path(tmp) / "migrations"
        shutil.copytree(MIGRATIONS_DIR, location)
        command = Command(tortoise_config=tortoise_config(settings), app=APP, location=str(location))
        async with command:
            await command.init()
            version = await command.migrate(name, no_input=True)
        if not version:
            raise SystemExit("no changes detected")
        text = (location / APP / version).read_text()
    upgrade = re.search(r'async def upgrade\(db: BaseDBAsyncClient\) -> str:\n    return """\n(.*?)"""', text, re.S)
    assert upgrade is not None
    return version, upgrade.group(1).strip(), text[text.index("MODELS_STATE = (") :]


async def _admin(admin: str, statement: str) -> None:
    conn = await asyncpg.connect(admin.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute(statement)
    finally:
        await conn.close()


def _diff_in_subprocess(url: str, name: str) -> tuple[str, str, str]:
    # A process per dialect: tortoise caches per-model SQL across inits in one process.
    out = subprocess.run(
        [sys.executable, __file__, "--diff", url, name], check=True, capture_output=True, text=True
    ).stdout
    version, sql, state = json.loads(out.strip().splitlines()[-1])
    return version, sql, state


def main(name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        version, sqlite_sql, state = _diff_in_subprocess(f"sqlite://{tmp}/scratch.sqlite3", name)
    admin = os.environ.get("OMS_MIGRATION_PG_URL", "postgres://postgres@127.0.0.1:5432/test")
    scratch = f"oms_migration_{uuid.uuid4().hex[:8]}"
    asyncio.run(_admin(admin, f'CREATE DATABASE "{scratch}"'))
    try:
        _, pg_sql, _ = _diff_in_subprocess(admin.rpartition("/")[0] + "/" + scratch, name)
    finally:
        asyncio.run(_admin(admin, f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)'))
    target = MIGRATIONS_DIR / APP / version
    target.write_text(
        TEMPLATE.format(title=name.replace("_", " ").capitalize() + ".", sqlite=sqlite_sql, postgres=pg_sql, state=state)
    )
    print(target)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--diff"]:
        print(json.dumps(_diff(sys.argv[2], sys.argv[3])))
    else:
        main(sys.argv[1] if len(sys.argv) > 1 else "update")
