"""Warehouse execution and shipping through the real app: claiming, scanning, shorts,
completion, packing, dispatch, carrier tracking, and who may see and touch what."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

from models.access import Role
from services.inventory import ledger_mismatches
from tests.fixtures.database import make_token
from tests.fixtures.fulfilment import (
    ASSIGN,
    BARCODES,
    PRIORITIZE,
    allocations,
    claim,
    claimed,
    complete,
    dispatch,
    dispatched,
    hops,
    must,
    order_ledger,
    order_view,
    pack,
    packed,
    pick_all,
    role_of,
    run,
    scan,
    scan_log,
    scan_ok,
    scan_view,
    seed_fulfilment,
    shipment_list,
    shipment_view,
    short,
    stock_of,
    task_lines,
    task_list,
    task_view,
    tasks_of,
    track,
)
from tests.fixtures.server import Server
from tests.fixtures.stock import cancel, placed, receive

NOT_FOUND_TASK = [{"field": ["task"], "message": "Pick task not found.", "code": "NOT_FOUND"}]
NOT_FOUND_SHIPMENT = [{"field": ["shipment"], "message": "Shipment not found.", "code": "NOT_FOUND"}]
NOT_FOUND_TRACKING = [{"field": ["trackingNumber"], "message": "Shipment not found.", "code": "NOT_FOUND"}]
ORDERS = "query { orders(first: 10) { totalCount edges { node { id } } } }"
ORDER = "query($id: ID!) { order(id: $id) { id } }"


def when(text: str) -> datetime:
    return datetime.fromisoformat(text)


async def task_of(server: Server, token: str, order: dict[str, Any], warehouse: str = "east") -> dict[str, Any]:
    """The order's one unfinished task at a warehouse."""
    found = [
        t
        for t in (await order_view(server, token, order["id"]))["pickTasks"]
        if t["warehouse"]["code"] == warehouse and t["status"] not in ("DONE", "CANCELLED")
    ]
    assert len(found) == 1, found
    task = await task_view(server, token, found[0]["id"])
    assert task is not None
    return task


