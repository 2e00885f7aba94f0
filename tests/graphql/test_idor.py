"""IDOR probes: every scoped token against every operation that takes another tenant's id or code.

Two tenants of every scoped kind are built through the API (by staff; tests/fixtures/tenants.py):

* tenant A: channel `web`, customer ada, warehouse `east`, carrier `ups`, supplier `acme`;
* tenant B: channel `market`, customer bob, warehouse `eu`, carrier `dhl`, supplier `globex`.

Each channel sells only from its own warehouse, each warehouse ships with its own carrier and
is supplied by its own supplier, so every object belongs to exactly one tenant. Each tenant has
orders at every stage (shipped with tracking, a return and a refund; packed; picked and done;
picked but not completed; open), stock with a ledger, scans, a sent purchase order and a
supplier offer. The B objects sit in states where an unscoped call *would* succeed.

Then A's scoped tokens (CUSTOMER, CHANNEL, WAREHOUSE, SUPPLIER, CARRIER) probe B's objects by
global id, order number, tracking number and code, over HTTP and WebSocket. The rule checked,
from ../shared/API.md: out of scope looks exactly like not found. So each answer must equal,
once the probed handle is replaced by a placeholder, the answer for a handle that names
nothing; and nothing anywhere may change. Connections and their totalCount hold only A's
objects; live and replayed subscriptions carry only A's events; and no response or message to
A's tokens contains B's identifying strings (ids, numbers, emails, names, tracking numbers,
notes, another warehouse's stock) unless the request itself named them.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import graphql
import pytest
import websockets

from models.access import Role
from resolvers.permissions import allowed
from schema.common import to_global_id
from tests.fixtures.catalog import order_input
from tests.fixtures.database import make_token
from tests.fixtures.fulfilment import (
    BARCODES,
    CARRIER_CREATE,
    PRODUCT_CREATE,
    WAREHOUSE_CREATE,
    dispatched,
    must,
    order_view,
    packed,
    pick_all,
    task_view,
    track,
)
from tests.fixtures.live import live_subscribers, subscribe
from tests.fixtures.server import Server
from tests.fixtures.stock import ORDER_CREATE_VIEW, USER_ERRORS, ok, stock_adjust
from tests.fixtures.tenants import (
    CHANNEL_CREATE,
    SCOPED_ROLES,
    STAGES,
    WHEN,
    A,
    B,
    Built,
    Tenant,
    drop_shipped_sku,
    leaks,
    two_tenants,
    type_of,
)
from tests.fixtures.waiting import eventually

PLACEHOLDER = "<HANDLE>"
MISSING_PK = 999_999


# --- documents ---------------------------------------------------------------------------------

CANCEL = "mutation($i: OrderCancelInput!) { orderCancel(input: $i) { order { status } %s } }" % USER_ERRORS


# Connections: the token's view of each list, with enough nested identity for the leak checks.
CONNECTIONS: dict[str, str] = {
    "orders": """query { orders(first: 50) { totalCount edges { node {
        id number customer { email } channel { code } allocations { warehouse { code } }
        shipments { id trackingNumber warehouse { code } carrier { code } } pickTasks { id warehouse { code } } } } } }""",
    "shipments": """query { shipments(first: 50) { totalCount edges { node {
        id trackingNumber warehouse { code } carrier { code webhookUrl } order { number } trackingEvents { location }
        recipientName shipTo { line1 city } lines { sku } } } } }""",
    "purchaseOrders": """query { purchaseOrders(first: 100) { totalCount edges { node {
        id number note supplier { code } warehouse { code } } } } }""",
    "dropShipRequests": """query { dropShipRequests(first: 100) { totalCount edges { node {
        id status orderNumber recipientName shipTo { line1 } supplier { code } lines { sku } } } } }""",
    "stockLevels": """query { stockLevels(first: 100) { totalCount edges { node {
        id onHand reserved available warehouse { code } } } } }""",
    "stockMovements": """query { stockMovements(first: 100) { totalCount edges { node {
        id note reference warehouse { code } } } } }""",
    "pickTaskList": """query { pickTaskList(first: 100) { totalCount edges { node {
        id warehouse { code } order { number } } } } }""",
    "scanEvents": """query { scanEvents(first: 100) { totalCount edges { node { id device } } } }""",
    "myTickets": """query { myTickets(first: 50) { totalCount edges { node {
        id subject customerEmail order { number } messages { body } } } } }""",
    "myOrders": """query { myOrders(first: 50) { totalCount edges { node {
        id number customer { email } channel { code } shipments { id trackingNumber } } } } }""",
    "stockTransfers": """query { stockTransfers(first: 100) { totalCount edges { node {
        id number note source { code } destination { code } } } } }""",
    "returns": """query { returns(first: 100) { totalCount edges { node { id number lines { reason } } } } }""",
}

# What the world looks like to staff: compared before and after the probes.
SNAPSHOT = [
    """query { orders(first: 30) { totalCount edges { node {
        id status updatedAt customer { name } history { toStatus reason }
        allocations { quantity status } lines { allocatedQuantity backorderedQuantity }
        returns { id status lines { restockedQuantity disposedQuantity } } refunds { id amount { amount } } } } } }""",
    """query { pickTaskList(first: 50) { totalCount edges { node {
        id status assignee lines { pickedQuantity shortQuantity } scans { id result } } } } }""",
    """query { shipments(first: 50) { totalCount edges { node {
        id status trackingNumber carrier { code } trackingEvents { status occurredAt } } } } }""",
    """query {
      stockLevels(first: 100) { totalCount edges { node { id onHand reserved safetyStock reorderPoint } } }
      stockMovements(first: 1) { totalCount }
      scanEvents(first: 1) { totalCount }
      purchaseOrders(first: 50) { totalCount edges { node { id status expectedAt lines { receivedQuantity } } } }
      dropShipRequests(first: 50) { totalCount edges { node { id status confirmedAt shippedAt trackingNumber } } }
      stockTransfers(first: 50) { totalCount edges { node { id status lines { receivedQuantity } } } }
    }""",
    """query { tickets(first: 50) { totalCount edges { node {
        id status assignee updatedAt resolvedAt messages { body attachments { url } } history { toStatus } } } }
      orderFeedbacks(first: 50) { totalCount edges { node { rating comment updatedAt } } } }""",
]


# --- what staff sees ----------------------------------------------------------------------------


async def snapshot(server: Server, admin: str) -> list[dict[str, Any]]:
    bodies = [await server.gql(doc, token=admin) for doc in SNAPSHOT]
    for body in bodies:
        assert "errors" not in body, body
    return bodies


# --- recording every answer to the scoped token -------------------------------------------------


@dataclass
class Recorder:
    """The scoped token's calls; keeps every request and answer for the leak checks."""

    server: Server
    token: str
    exchanges: list[tuple[str, Any]] = field(default_factory=list)

    async def gql(self, document: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        body = await self.server.gql(document, variables, token=self.token)
        self.record(document, variables, body)
        return body

    def record(self, document: str, variables: dict[str, Any] | None, answer: Any) -> None:
        self.exchanges.append((document + json.dumps(variables or {}, sort_keys=True), answer))


def pretty(value: Any) -> str:
    return json.dumps(value, indent=1, sort_keys=True)


# --- probes: another tenant's handle against a handle that names nothing ------------------------


@dataclass(frozen=True)
class Probe:
    label: str
    document: str
    variables: Callable[[str], dict[str, Any]]
    other: str
    missing: str
    refusal: bool = True  # the not-found answer refuses (null, NOT_FOUND, empty); False: checked otherwise
    roles: frozenset[Role] | None = None  # only for these roles (None: every role)


def missing_id(type_name: str) -> str:
    return str(to_global_id(type_name, MISSING_PK))


NODE = """query($h: ID!) { node(id: $h) { __typename id
  ... on Order { number customer { email } }
  ... on Customer { email name }
  ... on Shipment { trackingNumber origin: warehouse { code } }
  ... on PickTask { status warehouse { code } }
  ... on StockLevel { onHand available warehouse { code } }
  ... on PurchaseOrder { number supplier { code } }
  ... on DropShipRequest { dropShipStatus: status orderNumber supplier { code } }
  ... on Warehouse { code } ... on Channel { code } ... on Carrier { code } ... on Supplier { code }
  ... on ApiToken { scope } ... on ReturnRequest { number } ... on Refund { note }
  ... on ScanEvent { device } ... on StockMovement { note } ... on Ticket { subject customerEmail } ... on StockTransfer { number note } } }"""
ORDER = "query($h: ID!) { order(id: $h) { id number status customer { email } } }"
ORDER_BY_NUMBER = "query($h: String!) { orderByNumber(number: $h) { id number status customer { email } } }"
ORDER_TRACK = "query($h: String!, $e: String!) { orderTrack(number: $h, email: $e) { number status shipments { trackingNumber } } }"
ORDERS = "query($f: OrderFilter) { orders(filter: $f, first: 20) { totalCount edges { node { id number } } } }"
SHIPMENTS = (
    "query($f: ShipmentFilter) { shipments(filter: $f, first: 20) { totalCount edges { node { id trackingNumber } } } }"
)
DROP_SHIPS = """query($f: DropShipRequestFilter) {
  dropShipRequests(filter: $f, first: 20) { totalCount edges { node { id orderNumber } } } }"""
POS = "query($f: PurchaseOrderFilter) { purchaseOrders(filter: $f, first: 20) { totalCount edges { node { id number } } } }"
LEVELS = (
    "query($f: StockLevelFilter) { stockLevels(filter: $f, first: 20) { totalCount edges { node { id onHand } } } }"
)
MOVEMENTS = (
    "query($f: StockMovementFilter) { stockMovements(filter: $f, first: 20) { totalCount edges { node { id note } } } }"
)
TASKS = "query($f: PickTaskFilter) { pickTaskList(filter: $f, first: 20) { totalCount edges { node { id } } } }"
SCANS = "query($f: ScanEventFilter) { scanEvents(filter: $f, first: 20) { totalCount edges { node { id } } } }"
SUGGESTIONS = (
    "query($h: String) { replenishmentSuggestions(warehouse: $h) { quantity stockLevel { id warehouse { code } } } }"
)
FORECAST = 'query($h: String!) { demandForecast(sku: "SKU-A", warehouse: $h, horizonDays: 1) { totalUnits } }'
WEBHOOK_DELIVERIES = """query($f: WebhookDeliveryFilter) {
  webhookDeliveries(filter: $f, first: 20) { totalCount edges { node { id eventId } } } }"""
TICKET = "query($h: ID!) { ticket(id: $h) { id subject customerEmail messages { body } } }"
TICKETS = """query($f: TicketFilter) { tickets(filter: $f, first: 20) { totalCount edges { node { id subject } } } }"""
MY_TICKETS = (
    """query($f: TicketFilter) { myTickets(filter: $f, first: 20) { totalCount edges { node { id subject } } } }"""
)
MY_ORDERS = "query($f: OrderFilter) { myOrders(filter: $f, first: 20) { totalCount edges { node { id number } } } }"
TRANSFERS = """query($f: StockTransferFilter) {
  stockTransfers(filter: $f, first: 20) { totalCount edges { node { id number } } } }"""
AUDIT = "query($f: AuditEventFilter) { auditEvents(filter: $f, first: 20) { totalCount edges { node { id } } } }"
RETURNS = "query($f: ReturnFilter) { returns(filter: $f, first: 20) { totalCount edges { node { id number } } } }"
AVAILABLE = "query($h: String!) { products(first: 5) { edges { node { sku availableToSell(channel: $h) inStock(channel: $h) } } } }"

PAYLOAD = {
    "orderCancel": "order { id status }",
    "orderCancelRemainder": "order { id status }",
    "orderHold": "order { id status }",
    "orderRelease": "order { id status }",
    "orderAllocate": "order { id status }",
    "returnRequest": "returnRequest { id number }",
    "returnReceive": "returnRequest { id number status }",
    "refundRecord": "refund { id }",
    "pickTaskAssign": "pickTask { id status assignee }",
    "pickTaskClaim": "pickTask { id order { number } }",
    "pickScan": "result replayed pickTask { id status }",
    "pickShort": "pickTask { id status }",
    "pickTaskComplete": "pickTask { id status }",
    "pickTaskPrioritize": "pickTask { id priority }",
    "pickTaskUnclaim": "pickTask { id status assignee }",
    "shipmentPack": "shipment { id status }",
    "shipmentDispatch": "shipment { id status trackingNumber }",
    "trackingEventRecord": "shipment { id status order { number } }",
    "purchaseOrderSend": "purchaseOrder { id status }",
    "purchaseOrderConfirm": "purchaseOrder { id status }",
    "purchaseOrderReceive": "purchaseOrder { id status }",
    "purchaseOrderCancel": "purchaseOrder { id status }",
    "purchaseOrderCreate": "purchaseOrder { id number }",
    "dropShipConfirm": "dropShipRequest { id status }",
    "dropShipDispatch": "dropShipRequest { id status trackingNumber }",
    "stockAdjust": "stockLevel { id onHand }",
    "stockCount": "stockLevel { id onHand }",
    "stockPolicyUpdate": "stockLevel { id safetyStock }",
    "stockSync": "results { sku status message }",
    "supplierProductSet": "supplierProduct { id }",
    "orderCreate": "order { id number }",
    "allocationPreview": "plans { picks { sku warehouse { code } } }",
    "apiTokenRevoke": "apiToken { id revokedAt }",
    "webhookSubscriptionDelete": "deletedId",
    "webhookSubscriptionTest": "delivery { id eventId }",
    "webhookDeliveryRetry": "delivery { id eventId status }",
    "ticketOpen": "ticket { id subject order { number } }",
    "ticketReply": "ticket { id status } message { body }",
    "ticketAssign": "ticket { id assignee }",
    "ticketClose": "ticket { id status }",
    "ticketReopen": "ticket { id status }",
    "ticketTyping": "ticket { id }",
    "orderFeedback": "feedback { rating order { number } } created",
    "alertAcknowledge": "alert { id status facts }",
    "alertResolve": "alert { id status facts }",
    "webhookSubscriptionUpdate": "webhookSubscription { id url topics }",
    "stockTransferDispatch": "stockTransfer { id status }",
    "stockTransferReceive": "stockTransfer { id status }",
    "stockTransferCancel": "stockTransfer { id status }",
    "orderEdit": "order { id status } changes { sku quantity }",
    "orderEditPreview": "preview { status total { amount } changes { sku quantity } }",
    "orderLineCancel": "order { id status } line { id cancelledQuantity }",
    "orderChargesSet": "order { id total { amount } }",
    "orderPaymentRecord": "order { id financialStatus } payment { kind }",
    "orderUpdate": "order { id note tags }",
    "orderMetadataUpdate": "order { id metadata { key value } }",
    "myOrderAddressUpdate": "order { id number shippingAddress { line1 } } shippingAddressChanged",
}
INPUT_TYPES = {
    "purchaseOrderSend": "PurchaseOrderIdInput",
    "purchaseOrderCancel": "PurchaseOrderIdInput",
    "allocationPreview": "OrderCreateInput",
    "orderEditPreview": "OrderEditInput",
    "webhookSubscriptionDelete": "WebhookSubscriptionIdInput",
    "webhookSubscriptionTest": "WebhookSubscriptionIdInput",
    "alertAcknowledge": "AlertIdInput",
    "alertResolve": "AlertIdInput",
    "stockTransferDispatch": "StockTransferIdInput",
    "stockTransferCancel": "StockTransferIdInput",
}


def mutation(name: str, operation: str = "mutation") -> str:
    input_type = INPUT_TYPES.get(name, name[0].upper() + name[1:] + "Input")
    return "%s($i: %s!) { %s(input: $i) { %s %s } }" % (operation, input_type, name, PAYLOAD[name], USER_ERRORS)


def probes(other: Built, own: Built) -> list[Probe]:
    """Every operation that takes an id, number, tracking number or code, aimed at `other`."""
    o, t = other, other.tenant
    mine = own.tenant
    found: list[Probe] = []

    def add(
        label: str, document: str, variables: Callable[[str], dict[str, Any]], handle: str, absent: str, **kw: Any
    ) -> None:
        found.append(Probe(label, document, variables, handle, absent, **kw))

    # queries by id and number
    for stage, order in o.orders.items():
        add(f"order({stage})", ORDER, lambda h: {"h": h}, order["id"], missing_id("Order"))
        add(f"orderByNumber({stage})", ORDER_BY_NUMBER, lambda h: {"h": h}, order["number"], "OG-999999")
        add(
            f"orderTrack({stage}, own email)",
            ORDER_TRACK,
            lambda h: {"h": h, "e": mine.email},
            order["number"],
            "OG-999999",
        )
    for global_id in o.ids:
        add(
            f"node({type_of(global_id)} {global_id})",
            NODE,
            lambda h: {"h": h},
            global_id,
            missing_id(type_of(global_id)),
        )
    nodes = NODE.replace("($h: ID!) { node(id: $h)", "($h: ID!) { nodes(ids: [$h])")
    add("nodes([order])", nodes, lambda h: {"h": h}, o.orders["shipped"]["id"], missing_id("Order"))
    # connections filtered by the other tenant's ids and codes
    order_id = o.orders["shipped"]["id"]
    filters: list[tuple[str, str, str, str, str]] = [
        ("orders", ORDERS, "channel", t.channel, "nochannel"),
        ("orders", ORDERS, "customerEmail", t.email, "nobody@nowhere.example"),
        ("orders", ORDERS, "warehouse", t.warehouse, "nowhere"),
        ("orders", ORDERS, "search", o.orders["open"]["number"], "OG-999999"),
        ("orders", ORDERS, "search", t.email, "nobody@nowhere.example"),
        ("orders", ORDERS, "search", t.customer_name, "Nobody Nowhere"),
        ("orders", ORDERS, "search", f"{t.name}-EXT-SHIPPED", "NO-SUCH-EXT"),
        ("orders", ORDERS, "externalRef", f"{t.name}-EXT-SHIPPED", "NO-SUCH-EXT"),
        ("orders", ORDERS, "trackingNumber", o.tracking, "NO-SUCH-TRACKING"),
        ("orders", ORDERS, "sku", drop_shipped_sku(t), "NO-SUCH-SKU"),
        ("shipments", SHIPMENTS, "order", order_id, missing_id("Order")),
        ("shipments", SHIPMENTS, "carrier", t.carrier, "nocarrier"),
        ("shipments", SHIPMENTS, "trackingNumber", o.tracking, "NO-SUCH-TRACKING"),
        ("purchaseOrders", POS, "supplier", t.supplier, "nosupplier"),
        ("purchaseOrders", POS, "warehouse", t.warehouse, "nowhere"),
        ("dropShipRequests", DROP_SHIPS, "supplier", t.supplier, "nosupplier"),
        ("dropShipRequests", DROP_SHIPS, "order", o.orders["dropship-requested"]["id"], missing_id("Order")),
        ("stockLevels", LEVELS, "warehouse", t.warehouse, "nowhere"),
        ("stockMovements", MOVEMENTS, "warehouse", t.warehouse, "nowhere"),
        ("stockMovements", MOVEMENTS, "reference", f"order:{o.orders['shipped']['number']}", "order:OG-999999"),
        ("pickTaskList", TASKS, "warehouse", t.warehouse, "nowhere"),
        ("pickTaskList", TASKS, "order", o.orders["open"]["id"], missing_id("Order")),
        ("scanEvents", SCANS, "task", o.tasks["shipped"], missing_id("PickTask")),
        ("scanEvents", SCANS, "warehouse", t.warehouse, "nowhere"),
        ("webhookDeliveries", WEBHOOK_DELIVERIES, "subscription", o.webhook, missing_id("WebhookSubscription")),
        ("myOrders", MY_ORDERS, "channel", t.channel, "nochannel"),
        ("myOrders", MY_ORDERS, "customerEmail", t.email, "nobody@nowhere.example"),
        ("myOrders", MY_ORDERS, "search", o.orders["open"]["number"], "OG-999999"),
        ("myOrders", MY_ORDERS, "trackingNumber", o.tracking, "NO-SUCH-TRACKING"),
        ("returns", RETURNS, "order", order_id, missing_id("Order")),
        ("auditEvents", AUDIT, "objectId", order_id, missing_id("Order")),
        ("stockTransfers", TRANSFERS, "warehouse", t.warehouse, "nowhere"),
        ("stockTransfers", TRANSFERS, "source", t.warehouse, "nowhere"),
        ("stockTransfers", TRANSFERS, "destination", t.warehouse, "nowhere"),
    ]
    for name, document, key, handle, absent in filters:
        add(f"{name}(filter: {key})", document, lambda h, key=key: {"f": {key: h}}, handle, absent)
    add("replenishmentSuggestions(warehouse)", SUGGESTIONS, lambda h: {"h": h}, t.warehouse, "nowhere")
    add("demandForecast(warehouse)", FORECAST, lambda h: {"h": h}, t.warehouse, "nowhere")
    # A storefront's availability is public to customers; another channel or warehouse must not
    # read the other tenant's SKU-level stock through it (each channel here sells from one warehouse).
    add(
        "products.availableToSell(channel)",
        AVAILABLE,
        lambda h: {"h": h},
        t.channel,
        "nochannel",
        refusal=False,
        roles=frozenset({Role.CHANNEL, Role.WAREHOUSE}),
    )

    # mutations that would succeed on the other tenant's object if scoping let them through
    def by_id(extra: dict[str, Any] | None = None, key: str = "id") -> Callable[[str], dict[str, Any]]:
        return lambda h: {"i": {key: h, **(extra or {})}}

    open_order, shipped = o.orders["open"]["id"], o.orders["shipped"]["id"]
    for name, extra in (
        ("orderCancel", {"reason": "probe"}),
        ("orderCancelRemainder", {"reason": "probe"}),
        ("orderHold", {"reason": "probe"}),
        ("orderRelease", {}),
        ("orderAllocate", {}),
    ):
        add(name, mutation(name), by_id(extra), open_order, missing_id("Order"))
    returned = [{"sku": "SKU-B", "quantity": 1, "reason": "probe"}]
    add("returnRequest", mutation("returnRequest"), by_id({"lines": returned}, "order"), shipped, missing_id("Order"))
    received = [{"sku": "SKU-A", "quantity": 1, "condition": "RESTOCK"}]
    add(
        "returnReceive", mutation("returnReceive"), by_id({"lines": received}), o.rma["id"], missing_id("ReturnRequest")
    )
    add(
        "returnReceive(own RMA, other warehouse)",
        mutation("returnReceive"),
        lambda h: {"i": {"id": own.rma["id"], "lines": received, "warehouse": h}},
        t.warehouse,
        "nowhere",
    )
    add("refundRecord", mutation("refundRecord"), by_id({"amount": "1.00"}, "order"), shipped, missing_id("Order"))
    task_open, task_picked, task_done = o.tasks["open"], o.tasks["picked"], o.tasks["done"]
    add(
        "pickTaskAssign",
        mutation("pickTaskAssign"),
        by_id({"picker": "mallory"}, "task"),
        task_open,
        missing_id("PickTask"),
    )
    add(
        "pickScan",
        mutation("pickScan"),
        by_id({"barcode": BARCODES["SKU-C"]}, "task"),
        task_open,
        missing_id("PickTask"),
    )
    add(
        "pickShort",
        mutation("pickShort"),
        by_id({"sku": "SKU-C", "quantity": 1}, "task"),
        task_open,
        missing_id("PickTask"),
    )
    add("pickTaskComplete", mutation("pickTaskComplete"), by_id(key="task"), task_picked, missing_id("PickTask"))
    add(
        "pickTaskPrioritize",
        mutation("pickTaskPrioritize"),
        by_id({"priority": 9}, "task"),
        task_open,
        missing_id("PickTask"),
    )
    add("pickTaskUnclaim", mutation("pickTaskUnclaim"), by_id(key="task"), task_open, missing_id("PickTask"))
    add("pickTaskClaim", mutation("pickTaskClaim"), lambda h: {"i": {"warehouse": h}}, t.warehouse, "nowhere")
    packages = [{"weightGrams": 500}]
    add(
        "shipmentPack",
        mutation("shipmentPack"),
        by_id({"packages": packages}, "task"),
        task_done,
        missing_id("PickTask"),
    )
    dispatch = {"carrier": mine.carrier, "trackingNumber": "PROBE-TRACK-1"}
    add(
        "shipmentDispatch",
        mutation("shipmentDispatch"),
        by_id(dispatch, "shipment"),
        o.shipments["packed"],
        missing_id("Shipment"),
    )
    add(
        "trackingEventRecord",
        mutation("trackingEventRecord"),
        lambda h: {"i": {"trackingNumber": h, "status": "DELIVERED", "occurredAt": WHEN}},
        o.tracking,
        "NO-SUCH-TRACKING",
    )
    for name, extra in (
        ("purchaseOrderSend", {}),
        ("purchaseOrderConfirm", {}),
        ("purchaseOrderReceive", {"lines": [{"sku": "SKU-A", "quantity": 1}]}),
        ("purchaseOrderCancel", {}),
    ):
        add(name, mutation(name), by_id(extra), o.po["id"], missing_id("PurchaseOrder"))
    for name in ("webhookSubscriptionDelete", "webhookSubscriptionTest"):
        add(name, mutation(name), by_id(), o.webhook, missing_id("WebhookSubscription"))
    add(
        "webhookSubscriptionUpdate",
        mutation("webhookSubscriptionUpdate"),
        by_id({"url": "https://probe.example/hook"}),
        o.webhook,
        missing_id("WebhookSubscription"),
    )
    add(
        "webhookDeliveryRetry",
        mutation("webhookDeliveryRetry"),
        by_id(),
        o.webhook_delivery,
        missing_id("WebhookDelivery"),
    )
    for name in ("alertAcknowledge", "alertResolve"):
        add(name, mutation(name), by_id(), o.alert, missing_id("Alert"))
    add(
        "dropShipConfirm",
        mutation("dropShipConfirm"),
        by_id(),
        o.drop_ship["requested"],
        missing_id("DropShipRequest"),
    )
    add(
        "dropShipDispatch",
        mutation("dropShipDispatch"),
        by_id({"carrier": mine.carrier, "trackingNumber": "PROBE-DROP-SHIP-1"}),
        o.drop_ship["confirmed"],
        missing_id("DropShipRequest"),
    )
    for name, variables in (
        ("stockAdjust", lambda h: {"i": {"sku": "SKU-A", "warehouse": h, "delta": 5, "reason": "RECEIPT"}}),
        ("stockCount", lambda h: {"i": {"sku": "SKU-A", "warehouse": h, "onHand": 0}}),
        ("stockPolicyUpdate", lambda h: {"i": {"sku": "SKU-A", "warehouse": h, "safetyStock": 9}}),
        ("stockSync", lambda h: {"i": {"warehouse": h, "asOf": WHEN, "items": [{"sku": "SKU-A", "onHand": 0}]}}),
        (
            "purchaseOrderCreate",
            lambda h: {"i": {"supplier": mine.supplier, "warehouse": h, "lines": [{"sku": "SKU-A", "quantity": 1}]}},
        ),
    ):
        add(f"{name}(warehouse)", mutation(name), variables, t.warehouse, "nowhere")
    for name, variables in (
        ("supplierProductSet", lambda h: {"i": {"supplier": h, "sku": "SKU-A", "cost": "1.00"}}),
        (
            "purchaseOrderCreate",
            lambda h: {"i": {"supplier": h, "warehouse": mine.warehouse, "lines": [{"sku": "SKU-A", "quantity": 1}]}},
        ),
    ):
        add(f"{name}(supplier)", mutation(name), variables, t.supplier, "nosupplier")
    for name in ("orderCreate", "allocationPreview"):
        add(
            f"{name}(channel)",
            mutation(name),
            lambda h: {
                "i": order_input(
                    channel=h,
                    externalRef="PROBE-1",
                    customer={"email": mine.email},
                    lines=[{"sku": "SKU-A", "quantity": 1}],
                )
            },
            t.channel,
            "nochannel",
        )
    # Refunds against the other tenant's return, on the caller's own order; tokens by id.
    for name in ("returnRequest", "returnId"):  # returnId: the deprecated name
        add(
            f"refundRecord({name})",
            mutation("refundRecord"),
            lambda h, name=name: {"i": {"order": own.orders["shipped"]["id"], "amount": "1.00", name: h}},
            o.rma["id"],
            missing_id("ReturnRequest"),
        )
    for name, state, extra in (
        ("stockTransferDispatch", "draft", {}),
        ("stockTransferCancel", "draft", {}),
        ("stockTransferReceive", "sent", {"lines": [{"sku": "SKU-B", "quantity": 1}]}),
    ):
        add(name, mutation(name), by_id(extra), o.transfers[state]["id"], missing_id("StockTransfer"))
    for token_id in (i for i in o.ids if type_of(i) == "ApiToken"):
        add("apiTokenRevoke", mutation("apiTokenRevoke"), by_id(), token_id, missing_id("ApiToken"))
    # support tickets and feedback: the other customer's ticket and orders
    add("ticket", TICKET, lambda h: {"h": h}, o.ticket, missing_id("Ticket"))
    for name, document in (("tickets", TICKETS), ("myTickets", MY_TICKETS)):
        add(f"{name}(filter: order)", document, lambda h: {"f": {"order": h}}, shipped, missing_id("Order"))
        add(
            f"{name}(filter: customerEmail)",
            document,
            lambda h: {"f": {"customerEmail": h}},
            t.email,
            "nobody@nowhere.example",
        )
    add(
        "ticketOpen(order)",
        mutation("ticketOpen"),
        by_id({"subject": "probe", "message": "probe"}, "order"),
        shipped,
        missing_id("Order"),
    )
    for name, extra in (
        ("ticketReply", {"message": "probe"}),
        ("ticketAssign", {"assignee": "mallory"}),
        ("ticketClose", {}),
        ("ticketReopen", {}),
        ("ticketTyping", {}),
    ):
        add(name, mutation(name), by_id(extra), o.ticket, missing_id("Ticket"))
    add("orderFeedback", mutation("orderFeedback"), by_id({"rating": 1}, "order"), shipped, missing_id("Order"))
    edit = {"reason": "probe", "lines": [{"sku": "SKU-C", "quantity": 2}]}
    add("orderEdit", mutation("orderEdit"), by_id(edit), open_order, missing_id("Order"))
    add("orderEditPreview", mutation("orderEditPreview", "query"), by_id(edit), open_order, missing_id("Order"))
    line = next((i for i in o.ids if type_of(i) == "OrderLine"), missing_id("OrderLine"))
    cancel_line = {"quantity": 1, "reason": "probe"}
    add("orderLineCancel", mutation("orderLineCancel"), by_id(cancel_line, "line"), line, missing_id("OrderLine"))
    add(
        "orderChargesSet",
        mutation("orderChargesSet"),
        by_id({"shippingAmount": "1.00"}),
        open_order,
        missing_id("Order"),
    )
    payment = {"kind": "AUTHORIZATION", "amount": "1.00"}
    add("orderPaymentRecord", mutation("orderPaymentRecord"), by_id(payment), open_order, missing_id("Order"))
    add(
        "orderUpdate",
        mutation("orderUpdate"),
        by_id({"note": "probe", "tags": ["probe"]}),
        open_order,
        missing_id("Order"),
    )
    metadata = {"items": [{"key": "probe", "value": "x"}]}
    add("orderMetadataUpdate", mutation("orderMetadataUpdate"), by_id(metadata), open_order, missing_id("Order"))
    moved = {"shippingAddress": {"country": "DE", "city": "Berlin", "postalCode": "10115", "line1": "probe"}}
    add("myOrderAddressUpdate", mutation("myOrderAddressUpdate"), by_id(moved), open_order, missing_id("Order"))
    return found


SUBSCRIPTION_PROBES: list[tuple[str, str, Callable[[Built], str], str, Callable[[str], dict[str, Any]]]] = [
    (
        "orderStatusChanged(order)",
        "subscription($h: ID) { orderStatusChanged(order: $h) { cursor status order { number } } }",
        lambda o: o.orders["open"]["id"],
        missing_id("Order"),
        lambda h: {"h": h},
    ),
    (
        "orderStatusChanged(orderId), deprecated",
        "subscription($h: ID) { orderStatusChanged(orderId: $h) { cursor status order { number } } }",
        lambda o: o.orders["open"]["id"],
        missing_id("Order"),
        lambda h: {"h": h},
    ),
    (
        "shipmentUpdates(shipment: dispatched)",
        "subscription($h: ID) { shipmentUpdates(shipment: $h) { cursor status shipment { id trackingNumber } } }",
        lambda o: o.shipments["shipped"],
        missing_id("Shipment"),
        lambda h: {"h": h},
    ),
    (
        "shipmentUpdates(shipmentId: packed), deprecated",
        "subscription($h: ID) { shipmentUpdates(shipmentId: $h) { cursor status shipment { id trackingNumber } } }",
        lambda o: o.shipments["packed"],
        missing_id("Shipment"),
        lambda h: {"h": h},
    ),
    (
        "shipmentUpdates(trackingNumber)",
        "subscription($h: String) { shipmentUpdates(trackingNumber: $h) { cursor status shipment { id } } }",
        lambda o: o.tracking,
        "NO-SUCH-TRACKING",
        lambda h: {"h": h},
    ),
    (
        "pickTaskUpdates(warehouse)",
        "subscription($h: String!) { pickTaskUpdates(warehouse: $h) { cursor kind task { id } } }",
        lambda o: o.tenant.warehouse,
        "nowhere",
        lambda h: {"h": h},
    ),
    (
        "pickTasks(warehouse), deprecated",
        "subscription($h: String!) { pickTasks(warehouse: $h) { cursor kind task { id } } }",
        lambda o: o.tenant.warehouse,
        "nowhere",
        lambda h: {"h": h},
    ),
    (
        "ticketMessages(ticket)",
        "subscription($h: ID!) { ticketMessages(ticket: $h) { cursor kind message { body } ticket { id subject } } }",
        lambda o: o.ticket,
        missing_id("Ticket"),
        lambda h: {"h": h},
    ),
    (
        "lowStockAlerts(warehouse)",
        "subscription($h: String) { lowStockAlerts(warehouse: $h) { cursor stockLevel { id onHand } } }",
        lambda o: o.tenant.warehouse,
        "nowhere",
        lambda h: {"h": h},
    ),
]


def normalized(value: Any, handle: str) -> Any:
    """The answer with the probed handle replaced by a placeholder wherever it is echoed."""
    if isinstance(value, dict):
        return {k: normalized(v, handle) for k, v in value.items()}
    if isinstance(value, list):
        return [normalized(v, handle) for v in value]
    if isinstance(value, str):
        if value == handle:
            return PLACEHOLDER
        value = value.replace(f"'{handle}'", f"'{PLACEHOLDER}'").replace(f'"{handle}"', f'"{PLACEHOLDER}"')
        if len(handle) >= 6:
            value = value.replace(handle, PLACEHOLDER)
    return value


REFUSING_CODES = {"NOT_FOUND", "FORBIDDEN", "UNKNOWN_CHANNEL"}


def empty(value: Any) -> bool:
    if value is None or value is False or value == []:
        return True
    if isinstance(value, list):
        return all(empty(v) for v in value)
    if isinstance(value, dict):
        if "userErrors" in value:
            codes = {e["code"] for e in value["userErrors"]}
            rest = [v for k, v in value.items() if k != "userErrors"]
            return bool(codes) and codes <= REFUSING_CODES and all(empty(v) for v in rest)
        if "totalCount" in value:
            return value["totalCount"] == 0 and value["edges"] == []
    return False


def refuses(body: dict[str, Any]) -> bool:
    """Whether an answer is a refusal: null, a NOT_FOUND/FORBIDDEN error or userError, or empty."""
    errors = body.get("errors") or []
    if errors:
        return all((e.get("extensions") or {}).get("code") in REFUSING_CODES for e in errors)
    return all(empty(v) for v in (body.get("data") or {}).values())


# --- subscriptions -----------------------------------------------------------------------------


@contextlib.asynccontextmanager
async def ws_session(server: Server, token: str) -> Any:
    async with websockets.connect(server.ws_url, subprotocols=["graphql-transport-ws"]) as ws:  # type: ignore[list-item]
        await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}))
        ack = json.loads(await asyncio.wait_for(ws.recv(), 10))
        assert ack["type"] == "connection_ack", ack
        yield ws


