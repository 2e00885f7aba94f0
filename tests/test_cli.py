"""The `oms` command run as a real subprocess against its own SQLite file.

These tests make their own database (a file under tmp_path), whatever OMS_TEST_* name:
the CLI is what an operator runs on a fresh machine, and SQLite is its default.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from services.migrations import migration_files
from settings import DEVELOPMENT_SECRET, Settings
from tests.fixtures.server import serve_in_process

ROOT = Path(__file__).resolve().parents[1]
OMS = Path(sys.executable).parent / "oms"
SECRET = "cli-test-secret-0123456789"


@dataclass(frozen=True)
class Result:
    code: int
    stdout: str
    stderr: str


@dataclass(frozen=True)
class Cli:
    """The `oms` script with a fixed environment (one SQLite file, one secret)."""

    database: Path

    @property
    def database_url(self) -> str:
        return f"sqlite://{self.database}"

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("OMS_")}
        env.update(
            OMS_DATABASE_URL=self.database_url,
            OMS_SECRET_KEY=SECRET,
            OMS_BROADCAST_URL="memory://",
            OMS_ENV="development",
            OMS_LOG_LEVEL="WARNING",
        )
        return env

    def __call__(self, *args: str) -> Result:
        done = subprocess.run(
            [str(OMS), *args], cwd=ROOT, env=self.env(), capture_output=True, text=True, timeout=120, check=False
        )
        return Result(done.returncode, done.stdout, done.stderr)

    def count(self, table: str) -> int:
        with sqlite3.connect(self.database) as conn:
            (value,) = conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()
        return int(value)

    def add_warehouse(self, code: str) -> None:
        """A warehouse row (no command creates one): token scopes must name existing things."""
        with sqlite3.connect(self.database) as conn:
            conn.execute(
                "INSERT INTO warehouse (code, name, country, priority, created_at) VALUES (?, ?, 'US', 100, ?)",
                (code, code.title(), "2026-01-01 00:00:00"),
            )


@pytest.fixture(scope="module")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database migrated by `oms migrate`, copied for each test that needs a migrated one."""
    path = tmp_path_factory.mktemp("oms-cli-template") / "oms.sqlite3"
    result = Cli(path)("migrate")
    assert result.code == 0, result
    return path


@pytest.fixture
def fresh(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "var" / "oms.sqlite3")


@pytest.fixture
def cli(tmp_path: Path, migrated_template: Path) -> Iterator[Cli]:
    path = tmp_path / "oms.sqlite3"
    shutil.copyfile(migrated_template, path)
    yield Cli(path)


def test_migrate_applies_the_initial_migration_once(fresh: Cli) -> None:
    assert not fresh.database.exists()

    first = fresh("migrate")
    second = fresh("migrate")

    names = migration_files()
    assert names[0].startswith("0_") and names[0].endswith("_init.py")
    assert (first.code, first.stdout) == (0, f"applied {len(names)} migration(s): {', '.join(names)}\n")
    assert (second.code, second.stdout) == (0, "applied 0 migration(s)\n")
    assert fresh.database.is_file()
    assert fresh.count("api_token") == 0


def test_seed_demo_creates_demo_data_once(cli: Cli) -> None:
    first = cli("seed", "--demo")
    counts = {t: cli.count(t) for t in ("order", "channel", "warehouse", "product", "supplier", "carrier")}
    second = cli("seed", "--demo")

    assert (first.code, first.stdout) == (0, "seeded demo data (5 new orders)\n")
    assert (second.code, second.stdout) == (0, "seeded demo data (0 new orders)\n")
    # 5 random orders and the demo world's 14 (tests/services/test_demo_world.py), its express
    # channel, five products and the drop-shipping supplier.
    assert counts == {"order": 19, "channel": 4, "warehouse": 3, "product": 10, "supplier": 2, "carrier": 1}
    assert {t: cli.count(t) for t in counts} == counts


