"""Returns, refunds and public tracking, on an order that really shipped."""

from __future__ import annotations

from typing import Any

from models.access import Role
from tests.fixtures.catalog import place
from tests.fixtures.database import make_token
from tests.fixtures.server import Server

CARRIER = "mutation($i: CarrierCreateInput!) { carrierCreate(input: $i) { userErrors { code } } }"
CLAIM = "mutation($i: PickTaskClaimInput!) { pickTaskClaim(input: $i) { pickTask { id lines { sku barcode quantity } } userErrors { code } } }"
SCAN = "mutation($i: PickScanInput!) { pickScan(input: $i) { result userErrors { code } } }"
COMPLETE = (
    "mutation($i: PickTaskCompleteInput!) { pickTaskComplete(input: $i) { pickTask { status } userErrors { code } } }"
)
PACK = "mutation($i: ShipmentPackInput!) { shipmentPack(input: $i) { shipment { id } userErrors { code } } }"
DISPATCH = (
    "mutation($i: ShipmentDispatchInput!) { shipmentDispatch(input: $i) { shipment { status } userErrors { code } } }"
)
TRACK_EVENT = "mutation($i: TrackingEventRecordInput!) { trackingEventRecord(input: $i) { shipment { status } userErrors { code } } }"
RETURN = """mutation($i: ReturnRequestInput!) { returnRequest(input: $i) {
  returnRequest { id number status lines { sku quantity reason restockedQuantity disposedQuantity } }
  userErrors { field message code } } }"""
RECEIVE = """mutation($i: ReturnReceiveInput!) { returnReceive(input: $i) {
  returnRequest { status lines { sku restockedQuantity disposedQuantity } } userErrors { field message code } } }"""
REFUND = "mutation($i: RefundRecordInput!) { refundRecord(input: $i) { refund { amount { amount currency } } userErrors { field message code } } }"
ORDER = "query($id: ID!) { order(id: $id) { status refundedTotal { amount } returns { number status } history { toStatus } } }"
LEVEL = 'query($sku: String!) { stockLevels(filter: {sku: $sku, warehouse: "east"}) { edges { node { onHand reserved } } } }'
PUBLIC_TRACK = """query($n: String!, $e: String!) { orderTrack(number: $n, email: $e) {
  number status estimatedDeliveryAt shipments { status carrier trackingNumber events { status location } } } }"""


async def ok(server: Server, token: str | None, doc: str, name: str, variables: dict[str, Any]) -> dict[str, Any]:
    body = await server.gql(doc, variables, token=token)
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"][name]
    return result


async def ship(server: Server, admin: str) -> dict[str, Any]:
    """Place an order for 2 x SKU-A + 1 x SKU-B and take it all the way to DISPATCHED."""
    order = (await place(server, admin))["order"]
    await ok(server, admin, CARRIER, "carrierCreate", {"i": {"code": "ups", "name": "UPS"}})
    task = (await ok(server, admin, CLAIM, "pickTaskClaim", {"i": {"warehouse": "east"}}))["pickTask"]
    for line in task["lines"]:
        scanned = await ok(
            server,
            admin,
            SCAN,
            "pickScan",
            {"i": {"task": task["id"], "barcode": line["sku"], "quantity": line["quantity"]}},
        )
        assert scanned["result"] == "ACCEPTED", scanned
    await ok(server, admin, COMPLETE, "pickTaskComplete", {"i": {"task": task["id"]}})
    shipment = (
        await ok(server, admin, PACK, "shipmentPack", {"i": {"task": task["id"], "packages": [{"weightGrams": 900}]}})
    )["shipment"]
    dispatched = await ok(
        server,
        admin,
        DISPATCH,
        "shipmentDispatch",
        {"i": {"shipment": shipment["id"], "carrier": "ups", "trackingNumber": "1Z999"}},
    )
    assert dispatched["userErrors"] == [], dispatched
    return order


async def on_hand(server: Server, token: str, sku: str) -> tuple[int, int]:
    node = (await ok(server, token, LEVEL, "stockLevels", {"sku": sku}))["edges"][0]["node"]
    return node["onHand"], node["reserved"]