async def shipped_order(
    server: Server, admin: str, ref: str, lines: list[tuple[str, int]], carrier: str, tracking: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    """An order picked, packed and dispatched from east (by staff); (order, shipment)."""
    order = await placed(server, admin, ref, lines)
    done = await pick_all(server, admin, await task_of(server, admin, order))
    shipment = await dispatched(server, admin, (await packed(server, admin, done["id"]))["id"], carrier, tracking)
    return order, shipment


# --- claiming and assigning ----------------------------------------------------------------


async def test_claim_hands_out_open_tasks_by_priority_then_age_and_null_when_none_is_left(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token)
    orders = [await placed(server, admin_token, f"C-{i}", [("SKU-A", 1)]) for i in range(3)]
    tasks = [await task_of(server, admin_token, o) for o in orders]
    await must(server, admin_token, PRIORITIZE, {"task": tasks[2]["id"], "priority": 5}, "pickTaskPrioritize")
    picker = await make_token(Role.WAREHOUSE, "east")

    first = await claimed(server, picker, "east", "alice")
    second = await claimed(server, picker, "east")
    third = await claimed(server, picker, "east", "carol")
    idle = await claim(server, picker, "east")
    elsewhere = await claim(server, admin_token, "eu")
    unknown = await claim(server, admin_token, "nowhere")

    assert [first["id"], second["id"], third["id"]] == [tasks[2]["id"], tasks[0]["id"], tasks[1]["id"]]
    assert [(t["status"], t["priority"]) for t in (first, second, third)] == [
        ("ASSIGNED", 5),
        ("ASSIGNED", 0),
        ("ASSIGNED", 0),
    ]
    assert (first["assignee"], role_of(second["assignee"]), third["assignee"]) == ("alice", "warehouse:east", "carol")
    assert [t["order"]["number"] for t in (first, second, third)] == [
        orders[2]["number"],
        orders[0]["number"],
        orders[1]["number"],
    ]
    assert idle == {"pickTask": None, "userErrors": []}
    assert elsewhere == {"pickTask": None, "userErrors": []}
    assert unknown == {
        "pickTask": None,
        "userErrors": [{"field": ["warehouse"], "message": "Warehouse 'nowhere' not found.", "code": "NOT_FOUND"}],
    }
    assert await task_list(server, admin_token, status=["OPEN"]) == []
    assert [o["status"] for o in [await order_view(server, admin_token, o["id"]) for o in orders]] == ["ALLOCATED"] * 3


async def test_assign_gives_a_task_to_a_named_picker_and_refuses_finished_tasks(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "AS-1", [("SKU-A", 1)])
    task = await task_of(server, admin_token, order)
    lead = await make_token(Role.WAREHOUSE, "east")

    to_bob = await must(server, lead, ASSIGN, {"task": task["id"], "picker": "bob"}, "pickTaskAssign")
    to_carol = await must(server, lead, ASSIGN, {"task": task["id"], "picker": "carol"}, "pickTaskAssign")
    blank = await run(server, lead, ASSIGN, {"task": task["id"], "picker": "  "}, "pickTaskAssign")
    claim_after = await claim(server, lead, "east")
    await pick_all(server, lead, to_carol["pickTask"])
    finished = await run(server, lead, ASSIGN, {"task": task["id"], "picker": "dave"}, "pickTaskAssign")
    unknown = await run(server, lead, ASSIGN, {"task": "UGlja1Rhc2s6OTk5", "picker": "dave"}, "pickTaskAssign")

    assert (to_bob["pickTask"]["status"], to_bob["pickTask"]["assignee"]) == ("ASSIGNED", "bob")
    assert (to_carol["pickTask"]["status"], to_carol["pickTask"]["assignee"]) == ("ASSIGNED", "carol")
    assert blank == {
        "pickTask": None,
        "userErrors": [{"field": ["picker"], "message": "Say who picks.", "code": "REQUIRED"}],
    }
    assert claim_after == {"pickTask": None, "userErrors": []}, "an assigned task is not claimable"
    assert finished == {
        "pickTask": None,
        "userErrors": [
            {
                "field": ["task"],
                "message": "Task is DONE; only open or assigned tasks can be assigned.",
                "code": "INVALID_TRANSITION",
            }
        ],
    }
    assert unknown == {"pickTask": None, "userErrors": NOT_FOUND_TASK}
    view = await task_view(server, admin_token, task["id"])
    assert view is not None and (view["status"], view["assignee"]) == ("DONE", "carol")


# --- scanning ----------------------------------------------------------------------------


async def test_scans_accept_only_the_tasks_items_refuse_wrong_items_and_over_picks_and_log_everything(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "SC-1", [("SKU-A", 2), ("SKU-B", 1)])
    picker = await make_token(Role.WAREHOUSE, "east")
    task = await claimed(server, picker, "east", "alice")

    wrong = await scan(server, picker, task["id"], BARCODES["SKU-C"], device="gun-7")
    first_a = await scan(server, picker, task["id"], BARCODES["SKU-A"], device="gun-7")
    over = await scan(server, picker, task["id"], BARCODES["SKU-A"], 2, device="gun-7")
    second_a = await scan(server, picker, task["id"], BARCODES["SKU-A"], device="gun-8")
    unknown = await scan(server, picker, task["id"], "999999", device="gun-8")
    b = await scan(server, picker, task["id"], BARCODES["SKU-B"], device="gun-8")
    assert (await complete(server, picker, task["id"]))["userErrors"] == []
    after_done = await scan(server, picker, task["id"], BARCODES["SKU-B"], device="gun-8")

    assert (wrong["result"], wrong["replayed"], wrong["userErrors"]) == (
        "WRONG_ITEM",
        False,
        [{"field": ["barcode"], "message": f"Barcode {BARCODES['SKU-C']} is not on this task.", "code": "WRONG_ITEM"}],
    )
    assert wrong["pickTask"]["status"] == "ASSIGNED", "a wrong item does not start the task"
    assert (first_a["result"], first_a["userErrors"], first_a["pickTask"]["status"]) == ("ACCEPTED", [], "IN_PROGRESS")
    assert first_a["pickTask"]["startedAt"] is not None
    assert (over["result"], over["userErrors"]) == (
        "OVER_PICK",
        [{"field": ["barcode"], "message": "More SKU-A than this task needs.", "code": "OVER_PICK"}],
    )
    assert task_lines(over["pickTask"]) == [("SKU-A", 2, 1, 0), ("SKU-B", 1, 0, 0)], "an over-pick applies nothing"
    assert (second_a["result"], second_a["userErrors"]) == ("ACCEPTED", [])
    assert (unknown["result"], [e["code"] for e in unknown["userErrors"]]) == ("WRONG_ITEM", ["WRONG_ITEM"])
    assert (b["result"], task_lines(b["pickTask"])) == ("ACCEPTED", [("SKU-A", 2, 2, 0), ("SKU-B", 1, 1, 0)])
    assert (after_done["result"], after_done["userErrors"]) == (
        "NOT_PICKABLE",
        [{"field": ["barcode"], "message": "This task is not open for picking.", "code": "INVALID_TRANSITION"}],
    )

    view = await task_view(server, admin_token, task["id"])
    assert view is not None
    assert task_lines(view) == [("SKU-A", 2, 2, 0), ("SKU-B", 1, 1, 0)]
    expected_log = [
        (BARCODES["SKU-C"], 1, "WRONG_ITEM", None, "gun-7"),
        (BARCODES["SKU-A"], 1, "ACCEPTED", "SKU-A", "gun-7"),
        (BARCODES["SKU-A"], 2, "OVER_PICK", "SKU-A", "gun-7"),
        (BARCODES["SKU-A"], 1, "ACCEPTED", "SKU-A", "gun-8"),
        ("999999", 1, "WRONG_ITEM", None, "gun-8"),
        (BARCODES["SKU-B"], 1, "ACCEPTED", "SKU-B", "gun-8"),
        (BARCODES["SKU-B"], 1, "NOT_PICKABLE", "SKU-B", "gun-8"),
    ]
    assert scan_view(view["scans"]) == expected_log, "PickTask.scans: oldest first, rejected scans included"
    assert {role_of(s["actor"]) for s in view["scans"]} == {"warehouse:east"}
    assert all(s["scannedAt"] for s in view["scans"])
    times = [when(s["scannedAt"]) for s in view["scans"]]
    assert times == sorted(times)
    log = await scan_log(server, admin_token, task=task["id"])
    assert scan_view(log) == expected_log[::-1], "scanEvents: newest first"
    rejected = await scan_log(server, picker, warehouse="east", result=["WRONG_ITEM", "OVER_PICK", "NOT_PICKABLE"])
    assert [s["result"] for s in rejected] == ["NOT_PICKABLE", "WRONG_ITEM", "OVER_PICK", "WRONG_ITEM"]

    final = await order_view(server, admin_token, order["id"])
    assert hops(final)[-1] == ("ALLOCATED", "PICKING") and hops(final).count(("ALLOCATED", "PICKING")) == 1
    assert role_of(final["history"][-1]["actor"]) == "warehouse:east"
    assert await stock_of(server, admin_token, "SKU-A", "east") == (20, 2, 18), "scanning moves no stock"


async def test_scan_input_is_validated_before_anything_is_logged(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "SV-1", [("SKU-A", 2)])
    task = await task_of(server, admin_token, order)

    zero = await scan(server, admin_token, task["id"], BARCODES["SKU-A"], 0)
    blank = await scan(server, admin_token, task["id"], " ")
    unknown_task = await scan(server, admin_token, "UGlja1Rhc2s6OTk5", BARCODES["SKU-A"])
    not_a_task = await scan(server, admin_token, order["id"], BARCODES["SKU-A"])

    assert zero == {
        "result": None,
        "replayed": False,
        "pickTask": None,
        "userErrors": [{"field": ["quantity"], "message": "quantity must be at least 1.", "code": "INVALID_QUANTITY"}],
    }
    assert blank["userErrors"] == [
        {"field": ["barcode"], "message": "barcode must be 1-64 characters.", "code": "INVALID"}
    ]
    assert unknown_task["userErrors"] == NOT_FOUND_TASK
    assert not_a_task["userErrors"] == NOT_FOUND_TASK
    assert await scan_log(server, admin_token) == []


async def test_a_retried_scan_with_the_same_client_scan_id_returns_the_first_answer_and_applies_nothing(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "ID-1", [("SKU-A", 2)])
    picker = await make_token(Role.WAREHOUSE, "east")
    task = await claimed(server, picker, "east")

    accepted = await scan(server, picker, task["id"], BARCODES["SKU-A"], client_scan_id="s-1")
    accepted_again = await scan(server, picker, task["id"], BARCODES["SKU-A"], client_scan_id="s-1")
    wrong = await scan(server, picker, task["id"], BARCODES["SKU-B"], client_scan_id="s-2")
    wrong_again = await scan(server, picker, task["id"], BARCODES["SKU-B"], client_scan_id="s-2")

    assert (accepted["result"], accepted["replayed"], accepted["userErrors"]) == ("ACCEPTED", False, [])
    assert (accepted_again["result"], accepted_again["replayed"], accepted_again["userErrors"]) == (
        "ACCEPTED",
        True,
        [],
    )
    assert task_lines(accepted_again["pickTask"]) == [("SKU-A", 2, 1, 0)]
    assert (wrong["result"], wrong["replayed"]) == ("WRONG_ITEM", False)
    assert (wrong_again["result"], wrong_again["replayed"]) == ("WRONG_ITEM", True)
    assert wrong_again["userErrors"] == wrong["userErrors"] != []
    view = await task_view(server, admin_token, task["id"])
    assert view is not None and task_lines(view) == [("SKU-A", 2, 1, 0)]
    assert [(s["clientScanId"], s["result"]) for s in view["scans"]] == [("s-1", "ACCEPTED"), ("s-2", "WRONG_ITEM")]
    assert (await order_view(server, admin_token, order["id"]))["status"] == "PICKING"


async def test_concurrent_retries_of_one_scan_are_applied_once(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "ID-2", [("SKU-A", 5)])
    picker = await make_token(Role.WAREHOUSE, "east")
    task = await claimed(server, picker, "east")

    results = await asyncio.gather(
        *(scan(server, picker, task["id"], BARCODES["SKU-A"], 2, client_scan_id="flaky-wifi") for _ in range(6))
    )

    assert sorted(r["replayed"] for r in results) == [False] + [True] * 5
    assert {(r["result"], tuple(map(str, r["userErrors"]))) for r in results} == {("ACCEPTED", ())}
    view = await task_view(server, admin_token, task["id"])
    assert view is not None and task_lines(view) == [("SKU-A", 5, 2, 0)]
    assert len(view["scans"]) == 1
    assert hops(await order_view(server, admin_token, order["id"])).count(("ALLOCATED", "PICKING")) == 1


async def test_reusing_a_client_scan_id_for_a_different_scan_is_an_idempotency_conflict(
    server: Server, admin_token: str
) -> None:
    """A device that reuses an id for another item must not be told that item was accepted."""
    await seed_fulfilment(admin_token)
    await placed(server, admin_token, "ID-3", [("SKU-A", 1), ("SKU-B", 1)])
    picker = await make_token(Role.WAREHOUSE, "east")
    task = await claimed(server, picker, "east")

    first = await scan(server, picker, task["id"], BARCODES["SKU-A"], client_scan_id="s-1")
    reused = await scan(server, picker, task["id"], BARCODES["SKU-B"], client_scan_id="s-1")

    assert (first["result"], first["userErrors"]) == ("ACCEPTED", [])
    assert [(e["code"], e["field"]) for e in reused["userErrors"]] == [("IDEMPOTENCY_CONFLICT", ["clientScanId"])]
    assert reused["result"] != "ACCEPTED"
    view = await task_view(server, admin_token, task["id"])
    assert view is not None and task_lines(view) == [("SKU-A", 1, 1, 0), ("SKU-B", 1, 0, 0)]


# --- shorts and completion -----------------------------------------------------------------


async def test_a_short_pick_leaves_stock_and_is_sourced_again_from_another_warehouse(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token, stock={("SKU-A", "east"): 2, ("SKU-A", "eu"): 5})
    order = await placed(server, admin_token, "SH-1", [("SKU-A", 2)])
    east = await make_token(Role.WAREHOUSE, "east")
    eu = await make_token(Role.WAREHOUSE, "eu")
    task = await claimed(server, east, "east", "alice")
    await scan_ok(server, east, task["id"], "SKU-A")

    shorted = await short(server, east, task["id"], "SKU-A", 1, note="bin A-3 empty")

    assert shorted["userErrors"] == []
    assert (shorted["pickTask"]["status"], task_lines(shorted["pickTask"])) == ("IN_PROGRESS", [("SKU-A", 2, 1, 1)])
    assert await stock_of(server, admin_token, "SKU-A", "east") == (1, 1, 0)
    assert await stock_of(server, admin_token, "SKU-A", "eu") == (5, 1, 4)
    assert await order_ledger(server, admin_token, order["number"]) == [
        ("RESERVE", "SKU-A", "east", 0, 2),
        ("ADJUSTMENT", "SKU-A", "east", -1, -1),
        ("RESERVE", "SKU-A", "eu", 0, 1),
    ]
    view = await order_view(server, admin_token, order["id"])
    assert view["status"] == "PICKING"
    assert [(ln["sku"], ln["allocatedQuantity"], ln["backorderedQuantity"]) for ln in view["lines"]] == [
        ("SKU-A", 2, 0)
    ]
    assert allocations(view) == [("SKU-A", "east", 1, "RESERVED"), ("SKU-A", "eu", 1, "RESERVED")]
    assert tasks_of(view) == [
        ("east", "IN_PROGRESS", [("SKU-A", 2, 1, 1)]),
        ("eu", "OPEN", [("SKU-A", 1, 0, 0)]),
    ]
    assert [t["warehouse"]["code"] for t in await task_list(server, eu)] == ["eu"]

    # Both halves finish: the order is packed only once every task is done and packed.
    east_done = await complete(server, east, task["id"])
    east_box = await packed(server, east, task["id"])
    after_east = (await order_view(server, admin_token, order["id"]))["status"]
    eu_task = await claimed(server, eu, "eu")
    await pick_all(server, eu, eu_task)
    eu_box = await packed(server, eu, eu_task["id"])
    after_eu = (await order_view(server, admin_token, order["id"]))["status"]
    first = await dispatched(server, east, east_box["id"], "ups", "UPS-SH-1")
    after_first = (await order_view(server, admin_token, order["id"]))["status"]
    await dispatched(server, eu, eu_box["id"], "dhl", "DHL-SH-1")

    assert east_done["pickTask"]["status"] == "DONE"
    assert [(ln["sku"], ln["quantity"]) for ln in east_box["lines"]] == [("SKU-A", 1)]
    assert (after_east, after_eu, after_first) == ("PICKING", "PACKED", "PARTIALLY_SHIPPED")
    assert first["status"] == "DISPATCHED"
    final = await order_view(server, admin_token, order["id"])
    assert final["status"] == "SHIPPED"
    assert allocations(final) == [("SKU-A", "east", 1, "SHIPPED"), ("SKU-A", "eu", 1, "SHIPPED")]
    assert await stock_of(server, admin_token, "SKU-A", "east") == (0, 0, 0)
    assert await stock_of(server, admin_token, "SKU-A", "eu") == (4, 0, 4)
    assert await ledger_mismatches() == []

    # Delivered only when both carriers have delivered.
    ups, dhl = await make_token(Role.CARRIER, "ups"), await make_token(Role.CARRIER, "dhl")
    assert (await track(server, ups, "UPS-SH-1", "DELIVERED", "2026-03-02T10:00:00+00:00"))["userErrors"] == []
    half = (await order_view(server, admin_token, order["id"]))["status"]
    assert (await track(server, dhl, "DHL-SH-1", "DELIVERED", "2026-03-03T10:00:00+00:00"))["userErrors"] == []
    assert (half, (await order_view(server, admin_token, order["id"]))["status"]) == ("SHIPPED", "DELIVERED")


async def test_a_short_with_no_stock_elsewhere_ships_what_was_picked_and_the_rest_waits(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token, stock={("SKU-A", "east"): 3})
    order = await placed(server, admin_token, "SH-2", [("SKU-A", 3)])
    east = await make_token(Role.WAREHOUSE, "east")
    task = await claimed(server, east, "east")
    await scan_ok(server, east, task["id"], "SKU-A", 2)

    shorted = await short(server, east, task["id"], "SKU-A", 1)
    waiting = await order_view(server, admin_token, order["id"])
    done = await complete(server, east, task["id"])
    box = await packed(server, east, task["id"])
    on_packing = (await order_view(server, admin_token, order["id"]))["status"]
    await dispatched(server, east, box["id"], "ups", "UPS-SH-2")
    shipped_part = await order_view(server, admin_token, order["id"])

    assert shorted["userErrors"] == [] and done["userErrors"] == []
    assert await stock_of(server, admin_token, "SKU-A", "east") == (0, 0, 0)
    assert waiting["status"] == "PICKING"
    assert [(ln["allocatedQuantity"], ln["backorderedQuantity"]) for ln in waiting["lines"]] == [(2, 1)]
    assert tasks_of(waiting) == [("east", "IN_PROGRESS", [("SKU-A", 3, 2, 1)])], "nowhere to re-source from"
    assert [(ln["sku"], ln["quantity"]) for ln in box["lines"]] == [("SKU-A", 2)]
    assert on_packing == "PACKED"
    assert shipped_part["status"] == "PARTIALLY_SHIPPED"
    assert shipped_part["history"][-1]["reason"] == "2 of 3 units shipped"
    assert [(ln["allocatedQuantity"], ln["backorderedQuantity"]) for ln in shipped_part["lines"]] == [(2, 1)]
    assert await order_ledger(server, admin_token, order["number"]) == [
        ("RESERVE", "SKU-A", "east", 0, 3),
        ("ADJUSTMENT", "SKU-A", "east", -1, -1),
        ("SHIP", "SKU-A", "east", -2, -2),
    ]

    # The missing unit arrives: it is reserved and becomes new picking work, then ships.
    await receive(server, admin_token, "SKU-A", "east", 4)
    refilled = await order_view(server, admin_token, order["id"])
    assert [(ln["allocatedQuantity"], ln["backorderedQuantity"]) for ln in refilled["lines"]] == [(3, 0)]
    assert ("east", "OPEN", [("SKU-A", 1, 0, 0)]) in tasks_of(refilled)
    assert await stock_of(server, admin_token, "SKU-A", "east") == (4, 1, 3)
    rest = await pick_all(server, east, await claimed(server, east, "east"))
    await dispatched(server, east, (await packed(server, east, rest["id"]))["id"], "ups", "UPS-SH-2b")
    final = await order_view(server, admin_token, order["id"])
    assert final["status"] == "SHIPPED"
    assert hops(final)[2:] == [
        ("ALLOCATED", "PICKING"),
        ("PICKING", "PACKED"),
        ("PACKED", "PARTIALLY_SHIPPED"),
        ("PARTIALLY_SHIPPED", "SHIPPED"),
    ]
    assert await ledger_mismatches() == []


async def test_stock_received_while_the_order_is_packed_still_reaches_its_backordered_units(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token, stock={("SKU-A", "east"): 3})
    order = await placed(server, admin_token, "SH-3", [("SKU-A", 3)])
    task = await claimed(server, admin_token, "east")
    await scan_ok(server, admin_token, task["id"], "SKU-A", 2)
    assert (await short(server, admin_token, task["id"], "SKU-A", 1))["userErrors"] == []
    assert (await complete(server, admin_token, task["id"]))["userErrors"] == []
    await packed(server, admin_token, task["id"])
    assert (await order_view(server, admin_token, order["id"]))["status"] == "PACKED"

    await receive(server, admin_token, "SKU-A", "east", 5)

    view = await order_view(server, admin_token, order["id"])
    assert [(ln["allocatedQuantity"], ln["backorderedQuantity"]) for ln in view["lines"]] == [(3, 0)]
    assert ("east", "OPEN", [("SKU-A", 1, 0, 0)]) in tasks_of(view)
    assert await stock_of(server, admin_token, "SKU-A", "east") == (7, 3, 4)


async def test_short_errors_change_nothing(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "SE-1", [("SKU-A", 2)])
    task = await claimed(server, admin_token, "east")

    not_on_task = await short(server, admin_token, task["id"], "SKU-C", 1)
    too_many = await short(server, admin_token, task["id"], "SKU-A", 3)
    zero = await short(server, admin_token, task["id"], "SKU-A", 0)
    await pick_all(server, admin_token, task)
    when_done = await short(server, admin_token, task["id"], "SKU-A", 1)

    assert not_on_task == {
        "pickTask": None,
        "userErrors": [{"field": ["sku"], "message": "SKU-C is not on this task.", "code": "WRONG_ITEM"}],
    }
    assert too_many["userErrors"] == [
        {"field": ["quantity"], "message": "Only 2 units of SKU-A are still to pick.", "code": "INVALID_QUANTITY"}
    ]
    assert [(e["code"], e["field"]) for e in zero["userErrors"]] == [("INVALID_QUANTITY", ["quantity"])]
    assert when_done["userErrors"] == [{"field": ["task"], "message": "Task is DONE.", "code": "INVALID_TRANSITION"}]
    assert await stock_of(server, admin_token, "SKU-A", "east") == (20, 2, 18)
    assert [m[0] for m in await order_ledger(server, admin_token, order["number"])] == ["RESERVE"]


async def test_complete_needs_every_unit_picked_or_reported_short(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    await placed(server, admin_token, "CO-1", [("SKU-A", 2), ("SKU-B", 1)])
    task = await claimed(server, admin_token, "east")

    untouched = await complete(server, admin_token, task["id"])
    await scan_ok(server, admin_token, task["id"], "SKU-A")
    partly = await complete(server, admin_token, task["id"])
    await scan_ok(server, admin_token, task["id"], "SKU-A")
    assert (await short(server, admin_token, task["id"], "SKU-B", 1))["userErrors"] == []
    done = await complete(server, admin_token, task["id"])
    again = await complete(server, admin_token, task["id"])

    assert untouched == {
        "pickTask": None,
        "userErrors": [
            {"field": ["task"], "message": "3 unit(s) are neither picked nor reported short.", "code": "INVALID"}
        ],
    }
    assert partly["userErrors"] == [
        {"field": ["task"], "message": "2 unit(s) are neither picked nor reported short.", "code": "INVALID"}
    ]
    assert done["userErrors"] == []
    assert (done["pickTask"]["status"], task_lines(done["pickTask"])) == (
        "DONE",
        [("SKU-A", 2, 2, 0), ("SKU-B", 1, 0, 1)],
    )
    assert done["pickTask"]["completedAt"] is not None
    assert again == {
        "pickTask": None,
        "userErrors": [{"field": ["task"], "message": "Task is DONE.", "code": "INVALID_TRANSITION"}],
    }


# --- packing -----------------------------------------------------------------------------


async def test_pack_refuses_unfinished_tasks_bad_packages_and_packing_twice(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "PK-1", [("SKU-A", 2)])
    task = await claimed(server, admin_token, "east")
    await scan_ok(server, admin_token, task["id"], "SKU-A")

    unfinished = await pack(server, admin_token, task["id"])
    await scan_ok(server, admin_token, task["id"], "SKU-A")
    assert (await complete(server, admin_token, task["id"]))["userErrors"] == []
    no_packages = await pack(server, admin_token, task["id"], [])
    bad_package = await pack(server, admin_token, task["id"], [{"weightGrams": 0, "lengthMm": -5}])
    good = await pack(server, admin_token, task["id"], [{"weightGrams": 800}, {"weightGrams": 450, "heightMm": 90}])
    twice = await pack(server, admin_token, task["id"])

    assert unfinished == {
        "shipment": None,
        "userErrors": [
            {"field": ["task"], "message": "Task is IN_PROGRESS; finish picking first.", "code": "INVALID_TRANSITION"}
        ],
    }
    assert no_packages == {
        "shipment": None,
        "userErrors": [
            {"field": ["packages"], "message": "A shipment needs at least one package.", "code": "REQUIRED"}
        ],
    }
    assert bad_package == {
        "shipment": None,
        "userErrors": [
            {"field": ["packages", "0", "weightGrams"], "message": "weightGrams must be positive.", "code": "INVALID"},
            {"field": ["packages", "0", "lengthMm"], "message": "lengthMm must be positive.", "code": "INVALID"},
        ],
    }
    assert good["userErrors"] == []
    shipment = good["shipment"]
    assert (shipment["status"], shipment["trackingNumber"], shipment["carrier"]) == ("PACKED", None, None)
    assert [(ln["sku"], ln["quantity"]) for ln in shipment["lines"]] == [("SKU-A", 2)]
    assert shipment["packages"] == [
        {"weightGrams": 800, "lengthMm": None, "widthMm": None, "heightMm": None},
        {"weightGrams": 450, "lengthMm": None, "widthMm": None, "heightMm": 90},
    ]
    assert twice == {
        "shipment": None,
        "userErrors": [{"field": ["task"], "message": "This task is already packed.", "code": "DUPLICATE"}],
    }
    view = await order_view(server, admin_token, order["id"])
    assert view["status"] == "PACKED" and len(view["shipments"]) == 1
    assert await stock_of(server, admin_token, "SKU-A", "east") == (20, 2, 18), "packing moves no stock"


async def test_a_task_with_nothing_picked_cannot_be_packed(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token, stock={("SKU-A", "east"): 1})
    await placed(server, admin_token, "PK-2", [("SKU-A", 1)])
    task = await claimed(server, admin_token, "east")
    assert (await short(server, admin_token, task["id"], "SKU-A", 1))["userErrors"] == []
    assert (await complete(server, admin_token, task["id"]))["userErrors"] == []

    empty = await pack(server, admin_token, task["id"])

    assert empty == {
        "shipment": None,
        "userErrors": [{"field": ["task"], "message": "Nothing was picked on this task.", "code": "INVALID"}],
    }


# --- dispatch ----------------------------------------------------------------------------


async def test_dispatch_ships_the_stock_out_marks_allocations_shipped_and_ships_the_order(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "DS-1", [("SKU-A", 2), ("SKU-B", 1)])
    east = await make_token(Role.WAREHOUSE, "east")
    done = await pick_all(server, east, await claimed(server, east, "east"))
    box = await packed(server, east, done["id"])

    unknown_carrier = await dispatch(server, east, box["id"], "fedex", "FX-1")
    blank_tracking = await dispatch(server, east, box["id"], "ups", "  ")
    shipped = await dispatch(server, east, box["id"], "ups", "1Z-DS-1")
    again = await dispatch(server, east, box["id"], "ups", "1Z-DS-1b")

    assert unknown_carrier == {
        "shipment": None,
        "userErrors": [{"field": ["carrier"], "message": "Carrier 'fedex' not found.", "code": "NOT_FOUND"}],
    }
    assert [(e["code"], e["field"]) for e in blank_tracking["userErrors"]] == [("INVALID", ["trackingNumber"])]
    assert shipped["userErrors"] == []
    shipment = shipped["shipment"]
    assert (shipment["status"], shipment["carrier"], shipment["trackingNumber"]) == (
        "DISPATCHED",
        {"code": "ups"},
        "1Z-DS-1",
    )
    assert shipment["dispatchedAt"] is not None and shipment["deliveredAt"] is None
    assert again == {
        "shipment": None,
        "userErrors": [
            {
                "field": ["shipment"],
                "message": "Shipment is DISPATCHED; only packed ones dispatch.",
                "code": "INVALID_TRANSITION",
            }
        ],
    }
    assert await stock_of(server, admin_token, "SKU-A", "east") == (18, 0, 18)
    assert await stock_of(server, admin_token, "SKU-B", "east") == (19, 0, 19)
    ledger = await order_ledger(server, admin_token, order["number"])
    assert sorted(ledger) == sorted(
        [
            ("RESERVE", "SKU-A", "east", 0, 2),
            ("RESERVE", "SKU-B", "east", 0, 1),
            ("SHIP", "SKU-A", "east", -2, -2),
            ("SHIP", "SKU-B", "east", -1, -1),
        ]
    )
    assert [m[0] for m in ledger] == ["RESERVE", "RESERVE", "SHIP", "SHIP"]
    view = await order_view(server, admin_token, order["id"])
    assert view["status"] == "SHIPPED"
    assert allocations(view) == [("SKU-A", "east", 2, "SHIPPED"), ("SKU-B", "east", 1, "SHIPPED")]
    assert [(h["fromStatus"], h["toStatus"], h["reason"]) for h in view["history"][2:]] == [
        ("ALLOCATED", "PICKING", "picking started"),
        ("PICKING", "PACKED", "all picked units packed"),
        ("PACKED", "SHIPPED", "3 of 3 units shipped"),
    ]
    assert [s["trackingNumber"] for s in await shipment_list(server, admin_token, trackingNumber="1Z-DS-1")] == [
        "1Z-DS-1"
    ]
    assert await ledger_mismatches() == []


async def test_a_tracking_number_already_in_use_is_a_duplicate_and_ships_nothing(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token)
    await shipped_order(server, admin_token, "DU-1", [("SKU-A", 1)], "ups", "1Z-SAME")
    second = await placed(server, admin_token, "DU-2", [("SKU-A", 2)])
    box = await packed(
        server, admin_token, (await pick_all(server, admin_token, await task_of(server, admin_token, second)))["id"]
    )

    duplicate = await dispatch(server, admin_token, box["id"], "ups", "1Z-SAME")
    other_carrier = await dispatch(server, admin_token, box["id"], "dhl", "1Z-SAME")

    expected = {
        "shipment": None,
        "userErrors": [
            {"field": ["trackingNumber"], "message": "That tracking number is already in use.", "code": "DUPLICATE"}
        ],
    }
    assert duplicate == expected
    assert other_carrier == expected
    view = await shipment_view(server, admin_token, box["id"])
    assert view is not None and (view["status"], view["trackingNumber"], view["carrier"]) == ("PACKED", None, None)
    assert await stock_of(server, admin_token, "SKU-A", "east") == (19, 2, 17)
    assert [m[0] for m in await order_ledger(server, admin_token, second["number"])] == ["RESERVE"]
    assert (await order_view(server, admin_token, second["id"]))["status"] == "PACKED"

    fixed = await dispatch(server, admin_token, box["id"], "ups", "1Z-OTHER")
    assert fixed["userErrors"] == [] and fixed["shipment"]["status"] == "DISPATCHED"


# --- carrier tracking ----------------------------------------------------------------------


async def test_carrier_reports_out_of_order_and_twice_and_delivery_delivers_the_order(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token)
    order, shipment = await shipped_order(server, admin_token, "TR-1", [("SKU-A", 1)], "ups", "1Z-TR-1")
    ups = await make_token(Role.CARRIER, "ups")
    t1, t2, t3, t4 = (f"2026-03-0{d}T0{d}:15:00+00:00" for d in (1, 2, 3, 4))
    eta = "2026-03-04T18:00:00+00:00"

    in_transit = await track(server, ups, "1Z-TR-1", "IN_TRANSIT", t1, location="Louisville, KY", eta=eta)
    out_for_delivery = await track(server, ups, "1Z-TR-1", "OUT_FOR_DELIVERY", t3, location="Brooklyn, NY")
    late = await track(server, ups, "1Z-TR-1", "IN_TRANSIT", t2, location="Newark, NJ")
    repeated = await track(server, ups, "1Z-TR-1", "OUT_FOR_DELIVERY", t3, location="Brooklyn, NY")
    before_delivery = await order_view(server, admin_token, order["id"])
    delivered = await track(server, ups, "1Z-TR-1", "DELIVERED", t4, location="Brooklyn, NY")

    assert [r["userErrors"] for r in (in_transit, out_for_delivery, late, repeated, delivered)] == [[]] * 5
    assert (in_transit["shipment"]["status"], when(in_transit["shipment"]["estimatedDeliveryAt"])) == (
        "IN_TRANSIT",
        when(eta),
    )
    assert late["shipment"]["status"] == "OUT_FOR_DELIVERY", "an older report does not roll the status back"
    assert [(e["status"], when(e["occurredAt"]), e["location"]) for e in repeated["shipment"]["trackingEvents"]] == [
        ("OUT_FOR_DELIVERY", when(t3), "Brooklyn, NY"),
        ("IN_TRANSIT", when(t2), "Newark, NJ"),
        ("IN_TRANSIT", when(t1), "Louisville, KY"),
    ], "newest first; the repeated report is recorded once"
    assert before_delivery["status"] == "SHIPPED"
    final_shipment = delivered["shipment"]
    assert (final_shipment["status"], when(final_shipment["deliveredAt"])) == ("DELIVERED", when(t4))
    assert len(final_shipment["trackingEvents"]) == 4
    assert final_shipment["order"] is None, "carriers do not see orders"
    view = await order_view(server, admin_token, order["id"])
    assert view["status"] == "DELIVERED"
    last = view["history"][-1]
    assert (last["fromStatus"], last["toStatus"], last["reason"], role_of(last["actor"])) == (
        "SHIPPED",
        "DELIVERED",
        "all shipments delivered",
        "carrier:ups",
    )
    assert await stock_of(server, admin_token, "SKU-A", "east") == (19, 0, 19), "tracking moves no stock"
    assert shipment["id"] == final_shipment["id"]


async def test_a_late_report_of_an_earlier_scan_after_delivery_is_kept_without_undoing_delivery(
    server: Server, admin_token: str
) -> None:
    """Carrier webhooks arrive out of order; an earlier event delivered late is history, not an error."""
    await seed_fulfilment(admin_token)
    order, _ = await shipped_order(server, admin_token, "TR-2", [("SKU-A", 1)], "ups", "1Z-TR-2")
    ups = await make_token(Role.CARRIER, "ups")
    assert (await track(server, ups, "1Z-TR-2", "DELIVERED", "2026-03-04T12:00:00+00:00"))["userErrors"] == []

    late = await track(server, ups, "1Z-TR-2", "OUT_FOR_DELIVERY", "2026-03-04T08:00:00+00:00")

    assert late["userErrors"] == []
    assert late["shipment"]["status"] == "DELIVERED"
    assert [e["status"] for e in late["shipment"]["trackingEvents"]] == ["DELIVERED", "OUT_FOR_DELIVERY"]
    assert (await order_view(server, admin_token, order["id"]))["status"] == "DELIVERED"


async def test_tracking_input_errors(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    await shipped_order(server, admin_token, "TR-3", [("SKU-A", 1)], "ups", "1Z-TR-3")
    ups = await make_token(Role.CARRIER, "ups")

    not_a_carrier_status = await track(server, ups, "1Z-TR-3", "PACKED", "2026-03-01T10:00:00+00:00")
    unknown = await track(server, ups, "NO-SUCH", "IN_TRANSIT", "2026-03-01T10:00:00+00:00")

    assert not_a_carrier_status == {
        "shipment": None,
        "userErrors": [
            {
                "field": ["status"],
                "message": "status must be IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED or EXCEPTION.",
                "code": "INVALID",
            }
        ],
    }
    assert unknown == {"shipment": None, "userErrors": NOT_FOUND_TRACKING}


# --- scoping -----------------------------------------------------------------------------


async def test_a_warehouse_token_acts_only_within_its_warehouse(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token, stock={("SKU-A", "east"): 5, ("SKU-B", "eu"): 5})
    await placed(server, admin_token, "WS-1", [("SKU-A", 1)])
    theirs = await placed(server, admin_token, "WS-2", [("SKU-B", 2)])
    east = await make_token(Role.WAREHOUSE, "east")
    eu_task = await task_of(server, admin_token, theirs, "eu")
    await scan_ok(server, admin_token, eu_task["id"], "SKU-B")
    mine = await claimed(server, east, "east")
    await scan_ok(server, east, mine["id"], "SKU-A")

    claim_there = await claim(server, east, "eu")
    assign_there = await run(server, east, ASSIGN, {"task": eu_task["id"], "picker": "x"}, "pickTaskAssign")
    scan_there = await scan(server, east, eu_task["id"], BARCODES["SKU-B"])
    short_there = await short(server, east, eu_task["id"], "SKU-B", 1)
    complete_there = await complete(server, east, eu_task["id"])
    node_there = await task_view(server, east, eu_task["id"])
    await scan_ok(server, admin_token, eu_task["id"], "SKU-B")
    assert (await complete(server, admin_token, eu_task["id"]))["userErrors"] == []
    pack_there = await pack(server, east, eu_task["id"])
    eu_box = await packed(server, admin_token, eu_task["id"])
    dispatch_there = await dispatch(server, east, eu_box["id"], "ups", "1Z-WS")
    shipment_there = await shipment_view(server, east, eu_box["id"])

    assert claim_there == {
        "pickTask": None,
        "userErrors": [{"field": ["warehouse"], "message": "Warehouse 'eu' not found.", "code": "NOT_FOUND"}],
    }
    for payload in (assign_there, short_there, complete_there):
        assert payload == {"pickTask": None, "userErrors": NOT_FOUND_TASK}
    assert scan_there == {"result": None, "replayed": False, "pickTask": None, "userErrors": NOT_FOUND_TASK}
    assert pack_there == {"shipment": None, "userErrors": NOT_FOUND_TASK}
    assert dispatch_there == {"shipment": None, "userErrors": NOT_FOUND_SHIPMENT}
    assert node_there is None and shipment_there is None
    assert [t["id"] for t in await task_list(server, east)] == [mine["id"]]
    assert await task_list(server, east, warehouse="eu") == []
    assert {s["sku"] for s in await scan_log(server, east)} == {"SKU-A"}
    assert await scan_log(server, east, task=eu_task["id"]) == []
    assert await shipment_list(server, east) == []
    eu_view = await task_view(server, admin_token, eu_task["id"])
    assert eu_view is not None
    assert scan_view(eu_view["scans"]) == [
        (BARCODES["SKU-B"], 1, "ACCEPTED", "SKU-B", "scanner-1"),
        (BARCODES["SKU-B"], 1, "ACCEPTED", "SKU-B", "scanner-1"),
    ], "the other warehouse's attempts left no trace"
    assert await stock_of(server, admin_token, "SKU-B", "eu") == (5, 2, 3)


async def test_a_carrier_sees_only_its_own_shipments_and_no_orders(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    order, ups_box = await shipped_order(server, admin_token, "CS-1", [("SKU-A", 1)], "ups", "UPS-1")
    _, dhl_box = await shipped_order(server, admin_token, "CS-2", [("SKU-B", 1)], "dhl", "DHL-1")
    waiting = await placed(server, admin_token, "CS-3", [("SKU-C", 1)])
    packed_box = await packed(
        server, admin_token, (await pick_all(server, admin_token, await task_of(server, admin_token, waiting)))["id"]
    )
    ups = await make_token(Role.CARRIER, "ups")

    listed = await shipment_list(server, ups)
    by_other_carrier = await shipment_list(server, ups, carrier="dhl")
    by_tracking = await shipment_list(server, ups, trackingNumber="DHL-1")
    own = await shipment_view(server, ups, ups_box["id"])
    other = await shipment_view(server, ups, dhl_box["id"])
    not_dispatched = await shipment_view(server, ups, packed_box["id"])
    on_other = await track(server, ups, "DHL-1", "DELIVERED", "2026-03-01T10:00:00+00:00")
    orders = await server.gql(ORDERS, token=ups)
    one_order = await server.gql(ORDER, {"id": order["id"]}, token=ups)
    pick_work = await server.gql(
        'mutation { pickTaskClaim(input: {warehouse: "east"}) { pickTask { id } } }', token=ups
    )

    assert [(s["trackingNumber"], s["order"]) for s in listed] == [("UPS-1", None)]
    assert by_other_carrier == [] and by_tracking == []
    assert own is not None and (own["trackingNumber"], own["order"], own["carrier"]) == ("UPS-1", None, {"code": "ups"})
    assert other is None and not_dispatched is None
    assert on_other == {"shipment": None, "userErrors": NOT_FOUND_TRACKING}
    dhl_view = await shipment_view(server, admin_token, dhl_box["id"])
    assert dhl_view is not None and (dhl_view["status"], dhl_view["trackingEvents"]) == ("DISPATCHED", [])
    assert orders == {"data": {"orders": {"totalCount": 0, "edges": []}}}
    assert one_order == {"data": {"order": None}}
    assert pick_work["data"] is None and pick_work["errors"][0]["extensions"]["code"] == "FORBIDDEN"


# --- cancellation --------------------------------------------------------------------------


async def test_cancelling_an_order_cancels_its_unfinished_tasks(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    untouched, claimed_order, started = [await placed(server, admin_token, f"CX-{i}", [("SKU-A", 2)]) for i in range(3)]
    east = await make_token(Role.WAREHOUSE, "east")
    task_open = await task_of(server, admin_token, untouched)
    task_claimed = await task_of(server, admin_token, claimed_order)
    task_started = await task_of(server, admin_token, started)
    await must(server, east, ASSIGN, {"task": task_claimed["id"], "picker": "bob"}, "pickTaskAssign")
    await must(server, east, ASSIGN, {"task": task_started["id"], "picker": "eve"}, "pickTaskAssign")
    await scan_ok(server, east, task_started["id"], "SKU-A")
    assert await stock_of(server, admin_token, "SKU-A", "east") == (20, 6, 14)

    for order in (untouched, claimed_order, started):
        await cancel(server, admin_token, order["id"])

    statuses = [
        (await task_view(server, east, t["id"]) or {}).get("status") for t in (task_open, task_claimed, task_started)
    ]
    assert statuses == ["CANCELLED"] * 3
    assert await claim(server, east, "east") == {"pickTask": None, "userErrors": []}
    late_scan = await scan(server, east, task_started["id"], BARCODES["SKU-A"])
    assert (late_scan["result"], [e["code"] for e in late_scan["userErrors"]]) == (
        "NOT_PICKABLE",
        ["INVALID_TRANSITION"],
    )
    assert (await complete(server, east, task_started["id"]))["userErrors"] == [
        {"field": ["task"], "message": "Task is CANCELLED.", "code": "INVALID_TRANSITION"}
    ]
    assert [e["code"] for e in (await pack(server, east, task_started["id"]))["userErrors"]] == ["INVALID_TRANSITION"]
    assert await stock_of(server, admin_token, "SKU-A", "east") == (20, 0, 20)
    assert hops(await order_view(server, admin_token, started["id"]))[-1] == ("PICKING", "CANCELLED")
    assert await ledger_mismatches() == []


async def test_tracking_times_far_from_now_are_refused_naming_the_field_and_record_nothing(
    server: Server, admin_token: str
) -> None:
    """A carrier's clock or a typo must not put a delivery in 2090 or 1990 on the customer's
    tracking page: reports more than a day ahead or ten years back, and ETAs more than a year
    ahead, are refused."""
    await seed_fulfilment(admin_token)
    _, shipment = await shipped_order(server, admin_token, "TR-FAR", [("SKU-A", 1)], "ups", "1Z-FAR")
    ups = await make_token(Role.CARRIER, "ups")
    now = datetime.now(UTC)

    ahead = await track(server, ups, "1Z-FAR", "IN_TRANSIT", (now + timedelta(days=30)).isoformat())
    behind = await track(server, ups, "1Z-FAR", "IN_TRANSIT", (now - timedelta(days=3700)).isoformat())
    eta = await track(
        server, ups, "1Z-FAR", "IN_TRANSIT", now.isoformat(), eta=(now + timedelta(days=5 * 365)).isoformat()
    )

    assert [(r["shipment"], r["userErrors"]) for r in (ahead, behind, eta)] == [
        (
            None,
            [
                {
                    "field": ["occurredAt"],
                    "message": "occurredAt must be at most a day ahead and at most 10 years back.",
                    "code": "INVALID",
                }
            ],
        ),
        (
            None,
            [
                {
                    "field": ["occurredAt"],
                    "message": "occurredAt must be at most a day ahead and at most 10 years back.",
                    "code": "INVALID",
                }
            ],
        ),
        (
            None,
            [
                {
                    "field": ["estimatedDeliveryAt"],
                    "message": "estimatedDeliveryAt must be at most a year ahead and at most 10 years back.",
                    "code": "INVALID",
                }
            ],
        ),
    ]
    view = await shipment_view(server, admin_token, shipment["id"])
    assert view is not None and view["status"] == "DISPATCHED"
