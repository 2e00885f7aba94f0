"""pickTasks and shipmentUpdates over a real graphql-transport-ws WebSocket: live,
resumable, and scoped to the warehouse or carrier of the token."""

from __future__ import annotations

from typing import Any

import pytest

from models.access import Role
from tests.fixtures.database import make_token
from tests.fixtures.fulfilment import (
    PICK_TASKS_SUB,
    PRIORITIZE,
    SHIPMENT_UPDATES_SUB,
    UNCLAIM,
    claimed,
    complete,
    dispatched,
    must,
    packed,
    pick_all,
    scan_ok,
    seed_fulfilment,
    track,
)
from tests.fixtures.live import subscribe
from tests.fixtures.server import Server
from tests.fixtures.stock import cancel, placed

# Every test here subscribes over a real WebSocket.
pytestmark = pytest.mark.live_server

STOCK = {("SKU-A", "east"): 20, ("SKU-B", "eu"): 20}


def view(event: dict[str, Any]) -> tuple[str, str | None, str | None, str | None]:
    """(kind, order number, task status, warehouse) of a pickTasks event."""
    task = event["task"]
    return (event["kind"], task["order"]["number"], task["status"], task["warehouse"]["code"])


def errors_of(message: dict[str, Any]) -> list[dict[str, Any]]:
    assert message["type"] in ("error", "next"), message
    errors: list[dict[str, Any]] = message["payload"] if message["type"] == "error" else message["payload"]["errors"]
    return errors


async def test_a_warehouse_app_sees_its_tasks_created_assigned_and_cancelled_live(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token, stock=STOCK)
    east = await make_token(Role.WAREHOUSE, "east")

    async with subscribe(server, PICK_TASKS_SUB, {"warehouse": "east"}, token=east) as sub:
        await placed(server, admin_token, "EU-1", [("SKU-B", 1)])  # eu's work: not for this app
        order = await placed(server, admin_token, "LV-1", [("SKU-A", 2)])
        created = (await sub.next())["pickTaskUpdates"]
        task = await claimed(server, east, "east", "alice")
        assigned = (await sub.next())["pickTaskUpdates"]
        await cancel(server, admin_token, order["id"])
        cancelled = (await sub.next())["pickTaskUpdates"]
        await sub.nothing_within(0.3)

    assert view(created) == ("CREATED", order["number"], "OPEN", "east")
    assert view(assigned) == ("ASSIGNED", order["number"], "ASSIGNED", "east")
    assert assigned["task"]["assignee"] == "alice"
    assert view(cancelled) == ("CANCELLED", order["number"], "CANCELLED", "east")
    assert created["task"]["id"] == assigned["task"]["id"] == cancelled["task"]["id"] == task["id"]
    cursors = [int(e["cursor"]) for e in (created, assigned, cancelled)]
    assert cursors == sorted(set(cursors))
    assert all(e["occurredAt"] for e in (created, assigned, cancelled))


async def test_the_whole_task_lifecycle_is_streamed_in_order(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token, stock=STOCK)
    east = await make_token(Role.WAREHOUSE, "east")

    async with subscribe(server, PICK_TASKS_SUB, {"warehouse": "east"}, token=east) as sub:
        order = await placed(server, admin_token, "LV-2", [("SKU-A", 2)])
        kinds = [(await sub.next())["pickTaskUpdates"]["kind"]]
        task = await claimed(server, east, "east")
        kinds.append((await sub.next())["pickTaskUpdates"]["kind"])
        await scan_ok(server, east, task["id"], "SKU-A")
        kinds.append((await sub.next())["pickTaskUpdates"]["kind"])
        await scan_ok(server, east, task["id"], "SKU-A")  # already started: no event
        assert (await complete(server, east, task["id"]))["userErrors"] == []
        done = (await sub.next())["pickTaskUpdates"]
        kinds.append(done["kind"])
        await sub.nothing_within(0.3)

    assert kinds == ["CREATED", "ASSIGNED", "STARTED", "DONE"]
    assert (done["task"]["status"], done["task"]["order"]["number"]) == ("DONE", order["number"])


HOLD = "mutation($i: OrderHoldInput!) { orderHold(input: $i) { userErrors { code } } }"
RELEASE = "mutation($i: OrderReleaseInput!) { orderRelease(input: $i) { userErrors { code } } }"


