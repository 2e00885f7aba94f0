"""Reports computed in the database: measures grouped by any dimensions, over a period.

Each measure is counted on its own fact (services/analytics_facts.py: order lines, orders,
shipments, return lines, scans, customer care, tickets), one SQL GROUP BY per fact the report
needs, on PostgreSQL and SQLite alike; the rows of the facts are merged by their keys, rates
divided from the counts. Rows are always split by currency (amounts in different currencies
are never added up). Nothing is loaded into Python but the result rows.

Measures count what was sold: cancelled orders are left out of orders, units and revenue
and counted on their own. Revenue is merchandise revenue (the lines' totals). Every fact is
placed in time by its order's placing (a support ticket by its own opening): periods are UTC
days, ISO weeks (starting Monday) and months, keyed by their first day. A measure can be
grouped only by what its fact carries (a refund has no SKU; a return reason belongs to
returns only): asking otherwise is INVALID.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from models.access import Role
from models.orders import Order
from services import analytics_rollup, db
from services.access import Principal
from services.analytics_facts import SUPPORTED, Fact, Key, fact_sql, period_sql, statement
from services.errors import DomainError, ErrorCode
from services.sql import is_postgres, sql

MAX_DAYS = 3_700  # about ten years: a report's period
CENTS = Decimal("0.01")


class Measure(StrEnum):
    ORDERS = "ORDERS"
    UNITS = "UNITS"
    REVENUE = "REVENUE"
    AVERAGE_ORDER_VALUE = "AVERAGE_ORDER_VALUE"
    CANCELLED_ORDERS = "CANCELLED_ORDERS"
    CANCELLED_UNITS = "CANCELLED_UNITS"
    CANCELLED_RATE = "CANCELLED_RATE"
    RETURNED_UNITS = "RETURNED_UNITS"
    RETURN_RATE = "RETURN_RATE"
    REFUNDED_AMOUNT = "REFUNDED_AMOUNT"
    BACKORDERED_UNITS = "BACKORDERED_UNITS"
    SPLIT_RATE = "SPLIT_RATE"
    FILL_RATE = "FILL_RATE"
    ON_TIME_SHIP_RATE = "ON_TIME_SHIP_RATE"
    PLACED_TO_ALLOCATED_HOURS = "PLACED_TO_ALLOCATED_HOURS"
    PLACED_TO_SHIPPED_HOURS = "PLACED_TO_SHIPPED_HOURS"
    SHIPPED_TO_DELIVERED_HOURS = "SHIPPED_TO_DELIVERED_HOURS"
    PICK_ACCURACY = "PICK_ACCURACY"
    SATISFACTION = "SATISFACTION"
    RATED_ORDERS = "RATED_ORDERS"
    COMPLAINTS = "COMPLAINTS"
    COMPLAINT_RATE = "COMPLAINT_RATE"
    TICKETS = "TICKETS"
    TICKET_FIRST_RESPONSE_HOURS = "TICKET_FIRST_RESPONSE_HOURS"
    TICKET_RESOLUTION_HOURS = "TICKET_RESOLUTION_HOURS"


class Dimension(StrEnum):
    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"
    CHANNEL = "CHANNEL"
    SKU = "SKU"
    COUNTRY = "COUNTRY"
    REGION = "REGION"
    WAREHOUSE = "WAREHOUSE"
    CARRIER = "CARRIER"
    RETURN_REASON = "RETURN_REASON"
    TICKET_KIND = "TICKET_KIND"


PERIODS = (Dimension.DAY, Dimension.WEEK, Dimension.MONTH)
# Durations: answered as their p50 and p90 (Quantiles).
HOURS = (
    Measure.PLACED_TO_ALLOCATED_HOURS,
    Measure.PLACED_TO_SHIPPED_HOURS,
    Measure.SHIPPED_TO_DELIVERED_HOURS,
    Measure.TICKET_FIRST_RESPONSE_HOURS,
    Measure.TICKET_RESOLUTION_HOURS,
)

_L, _O, _S, _R, _P, _C, _T = Fact.LINES, Fact.ORDERS, Fact.SHIPMENTS, Fact.RETURNS, Fact.SCANS, Fact.CARE, Fact.TICKETS
FACTS: dict[Measure, tuple[Fact, ...]] = {
    Measure.ORDERS: (_L,),
    Measure.UNITS: (_L,),
    Measure.REVENUE: (_L,),
    Measure.AVERAGE_ORDER_VALUE: (_L,),
    Measure.CANCELLED_ORDERS: (_L,),
    Measure.CANCELLED_UNITS: (_L,),
    Measure.CANCELLED_RATE: (_L,),
    Measure.RETURNED_UNITS: (_R,),
    Measure.RETURN_RATE: (_L, _R),
    Measure.REFUNDED_AMOUNT: (_O,),
    Measure.BACKORDERED_UNITS: (_L,),
    Measure.SPLIT_RATE: (_O,),
    Measure.FILL_RATE: (_L,),
    Measure.PLACED_TO_ALLOCATED_HOURS: (_O,),
    Measure.ON_TIME_SHIP_RATE: (_S,),
    Measure.PLACED_TO_SHIPPED_HOURS: (_S,),
    Measure.SHIPPED_TO_DELIVERED_HOURS: (_S,),
    Measure.PICK_ACCURACY: (_P,),
    Measure.SATISFACTION: (_C,),
    Measure.RATED_ORDERS: (_C,),
    Measure.COMPLAINTS: (_C,),
    Measure.COMPLAINT_RATE: (_C,),
    Measure.TICKETS: (_T,),
    Measure.TICKET_FIRST_RESPONSE_HOURS: (_T,),
    Measure.TICKET_RESOLUTION_HOURS: (_T,),
}


# The counts (the facts' aggregates, or values whose percentiles) each measure is read from.
COUNTS: dict[Measure, tuple[str, ...]] = {
    Measure.ORDERS: ("orders",),
    Measure.UNITS: ("units",),
    Measure.REVENUE: ("revenue",),
    Measure.AVERAGE_ORDER_VALUE: ("revenue", "orders"),
    Measure.CANCELLED_ORDERS: ("cancelled",),
    Measure.CANCELLED_UNITS: ("cancelled_units",),
    Measure.CANCELLED_RATE: ("cancelled_units", "units"),
    Measure.RETURNED_UNITS: ("returned_units",),
    Measure.RETURN_RATE: ("returned_units", "units"),
    Measure.REFUNDED_AMOUNT: ("refunded",),
    Measure.BACKORDERED_UNITS: ("backordered_units",),
    Measure.SPLIT_RATE: ("split_orders", "sold_orders"),
    Measure.FILL_RATE: ("filled_units", "units"),
    Measure.PLACED_TO_ALLOCATED_HOURS: ("placed_to_allocated",),  # its percentiles
    Measure.ON_TIME_SHIP_RATE: ("on_time", "shipped"),
    Measure.PLACED_TO_SHIPPED_HOURS: ("placed_to_shipped",),  # its percentiles
    Measure.SHIPPED_TO_DELIVERED_HOURS: ("shipped_to_delivered",),
    Measure.PICK_ACCURACY: ("accepted_scans", "scans"),
    Measure.SATISFACTION: ("rating_total", "rated_orders"),
    Measure.RATED_ORDERS: ("rated_orders",),
    Measure.COMPLAINTS: ("complaints",),
    Measure.COMPLAINT_RATE: ("complained_orders", "care_orders"),
    Measure.TICKETS: ("tickets",),
    Measure.TICKET_FIRST_RESPONSE_HOURS: ("ticket_first_response",),  # its percentiles
    Measure.TICKET_RESOLUTION_HOURS: ("ticket_resolution",),  # its percentiles
}


def _key_of(dimension: Dimension) -> Key:
    return Key.PERIOD if dimension in PERIODS else Key[dimension.value]


def _period(dimension: Dimension, column: str, postgres: bool) -> str:
    return period_sql(dimension.value.lower(), column, postgres)


@dataclass(frozen=True)
class Quantiles:
    p50: float | None
    p90: float | None


@dataclass(frozen=True)
class ReportRow:
    """One group: its keys (None when not grouped by them) and the counts its measures come from."""

    currency: str
    period: date | None = None
    channel: str | None = None
    sku: str | None = None
    country: str | None = None
    region: str | None = None
    warehouse: str | None = None
    carrier: str | None = None
    return_reason: str | None = None
    ticket_kind: str | None = None
    counts: dict[str, Any] = field(default_factory=dict)
    previous: ReportRow | None = None  # the same group in the previous period (compareToPrevious)

    def _int(self, name: str) -> int:
        return int(self.counts.get(name) or 0)

    def _rate(self, part: str, whole: int) -> float | None:
        return self._int(part) / whole if whole else None

    def value(self, measure: Measure) -> Any:
        """The measure's value: int, Decimal (money), float (a rate), Quantiles (hours) or None."""
        m, n = Measure, self._int
        if measure in (m.ORDERS, m.UNITS, m.CANCELLED_UNITS, m.RETURNED_UNITS, m.BACKORDERED_UNITS):
            return n(measure.value.lower())
        if measure is m.CANCELLED_ORDERS:
            return n("cancelled")
        if measure is m.REVENUE:
            return _money(self.counts.get("revenue"))
        if measure is m.REFUNDED_AMOUNT:
            return _money(self.counts.get("refunded"))
        if measure is m.AVERAGE_ORDER_VALUE:
            return (_money(self.counts.get("revenue")) / n("orders")).quantize(CENTS) if n("orders") else None
        if measure is m.CANCELLED_RATE:
            return self._rate("cancelled_units", n("units") + n("cancelled_units"))
        if measure is m.RETURN_RATE:
            return self._rate("returned_units", n("units"))
        if measure is m.FILL_RATE:  # units reserved from stock at placing / units (not cancelled)
            return self._rate("filled_units", n("units"))
        if measure is m.SPLIT_RATE:
            return self._rate("split_orders", n("sold_orders"))
        if measure is m.ON_TIME_SHIP_RATE:
            return self._rate("on_time", n("shipped"))
        if measure is m.PICK_ACCURACY:
            return self._rate("accepted_scans", n("scans"))
        if measure is m.SATISFACTION:  # the average rating, 1 to 5
            return round(n("rating_total") / n("rated_orders"), 4) if n("rated_orders") else None
        if measure is m.RATED_ORDERS:
            return n("rated_orders")
        if measure is m.COMPLAINTS:
            return n("complaints")
        if measure is m.TICKETS:
            return n("tickets")
        if measure is m.COMPLAINT_RATE:  # orders complained about / orders placed (cancelled ones too)
            return self._rate("complained_orders", n("care_orders"))
        name = COUNTS[measure][0]  # a duration: its percentiles
        return Quantiles(*(_hours(self.counts.get(f"{name}_{q}")) for q in ("p50", "p90")))


