"""Sales reports computed in the database: measures grouped by any dimensions, over a period.

One SQL statement per report, on PostgreSQL and SQLite alike: orders joined to their lines
(and channel), grouped by the requested dimensions and always by currency (amounts in
different currencies are never added up). Nothing is loaded into Python but the result rows.

Measures count what was sold: cancelled orders are left out of orders, units and revenue
and counted on their own. Revenue is merchandise revenue (the lines' totals). Periods are
UTC days, ISO weeks (starting Monday) and months, keyed by their first day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from models.access import Role
from models.orders import Order
from services import db
from services.access import Principal
from services.errors import DomainError, ErrorCode
from services.sql import is_postgres, sql

MAX_DAYS = 3_700  # about ten years: a report's period


class Measure(StrEnum):
    ORDERS = "ORDERS"
    UNITS = "UNITS"
    REVENUE = "REVENUE"
    AVERAGE_ORDER_VALUE = "AVERAGE_ORDER_VALUE"
    CANCELLED_ORDERS = "CANCELLED_ORDERS"


class Dimension(StrEnum):
    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"
    CHANNEL = "CHANNEL"
    SKU = "SKU"
    COUNTRY = "COUNTRY"


PERIODS = (Dimension.DAY, Dimension.WEEK, Dimension.MONTH)

_SOLD = "o.status <> 'CANCELLED'"
_AGGREGATES = {
    "orders": f"COUNT(DISTINCT CASE WHEN {_SOLD} THEN o.id END)",
    "units": f"COALESCE(SUM(CASE WHEN {_SOLD} THEN l.quantity ELSE 0 END), 0)",
    "revenue": f"COALESCE(SUM(CASE WHEN {_SOLD} THEN l.line_total ELSE 0 END), 0)",
    "cancelled": "COUNT(DISTINCT CASE WHEN o.status = 'CANCELLED' THEN o.id END)",
}


def _period(dimension: Dimension, postgres: bool) -> str:
    if postgres:
        unit = {Dimension.DAY: "day", Dimension.WEEK: "week", Dimension.MONTH: "month"}[dimension]
        return f"CAST(date_trunc('{unit}', o.created_at AT TIME ZONE 'UTC') AS DATE)"
    return {
        Dimension.DAY: "date(o.created_at)",
        # SQLite: the coming Sunday (or today, if Sunday), then back six days: Monday.
        Dimension.WEEK: "date(o.created_at, 'weekday 0', '-6 days')",
        Dimension.MONTH: "date(o.created_at, 'start of month')",
    }[dimension]


def _key(dimension: Dimension, postgres: bool) -> str:
    if dimension in PERIODS:
        return _period(dimension, postgres)
    return {Dimension.CHANNEL: "c.code", Dimension.SKU: "l.sku", Dimension.COUNTRY: "o.ship_country"}[dimension]


@dataclass(frozen=True)
class ReportRow:
    currency: str
    period: date | None
    channel: str | None
    sku: str | None
    country: str | None
    orders: int
    units: int
    revenue: Decimal
    cancelled_orders: int

    @property
    def average_order_value(self) -> Decimal | None:
        return (self.revenue / self.orders).quantize(Decimal("0.01")) if self.orders else None


def _problems(dimensions: list[Dimension], start: datetime, end: datetime, channel: str | None) -> list[str]:
    found = []
    if sum(d in PERIODS for d in dimensions) > 1:
        found.append("Group by at most one period (DAY, WEEK or MONTH).")
    if end <= start:
        found.append("`to` must be after `from`.")
    elif (end - start).days > MAX_DAYS:
        found.append(f"A report covers at most {MAX_DAYS} days.")
    if channel is not None and (not channel or len(channel) > 64):
        found.append("filter.channel must be a channel code (1 to 64 characters).")
    return found


async def report(
    principal: Principal,
    *,
    dimensions: list[Dimension],
    start: datetime,
    end: datetime,
    channel: str | None = None,
) -> list[ReportRow]:
    """Every measure for each group of `dimensions` among orders placed in [start, end);
    a CHANNEL token sees its own channel only (another channel's filter finds nothing)."""
    dimensions = list(dict.fromkeys(dimensions))
    problems = _problems(dimensions, start, end, channel)
    if problems:
        raise DomainError.one(ErrorCode.INVALID, " ".join(problems))
    if principal.role is Role.CHANNEL:
        if channel is not None and channel != principal.scope:
            return []
        channel = principal.scope
    elif not principal.is_staff:
        return []
    conn = db.connection()
    postgres = is_postgres(conn)
    keys = {d: _key(d, postgres) for d in dimensions}
    columns = ["o.currency AS currency", *(f"{expr} AS k_{d.value.lower()}" for d, expr in keys.items())]
    columns += [f"{expr} AS {name}" for name, expr in _AGGREGATES.items()]
    where = ["o.created_at >= ?", "o.created_at < ?"]
    # As the ORM writes them (SQLite keeps text: compare like with like).
    created = Order._meta.fields_map["created_at"]
    params: list[Any] = [created.to_db_value(start, Order), created.to_db_value(end, Order)]
    if channel is not None:
        where.append("c.code = ?")
        params.append(channel)
    group = ["o.currency", *keys.values()]
    statement = (
        f'SELECT {", ".join(columns)} FROM "order" o '
        "JOIN channel c ON c.id = o.channel_id JOIN order_line l ON l.order_id = o.id "
        f"WHERE {' AND '.join(where)} GROUP BY {', '.join(group)} ORDER BY {', '.join(group)}"
    )
    rows = await conn.execute_query_dict(sql(conn, statement), params)
    return [_row(row, dimensions) for row in rows]


def _row(row: dict[str, Any], dimensions: list[Dimension]) -> ReportRow:
    period = next((row[f"k_{d.value.lower()}"] for d in dimensions if d in PERIODS), None)
    if isinstance(period, str):  # SQLite answers dates as text
        period = date.fromisoformat(period)
    elif isinstance(period, datetime):
        period = period.date()
    return ReportRow(
        currency=row["currency"],
        period=period,
        channel=row.get("k_channel"),
        sku=row.get("k_sku"),
        country=row.get("k_country"),
        orders=int(row["orders"]),
        units=int(row["units"]),
        revenue=Decimal(str(row["revenue"])).quantize(Decimal("0.01")),
        cancelled_orders=int(row["cancelled"]),
    )