async def test_customer_returns_part_of_a_shipped_order_and_staff_restocks_and_refunds(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    order = await ship(server, admin_token)
    customer = await make_token(Role.CUSTOMER, "ada@example.com")
    before = await on_hand(server, admin_token, "SKU-A")

    requested = await ok(
        server,
        customer,
        RETURN,
        "returnRequest",
        {"i": {"order": order["id"], "lines": [{"sku": "SKU-A", "quantity": 2, "reason": "too small"}]}},
    )
    rma = requested["returnRequest"]
    received = await ok(
        server,
        admin_token,
        RECEIVE,
        "returnReceive",
        {"i": {"id": rma["id"], "lines": [{"sku": "SKU-A", "quantity": 1, "condition": "RESTOCK"}]}},
    )
    received_rest = await ok(
        server,
        admin_token,
        RECEIVE,
        "returnReceive",
        {"i": {"id": rma["id"], "lines": [{"sku": "SKU-A", "quantity": 1, "condition": "DISPOSE"}]}},
    )
    refunded = await ok(
        server,
        admin_token,
        REFUND,
        "refundRecord",
        {"i": {"order": order["id"], "amount": "20", "returnRequest": rma["id"], "note": "2 x SKU-A"}},
    )
    after = await on_hand(server, admin_token, "SKU-A")
    state = await ok(server, admin_token, ORDER, "order", {"id": order["id"]})

    assert requested["userErrors"] == [] and rma["number"].startswith("RMA-") and rma["status"] == "REQUESTED"
    assert received["returnRequest"]["status"] == "PARTIALLY_RECEIVED"
    assert received_rest["returnRequest"] == {
        "status": "RECEIVED",
        "lines": [{"sku": "SKU-A", "restockedQuantity": 1, "disposedQuantity": 1}],
    }
    assert after == (before[0] + 1, before[1])  # one unit back on hand through the ledger; the disposed one is not
    assert refunded == {"refund": {"amount": {"amount": "20.00", "currency": "USD"}}, "userErrors": []}
    assert state["status"] == "PARTIALLY_RETURNED"  # SKU-B is still with the customer
    assert state["refundedTotal"] == {"amount": "20.00"}
    assert [r["number"] for r in state["returns"]] == [rma["number"]]


async def test_returning_everything_makes_the_order_returned(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    order = await ship(server, admin_token)
    rma = (
        await ok(
            server,
            admin_token,
            RETURN,
            "returnRequest",
            {
                "i": {
                    "order": order["id"],
                    "lines": [
                        {"sku": "SKU-A", "quantity": 2, "reason": "changed mind"},
                        {"sku": "SKU-B", "quantity": 1, "reason": "changed mind"},
                    ],
                }
            },
        )
    )["returnRequest"]

    await ok(
        server,
        admin_token,
        RECEIVE,
        "returnReceive",
        {
            "i": {
                "id": rma["id"],
                "lines": [
                    {"sku": "SKU-A", "quantity": 2, "condition": "RESTOCK"},
                    {"sku": "SKU-B", "quantity": 1, "condition": "RESTOCK"},
                ],
            }
        },
    )
    state = await ok(server, admin_token, ORDER, "order", {"id": order["id"]})

    assert state["status"] == "RETURNED"
    assert state["history"][-1]["toStatus"] == "RETURNED"


async def test_return_and_refund_errors(server: Server, admin_token: str, catalog: dict[str, Any]) -> None:
    order = await ship(server, admin_token)
    unshipped = (await place(server, admin_token, externalRef="not-yet"))["order"]
    stranger = await make_token(Role.CUSTOMER, "bob@example.com")

    too_early = await ok(
        server,
        admin_token,
        RETURN,
        "returnRequest",
        {"i": {"order": unshipped["id"], "lines": [{"sku": "SKU-A", "quantity": 1, "reason": "x"}]}},
    )
    not_theirs = await ok(
        server,
        stranger,
        RETURN,
        "returnRequest",
        {"i": {"order": order["id"], "lines": [{"sku": "SKU-A", "quantity": 1, "reason": "x"}]}},
    )
    bad_lines = await ok(
        server,
        admin_token,
        RETURN,
        "returnRequest",
        {
            "i": {
                "order": order["id"],
                "lines": [
                    {"sku": "SKU-A", "quantity": 3, "reason": "x"},
                    {"sku": "SKU-C", "quantity": 1, "reason": "x"},
                    {"sku": "SKU-B", "quantity": 1, "reason": " "},
                ],
            }
        },
    )
    too_much = await ok(server, admin_token, REFUND, "refundRecord", {"i": {"order": order["id"], "amount": "25.51"}})
    negative = await ok(server, admin_token, REFUND, "refundRecord", {"i": {"order": order["id"], "amount": "-1"}})

    assert [e["code"] for e in too_early["userErrors"]] == ["INVALID_TRANSITION"]
    assert [(e["code"], e["field"]) for e in not_theirs["userErrors"]] == [("NOT_FOUND", ["order"])]
    assert [(e["code"], e["field"]) for e in bad_lines["userErrors"]] == [
        ("INVALID_QUANTITY", ["lines", "0", "quantity"]),
        ("UNKNOWN_SKU", ["lines", "1", "sku"]),
        ("REQUIRED", ["lines", "2", "reason"]),
    ]
    assert too_much["userErrors"] == [
        {"field": ["amount"], "message": "Only 25.50 USD is left to refund.", "code": "INVALID"}
    ]
    assert [e["code"] for e in negative["userErrors"]] == ["INVALID"]


async def test_public_tracking_needs_the_number_and_the_email_and_shows_only_tracking(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    order = await ship(server, admin_token)
    carrier = await make_token(Role.CARRIER, "ups")
    await ok(
        server,
        carrier,
        TRACK_EVENT,
        "trackingEventRecord",
        {
            "i": {
                "trackingNumber": "1Z999",
                "status": "IN_TRANSIT",
                "occurredAt": "2026-11-25T10:00:00Z",
                "location": "Newark",
                "estimatedDeliveryAt": "2026-11-27T18:00:00Z",
            }
        },
    )

    seen = await ok(server, None, PUBLIC_TRACK, "orderTrack", {"n": order["number"], "e": "ADA@example.com"})
    wrong_email = await ok(server, None, PUBLIC_TRACK, "orderTrack", {"n": order["number"], "e": "bob@example.com"})
    wrong_number = await ok(server, None, PUBLIC_TRACK, "orderTrack", {"n": "OG-999999", "e": "ada@example.com"})

    assert seen == {
        "number": order["number"],
        "status": "SHIPPED",
        "estimatedDeliveryAt": "2026-11-27T18:00:00+00:00",
        "shipments": [
            {
                "status": "IN_TRANSIT",
                "carrier": "UPS",
                "trackingNumber": "1Z999",
                "events": [{"status": "IN_TRANSIT", "location": "Newark"}],
            }
        ],
    }
    assert wrong_email is None and wrong_number is None


RETURNS = """query($f: ReturnFilter) { returns(filter: $f, first: 20) {
  totalCount edges { node { number status lines { sku quantity } } } } }"""


async def test_returns_are_listed_newest_first_by_status_and_order_as_the_caller_may_see_them(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    order = await ship(server, admin_token)
    ada = await make_token(Role.CUSTOMER, "ada@example.com")
    bob = await make_token(Role.CUSTOMER, "bob@example.com")
    rmas = []
    for sku in ("SKU-A", "SKU-B"):
        lines = [{"sku": sku, "quantity": 1, "reason": "not needed"}]
        payload = await ok(server, ada, RETURN, "returnRequest", {"i": {"order": order["id"], "lines": lines}})
        rmas.append(payload["returnRequest"])
    first, second = rmas
    await ok(
        server,
        admin_token,
        RECEIVE,
        "returnReceive",
        {"i": {"id": first["id"], "lines": [{"sku": "SKU-A", "quantity": 1, "condition": "RESTOCK"}]}},
    )

    async def numbers(token: str, **f: Any) -> list[tuple[str, str]]:
        connection = await ok(server, token, RETURNS, "returns", {"f": f or None})
        found = [(e["node"]["number"], e["node"]["status"]) for e in connection["edges"]]
        assert connection["totalCount"] == len(found)
        return found

    both = [(second["number"], "REQUESTED"), (first["number"], "RECEIVED")]
    assert await numbers(admin_token) == both
    assert await numbers(admin_token, status=["RECEIVED"]) == [(first["number"], "RECEIVED")]
    assert await numbers(admin_token, status=["REQUESTED", "PARTIALLY_RECEIVED"]) == [(second["number"], "REQUESTED")]
    assert await numbers(admin_token, order=order["id"]) == both
    assert await numbers(admin_token, order="T3JkZXI6OTk5OTk5") == []  # Order:999999
    assert await numbers(ada) == both
    assert await numbers(bob) == []