def _money(amount: Any) -> Decimal:
    return Decimal(str(amount or 0)).quantize(CENTS)


def _hours(value: Any) -> float | None:
    return None if value is None else round(float(value), 4)


@dataclass(frozen=True)
class Query:
    """What a report asks for, checked: measures, dimensions (the period at most once), [start, end)."""

    measures: list[Measure]
    dimensions: list[Dimension]
    start: datetime
    end: datetime
    channel: str | None = None


def check(
    measures: list[Measure],
    dimensions: list[Dimension],
    start: datetime,
    end: datetime,
    *,
    interval: Dimension | None = None,
    channel: str | None = None,
) -> Query:
    """The report asked for, or INVALID saying everything wrong with it."""
    dimensions = list(dict.fromkeys([*dimensions, *([interval] if interval else [])]))
    measures = list(dict.fromkeys(measures))
    found = []
    if interval is not None and interval not in PERIODS:
        found.append("interval must be DAY, WEEK or MONTH.")
    if sum(d in PERIODS for d in dimensions) > 1:
        found.append("Group by at most one period (DAY, WEEK or MONTH).")
    if end <= start:
        found.append("`to` must be after `from`.")
    elif (end - start).days > MAX_DAYS:
        found.append(f"A report covers at most {MAX_DAYS} days.")
    if channel is not None and (not channel or len(channel) > 64):
        found.append("filter.channel must be a channel code (1 to 64 characters).")
    for measure in measures:
        apart = sorted(d.value for d in dimensions if any(_key_of(d) not in SUPPORTED[f] for f in FACTS[measure]))
        if apart:
            found.append(f"{measure.value} cannot be grouped by {', '.join(apart)}.")
    # No measure: the groups of order lines are listed (what _rows reads then), so only their keys.
    apart = sorted(d.value for d in dimensions if _key_of(d) not in SUPPORTED[Fact.LINES])
    if not measures and apart:
        found.append(f"Without measures, a report cannot be grouped by {', '.join(apart)}.")
    if found:
        raise DomainError.one(ErrorCode.INVALID, " ".join(found))
    return Query(measures, dimensions, start, end, channel)


