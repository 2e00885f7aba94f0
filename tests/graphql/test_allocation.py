"""Sourcing on orderCreate: strategies, split, backorder/reject, partial allocation, release on
cancel, backorder fill on receipt, orderAllocate, and the warehouses that serve a channel."""

from __future__ import annotations

from typing import Any

import pytest
from tortoise.transactions import in_transaction

from models.access import Role
from models.catalog import Product, Warehouse
from models.events import OutboxEvent
from models.inventory import MovementReason
from services.stock import StockChange, apply_changes, ensure_rows, lock_rows
from tests.fixtures.catalog import seed_catalog, seed_order
from tests.fixtures.database import make_token
from tests.fixtures.server import Server
from tests.fixtures.stock import (
    CHANNEL_CREATE,
    ORDER_ALLOCATE,
    call,
    cancel,
    counters,
    create_order,
    fetch_order,
    hops,
    level,
    line_state,
    make_channel,
    make_product,
    make_warehouse,
    movements,
    placed,
    receive,
    sourcing,
    stock_adjust,
    stock_count,
)

CREATED = ("CREATED", None, "PENDING")
ORDERS = "query($f: OrderFilter) { orders(filter: $f, first: 100) { edges { node { number } } } }"


@pytest.fixture
async def bare(server: Server, admin_token: str) -> dict[str, Any]:
    """Channels web/market, warehouses east (US) and eu (DE), SKU-A/B/C, no stock anywhere."""
    return await seed_catalog(admin_token, stock=0)


async def stock(server: Server, token: str, units: dict[tuple[str, str], int]) -> None:
    for (sku, warehouse), quantity in units.items():
        await receive(server, token, sku, warehouse, quantity)


async def products(server: Server, token: str, *skus: str) -> None:
    for sku in skus:
        await make_product(server, token, sku)


async def allocate(server: Server, token: str, order_id: str) -> dict[str, Any]:
    return await call(server, token, ORDER_ALLOCATE, {"i": {"id": order_id}}, "orderAllocate")


async def order_numbers(server: Server, token: str, **filter: Any) -> list[str]:
    connection = await call(server, token, ORDERS, {"f": filter or None}, "orders")
    return sorted(edge["node"]["number"] for edge in connection["edges"])


async def refetch(server: Server, token: str, order: dict[str, Any]) -> dict[str, Any]:
    found = await fetch_order(server, token, order["id"])
    assert found is not None
    return found


# --- strategies ---------------------------------------------------------------------------


async def test_priority_sources_from_the_lowest_priority_number_first_and_splits_by_line(
    server: Server, admin_token: str
) -> None:
    await make_channel(server, admin_token, "web", allocationStrategy="PRIORITY")
    await make_warehouse(server, admin_token, "second", "US", priority=2)  # created first: id order is not priority
    await make_warehouse(server, admin_token, "first", "US", priority=1)
    await products(server, admin_token, "A", "B")
    await stock(server, admin_token, {("A", "first"): 5, ("A", "second"): 10, ("B", "second"): 3})

    order = await placed(server, admin_token, "P-1", [("A", 8), ("B", 1)])
    next_order = await placed(server, admin_token, "P-2", [("A", 1)])

    assert order["status"] == "ALLOCATED"
    assert sourcing(order) == [("A", "first", 5), ("A", "second", 3), ("B", "second", 1)]
    assert line_state(order) == {"A": (8, 0), "B": (1, 0)}
    assert hops(order) == [CREATED, ("STATUS_CHANGED", "PENDING", "ALLOCATED")]
    assert sourcing(next_order) == [("A", "second", 1)]
    assert counters(await level(server, admin_token, "A", "first")) == (5, 5, 0)
    assert counters(await level(server, admin_token, "A", "second")) == (10, 4, 6)
    assert counters(await level(server, admin_token, "B", "second")) == (3, 1, 2)