async def first_answer(server: Server, token: str, document: str, variables: dict[str, Any]) -> dict[str, Any]:
    """The server's first answer to a subscription: its `error`, `next` or `complete` message,
    or {"type": "live"} once it registered a live listener instead (the probe got in)."""
    before = await live_subscribers(server)
    async with ws_session(server, token) as ws:
        await ws.send(
            json.dumps({"id": "1", "type": "subscribe", "payload": {"query": document, "variables": variables}})
        )

        async def answered() -> dict[str, Any] | None:
            with contextlib.suppress(TimeoutError):
                message = json.loads(await asyncio.wait_for(ws.recv(), 0.01))
                if message["type"] == "ping":
                    await ws.send(json.dumps({"type": "pong"}))
                    return None
                payload = message.get("payload")
                if isinstance(payload, dict):
                    payload.pop("extensions", None)  # the query cost
                return {"type": message["type"], "payload": payload}
            if await live_subscribers(server) > before:
                return {"type": "live"}
            return None

        answer = await eventually(answered, every=0, what=f"{document}: an answer or a live listener")

    async def settled() -> bool:  # the next probe counts listeners from a settled baseline
        return await live_subscribers(server) <= before

    await eventually(settled, what="the probe's listener is gone")
    return answer


def refused_subscription(answer: dict[str, Any]) -> bool:
    if answer["type"] == "error":
        errors = answer["payload"]
    elif answer["type"] == "next":
        errors = answer["payload"].get("errors") or []
    else:
        return False
    return bool(errors) and all((e.get("extensions") or {}).get("code") in REFUSING_CODES for e in errors)