def scope(principal: Principal, channel: str | None) -> tuple[bool, str | None]:
    """(may see anything, the channel to keep to): a CHANNEL token sees its own channel only
    (another channel's filter finds nothing); staff see all; nobody else sees sales."""
    if principal.role is Role.CHANNEL:
        if channel is not None and channel != principal.scope:
            return False, None
        return True, principal.scope
    return principal.is_staff, channel


async def report(
    principal: Principal, query: Query, *, compare_to_previous: bool = False, use_rollup: bool = True
) -> list[ReportRow]:
    """Every measure of `query` for each group of its dimensions among orders placed in
    [start, end); with `compare_to_previous`, each row carries the same group of the period of
    equal length just before (the same bucket by position when grouped by a period).
    Read from the daily rollups where they hold the answer (`use_rollup`, see `_rollup_fits`),
    from the raw rows otherwise: the same rows either way."""
    allowed, channel = scope(principal, query.channel)
    if not allowed:
        return []
    rows = await _rows(query, query.start, query.end, channel, use_rollup)
    if not compare_to_previous:
        return rows
    length = query.end - query.start
    before = await _rows(query, query.start - length, query.start, channel, use_rollup)
    period = next((d for d in query.dimensions if d in PERIODS), None)
    earlier = {_match(r, period, query.start - length): r for r in before}
    return [replace(r, previous=earlier.get(_match(r, period, query.start))) for r in rows]


