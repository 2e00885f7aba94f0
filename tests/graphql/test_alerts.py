"""Risk alerts: each rule raises one alert per cause (run twice, raised once), staff acknowledge
and resolve them through the one status writer, a CHANNEL token sees its own channel's only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from models.access import Role
from models.catalog import Channel, Product, Supplier, Warehouse
from models.fulfilment import Shipment, ShipmentStatus
from models.inventory import MovementReason, StockLevel, StockMovement
from models.orders import Order, format_order_number
from models.supply import SupplierProduct
from services import order_actions
from services.access import SYSTEM
from services.alert_rules import run_rules
from services.order_drafts import AddressDraft, LineDraft, OrderDraft
from services.orders import place_order
from tests.fixtures.catalog import seed_catalog, seed_suppliers
from tests.fixtures.database import make_token
from tests.fixtures.server import Server

NOW = datetime.now(UTC)
ALERTS = """query($f: AlertFilter) { alerts(filter: $f, first: 50) { totalCount edges { node {
  id kind severity subject facts status actor acknowledgedAt resolvedAt } } } }"""
ACT = """mutation($i: AlertIdInput!) { %s(input: $i) { alert { id status actor }
  userErrors { field message code } } }"""


async def order(
    ref: str, *, channel: str = "web", quantity: int = 1, email: str = "a@example.com", hours_ago: float = 0
) -> Order:
    placed = await place_order(
        SYSTEM,
        OrderDraft(
            channel=channel,
            external_ref=ref,
            customer_email=email,
            customer_name=None,
            shipping_address=AddressDraft(country="US"),
            lines=[LineDraft(sku="SKU-A", quantity=quantity)],
        ),
    )
    await Order.filter(id=placed.order.id).update(created_at=NOW - timedelta(hours=hours_ago))
    return placed.order


async def listed(server: Server, token: str, **filter: Any) -> list[dict[str, Any]]:
    body = await server.gql(ALERTS, {"f": filter or None}, token=token)
    assert "errors" not in body, body
    return [e["node"] for e in body["data"]["alerts"]["edges"]]


async def act(server: Server, token: str, name: str, alert_id: str) -> dict[str, Any]:
    body = await server.gql(ACT % name, {"i": {"id": alert_id}}, token=token)
    if "errors" in body:
        return body
    return body["data"][name]  # type: ignore[no-any-return]


async def test_an_order_not_shipped_by_its_channels_ship_by_time_raises_one_sla_breach(server: Server) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin, stock=1_000)
    await Channel.filter(code="web").update(ship_by_hours=24)
    await Channel.filter(code="market").update(ship_by_hours=72)
    late = await order("LATE", hours_ago=30)
    await order("MARKET-NOT-LATE-YET", channel="market", hours_ago=30)
    await order("RECENT", hours_ago=2)
    shipped = await order("SHIPPED", hours_ago=30)
    await Shipment.create(order_id=shipped.id, status=ShipmentStatus.DISPATCHED, dispatched_at=NOW - timedelta(hours=1))
    cancelled = await order("CANCELLED", hours_ago=30)
    await order_actions.cancel_order(SYSTEM, order_id=cancelled.id, reason="changed mind")

    first = await run_rules(NOW)
    again = await run_rules(NOW)

    assert [(a.kind.value, a.subject) for a in first] == [("SLA_BREACH", f"order:{late.id}")]
    assert again == []
    assert [(a["kind"], a["severity"], a["facts"], a["status"]) for a in await listed(server, admin)] == [
        ("SLA_BREACH", "WARNING", {"order": format_order_number(late.id), "shipByHours": 24}, "OPEN")
    ]


@pytest.mark.stock_drift  # a SHIP movement written straight to the ledger: history, not stock
async def test_stockout_risk_is_raised_once_while_open_and_again_after_it_is_resolved(server: Server) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin, stock=10)
    await seed_suppliers(admin)
    product = await Product.get(sku="SKU-A")
    east = await Warehouse.get(code="east")
    level = await StockLevel.get(product_id=product.id, warehouse_id=east.id)
    # 10 on hand, 30 shipped in the last 30 days: 10 days of cover; the supplier needs 14.
    move = await StockMovement.create(
        stock_level=level, product_id=product.id, warehouse_id=east.id, reason=MovementReason.SHIP,
        on_hand_delta=-30, actor="t",
    )  # fmt: skip
    await StockMovement.filter(id=move.id).update(created_at=NOW - timedelta(days=3))
    supplier = await Supplier.get(code="acme")
    await SupplierProduct.create(supplier=supplier, product=product, cost=Decimal("2.00"), lead_time_days=14)

    first = await run_rules(NOW)
    again = await run_rules(NOW)
    (alert,) = await listed(server, admin, kind=["STOCKOUT_RISK"])
    resolved = await act(server, admin, "alertResolve", alert["id"])
    after_resolving = await run_rules(NOW)

    assert [(a.kind.value, a.subject) for a in first] == [("STOCKOUT_RISK", "stock:SKU-A@east")]
    assert again == []
    assert alert["facts"] == {
        "sku": "SKU-A",
        "warehouse": "east",
        "onHand": 10,
        "daysOfCover": 10.0,
        "leadTimeDays": 14,
    }
    assert resolved["userErrors"] == [] and resolved["alert"]["status"] == "RESOLVED"
    assert [(a.kind.value, a.subject) for a in after_resolving] == [("STOCKOUT_RISK", "stock:SKU-A@east")]


async def test_an_order_far_above_the_customers_history_is_suspicious_once(server: Server) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin, stock=1_000)
    await order("H1", hours_ago=300, email="regular@example.com")
    await order("H2", hours_ago=200, email="regular@example.com")
    big = await order("BIG", quantity=10, hours_ago=1, email="regular@example.com")
    await order("NEW-CUSTOMER-BIG", quantity=50, hours_ago=1, email="new@example.com")  # no history: no judgement
    await order("USUAL", quantity=1, hours_ago=1, email="regular@example.com")

    first = [a for a in await run_rules(NOW) if a.kind == "SUSPICIOUS_ORDER"]  # (the history is late: SLA)
    again = await run_rules(NOW)

    assert [(a.kind.value, a.subject) for a in first] == [("SUSPICIOUS_ORDER", f"order:{big.id}")]
    assert first[0].facts == {
        "order": format_order_number(big.id), "total": "100.00", "currency": "USD", "usualTotal": "10.00",
        "earlierOrders": 2, "why": "more than 3x the customer's average order", "held": False,
    }  # fmt: skip
    assert again == []


async def test_staff_acknowledge_then_resolve_and_a_channel_sees_only_its_own_alerts(server: Server) -> None:
    admin = await make_token(Role.ADMIN)
    ops = await make_token(Role.OPS)
    web = await make_token(Role.CHANNEL, "web")
    await seed_catalog(admin, stock=1_000)
    await order("WEB-LATE", hours_ago=100)
    await order("MARKET-LATE", channel="market", hours_ago=100)
    await run_rules(NOW)
    alerts = {a["facts"]["order"]: a for a in await listed(server, admin)}
    web_alert = next(a for a in alerts.values() if a["subject"].startswith("order:") and a["kind"] == "SLA_BREACH")

    seen_by_web = await listed(server, web)
    acknowledged = await act(server, ops, "alertAcknowledge", web_alert["id"])
    twice = await act(server, ops, "alertAcknowledge", web_alert["id"])
    by_channel = await act(server, web, "alertResolve", web_alert["id"])
    resolved = await act(server, ops, "alertResolve", web_alert["id"])
    missing = await act(server, ops, "alertResolve", "QWxlcnQ6OTk5OTk=")

    assert len(alerts) == 2
    assert [a["id"] for a in seen_by_web] == [
        a["id"] for a in alerts.values() if (await Order.get(id=int(a["subject"].split(":")[1]))).channel_id == 1
    ]
    assert acknowledged["userErrors"] == [] and acknowledged["alert"]["status"] == "ACKNOWLEDGED"
    assert twice["userErrors"] == [
        {
            "field": ["id"],
            "message": "The alert is ACKNOWLEDGED; it cannot become ACKNOWLEDGED.",
            "code": "INVALID_TRANSITION",
        }
    ]
    assert [e["extensions"]["code"] for e in by_channel["errors"]] == ["FORBIDDEN"]
    assert resolved["userErrors"] == [] and resolved["alert"]["status"] == "RESOLVED"
    assert missing["userErrors"] == [{"field": ["id"], "message": "Alert not found.", "code": "NOT_FOUND"}]
    (final,) = [a for a in await listed(server, admin, status=["RESOLVED"])]
    assert (final["status"], final["actor"] is not None, final["acknowledgedAt"] is not None) == (
        "RESOLVED",
        True,
        True,
    )