# --- the tests ---------------------------------------------------------------------------------


@pytest.fixture
async def world(server: Server, admin_token: str) -> dict[str, Built]:
    return await two_tenants(server, admin_token)


def role_id(role: Role) -> str:
    return role.value


@pytest.mark.live_server  # probes subscriptions over WebSockets too
@pytest.mark.parametrize("role", SCOPED_ROLES, ids=role_id)
async def test_another_tenants_objects_look_exactly_like_missing_ones_and_stay_untouched(
    server: Server, admin_token: str, world: dict[str, Built], role: Role
) -> None:
    own, other = world["A"], world["B"]
    caller = Recorder(server, await make_token(role, own.tenant.scope(role)))
    before = await snapshot(server, admin_token)
    differences: dict[str, Any] = {}
    not_refusals: dict[str, Any] = {}

    for probe in probes(other, own):
        if probe.roles is not None and role not in probe.roles:
            continue
        answer = await caller.gql(probe.document, probe.variables(probe.other))
        absent = await caller.gql(probe.document, probe.variables(probe.missing))
        if normalized(answer, probe.other) != normalized(absent, probe.missing):
            differences[probe.label] = {"other tenant": answer, "missing": absent}
        if probe.refusal and not refuses(absent):
            not_refusals[probe.label] = absent
    every_id = other.ids
    listed = await caller.gql("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", {"ids": every_id})
    missing = [missing_id(type_of(i)) for i in every_id]
    listed_missing = await caller.gql("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", {"ids": missing})
    for label, document, handle_of, absent_handle, variables in SUBSCRIPTION_PROBES:
        handle = handle_of(other)
        answer = await first_answer(server, caller.token, document, variables(handle))
        absent_answer = await first_answer(server, caller.token, document, variables(absent_handle))
        caller.record(document, variables(handle), answer)
        if normalized(answer, handle) != normalized(absent_answer, absent_handle):
            differences[label] = {"other tenant": answer, "missing": absent_answer}
        if not refused_subscription(absent_answer):
            not_refusals[label] = absent_answer
    after = await snapshot(server, admin_token)

    assert differences == {}, "answered differently from a missing object:\n" + pretty(differences)
    assert not_refusals == {}, "the answer for a missing object is not a refusal:\n" + pretty(not_refusals)
    if allowed("nodes", role):
        assert listed == {"data": {"nodes": [None] * len(every_id)}}, listed
        assert listed_missing == {"data": {"nodes": [None] * len(every_id)}}, listed_missing
    assert after == before, "a probe changed something"
    unexpected = [(r, a) for r, a in caller.exchanges if "Unexpected error." in json.dumps(a)]
    assert unexpected == []
    assert leaks(caller.exchanges, other) == []


