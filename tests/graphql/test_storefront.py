"""Storefront-facing stock: drop-ship products, availableToSell/inStock per channel,
allocationPreview (dry-run sourcing) and stockSync (ERP/WMS count feeds)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from models.access import Role
from models.inventory import MovementReason
from services.catalog import create_channel, create_product
from services.inventory import adjust_stock
from tests.fixtures.catalog import ORDER_CREATE, order_input, principal_of, seed_catalog, seed_drop_ship
from tests.fixtures.database import make_token
from tests.fixtures.server import Server
from tests.fixtures.stock import (
    USER_ERRORS,
    call,
    counters,
    create_order,
    fetch_order,
    ledger_view,
    level,
    make_channel,
    movements,
    placed,
    receive,
    sourcing,
    stock_policy,
)

PRODUCT_CREATE = (
    """
mutation($i: ProductCreateInput!) { productCreate(input: $i) { product { sku dropShipped } %s } }
"""
    % USER_ERRORS
)

PRODUCTS = """
query($skus: [String!], $channel: String!, $first: Int) {
  products(filter: {skus: $skus}, first: $first) {
    edges { node { sku dropShipped availableToSell(channel: $channel) inStock(channel: $channel) } }
  }
}
"""

PREVIEW = (
    """
mutation($input: OrderCreateInput!) {
  allocationPreview(input: $input) {
    plans {
      rank strategy allowSplit chosen complete shipments distanceKm reason
      picks { sku quantity warehouse { code } dropShipSupplier }
      unfilled { sku quantity }
    }
    %s
  }
}
"""
    % USER_ERRORS
)

STOCK_SYNC = (
    """
