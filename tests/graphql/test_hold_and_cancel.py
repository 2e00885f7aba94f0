"""Holding, releasing and cancelling an order at every stage of its warehouse work, through
the real app: held work waits, released work resumes where it was, a cancel unwinds what
was picked and packed, a partly shipped order's remainder can be closed. Stock reconciles
after every test (the `server` fixture checks it)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from models.access import Role
from tests.fixtures.database import make_token
from tests.fixtures.fulfilment import (
    BARCODES,
    claim,
    claimed,
    complete,
    dispatch,
    dispatched,
    order_ledger,
    order_view,
    pack,
    packed,
    pick_all,
    run,
    scan,
    scan_ok,
    seed_fulfilment,
    short,
    stock_of,
    task_view,
)
from tests.fixtures.server import Server
from tests.fixtures.stock import USER_ERRORS, placed

ORDER_BITS = "order { status pickTasks { id status } shipments { id status } }"
HOLD = "mutation($i: OrderHoldInput!) { orderHold(input: $i) { %s %s } }" % (ORDER_BITS, USER_ERRORS)
RELEASE = "mutation($i: OrderReleaseInput!) { orderRelease(input: $i) { %s %s } }" % (ORDER_BITS, USER_ERRORS)
CANCEL = "mutation($i: OrderCancelInput!) { orderCancel(input: $i) { %s %s } }" % (ORDER_BITS, USER_ERRORS)
CANCEL_REMAINDER = "mutation($i: OrderCancelRemainderInput!) { orderCancelRemainder(input: $i) { %s %s } }" % (
    ORDER_BITS,
    USER_ERRORS,
)
HELD = [
    {
        "field": ["task"],
        "message": "The order is on hold: this task waits until it is released.",
        "code": "ORDER_ON_HOLD",
    }
]


async def act(server: Server, token: str, doc: str, name: str, order_id: str, reason: str | None = "ops") -> Any:
    variables: dict[str, Any] = {"id": order_id}
    if reason is not None:
        variables["reason"] = reason
    return await run(server, token, doc, variables, name)


async def done(server: Server, token: str, doc: str, name: str, order_id: str) -> dict[str, Any]:
    """The action must succeed; (order status, task statuses, shipment statuses)."""
    payload = await act(server, token, doc, name, order_id, None if name == "orderRelease" else "ops")
    assert payload["userErrors"] == [], payload
    order: dict[str, Any] = payload["order"]
    return order


def statuses(order: dict[str, Any]) -> tuple[str, list[str], list[str]]:
    return (
        order["status"],
        [t["status"] for t in order["pickTasks"]],
        [s["status"] for s in order["shipments"]],
    )


async def open_task(server: Server, token: str, order: dict[str, Any]) -> dict[str, Any]:
    (task,) = (await order_view(server, token, order["id"]))["pickTasks"]
    found = await task_view(server, token, task["id"])
    assert found is not None
    return found


# --- 1. holding suspends the work, releasing resumes it ------------------------------------------


async def test_a_held_order_s_task_is_not_claimable_and_refuses_work_until_released(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token)
    picker = await make_token(Role.WAREHOUSE, "east")
    order = await placed(server, admin_token, "H-1", [("SKU-A", 2)])
    task = await open_task(server, admin_token, order)

    held = await done(server, admin_token, HOLD, "orderHold", order["id"])
    claim_held = await claim(server, picker, "east")
    scan_held = await scan(server, picker, task["id"], BARCODES["SKU-A"])
    short_held = await short(server, picker, task["id"], "SKU-A", 1)
    complete_held = await complete(server, picker, task["id"])
    released = await done(server, admin_token, RELEASE, "orderRelease", order["id"])
    claimed_after = await claimed(server, picker, "east")
    picked = await pick_all(server, picker, claimed_after)
    shipment = await packed(server, picker, picked["id"])
    after_pack = await order_view(server, admin_token, order["id"])
    shipped = await dispatched(server, admin_token, shipment["id"], "ups", "1Z-H-1")

    assert statuses(held) == ("ON_HOLD", ["ON_HOLD"], [])
    assert claim_held == {"pickTask": None, "userErrors": []}
    assert (scan_held["result"], scan_held["userErrors"]) == (None, HELD)
    assert short_held["userErrors"] == HELD
    assert complete_held["userErrors"] == HELD
    assert statuses(released) == ("ALLOCATED", ["OPEN"], [])
    assert claimed_after["id"] == task["id"]
    assert after_pack["status"] == "PACKED"
    assert shipped["order"]["status"] == "SHIPPED"
    assert await stock_of(server, admin_token, "SKU-A", "east") == (18, 0, 18)


async def test_an_order_held_while_picking_resumes_picking_and_reaches_packed_and_shipped(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token)
    picker = await make_token(Role.WAREHOUSE, "east")
    order = await placed(server, admin_token, "H-2", [("SKU-A", 2)])
    task = await claimed(server, picker, "east", "alice")
    await scan_ok(server, picker, task["id"], "SKU-A")

    held = await done(server, admin_token, HOLD, "orderHold", order["id"])
    scan_held = await scan(server, picker, task["id"], BARCODES["SKU-A"])
    released = await done(server, admin_token, RELEASE, "orderRelease", order["id"])
    resumed = await task_view(server, admin_token, task["id"])
    picked = await pick_all(server, picker, await open_task(server, admin_token, order))
    shipment = await packed(server, picker, picked["id"])
    packed_order = await order_view(server, admin_token, order["id"])
    shipped = await dispatched(server, admin_token, shipment["id"], "ups", "1Z-H-2")
    history = [
        (h["fromStatus"], h["toStatus"]) for h in (await order_view(server, admin_token, order["id"]))["history"]
    ]

    assert statuses(held) == ("ON_HOLD", ["ON_HOLD"], [])
    assert scan_held["userErrors"] == HELD
    assert statuses(released) == ("PICKING", ["IN_PROGRESS"], [])
    assert resumed is not None and (resumed["status"], resumed["assignee"]) == ("IN_PROGRESS", "alice")
    assert packed_order["status"] == "PACKED"
    assert shipped["order"]["status"] == "SHIPPED"
    assert history[-5:] == [
        ("ALLOCATED", "PICKING"),
        ("PICKING", "ON_HOLD"),
        ("ON_HOLD", "PICKING"),
        ("PICKING", "PACKED"),
        ("PACKED", "SHIPPED"),
    ]


async def test_a_packed_order_on_hold_is_not_dispatched_until_released(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "H-3", [("SKU-A", 1)])
    shipment = await packed(
        server, admin_token, (await pick_all(server, admin_token, await open_task(server, admin_token, order)))["id"]
    )

    held = await done(server, admin_token, HOLD, "orderHold", order["id"])
    refused = await dispatch(server, admin_token, shipment["id"], "ups", "1Z-H-3")
    released = await done(server, admin_token, RELEASE, "orderRelease", order["id"])
    shipped = await dispatched(server, admin_token, shipment["id"], "ups", "1Z-H-3")

    assert statuses(held) == ("ON_HOLD", ["DONE"], ["PACKED"])
    assert refused["userErrors"] == [
        {
            "field": ["id"],
            "message": f"Order {order['number']} is on hold: release it before shipping.",
            "code": "ORDER_ON_HOLD",
        }
    ]
    assert statuses(released) == ("PACKED", ["DONE"], ["PACKED"])
    assert shipped["order"]["status"] == "SHIPPED"
    assert await order_ledger(server, admin_token, order["number"]) == [
        ("RESERVE", "SKU-A", "east", 0, 1),
        ("SHIP", "SKU-A", "east", -1, -1),
    ]


# --- 2. cancelling at every stage before dispatch; closing a partly shipped order -----------------

SPLIT_STOCK = {("SKU-A", "east"): 20, ("SKU-B", "eu"): 20}


async def test_a_cancel_while_picking_restocks_the_picked_units_and_nothing_can_be_packed_after(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token, stock=SPLIT_STOCK)
    order = await placed(server, admin_token, "X-1", [("SKU-A", 3), ("SKU-B", 1)])
    east = await pick_all(server, admin_token, await claimed(server, admin_token, "east"))  # DONE, not packed
    eu = await claimed(server, admin_token, "eu")  # started, not finished: the order is PICKING

    cancelled = await done(server, admin_token, CANCEL, "orderCancel", order["id"])
    pack_after = await pack(server, admin_token, east["id"])
    scan_after = await scan(server, admin_token, eu["id"], BARCODES["SKU-B"])

    assert statuses(cancelled) == ("CANCELLED", ["CANCELLED", "CANCELLED"], [])
    assert pack_after["userErrors"] == [
        {"field": ["task"], "message": "Task is CANCELLED; finish picking first.", "code": "INVALID_TRANSITION"}
    ]
    assert scan_after["result"] == "NOT_PICKABLE"
    assert await order_ledger(server, admin_token, order["number"]) == [
        ("RESERVE", "SKU-A", "east", 0, 3),
        ("RESERVE", "SKU-B", "eu", 0, 1),
        ("CANCEL_RESTOCK", "SKU-A", "east", 0, -3),
        ("RELEASE", "SKU-B", "eu", 0, -1),
    ]
    assert await stock_of(server, admin_token, "SKU-A", "east") == (20, 0, 20)
    assert await stock_of(server, admin_token, "SKU-B", "eu") == (20, 0, 20)


async def test_a_packed_order_can_be_cancelled_its_box_is_restocked_and_goes_to_the_next_order(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token, stock={("SKU-A", "east"): 2})
    first = await placed(server, admin_token, "X-2", [("SKU-A", 2)])
    task = await claimed(server, admin_token, "east")
    await scan_ok(server, admin_token, task["id"], "SKU-A", 1)
    short_of_one = await short(server, admin_token, task["id"], "SKU-A", 1)  # one unit is not on the shelf
    await complete(server, admin_token, task["id"])
    shipment = await packed(server, admin_token, task["id"])
    waiting = await placed(server, admin_token, "X-3", [("SKU-A", 1)])

    cancelled = await done(server, admin_token, CANCEL, "orderCancel", first["id"])
    dispatch_after = await dispatch(server, admin_token, shipment["id"], "ups", "1Z-X-2")
    served = await order_view(server, admin_token, waiting["id"])

    assert short_of_one["userErrors"] == []
    assert statuses(cancelled) == ("CANCELLED", ["CANCELLED"], ["CANCELLED"])
    assert dispatch_after["userErrors"] == [
        {
            "field": ["shipment"],
            "message": "Shipment is CANCELLED; only packed ones dispatch.",
            "code": "INVALID_TRANSITION",
        }
    ]
    assert await order_ledger(server, admin_token, first["number"]) == [
        ("RESERVE", "SKU-A", "east", 0, 2),
        ("ADJUSTMENT", "SKU-A", "east", -1, -1),
        ("CANCEL_RESTOCK", "SKU-A", "east", 0, -1),
    ]
    assert served["status"] == "ALLOCATED"  # the restocked unit went to the order waiting for it
    assert await stock_of(server, admin_token, "SKU-A", "east") == (1, 1, 0)


async def test_a_partly_shipped_order_s_remainder_is_cancelled_and_the_order_closes_as_shipped(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token, stock={("SKU-A", "east"): 20, ("SKU-B", "eu"): 2})
    order = await placed(server, admin_token, "X-4", [("SKU-A", 1), ("SKU-B", 3)])  # one SKU-B waits
    east = await pick_all(server, admin_token, await claimed(server, admin_token, "east"))
    await dispatched(server, admin_token, (await packed(server, admin_token, east["id"]))["id"], "ups", "1Z-X-4")
    eu = await claimed(server, admin_token, "eu")
    await scan_ok(server, admin_token, eu["id"], "SKU-B", 1)

    whole = await act(server, admin_token, CANCEL, "orderCancel", order["id"])
    too_early = await act(
        server,
        admin_token,
        CANCEL_REMAINDER,
        "orderCancelRemainder",
        (await placed(server, admin_token, "X-5", [("SKU-A", 1)]))["id"],
    )
    closed = await done(server, admin_token, CANCEL_REMAINDER, "orderCancelRemainder", order["id"])
    again = await act(server, admin_token, CANCEL_REMAINDER, "orderCancelRemainder", order["id"])
    await run(
        server,
        admin_token,
        "mutation($i: StockAdjustInput!) { stockAdjust(input: $i) { %s } }" % USER_ERRORS,
        {"sku": "SKU-B", "warehouse": "eu", "delta": 5, "reason": "RECEIPT"},
        "stockAdjust",
    )
    view = await order_view(server, admin_token, order["id"])

    assert whole["userErrors"] == [
        {
            "field": ["id"],
            "message": f"Order {order['number']} is partly shipped; cancel what has not shipped with orderCancelRemainder.",
            "code": "INVALID_TRANSITION",
        }
    ]
    assert [e["code"] for e in too_early["userErrors"] + again["userErrors"]] == ["INVALID_TRANSITION"] * 2
    assert statuses(closed) == ("SHIPPED", ["DONE", "CANCELLED"], ["DISPATCHED"])
    assert view["status"] == "SHIPPED"  # stock arriving later does not reopen it
    assert sorted((ln["sku"], ln["allocatedQuantity"], ln["backorderedQuantity"]) for ln in view["lines"]) == [
        ("SKU-A", 1, 0),
        ("SKU-B", 0, 0),
    ]
    assert (view["history"][-1]["fromStatus"], view["history"][-1]["toStatus"], view["history"][-1]["reason"]) == (
        "PARTIALLY_SHIPPED",
        "SHIPPED",
        "remainder cancelled: ops",
    )
    assert [m for m in await order_ledger(server, admin_token, order["number"]) if m[1] == "SKU-B"] == [
        ("RESERVE", "SKU-B", "eu", 0, 2),
        ("CANCEL_RESTOCK", "SKU-B", "eu", 0, -1),
        ("RELEASE", "SKU-B", "eu", 0, -1),
    ]
    assert await stock_of(server, admin_token, "SKU-B", "eu") == (7, 0, 7)


@pytest.mark.postgres
async def test_cancel_racing_pack_ends_one_consistent_way_for_every_order(server: Server, admin_token: str) -> None:
    """Twelve orders, each with a picked task: pack and cancel sent at the same moment. Either
    the pack lands first (then the cancel unpacks: shipment CANCELLED, units restocked) or the
    cancel does (then the pack is refused); never both half-way, never a 500 or a deadlock."""
    await seed_fulfilment(admin_token, stock={("SKU-A", "east"): 24})
    orders = [await placed(server, admin_token, f"R-{i}", [("SKU-A", 2)]) for i in range(12)]
    tasks = [await pick_all(server, admin_token, await open_task(server, admin_token, o)) for o in orders]

    results = await asyncio.gather(
        *(
            coroutine
            for order, task in zip(orders, tasks, strict=True)
            for coroutine in (
                pack(server, admin_token, task["id"]),
                act(server, admin_token, CANCEL, "orderCancel", order["id"]),
            )
        )
    )
    views = [await order_view(server, admin_token, o["id"]) for o in orders]

    packs, cancels = results[0::2], results[1::2]
    assert [c["userErrors"] for c in cancels] == [[]] * 12
    refused = [p["userErrors"] for p in packs if p["userErrors"]]
    assert refused == [
        [{"field": ["task"], "message": "Task is CANCELLED; finish picking first.", "code": "INVALID_TRANSITION"}]
    ] * len(refused)
    for pack_result, view in zip(packs, views, strict=True):
        shipments = ["CANCELLED"] if not pack_result["userErrors"] else []
        assert (view["status"], [t["status"] for t in view["pickTasks"]], [s["status"] for s in view["shipments"]]) == (
            "CANCELLED",
            ["CANCELLED"],
            shipments,
        )
        assert [m[0] for m in await order_ledger(server, admin_token, view["number"])] == ["RESERVE", "CANCEL_RESTOCK"]
    assert await stock_of(server, admin_token, "SKU-A", "east") == (24, 0, 24)
