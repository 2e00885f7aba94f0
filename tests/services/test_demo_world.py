"""Issue 15: `oms seed --demo` (what `make run` seeds) builds a world where every feature can
be seen at once, through the services, consistent (stock reconciles) and only once."""

from __future__ import annotations

from collections import Counter
from typing import Any

from tortoise.models import Model

from models.alerts import Alert
from models.dropship import DropShipRequest
from models.events import ReactionJob
from models.fulfilment import Shipment, TrackingEvent
from models.inventory import StockLevel
from models.order_money import OrderPayment
from models.orders import Customer, Order, OrderEvent
from models.returns import Refund, ReturnRequest
from models.supply import PurchaseOrder
from models.tickets import OrderFeedback, Ticket
from models.transfers import StockTransfer
from models.webhooks import WebhookSubscription
from services.demo import seed_demo
from tests.fixtures.stock import assert_stock_reconciles


async def by(model: type[Model], field: str) -> dict[Any, int]:
    return dict(Counter(str(v) for v in await model.all().values_list(field, flat=True)))


async def world() -> dict[str, Any]:
    return {
        "orders": await by(Order, "status"),
        "financial": await by(Order, "financial_status"),
        "order events": await by(OrderEvent, "kind"),
        "shipments": await by(Shipment, "status"),
        "tracking": await by(TrackingEvent, "status"),
        "drop-ship": await by(DropShipRequest, "status"),
        "returns": await by(ReturnRequest, "status"),
        "refunds": await Refund.all().count(),
        "purchase orders": await by(PurchaseOrder, "status"),
        "transfers": await by(StockTransfer, "status"),
        "low stock": await StockLevel.filter(low_stock=True, product__sku="SOCKS-3PK").count(),
        "alerts": await by(Alert, "kind"),
        "alert statuses": await by(Alert, "status"),
        "tickets": await by(Ticket, "status"),
        "feedback": await by(OrderFeedback, "rating"),
        "payments": await by(OrderPayment, "kind"),
        "webhooks": await by(WebhookSubscription, "active"),
        "customers": sorted(await Customer.all().values_list("email", flat=True)),
    }


async def test_the_demo_world_shows_every_feature_reconciles_and_is_built_once(database: None) -> None:
    first = await seed_demo(orders=5)
    built = await world()
    await assert_stock_reconciles()
    assert await ReactionJob.all().count() == 0  # the receipts' backorder fills ran
    again = await seed_demo(orders=5)

    assert first == {"orders": 5, "world": 1}
    assert again == {"orders": 0, "world": 0}
    assert await world() == built
    orders = built.pop("orders")
    # The world's 14 orders, whatever the 5 random ones became (ALLOCATED or BACKORDERED).
    assert sum(orders.values()) == 19
    assert {k: orders.get(k, 0) for k in ("DELIVERED", "PARTIALLY_RETURNED", "SHIPPED", "PARTIALLY_SHIPPED")} == {
        "DELIVERED": 1,  # Grace's (a return requested)
        "PARTIALLY_RETURNED": 1,  # Ada's (one bag back and refunded)
        "SHIPPED": 1,  # in transit
        "PARTIALLY_SHIPPED": 1,  # the desk left the supplier, the bag is still here
    }
    assert orders["ON_HOLD"] == 1
    assert orders["BACKORDERED"] >= 4  # the poster orders: Grace's and Mallory's three
    assert built == {
        "financial": {"PENDING": 17, "PAID": 1, "PARTIALLY_REFUNDED": 1},
        "order events": {"CREATED": 19, "EDITED": 1, "FINANCIAL_STATUS_CHANGED": 3, "STATUS_CHANGED": 33},
        "shipments": {"DELIVERED": 2, "IN_TRANSIT": 1, "DISPATCHED": 1},
        "tracking": {"IN_TRANSIT": 3, "DELIVERED": 2},
        "drop-ship": {"SHIPPED": 1, "REQUESTED": 1},
        "returns": {"RECEIVED": 1, "REQUESTED": 1},
        "refunds": 1,
        "purchase orders": {
            "DRAFT": 2,  # one by hand, one drafted by the socks' low stock
            "SENT": 1,
            "CONFIRMED": 1,
            "PARTIALLY_RECEIVED": 1,
            "RECEIVED": 1,
            "CANCELLED": 1,
        },
        "transfers": {"DRAFT": 1, "IN_TRANSIT": 1, "PARTIALLY_RECEIVED": 1, "RECEIVED": 1, "CANCELLED": 1},
        "low stock": 1,
        "alerts": {"SUSPICIOUS_ORDER": 1, "SLA_BREACH": 1, "DEMAND_SPIKE": 1},  # Mallory's 10 posters are a spike too
        "alert statuses": {"OPEN": 2, "ACKNOWLEDGED": 1},
        "tickets": {"OPEN": 1, "PENDING_CUSTOMER": 1, "CLOSED": 1},
        "feedback": {"5": 1, "3": 1},
        "payments": {"AUTHORIZATION": 1, "CAPTURE": 1},
        "webhooks": {"False": 2},
        "customers": [
            "ada@example.com",
            "alan@example.com",
            "grace@example.com",
            "linus@example.com",
            "mallory@example.com",
        ],
    }