async def test_a_warehouse_app_sees_its_task_held_and_resumed_live(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token, stock=STOCK)
    east = await make_token(Role.WAREHOUSE, "east")

    async with subscribe(server, PICK_TASKS_SUB, {"warehouse": "east"}, token=east) as sub:
        order = await placed(server, admin_token, "LV-H", [("SKU-A", 1)])
        await sub.next()  # CREATED
        await claimed(server, east, "east", "alice")
        await sub.next()  # ASSIGNED
        held = await server.gql(HOLD, {"i": {"id": order["id"], "reason": "address check"}}, token=admin_token)
        on_hold = (await sub.next())["pickTaskUpdates"]
        released = await server.gql(RELEASE, {"i": {"id": order["id"]}}, token=admin_token)
        resumed = (await sub.next())["pickTaskUpdates"]
        await sub.nothing_within(0.3)

    assert held == {"data": {"orderHold": {"userErrors": []}}}
    assert released == {"data": {"orderRelease": {"userErrors": []}}}
    assert view(on_hold) == ("HELD", order["number"], "ON_HOLD", "east")
    assert view(resumed) == ("RESUMED", order["number"], "ASSIGNED", "east")
    assert resumed["task"]["assignee"] == "alice"


async def test_resume_with_after_replays_what_was_missed_then_continues_live(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token, stock=STOCK)
    east = await make_token(Role.WAREHOUSE, "east")

    async with subscribe(server, PICK_TASKS_SUB, {"warehouse": "east"}, token=east) as sub:
        first = await placed(server, admin_token, "RS-1", [("SKU-A", 1)])
        seen = (await sub.next())["pickTaskUpdates"]
    # The app is offline: its task is claimed, other work comes and goes, eu gets work too.
    await claimed(server, east, "east", "bob")
    second = await placed(server, admin_token, "RS-2", [("SKU-A", 1)])
    await placed(server, admin_token, "RS-EU", [("SKU-B", 1)])
    await cancel(server, admin_token, second["id"])

    async with subscribe(server, PICK_TASKS_SUB, {"warehouse": "east", "after": seen["cursor"]}, token=east) as sub:
        missed = [(await sub.next())["pickTaskUpdates"] for _ in range(3)]
        third = await placed(server, admin_token, "RS-3", [("SKU-A", 1)])
        live = (await sub.next())["pickTaskUpdates"]
        await sub.nothing_within(0.3)

    assert view(seen) == ("CREATED", first["number"], "OPEN", "east")
    assert [(e["kind"], e["task"]["order"]["number"]) for e in missed] == [
        ("ASSIGNED", first["number"]),
        ("CREATED", second["number"]),
        ("CANCELLED", second["number"]),
    ]
    assert view(live) == ("CREATED", third["number"], "OPEN", "east")
    cursors = [int(e["cursor"]) for e in [seen, *missed, live]]
    assert cursors == sorted(set(cursors)), "in order, no gap filled twice"


@pytest.mark.parametrize(
    ("role", "scope", "warehouse", "code"),
    [
        (Role.WAREHOUSE, "east", "eu", "NOT_FOUND"),
        (Role.ADMIN, None, "nowhere", "NOT_FOUND"),
        (Role.CARRIER, "ups", "east", "FORBIDDEN"),
        (Role.CUSTOMER, "ada@example.com", "east", "FORBIDDEN"),
    ],
)
async def test_pick_tasks_of_another_or_unknown_warehouse_are_refused(
    server: Server, admin_token: str, role: Role, scope: str | None, warehouse: str, code: str
) -> None:
    await seed_fulfilment(admin_token, stock=STOCK)
    token = await make_token(role, scope)

    async with subscribe(server, PICK_TASKS_SUB, {"warehouse": warehouse}, token=token, wait=False) as sub:
        message = await sub.raw()

    errors = errors_of(message)
    assert [e["extensions"]["code"] for e in errors] == [code]


async def test_a_carrier_receives_updates_of_its_own_shipments_only(server: Server, admin_token: str) -> None:
    """Subscribed before anything is packed, as a carrier integration would be."""
    await seed_fulfilment(admin_token)
    ups = await make_token(Role.CARRIER, "ups")
    dhl_order = await placed(server, admin_token, "SU-1", [("SKU-A", 1)])
    ups_order = await placed(server, admin_token, "SU-2", [("SKU-B", 1)])

    async with subscribe(server, SHIPMENT_UPDATES_SUB, token=ups) as sub:
        boxes = {}
        for _ in (dhl_order, ups_order):
            task = await claimed(server, admin_token, "east")
            boxes[task["order"]["number"]] = await packed(
                server, admin_token, (await pick_all(server, admin_token, task))["id"]
            )
        await dispatched(server, admin_token, boxes[dhl_order["number"]]["id"], "dhl", "DHL-SU-1")
        await dispatched(server, admin_token, boxes[ups_order["number"]]["id"], "ups", "UPS-SU-2")
        dhl = await make_token(Role.CARRIER, "dhl")
        assert (await track(server, dhl, "DHL-SU-1", "IN_TRANSIT", "2026-03-01T10:00:00+00:00"))["userErrors"] == []
        assert (await track(server, ups, "UPS-SU-2", "IN_TRANSIT", "2026-03-01T11:00:00+00:00"))["userErrors"] == []
        events = [(await sub.next(timeout=5))["shipmentUpdates"] for _ in range(2)]
        await sub.nothing_within(0.3)

    assert [(e["kind"], e["status"], e["shipment"]["trackingNumber"]) for e in events] == [
        ("DISPATCHED", "DISPATCHED", "UPS-SU-2"),
        ("IN_TRANSIT", "IN_TRANSIT", "UPS-SU-2"),
    ]
    assert all(e["shipment"]["order"] is None and e["shipment"]["carrier"] == {"code": "ups"} for e in events)


