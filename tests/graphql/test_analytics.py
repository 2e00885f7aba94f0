"""`analytics { report }`: measures by dimensions, computed in SQL, equal to the same aggregate
computed from the raw rows in Python, on random orders spread over months, with cancellations."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from models.access import Role
from models.orders import Order, OrderLine
from services import order_actions
from services.access import SYSTEM
from services.order_drafts import AddressDraft, LineDraft, OrderDraft
from services.orders import place_order
from tests.fixtures.catalog import seed_catalog
from tests.fixtures.database import make_token
from tests.fixtures.server import Server

START = datetime(2026, 1, 1, tzinfo=UTC)
END = datetime(2026, 4, 1, tzinfo=UTC)
REPORT = """
query($d: [ReportDimension!]!, $from: DateTime!, $to: DateTime!, $f: ReportFilter) {
  analytics { report(measures: [ORDERS, UNITS, REVENUE, AVERAGE_ORDER_VALUE, CANCELLED_ORDERS],
                     dimensions: $d, from: $from, to: $to, filter: $f) {
    currency period channel sku country orders units revenue { amount } averageOrderValue { amount } cancelledOrders
  } }
}
"""


async def random_orders(count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for i in range(count):
        lines = rng.sample(["SKU-A", "SKU-B", "SKU-C"], rng.randint(1, 3))
        placed = await place_order(
            SYSTEM,
            OrderDraft(
                channel=rng.choice(["web", "market"]),
                external_ref=f"R-{i}",
                customer_email=f"c{i % 7}@example.com",
                customer_name=None,
                shipping_address=AddressDraft(country=rng.choice(["US", "DE"])),
                lines=[LineDraft(sku=sku, quantity=rng.randint(1, 4)) for sku in lines],
            ),
        )
        # Placed at a random moment of the quarter (and a few just outside it)
        at = START + timedelta(seconds=rng.randint(-86_400 * 3, int((END - START).total_seconds()) + 86_400 * 3))
        await Order.filter(id=placed.order.id).update(created_at=at)
        if rng.random() < 0.2:
            await order_actions.cancel_order(SYSTEM, order_id=placed.order.id, reason="changed mind")


def period_of(moment: datetime, dimension: str) -> date:
    day = moment.astimezone(UTC).date()
    if dimension == "WEEK":
        return day - timedelta(days=day.weekday())
    if dimension == "MONTH":
        return day.replace(day=1)
    return day


async def expected(dimensions: list[str], channel: str | None = None) -> list[dict[str, Any]]:
    """The same report from the raw rows, in Python."""
    groups: dict[tuple[Any, ...], dict[str, Any]] = defaultdict(
        lambda: {"orders": set(), "units": 0, "revenue": Decimal("0"), "cancelled": set()}
    )
    orders = {
        o.id: o for o in await Order.filter(created_at__gte=START, created_at__lt=END).prefetch_related("channel")
    }
    for line in await OrderLine.filter(order_id__in=list(orders)):
        order = orders[line.order_id]
        if channel is not None and order.channel.code != channel:
            continue
        key: dict[str, Any] = {
            "currency": order.currency,
            "period": None,
            "channel": None,
            "sku": None,
            "country": None,
        }
        for d in dimensions:
            if d in ("DAY", "WEEK", "MONTH"):
                key["period"] = period_of(order.created_at, d).isoformat()
            else:
                key[d.lower()] = {"CHANNEL": order.channel.code, "SKU": line.sku, "COUNTRY": order.ship_country}[d]
        group = groups[tuple(key.items())]
        if order.status == "CANCELLED":
            group["cancelled"].add(order.id)
        else:
            group["orders"].add(order.id)
            group["units"] += line.quantity
            group["revenue"] += line.line_total
    rows = []
    for key, g in groups.items():
        n = len(g["orders"])
        rows.append(
            {
                **dict(key),
                "orders": n,
                "units": g["units"],
                "revenue": {"amount": f"{g['revenue']:.2f}"},
                "averageOrderValue": {"amount": f"{(g['revenue'] / n).quantize(Decimal('0.01'))}"} if n else None,
                "cancelledOrders": len(g["cancelled"]),
            }
        )
    return sorted(rows, key=_order)


def _order(row: dict[str, Any]) -> tuple[str, ...]:
    return tuple(str(row[k]) for k in ("currency", "period", "channel", "sku", "country"))


async def report(server: Server, token: str, dimensions: list[str], **extra: Any) -> dict[str, Any]:
    variables = {"d": dimensions, "from": START.isoformat(), "to": END.isoformat(), **extra}
    return await server.gql(REPORT, variables, token=token)


@pytest.mark.parametrize(
    "dimensions",
    [[], ["DAY"], ["WEEK", "CHANNEL"], ["MONTH", "SKU"], ["COUNTRY", "SKU", "CHANNEL"], ["MONTH", "COUNTRY"]],
)
async def test_every_report_equals_the_aggregate_of_the_raw_rows(server: Server, dimensions: list[str]) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin, stock=10_000)
    await random_orders(60)

    body = await report(server, admin, dimensions)

    rows = sorted(body["data"]["analytics"]["report"], key=_order)
    assert rows == await expected(dimensions)
    assert sum(r["orders"] + r["cancelledOrders"] for r in rows) >= 1


async def test_a_channel_token_sees_its_own_channel_only(server: Server) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin, stock=10_000)
    await random_orders(30, seed=3)
    web = await make_token(Role.CHANNEL, "web")

    own = await report(server, web, ["CHANNEL"])
    other = await report(server, web, ["CHANNEL"], f={"channel": "market"})

    assert {r["channel"] for r in own["data"]["analytics"]["report"]} == {"web"}
    assert own["data"]["analytics"]["report"] == await expected(["CHANNEL"], channel="web")
    assert other["data"]["analytics"]["report"] == []


async def test_reports_refuse_what_makes_no_sense_and_roles_that_may_not_see_sales(server: Server) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin)
    warehouse = await make_token(Role.WAREHOUSE, "east")

    two_periods = await report(server, admin, ["DAY", "MONTH"])
    backwards = await server.gql(REPORT, {"d": [], "from": END.isoformat(), "to": START.isoformat()}, token=admin)
    forbidden = await report(server, warehouse, [])

    assert [e["extensions"]["code"] for e in two_periods["errors"]] == ["INVALID"]
    assert [e["extensions"]["code"] for e in backwards["errors"]] == ["INVALID"]
    assert [e["extensions"]["code"] for e in forbidden["errors"]] == ["FORBIDDEN"]