def expected_connections(role: Role, own: Built, staff_view: dict[str, list[dict[str, Any]]]) -> dict[str, set[str]]:
    """The ids each connection must list for a token of `role` scoped to tenant `own`."""
    t = own.tenant
    order_ids = {o["id"] for o in own.orders.values()}
    own_shipments = {s["id"] for s in staff_view["shipments"] if s["warehouse"]["code"] == t.warehouse}
    warehouse_rows = {
        name: {n["id"] for n in staff_view[name] if n["warehouse"]["code"] == t.warehouse}
        for name in ("stockLevels", "stockMovements", "pickTaskList")
    }
    own_tasks = warehouse_rows["pickTaskList"]
    scans = {n["id"] for n in staff_view["scanEvents"] if n["task"] in own_tasks}
    own_pos = {p["id"] for p in staff_view["purchaseOrders"] if p["supplier"]["code"] == t.supplier}
    own_drop_ships = {r["id"] for r in staff_view["dropShipRequests"] if r["supplier"]["code"] == t.supplier}
    return {
        Role.CUSTOMER: {
            "orders": order_ids,
            "shipments": own_shipments,
            "myTickets": {own.ticket},
            "myOrders": order_ids,
            "returns": {own.rma["id"]},
        },
        Role.CHANNEL: {"orders": order_ids, "shipments": own_shipments, "returns": {own.rma["id"]}},
        Role.WAREHOUSE: {
            "orders": order_ids,
            "shipments": own_shipments,
            "purchaseOrders": {p["id"] for p in staff_view["purchaseOrders"] if p["warehouse"]["code"] == t.warehouse},
            **warehouse_rows,
            "scanEvents": scans,
            "stockTransfers": {
                n["id"]
                for n in staff_view["stockTransfers"]
                if t.warehouse in (n["source"]["code"], n["destination"]["code"])
            },
        },
        Role.SUPPLIER: {"orders": set(), "purchaseOrders": own_pos, "dropShipRequests": own_drop_ships},
        Role.CARRIER: {
            "orders": set(),
            "shipments": {s["id"] for s in staff_view["shipments"] if (s["carrier"] or {}).get("code") == t.carrier},
        },
    }[role]


