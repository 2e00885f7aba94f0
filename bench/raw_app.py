"""The raw baseline of `oms bench --http`: a minimal starlette + asyncpg endpoint that answers
the benchmark documents (bench/queries.py; orderCreate: bench/raw_writes.py) with byte-for-byte the JSON Ordergraph gives
for the same rows (the bench asserts it before measuring). No GraphQL, no ORM, no auth.

`extensions.cost` is restated from the bench's cost settings (RAW_COST_BUCKET/RAW_COST_RATE),
for an idle bucket: that is what Ordergraph answers to one request at a time with the
bench's (unlimited) budget. Run: `uvicorn bench.raw_app:app` with RAW_DSN set; with
RAW_COUNT_SQL=1, GET /_sql tells how many statements it sent (asyncpg's query logger).
"""

from __future__ import annotations

import base64
import json
import os
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bench.queries import ORDER, ORDER_CREATE, ORDERS, global_id
from bench.raw_writes import order_create

BUCKET = float(os.environ.get("RAW_COST_BUCKET", "1e9"))
RATE = float(os.environ.get("RAW_COST_RATE", "1e9"))
PAGE = 50
# Costs as schema/cost.py counts them for these two documents.
ORDER_COST = 4  # asked: order 1 + lines (1 + unitPrice 1) + customer 1
# Answered: a list without paging is paid per item it returned (lines: 1 + unitPrice 1 each).
ORDER_LINE_COST = 2
ORDERS_NODE_COST = 8  # edges 1 + node 1 + total 1 + customer 1 + lines 2 + allocations 2
pool: asyncpg.Pool | None = None
statements = 0


def _count(record: Any) -> None:
    global statements
    # Not the pool's own reset when a connection goes back (Ordergraph's pool has it too).
    if not record.query.startswith("SELECT pg_advisory_unlock_all()"):
        statements += 1


async def _init(conn: asyncpg.Connection) -> None:
    if os.environ.get("RAW_COUNT_SQL"):
        conn.add_query_logger(_count)


@asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    global pool
    pool = await asyncpg.create_pool(os.environ["RAW_DSN"], min_size=1, max_size=10, init=_init)
    try:
        yield
    finally:
        await pool.close()


def _cost(requested: int, actual: int) -> dict[str, Any]:
    return {
        "requestedQueryCost": requested,
        "actualQueryCost": actual,
        # The bench's bucket refills at once between requests; on Redis what the answer owes
        # past its ask (or gives back) is settled after the spend without a refill between
        # (services/throttle.py RedisBuckets.settle): what is left is the bucket less the actual cost.
        "throttleStatus": {
            "maximumAvailable": BUCKET,
            "currentlyAvailable": BUCKET - actual,
            "restoreRate": RATE,
        },
    }


def _money(amount: Any, currency: str) -> dict[str, Any]:
    return {"amount": str(amount), "currency": currency}


def _line(row: asyncpg.Record, currency: str) -> dict[str, Any]:
    return {
        "id": global_id("OrderLine", row["id"]),
        "sku": row["sku"],
        "quantity": row["quantity"],
        "unitPrice": _money(row["unit_price"], currency),
    }


async def _order(conn: asyncpg.Connection, variables: dict[str, Any]) -> dict[str, Any]:
    raw = str(variables.get("id", ""))
    try:
        kind, _, pk = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)).decode().partition(":")
        order_id = int(pk) if kind == "Order" else None
    except ValueError:
        order_id = None
    row = None
    if order_id is not None:
        row = await conn.fetchrow(
            'SELECT o.id, o.status, o.currency, c.email FROM "order" o JOIN customer c ON c.id = o.customer_id '
            "WHERE o.id = $1",
            order_id,
        )
    if row is None:
        return {"data": {"order": None}, "extensions": {"cost": _cost(ORDER_COST, 0)}}
    lines = await conn.fetch(
        "SELECT id, sku, quantity, unit_price FROM order_line WHERE order_id = $1 ORDER BY id", order_id
    )
    order = {
        "id": global_id("Order", row["id"]),
        "number": f"OG-{row['id']:06d}",
        "status": row["status"],
        "lines": [_line(ln, row["currency"]) for ln in lines],
        "customer": {"email": row["email"]},
    }
    actual = ORDER_COST - ORDER_LINE_COST + ORDER_LINE_COST * len(lines)
    return {"data": {"order": order}, "extensions": {"cost": _cost(ORDER_COST, actual)}}