mutation($i: StockSyncInput!) { stockSync(input: $i) { results { sku status message } %s } }
"""
    % USER_ERRORS
)

ORDERS_COUNT = "query { orders(first: 1) { totalCount } }"


# --- helpers --------------------------------------------------------------------------------


@pytest.fixture
async def bare(server: Server, admin_token: str) -> dict[str, Any]:
    """Channels web/market, warehouses east (US) and eu (DE), SKU-A/B/C with no stock,
    supplier acme, and DS-1: a product acme drop-ships."""
    created = await seed_catalog(admin_token, stock=0)
    await seed_drop_ship(admin_token)
    return created


async def sellable(server: Server, token: str, channel: str, skus: list[str]) -> dict[str, tuple[int | None, bool]]:
    """sku -> (availableToSell, inStock) on `channel`."""
    connection = await call(server, token, PRODUCTS, {"skus": skus, "channel": channel, "first": 100}, "products")
    return {e["node"]["sku"]: (e["node"]["availableToSell"], e["node"]["inStock"]) for e in connection["edges"]}


def picks_of(plan: dict[str, Any]) -> list[tuple[str, str | None, int]]:
    """(sku, warehouse (None when drop-shipped), quantity) of a plan, sorted like `sourcing`."""
    return sorted((p["sku"], p["warehouse"]["code"] if p["warehouse"] else None, p["quantity"]) for p in plan["picks"])


async def sync(server: Server, token: str, warehouse: str, as_of: str, items: list[tuple[str, int]]) -> dict[str, Any]:
    variables = {"i": {"warehouse": warehouse, "asOf": as_of, "items": [{"sku": sku, "onHand": n} for sku, n in items]}}
    return await call(server, token, STOCK_SYNC, variables, "stockSync")


# --- drop-ship ------------------------------------------------------------------------------


async def test_a_drop_shipped_product_is_allocated_without_stock_and_without_a_warehouse(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    products = await sellable(server, admin_token, "web", ["DS-1", "SKU-A"])

    order = await placed(server, admin_token, "DS-100", [("DS-1", 3)])
    ds_levels = await call(
        server, admin_token, 'query { stockLevels(filter: {sku: "DS-1"}) { totalCount } }', {}, "stockLevels"
    )

    assert {sku: products[sku][0] is None for sku in products} == {"DS-1": True, "SKU-A": False}
    assert order["status"] == "ALLOCATED"
    assert sourcing(order) == [("DS-1", None, 3)]
    assert [(ln["sku"], ln["allocatedQuantity"], ln["backorderedQuantity"]) for ln in order["lines"]] == [
        ("DS-1", 3, 0)
    ]
    assert ds_levels == {"totalCount": 0}  # no stock was touched anywhere


async def test_product_create_reports_whether_it_is_drop_shipped(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    dropped = await call(
        server,
        admin_token,
        PRODUCT_CREATE,
        {"i": {"sku": "DS-2", "name": "Drop 2", "price": "1.00", "dropShipSupplier": "acme"}},
        "productCreate",
    )
    stocked = await call(
        server, admin_token, PRODUCT_CREATE, {"i": {"sku": "ST-2", "name": "Stocked", "price": "1.00"}}, "productCreate"
    )
    unknown = await call(
        server,
        admin_token,
        PRODUCT_CREATE,
        {"i": {"sku": "DS-3", "name": "Drop 3", "price": "1.00", "dropShipSupplier": "nope"}},
        "productCreate",
    )

    assert dropped == {"product": {"sku": "DS-2", "dropShipped": True}, "userErrors": []}
    assert stocked == {"product": {"sku": "ST-2", "dropShipped": False}, "userErrors": []}
    assert unknown == {
        "product": None,
        "userErrors": [{"field": ["dropShipSupplier"], "message": "Supplier 'nope' not found.", "code": "NOT_FOUND"}],
    }


async def test_a_mixed_order_allocates_the_drop_shipped_and_the_stocked_lines(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await receive(server, admin_token, "SKU-A", "east", 5)

    order = await placed(server, admin_token, "MIX-1", [("DS-1", 1), ("SKU-A", 2)])
    stock = await level(server, admin_token, "SKU-A", "east")

    assert order["status"] == "ALLOCATED"
    assert sourcing(order) == [("DS-1", None, 1), ("SKU-A", "east", 2)]
    assert counters(stock) == (5, 2, 3)


async def test_a_mixed_order_with_the_stocked_line_short_is_partly_allocated(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    order = await placed(server, admin_token, "MIX-2", [("DS-1", 1), ("SKU-A", 2)])

    assert order["status"] == "PARTIALLY_ALLOCATED"
    assert sourcing(order) == [("DS-1", None, 1)]
    assert [(ln["sku"], ln["allocatedQuantity"], ln["backorderedQuantity"]) for ln in order["lines"]] == [
        ("DS-1", 1, 0),
        ("SKU-A", 0, 2),
    ]


# --- availableToSell / inStock --------------------------------------------------------------


@pytest.fixture
async def storefront(server: Server, admin_token: str, bare: dict[str, Any]) -> None:
    """On top of `bare`: channel `us` sells from east only, channel `safe` from east and eu
    leaving safety stock out. Stock: SKU-A east 10 (safety 4, 3 reserved by an order on
    web), eu 7; SKU-B east 2 (safety 5); SKU-C none."""
    await make_channel(server, admin_token, "us", warehouses=["east"])
    await make_channel(server, admin_token, "safe", warehouses=["east", "eu"], respectSafetyStock=True)
    await receive(server, admin_token, "SKU-A", "east", 10)
    await receive(server, admin_token, "SKU-A", "eu", 7)
    await receive(server, admin_token, "SKU-B", "east", 2)
    await stock_policy(server, admin_token, "SKU-A", "east", safetyStock=4)
    await stock_policy(server, admin_token, "SKU-B", "east", safetyStock=5)
    order = await placed(server, admin_token, "RES-1", [("SKU-A", 3)], channel="us")
    assert sourcing(order) == [("SKU-A", "east", 3)]


SKUS = ["SKU-A", "SKU-B", "SKU-C", "DS-1"]


async def test_available_to_sell_sums_the_channel_warehouses_available_stock(
    server: Server, admin_token: str, storefront: None
) -> None:
    web = await sellable(server, admin_token, "web", SKUS)  # every warehouse (none linked)
    us = await sellable(server, admin_token, "us", SKUS)  # east only

    assert web == {"SKU-A": (7 + 7, True), "SKU-B": (2, True), "SKU-C": (0, False), "DS-1": (None, True)}
    assert us == {"SKU-A": (7, True), "SKU-B": (2, True), "SKU-C": (0, False), "DS-1": (None, True)}


async def test_available_to_sell_leaves_safety_stock_out_where_the_channel_says_so(
    server: Server, admin_token: str, storefront: None
) -> None:
    safe = await sellable(server, admin_token, "safe", SKUS)

    # SKU-A: east 7 - 4 + eu 7; SKU-B: east 2 - 5 is nothing, not minus 3.
    assert safe == {"SKU-A": (3 + 7, True), "SKU-B": (0, False), "SKU-C": (0, False), "DS-1": (None, True)}


async def test_available_to_sell_for_an_unknown_channel_is_null(
    server: Server, admin_token: str, storefront: None
) -> None:
    unknown = await sellable(server, admin_token, "nope", SKUS)

    # No such channel sells anything: not even what a supplier would ship.
    assert unknown == {"SKU-A": (None, False), "SKU-B": (None, False), "SKU-C": (None, False), "DS-1": (None, False)}


async def test_a_channel_token_sees_availability_for_its_own_channel_only(
    server: Server, admin_token: str, storefront: None
) -> None:
    us = await make_token(Role.CHANNEL, "us")

    own = await sellable(server, us, "us", ["SKU-A", "SKU-C", "DS-1"])
    other = await sellable(server, us, "web", ["SKU-A", "SKU-C", "DS-1"])

    assert own == {"SKU-A": (7, True), "SKU-C": (0, False), "DS-1": (None, True)}
    # Another channel's availability is not this token's business: null, and not in stock.
    assert other == {"SKU-A": (None, False), "SKU-C": (None, False), "DS-1": (None, False)}


async def test_a_page_of_products_with_availability_costs_a_fixed_number_of_queries(
    server: Server, admin_token: str, bare: dict[str, Any], sql_counter: Any
) -> None:
    # The page's products and stock, written by the services (this test is about reading them).
    admin = await principal_of(admin_token)
    await create_channel(code="us", name="us", warehouse_codes=["east"], respect_safety_stock=True)
    for i in range(46):  # 4 products exist already: 50 in all
        await create_product(sku=f"P-{i:02d}", name=f"Product {i}", price=Decimal("1.00"))
        if i % 3 == 0:
            await adjust_stock(
                admin, sku=f"P-{i:02d}", warehouse="east" if i % 2 else "eu", delta=i + 1, reason=MovementReason.RECEIPT
            )
    await adjust_stock(admin, sku="SKU-A", warehouse="east", delta=5, reason=MovementReason.RECEIPT)

    async def page_cost(n: int) -> int:
        sql_counter.statements.clear()
        body = await server.gql(
            """
            query($n: Int) {
              products(first: $n) {
                totalCount
                edges { node { sku dropShipped price { amount }
                  web: availableToSell(channel: "web") webIn: inStock(channel: "web")
                  us: availableToSell(channel: "us") usIn: inStock(channel: "us") } }
              }
            }
            """,
            {"n": n},
            token=admin_token,
        )
        assert "errors" not in body, body
        assert len(body["data"]["products"]["edges"]) == n
        return len(sql_counter.statements)

    await page_cost(1)  # the token is looked up on its first use, then trusted for a while
    small, large = await page_cost(5), await page_cost(50)

    # page + count, the channels asked for (one batch), then per channel: its
    # warehouses + stock rows
    assert small, "statements are counted"
    assert small == large, sql_counter.statements


# --- allocationPreview ----------------------------------------------------------------------


@pytest.fixture
async def two_warehouses(server: Server, admin_token: str, bare: dict[str, Any]) -> None:
    """east has 1 of SKU-A and 3 of SKU-B; eu has 5 of each. Channel web sources by
    PRIORITY (east first) and may split."""
    await receive(server, admin_token, "SKU-A", "east", 1)
    await receive(server, admin_token, "SKU-B", "east", 3)
    await receive(server, admin_token, "SKU-A", "eu", 5)
    await receive(server, admin_token, "SKU-B", "eu", 5)


def preview_input(**overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "externalRef": "PV-1",
        "lines": [{"sku": "SKU-A", "quantity": 2}, {"sku": "SKU-B", "quantity": 1}],
    }
    return order_input(**{**values, **overrides})


async def test_allocation_preview_ranks_plans_and_reserves_nothing(
    server: Server, admin_token: str, two_warehouses: None
) -> None:
    before = {
        sku: counters(await level(server, admin_token, sku, wh)) for sku in ("SKU-A", "SKU-B") for wh in ("east", "eu")
    }

    preview = await call(server, admin_token, PREVIEW, {"input": preview_input()}, "allocationPreview")
    after = {
        sku: counters(await level(server, admin_token, sku, wh)) for sku in ("SKU-A", "SKU-B") for wh in ("east", "eu")
    }
    orders = await call(server, admin_token, ORDERS_COUNT, {}, "orders")
    reserve_moves = await movements(server, admin_token, reason=["RESERVE"])

    plans = preview["plans"]
    assert preview["userErrors"] == []
    assert [p["rank"] for p in plans] == list(range(1, len(plans) + 1))
    assert all(p["reason"].strip() for p in plans)
    # The plan orderCreate would apply comes first (issue 10: rank 1 was often another plan).
    assert [p["chosen"] for p in plans] == [True] + [False] * (len(plans) - 1)
    split = plans[0]
    assert (split["complete"], split["shipments"], split["strategy"]) == (True, 2, "PRIORITY")
    assert picks_of(split) == [("SKU-A", "east", 1), ("SKU-A", "eu", 1), ("SKU-B", "east", 1)]
    # Then the alternatives, best first: the complete single shipment from eu.
    assert (plans[1]["complete"], plans[1]["shipments"], picks_of(plans[1])) == (
        True,
        1,
        [("SKU-A", "eu", 2), ("SKU-B", "eu", 1)],
    )
    # Nothing happened.
    assert after == before
    assert orders == {"totalCount": 0}
    assert reserve_moves == []


async def test_the_chosen_preview_plan_is_what_order_create_then_does(
    server: Server, admin_token: str, two_warehouses: None
) -> None:
    preview = await call(server, admin_token, PREVIEW, {"input": preview_input()}, "allocationPreview")
    chosen = next(p for p in preview["plans"] if p["chosen"])

    order = await placed(server, admin_token, "PV-1", [("SKU-A", 2), ("SKU-B", 1)])

    assert sourcing(order) == picks_of(chosen)
    assert order["status"] == ("ALLOCATED" if chosen["complete"] else "PARTIALLY_ALLOCATED")


async def test_the_chosen_preview_plan_follows_the_channel_strategy(
    server: Server, admin_token: str, two_warehouses: None
) -> None:
    await make_channel(server, admin_token, "one", allocationStrategy="SINGLE_SHIPMENT_FIRST")
    preview = await call(server, admin_token, PREVIEW, {"input": preview_input(channel="one")}, "allocationPreview")
    chosen = next(p for p in preview["plans"] if p["chosen"])

    order = await placed(server, admin_token, "PV-1", [("SKU-A", 2), ("SKU-B", 1)], channel="one")

    assert (chosen["rank"], chosen["strategy"], chosen["shipments"]) == (1, "SINGLE_SHIPMENT_FIRST", 1)
    assert sourcing(order) == picks_of(chosen) == [("SKU-A", "eu", 2), ("SKU-B", "eu", 1)]


@pytest.mark.parametrize(
    "channel",
    [
        {"allocationStrategy": "PRIORITY", "allowSplit": True},
        {"allocationStrategy": "PRIORITY", "allowSplit": False},
        {"allocationStrategy": "CLOSEST", "allowSplit": True},
        {"allocationStrategy": "SINGLE_SHIPMENT_FIRST", "allowSplit": True},
    ],
    ids=["priority-split", "priority-no-split", "closest", "single-shipment-first"],
)
@pytest.mark.parametrize(
    "lines",
    [[("SKU-A", 2), ("SKU-B", 1)], [("SKU-A", 6), ("SKU-B", 4)], [("SKU-A", 1), ("DS-1", 2)]],
    ids=["fits", "short", "drop-ship"],
)
async def test_the_chosen_plan_matches_order_create_for_every_channel_rule(
    server: Server,
    admin_token: str,
    two_warehouses: None,
    channel: dict[str, Any],
    lines: list[tuple[str, int]],
) -> None:
    await make_channel(server, admin_token, "shop", **channel)
    address = {"country": "DE", "city": "Berlin"}
    variables = {
        "input": order_input(
            channel="shop",
            externalRef="PV-2",
            shippingAddress=address,
            lines=[{"sku": sku, "quantity": qty} for sku, qty in lines],
        )
    }

    preview = await call(server, admin_token, PREVIEW, variables, "allocationPreview")
    chosen = [p for p in preview["plans"] if p["chosen"]]
    order = await placed(server, admin_token, "PV-2", lines, channel="shop", address=address)

    assert preview["userErrors"] == [] and len(chosen) == 1
    assert sourcing(order) == picks_of(chosen[0])
    backordered = {ln["sku"]: ln["backorderedQuantity"] for ln in order["lines"] if ln["backorderedQuantity"]}
    assert {u["sku"]: u["quantity"] for u in chosen[0]["unfilled"]} == backordered


async def test_allocation_preview_shows_short_lines_and_drop_shipped_lines(
    server: Server, admin_token: str, two_warehouses: None
) -> None:
    variables = {"input": order_input(lines=[{"sku": "SKU-C", "quantity": 2}, {"sku": "DS-1", "quantity": 1}])}

    preview = await call(server, admin_token, PREVIEW, variables, "allocationPreview")

    chosen = next(p for p in preview["plans"] if p["chosen"])
    assert preview["userErrors"] == []
    assert (chosen["complete"], chosen["unfilled"]) == (False, [{"sku": "SKU-C", "quantity": 2}])
    assert chosen["picks"] == [{"sku": "DS-1", "quantity": 1, "warehouse": None, "dropShipSupplier": "acme"}]


@pytest.mark.parametrize(
    "overrides",
    [
        {"lines": [{"sku": "NOPE-1", "quantity": 1}, {"sku": "SKU-A", "quantity": 0}]},
        {"channel": "nope"},
        {"customer": {"email": "not-an-email"}, "lines": []},
    ],
    ids=["unknown-sku", "unknown-channel", "bad-customer-and-no-lines"],
)
async def test_allocation_preview_refuses_what_order_create_refuses(
    server: Server, admin_token: str, two_warehouses: None, overrides: dict[str, Any]
) -> None:
    bad = preview_input(**overrides)

    preview = await call(server, admin_token, PREVIEW, {"input": bad}, "allocationPreview")
    created = await call(server, admin_token, ORDER_CREATE, {"input": bad}, "orderCreate")

    assert created["order"] is None and created["userErrors"]
    assert preview == {"plans": [], "userErrors": created["userErrors"]}


async def test_a_channel_token_previews_for_its_own_channel_only(
    server: Server, admin_token: str, two_warehouses: None
) -> None:
    market = await make_token(Role.CHANNEL, "market")

    own = await call(server, market, PREVIEW, {"input": preview_input(channel="market")}, "allocationPreview")
    other = await call(server, market, PREVIEW, {"input": preview_input(channel="web")}, "allocationPreview")
    other_create = await create_order(server, market, "PV-9", [("SKU-A", 1)], channel="web")

    assert own["userErrors"] == [] and own["plans"]
    assert other == {"plans": [], "userErrors": other_create["userErrors"]}
    assert [e["code"] for e in other["userErrors"]] == ["UNKNOWN_CHANNEL"]


# --- stockSync ------------------------------------------------------------------------------

T0 = "2024-05-01T08:00:00+00:00"
T1 = "2024-05-01T09:00:00+00:00"
T2 = "2024-05-01T10:00:00+00:00"


async def test_stock_sync_applies_counts_through_the_ledger(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    payload = await sync(
        server, admin_token, "east", T1, [("SKU-A", 90), ("SKU-B", 100), ("NOPE-1", 5), ("SKU-C", 120)]
    )
    counts = await movements(server, admin_token, reason=["COUNT"])

    assert payload == {
        "results": [
            {"sku": "SKU-A", "status": "APPLIED", "message": None},
            {"sku": "SKU-B", "status": "UNCHANGED", "message": None},
            {"sku": "NOPE-1", "status": "REJECTED", "message": "Unknown SKU 'NOPE-1'."},
            {"sku": "SKU-C", "status": "APPLIED", "message": None},
        ],
        "userErrors": [],
    }
    assert [
        (await level(server, admin_token, sku, "east") or {}).get("onHand") for sku in ("SKU-A", "SKU-B", "SKU-C")
    ] == [
        90,
        100,
        120,
    ]
    assert sorted((m["product"]["sku"], *ledger_view([m])[0][:3]) for m in counts) == [
        ("SKU-A", "COUNT", -10, 0),
        ("SKU-C", "COUNT", 20, 0),
    ]


async def test_an_older_feed_than_the_last_applied_count_is_stale(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    await sync(server, admin_token, "east", T1, [("SKU-A", 90)])

    older = await sync(server, admin_token, "east", T0, [("SKU-A", 50), ("SKU-B", 40)])
    newer_same = await sync(server, admin_token, "east", T2, [("SKU-A", 90)])

    assert [(r["sku"], r["status"]) for r in older["results"]] == [("SKU-A", "STALE"), ("SKU-B", "APPLIED")]
    assert older["results"][0]["message"]
    assert newer_same["results"] == [{"sku": "SKU-A", "status": "UNCHANGED", "message": None}]
    assert counters(await level(server, admin_token, "SKU-A", "east")) == (90, 0, 90)
    assert counters(await level(server, admin_token, "SKU-B", "east")) == (40, 0, 40)


async def test_a_count_below_what_is_reserved_is_applied_and_the_order_waits_for_the_rest(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    order = await placed(server, admin_token, "SY-1", [("SKU-A", 2)])

    payload = await sync(server, admin_token, "east", T1, [("SKU-A", 1)])
    after = await fetch_order(server, admin_token, order["id"])

    assert sourcing(order) == [("SKU-A", "east", 2)]
    assert payload["userErrors"] == []
    assert payload["results"] == [{"sku": "SKU-A", "status": "APPLIED", "message": None}]
    assert counters(await level(server, admin_token, "SKU-A", "east")) == (1, 1, 0)
    assert after is not None and (after["status"], sourcing(after)) == ("PARTIALLY_ALLOCATED", [("SKU-A", "east", 1)])


async def test_a_sync_that_finds_more_stock_fills_backorders(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    order = await placed(server, admin_token, "SY-2", [("SKU-A", 3)])

    payload = await sync(server, admin_token, "east", T1, [("SKU-A", 5)])
    after = await call(
        server, admin_token, "query($id: ID!) { order(id: $id) { status } }", {"id": order["id"]}, "order"
    )

    assert order["status"] == "BACKORDERED"
    assert payload["results"] == [{"sku": "SKU-A", "status": "APPLIED", "message": None}]
    assert after == {"status": "ALLOCATED"}
    assert counters(await level(server, admin_token, "SKU-A", "east")) == (5, 3, 2)


async def test_stock_sync_refuses_an_empty_feed_and_a_future_date(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    empty = await sync(server, admin_token, "east", T1, [])
    future = await sync(server, admin_token, "east", "2999-01-01T00:00:00+00:00", [("SKU-A", 1)])

    assert empty == {
        "results": [],
        "userErrors": [{"field": ["items"], "message": "Send at least one item.", "code": "REQUIRED"}],
    }
    assert future == {
        "results": [],
        "userErrors": [{"field": ["asOf"], "message": "asOf is in the future.", "code": "INVALID"}],
    }
    assert counters(await level(server, admin_token, "SKU-A", "east")) == (100, 0, 100)


async def test_stock_sync_for_an_unknown_or_foreign_warehouse_is_not_found(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    east = await make_token(Role.WAREHOUSE, "east")

    unknown = await sync(server, admin_token, "nowhere", T1, [("SKU-A", 1)])
    foreign = await sync(server, east, "eu", T1, [("SKU-A", 1)])
    own = await sync(server, east, "east", T1, [("SKU-A", 99)])

    assert unknown == {
        "results": [],
        "userErrors": [{"field": ["warehouse"], "message": "Warehouse 'nowhere' not found.", "code": "NOT_FOUND"}],
    }
    assert foreign == {
        "results": [],
        "userErrors": [{"field": ["warehouse"], "message": "Warehouse 'eu' not found.", "code": "NOT_FOUND"}],
    }
    assert own == {"results": [{"sku": "SKU-A", "status": "APPLIED", "message": None}], "userErrors": []}
    assert await level(server, admin_token, "SKU-A", "eu") is None
