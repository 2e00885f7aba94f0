"""`analytics { report }`'s measures beyond sales, each equal to the same aggregate computed in
Python from the raw rows (tests/fixtures/analytics.py), on random history with cancellations,
backorders, splits, shipments, returns, refunds and scans; `interval` and `compareToPrevious`."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from models.access import Role
from models.inventory import MovementReason
from models.orders import Order, OrderStatus
from services.access import SYSTEM
from services.inventory import adjust_stock
from services.order_drafts import AddressDraft, LineDraft, OrderDraft
from services.orders import place_order
from tests.fixtures.analytics import END, KEYS, START, Group, expected, percentile, random_history
from tests.fixtures.catalog import seed_catalog
from tests.fixtures.database import make_token
from tests.fixtures.server import Server

# random history written straight to the tables (tests/fixtures/analytics.py): the ledger is not what it reconciles against.
pytestmark = pytest.mark.stock_drift

ROW_KEYS = " ".join(KEYS)
REPORT = """
query($m: [ReportMeasure!]!, $d: [ReportDimension!]!, $from: DateTime!, $to: DateTime!, $f: ReportFilter,
      $i: ReportInterval, $c: Boolean! = false) {
  analytics { report(measures: $m, dimensions: $d, from: $from, to: $to, filter: $f, interval: $i,
                     compareToPrevious: $c) { %s } }
}
"""
FIELDS = {
    "LINES": "orders units cancelledOrders cancelledUnits cancelledRate backorderedUnits "
    "revenue { amount } averageOrderValue { amount } fillRate",
    "ORDERS": "refundedAmount { amount } splitRate placedToAllocatedHours { p50 p90 }",
    "SHIPMENTS": "onTimeShipRate placedToShippedHours { p50 p90 } shippedToDeliveredHours { p50 p90 }",
    "RETURNS": "returnedUnits",
    "SCANS": "pickAccuracy",
}
MEASURES = {
    "LINES": [
        "ORDERS",
        "UNITS",
        "CANCELLED_ORDERS",
        "CANCELLED_UNITS",
        "CANCELLED_RATE",
        "BACKORDERED_UNITS",
        "REVENUE",
        "AVERAGE_ORDER_VALUE",
        "FILL_RATE",
    ],
    "ORDERS": ["REFUNDED_AMOUNT", "SPLIT_RATE", "PLACED_TO_ALLOCATED_HOURS"],
    "SHIPMENTS": ["ON_TIME_SHIP_RATE", "PLACED_TO_SHIPPED_HOURS", "SHIPPED_TO_DELIVERED_HOURS"],
    "RETURNS": ["RETURNED_UNITS"],
    "SCANS": ["PICK_ACCURACY"],
}


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _money(amount: Decimal) -> dict[str, str]:
    return {"amount": f"{amount:.2f}"}


def _quantiles(values: list[float]) -> dict[str, Any]:
    return {"p50": percentile(values, 0.5), "p90": percentile(values, 0.9)}


def render(fact: str, g: Group) -> dict[str, Any]:
    n = g.n
    if fact == "LINES":
        orders = len(g.orders)
        return {
            "orders": orders,
            "units": n["units"],
            "cancelledOrders": len(g.cancelled),
            "cancelledUnits": n["cancelled_units"],
            "cancelledRate": _rate(n["cancelled_units"], n["units"] + n["cancelled_units"]),
            "backorderedUnits": n["backordered_units"],
            "revenue": _money(g.revenue),
            "averageOrderValue": _money((g.revenue / orders).quantize(Decimal("0.01"))) if orders else None,
            "fillRate": _rate(n["filled_units"], n["units"]),
        }
    if fact == "ORDERS":
        return {
            "refundedAmount": _money(g.refunded),
            "splitRate": _rate(len(g.split_orders), len(g.sold_orders)),
            "placedToAllocatedHours": _quantiles(g.to_allocate),
        }
    if fact == "SHIPMENTS":
        return {
            "onTimeShipRate": _rate(n["on_time"], n["shipped"]),
            "placedToShippedHours": _quantiles(g.to_ship),
            "shippedToDeliveredHours": _quantiles(g.to_deliver),
        }
    if fact == "RETURNS":
        return {"returnedUnits": n["returned_units"]}
    return {"pickAccuracy": _rate(n["accepted_scans"], n["scans"])}


def approx(row: dict[str, Any]) -> dict[str, Any]:
    """Hours are floats computed two ways (the database's date arithmetic, Python's): to 3 places."""
    out = dict(row)
    for name in ("placedToAllocatedHours", "placedToShippedHours", "shippedToDeliveredHours"):
        if name in out:
            out[name] = {q: None if v is None else pytest.approx(v, abs=1e-3) for q, v in out[name].items()}
    return out


async def report(server: Server, token: str, fact: str, dimensions: list[str], **extra: Any) -> list[dict[str, Any]]:
    variables = {"m": MEASURES[fact], "d": dimensions, "from": START.isoformat(), "to": END.isoformat(), **extra}
    body = await server.gql(REPORT % f"{ROW_KEYS} {FIELDS[fact]}", variables, token=token)
    assert "errors" not in body, body
    return body["data"]["analytics"]["report"]  # type: ignore[no-any-return]


def keyed(rows: list[dict[str, Any]]) -> dict[tuple[Any, ...], dict[str, Any]]:
    return {tuple(r[k] for k in KEYS): {k: v for k, v in r.items() if k not in KEYS} for r in rows}


CASES = [
    ("LINES", []),
    ("LINES", ["WEEK", "SKU"]),
    ("LINES", ["MONTH", "CHANNEL", "COUNTRY"]),
    ("LINES", ["COUNTRY", "REGION", "SKU"]),
    ("ORDERS", ["DAY", "CHANNEL"]),
    ("ORDERS", ["COUNTRY"]),
    ("ORDERS", ["WEEK", "REGION"]),
    ("SHIPMENTS", []),
    ("SHIPMENTS", ["CHANNEL", "WAREHOUSE"]),
    ("SHIPMENTS", ["MONTH", "CARRIER"]),
    ("SHIPMENTS", ["REGION", "WAREHOUSE"]),
    ("RETURNS", ["RETURN_REASON"]),
    ("RETURNS", ["WEEK", "SKU", "RETURN_REASON"]),
    ("SCANS", ["WAREHOUSE"]),
    ("SCANS", ["MONTH", "SKU", "CHANNEL"]),
    ("RETURNS", ["REGION", "RETURN_REASON"]),
    ("SCANS", ["REGION"]),
]


@pytest.mark.parametrize(("fact", "dimensions"), CASES)
async def test_each_measure_equals_the_aggregate_of_the_raw_rows(
    server: Server, fact: str, dimensions: list[str]
) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin, stock=10_000)
    await random_history(70)

    rows = keyed(await report(server, admin, fact, dimensions))

    want = {key: approx(render(fact, g)) for key, g in (await expected({fact}, dimensions)).items()}
    assert rows == want
    assert len(rows) >= 1


async def test_a_return_rate_joins_returns_to_the_units_sold(server: Server) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin, stock=10_000)
    await random_history(50, seed=11)

    body = await server.gql(
        REPORT % f"{ROW_KEYS} units returnedUnits returnRate",
        {
            "m": ["RETURN_RATE", "UNITS", "RETURNED_UNITS"],
            "d": ["SKU"],
            "from": START.isoformat(),
            "to": END.isoformat(),
        },
        token=admin,
    )

    lines = await expected({"LINES"}, ["SKU"])
    returns = await expected({"RETURNS"}, ["SKU"])
    want = {}
    for key in lines.keys() | returns.keys():
        units = lines[key].n["units"] if key in lines else 0
        back = returns[key].n["returned_units"] if key in returns else 0
        want[key] = {"units": units, "returnedUnits": back, "returnRate": _rate(back, units)}
    assert keyed(body["data"]["analytics"]["report"]) == want


async def test_interval_buckets_and_compare_to_previous_gives_the_same_bucket_of_the_period_before(
    server: Server,
) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin, stock=10_000)
    await random_history(60, seed=5)
    middle = START + (END - START) / 2
    # Two equal halves of the quarter, by week: the second half compared to the first.
    variables = {"m": ["ORDERS", "UNITS"], "d": ["CHANNEL"], "from": middle.isoformat(), "to": END.isoformat()}

    body = await server.gql(
        REPORT % "period channel orders units previous { period channel orders units }",
        {**variables, "i": "DAY", "c": True},
        token=admin,
    )

    rows = body["data"]["analytics"]["report"]
    now = await expected({"LINES"}, ["DAY", "CHANNEL"], middle, END)
    before = await expected({"LINES"}, ["DAY", "CHANNEL"], START, middle)
    assert {(r["period"], r["channel"]): (r["orders"], r["units"]) for r in rows} == {
        (k[1], k[2]): (len(g.orders), g.n["units"]) for k, g in now.items()
    }
    shift = (middle - START).days
    for row in rows:
        earlier = (date.fromisoformat(row["period"]) - timedelta(days=shift)).isoformat()
        match = before.get(("USD", earlier, row["channel"], None, None, None, None, None, None))
        want = (
            None
            if match is None
            else {"period": earlier, "channel": row["channel"], "orders": len(match.orders), "units": match.n["units"]}
        )
        assert row["previous"] == want
    assert any(r["previous"] for r in rows)


async def test_a_measure_is_grouped_only_by_what_its_rows_carry_and_arguments_are_checked_at_the_edge(
    server: Server,
) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin)
    base = {"from": START.isoformat(), "to": END.isoformat()}

    refunds_by_sku = await server.gql(REPORT % "sku", {**base, "m": ["REFUNDED_AMOUNT"], "d": ["SKU"]}, token=admin)
    two_periods = await server.gql(
        REPORT % "period", {**base, "m": ["ORDERS"], "d": ["WEEK"], "i": "MONTH"}, token=admin
    )
    year_one = await server.gql(
        REPORT % "orders", {**base, "m": ["ORDERS"], "d": [], "from": "0001-01-01T00:00:00Z"}, token=admin
    )
    # A lone surrogate: JSON can carry it escaped, no database column can hold it.
    surrogate = (
        await server.http.post(
            "/graphql",
            content=json.dumps(
                {
                    "query": REPORT % "orders",
                    "variables": {**base, "m": ["ORDERS"], "d": [], "f": {"channel": "\ud800"}},
                }
            ),
            headers={"Authorization": f"Bearer {admin}", "Content-Type": "application/json"},
        )
    ).json()

    assert [(e["message"], e["extensions"]["code"]) for e in refunds_by_sku["errors"]] == [
        ("REFUNDED_AMOUNT cannot be grouped by SKU.", "INVALID")
    ]
    assert [(e["message"], e["extensions"]["code"]) for e in two_periods["errors"]] == [
        ("Group by at most one period (DAY, WEEK or MONTH).", "INVALID")
    ]
    assert [e["extensions"]["code"] for e in year_one["errors"]] == ["INVALID"]
    assert [(e["message"], e["extensions"]["code"]) for e in surrogate["errors"]] == [
        ("channel must be valid Unicode text.", "INVALID")
    ]


async def test_fill_rate_counts_what_placing_reserved_from_stock_not_what_came_later(server: Server) -> None:
    """Through the services, not written to the tables: placing reserves before it writes its
    history, which is what FILL_RATE's "reserved at placing" reads."""
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin, stock=3)
    short = await _place("short", [("SKU-A", 5), ("SKU-B", 2)])  # 2 units of SKU-A backordered
    full = await _place("full", [("SKU-C", 1)])
    await adjust_stock(SYSTEM, sku="SKU-A", warehouse="east", delta=10, reason=MovementReason.RECEIPT)
    now = datetime.now(UTC)
    window = {"from": (now - timedelta(days=1)).isoformat(), "to": (now + timedelta(days=1)).isoformat()}

    body = await server.gql(
        REPORT % "units fillRate placedToAllocatedHours { p50 p90 }",
        {"m": ["UNITS", "FILL_RATE", "PLACED_TO_ALLOCATED_HOURS"], "d": [], **window},
        token=admin,
    )

    assert short.status == OrderStatus.PARTIALLY_ALLOCATED and full.status == OrderStatus.ALLOCATED
    [row] = body["data"]["analytics"]["report"]
    assert (row["units"], row["fillRate"]) == (8, 0.75)  # 3 + 2 + 1 of 8 reserved at placing
    # The order allocated at placing took about no time (and the one allocated later, if the
    # receipt sourced it, seconds): well under a minute.
    assert 0 <= row["placedToAllocatedHours"]["p50"] < 1 / 60


async def _place(ref: str, lines: list[tuple[str, int]]) -> Order:
    placed = await place_order(
        SYSTEM,
        OrderDraft(
            channel="web",
            external_ref=ref,
            customer_email="fill@example.com",
            customer_name=None,
            shipping_address=AddressDraft(country="US", region="CA"),
            lines=[LineDraft(sku=sku, quantity=quantity) for sku, quantity in lines],
        ),
    )
    return placed.order
