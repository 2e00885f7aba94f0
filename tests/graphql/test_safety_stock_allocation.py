"""A channel that keeps safety stock out of what it sells (`respectSafetyStock`) also keeps it
out of what its orders reserve: in planning, in the atomic reserve statement, under
concurrency; and `allocationPreview` runs the very planner `orderCreate` runs."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from tortoise import connections

from models.catalog import Product
from models.inventory import MovementReason
from services.errors import DomainError
from services.stock import StockChange, apply_changes, lock_rows
from tests.fixtures.catalog import order_input, seed_catalog
from tests.fixtures.server import Server
from tests.fixtures.stock import (
    USER_ERRORS,
    call,
    create_order,
    level,
    make_channel,
    placed,
    receive,
    sourcing,
    stock_policy,
)

PREVIEW = (
    """
query($input: OrderCreateInput!) {
  allocationPreview(input: $input) {
    wouldReject
    rejection { field message code }
    plans { rank strategy allowSplit chosen complete reason
            picks { sku quantity warehouse { code } } unfilled { sku quantity } }
    %s
  }
}
"""
    % USER_ERRORS
)


@pytest.fixture
async def safe(server: Server, admin_token: str) -> None:
    """Channel `safe` (east only, keeps safety stock, backorders) and `strict` (the same,
    but rejects what it cannot ship); SKU-A: 52 on hand at east, safety stock 2."""
    await seed_catalog(admin_token, stock=0)
    await make_channel(server, admin_token, "safe", warehouses=["east"], respectSafetyStock=True)
    await make_channel(
        server, admin_token, "strict", warehouses=["east"], respectSafetyStock=True, backorderPolicy="REJECT"
    )
    await receive(server, admin_token, "SKU-A", "east", 52)
    await stock_policy(server, admin_token, "SKU-A", "east", safetyStock=2)


async def preview(server: Server, token: str, **overrides: Any) -> dict[str, Any]:
    return await call(server, token, PREVIEW, {"input": order_input(**overrides)}, "allocationPreview")


def picks_of(plan: dict[str, Any]) -> list[tuple[str, str, int]]:
    return sorted((p["sku"], p["warehouse"]["code"], p["quantity"]) for p in plan["picks"])


async def test_a_channel_keeping_safety_stock_reserves_only_what_it_shows_as_available(
    server: Server, admin_token: str, safe: None
) -> None:
    order = await placed(server, admin_token, "S-1", [("SKU-A", 52)], channel="safe")

    # 50 shown available, 50 sold; the 2 safety units stay on the shelf: 2 wait.
    assert order["status"] == "PARTIALLY_ALLOCATED"
    assert sourcing(order) == [("SKU-A", "east", 50)]
    assert order["lines"] == [{"sku": "SKU-A", "quantity": 52, "allocatedQuantity": 50, "backorderedQuantity": 2}]
    stock = await level(server, admin_token, "SKU-A", "east")
    assert stock is not None and (stock["reserved"], stock["available"]) == (50, 2)


async def test_a_channel_that_does_not_keep_safety_stock_still_sells_every_unit(
    server: Server, admin_token: str, safe: None
) -> None:
    order = await placed(server, admin_token, "W-1", [("SKU-A", 52)], channel="web")

    assert order["status"] == "ALLOCATED"
    assert sourcing(order) == [("SKU-A", "east", 52)]


async def test_a_rejecting_channel_refuses_an_order_that_needs_the_safety_units(
    server: Server, admin_token: str, safe: None
) -> None:
    payload = await create_order(server, admin_token, "R-1", [("SKU-A", 51)], channel="strict")

    assert payload == {
        "order": None,
        "userErrors": [
            {
                "field": ["lines", "0", "quantity"],
                "message": "Only 50 of 51 units of SKU-A can be shipped; this channel does not take backorders.",
                "code": "INSUFFICIENT_STOCK",
            }
        ],
    }
    stock = await level(server, admin_token, "SKU-A", "east")
    assert stock is not None and stock["reserved"] == 0


async def test_the_reserve_statement_itself_refuses_the_safety_units(
    server: Server, admin_token: str, safe: None
) -> None:
    """Planning read 52 available; meanwhile 1 unit was reserved. The conditional UPDATE
    re-checks against the row's own safety stock, so the stale plan cannot take it."""
    conn = connections.get("default")
    product = await Product.get(sku="SKU-A")
    rows = await lock_rows(conn, product_ids=[product.id], lock=False)
    (row,) = rows.values()
    await placed(server, admin_token, "S-2", [("SKU-A", 1)], channel="safe")
    stale = StockChange(row, MovementReason.RESERVE, reserved_delta=50, keep_safety_stock=True)

    with pytest.raises(DomainError) as refused:
        await apply_changes(conn, [stale], actor="test")

    assert [p.code.value for p in refused.value.problems] == ["INSUFFICIENT_STOCK"]
    stock = await level(server, admin_token, "SKU-A", "east")
    assert stock is not None and (stock["onHand"], stock["reserved"]) == (52, 1)