def _match(row: ReportRow, period: Dimension | None, start: datetime) -> tuple[Any, ...]:
    """A row's keys, its period replaced by the bucket's position counted from `start`'s bucket."""
    position = None
    if period is not None and row.period is not None:
        first = start.astimezone(UTC).date() if start.tzinfo else start.date()
        if period is Dimension.MONTH:
            position = (row.period.year - first.year) * 12 + row.period.month - first.month
        elif period is Dimension.WEEK:
            position = (row.period - (first - timedelta(days=first.weekday()))).days // 7
        else:
            position = (row.period - first).days
    return (
        row.currency,
        position,
        row.channel,
        row.sku,
        row.country,
        row.region,
        row.warehouse,
        row.carrier,
        row.return_reason,
        row.ticket_kind,
    )


# What the rollups keep (services/analytics_rollup.py): sales, cancellations, returns, refunds.
ROLLUP_MEASURES = {
    Measure.ORDERS,
    Measure.UNITS,
    Measure.REVENUE,
    Measure.AVERAGE_ORDER_VALUE,
    Measure.CANCELLED_ORDERS,
    Measure.CANCELLED_UNITS,
    Measure.CANCELLED_RATE,
    Measure.RETURNED_UNITS,
    Measure.RETURN_RATE,
    Measure.REFUNDED_AMOUNT,
}


def _midnight(moment: datetime) -> bool:
    return moment.tzinfo is not None and moment.astimezone(UTC).time() == datetime.min.time()