async def _orders(conn: asyncpg.Connection) -> dict[str, Any]:
    orders = await conn.fetch(
        'SELECT o.id, o.status, o.currency, o.total, c.email FROM "order" o JOIN customer c ON c.id = o.customer_id '
        "ORDER BY o.id DESC LIMIT $1",
        PAGE,
    )
    ids = [o["id"] for o in orders]
    lines: dict[int, list[asyncpg.Record]] = defaultdict(list)
    for ln in await conn.fetch(
        "SELECT id, order_id, product_id, sku, quantity, unit_price FROM order_line WHERE order_id = ANY($1) ORDER BY id",
        ids,
    ):
        lines[ln["order_id"]].append(ln)
    allocations: dict[int, list[asyncpg.Record]] = defaultdict(list)
    for a in await conn.fetch(
        "SELECT a.id, a.order_id, a.product_id, a.quantity, a.status, w.code FROM allocation a "
        "LEFT JOIN warehouse w ON w.id = a.warehouse_id WHERE a.order_id = ANY($1) ORDER BY a.id",
        ids,
    ):
        allocations[a["order_id"]].append(a)
    edges = []
    for o in orders:
        skus = {ln["product_id"]: ln["sku"] for ln in lines[o["id"]]}
        node = {
            "id": global_id("Order", o["id"]),
            "number": f"OG-{o['id']:06d}",
            "status": o["status"],
            "total": _money(o["total"], o["currency"]),
            "customer": {"email": o["email"]},
            "lines": [_line(ln, o["currency"]) for ln in lines[o["id"]]],
            "allocations": [
                {
                    "id": global_id("Allocation", a["id"]),
                    "sku": skus.get(a["product_id"], ""),
                    "quantity": a["quantity"],
                    "status": a["status"],
                    "warehouse": None if a["code"] is None else {"code": a["code"]},
                }
                for a in allocations[o["id"]]
            ],
        }
        edges.append({"node": node})
    requested = 1 + PAGE * ORDERS_NODE_COST
    # schema/cost.py's actual cost: each item of a list without paging costs one object, and
    # the page costs as many of its dearest edge as it returned, the first edge that costs at
    # least what one edge was asked at (7) standing for the dearest.
    dearest = 0
    for edge in edges:
        node = edge["node"]
        dearest = max(dearest, 3 + 2 * len(node["lines"]) + 2 * len(node["allocations"]))
        if dearest >= ORDERS_NODE_COST - 1:
            break
    actual = 1 + len(edges) * (1 + dearest)
    return {"data": {"orders": {"edges": edges}}, "extensions": {"cost": _cost(requested, actual)}}


async def graphql(request: Request) -> Response:
    body = await request.json()
    assert pool is not None
    async with pool.acquire() as conn:
        if body.get("query") == ORDER:
            result = await _order(conn, body.get("variables") or {})
        elif body.get("query") == ORDERS:
            result = await _orders(conn)
        elif body.get("query") == ORDER_CREATE:
            result = await order_create(conn, body.get("variables") or {})
        else:
            return JSONResponse({"errors": [{"message": "raw_app answers the bench documents only"}]}, 400)
    return Response(json.dumps(result, separators=(",", ":")), media_type="application/json")


async def healthz(request: Request) -> Response:
    return JSONResponse({"status": "ok"})


async def sql_count(request: Request) -> Response:
    return JSONResponse({"statements": statements})


app = Starlette(
    routes=[Route("/graphql", graphql, methods=["POST"]), Route("/healthz", healthz), Route("/_sql", sql_count)],
    lifespan=lifespan,
)