async def test_closest_prefers_same_region_then_same_country_then_distance(server: Server, admin_token: str) -> None:
    await make_channel(server, admin_token, "web", allocationStrategy="CLOSEST")
    warehouses = {
        "ber": {"country": "DE", "region": "BE", "latitude": 52.52, "longitude": 13.40, "priority": 0},
        "la": {"country": "US", "region": "CA", "latitude": 34.05, "longitude": -118.24, "priority": 1},
        "nyc": {"country": "US", "region": "NY", "latitude": 40.71, "longitude": -74.01, "priority": 2},
        "sf": {"country": "US", "region": "CA", "priority": 3},
        "lon": {"country": "GB", "latitude": 51.51, "longitude": -0.13, "priority": 5},
    }
    for code, fields in warehouses.items():
        await make_warehouse(server, admin_token, code, **fields)
    await products(server, admin_token, "A")
    await stock(server, admin_token, {("A", code): 10 for code in warehouses})
    destinations = {
        "ny-no-coords": ({"country": "US", "region": "ny"}, "nyc"),  # region beats priority (la is 1)
        "ca-no-coords": ({"country": "US", "region": "CA"}, "la"),  # region tie, no distance: priority
        "us-no-region": ({"country": "US"}, "la"),  # same country beats ber's better priority
        "denver": ({"country": "US", "region": "CO", "latitude": 39.74, "longitude": -104.99}, "la"),
        "philadelphia": ({"country": "US", "region": "PA", "latitude": 39.95, "longitude": -75.17}, "nyc"),
        "paris": ({"country": "FR", "latitude": 48.86, "longitude": 2.35}, "lon"),  # distance beats priority
        "germany": ({"country": "DE"}, "ber"),
    }

    chosen = {}
    for ref, (address, _) in destinations.items():
        order = await placed(server, admin_token, ref, [("A", 1)], address=address)
        assert order["status"] == "ALLOCATED", order
        chosen[ref] = [warehouse for _, warehouse, _ in sourcing(order)]

    assert chosen == {ref: [expected] for ref, (_, expected) in destinations.items()}


async def test_closest_takes_the_rest_from_the_next_closest(server: Server, admin_token: str) -> None:
    await make_channel(server, admin_token, "web", allocationStrategy="CLOSEST")
    await make_warehouse(server, admin_token, "la", "US", region="CA", latitude=34.05, longitude=-118.24, priority=1)
    await make_warehouse(server, admin_token, "chi", "US", region="IL", latitude=41.88, longitude=-87.63, priority=9)
    await make_warehouse(server, admin_token, "nyc", "US", region="NY", latitude=40.71, longitude=-74.01, priority=5)
    await products(server, admin_token, "A")
    await stock(server, admin_token, {("A", "la"): 10, ("A", "chi"): 4, ("A", "nyc"): 3})
    philadelphia = {"country": "US", "region": "PA", "latitude": 39.95, "longitude": -75.17}

    order = await placed(server, admin_token, "C-1", [("A", 10)], address=philadelphia)

    assert order["status"] == "ALLOCATED"
    assert sourcing(order) == [("A", "chi", 4), ("A", "la", 3), ("A", "nyc", 3)]


async def test_single_shipment_first_prefers_one_warehouse_over_priority(server: Server, admin_token: str) -> None:
    await make_channel(server, admin_token, "one", allocationStrategy="SINGLE_SHIPMENT_FIRST")
    await make_channel(server, admin_token, "prio", allocationStrategy="PRIORITY")
    await make_warehouse(server, admin_token, "w1", "US", priority=1)
    await make_warehouse(server, admin_token, "w2", "US", priority=2)
    await products(server, admin_token, "A", "B")
    await stock(server, admin_token, {("A", "w1"): 5, ("A", "w2"): 5, ("B", "w2"): 5})

    whole = await placed(server, admin_token, "S-1", [("A", 2), ("B", 1)], channel="one")
    by_priority = await placed(server, admin_token, "S-2", [("A", 2), ("B", 1)], channel="prio")

    assert whole["status"] == by_priority["status"] == "ALLOCATED"
    assert sourcing(whole) == [("A", "w2", 2), ("B", "w2", 1)]
    assert sourcing(by_priority) == [("A", "w1", 2), ("B", "w2", 1)]


