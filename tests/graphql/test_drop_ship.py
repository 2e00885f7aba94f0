"""Drop-shipping (issue 10): lines of a drop-shipped product go to their supplier as a request;
the supplier's token sees its own requests, confirms and dispatches them with a carrier and
tracking number; the order ships and is tracked as with our own shipments; cancelling the
order cancels the open requests."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

import pytest

from models.access import Role
from models.events import OutboxEvent
from services import catalog
from tests.fixtures.catalog import seed_drop_ship
from tests.fixtures.database import make_token
from tests.fixtures.fulfilment import (
    claimed,
    dispatched,
    order_view,
    packed,
    pick_all,
    seed_fulfilment,
    track,
)
from tests.fixtures.server import Server
from tests.fixtures.stock import USER_ERRORS, call, cancel, placed

REQUEST_FIELDS = """
  id status orderNumber recipientName confirmedAt shippedAt trackingNumber
  supplier { code } carrier { code } lines { sku quantity } shipTo { country city postalCode line1 }
"""
REQUESTS = (
    """
query($f: DropShipRequestFilter) {
  dropShipRequests(filter: $f, first: 50) { totalCount edges { node { %s } } }
}
"""
    % REQUEST_FIELDS
)
CONFIRM = """
mutation($i: DropShipConfirmInput!) { dropShipConfirm(input: $i) { dropShipRequest { %s } %s } }
""" % (REQUEST_FIELDS, USER_ERRORS)
DISPATCH = """
mutation($i: DropShipDispatchInput!) { dropShipDispatch(input: $i) { dropShipRequest { %s } %s } }
""" % (REQUEST_FIELDS, USER_ERRORS)
NODE = "query($id: ID!) { node(id: $id) { __typename ... on DropShipRequest { id status } } }"
PUBLIC_TRACK = """query($n: String!, $e: String!) { orderTrack(number: $n, email: $e) {
  number status shipments { status carrier trackingNumber events { status location } } } }"""


@pytest.fixture
async def shop(server: Server, admin_token: str) -> None:
    """Channel web, warehouses east/eu, SKU-A/B/C (20 each at east), carriers ups/dhl;
    suppliers acme (drop-ships DS-1) and globex (drop-ships DS-2)."""
    await seed_fulfilment(admin_token)
    await seed_drop_ship(admin_token)
    await catalog.create_supplier(code="globex", name="Globex")
    await catalog.create_product(sku="DS-2", name="Globex gadget", price=Decimal("20.00"), dropship_supplier="globex")


async def requests(server: Server, token: str, **filter: Any) -> list[dict[str, Any]]:
    found = await call(server, token, REQUESTS, {"f": filter or None}, "dropShipRequests")
    nodes = [e["node"] for e in found["edges"]]
    assert found["totalCount"] == len(nodes)
    return nodes


async def confirm(server: Server, token: str, request_id: str) -> dict[str, Any]:
    return await call(server, token, CONFIRM, {"i": {"id": request_id}}, "dropShipConfirm")


async def ship(server: Server, token: str, request_id: str, carrier: str, tracking: str) -> dict[str, Any]:
    variables = {"i": {"id": request_id, "carrier": carrier, "trackingNumber": tracking}}
    return await call(server, token, DISPATCH, variables, "dropShipDispatch")


def allocations(order: dict[str, Any]) -> list[tuple[str, str | None, int, str]]:
    return sorted(
        (a["sku"], (a["warehouse"] or {}).get("code"), a["quantity"], a["status"]) for a in order["allocations"]
    )


async def test_a_mixed_order_completes_once_the_supplier_ships_its_lines(
    server: Server, admin_token: str, shop: None
) -> None:
    """The issue's scenario: our own part ships, the order waited PARTIALLY_SHIPPED for ever."""
    order = await placed(server, admin_token, "MIX-1", [("SKU-A", 2), ("DS-1", 3)])
    acme = await make_token(Role.SUPPLIER, "acme")

    task = await claimed(server, admin_token, "east")
    await pick_all(server, admin_token, task)
    shipment = await packed(server, admin_token, task["id"])
    await dispatched(server, admin_token, shipment["id"], "ups", "1Z-OWN-1")
    assert (await order_view(server, admin_token, order["id"]))["status"] == "PARTIALLY_SHIPPED"

    (request,) = await requests(server, acme)
    assert request == {
        "id": request["id"],
        "status": "REQUESTED",
        "orderNumber": order["number"],
        "recipientName": "Ada Lovelace",
        "confirmedAt": None,
        "shippedAt": None,
        "trackingNumber": None,
        "supplier": {"code": "acme"},
        "carrier": None,
        "lines": [{"sku": "DS-1", "quantity": 3}],
        "shipTo": {"country": "US", "city": "New York", "postalCode": "10001", "line1": "1 Main St"},
    }
    confirmed = await confirm(server, acme, request["id"])
    assert confirmed["userErrors"] == [] and confirmed["dropShipRequest"]["status"] == "CONFIRMED"
    shipped = await ship(server, acme, request["id"], "dhl", "DHL-DS-1")

    assert shipped["userErrors"] == []
    assert shipped["dropShipRequest"]["status"] == "SHIPPED"
    assert (shipped["dropShipRequest"]["trackingNumber"], shipped["dropShipRequest"]["carrier"]) == (
        "DHL-DS-1",
        {"code": "dhl"},
    )
    after = await order_view(server, admin_token, order["id"])
    assert after["status"] == "SHIPPED"
    assert allocations(after) == [("DS-1", None, 3, "SHIPPED"), ("SKU-A", "east", 2, "SHIPPED")]
    assert sorted((s["trackingNumber"], s["status"], s["lines"][0]["sku"]) for s in after["shipments"]) == [
        ("1Z-OWN-1", "DISPATCHED", "SKU-A"),
        ("DHL-DS-1", "DISPATCHED", "DS-1"),
    ]
    assert [h["toStatus"] for h in after["history"]][-2:] == ["PARTIALLY_SHIPPED", "SHIPPED"]