STAFF_VIEW = [
    "query { shipments(first: 50) { edges { node { id warehouse { code } carrier { code } } } } }",
    "query { stockLevels(first: 100) { edges { node { id warehouse { code } } } } }",
    "query { stockMovements(first: 100) { totalCount edges { node { id warehouse { code } } } } }",
    "query { pickTaskList(first: 100) { edges { node { id warehouse { code } } } } }",
    "query { purchaseOrders(first: 100) { edges { node { id supplier { code } warehouse { code } } } } }",
    "query { dropShipRequests(first: 100) { edges { node { id supplier { code } } } } }",
    "query { stockTransfers(first: 100) { edges { node { id source { code } destination { code } } } } }",
]
STAFF_SCANS = "query { pickTaskList(first: 100) { edges { node { id scans { id } } } } }"


@pytest.mark.parametrize("role", SCOPED_ROLES, ids=role_id)
async def test_connections_and_their_total_count_hold_only_the_tokens_own_objects(
    server: Server, admin_token: str, world: dict[str, Built], role: Role
) -> None:
    own, other = world["A"], world["B"]
    staff_view: dict[str, list[dict[str, Any]]] = {}
    for document in STAFF_VIEW:
        body = await server.gql(document, token=admin_token)
        assert "errors" not in body, body
        ((name, connection),) = body["data"].items()
        staff_view[name] = [e["node"] for e in connection["edges"]]
        assert name != "stockMovements" or connection["totalCount"] == len(staff_view[name]), "one page only"
    tasks = (await server.gql(STAFF_SCANS, token=admin_token))["data"]["pickTaskList"]["edges"]
    staff_view["scanEvents"] = [{"id": s["id"], "task": t["node"]["id"]} for t in tasks for s in t["node"]["scans"]]
    expected = expected_connections(role, own, staff_view)
    caller = Recorder(server, await make_token(role, own.tenant.scope(role)))

    seen: dict[str, set[str]] = {}
    counts: dict[str, int] = {}
    refused: dict[str, Any] = {}
    for name, document in CONNECTIONS.items():
        answer = await caller.gql(document)
        if not allowed(name, role):
            refused[name] = [e["extensions"]["code"] for e in answer.get("errors", [])]
            continue
        assert "errors" not in answer, answer
        connection = answer["data"][name]
        seen[name] = {edge["node"]["id"] for edge in connection["edges"]}
        counts[name] = connection["totalCount"]

    assert seen == expected
    assert counts == {name: len(ids) for name, ids in expected.items()}, "totalCount counts other tenants' objects"
    assert all(codes == ["FORBIDDEN"] for codes in refused.values()), refused
    assert any(expected.values()), "the role sees nothing at all: the check would be vacuous"
    assert leaks(caller.exchanges, other) == []
    # The same lists read by staff do hold the other tenant's objects: the checks above can fail.
    staff = Recorder(server, admin_token)
    for document in CONNECTIONS.values():
        await staff.gql(document)
    assert {marker for _, marker in leaks(staff.exchanges, other)} >= {other.tracking, other.tenant.email}