async def test_single_shipment_first_uses_the_fewest_warehouses_when_none_has_everything(
    server: Server, admin_token: str
) -> None:
    await make_channel(server, admin_token, "one", allocationStrategy="SINGLE_SHIPMENT_FIRST")
    for code, priority in (("w1", 1), ("w2", 2), ("w3", 3)):
        await make_warehouse(server, admin_token, code, "US", priority=priority)
    await products(server, admin_token, "A", "B", "C")
    await stock(server, admin_token, {("A", "w1"): 1, ("B", "w2"): 1, ("B", "w3"): 1, ("C", "w3"): 1})

    order = await placed(server, admin_token, "S-3", [("A", 1), ("B", 1), ("C", 1)], channel="one")

    assert order["status"] == "ALLOCATED"
    assert sourcing(order) == [("A", "w1", 1), ("B", "w3", 1), ("C", "w3", 1)]
    assert counters(await level(server, admin_token, "B", "w2")) == (1, 0, 1)


async def test_closest_without_split_ships_everything_from_the_nearest_warehouse_that_has_it_all(
    server: Server, admin_token: str
) -> None:
    await make_channel(server, admin_token, "web", allocationStrategy="CLOSEST", allowSplit=False)
    await make_warehouse(server, admin_token, "nyc", "US", region="NY", latitude=40.71, longitude=-74.01)
    await make_warehouse(server, admin_token, "chi", "US", region="IL", latitude=41.88, longitude=-87.63)
    await make_warehouse(server, admin_token, "la", "US", region="CA", latitude=34.05, longitude=-118.24)
    await products(server, admin_token, "A", "B")
    await stock(
        server, admin_token, {("A", "nyc"): 5, ("A", "chi"): 5, ("B", "chi"): 5, ("A", "la"): 5, ("B", "la"): 5}
    )
    philadelphia = {"country": "US", "region": "PA", "latitude": 39.95, "longitude": -75.17}

    order = await placed(server, admin_token, "C-2", [("A", 2), ("B", 1)], address=philadelphia)

    assert (order["status"], sourcing(order)) == ("ALLOCATED", [("A", "chi", 2), ("B", "chi", 1)])


# --- split or not -------------------------------------------------------------------------


async def test_no_split_channel_waits_for_one_warehouse_that_can_ship_everything(
    server: Server, admin_token: str
) -> None:
    await make_channel(server, admin_token, "split", allowSplit=True)
    await make_channel(server, admin_token, "whole", allowSplit=False)
    await make_warehouse(server, admin_token, "w1", "US", priority=1)
    await make_warehouse(server, admin_token, "w2", "US", priority=2)
    await products(server, admin_token, "A", "B")
    await stock(server, admin_token, {("A", "w1"): 10, ("B", "w2"): 5})

    split = await placed(server, admin_token, "N-1", [("A", 2), ("B", 1)], channel="split")
    whole = await placed(server, admin_token, "N-2", [("A", 2), ("B", 1)], channel="whole")
    whole_single = await placed(server, admin_token, "N-3", [("A", 3)], channel="whole")

    assert (split["status"], sourcing(split)) == ("ALLOCATED", [("A", "w1", 2), ("B", "w2", 1)])
    assert (whole["status"], sourcing(whole)) == ("BACKORDERED", [])
    assert line_state(whole) == {"A": (0, 2), "B": (0, 1)}
    assert (whole_single["status"], sourcing(whole_single)) == ("ALLOCATED", [("A", "w1", 3)])
    assert await movements(server, admin_token, reference=f"order:{whole['number']}") == []

    await receive(server, admin_token, "B", "w1", 1)
    whole = await refetch(server, admin_token, whole)

    assert (whole["status"], sourcing(whole)) == ("ALLOCATED", [("A", "w1", 2), ("B", "w1", 1)])
    assert hops(whole) == [
        CREATED,
        ("STATUS_CHANGED", "PENDING", "BACKORDERED"),
        ("STATUS_CHANGED", "BACKORDERED", "ALLOCATED"),
    ]
    assert counters(await level(server, admin_token, "B", "w2")) == (5, 1, 4)  # only the split order's unit


# --- backorder, partial, reject ------------------------------------------------------------


