"""`oms import orders` throughput: single-line orders with stock, through the whole import
(file -> intake adapter -> orderBulkCreate on the API's schema -> place_order: validation,
allocation, ledger, pick task, history, outbox), against a raw-SQL baseline doing the bare
multi-row inserts and the stock update per batch, on the same database in the same run.
Usage: `oms bench --import [--orders N]` (OMS_BENCH_DATABASE_URL for PostgreSQL)."""

from __future__ import annotations

import asyncio
import json
import tempfile
import time
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from tortoise.transactions import in_transaction

from bench.order_create import _setup
from importer import BATCH_SIZE, Importer
from schema.root import build_schema
from services import db
from services.inventory import ledger_mismatches, reservation_mismatches
from services.migrations import migrate
from services.sql import sql
from services.throttle import Limits
from services.wiring import wire
from settings import Settings
from subscriptions.bus import EventBus


def _file(path: Path, n: int, prefix: str) -> Path:
    with path.open("w") as out:
        for i in range(n):
            order = {
                "externalRef": f"{prefix}-{i}",
                "customer": {"email": f"c{i % 500}@example.com"},
                "shippingAddress": {"country": "US"},
                "lines": [{"sku": "B-1", "quantity": 1}],
            }
            out.write(json.dumps(order) + "\n")
    return path


async def _import(settings: Settings, path: Path) -> float:
    importer = Importer(
        schema=build_schema(settings), settings=settings, bus=EventBus("memory://"), limits=Limits(settings)
    )
    start = time.perf_counter()
    summary = await importer.run(
        path,
        channel="bench",
        fmt="native-jsonl",
        report=path.with_suffix(".errors.csv"),
        state=path.with_suffix(".state"),
    )
    elapsed = time.perf_counter() - start
    assert summary.failed == 0 and summary.created == summary.total, summary
    return elapsed


async def _raw(n: int) -> float:
    conn = db.connection()
    found = await conn.execute_query_dict(
        sql(
            conn,
            "SELECT p.id AS pid, s.id AS sid FROM product p JOIN stock_level s ON s.product_id = p.id WHERE p.sku = ?",
        ),
        ["B-1"],
    )
    pid, sid = found[0]["pid"], found[0]["sid"]
    channel = (await conn.execute_query_dict("SELECT id FROM channel WHERE code = 'bench'"))[0]["id"]
    start = time.perf_counter()
    for begin in range(0, n, BATCH_SIZE):
        batch = range(begin, min(n, begin + BATCH_SIZE))
        now = datetime.now(UTC)
        async with in_transaction() as tx:
            emails = sorted({f"raw{i % 500}@example.com" for i in batch})
            customers = await tx.execute_query_dict(
                sql(
                    tx,
                    'INSERT INTO "customer" (email, name, created_at) VALUES '
                    + ", ".join("(?, NULL, ?)" for _ in emails)
                    + " ON CONFLICT (email) DO UPDATE SET email = excluded.email RETURNING id, email",
                ),
                [v for e in emails for v in (e, now)],
            )
            by_email = {row["email"]: row["id"] for row in customers}
            values: list[Any] = []
            for i in batch:
                values += [
                    channel,
                    f"R-{i}",
                    by_email[f"raw{i % 500}@example.com"],
                    Decimal("9.99"),
                    Decimal("9.99"),
                    now,
                    now,
                ]
            orders = await tx.execute_query_dict(
                sql(
                    tx,
                    'INSERT INTO "order" (channel_id, external_ref, request_fingerprint, customer_id, status, currency, '
                    "subtotal, total, ship_country, created_at, updated_at) VALUES "
                    + ", ".join("(?, ?, 'x', ?, 'ALLOCATED', 'USD', ?, ?, 'US', ?, ?)" for _ in batch)
                    + " RETURNING id",
                ),
                values,
            )
            lines: list[Any] = []
            for row in orders:
                lines += [row["id"], pid, "B-1", "B-1", Decimal("9.99"), Decimal("9.99")]
            await tx.execute_query(
                sql(
                    tx,
                    "INSERT INTO order_line (order_id, product_id, sku, name, quantity, unit_price, line_total) VALUES "
                    + ", ".join("(?, ?, ?, ?, 1, ?, ?)" for _ in orders),
                ),
                lines,
            )
            await tx.execute_query(
                sql(tx, "UPDATE stock_level SET reserved = reserved + ? WHERE id = ? AND on_hand - reserved >= ?"),
                [len(orders), sid, len(orders)],
            )
    return time.perf_counter() - start


async def run(orders: int = 2000, database_url: str | None = None) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(database_url=database_url or f"sqlite://{tmp}/bench.sqlite3")
        await migrate(settings)
        wire()
        await db.open_database(settings)
        try:
            await _setup()
            await _import(settings, _file(Path(tmp) / "warm.jsonl", 50, "W"))  # warm caches
            imported = await _import(settings, _file(Path(tmp) / "orders.jsonl", orders, "I"))
            # What `oms stock reconcile` checks, before the raw side (which writes no ledger).
            assert await ledger_mismatches() == [] and await reservation_mismatches() == []
            raw = await _raw(orders)
        finally:
            await db.close_database()
    return {
        "orders": orders,
        "import_per_second": orders / imported,
        "raw_sql_per_second": orders / raw,
        "overhead_ratio": imported / raw,
    }


if __name__ == "__main__":
    print(asyncio.run(run()))
