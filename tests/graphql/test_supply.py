"""Supply over the API: supplier offers, the purchase-order lifecycle and its receipts,
incoming stock, SUPPLIER scoping, replenishment suggestions and auto-drafted reorders."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from models.access import Role
from tests.fixtures.catalog import seed_catalog, seed_suppliers
from tests.fixtures.database import make_token
from tests.fixtures.server import Server
from tests.fixtures.stock import (
    PRODUCT_CREATE,
    USER_ERRORS,
    call,
    fetch_order,
    ledger_view,
    level,
    movements,
    ok,
    placed,
    receive,
    sourcing,
    stock_policy,
)

OFFER_FIELDS = """
  id cost { amount currency } leadTimeDays minimumOrderQuantity supplier { code } product { sku }
"""

SUPPLIER_PRODUCT_SET = """
mutation($i: SupplierProductSetInput!) { supplierProductSet(input: $i) { supplierProduct { %s } %s } }
""" % (OFFER_FIELDS, USER_ERRORS)

PO_FIELDS = """
  id number status automatic note expectedAt supplier { code } warehouse { code }
  lines { sku quantity receivedQuantity unitCost }
"""

PO_CREATE = """
mutation($i: PurchaseOrderCreateInput!) { purchaseOrderCreate(input: $i) { purchaseOrder { %s } %s } }
""" % (PO_FIELDS, USER_ERRORS)

PO_SEND = """
mutation($i: PurchaseOrderIdInput!) { purchaseOrderSend(input: $i) { purchaseOrder { %s } %s } }
""" % (PO_FIELDS, USER_ERRORS)

PO_CONFIRM = """
mutation($i: PurchaseOrderConfirmInput!) { purchaseOrderConfirm(input: $i) { purchaseOrder { %s } %s } }
""" % (PO_FIELDS, USER_ERRORS)

PO_RECEIVE = """
mutation($i: PurchaseOrderReceiveInput!) { purchaseOrderReceive(input: $i) { purchaseOrder { %s } %s } }
""" % (PO_FIELDS, USER_ERRORS)

PO_CANCEL = """
mutation($i: PurchaseOrderIdInput!) { purchaseOrderCancel(input: $i) { purchaseOrder { %s } %s } }
""" % (PO_FIELDS, USER_ERRORS)

PURCHASE_ORDERS = (
    """
query($f: PurchaseOrderFilter) {
  purchaseOrders(filter: $f, first: 100) { totalCount edges { node { %s } } }
}
"""
    % PO_FIELDS
)

PO_NODE = "query($id: ID!) { node(id: $id) { __typename ... on PurchaseOrder { number status } } }"

SUGGESTIONS = """
query($w: String) {
  replenishmentSuggestions(warehouse: $w) {
    stockLevel { product { sku } warehouse { code } }
    supplier { code } quantity available incoming reason
  }
}
"""


# --- helpers --------------------------------------------------------------------------------


@pytest.fixture
async def bare(server: Server, admin_token: str) -> dict[str, Any]:
    """Channels web/market, warehouses east (US) and eu (DE), SKU-A/B/C with no stock (but
    with stock levels at both warehouses), suppliers acme (lead time 3 days) and globex (10)."""
    created = await seed_catalog(admin_token, stock=0)
    await seed_suppliers(admin_token)
    return created


async def offer(server: Server, token: str, supplier: str, sku: str, cost: str, **extra: Any) -> dict[str, Any]:
    """supplierProductSet's payload (userErrors not checked)."""
    return await call(
        server,
        token,
        SUPPLIER_PRODUCT_SET,
        {"i": {"supplier": supplier, "sku": sku, "cost": cost, **extra}},
        "supplierProductSet",
    )


async def draft_po(
    server: Server, token: str, lines: list[tuple[str, int]], *, supplier: str = "acme", warehouse: str = "east"
) -> dict[str, Any]:
    payload = await ok(
        server,
        token,
        PO_CREATE,
        {
            "i": {
                "supplier": supplier,
                "warehouse": warehouse,
                "lines": [{"sku": sku, "quantity": qty} for sku, qty in lines],
            }
        },
        "purchaseOrderCreate",
    )
    po: dict[str, Any] = payload["purchaseOrder"]
    return po


async def po_action(server: Server, token: str, doc: str, name: str, po_id: str, **extra: Any) -> dict[str, Any]:
    """A purchase-order mutation's payload (userErrors not checked)."""
    return await call(server, token, doc, {"i": {"id": po_id, **extra}}, name)


async def sent_po(
    server: Server, token: str, lines: list[tuple[str, int]], *, supplier: str = "acme", warehouse: str = "east"
) -> dict[str, Any]:
    po = await draft_po(server, token, lines, supplier=supplier, warehouse=warehouse)
    payload = await po_action(server, token, PO_SEND, "purchaseOrderSend", po["id"])
    assert payload["userErrors"] == [], payload
    sent: dict[str, Any] = payload["purchaseOrder"]
    return sent


async def receive_po(server: Server, token: str, po_id: str, lines: list[tuple[str, int]]) -> dict[str, Any]:
    return await po_action(
        server,
        token,
        PO_RECEIVE,
        "purchaseOrderReceive",
        po_id,
        lines=[{"sku": sku, "quantity": qty} for sku, qty in lines],
    )


async def incoming(server: Server, token: str, sku: str, warehouse: str) -> int | None:
    stock = await level(server, token, sku, warehouse)
    return None if stock is None else int(stock["incoming"])


async def on_hand(server: Server, token: str, sku: str, warehouse: str) -> int:
    stock = await level(server, token, sku, warehouse)
    return 0 if stock is None else int(stock["onHand"])


