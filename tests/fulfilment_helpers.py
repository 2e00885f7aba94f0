"""GraphQL documents and builders for the warehouse execution and shipping tests."""

from __future__ import annotations

from typing import Any

from tests.fixtures.server import Server
from tests.stock_helpers import USER_ERRORS, call, ok

BARCODES = {"SKU-A": "0400000000017", "SKU-B": "0400000000024", "SKU-C": "0400000000031"}

TASK_FIELDS = """
  id status priority assignee createdAt startedAt completedAt
  warehouse { code } order { id number status }
  lines { sku barcode quantity pickedQuantity shortQuantity remainingQuantity }
"""

SCAN_FIELDS = "clientScanId actor device barcode quantity result sku scannedAt"

SHIPMENT_FIELDS = """
  id status trackingNumber estimatedDeliveryAt packedAt dispatchedAt deliveredAt
  warehouse { code } carrier { code } order { id number status }
  lines { sku quantity } packages { weightGrams lengthMm widthMm heightMm }
  trackingEvents { status occurredAt location estimatedDeliveryAt }
"""

CLAIM = "mutation($i: PickTaskClaimInput!) { pickTaskClaim(input: $i) { pickTask { %s } %s } }" % (
    TASK_FIELDS,
    USER_ERRORS,
)
ASSIGN = "mutation($i: PickTaskAssignInput!) { pickTaskAssign(input: $i) { pickTask { %s } %s } }" % (
    TASK_FIELDS,
    USER_ERRORS,
)
SCAN = """
mutation($i: PickScanInput!) {
  pickScan(input: $i) { result replayed pickTask { %s } %s }
}
""" % (TASK_FIELDS, USER_ERRORS)
SHORT = "mutation($i: PickShortInput!) { pickShort(input: $i) { pickTask { %s } %s } }" % (TASK_FIELDS, USER_ERRORS)
COMPLETE = "mutation($i: PickTaskCompleteInput!) { pickTaskComplete(input: $i) { pickTask { %s } %s } }" % (
    TASK_FIELDS,
    USER_ERRORS,
)
PACK = "mutation($i: ShipmentPackInput!) { shipmentPack(input: $i) { shipment { %s } %s } }" % (
    SHIPMENT_FIELDS,
    USER_ERRORS,
)
DISPATCH = "mutation($i: ShipmentDispatchInput!) { shipmentDispatch(input: $i) { shipment { %s } %s } }" % (
    SHIPMENT_FIELDS,
    USER_ERRORS,
)
TRACK = "mutation($i: TrackingEventRecordInput!) { trackingEventRecord(input: $i) { shipment { %s } %s } }" % (
    SHIPMENT_FIELDS,
    USER_ERRORS,
)

TASK_QUERY = "query($id: ID!) { node(id: $id) { ... on PickTask { %s scans { %s } } } }" % (TASK_FIELDS, SCAN_FIELDS)
SHIPMENT_QUERY = "query($id: ID!) { node(id: $id) { ... on Shipment { %s } } }" % SHIPMENT_FIELDS

PICK_TASK_LIST = (
    """
query($f: PickTaskFilter, $first: Int) {
  pickTaskList(filter: $f, first: $first) { totalCount edges { node { %s } } }
}
"""
    % TASK_FIELDS
)
SCAN_EVENTS = (
    """
query($f: ScanEventFilter, $first: Int) {
  scanEvents(filter: $f, first: $first) { totalCount edges { node { %s } } }
}
"""
    % SCAN_FIELDS
)
SHIPMENTS = (
    """
query($f: ShipmentFilter, $first: Int) {
  shipments(filter: $f, first: $first) { totalCount edges { node { %s } } }
}
"""
    % SHIPMENT_FIELDS
)

ORDER_FULL = """
query($id: ID!) {
  order(id: $id) {
    id number status
    lines { sku quantity allocatedQuantity backorderedQuantity }
    allocations { sku quantity status warehouse { code } }
    history { kind fromStatus toStatus reason actor }
    pickTasks { id status warehouse { code } lines { sku quantity pickedQuantity shortQuantity } }
    shipments { id status trackingNumber lines { sku quantity } }
  }
}
"""

PICK_TASKS_SUB = """
subscription($warehouse: String!, $after: String) {
  pickTasks(warehouse: $warehouse, after: $after) {
    cursor occurredAt kind task { id status assignee warehouse { code } order { number } }
  }
}
"""

SHIPMENT_UPDATES_SUB = """
subscription($shipmentId: ID, $trackingNumber: String, $after: String) {
  shipmentUpdates(shipmentId: $shipmentId, trackingNumber: $trackingNumber, after: $after) {
    cursor occurredAt kind status shipment { id status trackingNumber carrier { code } order { number } }
  }
}
"""

PRODUCT_CREATE = "mutation($i: ProductCreateInput!) { productCreate(input: $i) { product { sku barcode } %s } }" % (
    USER_ERRORS
)
CARRIER_CREATE = "mutation($i: CarrierCreateInput!) { carrierCreate(input: $i) { carrier { code } %s } }" % (
    USER_ERRORS
)
WAREHOUSE_CREATE = "mutation($i: WarehouseCreateInput!) { warehouseCreate(input: $i) { warehouse { code } %s } }" % (
    USER_ERRORS
)
CHANNEL_CREATE = "mutation($i: ChannelCreateInput!) { channelCreate(input: $i) { channel { code } %s } }" % (
    USER_ERRORS
)