async def test_a_drop_shipped_parcel_is_tracked_and_delivered_like_our_own(
    server: Server, admin_token: str, shop: None
) -> None:
    order = await placed(server, admin_token, "DS-ONLY", [("DS-1", 1)])
    acme, dhl = await make_token(Role.SUPPLIER, "acme"), await make_token(Role.CARRIER, "dhl")
    assert order["status"] == "ALLOCATED"
    (request,) = await requests(server, acme)
    await confirm(server, acme, request["id"])
    assert (await ship(server, acme, request["id"], "dhl", "DHL-77"))["userErrors"] == []
    assert (await order_view(server, admin_token, order["id"]))["status"] == "SHIPPED"

    reported = await track(server, dhl, "DHL-77", "DELIVERED", "2026-03-02T10:00:00+00:00", location="New York")
    public = (await server.gql(PUBLIC_TRACK, {"n": order["number"], "e": "ada@example.com"}, token=None))["data"][
        "orderTrack"
    ]

    assert reported["userErrors"] == []
    assert (await order_view(server, admin_token, order["id"]))["status"] == "DELIVERED"
    assert public == {
        "number": order["number"],
        "status": "DELIVERED",
        "shipments": [
            {
                "status": "DELIVERED",
                "carrier": "DHL",
                "trackingNumber": "DHL-77",
                "events": [{"status": "DELIVERED", "location": "New York"}],
            }
        ],
    }


async def test_each_supplier_sees_only_its_own_requests(server: Server, admin_token: str, shop: None) -> None:
    order = await placed(server, admin_token, "TWO-1", [("DS-1", 1), ("DS-2", 2)])
    acme, globex = await make_token(Role.SUPPLIER, "acme"), await make_token(Role.SUPPLIER, "globex")
    warehouse = await make_token(Role.WAREHOUSE, "east")

    staff_view = await requests(server, admin_token)
    mine = await requests(server, acme)
    theirs = await requests(server, globex)
    filtered = await requests(server, acme, supplier="globex")
    globex_request = next(r for r in staff_view if r["supplier"]["code"] == "globex")
    probe = await call(server, acme, NODE, {"id": globex_request["id"]}, "node")
    stolen = await confirm(server, acme, globex_request["id"])
    body = await server.gql(REQUESTS, token=warehouse)

    assert sorted((r["supplier"]["code"], r["orderNumber"]) for r in staff_view) == [
        ("acme", order["number"]),
        ("globex", order["number"]),
    ]
    assert [r["lines"] for r in mine] == [[{"sku": "DS-1", "quantity": 1}]]
    assert [r["lines"] for r in theirs] == [[{"sku": "DS-2", "quantity": 2}]]
    assert (filtered, probe) == ([], None)
    assert stolen == {
        "dropShipRequest": None,
        "userErrors": [{"field": ["id"], "message": "Drop-ship request not found.", "code": "NOT_FOUND"}],
    }
    assert [e["extensions"]["code"] for e in body["errors"]] == ["FORBIDDEN"]


async def test_dispatch_needs_a_confirmed_request_a_known_carrier_and_a_new_tracking_number(
    server: Server, admin_token: str, shop: None
) -> None:
    await placed(server, admin_token, "ERR-1", [("DS-1", 1)])
    await placed(server, admin_token, "ERR-2", [("DS-1", 1)])
    acme = await make_token(Role.SUPPLIER, "acme")
    first, second = await requests(server, acme)

    unconfirmed = await ship(server, acme, first["id"], "dhl", "T-1")
    await confirm(server, acme, first["id"])
    await confirm(server, acme, second["id"])
    again = await confirm(server, acme, first["id"])
    no_carrier = await ship(server, acme, first["id"], "nope", "T-1")
    blank = await ship(server, acme, first["id"], "dhl", "  ")
    assert (await ship(server, acme, first["id"], "dhl", "T-1"))["userErrors"] == []
    reused = await ship(server, acme, second["id"], "dhl", "T-1")
    twice = await ship(server, acme, first["id"], "dhl", "T-2")

    def errors(payload: dict[str, Any]) -> list[tuple[tuple[str, ...], str]]:
        return [(tuple(e["field"]), e["code"]) for e in payload["userErrors"]]

    assert errors(unconfirmed) == [(("id",), "INVALID_TRANSITION")]
    assert errors(again) == [(("id",), "INVALID_TRANSITION")]
    assert errors(no_carrier) == [(("carrier",), "NOT_FOUND")]
    assert errors(blank) == [(("trackingNumber",), "INVALID")]
    assert errors(reused) == [(("trackingNumber",), "DUPLICATE")]
    assert errors(twice) == [(("id",), "INVALID_TRANSITION")]
    # The refused dispatch of the second request wrote nothing: it is still confirmed, unshipped.
    assert [(r["status"], r["trackingNumber"]) for r in await requests(server, acme)] == [
        ("SHIPPED", "T-1"),
        ("CONFIRMED", None),
    ]


