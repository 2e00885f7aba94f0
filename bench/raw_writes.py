"""The raw baseline's orderCreate (bench/raw_app.py, `oms bench --writes`): one asyncpg
transaction doing the writes Ordergraph's orderCreate does on PostgreSQL, as multi-row
statements, and no more: the customer upserted; the products read; the order inserted (its
channel and external ref unique, as ours); the stock reserved by one conditional UPDATE that
never oversells; then the lines, allocations, ledger rows, pick task and its lines, the
order's history and one outbox event. No validation, no permissions, no GraphQL, no ORM.
The channel and the warehouse are looked up once per process (Ordergraph reads them per
request: part of what the ratio measures)."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import asyncpg

_ids: dict[str, int] = {}


async def _id(conn: asyncpg.Connection, table: str, code: str) -> int:
    key = f"{table}:{code}"
    if key not in _ids:
        _ids[key] = await conn.fetchval(f'SELECT id FROM "{table}" WHERE code = $1', code)
    return _ids[key]


async def order_create(conn: asyncpg.Connection, variables: dict[str, Any]) -> dict[str, Any]:
    data = variables["input"]
    channel = await _id(conn, "channel", data["channel"])
    warehouse = await _id(conn, "warehouse", "bw")
    skus = [line["sku"] for line in data["lines"]]
    quantities = [int(line["quantity"]) for line in data["lines"]]
    async with conn.transaction():
        customer = await conn.fetchval(
            "INSERT INTO customer (email, name, created_at) VALUES ($1, NULL, now()) "
            "ON CONFLICT (email) DO UPDATE SET email = excluded.email RETURNING id",
            data["customer"]["email"],
        )
        products = {
            r["sku"]: r for r in await conn.fetch("SELECT id, sku, name, price FROM product WHERE sku = ANY($1)", skus)
        }
        if len(products) != len(set(skus)):
            return {"data": {"orderCreate": {"order": None, "userErrors": [{"code": "UNKNOWN_SKU"}]}}}
        subtotal = sum((products[s]["price"] * q for s, q in zip(skus, quantities, strict=True)), Decimal(0))
        order = await conn.fetchval(
            'INSERT INTO "order" (channel_id, external_ref, request_fingerprint, customer_id, status, currency, '
            "subtotal, total, ship_country, created_at, updated_at) "
            "VALUES ($1, $2, 'raw', $3, 'PENDING', 'USD', $4, $4, $5, now(), now()) "
            "ON CONFLICT (channel_id, external_ref) DO NOTHING RETURNING id",
            channel,
            data["externalRef"],
            customer,
            subtotal,
            data["shippingAddress"]["country"],
        )
        if order is None:
            return {"data": {"orderCreate": {"order": None, "userErrors": [{"code": "DUPLICATE"}]}}}
        product_ids = [products[s]["id"] for s in skus]
        reserved = await conn.fetch(
            "UPDATE stock_level s SET reserved = s.reserved + l.q, updated_at = now() "
            "FROM unnest($1::int[], $2::int[]) AS l(product_id, q) "
            "WHERE s.product_id = l.product_id AND s.warehouse_id = $3 AND s.on_hand - s.reserved >= l.q "
            "RETURNING s.id, s.product_id, l.q",
            product_ids,
            quantities,
            warehouse,
        )
        status = "ALLOCATED" if len(reserved) == len(skus) else "PARTIALLY_ALLOCATED" if reserved else "BACKORDERED"
        await conn.execute(
            'WITH o AS (UPDATE "order" SET status = $2 WHERE id = $1), '
            "l AS (INSERT INTO order_line (order_id, product_id, sku, name, quantity, unit_price, line_total) "
            "SELECT $1, p, s, n, q, u, u * q FROM unnest($3::int[], $4::text[], $5::text[], $6::int[], $7::numeric[]) "
            "AS x(p, s, n, q, u)), "
            "e AS (INSERT INTO order_event (order_id, kind, to_status, actor, created_at) "
            "VALUES ($1, 'CREATED', $2, 'raw', now())) "
            "INSERT INTO outbox_event (topic, aggregate_type, aggregate_id, payload, occurred_at, published) "
            "VALUES ('order.created', 'Order', $1, $8::jsonb, now(), false)",
            order,
            status,
            product_ids,
            skus,
            [products[s]["name"] for s in skus],
            quantities,
            [products[s]["price"] for s in skus],
            json.dumps({"orderId": order, "status": status}),
        )
        if reserved:
            await conn.execute(
                "WITH a AS (INSERT INTO allocation (order_id, product_id, warehouse_id, quantity, status, created_at) "
                "SELECT $1, p, $2, q, 'RESERVED', now() FROM unnest($3::int[], $4::int[]) AS x(p, q)), "
                "m AS (INSERT INTO stock_movement (product_id, warehouse_id, stock_level_id, reason, on_hand_delta, "
                "reserved_delta, actor, reference, created_at) "
                "SELECT p, $2, sl, 'RESERVE', 0, q, 'raw', $1::text, now() "
                "FROM unnest($3::int[], $4::int[], $5::int[]) AS x(p, q, sl)), "
                "t AS (INSERT INTO pick_task (order_id, warehouse_id, status, priority, created_at, updated_at) "
                "VALUES ($1, $2, 'OPEN', 0, now(), now()) RETURNING id) "
                "INSERT INTO pick_task_line (task_id, product_id, sku, quantity, picked_quantity, short_quantity) "
                "SELECT t.id, p, s, q, 0, 0 FROM t, unnest($3::int[], $4::int[], $6::text[]) AS x(p, q, s)",
                order,
                warehouse,
                [r["product_id"] for r in reserved],
                [r["q"] for r in reserved],
                [r["id"] for r in reserved],
                [next(s for s in skus if products[s]["id"] == r["product_id"]) for r in reserved],
            )
    return {"data": {"orderCreate": {"order": {"status": status}, "userErrors": []}}}