def test_seed_orders_writes_history_and_demo_still_seeds(cli: Cli) -> None:
    demo = cli("seed", "--demo", "--orders", "2")
    after_demo = cli.count("order")  # the demo world's orders and the 2 random ones
    history = cli("seed", "--orders", "200", "--days", "14")  # on top of the demo's catalogue

    assert history.code == 0 and history.stdout.startswith("seeded 200 orders in ")
    assert (demo.code, demo.stdout) == (0, "seeded demo data (2 new orders)\n")
    assert cli.count("order") == after_demo + 200
    assert cli("stock", "reconcile").code == 0
    assert cli("analytics", "refresh").stdout == "recomputed 0 days\n"


def test_stock_reconcile_checks_the_ledger_and_the_orders_reservations(cli: Cli) -> None:
    assert cli("seed", "--demo").code == 0
    clean = cli("stock", "reconcile")
    with sqlite3.connect(cli.database) as conn:  # an order now claims one unit the stock level never reserved
        (level_id, reserved) = conn.execute(
            "SELECT s.id, s.reserved FROM stock_level s JOIN allocation a ON a.product_id = s.product_id "
            "AND a.warehouse_id = s.warehouse_id WHERE a.status = 'RESERVED' ORDER BY a.id LIMIT 1"
        ).fetchone()
        conn.execute(
            "UPDATE allocation SET quantity = quantity + 1 WHERE id = "
            "(SELECT MIN(id) FROM allocation WHERE status = 'RESERVED')"
        )
    broken = cli("stock", "reconcile")

    assert (clean.code, clean.stdout) == (0, "stock reconciles with the ledger and the orders' reservations\n")
    assert (broken.code, broken.stdout) == (
        1,
        f"stock level {level_id}: reserved {reserved} (orders hold {reserved + 1} reserved)\n",
    )


def test_seed_without_demo_says_what_to_pass(cli: Cli) -> None:
    result = cli("seed")

    assert (result.code, result.stdout) == (2, "")
    assert "--demo" in result.stderr
    assert cli.count("order") == 0


def test_token_create_prints_the_token_alone(cli: Cli) -> None:
    result = cli("token", "create", "--role", "ADMIN")

    assert result.code == 0, result
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and result.stdout == lines[0] + "\n"
    assert lines[0].startswith("oms_") and lines[0] == lines[0].strip() and len(lines[0]) > 20
    assert cli.count("api_token") == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--role", "WAREHOUSE"], "error: WAREHOUSE tokens need a scope.\n"),
        (["--role", "WAREHOUSE", "--customer", "a@b.co"], "error: WAREHOUSE takes --warehouse\n"),
        (["--role", "OPS", "--warehouse", "east"], "error: OPS takes no scope option\n"),
        (["--role", "WAREHOUSE", "--warehouse", "esat"], "error: Warehouse 'esat' not found.\n"),
    ],
    ids=["scoped-without-scope", "scoped-with-another-roles-option", "staff-with-a-scope", "unknown-warehouse"],
)
def test_token_create_rejects_a_missing_or_wrong_scope(cli: Cli, args: list[str], message: str) -> None:
    result = cli("token", "create", *args)

    assert (result.code, result.stdout, result.stderr) == (2, "", message)
    assert cli.count("api_token") == 0


def test_token_create_rejects_an_unknown_role(cli: Cli) -> None:
    result = cli("token", "create", "--role", "WIZARD")

    assert result.code != 0 and result.stdout == ""
    assert "--role" in result.stderr
    assert cli.count("api_token") == 0


async def test_printed_tokens_authenticate_against_a_server_with_the_same_settings(cli: Cli) -> None:
    admin = await asyncio.to_thread(cli, "token", "create", "--role", "ADMIN")
    customer = await asyncio.to_thread(cli, "token", "create", "--role", "CUSTOMER", "--customer", "A@B.co")
    assert admin.code == 0 and customer.code == 0, (admin, customer)
    settings = Settings(
        database_url=cli.database_url,
        broadcast_url="memory://",
        secret_key=SECRET,
        env="development",
        log_level="WARNING",
    )

    async with serve_in_process(settings) as server:
        as_admin = await server.gql("{ viewer { role scope } }", token=admin.stdout.strip())
        as_customer = await server.gql("{ viewer { role scope } }", token=customer.stdout.strip())
        unknown = await server.post("{ viewer { role scope } }", token=admin.stdout.strip() + "x")

    assert as_admin == {"data": {"viewer": {"role": "ADMIN", "scope": None}}}
    assert as_customer == {"data": {"viewer": {"role": "CUSTOMER", "scope": "a@b.co"}}}
    assert unknown.status_code == 401


