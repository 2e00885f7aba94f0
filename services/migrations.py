"""Applying the aerich migrations in `migrations/` (what `oms migrate` runs)."""

from __future__ import annotations

from aerich import Command

from services.db import APP, tortoise_config
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
