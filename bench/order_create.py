"""orderCreate throughput: the full service (validation, allocation, ledger, pick task,
history, outbox) against a raw-SQL baseline doing the bare inserts and the stock update,
on the same database in the same run. Usage: `oms bench [--orders N]`."""

from __future__ import annotations

import asyncio
import tempfile
import time
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from tortoise.transactions import in_transaction

from models.inventory import MovementReason
from services import catalog, db, inventory
from services.access import SYSTEM
from services.migrations import migrate
from services.order_drafts import AddressDraft, LineDraft, OrderDraft
from services.orders import place_order
from services.sql import sql
from services.wiring import wire
from settings import Settings

SKUS = ("B-1", "B-2", "B-3")


async def _setup() -> None:
    await catalog.create_channel(code="bench", name="Bench")
    await catalog.create_warehouse(code="bw", name="Bench WH", country="US")
    for sku in SKUS:
        await catalog.create_product(sku=sku, name=sku, price=Decimal("9.99"))
        await inventory.adjust_stock(SYSTEM, sku=sku, warehouse="bw", delta=1_000_000, reason=MovementReason.RECEIPT)


async def _service(n: int) -> float:
    start = time.perf_counter()
    for i in range(n):
        await place_order(
            SYSTEM,
            OrderDraft(
                channel="bench",
                external_ref=f"S-{i}",
                customer_email=f"c{i % 50}@example.com",
                customer_name=None,
                shipping_address=AddressDraft(country="US"),
                lines=[LineDraft(sku=s, quantity=1) for s in SKUS],
            ),
        )
    return time.perf_counter() - start


async def _raw(n: int) -> float:
    conn = db.connection()
    ids: dict[str, Any] = {}
    for sku in SKUS:
        rows = await conn.execute_query_dict(
            sql(
                conn,
                "SELECT p.id AS pid, s.id AS sid FROM product p JOIN stock_level s ON s.product_id = p.id WHERE p.sku = ?",
            ),
            [sku],
        )
        ids[sku] = rows[0]
    channel = (await conn.execute_query_dict("SELECT id FROM channel WHERE code = 'bench'"))[0]["id"]
    start = time.perf_counter()
    for i in range(n):
        now = datetime.now(UTC)
        async with in_transaction() as tx:
            customer = (
                await tx.execute_query_dict(
                    sql(
                        tx,
                        'INSERT INTO "customer" (email, name, created_at) VALUES (?, NULL, ?) '
                        "ON CONFLICT (email) DO UPDATE SET email = excluded.email RETURNING id",
                    ),
                    [f"raw{i % 50}@example.com", now],
                )
            )[0]["id"]
            order = (
                await tx.execute_query_dict(
                    sql(
                        tx,
                        'INSERT INTO "order" (channel_id, external_ref, request_fingerprint, customer_id, status, currency, '
                        "subtotal, total, ship_country, created_at, updated_at) VALUES (?, ?, 'x', ?, 'ALLOCATED', 'USD', ?, ?, 'US', ?, ?) RETURNING id",
                    ),
                    [channel, f"R-{i}", customer, Decimal("29.97"), Decimal("29.97"), now, now],
                )
            )[0]["id"]
            for sku in SKUS:
                await tx.execute_query(
                    sql(
                        tx,
                        "INSERT INTO order_line (order_id, product_id, sku, name, quantity, unit_price, line_total) VALUES (?, ?, ?, ?, 1, ?, ?)",
                    ),
                    [order, ids[sku]["pid"], sku, sku, Decimal("9.99"), Decimal("9.99")],
                )
                await tx.execute_query(
                    sql(tx, "UPDATE stock_level SET reserved = reserved + 1 WHERE id = ? AND on_hand - reserved >= 1"),
                    [ids[sku]["sid"]],
                )
    return time.perf_counter() - start


async def run(orders: int = 200, database_url: str | None = None) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(database_url=database_url or f"sqlite://{tmp}/bench.sqlite3")
        await migrate(settings)
        wire()
        await db.open_database(settings)
        try:
            await _setup()
            await _service(10)  # warm caches
            service = await _service(orders)
            raw = await _raw(orders)
        finally:
            await db.close_database()
    return {
        "orders": orders,
        "service_per_second": orders / service,
        "raw_sql_per_second": orders / raw,
        "service_ms_per_order": 1000 * service / orders,
        "raw_sql_ms_per_order": 1000 * raw / orders,
        "overhead_ratio": service / raw,
    }


if __name__ == "__main__":
    print(asyncio.run(run()))
