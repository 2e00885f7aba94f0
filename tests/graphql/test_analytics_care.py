"""Customer-care measures of `analytics { report }` (issue 14): SATISFACTION (the average
feedback rating), RATED_ORDERS, COMPLAINTS and COMPLAINT_RATE by channel, country, warehouse and
carrier (an order's first shipment), each equal to the same aggregate computed by a raw SQL
statement written independently here (correlated subqueries instead of the report's joins)."""

from __future__ import annotations

import random
from typing import Any

import pytest

from models.access import Role
from models.orders import Order
from models.tickets import OrderFeedback, Ticket, TicketKind
from services import db
from services.sql import sql
from tests.fixtures.analytics import END, START, random_history
from tests.fixtures.catalog import seed_catalog
from tests.fixtures.database import make_token
from tests.fixtures.server import Server

# random history written straight to the tables (tests/fixtures/analytics.py): the ledger is not what it reconciles against.
pytestmark = pytest.mark.stock_drift

REPORT = """query($m: [ReportMeasure!]!, $d: [ReportDimension!]!, $from: DateTime!, $to: DateTime!) {
  analytics { report(measures: $m, dimensions: $d, from: $from, to: $to) {
    currency channel country warehouse carrier satisfaction ratedOrders complaints complaintRate } } }"""
MEASURES = ["SATISFACTION", "RATED_ORDERS", "COMPLAINTS", "COMPLAINT_RATE"]
COLUMNS = {"CHANNEL": "c.code", "COUNTRY": "o.ship_country", "WAREHOUSE": "w.code", "CARRIER": "ca.code"}
RAW = """SELECT o.currency AS currency, {keys}
  COUNT(*) AS placed,
  COUNT(f.rating) AS rated,
  SUM(f.rating) AS rating_sum,
  SUM((SELECT COUNT(*) FROM ticket t WHERE t.order_id = o.id AND t.kind = 'COMPLAINT')) AS complaints,
  SUM(CASE WHEN EXISTS (SELECT 1 FROM ticket t WHERE t.order_id = o.id AND t.kind = 'COMPLAINT')
      THEN 1 ELSE 0 END) AS complained
FROM "order" o
JOIN channel c ON c.id = o.channel_id
LEFT JOIN order_feedback f ON f.order_id = o.id
LEFT JOIN shipment sh ON sh.id = (
  SELECT MIN(s.id) FROM shipment s WHERE s.order_id = o.id AND s.status <> 'CANCELLED')
LEFT JOIN warehouse w ON w.id = sh.warehouse_id
LEFT JOIN carrier ca ON ca.id = sh.carrier_id
WHERE o.created_at >= ? AND o.created_at < ?
GROUP BY o.currency{group}"""


async def feedback_and_complaints(seed: int) -> None:
    """Ratings on about half the orders; 0-2 complaints and some questions per order; a
    complaint about no order (counted nowhere: it has no channel)."""
    rng = random.Random(seed)
    feedback, tickets = [], []
    for order_id, email in await Order.all().order_by("id").values_list("id", "customer__email"):
        if rng.random() < 0.5:
            feedback.append(OrderFeedback(order_id=order_id, rating=rng.randint(1, 5), actor="customer:test"))
        kinds = [TicketKind.COMPLAINT] * rng.choice([0, 0, 0, 1, 2]) + [TicketKind.QUESTION] * rng.randint(0, 1)
        tickets += [
            Ticket(order_id=order_id, customer_email=email, kind=k, subject="s", opened_by="test") for k in kinds
        ]
    tickets.append(Ticket(customer_email="x@example.com", kind=TicketKind.COMPLAINT, subject="s", opened_by="test"))
    await OrderFeedback.bulk_create(feedback)
    await Ticket.bulk_create(tickets)


async def raw(dimensions: list[str]) -> dict[tuple[Any, ...], dict[str, Any]]:
    conn = db.connection()
    keys = "".join(f"{COLUMNS[d]} AS k{i}, " for i, d in enumerate(dimensions))
    group = "".join(f", {COLUMNS[d]}" for d in dimensions)
    created = Order._meta.fields_map["created_at"]
    params = [created.to_db_value(START, Order), created.to_db_value(END, Order)]
    rows = await conn.execute_query_dict(sql(conn, RAW.format(keys=keys, group=group)), params)
    out = {}
    for row in rows:
        rated, placed = int(row["rated"]), int(row["placed"])
        out[(row["currency"], *(row[f"k{i}"] for i in range(len(dimensions))))] = {
            "satisfaction": round(int(row["rating_sum"]) / rated, 4) if rated else None,
            "ratedOrders": rated,
            "complaints": int(row["complaints"]),
            "complaintRate": int(row["complained"]) / placed,
        }
    return out


@pytest.mark.parametrize(
    "dimensions", [[], ["CHANNEL"], ["WAREHOUSE"], ["CARRIER"], ["CHANNEL", "COUNTRY", "WAREHOUSE", "CARRIER"]]
)
async def test_care_measures_equal_a_raw_sql_aggregate(server: Server, dimensions: list[str]) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin, stock=10_000)
    await random_history(60, seed=3)
    await feedback_and_complaints(seed=3)

    body = await server.gql(
        REPORT, {"m": MEASURES, "d": dimensions, "from": START.isoformat(), "to": END.isoformat()}, token=admin
    )

    assert "errors" not in body, body
    got = {
        (r["currency"], *(r[d.lower()] for d in dimensions)): {
            k: r[k] for k in ("satisfaction", "ratedOrders", "complaints", "complaintRate")
        }
        for r in body["data"]["analytics"]["report"]
    }
    want = await raw(dimensions)
    assert got == {k: {**v, "complaintRate": pytest.approx(v["complaintRate"])} for k, v in want.items()}
    # and the history has something to measure in every cut
    assert sum(v["ratedOrders"] for v in got.values()) > 0 and sum(v["complaints"] for v in got.values()) > 0
    assert len(got) >= 1 + len(dimensions)


async def test_care_measures_cannot_be_grouped_by_sku(server: Server) -> None:
    admin = await make_token(Role.ADMIN)
    variables = {"m": ["SATISFACTION"], "d": ["SKU"], "from": START.isoformat(), "to": END.isoformat()}

    body = await server.gql(REPORT, variables, token=admin)

    assert [e["extensions"]["code"] for e in body["errors"]] == ["INVALID"]
    assert "SATISFACTION cannot be grouped by SKU." in body["errors"][0]["message"]
