"""GraphQL documents and builders for the inventory, allocation and low-stock tests."""

from __future__ import annotations

from typing import Any

from tests.fixtures.server import Server
from tests.helpers import order_input

USER_ERRORS = "userErrors { field message code }"

STOCK_LEVEL_FIELDS = """
  id onHand reserved available incoming safetyStock reorderPoint reorderQuantity belowSafetyStock
  product { sku } warehouse { code }
"""

CHANNEL_CREATE = (
    """
mutation($i: ChannelCreateInput!) {
  channelCreate(input: $i) { channel { code allocationStrategy allowSplit backorderPolicy } %s }
}
"""
    % USER_ERRORS
)

WAREHOUSE_CREATE = (
    """
mutation($i: WarehouseCreateInput!) { warehouseCreate(input: $i) { warehouse { code priority } %s } }
"""
    % USER_ERRORS
)

PRODUCT_CREATE = (
    """
mutation($i: ProductCreateInput!) { productCreate(input: $i) { product { sku } %s } }
"""
    % USER_ERRORS
)

STOCK_ADJUST = """
mutation($i: StockAdjustInput!) { stockAdjust(input: $i) { stockLevel { %s } %s } }
""" % (STOCK_LEVEL_FIELDS, USER_ERRORS)

STOCK_COUNT = """
mutation($i: StockCountInput!) { stockCount(input: $i) { stockLevel { %s } %s } }
""" % (STOCK_LEVEL_FIELDS, USER_ERRORS)

STOCK_POLICY = """
mutation($i: StockPolicyUpdateInput!) { stockPolicyUpdate(input: $i) { stockLevel { %s } %s } }
""" % (STOCK_LEVEL_FIELDS, USER_ERRORS)

STOCK_LEVELS = (
    """
query($f: StockLevelFilter, $first: Int, $after: String) {
  stockLevels(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { %s } }
  }
}
"""
    % STOCK_LEVEL_FIELDS
)

STOCK_MOVEMENTS = """
query($f: StockMovementFilter, $first: Int, $after: String) {
  stockMovements(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { reason onHandDelta reservedDelta actor reference note product { sku } warehouse { code } } }
  }
}
"""

ORDER_VIEW = """
  id number status
  lines { sku quantity allocatedQuantity backorderedQuantity }
  allocations { sku quantity status warehouse { code } }
  history { kind fromStatus toStatus reason actor }
"""

ORDER_CREATE_VIEW = """
mutation($input: OrderCreateInput!) { orderCreate(input: $input) { order { %s } %s } }
""" % (ORDER_VIEW, USER_ERRORS)

ORDER_QUERY = "query($id: ID!) { order(id: $id) { %s } }" % ORDER_VIEW

ORDER_CANCEL = """
mutation($i: OrderCancelInput!) { orderCancel(input: $i) { order { %s } %s } }
""" % (ORDER_VIEW, USER_ERRORS)

ORDER_ALLOCATE = """
mutation($i: OrderAllocateInput!) { orderAllocate(input: $i) { order { %s } %s } }
""" % (ORDER_VIEW, USER_ERRORS)

LOW_STOCK_SUB = """
subscription($warehouse: String, $after: String) {
  lowStockAlerts(warehouse: $warehouse, after: $after) {
    cursor occurredAt available safetyStock stockLevel { product { sku } warehouse { code } }
  }
}
"""


async def call(server: Server, token: str, doc: str, variables: dict[str, Any], name: str) -> dict[str, Any]:
    """Run an operation that must not fail at the top level; returns `data[name]`."""
    body = await server.gql(doc, variables, token=token)
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"][name]
    return result


async def ok(server: Server, token: str, doc: str, variables: dict[str, Any], name: str) -> dict[str, Any]:
    """A mutation that must succeed (no userErrors); returns its payload."""
    payload = await call(server, token, doc, variables, name)
    assert payload["userErrors"] == [], payload
    return payload


async def make_channel(server: Server, token: str, code: str, **fields: Any) -> dict[str, Any]:
    payload = await ok(server, token, CHANNEL_CREATE, {"i": {"code": code, "name": code, **fields}}, "channelCreate")
    channel: dict[str, Any] = payload["channel"]
    return channel


async def make_warehouse(server: Server, token: str, code: str, country: str, **fields: Any) -> None:
    await ok(
        server,
        token,
        WAREHOUSE_CREATE,
        {"i": {"code": code, "name": code.upper(), "country": country, **fields}},
        "warehouseCreate",
    )


async def make_product(server: Server, token: str, sku: str, price: str = "1.00") -> None:
    await ok(
        server, token, PRODUCT_CREATE, {"i": {"sku": sku, "name": f"Product {sku}", "price": price}}, "productCreate"
    )


async def stock_adjust(
    server: Server,
    token: str,
    sku: str,
    warehouse: str,
    delta: int,
    reason: str = "RECEIPT",
    note: str | None = None,
) -> dict[str, Any]:
    """stockAdjust's payload (userErrors not checked)."""
    variables = {"i": {"sku": sku, "warehouse": warehouse, "delta": delta, "reason": reason, "note": note}}
    return await call(server, token, STOCK_ADJUST, variables, "stockAdjust")