async def test_a_carrier_subscribed_after_dispatch_follows_its_shipment_and_resumes(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token)
    await placed(server, admin_token, "SU-3", [("SKU-A", 1)])
    box = await packed(
        server, admin_token, (await pick_all(server, admin_token, await claimed(server, admin_token, "east")))["id"]
    )
    await dispatched(server, admin_token, box["id"], "ups", "UPS-SU-3")
    ups = await make_token(Role.CARRIER, "ups")

    async with subscribe(server, SHIPMENT_UPDATES_SUB, {"trackingNumber": "UPS-SU-3"}, token=ups) as sub:
        await track(server, ups, "UPS-SU-3", "IN_TRANSIT", "2026-03-01T10:00:00+00:00")
        first = (await sub.next())["shipmentUpdates"]
    await track(server, ups, "UPS-SU-3", "OUT_FOR_DELIVERY", "2026-03-02T07:00:00+00:00")
    async with subscribe(
        server, SHIPMENT_UPDATES_SUB, {"shipmentId": box["id"], "after": first["cursor"]}, token=ups
    ) as sub:
        missed = (await sub.next())["shipmentUpdates"]
        await track(server, ups, "UPS-SU-3", "DELIVERED", "2026-03-02T15:00:00+00:00")
        live = (await sub.next())["shipmentUpdates"]
        await sub.nothing_within(0.3)

    assert [(e["kind"], e["status"]) for e in (first, missed, live)] == [
        ("IN_TRANSIT", "IN_TRANSIT"),
        ("OUT_FOR_DELIVERY", "OUT_FOR_DELIVERY"),
        ("DELIVERED", "DELIVERED"),
    ]
    assert live["shipment"]["status"] == "DELIVERED" and live["shipment"]["order"] is None


@pytest.mark.parametrize("by", ["shipmentId", "trackingNumber"])
async def test_a_carrier_cannot_subscribe_to_another_carriers_shipment(
    server: Server, admin_token: str, by: str
) -> None:
    await seed_fulfilment(admin_token)
    await placed(server, admin_token, "SU-4", [("SKU-A", 1)])
    box = await packed(
        server, admin_token, (await pick_all(server, admin_token, await claimed(server, admin_token, "east")))["id"]
    )
    await dispatched(server, admin_token, box["id"], "dhl", "DHL-SU-4")
    ups = await make_token(Role.CARRIER, "ups")
    variables = {"shipmentId": box["id"]} if by == "shipmentId" else {"trackingNumber": "DHL-SU-4"}

    async with subscribe(server, SHIPMENT_UPDATES_SUB, variables, token=ups, wait=False) as sub:
        message = await sub.raw()

    errors = errors_of(message)
    assert [(e["message"], e["extensions"]["code"]) for e in errors] == [("Shipment not found.", "NOT_FOUND")]


async def test_a_task_put_back_and_rushed_is_streamed(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token, stock=STOCK)
    east = await make_token(Role.WAREHOUSE, "east")
    order = await placed(server, admin_token, "LV-UC", [("SKU-A", 1)])
    task = await claimed(server, east, "east", "alice")

    async with subscribe(server, PICK_TASKS_SUB, {"warehouse": "east"}, token=east) as sub:
        await must(server, east, UNCLAIM, {"task": task["id"], "picker": "alice"}, "pickTaskUnclaim")
        put_back = (await sub.next())["pickTaskUpdates"]
        await must(server, admin_token, PRIORITIZE, {"task": task["id"], "priority": 3}, "pickTaskPrioritize")
        rushed = (await sub.next())["pickTaskUpdates"]

    assert view(put_back) == ("UNCLAIMED", order["number"], "OPEN", "east")
    assert put_back["task"]["assignee"] is None
    assert view(rushed) == ("PRIORITIZED", order["number"], "OPEN", "east")