async def suggest(server: Server, token: str, warehouse: str | None) -> list[dict[str, Any]]:
    body = await server.gql(SUGGESTIONS, {"w": warehouse}, token=token)
    assert "errors" not in body, body
    suggestions: list[dict[str, Any]] = body["data"]["replenishmentSuggestions"]
    return suggestions


async def purchase_orders(server: Server, token: str, **filter: Any) -> list[dict[str, Any]]:
    connection = await call(server, token, PURCHASE_ORDERS, {"f": filter or None}, "purchaseOrders")
    nodes = [edge["node"] for edge in connection["edges"]]
    assert connection["totalCount"] == len(nodes)
    return nodes


def lines_of(po: dict[str, Any]) -> list[tuple[str, int, int]]:
    """(sku, quantity, receivedQuantity) of a purchase order's lines."""
    return [(ln["sku"], ln["quantity"], ln["receivedQuantity"]) for ln in po["lines"]]


def transition_error(number: str, source: str, target: str) -> list[dict[str, Any]]:
    return [
        {
            "field": ["id"],
            "message": f"{number} cannot go from {source} to {target}.",
            "code": "INVALID_TRANSITION",
        }
    ]


PO_NOT_FOUND = [{"field": ["id"], "message": "Purchase order not found.", "code": "NOT_FOUND"}]


# --- supplierProductSet ---------------------------------------------------------------------