async def test_cancelling_the_order_cancels_its_open_requests(server: Server, admin_token: str, shop: None) -> None:
    order = await placed(server, admin_token, "CAN-1", [("SKU-A", 1), ("DS-1", 1), ("DS-2", 1)])
    acme, globex = await make_token(Role.SUPPLIER, "acme"), await make_token(Role.SUPPLIER, "globex")
    (confirmed,) = await requests(server, acme)
    await confirm(server, acme, confirmed["id"])

    cancelled = await cancel(server, admin_token, order["id"])
    too_late = await ship(server, acme, confirmed["id"], "dhl", "T-LATE")

    assert cancelled["status"] == "CANCELLED"
    assert [r["status"] for r in await requests(server, acme)] == ["CANCELLED"]
    assert [r["status"] for r in await requests(server, globex)] == ["CANCELLED"]
    assert [(tuple(e["field"]), e["code"]) for e in too_late["userErrors"]] == [(("id",), "INVALID_TRANSITION")]
    topics = await OutboxEvent.filter(topic="drop_ship_request.changed").values_list("payload", flat=True)
    assert sorted((p["previous_status"] or "-", p["status"]) for p in topics) == [  # type: ignore[index]
        ("-", "REQUESTED"),
        ("-", "REQUESTED"),
        ("CONFIRMED", "CANCELLED"),
        ("REQUESTED", "CANCELLED"),
        ("REQUESTED", "CONFIRMED"),
    ]


async def test_an_order_on_hold_does_not_ship_its_drop_shipped_lines(
    server: Server, admin_token: str, shop: None
) -> None:
    order = await placed(server, admin_token, "HOLD-1", [("DS-1", 1)])
    acme = await make_token(Role.SUPPLIER, "acme")
    (request,) = await requests(server, acme)
    await confirm(server, acme, request["id"])
    held = await server.gql(
        "mutation($i: OrderHoldInput!) { orderHold(input: $i) { order { status } userErrors { code } } }",
        {"i": {"id": order["id"], "reason": "fraud check"}},
        token=admin_token,
    )
    assert held["data"]["orderHold"] == {"order": {"status": "ON_HOLD"}, "userErrors": []}

    refused = await ship(server, acme, request["id"], "dhl", "T-HOLD")

    assert refused["userErrors"] == [
        {
            "field": ["id"],
            "message": f"Order {order['number']} is ON_HOLD; it cannot ship.",
            "code": "INVALID_TRANSITION",
        }
    ]
    assert [r["status"] for r in await requests(server, acme)] == ["CONFIRMED"]


ORDER_CANCEL = "mutation($i: OrderCancelInput!) { orderCancel(input: $i) { order { status } %s } }" % USER_ERRORS


@pytest.mark.postgres
async def test_a_dispatch_racing_a_cancellation_leaves_one_consistent_outcome(
    server: Server, admin_token: str, shop: None
) -> None:
    acme = await make_token(Role.SUPPLIER, "acme")
    for i in range(3):  # a few rounds: either side may win; the loser must leave no trace
        order = await placed(server, admin_token, f"RACE-{i}", [("DS-1", 1)])
        (request,) = await requests(server, acme, order=order["id"])
        await confirm(server, acme, request["id"])

        cancelled, shipped = await asyncio.gather(
            call(server, admin_token, ORDER_CANCEL, {"i": {"id": order["id"], "reason": "race"}}, "orderCancel"),
            ship(server, acme, request["id"], "dhl", f"RACE-T-{i}"),
        )

        after = await order_view(server, admin_token, order["id"])
        (now,) = await requests(server, acme, order=order["id"])
        winners = [name for name, p in (("cancel", cancelled), ("dispatch", shipped)) if not p["userErrors"]]
        assert len(winners) == 1, (cancelled, shipped)
        expected = {
            "cancel": ("CANCELLED", "CANCELLED", []),
            "dispatch": ("SHIPPED", "SHIPPED", [f"RACE-T-{i}"]),
        }[winners[0]]
        assert (after["status"], now["status"], [s["trackingNumber"] for s in after["shipments"]]) == expected
