"""Demand forecasts and forecast-driven replenishment over the API: the history read from the
database, the forecast and its errors, the reorder point's parts, supplier choice, and the
supplier's MOQ and pack size on every purchase order."""

from __future__ import annotations

import math
from datetime import UTC, datetime, time, timedelta
from statistics import NormalDist
from typing import Any

import pytest

from models.access import Role
from models.catalog import Product, Warehouse
from models.inventory import Allocation, AllocationStatus
from tests.fixtures.catalog import seed_catalog, seed_order, seed_suppliers
from tests.fixtures.database import make_token
from tests.fixtures.server import Server
from tests.fixtures.stock import USER_ERRORS, call, ok, placed, receive, stock_policy

WEEK = [10.0, 12.0, 14.0, 16.0, 18.0, 30.0, 40.0]

FORECAST = """
query($sku: String!, $w: String!, $h: Int!, $level: Float) {
  demandForecast(sku: $sku, warehouse: $w, horizonDays: $h, intervalLevel: $level) {
    sku warehouse method historyDays historyUnits intervalLevel dailyError totalUnits
    days { date units lower upper }
    backtest { holdoutDays mase mape rmse }
  }
}
"""

SUGGESTIONS = """
query($w: String, $level: Float) {
  replenishmentSuggestions(warehouse: $w, serviceLevel: $level) {
    stockLevel { product { sku } warehouse { code } }
    supplier { code } quantity suggestedQuantity available onHand reserved backordered incoming outgoing
    leadTimeDays forecastMethod forecastDemandOverLeadTime safetyStock serviceLevel reorderPoint
    supplierReason explanation reason
  }
}
"""

OFFER = (
    """
mutation($i: SupplierProductSetInput!) {
  supplierProductSet(input: $i) { supplierProduct { minimumOrderQuantity packSize } %s }
}
"""
    % USER_ERRORS
)

PO_CREATE = (
    """
mutation($i: PurchaseOrderCreateInput!) {
  purchaseOrderCreate(input: $i) { purchaseOrder { number lines { sku quantity } } %s }
}
"""
    % USER_ERRORS
)


@pytest.fixture
async def bare(server: Server, admin_token: str) -> dict[str, Any]:
    """Warehouses east and eu, SKU-A/B/C with no stock, suppliers acme (3 days) and globex (10)."""
    created = await seed_catalog(admin_token, stock=0)
    await seed_suppliers(admin_token)
    return created


async def demand_history(
    token: str,
    sku: str,
    warehouse: str,
    series: list[float],
    *,
    status: AllocationStatus = AllocationStatus.SHIPPED,
) -> None:
    """Units allocated from `warehouse` on each of the len(series) days before today (the last
    entry is yesterday), as allocations of one order made on those days."""
    order = await seed_order(token, f"HIST-{sku}-{warehouse}-{status.value}", [("SKU-C", 1)])
    product = await Product.get(sku=sku)
    found = await Warehouse.get(code=warehouse)
    today = datetime.now(UTC).date()
    for index, units in enumerate(series):
        if not units:
            continue
        day = today - timedelta(days=len(series) - index)
        row = await Allocation.create(
            order_id=order.id, warehouse_id=found.id, product_id=product.id, quantity=int(units), status=status
        )
        # Made on that day, at noon UTC (created_at is set to now on insert).
        await Allocation.filter(id=row.id).update(created_at=datetime.combine(day, time(12), tzinfo=UTC))


async def forecast(server: Server, token: str, sku: str, warehouse: str, horizon: int, **extra: Any) -> dict[str, Any]:
    return await call(server, token, FORECAST, {"sku": sku, "w": warehouse, "h": horizon, **extra}, "demandForecast")