# Live and replayed streams: B's triggers happen first, then A's; the first event of a live
# stream must be A's trigger, and every event up to it (a replay from the start) must be A's.
ORDER_EVENTS = """subscription($after: String) { orderStatusChanged(after: $after) {
  cursor status order { id number customer { email } channel { code } } } }"""
SHIPMENT_EVENTS = """subscription($after: String) { shipmentUpdates(after: $after) {
  cursor kind status shipment { id trackingNumber warehouse { code } carrier { code } trackingEvents { location } } } }"""
PICK_EVENTS = """subscription($w: String!, $after: String) { pickTaskUpdates(warehouse: $w, after: $after) {
  cursor kind task { id status warehouse { code } order { number } } } }"""
LOW_STOCK_EVENTS = """subscription($after: String) { lowStockAlerts(after: $after) {
  cursor available stockLevel { id onHand warehouse { code } product { sku } } } }"""


@dataclass(frozen=True)
class Stream:
    name: str
    document: str
    variables: dict[str, Any]
    mine: Callable[[dict[str, Any], Built], bool]  # the event belongs to the token's tenant
    trigger: Callable[[dict[str, Any], Built], bool]  # the event is the tenant's own trigger


def streams_for(role: Role, own: Built) -> list[Stream]:
    order_stream = Stream(
        "orderStatusChanged",
        ORDER_EVENTS,
        {},
        lambda e, b: e["order"] is not None and e["order"]["number"] in b.numbers,
        lambda e, b: (
            e["order"] is not None and e["order"]["id"] == b.orders["open"]["id"] and e["status"] == "CANCELLED"
        ),
    )
    shipment_stream = Stream(
        "shipmentUpdates",
        SHIPMENT_EVENTS,
        {},
        lambda e, b: e["shipment"] is not None and e["shipment"]["id"] in b.shipments.values(),
        lambda e, b: (
            e["shipment"] is not None
            and e["shipment"]["id"] == b.shipments["shipped"]
            and e["status"] == "OUT_FOR_DELIVERY"
        ),
    )
    pick_stream = Stream(
        "pickTaskUpdates",
        PICK_EVENTS,
        {"w": own.tenant.warehouse},
        lambda e, b: e["task"] is not None and e["task"]["warehouse"]["code"] == b.tenant.warehouse,
        lambda e, b: e["task"] is not None and e["task"]["id"] == b.tasks["open"] and e["kind"] == "CANCELLED",
    )
    low_stock_stream = Stream(
        "lowStockAlerts",
        LOW_STOCK_EVENTS,
        {},
        lambda e, b: e["stockLevel"] is not None and e["stockLevel"]["warehouse"]["code"] == b.tenant.warehouse,
        lambda e, b: (
            e["stockLevel"] is not None
            and e["stockLevel"]["warehouse"]["code"] == b.tenant.warehouse
            and e["stockLevel"]["product"]["sku"] == "SKU-C"
        ),
    )
    return {
        Role.CUSTOMER: [order_stream, shipment_stream],
        Role.CHANNEL: [order_stream, shipment_stream],
        Role.WAREHOUSE: [pick_stream, low_stock_stream, shipment_stream],
        Role.CARRIER: [shipment_stream],
    }[role]


