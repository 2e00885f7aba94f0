"""Builders for the service-level tests: real rows made through the services, no HTTP."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from decimal import Decimal

import pytest

from models.catalog import Channel, Product, Warehouse
from models.orders import Order, OrderStatus
from services import catalog
from services.access import SYSTEM
from services.order_drafts import AddressDraft, LineDraft, OrderDraft
from services.orders import place_order

Place = Callable[[str, int], Awaitable[Order]]


@dataclass(frozen=True)
class Shop:
    channel: Channel
    east: Warehouse
    eu: Warehouse
    product: Product


@pytest.fixture
async def shop(database: None) -> Shop:
    """Channel web (every warehouse), warehouses east (US) then eu (DE) at the same
    priority, product SKU-A; no stock anywhere."""
    channel = await catalog.create_channel(code="web", name="Web")
    east = await catalog.create_warehouse(code="east", name="East", country="US")
    eu = await catalog.create_warehouse(code="eu", name="EU", country="DE")
    product = await catalog.create_product(sku="SKU-A", name="Product A", price=Decimal("10.00"))
    return Shop(channel, east, eu, product)


@pytest.fixture
def place(shop: Shop) -> Place:
    """Place an order for `quantity` units of SKU-A on web (with the services, as SYSTEM)."""

    async def placing(ref: str, quantity: int) -> Order:
        draft = OrderDraft(
            channel="web",
            external_ref=ref,
            customer_email="ada@example.com",
            customer_name="Ada",
            shipping_address=AddressDraft(country="US"),
            lines=[LineDraft(sku="SKU-A", quantity=quantity)],
        )
        placed = await place_order(SYSTEM, draft)
        assert placed.created
        return placed.order

    return placing


@pytest.fixture
async def backorder(place: Place) -> Order:
    """An order for 2 units of SKU-A placed with no stock: BACKORDERED."""
    order = await place("BO-1", 2)
    assert order.status == OrderStatus.BACKORDERED
    return order