async def receive(server: Server, token: str, sku: str, warehouse: str, quantity: int) -> dict[str, Any]:
    payload = await stock_adjust(server, token, sku, warehouse, quantity)
    assert payload["userErrors"] == [], payload
    level: dict[str, Any] = payload["stockLevel"]
    return level


async def remove(server: Server, token: str, sku: str, warehouse: str, quantity: int) -> dict[str, Any]:
    payload = await stock_adjust(server, token, sku, warehouse, -quantity, reason="ADJUSTMENT")
    assert payload["userErrors"] == [], payload
    level: dict[str, Any] = payload["stockLevel"]
    return level


async def stock_count(server: Server, token: str, sku: str, warehouse: str, on_hand: int) -> dict[str, Any]:
    variables = {"i": {"sku": sku, "warehouse": warehouse, "onHand": on_hand}}
    return await call(server, token, STOCK_COUNT, variables, "stockCount")


async def stock_policy(server: Server, token: str, sku: str, warehouse: str, **policy: int) -> dict[str, Any]:
    variables = {"i": {"sku": sku, "warehouse": warehouse, **policy}}
    return await call(server, token, STOCK_POLICY, variables, "stockPolicyUpdate")


async def levels(server: Server, token: str, **filter: Any) -> list[dict[str, Any]]:
    connection = await call(server, token, STOCK_LEVELS, {"f": filter or None, "first": 100}, "stockLevels")
    assert not connection["pageInfo"]["hasNextPage"]
    return [edge["node"] for edge in connection["edges"]]


async def level(server: Server, token: str, sku: str, warehouse: str) -> dict[str, Any] | None:
    found = await levels(server, token, sku=sku, warehouse=warehouse)
    assert len(found) <= 1, found
    return found[0] if found else None


def counters(stock: dict[str, Any] | None) -> tuple[int, int, int] | None:
    """(onHand, reserved, available)."""
    return None if stock is None else (stock["onHand"], stock["reserved"], stock["available"])


async def movements(server: Server, token: str, **filter: Any) -> list[dict[str, Any]]:
    """Every movement matching the filter, newest first (all pages)."""
    found: list[dict[str, Any]] = []
    after = None
    while True:
        connection = await call(
            server, token, STOCK_MOVEMENTS, {"f": filter or None, "first": 100, "after": after}, "stockMovements"
        )
        found += [edge["node"] for edge in connection["edges"]]
        if not connection["pageInfo"]["hasNextPage"]:
            assert connection["totalCount"] == len(found)
            return found
        after = connection["pageInfo"]["endCursor"]


def ledger_view(moves: list[dict[str, Any]]) -> list[tuple[str, int, int, str | None]]:
    """(reason, onHandDelta, reservedDelta, reference) of movements."""
    return [(m["reason"], m["onHandDelta"], m["reservedDelta"], m["reference"]) for m in moves]


async def create_order(
    server: Server,
    token: str,
    ref: str,
    lines: list[tuple[str, int]],
    *,
    channel: str = "web",
    address: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """orderCreate's payload (userErrors not checked)."""
    overrides: dict[str, Any] = {
        "channel": channel,
        "externalRef": ref,
        "lines": [{"sku": sku, "quantity": qty} for sku, qty in lines],
    }
    if address is not None:
        overrides["shippingAddress"] = address
    return await call(server, token, ORDER_CREATE_VIEW, {"input": order_input(**overrides)}, "orderCreate")


async def placed(
    server: Server,
    token: str,
    ref: str,
    lines: list[tuple[str, int]],
    *,
    channel: str = "web",
    address: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """An order that must be created; returns it."""
    payload = await create_order(server, token, ref, lines, channel=channel, address=address)
    assert payload["userErrors"] == [], payload
    order: dict[str, Any] = payload["order"]
    return order


async def fetch_order(server: Server, token: str, order_id: str) -> dict[str, Any] | None:
    order: dict[str, Any] | None = await call(server, token, ORDER_QUERY, {"id": order_id}, "order")
    return order


async def cancel(server: Server, token: str, order_id: str, reason: str = "customer asked") -> dict[str, Any]:
    payload = await ok(server, token, ORDER_CANCEL, {"i": {"id": order_id, "reason": reason}}, "orderCancel")
    order: dict[str, Any] = payload["order"]
    return order


def sourcing(order: dict[str, Any], *, status: str | None = "RESERVED") -> list[tuple[str, str | None, int]]:
    """(sku, warehouse, quantity) of the order's allocations with `status` (None: all), sorted."""
    return sorted(
        (a["sku"], a["warehouse"]["code"] if a["warehouse"] else None, a["quantity"])
        for a in order["allocations"]
        if status is None or a["status"] == status
    )


def line_state(order: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """sku -> (allocatedQuantity, backorderedQuantity)."""
    return {ln["sku"]: (ln["allocatedQuantity"], ln["backorderedQuantity"]) for ln in order["lines"]}


def hops(order: dict[str, Any]) -> list[tuple[str, str | None, str | None]]:
    return [(h["kind"], h["fromStatus"], h["toStatus"]) for h in order["history"]]