async def setup_fulfilment(server: Server, token: str, *, stock: dict[tuple[str, str], int] | None = None) -> None:
    """Channel web; warehouses east (US) and eu (DE); SKU-A/B/C with barcodes; carriers ups
    and dhl; `stock` as {(sku, warehouse): units} (default: 20 of each SKU at east only)."""
    await ok(server, token, CHANNEL_CREATE, {"i": {"code": "web", "name": "Web"}}, "channelCreate")
    for code, country in (("east", "US"), ("eu", "DE")):
        variables = {"i": {"code": code, "name": code.upper(), "country": country}}
        await ok(server, token, WAREHOUSE_CREATE, variables, "warehouseCreate")
    for sku, barcode in BARCODES.items():
        variables = {"i": {"sku": sku, "name": f"Product {sku}", "price": "10.00", "barcode": barcode}}
        await ok(server, token, PRODUCT_CREATE, variables, "productCreate")
    for code in ("ups", "dhl"):
        await ok(server, token, CARRIER_CREATE, {"i": {"code": code, "name": code.upper()}}, "carrierCreate")
    if stock is None:
        stock = {(sku, "east"): 20 for sku in BARCODES}
    from tests.stock_helpers import receive

    for (sku, warehouse), units in stock.items():
        if units:
            await receive(server, token, sku, warehouse, units)


async def run(server: Server, token: str, doc: str, variables: dict[str, Any], name: str) -> dict[str, Any]:
    """A mutation's payload, whatever its userErrors (top-level errors fail)."""
    return await call(server, token, doc, {"i": variables}, name)


async def must(server: Server, token: str, doc: str, variables: dict[str, Any], name: str) -> dict[str, Any]:
    """A mutation that must succeed; its payload."""
    return await ok(server, token, doc, {"i": variables}, name)


async def claim(server: Server, token: str, warehouse: str, picker: str | None = None) -> dict[str, Any]:
    return await run(server, token, CLAIM, {"warehouse": warehouse, "picker": picker}, "pickTaskClaim")


async def claimed(server: Server, token: str, warehouse: str, picker: str | None = None) -> dict[str, Any]:
    """Claim that must hand out a task; returns it."""
    payload = await claim(server, token, warehouse, picker)
    assert payload["userErrors"] == [] and payload["pickTask"] is not None, payload
    task: dict[str, Any] = payload["pickTask"]
    return task


async def scan(
    server: Server,
    token: str,
    task_id: str,
    barcode: str,
    quantity: int = 1,
    *,
    client_scan_id: str | None = None,
    device: str | None = "scanner-1",
) -> dict[str, Any]:
    variables = {
        "task": task_id,
        "barcode": barcode,
        "quantity": quantity,
        "clientScanId": client_scan_id,
        "device": device,
    }
    return await run(server, token, SCAN, variables, "pickScan")


async def scan_ok(server: Server, token: str, task_id: str, sku: str, quantity: int = 1) -> dict[str, Any]:
    payload = await scan(server, token, task_id, BARCODES[sku], quantity)
    assert (payload["result"], payload["userErrors"]) == ("ACCEPTED", []), payload
    return payload


async def short(
    server: Server, token: str, task_id: str, sku: str, quantity: int, note: str | None = None
) -> dict[str, Any]:
    variables = {"task": task_id, "sku": sku, "quantity": quantity, "note": note}
    return await run(server, token, SHORT, variables, "pickShort")


async def complete(server: Server, token: str, task_id: str) -> dict[str, Any]:
    return await run(server, token, COMPLETE, {"task": task_id}, "pickTaskComplete")


