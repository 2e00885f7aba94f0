"""GraphQL documents and small builders the tests share."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from models.catalog import Channel
from models.orders import Order
from services import catalog
from services.access import SYSTEM
from services.order_drafts import AddressDraft, LineDraft, OrderDraft
from services.orders import place_order
from tests.fixtures.server import Server

ORDER_FIELDS = """
  id number status externalRef idempotencyKey currency
  subtotal { amount currency } total { amount currency }
  channel { code } customer { email name }
  shippingAddress { country region city postalCode line1 }
  lines { sku name quantity unitPrice { amount currency } lineTotal { amount currency } }
  history { kind fromStatus toStatus reason actor occurredAt }
"""

ORDER_CREATE = (
    """
mutation($input: OrderCreateInput!) {
  orderCreate(input: $input) {
    order { %s }
    userErrors { field message code }
  }
}
"""
    % ORDER_FIELDS
)

ORDER_STATUS_SUB = """
subscription($orderId: ID, $after: String) {
  orderStatusChanged(orderId: $orderId, after: $after) {
    cursor occurredAt previousStatus status order { id number status }
  }
}
"""


def order_input(**overrides: Any) -> dict[str, Any]:
    value: dict[str, Any] = {
        "channel": "web",
        "externalRef": "WEB-1001",
        "customer": {"email": "ada@example.com", "name": "Ada Lovelace"},
        "shippingAddress": {
            "country": "US",
            "region": "NY",
            "city": "New York",
            "postalCode": "10001",
            "line1": "1 Main St",
        },
        "lines": [{"sku": "SKU-A", "quantity": 2}, {"sku": "SKU-B", "quantity": 1}],
    }
    value.update(overrides)
    return value


async def create_catalog(server: Server, token: str, *, stock: int = 100) -> dict[str, Any]:
    """Channels web and market, warehouses east (US) and eu (DE), SKU-A/B/C with `stock` units at east."""
    created: dict[str, Any] = {}
    for code in ("web", "market"):
        body = await server.gql(
            "mutation($i: ChannelCreateInput!) { channelCreate(input: $i) { channel { id code } userErrors { code } } }",
            {"i": {"code": code, "name": code.title()}},
            token=token,
        )
        assert body["data"]["channelCreate"]["userErrors"] == [], body
        created[code] = body["data"]["channelCreate"]["channel"]
    for code, country in (("east", "US"), ("eu", "DE")):
        body = await server.gql(
            "mutation($i: WarehouseCreateInput!) { warehouseCreate(input: $i) { warehouse { id } userErrors { code } } }",
            {"i": {"code": code, "name": code.upper(), "country": country}},
            token=token,
        )
        assert body["data"]["warehouseCreate"]["userErrors"] == [], body
    for sku, price in (("SKU-A", "10.00"), ("SKU-B", "5.50"), ("SKU-C", "99.99")):
        body = await server.gql(
            "mutation($i: ProductCreateInput!) { productCreate(input: $i) { product { id } userErrors { code } } }",
            {"i": {"sku": sku, "name": f"Product {sku}", "price": price}},
            token=token,
        )
        assert body["data"]["productCreate"]["userErrors"] == [], body
    if stock:
        for sku in ("SKU-A", "SKU-B", "SKU-C"):
            await adjust(server, token, sku=sku, warehouse="east", delta=stock)
    return created


STOCK_ADJUST = """
mutation($i: StockAdjustInput!) {
  stockAdjust(input: $i) {
    stockLevel { onHand reserved available safetyStock belowSafetyStock product { sku } warehouse { code } }
    userErrors { field message code }
  }
}
"""


async def adjust(
    server: Server, token: str, *, sku: str, warehouse: str, delta: int, reason: str = "RECEIPT"
) -> dict[str, Any]:
    body = await server.gql(
        STOCK_ADJUST, {"i": {"sku": sku, "warehouse": warehouse, "delta": delta, "reason": reason}}, token=token
    )
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]["stockAdjust"]
    return result


async def place(server: Server, token: str, **overrides: Any) -> dict[str, Any]:
    body = await server.gql(ORDER_CREATE, {"input": order_input(**overrides)}, token=token)
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]["orderCreate"]
    return result


def without_cost(body: dict[str, Any]) -> dict[str, Any]:
    """A response body without its `extensions` (the query cost every response carries)."""
    return {k: v for k, v in body.items() if k != "extensions"}


async def place_through_services(n: int) -> None:
    """`n` one-line orders (SKU-A on channel web, both created if missing; no stock, so each
    ends BACKORDERED) placed with the services, without the API: no query budget is spent
    and no server needs to run. Two status events each: PENDING, then BACKORDERED."""
    if not await Channel.exists(code="web"):
        await catalog.create_channel(code="web", name="Web")
        await catalog.create_product(sku="SKU-A", name="A", price=Decimal("1.00"))
    start = await Order.all().count()
    for i in range(start, start + n):
        draft = OrderDraft(
            channel="web",
            external_ref=f"C-{i}",
            customer_email="ada@example.com",
            customer_name=None,
            shipping_address=AddressDraft(country="US"),
            lines=[LineDraft(sku="SKU-A", quantity=1)],
        )
        await place_order(SYSTEM, draft)