async def trigger(server: Server, admin: str, built: Built) -> None:
    """One event of every kind on the tenant's objects: an order status change (with its pick
    task cancelled), a carrier report and a low-stock crossing."""
    await must(server, admin, CANCEL, {"id": built.orders["open"]["id"], "reason": "trigger"}, "orderCancel")
    reported = await track(server, admin, built.tracking, "OUT_FOR_DELIVERY", "2026-03-02T08:00:00+00:00")
    assert reported["userErrors"] == [], reported
    crossed = await stock_adjust(server, admin, "SKU-C", built.tenant.warehouse, -48, reason="ADJUSTMENT")
    assert crossed["userErrors"] == [] and crossed["stockLevel"]["belowSafetyStock"], crossed


@pytest.mark.live_server  # WebSocket subscriptions
@pytest.mark.parametrize("role", [Role.CUSTOMER, Role.CHANNEL, Role.WAREHOUSE, Role.CARRIER], ids=role_id)
async def test_live_and_replayed_subscriptions_carry_only_the_tokens_own_events(
    server: Server, admin_token: str, world: dict[str, Built], role: Role
) -> None:
    own, other = world["A"], world["B"]
    token = await make_token(role, own.tenant.scope(role))
    caller = Recorder(server, token)
    streams = streams_for(role, own)
    foreign: dict[str, list[dict[str, Any]]] = {}
    first_live: dict[str, bool] = {}

    async with contextlib.AsyncExitStack() as stack:
        opened = []
        for stream in streams:
            for after in (None, "0"):  # live only, and a replay from the very beginning
                variables = {**stream.variables, "after": after}
                sub = await stack.enter_async_context(subscribe(server, stream.document, variables, token=token))
                opened.append((stream, after, variables, sub))
        await trigger(server, admin_token, other)
        await trigger(server, admin_token, own)
        for stream, after, variables, sub in opened:
            label = f"{stream.name}(after: {after})"
            events = []
            for _ in range(200):
                event = (await sub.next())[stream.name]
                events.append(event)
                caller.record(stream.document, variables, event)
                if stream.trigger(event, own):
                    break
            foreign[label] = [e for e in events if not stream.mine(e, own)]
            if after is None:
                first_live[label] = stream.trigger(events[0], own)

    assert foreign == {label: [] for label in foreign}, "another tenant's events reached the stream"
    assert all(first_live.values()), first_live
    assert leaks(caller.exchanges, other) == []


