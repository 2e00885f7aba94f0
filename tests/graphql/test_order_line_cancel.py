"""Cancelling units of one order line with a reason, through the real app: waiting units
first, then reserved ones (released through the ledger, their task lines shrunk), never
picked ones; totals recomputed. Stock reconciles after every test (the `server` fixture checks it)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from models.events import OutboxEvent
from tests.fixtures.fulfilment import claimed, order_ledger, run, scan_ok, seed_fulfilment, stock_of, tasks_of
from tests.fixtures.server import Server
from tests.fixtures.stock import USER_ERRORS, call, placed

ORDER_BITS = """
  id number status subtotal { amount } total { amount }
  lines { id sku quantity cancelledQuantity lineTotal { amount } allocatedQuantity backorderedQuantity }
  history { kind fromStatus toStatus reason }
  pickTasks { id status warehouse { code } lines { sku quantity pickedQuantity shortQuantity } }
"""
CANCEL_LINE = """mutation($i: OrderLineCancelInput!) { orderLineCancel(input: $i) {
  order { %s } line { sku quantity cancelledQuantity lineTotal { amount } } %s } }""" % (ORDER_BITS, USER_ERRORS)
VIEW = "query($id: ID!) { order(id: $id) { %s } }" % ORDER_BITS
SCAN_ONE = "mutation($i: PickScanInput!) { pickScan(input: $i) { result %s } }" % USER_ERRORS


async def view(server: Server, token: str, order_id: str) -> dict[str, Any]:
    order: dict[str, Any] = await call(server, token, VIEW, {"id": order_id}, "order")
    return order


def line_id(order: dict[str, Any], sku: str) -> str:
    return next(str(ln["id"]) for ln in order["lines"] if ln["sku"] == sku)


async def cancel_units(server: Server, token: str, line: str, quantity: int, reason: str = "out of season") -> Any:
    return await run(
        server, token, CANCEL_LINE, {"line": line, "quantity": quantity, "reason": reason}, "orderLineCancel"
    )


def lines_of(order: dict[str, Any]) -> list[tuple[str, int, int, str, int, int]]:
    return [
        (
            ln["sku"],
            ln["quantity"],
            ln["cancelledQuantity"],
            ln["lineTotal"]["amount"],
            ln["allocatedQuantity"],
            ln["backorderedQuantity"],
        )
        for ln in order["lines"]
    ]


async def test_reserved_units_of_a_line_are_cancelled_released_and_the_totals_follow(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token)
    order = await view(
        server, admin_token, (await placed(server, admin_token, "C-1", [("SKU-A", 3), ("SKU-B", 1)]))["id"]
    )

    payload = await cancel_units(server, admin_token, line_id(order, "SKU-A"), 2)
    after = payload["order"]

    assert payload["userErrors"] == []
    assert payload["line"] == {"sku": "SKU-A", "quantity": 1, "cancelledQuantity": 2, "lineTotal": {"amount": "10.00"}}
    assert (after["status"], after["subtotal"]["amount"], after["total"]["amount"]) == ("ALLOCATED", "20.00", "20.00")
    assert lines_of(after) == [("SKU-A", 1, 2, "10.00", 1, 0), ("SKU-B", 1, 0, "10.00", 1, 0)]
    assert tasks_of(after) == [("east", "OPEN", [("SKU-A", 1, 0, 0), ("SKU-B", 1, 0, 0)])]
    assert after["history"][-1] == {
        "kind": "LINE_CANCELLED",
        "fromStatus": "ALLOCATED",
        "toStatus": "ALLOCATED",
        "reason": "out of season: SKU-A x2 cancelled (1 left)",
    }
    assert await order_ledger(server, admin_token, order["number"]) == [
        ("RESERVE", "SKU-A", "east", 0, 3),
        ("RESERVE", "SKU-B", "east", 0, 1),
        ("RELEASE", "SKU-A", "east", 0, -2),
    ]
    assert await stock_of(server, admin_token, "SKU-A", "east") == (20, 1, 19)
    (event,) = [
        e.payload for e in await OutboxEvent.filter(topic="order.edited") if e.payload["number"] == order["number"]
    ]
    assert (event["kind"], event["lines"], event["total"]) == (
        "LINE_CANCELLED",
        [{"sku": "SKU-A", "previous_quantity": 3, "quantity": 1}],
        "20.00",
    )


async def test_waiting_units_are_cancelled_first_and_a_whole_line_leaves_its_task(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token, stock={("SKU-A", "east"): 2, ("SKU-B", "east"): 5})
    order = await view(
        server, admin_token, (await placed(server, admin_token, "C-2", [("SKU-A", 5), ("SKU-B", 1)]))["id"]
    )

    waiting = (await cancel_units(server, admin_token, line_id(order, "SKU-A"), 3))["order"]
    whole = (await cancel_units(server, admin_token, line_id(order, "SKU-B"), 1, "customer asked"))["order"]

    assert order["status"] == "PARTIALLY_ALLOCATED"
    assert (waiting["status"], lines_of(waiting)[0]) == ("ALLOCATED", ("SKU-A", 2, 3, "20.00", 2, 0))
    assert lines_of(whole) == [("SKU-A", 2, 3, "20.00", 2, 0)]
    assert whole["history"][-1]["reason"] == "customer asked: SKU-B x1 cancelled (0 left)"
    assert tasks_of(whole) == [("east", "OPEN", [("SKU-A", 2, 0, 0)])]
    assert await order_ledger(server, admin_token, order["number"]) == [
        ("RESERVE", "SKU-A", "east", 0, 2),
        ("RESERVE", "SKU-B", "east", 0, 1),
        ("RELEASE", "SKU-B", "east", 0, -1),
    ]


async def test_picked_units_are_not_cancelled_but_the_unpicked_rest_is(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    order = await view(
        server, admin_token, (await placed(server, admin_token, "C-3", [("SKU-A", 3), ("SKU-B", 1)]))["id"]
    )
    task = await claimed(server, admin_token, "east", "alice")
    await scan_ok(server, admin_token, task["id"], "SKU-A", 2)

    refused = await cancel_units(server, admin_token, line_id(order, "SKU-A"), 2)
    done = await cancel_units(server, admin_token, line_id(order, "SKU-A"), 1)

    assert refused["userErrors"] == [
        {
            "field": ["quantity"],
            "message": "Only 1 unit(s) of SKU-A are not picked yet; picked units cannot be cancelled here.",
            "code": "LINE_ALREADY_PICKED",
        }
    ]
    assert done["userErrors"] == []
    assert (done["order"]["status"], tasks_of(done["order"])) == (
        "PICKING",
        [("east", "IN_PROGRESS", [("SKU-A", 2, 2, 0), ("SKU-B", 1, 0, 0)])],
    )
    assert await stock_of(server, admin_token, "SKU-A", "east") == (20, 2, 18)


async def test_bad_cancellations_are_refused_with_every_problem(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    order = await view(server, admin_token, (await placed(server, admin_token, "C-4", [("SKU-A", 1)]))["id"])

    bad = await cancel_units(server, admin_token, line_id(order, "SKU-A"), 0, " ")
    last = await cancel_units(server, admin_token, line_id(order, "SKU-A"), 1)
    missing = await cancel_units(server, admin_token, "T3JkZXJMaW5lOjk5OTk5OQ==", 1)

    assert bad["userErrors"] == [
        {"field": ["reason"], "message": "A reason is required to cancel units of a line.", "code": "REQUIRED"},
        {"field": ["quantity"], "message": "quantity must be between 1 and 1000000.", "code": "INVALID_QUANTITY"},
    ]
    assert last["userErrors"] == [
        {
            "field": ["quantity"],
            "message": "This would cancel every unit of the order; cancel the order instead.",
            "code": "INVALID",
        }
    ]
    assert missing["userErrors"] == [{"field": ["line"], "message": "Order line not found.", "code": "NOT_FOUND"}]
    assert await view(server, admin_token, order["id"]) == order


@pytest.mark.postgres
async def test_line_cancel_racing_the_first_scan_ends_one_consistent_way_for_every_order(
    server: Server, admin_token: str
) -> None:
    """Ten orders of SKU-A x2 and SKU-B x1, each with a claimed task: the first SKU-A scan and a
    cancel of both SKU-A units sent together (half of them cancel first). Either the scan lands
    first (the cancel is refused: one unit is picked) or the cancel does (SKU-A leaves the task
    and the scan is a wrong item); never both, never a 500."""
    await seed_fulfilment(admin_token)
    orders = [
        await view(
            server, admin_token, (await placed(server, admin_token, f"CR-{i}", [("SKU-A", 2), ("SKU-B", 1)]))["id"]
        )
        for i in range(10)
    ]
    tasks = {t["order"]["id"]: t for t in [await claimed(server, admin_token, "east", "alice") for _ in orders]}

    def race(i: int, order: dict[str, Any]) -> list[Any]:
        pair = [
            run(
                server,
                admin_token,
                SCAN_ONE,
                {"task": tasks[order["id"]]["id"], "barcode": "0400000000017"},
                "pickScan",
            ),
            cancel_units(server, admin_token, line_id(order, "SKU-A"), 2),
        ]
        return pair if i % 2 else pair[::-1]

    sent = await asyncio.gather(*(c for i, order in enumerate(orders) for c in race(i, order)))
    pairs = [sent[2 * i : 2 * i + 2] if i % 2 else sent[2 * i : 2 * i + 2][::-1] for i in range(len(orders))]
    reserved = 0
    for (scanned, cancelled), order in zip(pairs, orders, strict=True):
        after = await view(server, admin_token, order["id"])
        if cancelled["userErrors"]:
            assert cancelled["userErrors"] == [
                {
                    "field": ["quantity"],
                    "message": "Only 1 unit(s) of SKU-A are not picked yet; picked units cannot be cancelled here.",
                    "code": "LINE_ALREADY_PICKED",
                }
            ]
            assert (scanned["result"], tasks_of(after)) == (
                "ACCEPTED",
                [("east", "IN_PROGRESS", [("SKU-A", 2, 1, 0), ("SKU-B", 1, 0, 0)])],
            )
            reserved += 2
        else:
            assert (scanned["result"], tasks_of(after)) == ("WRONG_ITEM", [("east", "ASSIGNED", [("SKU-B", 1, 0, 0)])])
            assert lines_of(after) == [("SKU-B", 1, 0, "10.00", 1, 0)]
    assert await stock_of(server, admin_token, "SKU-A", "east") == (20, reserved, 20 - reserved)
