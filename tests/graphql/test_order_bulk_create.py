"""`orderBulkCreate`: many orders through orderCreate's pipeline in one call, with REJECT_ALL
(nothing stored if any fails) or SKIP_FAILED (the rest stored), idempotent per order."""

from __future__ import annotations

from typing import Any

import pytest

from models.access import Role
from models.inventory import StockLevel
from models.orders import Order
from tests.fixtures.catalog import order_input, seed_catalog
from tests.fixtures.database import make_token
from tests.fixtures.server import Server

BULK = """
mutation($input: OrderBulkCreateInput!) {
  orderBulkCreate(input: $input) {
    created replayed failed
    results { index replayed order { externalRef status } userErrors { field code message } }
    userErrors { field code message }
  }
}
"""


@pytest.fixture
async def admin(server: Server) -> str:
    token = await make_token(Role.ADMIN)
    await seed_catalog(token, stock=10)
    return token


async def bulk(server: Server, token: str, orders: list[dict[str, Any]], policy: str | None = None) -> dict[str, Any]:
    variables: dict[str, Any] = {"input": {"orders": orders}}
    if policy:
        variables["input"]["errorPolicy"] = policy
    body = await server.gql(BULK, variables, token=token)
    assert "errors" not in body, body
    return body["data"]["orderBulkCreate"]  # type: ignore[no-any-return]


def orders(*refs: str, sku: str = "SKU-A") -> list[dict[str, Any]]:
    return [order_input(externalRef=ref, lines=[{"sku": sku, "quantity": 1}]) for ref in refs]


async def test_a_batch_is_stored_and_a_second_run_stores_nothing(server: Server, admin: str) -> None:
    first = await bulk(server, admin, orders("B-1", "B-2", "B-3"))
    again = await bulk(server, admin, orders("B-1", "B-2", "B-3"))

    assert (first["created"], first["replayed"], first["failed"], first["userErrors"]) == (3, 0, 0, [])
    assert [(r["index"], r["order"]["externalRef"], r["order"]["status"]) for r in first["results"]] == [
        (0, "B-1", "ALLOCATED"),
        (1, "B-2", "ALLOCATED"),
        (2, "B-3", "ALLOCATED"),
    ]
    assert (again["created"], again["replayed"], again["failed"]) == (0, 3, 0)
    assert await Order.all().count() == 3
    assert (await StockLevel.get(product__sku="SKU-A")).reserved == 3


async def test_reject_all_stores_nothing_when_one_order_fails(server: Server, admin: str) -> None:
    batch = orders("R-1", "R-2") + orders("R-3", sku="NOPE")

    answer = await bulk(server, admin, batch)

    assert (answer["created"], answer["failed"]) == (0, 1)
    assert [r["order"] for r in answer["results"]] == [None, None, None]
    assert [r["userErrors"] for r in answer["results"]] == [
        [],
        [],
        [{"field": ["lines", "0", "sku"], "code": "UNKNOWN_SKU", "message": "Unknown SKU 'NOPE'."}],
    ]
    assert answer["userErrors"] == [
        {"field": ["orders"], "code": "INVALID", "message": "1 order(s) failed; none was stored."}
    ]
    assert await Order.all().count() == 0
    assert (await StockLevel.get(product__sku="SKU-A")).reserved == 0


async def test_skip_failed_stores_the_others(server: Server, admin: str) -> None:
    batch = orders("S-1") + orders("S-2", sku="NOPE") + orders("S-3")

    answer = await bulk(server, admin, batch, "SKIP_FAILED")

    assert (answer["created"], answer["failed"], answer["userErrors"]) == (2, 1, [])
    assert [r["order"] and r["order"]["externalRef"] for r in answer["results"]] == ["S-1", None, "S-3"]
    assert [e["code"] for e in answer["results"][1]["userErrors"]] == ["UNKNOWN_SKU"]
    assert sorted(await Order.all().values_list("external_ref", flat=True)) == ["S-1", "S-3"]


async def test_input_outside_its_domain_refuses_the_call_naming_the_order(server: Server, admin: str) -> None:
    batch = orders("D-1", "D-2")
    batch[1]["lines"][0]["quantity"] = 2_000_000

    answer = await bulk(server, admin, batch, "SKIP_FAILED")

    assert [(e["field"], e["code"]) for e in answer["userErrors"]] == [
        (["orders", "1", "lines", "0", "quantity"], "INVALID_QUANTITY")
    ]
    assert answer["results"] == []
    assert await Order.all().count() == 0


async def test_a_channel_token_places_only_its_own_channels_orders(server: Server, admin: str) -> None:
    token = await make_token(Role.CHANNEL, "web")
    batch = [*orders("C-1"), order_input(channel="market", externalRef="C-2", lines=[{"sku": "SKU-A", "quantity": 1}])]

    answer = await bulk(server, token, batch, "SKIP_FAILED")

    assert [r["order"] and r["order"]["externalRef"] for r in answer["results"]] == ["C-1", None]
    assert [e["code"] for e in answer["results"][1]["userErrors"]] == ["UNKNOWN_CHANNEL"]


async def test_a_batch_repeating_its_own_reference_answers_as_orders_sent_one_by_one(
    server: Server, admin: str
) -> None:
    # given a batch sending again, and R-1 with another body (the set-based path
    # gives way to one order at a time for it)
    batch = orders("R-1", "R-1") + orders("R-1", sku="SKU-B")

    answer = await bulk(server, admin, batch, "SKIP_FAILED")

    # then the first is stored, the second is its replay, the third a conflict
    assert (answer["created"], answer["replayed"], answer["failed"]) == (1, 1, 1)
    assert [r["replayed"] for r in answer["results"]] == [False, True, False]
    assert [e["code"] for e in answer["results"][2]["userErrors"]] == ["IDEMPOTENCY_CONFLICT"]
    assert await Order.all().count() == 1
    assert (await StockLevel.get(product__sku="SKU-A")).reserved == 1