async def suggestions(server: Server, token: str, **variables: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = await call(server, token, SUGGESTIONS, variables, "replenishmentSuggestions")
    return found


async def offer(server: Server, token: str, supplier: str, sku: str, cost: str, **extra: Any) -> dict[str, Any]:
    return await call(
        server, token, OFFER, {"i": {"supplier": supplier, "sku": sku, "cost": cost, **extra}}, "supplierProductSet"
    )


# --- demandForecast -------------------------------------------------------------------------


async def test_the_forecast_reads_daily_demand_from_allocations_and_reproduces_a_weekly_pattern(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await demand_history(admin_token, "SKU-A", "east", WEEK * 8)  # yesterday was the pattern's last day
    # Not demand at east: released units, units from eu, and today's (not a full day yet).
    await demand_history(admin_token, "SKU-A", "east", [500.0] * 3, status=AllocationStatus.RELEASED)
    await demand_history(admin_token, "SKU-A", "eu", [70.0] * 10)
    await receive(server, admin_token, "SKU-A", "east", 1)
    await placed(server, admin_token, "TODAY", [("SKU-A", 1)])  # allocated from east today

    result = await forecast(server, admin_token, "SKU-A", "east", 14)

    today = datetime.now(UTC).date()
    assert (result["sku"], result["warehouse"], result["method"]) == ("SKU-A", "east", "SEASONAL")
    assert (result["historyDays"], result["historyUnits"]) == (182, sum(WEEK) * 8)
    assert [d["date"] for d in result["days"]] == [(today + timedelta(days=i)).isoformat() for i in range(14)]
    assert [d["units"] for d in result["days"]] == pytest.approx(WEEK * 2, abs=1e-6)
    assert result["totalUnits"] == pytest.approx(sum(WEEK) * 2, abs=1e-5)
    assert all(d["lower"] <= d["units"] <= d["upper"] for d in result["days"])
    backtest = result["backtest"]
    assert backtest["holdoutDays"] == 14
    assert (backtest["mase"], backtest["mape"], backtest["rmse"]) == pytest.approx((0, 0, 0), abs=1e-6)


async def test_a_slow_mover_is_forecast_with_croston_and_its_errors(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await demand_history(admin_token, "SKU-B", "east", [6.0, 0.0, 0.0] * 20)

    result = await forecast(server, admin_token, "SKU-B", "east", 7, level=0.9)

    assert result["method"] == "CROSTON"
    assert [d["units"] for d in result["days"]] == pytest.approx([2.0] * 7)
    assert [d["lower"] for d in result["days"]] == [0.0] * 7
    assert result["intervalLevel"] == 0.9
    assert result["backtest"]["mape"] == pytest.approx(400 / 6)
    assert result["backtest"]["mase"] > 0
    assert result["dailyError"] == pytest.approx(result["backtest"]["rmse"])


async def test_no_history_forecasts_zero_without_a_backtest(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    result = await forecast(server, admin_token, "SKU-A", "eu", 3)

    assert (result["method"], result["historyUnits"], result["totalUnits"], result["backtest"]) == (
        "NO_DEMAND",
        0,
        0,
        None,
    )


@pytest.mark.parametrize(
    ("variables", "code"),
    [
        ({"h": 0}, "INVALID"),
        ({"h": 366}, "INVALID"),
        ({"h": 2**31}, None),  # not an Int: GraphQL refuses it before any resolver
        ({"level": 1.0}, "INVALID"),
        ({"level": 0.1}, "INVALID"),
        ({"sku": "NOPE-1"}, "UNKNOWN_SKU"),
        ({"sku": "x" * 65}, "INVALID"),
        ({"w": "nowhere"}, "NOT_FOUND"),
    ],
)
async def test_bad_arguments_are_refused_with_a_code(
    server: Server, admin_token: str, bare: dict[str, Any], variables: dict[str, Any], code: str | None
) -> None:
    body = await server.gql(FORECAST, {"sku": "SKU-A", "w": "east", "h": 7, **variables}, token=admin_token)

    assert body.get("data") is None or body["data"]["demandForecast"] is None
    assert len(body["errors"]) == 1
    if code is not None:
        assert body["errors"][0]["extensions"]["code"] == code


async def test_a_warehouse_token_forecasts_its_own_warehouse_only(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    east = await make_token(Role.WAREHOUSE, "east")

    own = await server.gql(FORECAST, {"sku": "SKU-A", "w": "east", "h": 2}, token=east)
    other = await server.gql(FORECAST, {"sku": "SKU-A", "w": "eu", "h": 2}, token=east)

    assert own["data"]["demandForecast"]["warehouse"] == "east"
    assert [e["extensions"]["code"] for e in other["errors"]] == ["NOT_FOUND"]


# --- forecast-driven replenishment ----------------------------------------------------------


async def _slow_mover(server: Server, token: str, on_hand: int) -> None:
    """SKU-A at east: 6 units every third day (2 a day), `on_hand` units; acme 4.00 in 3 days
    (MOQ 5, packs of 6), globex 3.00 in 10 days."""
    await demand_history(token, "SKU-A", "east", [6.0, 0.0, 0.0] * 20)
    if on_hand:
        await receive(server, token, "SKU-A", "east", on_hand)
    await offer(server, token, "acme", "SKU-A", "4.00", minimumOrderQuantity=5, packSize=6)
    await offer(server, token, "globex", "SKU-A", "3.00")


async def test_the_reorder_point_is_forecast_over_the_lead_time_plus_safety_stock(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await _slow_mover(server, admin_token, on_hand=10)  # lasts 5 days: globex (10) is too slow
    # The forecast horizon is the longest lead time on offer: the same backtest as this one.
    error = (await forecast(server, admin_token, "SKU-A", "east", 10))["dailyError"]

    [found] = await suggestions(server, admin_token, w="east")
    relaxed = await suggestions(server, admin_token, w="east", level=0.5)

    safety = math.ceil(NormalDist().inv_cdf(0.95) * error * math.sqrt(3))
    assert safety > 0
    assert {k: found[k] for k in ("onHand", "reserved", "backordered", "incoming", "leadTimeDays")} == {
        "onHand": 10,
        "reserved": 0,
        "backordered": 0,
        "incoming": 0,
        "leadTimeDays": 3,
    }
    assert found["supplier"] == {"code": "acme"}
    assert found["forecastMethod"] == "CROSTON"
    assert found["forecastDemandOverLeadTime"] == pytest.approx(6.0)
    assert (found["safetyStock"], found["serviceLevel"], found["reorderPoint"]) == (safety, 0.95, 6 + safety)
    wanted = 6 + safety - 10
    assert found["suggestedQuantity"] == found["quantity"] == max(6, -(-wanted // 6) * 6)  # MOQ 5, packs of 6
    assert "cheapest offer (4.00 USD) arriving within the 5.0 days" in found["supplierReason"]
    assert found["explanation"] == found["reason"]
    assert f"safety stock {safety} for a 95% service level" in found["explanation"]
    assert relaxed == []  # at 50% no safety stock: 10 on hand cover the 6 the lead time needs


async def test_the_cheaper_slower_supplier_is_chosen_when_stock_lasts_beyond_its_lead_time(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await _slow_mover(server, admin_token, on_hand=25)  # lasts 12.5 days

    [found] = await suggestions(server, admin_token)

    assert (found["supplier"], found["leadTimeDays"]) == ({"code": "globex"}, 10)
    assert found["forecastDemandOverLeadTime"] == pytest.approx(20.0)
    assert found["reorderPoint"] == 20 + found["safetyStock"] >= 25


async def test_the_fastest_supplier_is_chosen_when_none_arrives_before_the_stock_runs_out(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await _slow_mover(server, admin_token, on_hand=1)  # half a day
    await offer(server, admin_token, "acme", "SKU-A", "9.00", minimumOrderQuantity=5, packSize=6)

    [found] = await suggestions(server, admin_token)

    assert found["supplier"] == {"code": "acme"}
    assert found["supplierReason"].startswith("fastest offer (3 days, 9.00 USD): none arrives within the 0.5 days")
    assert found["suggestedQuantity"] % 6 == 0


async def test_backorders_and_open_purchase_orders_count_in_the_position(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await stock_policy(server, admin_token, "SKU-B", "east", reorderPoint=0, reorderQuantity=10)
    await stock_policy(server, admin_token, "SKU-B", "eu", reorderPoint=0, reorderQuantity=10)
    await placed(server, admin_token, "BO-1", [("SKU-B", 3)])  # nothing in stock: 3 backordered

    before = await suggestions(server, admin_token)
    await ok(
        server,
        admin_token,
        PO_CREATE,
        {"i": {"supplier": "acme", "warehouse": "east", "lines": [{"sku": "SKU-B", "quantity": 2}]}},
        "purchaseOrderCreate",
    )

    view = [
        (s["stockLevel"]["warehouse"]["code"], s["backordered"], s["incoming"], s["suggestedQuantity"]) for s in before
    ]
    # Counted once, at the product's first warehouse; eu's position (0) is at its reorder point (0).
    assert view == [("east", 3, 0, 10), ("eu", 0, 0, 10)]
    assert "backordered 3" in before[0]["explanation"]
    assert "no supplier offers this product" in before[0]["explanation"]


TRANSFER_CREATE = (
    """
mutation($i: StockTransferCreateInput!) { stockTransferCreate(input: $i) { stockTransfer { id } %s } }
"""
    % USER_ERRORS
)
TRANSFER_DISPATCH = (
    """
mutation($i: StockTransferIdInput!) { stockTransferDispatch(input: $i) { stockTransfer { status } %s } }
"""
    % USER_ERRORS
)


async def test_transfers_count_out_of_the_source_while_drafted_and_into_the_destination_in_transit(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await receive(server, admin_token, "SKU-A", "east", 10)
    for warehouse in ("east", "eu"):
        await stock_policy(server, admin_token, "SKU-A", warehouse, reorderPoint=5, reorderQuantity=10)
    lines = {"source": "east", "destination": "eu", "lines": [{"sku": "SKU-A", "quantity": 6}]}
    draft = await ok(server, admin_token, TRANSFER_CREATE, {"i": lines}, "stockTransferCreate")

    drafted = await suggestions(server, admin_token)
    await ok(
        server,
        admin_token,
        TRANSFER_DISPATCH,
        {"i": {"id": draft["stockTransfer"]["id"]}},
        "stockTransferDispatch",
    )
    dispatched = await suggestions(server, admin_token)

    def view(found: list[dict[str, Any]]) -> list[tuple[str, int, int, int]]:
        return [(s["stockLevel"]["warehouse"]["code"], s["onHand"], s["outgoing"], s["incoming"]) for s in found]

    # Drafted: east's 10 less the 6 promised away is 4, below 5; eu has 0 and nothing coming.
    assert view(drafted) == [("east", 10, 6, 0), ("eu", 0, 0, 0)]
    assert "transfers out 6" in drafted[0]["explanation"]
    # Dispatched: east has 4 on hand (still below 5); eu has 6 in transit, above 5.
    assert view(dispatched) == [("east", 4, 0, 0)]


# --- MOQ and pack size on every purchase order ----------------------------------------------


async def test_purchase_order_lines_honour_the_suppliers_minimum_and_pack_size(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    terms = await offer(server, admin_token, "acme", "SKU-A", "2.00", minimumOrderQuantity=10, packSize=6)

    async def create(quantity: int) -> dict[str, Any]:
        return await call(
            server,
            admin_token,
            PO_CREATE,
            {"i": {"supplier": "acme", "warehouse": "east", "lines": [{"sku": "SKU-A", "quantity": quantity}]}},
            "purchaseOrderCreate",
        )

    small, loose, both, right = await create(6), await create(13), await create(7), await create(12)
    # globex has no terms for SKU-A: nothing to honour.
    other = await call(
        server,
        admin_token,
        PO_CREATE,
        {"i": {"supplier": "globex", "warehouse": "east", "lines": [{"sku": "SKU-A", "quantity": 7}]}},
        "purchaseOrderCreate",
    )

    assert terms == {"supplierProduct": {"minimumOrderQuantity": 10, "packSize": 6}, "userErrors": []}
    field = ["lines", "0", "quantity"]
    assert small == {
        "purchaseOrder": None,
        "userErrors": [
            {
                "field": field,
                "message": "SKU-A: acme takes orders of at least 10 units.",
                "code": "BELOW_MINIMUM_ORDER_QUANTITY",
            }
        ],
    }
    assert loose["userErrors"] == [
        {"field": field, "message": "SKU-A: acme ships packs of 6; order 18 or 12.", "code": "NOT_A_PACK_MULTIPLE"}
    ]
    assert [e["code"] for e in both["userErrors"]] == ["BELOW_MINIMUM_ORDER_QUANTITY", "NOT_A_PACK_MULTIPLE"]
    assert (right["userErrors"], right["purchaseOrder"]["lines"]) == ([], [{"sku": "SKU-A", "quantity": 12}])
    assert (other["userErrors"], other["purchaseOrder"]["lines"]) == ([], [{"sku": "SKU-A", "quantity": 7}])


@pytest.mark.parametrize("pack", [0, -6, 1_000_001, 2**31 - 1])
async def test_a_pack_size_outside_one_to_a_million_is_refused(
    server: Server, admin_token: str, bare: dict[str, Any], pack: int
) -> None:
    payload = await offer(server, admin_token, "acme", "SKU-A", "2.00", packSize=pack)

    assert payload["supplierProduct"] is None
    assert [(e["field"], e["code"]) for e in payload["userErrors"]] == [(["packSize"], "INVALID_QUANTITY")]


async def test_an_automatic_reorder_is_rounded_up_to_whole_packs(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await receive(server, admin_token, "SKU-A", "east", 12)
    await offer(server, admin_token, "acme", "SKU-A", "4.00", minimumOrderQuantity=1, packSize=8)
    await stock_policy(server, admin_token, "SKU-A", "east", autoReorder=True, safetyStock=5, reorderQuantity=10)

    await placed(server, admin_token, "AR-1", [("SKU-A", 7)])  # available 12 -> 5: crosses

    drafts = await call(
        server,
        admin_token,
        "{ purchaseOrders(first: 5) { edges { node { lines { sku quantity } } } } }",
        {},
        "purchaseOrders",
    )
    assert [e["node"]["lines"] for e in drafts["edges"]] == [[{"sku": "SKU-A", "quantity": 16}]]
