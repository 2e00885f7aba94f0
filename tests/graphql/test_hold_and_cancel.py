"""Holding, releasing and cancelling an order at every stage of its warehouse work, through
the real app: held work waits, released work resumes where it was, a cancel unwinds what
was picked and packed, a partly shipped order's remainder can be closed. Stock reconciles
after every test (`stock_reconciles`)."""

from __future__ import annotations

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

pytestmark = pytest.mark.usefixtures("stock_reconciles")

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