async def test_partial_allocation_reserves_what_exists_and_backorders_the_rest(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await receive(server, admin_token, "SKU-A", "east", 3)

    order = await placed(server, admin_token, "B-1", [("SKU-A", 5), ("SKU-B", 2)])

    assert order["status"] == "PARTIALLY_ALLOCATED"
    assert sourcing(order) == [("SKU-A", "east", 3)]
    assert line_state(order) == {"SKU-A": (3, 2), "SKU-B": (0, 2)}
    assert hops(order) == [CREATED, ("STATUS_CHANGED", "PENDING", "PARTIALLY_ALLOCATED")]
    assert counters(await level(server, admin_token, "SKU-A", "east")) == (3, 3, 0)


async def test_backorder_policy_keeps_an_order_with_no_stock(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    order = await placed(server, admin_token, "B-2", [("SKU-A", 1)])

    assert order["status"] == "BACKORDERED"
    assert (sourcing(order, status=None), line_state(order)) == ([], {"SKU-A": (0, 1)})
    assert hops(order) == [CREATED, ("STATUS_CHANGED", "PENDING", "BACKORDERED")]


async def test_reject_policy_refuses_short_lines_and_writes_nothing(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await make_channel(server, admin_token, "strict", backorderPolicy="REJECT")
    await stock(server, admin_token, {("SKU-A", "east"): 2, ("SKU-B", "east"): 5})

    one_short = await create_order(server, admin_token, "R-1", [("SKU-A", 3), ("SKU-B", 1)], channel="strict")
    two_short = await create_order(
        server, admin_token, "R-2", [("SKU-A", 3), ("SKU-B", 1), ("SKU-C", 4)], channel="strict"
    )

    assert one_short == {
        "order": None,
        "userErrors": [
            {
                "field": ["lines", "0", "quantity"],
                "message": "Only 2 of 3 units of SKU-A can be shipped; this channel does not take backorders.",
                "code": "INSUFFICIENT_STOCK",
            }
        ],
    }
    assert two_short["order"] is None
    assert [(e["field"], e["code"]) for e in two_short["userErrors"]] == [
        (["lines", "0", "quantity"], "INSUFFICIENT_STOCK"),
        (["lines", "2", "quantity"], "INSUFFICIENT_STOCK"),
    ]
    assert await order_numbers(server, admin_token) == []
    assert await movements(server, admin_token, reason=["RESERVE"]) == []
    assert counters(await level(server, admin_token, "SKU-A", "east")) == (2, 0, 2)
    assert await OutboxEvent.filter(topic="order.status_changed").count() == 0

    # A refused request leaves nothing behind: the same external ref goes through once stock is there.
    await receive(server, admin_token, "SKU-A", "east", 1)
    retried = await placed(server, admin_token, "R-1", [("SKU-A", 3), ("SKU-B", 1)], channel="strict")

    assert retried["status"] == "ALLOCATED"
    assert sourcing(retried) == [("SKU-A", "east", 3), ("SKU-B", "east", 1)]


async def test_reject_without_split_refuses_an_order_no_single_warehouse_can_ship(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await make_channel(server, admin_token, "strict", backorderPolicy="REJECT", allowSplit=False)
    await stock(server, admin_token, {("SKU-A", "east"): 5, ("SKU-B", "eu"): 5})

    refused = await create_order(server, admin_token, "R-3", [("SKU-A", 1), ("SKU-B", 1)], channel="strict")
    fits = await create_order(server, admin_token, "R-4", [("SKU-A", 5)], channel="strict")

    assert refused["order"] is None
    assert [(e["field"], e["code"]) for e in refused["userErrors"]] == [
        (["lines", "0", "quantity"], "INSUFFICIENT_STOCK"),
        (["lines", "1", "quantity"], "INSUFFICIENT_STOCK"),
    ]
    assert all("one shipment" in e["message"] for e in refused["userErrors"])
    assert fits["userErrors"] == [] and sourcing(fits["order"]) == [("SKU-A", "east", 5)]


async def test_a_repeated_order_create_does_not_allocate_twice(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await receive(server, admin_token, "SKU-A", "east", 3)
    first = await placed(server, admin_token, "I-1", [("SKU-A", 2), ("SKU-B", 1)])

    again = await placed(server, admin_token, "I-1", [("SKU-A", 2), ("SKU-B", 1)])

    assert again == first
    assert first["status"] == "PARTIALLY_ALLOCATED"
    assert counters(await level(server, admin_token, "SKU-A", "east")) == (3, 2, 1)
    assert len(await movements(server, admin_token, reason=["RESERVE"])) == 1


# --- cancel ---------------------------------------------------------------------------------


async def test_cancel_releases_reservations_and_the_units_go_to_the_next_waiting_order(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await receive(server, admin_token, "SKU-A", "east", 5)
    first = await placed(server, admin_token, "X-1", [("SKU-A", 5)])
    waiting = await placed(server, admin_token, "X-2", [("SKU-A", 2)])
    ops = await make_token(Role.OPS)

    cancelled = await cancel(server, ops, first["id"], reason="customer asked")
    waiting = await refetch(server, admin_token, waiting)

    reference = f"order:{first['number']}"
    assert cancelled["status"] == "CANCELLED"
    assert sourcing(cancelled) == []
    assert sourcing(cancelled, status="RELEASED") == [("SKU-A", "east", 5)]
    assert [
        (m["reason"], m["onHandDelta"], m["reservedDelta"])
        for m in await movements(server, admin_token, reference=reference)
    ] == [
        ("RELEASE", 0, -5),
        ("RESERVE", 0, 5),
    ]
    assert (waiting["status"], sourcing(waiting)) == ("ALLOCATED", [("SKU-A", "east", 2)])
    assert hops(waiting)[-1] == ("STATUS_CHANGED", "BACKORDERED", "ALLOCATED")
    assert waiting["history"][-1]["actor"].split("#")[0] == "ops"
    assert counters(await level(server, admin_token, "SKU-A", "east")) == (5, 2, 3)


async def test_cancelling_a_partly_allocated_order_releases_only_what_it_held(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await stock(server, admin_token, {("SKU-A", "east"): 2, ("SKU-A", "eu"): 1})
    order = await placed(server, admin_token, "X-3", [("SKU-A", 5), ("SKU-B", 1)])
    assert sourcing(order) == [("SKU-A", "east", 2), ("SKU-A", "eu", 1)]

    cancelled = await cancel(server, admin_token, order["id"])

    assert cancelled["status"] == "CANCELLED"
    assert sorted(m["reservedDelta"] for m in await movements(server, admin_token, reason=["RELEASE"])) == [-2, -1]
    assert counters(await level(server, admin_token, "SKU-A", "east")) == (2, 0, 2)
    assert counters(await level(server, admin_token, "SKU-A", "eu")) == (1, 0, 1)


async def test_a_cancelled_order_has_nothing_allocated_and_nothing_waiting(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await receive(server, admin_token, "SKU-A", "east", 3)
    order = await placed(server, admin_token, "X-4", [("SKU-A", 5), ("SKU-B", 2)])

    cancelled = await cancel(server, admin_token, order["id"])

    assert line_state(cancelled) == {"SKU-A": (0, 0), "SKU-B": (0, 0)}


async def test_a_cancelled_backorder_is_not_filled_later(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    order = await placed(server, admin_token, "X-5", [("SKU-A", 2)])
    await cancel(server, admin_token, order["id"])

    received = await receive(server, admin_token, "SKU-A", "east", 5)

    assert counters(received) == (5, 0, 5)
    assert (await refetch(server, admin_token, order))["status"] == "CANCELLED"
    assert await movements(server, admin_token, reference=f"order:{order['number']}") == []


# --- backorder fill ----------------------------------------------------------------------


async def test_receipt_fills_backorders_oldest_first(server: Server, admin_token: str, bare: dict[str, Any]) -> None:
    first = await placed(server, admin_token, "F-1", [("SKU-A", 3)])
    second = await placed(server, admin_token, "F-2", [("SKU-A", 2)])
    third = await placed(server, admin_token, "F-3", [("SKU-A", 4)])
    east = await make_token(Role.WAREHOUSE, "east")

    received = await stock_adjust(server, east, "SKU-A", "east", 5, "RECEIPT")
    first, second, third = [await refetch(server, admin_token, o) for o in (first, second, third)]

    assert received["userErrors"] == []
    assert counters(received["stockLevel"]) == (5, 5, 0), "the payload shows the stock after the fill"
    assert [o["status"] for o in (first, second, third)] == ["ALLOCATED", "ALLOCATED", "BACKORDERED"]
    assert sourcing(first) == [("SKU-A", "east", 3)]
    assert sourcing(second) == [("SKU-A", "east", 2)]
    assert hops(first) == [
        CREATED,
        ("STATUS_CHANGED", "PENDING", "BACKORDERED"),
        ("STATUS_CHANGED", "BACKORDERED", "ALLOCATED"),
    ]
    assert first["history"][-1]["actor"].split("#")[0] == "warehouse:east"
    fill = (await movements(server, admin_token, reference=f"order:{first['number']}"))[0]
    assert (fill["reason"], fill["reservedDelta"], fill["actor"].split("#")[0]) == ("RESERVE", 3, "warehouse:east")

    await receive(server, admin_token, "SKU-A", "east", 2)
    third = await refetch(server, admin_token, third)
    assert (third["status"], line_state(third)) == ("PARTIALLY_ALLOCATED", {"SKU-A": (2, 2)})

    await receive(server, admin_token, "SKU-A", "eu", 2)
    third = await refetch(server, admin_token, third)
    assert (third["status"], line_state(third)) == ("ALLOCATED", {"SKU-A": (4, 0)})
    assert sourcing(third) == [("SKU-A", "east", 2), ("SKU-A", "eu", 2)]
    assert hops(third) == [
        CREATED,
        ("STATUS_CHANGED", "PENDING", "BACKORDERED"),
        ("STATUS_CHANGED", "BACKORDERED", "PARTIALLY_ALLOCATED"),
        ("STATUS_CHANGED", "PARTIALLY_ALLOCATED", "ALLOCATED"),
    ]


async def test_a_receipt_fills_every_backorder_it_can_cover_however_many_are_waiting(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    # The waiting orders are placed by the service (orderCreate's own tests are elsewhere).
    waiting = [await seed_order(admin_token, f"Q-{i}", [("SKU-A", 1)]) for i in range(205)]
    assert {o.status for o in waiting} == {"BACKORDERED"}

    received = await receive(server, admin_token, "SKU-A", "east", 205)
    still_waiting = await order_numbers(server, admin_token, status=["BACKORDERED"])

    assert still_waiting == []
    assert counters(received) == (205, 205, 0)
    assert counters(await level(server, admin_token, "SKU-A", "east")) == (205, 205, 0)


async def test_the_oldest_backorder_is_served_even_when_a_younger_one_would_fit_exactly(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    older = await placed(server, admin_token, "F-4", [("SKU-A", 3)])
    younger = await placed(server, admin_token, "F-5", [("SKU-A", 2)])

    await receive(server, admin_token, "SKU-A", "east", 2)
    older, younger = await refetch(server, admin_token, older), await refetch(server, admin_token, younger)

    assert (older["status"], line_state(older)) == ("PARTIALLY_ALLOCATED", {"SKU-A": (2, 1)})
    assert (younger["status"], line_state(younger)) == ("BACKORDERED", {"SKU-A": (0, 2)})


async def test_a_count_that_finds_more_stock_fills_backorders(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await receive(server, admin_token, "SKU-A", "east", 1)
    order = await placed(server, admin_token, "F-6", [("SKU-A", 3)])
    assert order["status"] == "PARTIALLY_ALLOCATED"

    counted = await stock_count(server, admin_token, "SKU-A", "east", 4)
    order = await refetch(server, admin_token, order)

    assert counted["userErrors"] == [] and counters(counted["stockLevel"]) == (4, 3, 1)
    assert (order["status"], line_state(order)) == ("ALLOCATED", {"SKU-A": (3, 0)})
    assert hops(order)[-1] == ("STATUS_CHANGED", "PARTIALLY_ALLOCATED", "ALLOCATED")


async def test_an_order_on_hold_is_not_filled_until_released(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    order = await placed(server, admin_token, "F-7", [("SKU-A", 2)])
    hold = "mutation($i: OrderHoldInput!) { orderHold(input: $i) { userErrors { code } } }"
    release = "mutation($i: OrderReleaseInput!) { orderRelease(input: $i) { order { status } userErrors { code } } }"
    await call(server, admin_token, hold, {"i": {"id": order["id"], "reason": "fraud check"}}, "orderHold")

    await receive(server, admin_token, "SKU-A", "east", 2)
    held = await refetch(server, admin_token, order)
    released = await call(server, admin_token, release, {"i": {"id": order["id"]}}, "orderRelease")

    assert (held["status"], sourcing(held)) == ("ON_HOLD", [])
    assert released == {"order": {"status": "ALLOCATED"}, "userErrors": []}


# --- orderAllocate ------------------------------------------------------------------------


async def land_without_fill(sku: str, warehouse: str, quantity: int) -> None:
    """Stock that arrived while nothing filled backorders (as if the process stopped between
    the receipt's commit and the fill): written through the stock service, ledger included."""
    product = await Product.get(sku=sku)
    found = await Warehouse.get(code=warehouse)
    async with in_transaction() as conn:
        await ensure_rows(conn, [(product.id, found.id)])
        row = (await lock_rows(conn, product_ids=[product.id], warehouse_ids=[found.id]))[(product.id, found.id)]
        await apply_changes(conn, [StockChange(row, MovementReason.RECEIPT, on_hand_delta=quantity)], actor="feed")


async def test_order_allocate_retries_a_waiting_order(server: Server, admin_token: str, bare: dict[str, Any]) -> None:
    order = await placed(server, admin_token, "A-1", [("SKU-A", 2), ("SKU-B", 1)])

    still_nothing = await allocate(server, admin_token, order["id"])
    await land_without_fill("SKU-A", "east", 5)
    partly = await allocate(server, admin_token, order["id"])
    await land_without_fill("SKU-B", "eu", 1)
    done = await allocate(server, admin_token, order["id"])

    assert still_nothing["userErrors"] == []
    assert (still_nothing["order"]["status"], hops(still_nothing["order"])) == (
        "BACKORDERED",
        [CREATED, ("STATUS_CHANGED", "PENDING", "BACKORDERED")],
    )
    assert partly["userErrors"] == [] and partly["order"]["status"] == "PARTIALLY_ALLOCATED"
    assert done["userErrors"] == [] and done["order"]["status"] == "ALLOCATED"
    assert sourcing(done["order"]) == [("SKU-A", "east", 2), ("SKU-B", "eu", 1)]
    assert line_state(done["order"]) == {"SKU-A": (2, 0), "SKU-B": (1, 0)}
    assert hops(done["order"]) == [
        CREATED,
        ("STATUS_CHANGED", "PENDING", "BACKORDERED"),
        ("STATUS_CHANGED", "BACKORDERED", "PARTIALLY_ALLOCATED"),
        ("STATUS_CHANGED", "PARTIALLY_ALLOCATED", "ALLOCATED"),
    ]
    assert counters(await level(server, admin_token, "SKU-A", "east")) == (5, 2, 3)


async def test_order_allocate_errors(server: Server, admin_token: str, catalog: dict[str, Any]) -> None:
    allocated = await placed(server, admin_token, "A-2", [("SKU-A", 1)])
    cancelled = await cancel(server, admin_token, (await placed(server, admin_token, "A-3", [("SKU-A", 1)]))["id"])
    channel = await make_token(Role.CHANNEL, "web")
    warehouse = await make_token(Role.WAREHOUSE, "east")

    on_allocated = await allocate(server, admin_token, allocated["id"])
    on_cancelled = await allocate(server, admin_token, cancelled["id"])
    unknown = await allocate(server, admin_token, "T3JkZXI6OTk5")
    by_channel = await server.gql(ORDER_ALLOCATE, {"i": {"id": allocated["id"]}}, token=channel)
    by_warehouse = await server.gql(ORDER_ALLOCATE, {"i": {"id": allocated["id"]}}, token=warehouse)

    assert on_allocated == {
        "order": None,
        "userErrors": [
            {
                "field": ["id"],
                "message": f"Order {allocated['number']} is ALLOCATED; only waiting orders allocate.",
                "code": "INVALID_TRANSITION",
            }
        ],
    }
    assert [(e["field"], e["code"]) for e in on_cancelled["userErrors"]] == [(["id"], "INVALID_TRANSITION")]
    assert unknown == {
        "order": None,
        "userErrors": [{"field": ["id"], "message": "Order not found.", "code": "NOT_FOUND"}],
    }
    assert by_channel["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert by_warehouse["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert counters(await level(server, admin_token, "SKU-A", "east")) == (100, 1, 99)


# --- the warehouses that serve a channel --------------------------------------------------


async def test_channel_warehouses_restrict_sourcing_and_filling(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    channel = await make_channel(server, admin_token, "de-shop", warehouses=["eu"])
    germany = {"country": "DE", "city": "Berlin"}

    waiting = await placed(server, admin_token, "D-1", [("SKU-A", 1)], channel="de-shop", address=germany)
    await receive(server, admin_token, "SKU-A", "east", 10)
    still_waiting = await refetch(server, admin_token, waiting)
    await receive(server, admin_token, "SKU-A", "eu", 1)
    filled = await refetch(server, admin_token, waiting)
    from_web = await placed(server, admin_token, "D-2", [("SKU-A", 1)], address=germany)

    assert channel["code"] == "de-shop"
    assert (waiting["status"], still_waiting["status"]) == ("BACKORDERED", "BACKORDERED")
    assert (filled["status"], sourcing(filled)) == ("ALLOCATED", [("SKU-A", "eu", 1)])
    assert sourcing(from_web) == [("SKU-A", "east", 1)]  # channels without a list use every warehouse
    assert counters(await level(server, admin_token, "SKU-A", "east")) == (110, 1, 109)


async def test_channel_with_an_unknown_warehouse_is_refused(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    payload = await call(
        server,
        admin_token,
        CHANNEL_CREATE,
        {"i": {"code": "bad", "name": "Bad", "warehouses": ["eu", "nowhere"]}},
        "channelCreate",
    )

    assert payload == {
        "channel": None,
        "userErrors": [{"field": ["warehouses"], "message": "Unknown warehouse(s): nowhere.", "code": "NOT_FOUND"}],
    }


# --- who sees what ------------------------------------------------------------------------


async def test_warehouse_token_sees_the_orders_allocated_to_its_warehouse(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    await make_channel(server, admin_token, "de-shop", warehouses=["eu"])
    await make_product(server, admin_token, "SKU-Z")
    await receive(server, admin_token, "SKU-A", "eu", 10)
    at_east = await placed(server, admin_token, "V-1", [("SKU-A", 1)])
    at_eu = await placed(server, admin_token, "V-2", [("SKU-A", 1)], channel="de-shop")
    unallocated = await placed(server, admin_token, "V-3", [("SKU-Z", 1)])
    split = await placed(server, admin_token, "V-4", [("SKU-A", 105)])
    assert sourcing(split) == [("SKU-A", "east", 99), ("SKU-A", "eu", 6)]
    east = await make_token(Role.WAREHOUSE, "east")
    eu = await make_token(Role.WAREHOUSE, "eu")

    assert await order_numbers(server, east) == sorted([at_east["number"], split["number"]])
    assert await order_numbers(server, eu) == sorted([at_eu["number"], split["number"]])
    assert await fetch_order(server, east, at_eu["id"]) is None
    assert await fetch_order(server, eu, at_east["id"]) is None
    assert await fetch_order(server, east, unallocated["id"]) is None
    assert (await fetch_order(server, east, at_east["id"]) or {}).get("number") == at_east["number"]


async def test_orders_can_be_filtered_by_warehouse(server: Server, admin_token: str, catalog: dict[str, Any]) -> None:
    await make_channel(server, admin_token, "de-shop", warehouses=["eu"])
    await receive(server, admin_token, "SKU-A", "eu", 10)
    at_east = await placed(server, admin_token, "W-1", [("SKU-A", 1)])
    at_eu = await placed(server, admin_token, "W-2", [("SKU-A", 1)], channel="de-shop")

    assert await order_numbers(server, admin_token, warehouse="east") == [at_east["number"]]
    assert await order_numbers(server, admin_token, warehouse="eu") == [at_eu["number"]]