async def test_a_token_is_bound_to_the_secret_key(cli: Cli) -> None:
    admin = await asyncio.to_thread(cli, "token", "create", "--role", "ADMIN")
    settings = Settings(
        database_url=cli.database_url,
        broadcast_url="memory://",
        secret_key="another-secret-0123456789",
        env="development",
        log_level="WARNING",
    )

    async with serve_in_process(settings) as server:
        response = await server.post("{ viewer { role } }", token=admin.stdout.strip())

    assert response.status_code == 401


def test_serve_refuses_production_with_the_development_defaults(fresh: Cli) -> None:
    env = {**fresh.env(), "OMS_ENV": "production", "OMS_SECRET_KEY": DEVELOPMENT_SECRET}

    done = subprocess.run(
        [str(OMS), "serve", "--port", "1"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False
    )

    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"error: {refusal}" for refusal in Settings(**_as_settings(env)).production_refusals()
    ]
    assert len(done.stderr.splitlines()) == 3  # the secret, SQLite, memory://


def _as_settings(env: dict[str, str]) -> dict[str, str]:
    return {k.removeprefix("OMS_").lower(): v for k, v in env.items() if k.startswith("OMS_")}


def test_version_prints_the_installed_version(fresh: Cli) -> None:
    from importlib.metadata import version

    assert fresh("--version") == Result(0, f"ordergraph {version('ordergraph')}\n", "")


def test_migrate_status_lists_pending_then_applied(fresh: Cli) -> None:
    names = migration_files()

    before = fresh("migrate", "--status")
    assert fresh("migrate").code == 0
    after = fresh("migrate", "--status")

    assert before.code == 1
    assert before.stdout == "".join(f"pending  {n}\n" for n in names)
    assert before.stderr == f"{len(names)} pending: run `oms migrate`\n"
    assert (after.code, after.stdout) == (0, "".join(f"applied  {n}\n" for n in names))


def test_token_list_and_revoke(cli: Cli) -> None:
    cli.add_warehouse("east")
    cli("token", "create", "--role", "ADMIN", "--name", "ops laptop")
    cli("token", "create", "--role", "WAREHOUSE", "--warehouse", "east", "--name", "scanner 1")

    revoked = cli("token", "revoke", "2")
    missing = cli("token", "revoke", "99")
    listed = cli("token", "list")

    assert (revoked.code, revoked.stdout) == (0, "revoked token 2 (WAREHOUSE east)\n")
    assert (missing.code, missing.stderr) == (2, "error: Token not found.\n")
    header, *rows = [line.split("\t") for line in listed.stdout.splitlines()]
    assert header == ["id", "role", "scope", "name", "prefix", "created", "expires", "state"]
    assert [(r[0], r[1], r[2], r[3], r[7]) for r in rows] == [
        ("1", "ADMIN", "-", "ops laptop", "active"),
        ("2", "WAREHOUSE", "east", "scanner 1", "revoked"),
    ]
    with sqlite3.connect(cli.database) as conn:
        assert conn.execute("SELECT revoked_at IS NOT NULL FROM api_token WHERE id = 2").fetchone() == (1,)


def test_forecast_refresh_fits_each_series_once_per_history(cli: Cli) -> None:
    cli("seed", "--demo", "--orders", "0")
    cli("seed", "--orders", "60", "--days", "14")  # demand on the days before today

    first = cli("forecast", "refresh")
    again = cli("forecast", "refresh")

    found = re.fullmatch(r"(\d+) series: \1 fitted, 0 already fresh, 0 fitted elsewhere, in .*\n", first.stdout)
    assert first.code == 0 and found, first.stdout
    series = int(found.group(1))
    assert series > 0 and cli.count("demand_forecast") == series
    assert again.stdout.startswith(f"{series} series: 0 fitted, {series} already fresh, 0 fitted elsewhere, in ")
