"""Editing an order before fulfilment, through the real app: one staged edit (lines added,
changed, removed; a new shipping address) committed atomically with sourcing again, its
history entry and event; refused once the touched units are picked. Stock reconciles after
every test (the `server` fixture checks it)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from models.catalog import AllocationStrategy, BackorderPolicy
from models.events import OutboxEvent
from services import catalog
from tests.fixtures.fulfilment import (
    allocations,
    claimed,
    order_ledger,
    packed,
    pick_all,
    run,
    scan,
    scan_ok,
    seed_fulfilment,
    stock_of,
    tasks_of,
)
from tests.fixtures.server import Server
from tests.fixtures.stock import USER_ERRORS, call, placed

ORDER_BITS = """
  id number status subtotal { amount } total { amount }
  shippingAddress { country city line1 }
  lines { sku quantity lineTotal { amount } allocatedQuantity backorderedQuantity }
  allocations { sku quantity status warehouse { code } }
  history { kind fromStatus toStatus reason }
  pickTasks { id status warehouse { code } lines { sku quantity pickedQuantity shortQuantity } }
"""
EDIT = (
    "mutation($i: OrderEditInput!) { orderEdit(input: $i) { order { %s } changes { sku previousQuantity quantity } shippingAddressChanged %s } }"
    % (
        ORDER_BITS,
        USER_ERRORS,
    )
)
VIEW = "query($id: ID!) { order(id: $id) { %s } }" % ORDER_BITS
BERLIN = {"country": "DE", "city": "Berlin", "line1": "Unter den Linden 1"}


async def edit(server: Server, token: str, order_id: str, reason: str = "customer called", **changes: Any) -> Any:
    return await run(server, token, EDIT, {"id": order_id, "reason": reason, **changes}, "orderEdit")


async def view(server: Server, token: str, order_id: str) -> dict[str, Any]:
    order: dict[str, Any] = await call(server, token, VIEW, {"id": order_id}, "order")
    return order


def lines_of(order: dict[str, Any]) -> list[tuple[str, int, str, int, int]]:
    return [
        (ln["sku"], ln["quantity"], ln["lineTotal"]["amount"], ln["allocatedQuantity"], ln["backorderedQuantity"])
        for ln in order["lines"]
    ]


async def edited_events(number: str) -> list[dict[str, Any]]:
    rows = await OutboxEvent.filter(topic="order.edited").order_by("id")
    return [row.payload for row in rows if row.payload["number"] == number]


# --- one staged edit, applied together -------------------------------------------------------


async def test_an_allocated_order_s_lines_are_changed_added_and_removed_in_one_edit(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "E-1", [("SKU-A", 2), ("SKU-C", 1)])

    payload = await edit(
        server,
        admin_token,
        order["id"],
        lines=[{"sku": "SKU-A", "quantity": 3}, {"sku": "SKU-B", "quantity": 1}, {"sku": "SKU-C", "quantity": 0}],
    )
    after = payload["order"]

    assert payload["userErrors"] == []
    assert payload["changes"] == [
        {"sku": "SKU-A", "previousQuantity": 2, "quantity": 3},
        {"sku": "SKU-B", "previousQuantity": 0, "quantity": 1},
        {"sku": "SKU-C", "previousQuantity": 1, "quantity": 0},
    ]
    assert payload["shippingAddressChanged"] is False
    assert (after["status"], after["subtotal"]["amount"], after["total"]["amount"]) == ("ALLOCATED", "40.00", "40.00")
    assert lines_of(after) == [("SKU-A", 3, "30.00", 3, 0), ("SKU-B", 1, "10.00", 1, 0)]
    assert tasks_of(after) == [
        ("east", "CANCELLED", []),
        ("east", "OPEN", [("SKU-A", 3, 0, 0), ("SKU-B", 1, 0, 0)]),
    ]
    assert after["history"][-1] == {
        "kind": "EDITED",
        "fromStatus": "ALLOCATED",
        "toStatus": "ALLOCATED",
        "reason": "customer called: SKU-A x2 -> x3; SKU-B added x1; SKU-C removed (was x1)",
    }
    assert await order_ledger(server, admin_token, order["number"]) == [
        ("RESERVE", "SKU-A", "east", 0, 2),
        ("RESERVE", "SKU-C", "east", 0, 1),
        ("RELEASE", "SKU-A", "east", 0, -2),
        ("RELEASE", "SKU-C", "east", 0, -1),
        ("RESERVE", "SKU-A", "east", 0, 3),
        ("RESERVE", "SKU-B", "east", 0, 1),
    ]
    assert await stock_of(server, admin_token, "SKU-C", "east") == (20, 0, 20)
    (event,) = await edited_events(order["number"])
    assert all(isinstance(event.pop(key), int) for key in ("order_id", "channel_id", "customer_id"))
    assert [event] == [
        {
            "number": order["number"],
            "kind": "EDITED",
            "reason": "customer called",
            "lines": [
                {"sku": "SKU-A", "previous_quantity": 2, "quantity": 3},
                {"sku": "SKU-B", "previous_quantity": 0, "quantity": 1},
                {"sku": "SKU-C", "previous_quantity": 1, "quantity": 0},
            ],
            "shipping_address_changed": False,
            "subtotal": "40.00",
            "total": "40.00",
        }
    ]


async def test_more_than_the_stock_holds_backorders_the_rest_and_less_fills_the_order(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token, stock={("SKU-A", "east"): 5})
    order = await placed(server, admin_token, "E-2", [("SKU-A", 4)])

    more = (await edit(server, admin_token, order["id"], lines=[{"sku": "SKU-A", "quantity": 7}]))["order"]
    less = (await edit(server, admin_token, order["id"], lines=[{"sku": "SKU-A", "quantity": 5}]))["order"]

    assert (more["status"], lines_of(more)) == ("PARTIALLY_ALLOCATED", [("SKU-A", 7, "70.00", 5, 2)])
    assert (less["status"], lines_of(less)) == ("ALLOCATED", [("SKU-A", 5, "50.00", 5, 0)])
    assert [h["kind"] for h in less["history"]] == [
        "CREATED",
        "STATUS_CHANGED",
        "EDITED",
        "STATUS_CHANGED",
        "EDITED",
        "STATUS_CHANGED",
    ]
    assert await stock_of(server, admin_token, "SKU-A", "east") == (5, 5, 0)


async def test_a_new_shipping_address_sources_the_unpicked_lines_from_the_closest_warehouse_again(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token, stock={("SKU-A", "east"): 5, ("SKU-A", "eu"): 5})
    await catalog.create_channel(code="near", name="Near", allocation_strategy=AllocationStrategy.CLOSEST)
    order = await placed(server, admin_token, "E-3", [("SKU-A", 2)], channel="near")

    payload = await edit(server, admin_token, order["id"], shippingAddress=BERLIN)

    assert payload["userErrors"] == []
    assert (payload["changes"], payload["shippingAddressChanged"]) == ([], True)
    assert payload["order"]["shippingAddress"] == BERLIN
    assert allocations(payload["order"]) == [("SKU-A", "east", 2, "RELEASED"), ("SKU-A", "eu", 2, "RESERVED")]
    assert tasks_of(payload["order"]) == [("east", "CANCELLED", []), ("eu", "OPEN", [("SKU-A", 2, 0, 0)])]
    assert payload["order"]["history"][-1]["reason"] == "customer called: ship to Unter den Linden 1, Berlin, DE"


async def test_an_edit_that_changes_nothing_writes_nothing(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "E-4", [("SKU-A", 2)])
    before = await view(server, admin_token, order["id"])

    payload = await edit(server, admin_token, order["id"], lines=[{"sku": "SKU-A", "quantity": 2}])

    assert (payload["userErrors"], payload["changes"], payload["shippingAddressChanged"]) == ([], [], False)
    assert await view(server, admin_token, order["id"]) == before
    assert await edited_events(order["number"]) == []


# --- refused once the touched units are picked; the rest of the order stays editable ----------


async def test_a_line_with_picked_units_cannot_change_but_another_line_can_be_added(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "E-5", [("SKU-A", 2), ("SKU-B", 1)])
    task = await claimed(server, admin_token, "east", "alice")
    await scan_ok(server, admin_token, task["id"], "SKU-A")
    before = await view(server, admin_token, order["id"])

    refused = await edit(
        server,
        admin_token,
        order["id"],
        lines=[{"sku": "SKU-B", "quantity": 0}, {"sku": "SKU-A", "quantity": 1}, {"sku": "SKU-C", "quantity": 1}],
    )
    after_refusal = await view(server, admin_token, order["id"])
    added = await edit(
        server, admin_token, order["id"], lines=[{"sku": "SKU-B", "quantity": 0}, {"sku": "SKU-C", "quantity": 2}]
    )

    assert refused["userErrors"] == [
        {
            "field": ["lines", "1", "quantity"],
            "message": "1 unit(s) of SKU-A are already picked; the line can no longer change.",
            "code": "LINE_ALREADY_PICKED",
        }
    ]
    assert after_refusal == before
    assert added["userErrors"] == []
    assert added["order"]["status"] == "PICKING"
    assert tasks_of(added["order"]) == [
        ("east", "IN_PROGRESS", [("SKU-A", 2, 1, 0)]),
        ("east", "OPEN", [("SKU-C", 2, 0, 0)]),
    ]
    assert lines_of(added["order"]) == [("SKU-A", 2, "20.00", 2, 0), ("SKU-C", 2, "20.00", 2, 0)]


async def test_a_packed_order_is_not_editable(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "E-6", [("SKU-A", 1)])
    await packed(
        server, admin_token, (await pick_all(server, admin_token, await claimed(server, admin_token, "east")))["id"]
    )

    refused = await edit(server, admin_token, order["id"], lines=[{"sku": "SKU-B", "quantity": 1}])

    assert refused["userErrors"] == [
        {
            "field": ["id"],
            "message": f"Order {order['number']} is PACKED; only orders not yet packed or shipped can be edited.",
            "code": "ORDER_NOT_EDITABLE",
        }
    ]


async def test_a_held_order_can_be_edited_and_its_new_work_waits_for_the_release(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "E-7", [("SKU-A", 1)])
    hold = "mutation($i: OrderHoldInput!) { orderHold(input: $i) { order { status } %s } }" % USER_ERRORS
    assert (await run(server, admin_token, hold, {"id": order["id"], "reason": "check"}, "orderHold"))[
        "userErrors"
    ] == []

    payload = await edit(server, admin_token, order["id"], lines=[{"sku": "SKU-A", "quantity": 2}])
    release = "mutation($i: OrderReleaseInput!) { orderRelease(input: $i) { order { status } %s } }" % USER_ERRORS
    released = await run(server, admin_token, release, {"id": order["id"]}, "orderRelease")
    after = await view(server, admin_token, order["id"])

    assert (payload["userErrors"], payload["order"]["status"]) == ([], "ON_HOLD")
    assert tasks_of(payload["order"]) == [("east", "CANCELLED", []), ("east", "ON_HOLD", [("SKU-A", 2, 0, 0)])]
    assert released["order"]["status"] == "ALLOCATED"
    assert tasks_of(after) == [("east", "CANCELLED", []), ("east", "OPEN", [("SKU-A", 2, 0, 0)])]


async def test_bad_edits_are_refused_with_every_problem_and_change_nothing(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "E-8", [("SKU-A", 1)])
    before = await view(server, admin_token, order["id"])

    nothing = await edit(server, admin_token, order["id"], reason=" ")
    bad_lines = await edit(
        server,
        admin_token,
        order["id"],
        lines=[{"sku": "NOPE", "quantity": 1}, {"sku": "SKU-B", "quantity": 0}, {"sku": "SKU-A", "quantity": -1}],
    )
    everything = await edit(server, admin_token, order["id"], lines=[{"sku": "SKU-A", "quantity": 0}])
    bad_address = await edit(server, admin_token, order["id"], shippingAddress={"country": "D1"})

    assert nothing["userErrors"] == [
        {"field": ["reason"], "message": "A reason is required to edit an order.", "code": "REQUIRED"},
        {"field": ["lines"], "message": "Say what to change: lines or a shipping address.", "code": "REQUIRED"},
    ]
    assert bad_lines["userErrors"] == [
        {
            "field": ["lines", "2", "quantity"],
            "message": "quantity must be between 0 (remove the line) and 1000000.",
            "code": "INVALID_QUANTITY",
        }
    ]
    assert everything["userErrors"] == [
        {
            "field": ["lines"],
            "message": "An edit cannot remove every line; cancel the order instead.",
            "code": "INVALID",
        }
    ]
    assert bad_address["userErrors"] == [
        {"field": ["shippingAddress", "country"], "message": "country must be a 2-letter ISO code.", "code": "INVALID"}
    ]
    unknown = await edit(
        server, admin_token, order["id"], lines=[{"sku": "NOPE", "quantity": 1}, {"sku": "SKU-B", "quantity": 0}]
    )
    assert unknown["userErrors"] == [
        {"field": ["lines", "0", "sku"], "message": "Unknown SKU 'NOPE'.", "code": "UNKNOWN_SKU"},
        {"field": ["lines", "1", "sku"], "message": "SKU SKU-B is not on this order.", "code": "NOT_FOUND"},
    ]
    assert await view(server, admin_token, order["id"]) == before


ARCHIVE = "mutation($i: ArchiveInput!) { productArchive(input: $i) { product { archivedAt } %s } }" % USER_ERRORS


async def test_an_edit_cannot_order_more_of_an_archived_product_but_can_order_less(
    server: Server, admin_token: str
) -> None:
    """An archived product cannot be ordered: not by a new order, and not by an edit adding it
    or raising its quantity; taking it off the order stays possible."""
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "E-ARCH", [("SKU-A", 1), ("SKU-B", 1)])
    for sku in ("SKU-B", "SKU-C"):
        await run(server, admin_token, ARCHIVE, {"code": sku}, "productArchive")
    before = await view(server, admin_token, order["id"])

    more = await edit(
        server, admin_token, order["id"], lines=[{"sku": "SKU-C", "quantity": 1}, {"sku": "SKU-B", "quantity": 2}]
    )
    unchanged = await view(server, admin_token, order["id"])
    less = await edit(server, admin_token, order["id"], lines=[{"sku": "SKU-B", "quantity": 0}])

    assert more["userErrors"] == [
        {"field": ["lines", "0", "sku"], "message": "SKU SKU-C is archived: it cannot be ordered.", "code": "ARCHIVED"},
        {"field": ["lines", "1", "sku"], "message": "SKU SKU-B is archived: it cannot be ordered.", "code": "ARCHIVED"},
    ]
    assert unchanged == before
    assert less["userErrors"] == []
    assert [ln["sku"] for ln in less["order"]["lines"]] == ["SKU-A"]
    assert [a for a in less["order"]["allocations"] if a["sku"] == "SKU-B" and a["status"] == "RESERVED"] == []


async def test_a_channel_without_backorders_refuses_an_edit_the_stock_cannot_fill(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token, stock={("SKU-A", "east"): 3})
    await catalog.create_channel(code="strict", name="Strict", backorder_policy=BackorderPolicy.REJECT)
    order = await placed(server, admin_token, "E-9", [("SKU-A", 2)], channel="strict")
    before = await view(server, admin_token, order["id"])

    refused = await edit(server, admin_token, order["id"], lines=[{"sku": "SKU-A", "quantity": 4}])

    assert refused["userErrors"] == [
        {
            "field": ["lines"],
            "message": "Not enough stock for SKU-A; this channel does not take backorders.",
            "code": "INSUFFICIENT_STOCK",
        }
    ]
    assert await view(server, admin_token, order["id"]) == before
    assert await stock_of(server, admin_token, "SKU-A", "east") == (3, 2, 1)


# --- edit racing pick (PostgreSQL: real row locks) ---------------------------------------------


@pytest.mark.postgres
async def test_edit_racing_the_first_scan_ends_one_consistent_way_for_every_order(
    server: Server, admin_token: str
) -> None:
    """Twelve orders, each with a claimed task: the picker's first scan and an edit of the same
    line sent at the same moment. Either the scan lands first (the edit is refused with
    LINE_ALREADY_PICKED, one unit picked) or the edit does (the old task is cancelled and the
    scan answers NOT_PICKABLE; a new task holds the new quantity); never both, never a 500."""
    await seed_fulfilment(admin_token, stock={("SKU-A", "east"): 60})
    orders = [await placed(server, admin_token, f"ER-{i}", [("SKU-A", 2)]) for i in range(12)]
    tasks = [await claimed(server, admin_token, "east", "alice") for _ in orders]
    by_order = {t["order"]["id"]: t for t in tasks}

    def race(i: int, order: dict[str, Any]) -> list[Any]:
        pair = [
            scan(server, admin_token, by_order[order["id"]]["id"], "0400000000017"),
            edit(server, admin_token, order["id"], lines=[{"sku": "SKU-A", "quantity": 3}]),
        ]
        return pair if i % 2 else pair[::-1]  # half of them sent edit first

    sent = await asyncio.gather(*(c for i, order in enumerate(orders) for c in race(i, order)))
    pairs = [sent[2 * i : 2 * i + 2] if i % 2 else sent[2 * i : 2 * i + 2][::-1] for i in range(len(orders))]
    results = [r for pair in pairs for r in pair]
    views = [await view(server, admin_token, o["id"]) for o in orders]

    scans, edits = results[0::2], results[1::2]
    outcomes = []
    for scanned, edited, after in zip(scans, edits, views, strict=True):
        if edited["userErrors"]:
            assert edited["userErrors"] == [
                {
                    "field": ["lines", "0", "quantity"],
                    "message": "1 unit(s) of SKU-A are already picked; the line can no longer change.",
                    "code": "LINE_ALREADY_PICKED",
                }
            ]
            assert (scanned["result"], scanned["userErrors"]) == ("ACCEPTED", [])
            assert (after["status"], tasks_of(after)) == ("PICKING", [("east", "IN_PROGRESS", [("SKU-A", 2, 1, 0)])])
            assert lines_of(after) == [("SKU-A", 2, "20.00", 2, 0)]
            outcomes.append("scan first")
        else:
            assert (scanned["result"], scanned["userErrors"]) == (
                "NOT_PICKABLE",
                [{"field": ["barcode"], "message": "This task is not open for picking.", "code": "INVALID_TRANSITION"}],
            )
            assert (after["status"], tasks_of(after)) == (
                "ALLOCATED",
                [("east", "CANCELLED", []), ("east", "OPEN", [("SKU-A", 3, 0, 0)])],
            )
            assert lines_of(after) == [("SKU-A", 3, "30.00", 3, 0)]
            outcomes.append("edit first")
    reserved = sum(2 if o == "scan first" else 3 for o in outcomes)
    assert await stock_of(server, admin_token, "SKU-A", "east") == (60, reserved, 60 - reserved)