async def test_supplier_product_set_creates_an_offer_then_updates_the_same_pair(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    created = await offer(server, admin_token, "acme", "SKU-A", "4.5", leadTimeDays=5, minimumOrderQuantity=12)
    updated = await offer(server, admin_token, "acme", "SKU-A", "3.999", minimumOrderQuantity=20, currency="EUR")
    other = await offer(server, admin_token, "globex", "SKU-A", "4.10")

    assert created["userErrors"] == []
    assert created["supplierProduct"] == {
        "id": created["supplierProduct"]["id"],
        "cost": {"amount": "4.50", "currency": "USD"},
        "leadTimeDays": 5,
        "minimumOrderQuantity": 12,
        "supplier": {"code": "acme"},
        "product": {"sku": "SKU-A"},
    }
    assert updated["userErrors"] == []
    assert updated["supplierProduct"] == {
        "id": created["supplierProduct"]["id"],  # the same (supplier, product) offer
        "cost": {"amount": "4.00", "currency": "EUR"},
        "leadTimeDays": None,
        "minimumOrderQuantity": 20,
        "supplier": {"code": "acme"},
        "product": {"sku": "SKU-A"},
    }
    assert other["userErrors"] == [] and other["supplierProduct"]["id"] != created["supplierProduct"]["id"]


async def test_supplier_product_set_reports_an_unknown_supplier_and_sku(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    payload = await offer(server, admin_token, "nope", "NOPE-1", "1.00")

    assert payload == {
        "supplierProduct": None,
        "userErrors": [
            {"field": ["supplier"], "message": "Supplier 'nope' not found.", "code": "NOT_FOUND"},
            {"field": ["sku"], "message": "Unknown SKU 'NOPE-1'.", "code": "UNKNOWN_SKU"},
        ],
    }


@pytest.mark.parametrize("moq", [0, -5])
async def test_supplier_product_set_refuses_a_minimum_order_quantity_below_one(
    server: Server, admin_token: str, bare: dict[str, Any], moq: int
) -> None:
    payload = await offer(server, admin_token, "acme", "SKU-A", "1.00", minimumOrderQuantity=moq)

    assert payload == {
        "supplierProduct": None,
        "userErrors": [
            {
                "field": ["minimumOrderQuantity"],
                "message": "minimumOrderQuantity must be at least 1.",
                "code": "INVALID_QUANTITY",
            }
        ],
    }


async def test_supplier_product_set_is_staff_only(server: Server, admin_token: str, bare: dict[str, Any]) -> None:
    supplier = await make_token(Role.SUPPLIER, "acme")

    body = await server.gql(
        SUPPLIER_PRODUCT_SET, {"i": {"supplier": "acme", "sku": "SKU-A", "cost": "1.00"}}, token=supplier
    )

    assert body["data"] is None and body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


# --- purchase order lifecycle ---------------------------------------------------------------


async def test_a_purchase_order_goes_from_draft_to_received_through_partial_receipts(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    expected_at = "2031-03-04T05:06:07+00:00"
    created = await ok(
        server,
        admin_token,
        PO_CREATE,
        {
            "i": {
                "supplier": "acme",
                "warehouse": "east",
                "note": "spring restock",
                "lines": [{"sku": "SKU-A", "quantity": 10, "unitCost": "4.25"}, {"sku": "SKU-B", "quantity": 5}],
            }
        },
        "purchaseOrderCreate",
    )
    po = created["purchaseOrder"]
    incoming_draft = await incoming(server, admin_token, "SKU-A", "east")

    sent = await po_action(server, admin_token, PO_SEND, "purchaseOrderSend", po["id"])
    incoming_sent = await incoming(server, admin_token, "SKU-A", "east")
    confirmed = await po_action(
        server, admin_token, PO_CONFIRM, "purchaseOrderConfirm", po["id"], expectedAt=expected_at
    )
    first = await receive_po(server, admin_token, po["id"], [("SKU-A", 4)])
    after_first = await level(server, admin_token, "SKU-A", "east")
    second = await receive_po(server, admin_token, po["id"], [("SKU-A", 6), ("SKU-B", 5)])
    moves = await movements(server, admin_token, reference="po:PO-000001")

    assert {k: v for k, v in po.items() if k != "id"} == {
        "number": "PO-000001",
        "status": "DRAFT",
        "automatic": False,
        "note": "spring restock",
        "expectedAt": None,
        "supplier": {"code": "acme"},
        "warehouse": {"code": "east"},
        "lines": [
            {"sku": "SKU-A", "quantity": 10, "receivedQuantity": 0, "unitCost": "4.25"},
            {"sku": "SKU-B", "quantity": 5, "receivedQuantity": 0, "unitCost": None},
        ],
    }
    assert incoming_draft == 0  # a draft is not incoming
    assert (sent["userErrors"], sent["purchaseOrder"]["status"]) == ([], "SENT")
    assert incoming_sent == 10
    assert confirmed["userErrors"] == []
    assert (confirmed["purchaseOrder"]["status"], confirmed["purchaseOrder"]["expectedAt"]) == (
        "CONFIRMED",
        expected_at,
    )
    assert first["userErrors"] == []
    assert first["purchaseOrder"]["status"] == "PARTIALLY_RECEIVED"
    assert lines_of(first["purchaseOrder"]) == [("SKU-A", 10, 4), ("SKU-B", 5, 0)]
    assert after_first is not None
    assert (after_first["onHand"], after_first["available"], after_first["incoming"]) == (4, 4, 6)
    assert second["userErrors"] == []
    assert second["purchaseOrder"]["status"] == "RECEIVED"
    assert lines_of(second["purchaseOrder"]) == [("SKU-A", 10, 10), ("SKU-B", 5, 5)]
    assert (
        await on_hand(server, admin_token, "SKU-A", "east"),
        await on_hand(server, admin_token, "SKU-B", "east"),
    ) == (
        10,
        5,
    )
    assert (
        await incoming(server, admin_token, "SKU-A", "east"),
        await incoming(server, admin_token, "SKU-B", "east"),
    ) == (
        0,
        0,
    )
    assert sorted(ledger_view(moves)) == [
        ("RECEIPT", 4, 0, "po:PO-000001"),
        ("RECEIPT", 5, 0, "po:PO-000001"),
        ("RECEIPT", 6, 0, "po:PO-000001"),
    ]
    assert sorted((m["product"]["sku"], m["warehouse"]["code"]) for m in moves) == [
        ("SKU-A", "east"),
        ("SKU-A", "east"),
        ("SKU-B", "east"),
    ]


async def test_confirm_without_a_date_expects_the_goods_after_the_supplier_lead_time(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    po = await sent_po(server, admin_token, [("SKU-A", 3)], supplier="acme")  # acme: 3 days

    before = datetime.now(UTC)
    confirmed = await po_action(server, admin_token, PO_CONFIRM, "purchaseOrderConfirm", po["id"])
    after = datetime.now(UTC)

    assert confirmed["userErrors"] == []
    expected = datetime.fromisoformat(confirmed["purchaseOrder"]["expectedAt"])
    assert before + timedelta(days=3) - timedelta(seconds=1) <= expected <= after + timedelta(days=3)


@pytest.mark.parametrize("reached", ["DRAFT", "SENT", "CONFIRMED"])
async def test_a_purchase_order_can_be_cancelled_before_goods_arrive(
    server: Server, admin_token: str, bare: dict[str, Any], reached: str
) -> None:
    po = await draft_po(server, admin_token, [("SKU-A", 8)])
    if reached in ("SENT", "CONFIRMED"):
        await po_action(server, admin_token, PO_SEND, "purchaseOrderSend", po["id"])
    if reached == "CONFIRMED":
        await po_action(server, admin_token, PO_CONFIRM, "purchaseOrderConfirm", po["id"])

    cancelled = await po_action(server, admin_token, PO_CANCEL, "purchaseOrderCancel", po["id"])
    receipt = await receive_po(server, admin_token, po["id"], [("SKU-A", 1)])

    assert cancelled["userErrors"] == []
    assert cancelled["purchaseOrder"]["status"] == "CANCELLED"
    assert await incoming(server, admin_token, "SKU-A", "east") == 0
    assert receipt["purchaseOrder"] is None
    assert [(e["field"], e["code"]) for e in receipt["userErrors"]] == [(["id"], "INVALID_TRANSITION")]
    assert await on_hand(server, admin_token, "SKU-A", "east") == 0


async def test_a_partly_received_purchase_order_can_be_closed_for_the_rest(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    po = await sent_po(server, admin_token, [("SKU-A", 10)])
    await receive_po(server, admin_token, po["id"], [("SKU-A", 4)])

    # The supplier short-ships: the 6 missing units are not coming; the PO must stop
    # counting them as incoming (or it holds back reorders for ever).
    closed = await po_action(server, admin_token, PO_CANCEL, "purchaseOrderCancel", po["id"])

    assert closed["userErrors"] == []
    assert closed["purchaseOrder"]["status"] in ("CANCELLED", "RECEIVED")
    assert lines_of(closed["purchaseOrder"]) == [("SKU-A", 10, 4)]
    stock = await level(server, admin_token, "SKU-A", "east")
    assert stock is not None and (stock["onHand"], stock["incoming"]) == (4, 0)


async def test_illegal_purchase_order_moves_are_invalid_transitions(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    draft = await draft_po(server, admin_token, [("SKU-A", 2)])  # PO-000001
    done = await sent_po(server, admin_token, [("SKU-B", 2)])  # PO-000002
    assert (await receive_po(server, admin_token, done["id"], [("SKU-B", 2)]))["purchaseOrder"]["status"] == "RECEIVED"

    receive_draft = await receive_po(server, admin_token, draft["id"], [("SKU-A", 1)])
    confirm_draft = await po_action(server, admin_token, PO_CONFIRM, "purchaseOrderConfirm", draft["id"])
    confirm_received = await po_action(server, admin_token, PO_CONFIRM, "purchaseOrderConfirm", done["id"])
    cancel_received = await po_action(server, admin_token, PO_CANCEL, "purchaseOrderCancel", done["id"])
    send_received = await po_action(server, admin_token, PO_SEND, "purchaseOrderSend", done["id"])

    assert receive_draft == {
        "purchaseOrder": None,
        "userErrors": [
            {"field": ["id"], "message": "PO-000001 is DRAFT; it cannot receive goods.", "code": "INVALID_TRANSITION"}
        ],
    }
    assert confirm_draft == {"purchaseOrder": None, "userErrors": transition_error("PO-000001", "DRAFT", "CONFIRMED")}
    assert confirm_received == {
        "purchaseOrder": None,
        "userErrors": transition_error("PO-000002", "RECEIVED", "CONFIRMED"),
    }
    assert cancel_received == {
        "purchaseOrder": None,
        "userErrors": transition_error("PO-000002", "RECEIVED", "CANCELLED"),
    }
    assert send_received == {"purchaseOrder": None, "userErrors": transition_error("PO-000002", "RECEIVED", "SENT")}
    # Nothing moved: the draft is still a draft, the received PO still received, no extra stock.
    statuses = {po["number"]: po["status"] for po in await purchase_orders(server, admin_token)}
    assert statuses == {"PO-000001": "DRAFT", "PO-000002": "RECEIVED"}
    assert (
        await on_hand(server, admin_token, "SKU-A", "east"),
        await on_hand(server, admin_token, "SKU-B", "east"),
    ) == (
        0,
        2,
    )


async def test_receiving_more_than_is_still_expected_is_refused(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    po = await sent_po(server, admin_token, [("SKU-A", 10)])
    await receive_po(server, admin_token, po["id"], [("SKU-A", 4)])

    over = await receive_po(server, admin_token, po["id"], [("SKU-A", 7)])
    zero = await receive_po(server, admin_token, po["id"], [("SKU-A", 0)])

    assert over == {
        "purchaseOrder": None,
        "userErrors": [
            {
                "field": ["lines", "0", "quantity"],
                "message": "SKU-A: between 1 and 6 units are still expected.",
                "code": "INVALID_QUANTITY",
            }
        ],
    }
    assert [(e["field"], e["code"]) for e in zero["userErrors"]] == [(["lines", "0", "quantity"], "INVALID_QUANTITY")]
    stock = await level(server, admin_token, "SKU-A", "east")
    assert stock is not None and (stock["onHand"], stock["incoming"]) == (4, 6)
    [current] = await purchase_orders(server, admin_token)
    assert (current["status"], lines_of(current)) == ("PARTIALLY_RECEIVED", [("SKU-A", 10, 4)])


async def test_receiving_a_sku_that_is_not_on_the_purchase_order_is_unknown_sku(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    po = await sent_po(server, admin_token, [("SKU-A", 10)])

    payload = await receive_po(server, admin_token, po["id"], [("SKU-A", 2), ("SKU-C", 1), ("NOPE-9", 1)])

    assert payload == {
        "purchaseOrder": None,
        "userErrors": [
            {"field": ["lines", "1", "sku"], "message": "'SKU-C' is not on PO-000001.", "code": "UNKNOWN_SKU"},
            {"field": ["lines", "2", "sku"], "message": "'NOPE-9' is not on PO-000001.", "code": "UNKNOWN_SKU"},
        ],
    }
    # All or nothing: the valid SKU-A line was not booked either.
    assert await on_hand(server, admin_token, "SKU-A", "east") == 0
    assert await on_hand(server, admin_token, "SKU-C", "east") == 0


async def test_the_same_sku_twice_in_one_receipt_cannot_exceed_what_is_expected(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    po = await sent_po(server, admin_token, [("SKU-A", 6)])

    payload = await receive_po(server, admin_token, po["id"], [("SKU-A", 4), ("SKU-A", 4)])

    # 8 units booked against 6 ordered would be an over-receipt however the lines are split.
    assert payload["purchaseOrder"] is None
    assert payload["userErrors"] and {e["code"] for e in payload["userErrors"]} <= {"INVALID_QUANTITY", "DUPLICATE"}
    stock = await level(server, admin_token, "SKU-A", "east")
    assert stock is not None and (stock["onHand"], stock["incoming"]) == (0, 6)
    [current] = await purchase_orders(server, admin_token)
    assert (current["status"], lines_of(current)) == ("SENT", [("SKU-A", 6, 0)])


async def test_purchase_order_create_validates_its_input(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    bad = await call(
        server,
        admin_token,
        PO_CREATE,
        {
            "i": {
                "supplier": "nope",
                "warehouse": "nowhere",
                "lines": [
                    {"sku": "SKU-A", "quantity": 0},
                    {"sku": "NOPE-1", "quantity": 1},
                    {"sku": "SKU-A", "quantity": 2, "unitCost": "-1"},
                ],
            }
        },
        "purchaseOrderCreate",
    )
    empty = await call(
        server,
        admin_token,
        PO_CREATE,
        {"i": {"supplier": "acme", "warehouse": "east", "lines": []}},
        "purchaseOrderCreate",
    )

    assert bad == {
        "purchaseOrder": None,
        "userErrors": [
            {"field": ["supplier"], "message": "Supplier 'nope' not found.", "code": "NOT_FOUND"},
            {"field": ["warehouse"], "message": "Warehouse 'nowhere' not found.", "code": "NOT_FOUND"},
            {
                "field": ["lines", "0", "quantity"],
                "message": "quantity must be at least 1.",
                "code": "INVALID_QUANTITY",
            },
            {"field": ["lines", "1", "sku"], "message": "Unknown SKU 'NOPE-1'.", "code": "UNKNOWN_SKU"},
            {"field": ["lines", "2", "sku"], "message": "SKU SKU-A appears twice.", "code": "DUPLICATE"},
            {"field": ["lines", "2", "unitCost"], "message": "unitCost must not be negative.", "code": "INVALID"},
        ],
    }
    assert empty == {
        "purchaseOrder": None,
        "userErrors": [
            {"field": ["lines"], "message": "A purchase order needs at least one line.", "code": "REQUIRED"}
        ],
    }
    assert await purchase_orders(server, admin_token) == []


async def test_unknown_purchase_order_ids_are_not_found(server: Server, admin_token: str, bare: dict[str, Any]) -> None:
    unknown = await po_action(server, admin_token, PO_SEND, "purchaseOrderSend", "UHVyY2hhc2VPcmRlcjo5OTk=")
    garbage = await po_action(server, admin_token, PO_CANCEL, "purchaseOrderCancel", "???")

    assert unknown == {"purchaseOrder": None, "userErrors": PO_NOT_FOUND}
    assert garbage == {"purchaseOrder": None, "userErrors": PO_NOT_FOUND}


async def test_incoming_counts_open_purchase_orders_less_what_was_received(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await draft_po(server, admin_token, [("SKU-A", 100)])  # DRAFT: not incoming
    await sent_po(server, admin_token, [("SKU-A", 7)])  # SENT: 7
    confirmed = await sent_po(server, admin_token, [("SKU-A", 4)], supplier="globex")
    await po_action(server, admin_token, PO_CONFIRM, "purchaseOrderConfirm", confirmed["id"])  # CONFIRMED: 4
    partial = await sent_po(server, admin_token, [("SKU-A", 5), ("SKU-B", 3)])
    await receive_po(server, admin_token, partial["id"], [("SKU-A", 2)])  # PARTIALLY_RECEIVED: 3 of A, 3 of B
    cancelled = await sent_po(server, admin_token, [("SKU-A", 50)])
    await po_action(server, admin_token, PO_CANCEL, "purchaseOrderCancel", cancelled["id"])  # CANCELLED: not incoming
    full = await sent_po(server, admin_token, [("SKU-A", 9)])
    await receive_po(server, admin_token, full["id"], [("SKU-A", 9)])  # RECEIVED: nothing more to come
    await sent_po(server, admin_token, [("SKU-A", 11)], warehouse="eu")  # another warehouse

    east_a = await level(server, admin_token, "SKU-A", "east")
    east_b = await level(server, admin_token, "SKU-B", "east")
    eu_a = await incoming(server, admin_token, "SKU-A", "eu")

    assert east_a is not None and (east_a["onHand"], east_a["incoming"]) == (11, 7 + 4 + 3)
    assert east_b is not None and (east_b["onHand"], east_b["incoming"]) == (0, 3)
    assert eu_a == 11


async def test_a_sku_never_stocked_at_the_warehouse_shows_what_is_on_its_way(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await ok(
        server,
        admin_token,
        PRODUCT_CREATE,
        {"i": {"sku": "SKU-NEW", "name": "New product", "price": "9.00"}},
        "productCreate",
    )
    await sent_po(server, admin_token, [("SKU-NEW", 6)])

    stock = await level(server, admin_token, "SKU-NEW", "east")

    # Ordered for the first time: nothing on hand yet, but 6 units are coming.
    assert stock is not None and (stock["onHand"], stock["available"], stock["incoming"]) == (0, 0, 6)


async def test_a_receipt_fills_backorders(server: Server, admin_token: str, bare: dict[str, Any]) -> None:
    order = await placed(server, admin_token, "BO-1", [("SKU-A", 2), ("SKU-B", 1)])
    po = await sent_po(server, admin_token, [("SKU-A", 2), ("SKU-B", 1)])

    await receive_po(server, admin_token, po["id"], [("SKU-A", 2)])
    partly = await fetch_order(server, admin_token, order["id"])
    await receive_po(server, admin_token, po["id"], [("SKU-B", 1)])
    filled = await fetch_order(server, admin_token, order["id"])
    stock_a = await level(server, admin_token, "SKU-A", "east")

    assert order["status"] == "BACKORDERED"
    assert partly is not None and partly["status"] == "PARTIALLY_ALLOCATED"
    assert filled is not None and filled["status"] == "ALLOCATED"
    assert sourcing(filled) == [("SKU-A", "east", 2), ("SKU-B", "east", 1)]
    assert stock_a is not None and (stock_a["onHand"], stock_a["reserved"], stock_a["available"]) == (2, 2, 0)


async def test_a_warehouse_token_receives_only_for_its_own_warehouse(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    east_po = await sent_po(server, admin_token, [("SKU-A", 3)], warehouse="east")
    eu_po = await sent_po(server, admin_token, [("SKU-A", 3)], warehouse="eu")
    east = await make_token(Role.WAREHOUSE, "east")

    own = await receive_po(server, east, east_po["id"], [("SKU-A", 3)])
    other = await receive_po(server, east, eu_po["id"], [("SKU-A", 3)])

    assert (own["userErrors"], own["purchaseOrder"]["status"]) == ([], "RECEIVED")
    assert other == {"purchaseOrder": None, "userErrors": PO_NOT_FOUND}
    assert await on_hand(server, admin_token, "SKU-A", "eu") == 0


# --- SUPPLIER tokens ------------------------------------------------------------------------


async def test_a_supplier_sees_only_its_own_purchase_orders_and_never_drafts(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    draft = await draft_po(server, admin_token, [("SKU-A", 1)], supplier="acme")  # PO-000001
    sent = await sent_po(server, admin_token, [("SKU-A", 2)], supplier="acme")  # PO-000002
    theirs = await sent_po(server, admin_token, [("SKU-A", 3)], supplier="globex")  # PO-000003
    acme = await make_token(Role.SUPPLIER, "acme")

    listed = await purchase_orders(server, acme)
    asked_for_globex = await purchase_orders(server, acme, supplier="globex")
    asked_for_drafts = await purchase_orders(server, acme, status=["DRAFT"])
    by_node = {
        po["number"]: (await call(server, acme, PO_NODE, {"id": po["id"]}, "node")) for po in (draft, sent, theirs)
    }

    assert [(po["number"], po["status"], po["supplier"]["code"]) for po in listed] == [("PO-000002", "SENT", "acme")]
    assert asked_for_globex == [] and asked_for_drafts == []
    assert by_node == {
        "PO-000001": None,
        "PO-000002": {"__typename": "PurchaseOrder", "number": "PO-000002", "status": "SENT"},
        "PO-000003": None,
    }


async def test_a_draft_cancelled_before_it_was_sent_stays_invisible_to_the_supplier(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    draft = await draft_po(server, admin_token, [("SKU-A", 1)], supplier="acme")
    await po_action(server, admin_token, PO_CANCEL, "purchaseOrderCancel", draft["id"])
    withdrawn = await sent_po(server, admin_token, [("SKU-A", 2)], supplier="acme")
    await po_action(server, admin_token, PO_CANCEL, "purchaseOrderCancel", withdrawn["id"])
    acme = await make_token(Role.SUPPLIER, "acme")

    listed = await purchase_orders(server, acme)
    as_node = await call(server, acme, PO_NODE, {"id": draft["id"]}, "node")

    # The supplier never received the draft; it does see the order it was sent, now cancelled.
    assert [(po["number"], po["status"]) for po in listed] == [("PO-000002", "CANCELLED")]
    assert as_node is None


async def test_a_warehouse_token_sees_the_purchase_orders_of_its_warehouse_only(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await draft_po(server, admin_token, [("SKU-A", 1)], warehouse="east")
    await sent_po(server, admin_token, [("SKU-A", 2)], warehouse="eu")
    east = await make_token(Role.WAREHOUSE, "east")

    listed = await purchase_orders(server, east)

    assert [(po["number"], po["warehouse"]["code"]) for po in listed] == [("PO-000001", "east")]


async def test_a_supplier_confirms_its_own_purchase_orders_only(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    draft = await draft_po(server, admin_token, [("SKU-A", 1)], supplier="acme")
    own = await sent_po(server, admin_token, [("SKU-A", 2)], supplier="acme")
    theirs = await sent_po(server, admin_token, [("SKU-A", 3)], supplier="globex")
    acme = await make_token(Role.SUPPLIER, "acme")

    confirmed = await po_action(server, acme, PO_CONFIRM, "purchaseOrderConfirm", own["id"])
    other = await po_action(server, acme, PO_CONFIRM, "purchaseOrderConfirm", theirs["id"])
    own_draft = await po_action(server, acme, PO_CONFIRM, "purchaseOrderConfirm", draft["id"])

    assert confirmed["userErrors"] == []
    assert confirmed["purchaseOrder"]["status"] == "CONFIRMED"
    assert other == {"purchaseOrder": None, "userErrors": PO_NOT_FOUND}
    assert own_draft == {"purchaseOrder": None, "userErrors": PO_NOT_FOUND}
    statuses = {po["number"]: po["status"] for po in await purchase_orders(server, admin_token)}
    assert statuses == {"PO-000001": "DRAFT", "PO-000002": "CONFIRMED", "PO-000003": "SENT"}


async def test_a_supplier_cannot_create_send_receive_or_cancel(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    draft = await draft_po(server, admin_token, [("SKU-A", 1)], supplier="acme")
    own = await sent_po(server, admin_token, [("SKU-A", 2)], supplier="acme")
    acme = await make_token(Role.SUPPLIER, "acme")

    attempts = {
        "purchaseOrderCreate": await server.gql(
            PO_CREATE,
            {"i": {"supplier": "acme", "warehouse": "east", "lines": [{"sku": "SKU-A", "quantity": 1}]}},
            token=acme,
        ),
        "purchaseOrderSend": await server.gql(PO_SEND, {"i": {"id": draft["id"]}}, token=acme),
        "purchaseOrderReceive": await server.gql(
            PO_RECEIVE, {"i": {"id": own["id"], "lines": [{"sku": "SKU-A", "quantity": 2}]}}, token=acme
        ),
        "purchaseOrderCancel": await server.gql(PO_CANCEL, {"i": {"id": own["id"]}}, token=acme),
        "replenishmentSuggestions": await server.gql(SUGGESTIONS, {}, token=acme),
    }

    assert {
        name: (body["data"], [e["extensions"]["code"] for e in body["errors"]]) for name, body in attempts.items()
    } == {name: (None, ["FORBIDDEN"]) for name in attempts}
    statuses = {po["number"]: po["status"] for po in await purchase_orders(server, admin_token)}
    assert statuses == {"PO-000001": "DRAFT", "PO-000002": "SENT"}
    assert await on_hand(server, admin_token, "SKU-A", "east") == 0


# --- replenishment suggestions --------------------------------------------------------------


async def test_replenishment_suggests_the_reorder_quantity_from_the_cheapest_supplier(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await receive(server, admin_token, "SKU-A", "east", 10)
    await stock_policy(server, admin_token, "SKU-A", "east", reorderPoint=12, reorderQuantity=30)
    await offer(server, admin_token, "acme", "SKU-A", "4.00", minimumOrderQuantity=5)
    await offer(server, admin_token, "globex", "SKU-A", "3.50", minimumOrderQuantity=40)
    # SKU-B: exactly at its reorder point, cheapest offer's minimum below the reorder quantity.
    await receive(server, admin_token, "SKU-B", "east", 6)
    await stock_policy(server, admin_token, "SKU-B", "east", reorderPoint=6, reorderQuantity=25)
    await offer(server, admin_token, "acme", "SKU-B", "1.00", minimumOrderQuantity=10)
    # SKU-C: low, but no supplier offers it.
    await stock_policy(server, admin_token, "SKU-C", "east", reorderPoint=3, reorderQuantity=8)

    suggestions = await suggest(server, admin_token, None)

    view = sorted(
        (
            s["stockLevel"]["product"]["sku"],
            s["stockLevel"]["warehouse"]["code"],
            s["supplier"]["code"] if s["supplier"] else None,
            s["quantity"],
            s["available"],
            s["incoming"],
        )
        for s in suggestions
    )
    assert view == [
        ("SKU-A", "east", "globex", 40, 10, 0),  # 30 raised to globex's minimum of 40
        ("SKU-B", "east", "acme", 25, 6, 0),
        ("SKU-C", "east", None, 8, 0, 0),
    ]
    assert all(s["reason"] for s in suggestions)


async def test_no_suggestion_when_open_purchase_orders_cover_the_reorder_point(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await receive(server, admin_token, "SKU-A", "east", 4)
    await stock_policy(server, admin_token, "SKU-A", "east", reorderPoint=10, reorderQuantity=20)
    await offer(server, admin_token, "acme", "SKU-A", "2.00")

    def skus(suggestions: list[dict[str, Any]]) -> list[str]:
        return [s["stockLevel"]["product"]["sku"] for s in suggestions]

    before = await suggest(server, admin_token, "east")
    draft = await draft_po(server, admin_token, [("SKU-A", 20)])
    with_draft = await suggest(server, admin_token, "east")
    await po_action(server, admin_token, PO_SEND, "purchaseOrderSend", draft["id"])
    with_sent = await suggest(server, admin_token, "east")

    assert [(s["quantity"], s["available"], s["incoming"]) for s in before] == [(20, 4, 0)]
    assert skus(with_draft) == ["SKU-A"]  # a draft is not on its way yet
    assert with_sent == []  # 4 available + 20 incoming > 10


async def test_no_suggestion_without_a_reorder_quantity(server: Server, admin_token: str, bare: dict[str, Any]) -> None:
    await stock_policy(server, admin_token, "SKU-A", "east", reorderPoint=10, reorderQuantity=0)
    await offer(server, admin_token, "acme", "SKU-A", "2.00", minimumOrderQuantity=5)

    suggestions = await suggest(server, admin_token, None)

    assert suggestions == []


async def test_a_warehouse_token_gets_suggestions_for_its_warehouse_only(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    for warehouse in ("east", "eu"):
        await stock_policy(server, admin_token, "SKU-A", warehouse, reorderPoint=5, reorderQuantity=10)
    east = await make_token(Role.WAREHOUSE, "east")

    def where(suggestions: list[dict[str, Any]]) -> list[str]:
        return sorted(s["stockLevel"]["warehouse"]["code"] for s in suggestions)

    admin_all = await suggest(server, admin_token, None)
    admin_eu = await suggest(server, admin_token, "eu")
    own = await suggest(server, east, None)
    other = await suggest(server, east, "eu")

    assert where(admin_all) == ["east", "eu"]
    assert where(admin_eu) == ["eu"]
    assert where(own) == ["east"]
    assert other == []


# --- auto-reorder ---------------------------------------------------------------------------


async def _auto_reorder_setup(server: Server, token: str) -> None:
    """SKU-A at east: 12 on hand, safety stock 5, reorder 10, auto-reorder on; offers from
    acme (4.00, MOQ 1) and globex (3.00, MOQ 15)."""
    await receive(server, token, "SKU-A", "east", 12)
    await offer(server, token, "acme", "SKU-A", "4.00", minimumOrderQuantity=1)
    await offer(server, token, "globex", "SKU-A", "3.00", minimumOrderQuantity=15)
    policy = await stock_policy(server, token, "SKU-A", "east", autoReorder=True, safetyStock=5, reorderQuantity=10)
    assert policy["userErrors"] == [], policy


async def test_a_low_stock_crossing_drafts_one_purchase_order_from_the_cheapest_supplier(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await _auto_reorder_setup(server, admin_token)
    before = await purchase_orders(server, admin_token)

    await placed(server, admin_token, "AR-1", [("SKU-A", 7)])  # available 12 -> 5: crosses
    first = await purchase_orders(server, admin_token)
    await placed(server, admin_token, "AR-2", [("SKU-A", 1)])  # still low: no new crossing
    await receive(server, admin_token, "SKU-A", "east", 20)  # back above: 24 available
    await placed(server, admin_token, "AR-3", [("SKU-A", 20)])  # crosses again (4), the draft is still open
    second = await purchase_orders(server, admin_token)

    assert before == []
    assert [{k: v for k, v in po.items() if k not in ("id", "note")} for po in first] == [
        {
            "number": "PO-000001",
            "status": "DRAFT",
            "automatic": True,
            "expectedAt": None,
            "supplier": {"code": "globex"},
            "warehouse": {"code": "east"},
            "lines": [{"sku": "SKU-A", "quantity": 15, "receivedQuantity": 0, "unitCost": "3.00"}],
        }
    ]
    assert [po["number"] for po in second] == ["PO-000001"]


async def test_auto_reorder_drafts_again_once_the_previous_purchase_order_is_closed(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await _auto_reorder_setup(server, admin_token)
    await placed(server, admin_token, "AR-1", [("SKU-A", 7)])  # crosses: PO-000001
    [auto] = await purchase_orders(server, admin_token)
    await po_action(server, admin_token, PO_SEND, "purchaseOrderSend", auto["id"])
    received = await receive_po(server, admin_token, auto["id"], [("SKU-A", 15)])  # 20 available

    await placed(server, admin_token, "AR-2", [("SKU-A", 16)])  # crosses again: 4 available
    pos = await purchase_orders(server, admin_token)

    assert received["purchaseOrder"]["status"] == "RECEIVED"
    assert [(po["number"], po["status"], po["automatic"]) for po in pos] == [
        ("PO-000002", "DRAFT", True),
        ("PO-000001", "RECEIVED", True),
    ]


async def test_a_policy_change_that_makes_stock_low_drafts_the_reorder_too(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await receive(server, admin_token, "SKU-A", "east", 12)
    await offer(server, admin_token, "acme", "SKU-A", "4.00", minimumOrderQuantity=1)

    policy = await stock_policy(
        server, admin_token, "SKU-A", "east", autoReorder=True, safetyStock=20, reorderQuantity=10
    )
    pos = await purchase_orders(server, admin_token)

    assert policy["userErrors"] == [] and policy["stockLevel"]["belowSafetyStock"] is True
    assert [(po["status"], po["automatic"], po["supplier"]["code"], lines_of(po)) for po in pos] == [
        ("DRAFT", True, "acme", [("SKU-A", 10, 0)])
    ]


async def test_auto_reorder_without_any_supplier_offer_drafts_nothing_and_the_order_still_goes_through(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await receive(server, admin_token, "SKU-A", "east", 12)
    await stock_policy(server, admin_token, "SKU-A", "east", autoReorder=True, safetyStock=5, reorderQuantity=10)

    order = await placed(server, admin_token, "AR-1", [("SKU-A", 7)])

    assert order["status"] == "ALLOCATED"
    assert await purchase_orders(server, admin_token) == []


async def test_no_purchase_order_is_drafted_without_auto_reorder(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await receive(server, admin_token, "SKU-A", "east", 12)
    await offer(server, admin_token, "acme", "SKU-A", "4.00")
    await stock_policy(server, admin_token, "SKU-A", "east", safetyStock=5, reorderQuantity=10)

    await placed(server, admin_token, "AR-1", [("SKU-A", 7)])  # crosses, but auto-reorder is off

    assert await purchase_orders(server, admin_token) == []


# --- concurrent receipts (issue 10) ----------------------------------------------------------


async def po_status(server: Server, token: str, po_id: str) -> tuple[str, list[tuple[str, int, int]]]:
    node = await call(
        server,
        token,
        f"query($id: ID!) {{ node(id: $id) {{ ... on PurchaseOrder {{ {PO_FIELDS} }} }} }}",
        {"id": po_id},
        "node",
    )
    return node["status"], lines_of(node)


@pytest.mark.postgres
async def test_concurrent_receipts_of_every_line_leave_the_purchase_order_received(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    po = await sent_po(server, admin_token, [("SKU-A", 4), ("SKU-B", 5), ("SKU-C", 6)])

    results = await asyncio.gather(
        *(
            receive_po(server, admin_token, po["id"], [(sku, qty)])
            for sku, qty in (("SKU-A", 4), ("SKU-B", 5), ("SKU-C", 6))
        )
    )

    assert [r["userErrors"] for r in results] == [[], [], []]
    assert await po_status(server, admin_token, po["id"]) == (
        "RECEIVED",
        [("SKU-A", 4, 4), ("SKU-B", 5, 5), ("SKU-C", 6, 6)],
    )
    assert [await on_hand(server, admin_token, sku, "east") for sku in ("SKU-A", "SKU-B", "SKU-C")] == [4, 5, 6]


@pytest.mark.postgres
async def test_concurrent_receipts_finishing_a_partly_received_purchase_order_close_it(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    po = await sent_po(server, admin_token, [("SKU-A", 10), ("SKU-B", 10)])
    first = await receive_po(server, admin_token, po["id"], [("SKU-A", 5)])
    assert (first["userErrors"], first["purchaseOrder"]["status"]) == ([], "PARTIALLY_RECEIVED")

    # Each receipt alone leaves the other line open; together they finish the order.
    results = await asyncio.gather(
        receive_po(server, admin_token, po["id"], [("SKU-A", 5)]),
        receive_po(server, admin_token, po["id"], [("SKU-B", 10)]),
    )

    assert [r["userErrors"] for r in results] == [[], []]
    assert await po_status(server, admin_token, po["id"]) == ("RECEIVED", [("SKU-A", 10, 10), ("SKU-B", 10, 10)])
    assert await incoming(server, admin_token, "SKU-A", "east") == 0


@pytest.mark.postgres
async def test_concurrent_receipts_of_the_same_line_cannot_exceed_what_is_expected(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    po = await sent_po(server, admin_token, [("SKU-A", 10)])

    results = await asyncio.gather(*(receive_po(server, admin_token, po["id"], [("SKU-A", 6)]) for _ in range(2)))

    codes = sorted(e["code"] for r in results for e in r["userErrors"])
    assert codes == ["INVALID_QUANTITY"]
    assert await po_status(server, admin_token, po["id"]) == ("PARTIALLY_RECEIVED", [("SKU-A", 10, 6)])
    assert await on_hand(server, admin_token, "SKU-A", "east") == 6