@pytest.mark.postgres
async def test_concurrent_orders_cannot_both_take_the_safety_units(
    server: Server, admin_token: str, safe: None
) -> None:
    """26 + 26 = 52 on hand, but only 50 are for sale: one of the two racing orders gets them."""
    results = await asyncio.gather(
        *(create_order(server, admin_token, f"C-{i}", [("SKU-A", 26)], channel="strict") for i in range(2))
    )

    outcomes = sorted(r["order"]["status"] if r["order"] else r["userErrors"][0]["code"] for r in results)
    assert outcomes == ["ALLOCATED", "INSUFFICIENT_STOCK"]
    stock = await level(server, admin_token, "SKU-A", "east")
    assert stock is not None and (stock["reserved"], stock["available"]) == (26, 26)


# --- allocationPreview: the same planner, the chosen plan first -----------------------------


async def test_the_preview_ranks_first_the_plan_order_create_then_applies(
    server: Server, admin_token: str, safe: None
) -> None:
    # PRIORITY + split on `web` (every warehouse, east first): east's 1 unit, then eu's 2.
    # A single shipment from eu would be fewer parcels, but it is not what the channel does.
    await receive(server, admin_token, "SKU-B", "east", 1)
    await receive(server, admin_token, "SKU-B", "eu", 5)
    lines = [{"sku": "SKU-B", "quantity": 3}]

    answer = await preview(server, admin_token, channel="web", lines=lines)
    order = await placed(server, admin_token, "P-1", [("SKU-B", 3)], channel="web")

    plans = answer["plans"]
    assert answer["userErrors"] == [] and answer["wouldReject"] is False and answer["rejection"] == []
    assert [p["chosen"] for p in plans] == [True] + [False] * (len(plans) - 1)
    assert (plans[0]["strategy"], plans[0]["allowSplit"]) == ("PRIORITY", True)
    assert picks_of(plans[0]) == sorted(sourcing(order)) == [("SKU-B", "east", 1), ("SKU-B", "eu", 2)]
    assert [("SKU-B", "eu", 3)] in [picks_of(p) for p in plans[1:]]  # the alternative is still shown


async def test_the_preview_keeps_the_channels_safety_stock_out(server: Server, admin_token: str, safe: None) -> None:
    answer = await preview(server, admin_token, channel="safe", lines=[{"sku": "SKU-A", "quantity": 52}])

    chosen = answer["plans"][0]
    assert chosen["chosen"] is True and answer["wouldReject"] is False
    assert picks_of(chosen) == [("SKU-A", "east", 50)]
    assert chosen["unfilled"] == [{"sku": "SKU-A", "quantity": 2}]
    # No plan sells the safety units: every alternative sees the same 50.
    assert all(sum(p["quantity"] for p in plan["picks"]) <= 50 for plan in answer["plans"])


async def test_the_preview_says_when_a_rejecting_channel_would_refuse_the_order(
    server: Server, admin_token: str, safe: None
) -> None:
    lines = [{"sku": "SKU-A", "quantity": 51}]

    answer = await preview(server, admin_token, channel="strict", lines=lines)
    refused = await create_order(server, admin_token, "R-2", [("SKU-A", 51)], channel="strict")

    assert answer["wouldReject"] is True
    assert answer["rejection"] == refused["userErrors"]
    assert answer["plans"][0]["chosen"] is True and answer["plans"][0]["complete"] is False
    fits = await preview(server, admin_token, channel="strict", lines=[{"sku": "SKU-A", "quantity": 50}])
    assert (fits["wouldReject"], fits["rejection"]) == (False, [])
