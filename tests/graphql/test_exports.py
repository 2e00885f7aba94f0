"""`GET /export/{kind}.{format}`: the staff download of orders, stock and movements, streamed
(services/exports.py; the same rows `oms export` writes)."""

from __future__ import annotations

import csv
import json

import pytest

from models.access import Role
from models.orders import Order
from tests.fixtures.catalog import seed_catalog, seed_order
from tests.fixtures.database import make_token
from tests.fixtures.server import Server


@pytest.fixture
async def admin(server: Server) -> str:
    token = await make_token(Role.ADMIN)
    await seed_catalog(token)
    await seed_order(token, "X-1", [("SKU-A", 2)])
    await seed_order(token, "X-2", [("SKU-B", 1)])
    return token


async def test_staff_download_orders_as_csv(server: Server, admin: str) -> None:
    answer = await server.http.get("/export/orders.csv", headers={"Authorization": f"Bearer {admin}"})

    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/csv; charset=utf-8"
    assert answer.headers["content-disposition"] == 'attachment; filename="orders.csv"'
    rows = list(csv.DictReader(answer.text.splitlines()))
    numbers = [o.number for o in await Order.all().order_by("id")]
    assert [(r["number"], r["externalRef"], r["status"], r["total"]) for r in rows] == [
        (numbers[0], "X-1", "ALLOCATED", "20.00"),
        (numbers[1], "X-2", "ALLOCATED", "5.50"),
    ]


async def test_ops_download_stock_and_movements_as_json_lines(server: Server, admin: str) -> None:
    ops = await make_token(Role.OPS)

    stock = await server.http.get("/export/stock.jsonl", headers={"Authorization": f"Bearer {ops}"})
    movements = await server.http.get(
        "/export/movements.jsonl", params={"since": "2000-01-01T00:00:00Z"}, headers={"Authorization": f"Bearer {ops}"}
    )

    levels = [json.loads(line) for line in stock.text.splitlines()]
    assert {(lv["sku"], lv["warehouse"], lv["onHand"], lv["reserved"]) for lv in levels} == {
        ("SKU-A", "east", 100, 2),
        ("SKU-B", "east", 100, 1),
        ("SKU-C", "east", 100, 0),
    }
    assert [json.loads(line)["reason"] for line in movements.text.splitlines()] == ["RECEIPT"] * 3 + ["RESERVE"] * 2


@pytest.mark.parametrize(
    ("role", "path", "params", "status", "code"),
    [
        (None, "/export/orders.csv", {}, 401, "UNAUTHENTICATED"),
        (Role.WAREHOUSE, "/export/orders.csv", {}, 403, "FORBIDDEN"),
        (Role.CHANNEL, "/export/stock.csv", {}, 403, "FORBIDDEN"),
        (Role.ADMIN, "/export/customers.csv", {}, 404, "NOT_FOUND"),
        (Role.ADMIN, "/export/orders.xml", {}, 404, "NOT_FOUND"),
        (Role.ADMIN, "/export/orders.csv", {"since": "yesterday"}, 400, "BAD_REQUEST"),
    ],
)
async def test_refusals(
    server: Server, admin: str, role: Role | None, path: str, params: dict[str, str], status: int, code: str
) -> None:
    scope = {Role.WAREHOUSE: "east", Role.CHANNEL: "web"}.get(role) if role else None
    headers = {"Authorization": f"Bearer {await make_token(role, scope)}"} if role else {}

    answer = await server.http.get(path, params=params, headers=headers)

    assert answer.status_code == status
    assert answer.json()["errors"][0]["extensions"]["code"] == code