async def test_a_warehouse_sees_only_its_own_part_of_a_split_order(server: Server, admin_token: str) -> None:
    """One order sourced from two warehouses: each warehouse's token sees the order, but only its
    own pick task and shipment on it; the other warehouse's tracking number never shows."""
    admin = admin_token
    for code, country in (("east", "US"), ("eu", "DE")):
        await must(
            server, admin, WAREHOUSE_CREATE, {"code": code, "name": code.upper(), "country": country}, "warehouseCreate"
        )
    await must(server, admin, CHANNEL_CREATE, {"code": "web", "name": "Web", "allowSplit": True}, "channelCreate")
    for sku, barcode in BARCODES.items():
        await must(
            server,
            admin,
            PRODUCT_CREATE,
            {"sku": sku, "name": sku, "price": "10.00", "barcode": barcode},
            "productCreate",
        )
    for code in ("ups", "dhl"):
        await must(server, admin, CARRIER_CREATE, {"code": code, "name": code.upper()}, "carrierCreate")
    for sku, warehouse in (("SKU-A", "east"), ("SKU-B", "eu")):
        assert (await stock_adjust(server, admin, sku, warehouse, 5))["userErrors"] == []
    variables = {
        "input": order_input(
            externalRef="SPLIT-1", lines=[{"sku": "SKU-A", "quantity": 1}, {"sku": "SKU-B", "quantity": 1}]
        )
    }
    order = (await ok(server, admin, ORDER_CREATE_VIEW, variables, "orderCreate"))["order"]
    tasks = {t["warehouse"]["code"]: t["id"] for t in (await order_view(server, admin, order["id"]))["pickTasks"]}
    assert sorted(tasks) == ["east", "eu"], tasks
    boxes = {}
    for warehouse, carrier in (("east", "ups"), ("eu", "dhl")):
        task = await task_view(server, admin, tasks[warehouse])
        assert task is not None
        await pick_all(server, admin, task)
        box = await packed(server, admin, tasks[warehouse])
        boxes[warehouse] = await dispatched(server, admin, box["id"], carrier, f"{carrier.upper()}-SPLIT-SECRET")
    east = Recorder(server, await make_token(Role.WAREHOUSE, "east"))

    seen = await east.gql(
        """query($id: ID!) { order(id: $id) { number
             pickTasks { id warehouse { code } } shipments { id trackingNumber warehouse { code } carrier { code } } } }""",
        {"id": order["id"]},
    )
    listed = await east.gql(CONNECTIONS["shipments"])

    assert seen["data"]["order"]["number"] == order["number"], seen
    assert [t["id"] for t in seen["data"]["order"]["pickTasks"]] == [tasks["east"]]
    assert [e["node"]["id"] for e in listed["data"]["shipments"]["edges"]] == [boxes["east"]["id"]]
    assert [s["id"] for s in seen["data"]["order"]["shipments"]] == [boxes["east"]["id"]], (
        "order.shipments shows another warehouse's shipment"
    )
    assert "DHL-SPLIT-SECRET" not in json.dumps([answer for _, answer in east.exchanges])


async def test_a_channel_placing_an_order_for_a_known_email_learns_nothing_another_channel_stored(
    server: Server, admin_token: str
) -> None:
    """Customers are shared by email across channels. A channel that places an order for an
    email another channel already knows must not read back what that channel recorded (the
    customer's name), or it could harvest names by email."""
    admin = admin_token
    await must(server, admin, WAREHOUSE_CREATE, {"code": "east", "name": "EAST", "country": "US"}, "warehouseCreate")
    for code in ("web", "market"):
        await must(server, admin, CHANNEL_CREATE, {"code": code, "name": code}, "channelCreate")
    await must(server, admin, PRODUCT_CREATE, {"sku": "SKU-A", "name": "A", "price": "10.00"}, "productCreate")
    assert (await stock_adjust(server, admin, "SKU-A", "east", 10))["userErrors"] == []
    market = await make_token(Role.CHANNEL, "market")
    stored = order_input(channel="market", externalRef="M-1", customer={"email": B.email, "name": B.customer_name})
    stored["lines"] = [{"sku": "SKU-A", "quantity": 1}]
    await ok(server, market, ORDER_CREATE_VIEW, {"input": stored}, "orderCreate")
    web = Recorder(server, await make_token(Role.CHANNEL, "web"))

    for ref, name in (("W-1", None), ("W-2", "Someone Else")):
        attempt = order_input(channel="web", externalRef=ref, customer={"email": B.email, "name": name})
        attempt["lines"] = [{"sku": "SKU-A", "quantity": 1}]
        payload = await web.gql(
            ORDER_CREATE_VIEW.replace("id number status", "id number status customer { email name }"),
            {"input": attempt},
        )
        assert payload["data"]["orderCreate"]["userErrors"] == [], payload
    await web.gql("query { orders(first: 10) { edges { node { number customer { email name } } } } }")

    revealed = [
        request.split("{")[1].strip() for request, answer in web.exchanges if B.customer_name in json.dumps(answer)
    ]
    assert revealed == [], f"another channel's customer name came back in: {revealed}"


def id_taking_root_fields() -> set[str]:
    """Root fields with an ID anywhere in their arguments (input objects included), from the SDL."""
    schema = graphql.build_schema((Path(__file__).resolve().parents[2] / "schema.graphql").read_text())

    def takes_id(type_: Any, seen: frozenset[str] = frozenset()) -> bool:
        named = graphql.get_named_type(type_)
        if isinstance(named, graphql.GraphQLScalarType):
            return named.name == "ID"
        if isinstance(named, graphql.GraphQLInputObjectType) and named.name not in seen:
            return any(takes_id(f.type, seen | {named.name}) for f in named.fields.values())
        return False

    roots = [schema.query_type, schema.mutation_type, schema.subscription_type]
    return {
        name
        for root in roots
        if root
        for name, f in root.fields.items()
        if any(takes_id(a.type) for a in f.args.values())
    }


def test_every_operation_that_takes_an_id_is_probed() -> None:
    """A new operation taking an id fails here until it gets an IDOR probe."""

    def placeholder(tenant: Tenant) -> Built:
        built = Built(tenant, tracking=f"{tenant.name}-T", rma={"id": "R", "number": "RMA"}, po={"id": "P"})
        built.orders = {stage: {"id": f"{tenant.name}-{stage}", "number": f"N-{stage}"} for stage in STAGES}
        built.tasks = {stage: f"T-{stage}" for stage in STAGES}
        built.shipments = {"shipped": "S1", "packed": "S2"}
        built.orders["dropship-requested"] = {"id": f"{tenant.name}-ds", "number": "N-ds"}
        built.drop_ship = {"requested": "D1", "confirmed": "D2"}
        built.webhook, built.webhook_delivery = "W1", "WD1"
        built.ticket = "TK1"
        built.alert = "AL1"
        built.transfers = {"draft": {"id": "TR1", "number": "TR-1"}, "sent": {"id": "TR2", "number": "TR-2"}}
        built.ids = [str(to_global_id("ApiToken", 1))]
        return built

    probed = {
        graphql.parse(p.document).definitions[0].selection_set.selections[0].name.value  # type: ignore[attr-defined]
        for p in probes(placeholder(B), placeholder(A))
    }
    probed |= {label.split("(")[0] for label, *_ in SUBSCRIPTION_PROBES}

    assert id_taking_root_fields() - probed == set()