async def pack(
    server: Server, token: str, task_id: str, packages: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    if packages is None:
        packages = [{"weightGrams": 1200, "lengthMm": 300, "widthMm": 200, "heightMm": 100}]
    return await run(server, token, PACK, {"task": task_id, "packages": packages}, "shipmentPack")


async def packed(server: Server, token: str, task_id: str) -> dict[str, Any]:
    payload = await pack(server, token, task_id)
    assert payload["userErrors"] == [], payload
    shipment: dict[str, Any] = payload["shipment"]
    return shipment


async def dispatch(server: Server, token: str, shipment_id: str, carrier: str, tracking: str) -> dict[str, Any]:
    variables = {"shipment": shipment_id, "carrier": carrier, "trackingNumber": tracking}
    return await run(server, token, DISPATCH, variables, "shipmentDispatch")


async def dispatched(server: Server, token: str, shipment_id: str, carrier: str, tracking: str) -> dict[str, Any]:
    payload = await dispatch(server, token, shipment_id, carrier, tracking)
    assert payload["userErrors"] == [], payload
    shipment: dict[str, Any] = payload["shipment"]
    return shipment


async def track(
    server: Server,
    token: str,
    tracking: str,
    status: str,
    occurred_at: str,
    *,
    location: str | None = None,
    eta: str | None = None,
) -> dict[str, Any]:
    variables = {
        "trackingNumber": tracking,
        "status": status,
        "occurredAt": occurred_at,
        "location": location,
        "estimatedDeliveryAt": eta,
    }
    return await run(server, token, TRACK, variables, "trackingEventRecord")


async def pick_all(server: Server, token: str, task: dict[str, Any]) -> dict[str, Any]:
    """Scan every remaining unit of a task, then complete it; returns the DONE task."""
    for line in task["lines"]:
        if line["remainingQuantity"]:
            await scan_ok(server, token, task["id"], line["sku"], line["remainingQuantity"])
    payload = await complete(server, token, task["id"])
    assert payload["userErrors"] == [], payload
    done: dict[str, Any] = payload["pickTask"]
    return done


async def task_view(server: Server, token: str, task_id: str) -> dict[str, Any] | None:
    found: dict[str, Any] | None = await call(server, token, TASK_QUERY, {"id": task_id}, "node")
    return found


async def shipment_view(server: Server, token: str, shipment_id: str) -> dict[str, Any] | None:
    found: dict[str, Any] | None = await call(server, token, SHIPMENT_QUERY, {"id": shipment_id}, "node")
    return found


async def order_view(server: Server, token: str, order_id: str) -> dict[str, Any]:
    order: dict[str, Any] = await call(server, token, ORDER_FULL, {"id": order_id}, "order")
    return order


async def task_list(server: Server, token: str, **filter: Any) -> list[dict[str, Any]]:
    connection = await call(server, token, PICK_TASK_LIST, {"f": filter or None, "first": 100}, "pickTaskList")
    return [edge["node"] for edge in connection["edges"]]


async def scan_log(server: Server, token: str, **filter: Any) -> list[dict[str, Any]]:
    """scanEvents, newest first."""
    connection = await call(server, token, SCAN_EVENTS, {"f": filter or None, "first": 100}, "scanEvents")
    return [edge["node"] for edge in connection["edges"]]


async def shipment_list(server: Server, token: str, **filter: Any) -> list[dict[str, Any]]:
    connection = await call(server, token, SHIPMENTS, {"f": filter or None, "first": 100}, "shipments")
    return [edge["node"] for edge in connection["edges"]]


def task_lines(task: dict[str, Any]) -> list[tuple[str, int, int, int]]:
    """(sku, quantity, picked, short) per line, sorted."""
    return sorted((ln["sku"], ln["quantity"], ln["pickedQuantity"], ln["shortQuantity"]) for ln in task["lines"])


def scan_view(scans: list[dict[str, Any]]) -> list[tuple[str, int, str, str | None, str | None]]:
    """(barcode, quantity, result, sku, device) per scan."""
    return [(s["barcode"], s["quantity"], s["result"], s["sku"], s["device"]) for s in scans]


def role_of(actor: str) -> str:
    """'warehouse:east#token3' -> 'warehouse:east'."""
    return actor.split("#")[0]


async def order_ledger(server: Server, token: str, number: str) -> list[tuple[str, str, str, int, int]]:
    """The order's stock movements, oldest first: (reason, sku, warehouse, onHandDelta, reservedDelta)."""
    from tests.stock_helpers import movements

    moves = await movements(server, token, reference=f"order:{number}")
    return [
        (m["reason"], m["product"]["sku"], m["warehouse"]["code"], m["onHandDelta"], m["reservedDelta"])
        for m in reversed(moves)
    ]


async def stock_of(server: Server, token: str, sku: str, warehouse: str) -> tuple[int, int, int] | None:
    """(onHand, reserved, available) of one stock level."""
    from tests.stock_helpers import counters, level

    return counters(await level(server, token, sku, warehouse))


def hops(order: dict[str, Any]) -> list[tuple[str | None, str | None]]:
    """(fromStatus, toStatus) of each history entry."""
    return [(h["fromStatus"], h["toStatus"]) for h in order["history"]]


def allocations(order: dict[str, Any]) -> list[tuple[str, str | None, int, str]]:
    """(sku, warehouse, quantity, status) of the order's allocations, sorted."""
    return sorted(
        (a["sku"], a["warehouse"]["code"] if a["warehouse"] else None, a["quantity"], a["status"])
        for a in order["allocations"]
    )


def tasks_of(order: dict[str, Any]) -> list[tuple[str, str, list[tuple[str, int, int, int]]]]:
    """(warehouse, status, lines) of the order's pick tasks, sorted by warehouse and status."""
    return sorted(
        (
            t["warehouse"]["code"],
            t["status"],
            sorted((ln["sku"], ln["quantity"], ln["pickedQuantity"], ln["shortQuantity"]) for ln in t["lines"]),
        )
        for t in order["pickTasks"]
    )


async def set_priority(task_id: str, priority: int) -> None:
    """No operation sets a task's priority yet: the given state is written directly."""
    from models.fulfilment import PickTask
    from schema.common import pk_of

    assert await PickTask.filter(id=pk_of(task_id, "PickTask")).update(priority=priority) == 1
