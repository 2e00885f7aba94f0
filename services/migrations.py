"""Applying the aerich migrations in `migrations/` (what `oms migrate` runs)."""

from __future__ import annotations

from aerich import Command

from services.db import APP, connection, tortoise_config
from settings import ROOT, Settings

MIGRATIONS_DIR = ROOT / "migrations"


async def migrate(settings: Settings) -> list[str]:
    """Apply every migration not yet applied; returns the names of those applied now."""
    if settings.database_dialect == "sqlite":
        from services.db import _ensure_sqlite_dir

        _ensure_sqlite_dir(settings.database_url)
    # No statement timeout: building an index on a large table may rightly take minutes.
    config = tortoise_config(settings, statement_timeout=False)
    command = Command(tortoise_config=config, app=APP, location=str(MIGRATIONS_DIR))
    async with command:
        await command.init()
        return await command.upgrade(run_in_transaction=True)


def migration_files() -> list[str]:
    """The migrations this code expects, in order (aerich's version names)."""
    files = [p.name for p in (MIGRATIONS_DIR / "models").glob("*.py") if p.name[0].isdigit()]
    return sorted(files, key=lambda name: int(name.split("_", 1)[0]))


async def pending_migrations() -> list[str]:
    """The migrations the database has not applied (all of them on an empty database).

    A server started before `oms migrate` (or ahead of a deploy's migrate step) would take
    requests and fail them on missing tables and columns: /readyz reports this instead.
    """
    conn = connection()
    try:
        rows = await conn.execute_query_dict("SELECT version FROM aerich WHERE app = 'models'")
    except Exception as exc:  # no aerich table: nothing was ever applied
        if "aerich" not in str(exc).lower():
            raise
        rows = []
    applied = {row["version"] for row in rows}
    return [name for name in migration_files() if name not in applied]