async def _rollup_fits(query: Query, keys: list[Key], start: datetime, end: datetime) -> bool:
    """The rollups answer when every measure is kept there, the dimensions are a table's keys
    and the period is whole UTC days (a rollup row is one placing day); and once built."""
    if not (set(query.measures) <= ROLLUP_MEASURES and _midnight(start) and _midnight(end)):
        return False
    facts = {f for m in query.measures for f in FACTS[m]} or {Fact.LINES}
    if analytics_rollup.table_for(facts, set(keys)) is None or not await analytics_rollup.is_built():
        return False
    await analytics_rollup.catch_up()  # read every committed change
    return True


async def _rows(
    query: Query, start: datetime, end: datetime, channel: str | None, use_rollup: bool = True
) -> list[ReportRow]:
    conn = db.connection()
    postgres = is_postgres(conn)
    keys = [_key_of(d) for d in query.dimensions]
    if use_rollup and await _rollup_fits(query, keys, start, end):
        unit = next((d.value.lower() for d in query.dimensions if d in PERIODS), None)
        kept = {f for m in query.measures for f in FACTS[m]} or {Fact.LINES}
        days = (start.astimezone(UTC).date(), end.astimezone(UTC).date())
        found = await analytics_rollup.rows(kept, keys, unit, *days, channel)
        return _sorted({_keys(row, keys): row for row in found}, keys)
    period = next((d for d in query.dimensions if d in PERIODS), None)
    # As the ORM writes them (SQLite keeps text: compare like with like).
    created = Order._meta.fields_map["created_at"]
    params: list[Any] = [created.to_db_value(start, Order), created.to_db_value(end, Order)]
    if channel is not None:
        params.append(channel)
    facts = list(dict.fromkeys(f for m in query.measures for f in FACTS[m])) or [Fact.LINES]
    merged: dict[tuple[Any, ...], dict[str, Any]] = {}
    for fact in facts:
        f = fact_sql(fact, postgres)
        where = [f"{f.at} >= ?", f"{f.at} < ?", *(["c.code = ?"] if channel is not None else [])]
        own = {**f.keys, Key.PERIOD: _period(period, f.at, postgres) if period is not None else ""}
        exprs = {k: own[k] for k in keys}
        only = {n for m in query.measures for n in COUNTS[m]}
        found = await conn.execute_query_dict(sql(conn, statement(fact, exprs, where, postgres, only)), params)
        for row in found:
            merged.setdefault(_keys(row, keys), {}).update(row)
    return _sorted(merged, keys)


def _sorted(merged: dict[tuple[Any, ...], dict[str, Any]], keys: list[Key]) -> list[ReportRow]:
    ordered = sorted(merged.items(), key=lambda item: tuple((v is None, str(v)) for v in item[0]))
    return [_row(row, keys) for _, row in ordered]


def _keys(row: dict[str, Any], keys: list[Key]) -> tuple[Any, ...]:
    return (row["currency"], *(_as_date(row["k_period"]) if k is Key.PERIOD else row[f"k_{k.value}"] for k in keys))


def _as_date(value: Any) -> date | None:
    if isinstance(value, str):  # SQLite answers dates as text
        return date.fromisoformat(value)
    if isinstance(value, datetime):
        return value.date()
    return value  # type: ignore[no-any-return]


def _row(row: dict[str, Any], keys: list[Key]) -> ReportRow:
    def key(k: Key) -> Any:
        return row.get(f"k_{k.value}") if k in keys else None

    return ReportRow(
        currency=row["currency"],
        period=_as_date(key(Key.PERIOD)),
        channel=key(Key.CHANNEL),
        sku=key(Key.SKU),
        country=key(Key.COUNTRY),
        region=key(Key.REGION),
        warehouse=key(Key.WAREHOUSE),
        carrier=key(Key.CARRIER),
        return_reason=key(Key.RETURN_REASON),
        ticket_kind=key(Key.TICKET_KIND),
        counts=row,
    )
