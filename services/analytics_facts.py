"""The SQL of reports: one GROUP BY statement per fact table a report needs.

A fact is what a family of measures counts, at its own grain: order lines (sales, cancellations,
backorders, fill at placing), orders (refunds, splits, time to allocation), shipments (on-time,
cycle times), return lines (returns by reason), scans (pick accuracy), customer care (an
order's feedback rating and complaints, placed at the warehouse and carrier of its first
shipment) and support tickets (first-response and resolution times). Each fact joins up to its
order, so every fact is keyed by the order's placing time (a ticket: its own opening),
channel and shipping country and region, and by what its own rows carry (a line's SKU, a
shipment's warehouse and carrier, a return line's reason, a scan's warehouse and SKU).

Each statement selects the fact's rows with their keys (`base`), then groups them by currency
and keys. Percentiles are PostgreSQL's `percentile_cont`; SQLite has none, so there each value
is ranked within its group by a window and the same linear interpolation is read off the ranks.
Durations are hours.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum


class Fact(StrEnum):
    LINES = "LINES"
    ORDERS = "ORDERS"
    SHIPMENTS = "SHIPMENTS"
    RETURNS = "RETURNS"
    SCANS = "SCANS"
    CARE = "CARE"
    TICKETS = "TICKETS"


class Key(StrEnum):
    """What a fact's rows may be grouped by (services.analytics.Dimension, periods as PERIOD)."""

    PERIOD = "period"
    CHANNEL = "channel"
    SKU = "sku"
    COUNTRY = "country"
    REGION = "region"
    WAREHOUSE = "warehouse"
    CARRIER = "carrier"
    RETURN_REASON = "return_reason"
    TICKET_KIND = "ticket_kind"


ORDER_KEYS = {Key.PERIOD, Key.CHANNEL, Key.COUNTRY, Key.REGION}

_ORDER = 'FROM "order" o JOIN channel c ON c.id = o.channel_id'
# Units still covered (reserved or shipped) per order and product.
_COVERED = (
    "SELECT order_id, product_id, SUM(quantity) AS covered FROM allocation "
    "WHERE status IN ('RESERVED', 'SHIPPED') GROUP BY order_id, product_id"
)
# Sources (warehouses, drop-ship suppliers) per order, among allocations not released.
_SOURCES = (
    "SELECT order_id, COUNT(DISTINCT COALESCE(CAST(warehouse_id AS TEXT), 's' || CAST(supplier_id AS TEXT))) "
    "AS sources FROM allocation WHERE status IN ('RESERVED', 'SHIPPED') GROUP BY order_id"
)
# Units reserved from stock (a warehouse, not a drop-ship supplier) at placing, per order and
# product: allocations written no later than the order's placing outcome, its first history
# entry out of PENDING (placing writes the reservations before it; a reservation made later,
# once stock came in, is after it). Released ones count too: they were reserved at placing.
_PLACING = (
    "SELECT order_id, MIN(created_at) AS placed_at FROM order_event WHERE from_status = 'PENDING' GROUP BY order_id"
)
_FILLED = (
    "SELECT fa.order_id, fa.product_id, SUM(fa.quantity) AS filled FROM allocation fa "
    f"JOIN ({_PLACING}) fp ON fp.order_id = fa.order_id "
    "WHERE fa.warehouse_id IS NOT NULL AND fa.created_at <= fp.placed_at GROUP BY fa.order_id, fa.product_id"
)
# Each order's first move to ALLOCATED (placed allocated, or allocated later).
_ALLOCATED = (
    "SELECT order_id, MIN(created_at) AS allocated_at FROM order_event WHERE to_status = 'ALLOCATED' GROUP BY order_id"
)
_REFUNDS = "SELECT order_id, SUM(amount) AS refunded FROM refund GROUP BY order_id"
# Complaint tickets per order, and each order's first shipment (not cancelled): an order's
# satisfaction and complaints are the warehouse's and carrier's that first served it.
_COMPLAINTS = (
    "SELECT order_id, COUNT(*) AS complaints FROM ticket WHERE kind = 'COMPLAINT' AND order_id IS NOT NULL "
    "GROUP BY order_id"
)
_FIRST_SHIPMENT = "SELECT order_id, MIN(id) AS first_id FROM shipment WHERE status <> 'CANCELLED' GROUP BY order_id"
_SOLD = "o.status <> 'CANCELLED'"
_SHORT = "o.status IN ('BACKORDERED', 'PARTIALLY_ALLOCATED')"


@dataclass(frozen=True)
class FactSql:
    source: str  # FROM ... (the order as o, its channel as c)
    joins: dict[str, str]  # alias -> a join the source takes only when an expression used reads it
    keys: dict[Key, str]  # key -> expression over the source (PERIOD is filled in per report)
    values: dict[str, str]  # per-row values the aggregates use
    aggregates: dict[str, str]  # name -> aggregate over `values` (in base, as b.<name>)
    percentiles: tuple[str, ...] = ()  # values whose p50 and p90 are wanted
    # What places a row in the report's window and period: its order's placing, but a ticket's
    # own opening (a ticket about an old order counts when it is opened).
    at: str = "o.created_at"


def hours_between(start: str, end: str, postgres: bool) -> str:
    """SQL: the hours from `start` to `end` (timestamps), fractional."""
    if postgres:
        return f"(EXTRACT(EPOCH FROM ({end} - {start})) / 3600.0)"
    return f"((julianday({end}) - julianday({start})) * 24.0)"


def period_sql(unit: str, column: str, postgres: bool, *, is_date: bool = False) -> str:
    """SQL: the first day (a DATE) of the UTC day, ISO week (Monday) or month ("day", "week",
    "month") of `column`, a timestamp (or a date, `is_date`: the rollups' day)."""
    if postgres:
        moment = f"CAST({column} AS TIMESTAMP)" if is_date else f"{column} AT TIME ZONE 'UTC'"
        return f"CAST(date_trunc('{unit}', {moment}) AS DATE)"
    return {
        "day": f"date({column})",
        # SQLite: the coming Sunday (or today, if Sunday), then back six days: Monday.
        "week": f"date({column}, 'weekday 0', '-6 days')",
        "month": f"date({column}, 'start of month')",
    }[unit]


def fact_sql(fact: Fact, postgres: bool) -> FactSql:
    if fact is Fact.LINES:
        return FactSql(
            source=f"{_ORDER} JOIN order_line l ON l.order_id = o.id",
            joins={
                "a": f"LEFT JOIN ({_COVERED}) a ON a.order_id = o.id AND a.product_id = l.product_id",
                "fl": f"LEFT JOIN ({_FILLED}) fl ON fl.order_id = o.id AND fl.product_id = l.product_id",
            },
            keys={Key.CHANNEL: "c.code", Key.SKU: "l.sku", Key.COUNTRY: "o.ship_country", Key.REGION: "o.ship_region"},
            values={
                "sold_order": f"CASE WHEN {_SOLD} THEN o.id END",
                "cancelled_order": f"CASE WHEN {_SOLD} THEN NULL ELSE o.id END",
                "sold_units": f"CASE WHEN {_SOLD} THEN l.quantity ELSE 0 END",
                "sold_revenue": f"CASE WHEN {_SOLD} THEN l.line_total ELSE 0 END",
                "cancelled_line_units": f"CASE WHEN {_SOLD} THEN 0 ELSE l.quantity END",
                "short_units": f"CASE WHEN {_SHORT} AND l.quantity > COALESCE(a.covered, 0) "
                "THEN l.quantity - COALESCE(a.covered, 0) ELSE 0 END",
                "filled_units": f"CASE WHEN {_SOLD} THEN "
                "(CASE WHEN COALESCE(fl.filled, 0) < l.quantity THEN COALESCE(fl.filled, 0) ELSE l.quantity END) "
                "ELSE 0 END",
            },
            aggregates={
                "orders": "COUNT(DISTINCT b.sold_order)",
                "units": "COALESCE(SUM(b.sold_units), 0)",
                "revenue": "COALESCE(SUM(b.sold_revenue), 0)",
                "cancelled": "COUNT(DISTINCT b.cancelled_order)",
                "cancelled_units": "COALESCE(SUM(b.cancelled_line_units), 0)",
                "backordered_units": "COALESCE(SUM(b.short_units), 0)",
                "filled_units": "COALESCE(SUM(b.filled_units), 0)",
                "line_rows": "COUNT(*)",  # the rollups keep it: which groups a report lists
            },
        )
    if fact is Fact.ORDERS:
        return FactSql(
            source=_ORDER,
            joins={
                "r": f"LEFT JOIN ({_REFUNDS}) r ON r.order_id = o.id",
                "s": f"LEFT JOIN ({_SOURCES}) s ON s.order_id = o.id",
                "al": f"LEFT JOIN ({_ALLOCATED}) al ON al.order_id = o.id",
            },
            keys={Key.CHANNEL: "c.code", Key.COUNTRY: "o.ship_country", Key.REGION: "o.ship_region"},
            values={
                "refunded_amount": "COALESCE(r.refunded, 0)",
                "is_sold": f"CASE WHEN {_SOLD} THEN 1 ELSE 0 END",
                "is_split": f"CASE WHEN {_SOLD} AND COALESCE(s.sources, 0) > 1 THEN 1 ELSE 0 END",
                "placed_to_allocated": hours_between("o.created_at", "al.allocated_at", postgres),
            },
            aggregates={
                "refunded": "COALESCE(SUM(b.refunded_amount), 0)",
                "sold_orders": "COALESCE(SUM(b.is_sold), 0)",
                "split_orders": "COALESCE(SUM(b.is_split), 0)",
                "order_rows": "COUNT(*)",
            },
            percentiles=("placed_to_allocated",),
        )
    if fact is Fact.SHIPMENTS:
        placed_to_shipped = hours_between("o.created_at", "sh.dispatched_at", postgres)
        return FactSql(
            source=f"{_ORDER} JOIN shipment sh ON sh.order_id = o.id",
            joins={
                "w": "LEFT JOIN warehouse w ON w.id = sh.warehouse_id",
                "ca": "LEFT JOIN carrier ca ON ca.id = sh.carrier_id",
            },
            keys={
                Key.CHANNEL: "c.code",
                Key.COUNTRY: "o.ship_country",
                Key.REGION: "o.ship_region",
                Key.WAREHOUSE: "w.code",
                Key.CARRIER: "ca.code",
            },
            values={
                "is_shipped": "CASE WHEN sh.dispatched_at IS NOT NULL THEN 1 ELSE 0 END",
                "is_on_time": f"CASE WHEN sh.dispatched_at IS NOT NULL AND {placed_to_shipped} <= c.ship_by_hours "
                "THEN 1 ELSE 0 END",
                "placed_to_shipped": placed_to_shipped,
                "shipped_to_delivered": hours_between("sh.dispatched_at", "sh.delivered_at", postgres),
            },
            aggregates={"shipped": "COALESCE(SUM(b.is_shipped), 0)", "on_time": "COALESCE(SUM(b.is_on_time), 0)"},
            percentiles=("placed_to_shipped", "shipped_to_delivered"),
        )
    if fact is Fact.RETURNS:
        return FactSql(
            source=f"{_ORDER} JOIN return_request rr ON rr.order_id = o.id "
            "JOIN return_line rl ON rl.return_request_id = rr.id",
            joins={},
            keys={
                Key.CHANNEL: "c.code",
                Key.SKU: "rl.sku",
                Key.COUNTRY: "o.ship_country",
                Key.REGION: "o.ship_region",
                Key.RETURN_REASON: "rl.reason",
            },
            values={"returned_line_units": "rl.quantity"},
            aggregates={"returned_units": "COALESCE(SUM(b.returned_line_units), 0)", "return_rows": "COUNT(*)"},
        )
    if fact is Fact.CARE:
        return FactSql(
            source=f"{_ORDER} LEFT JOIN ({_FIRST_SHIPMENT}) fs ON fs.order_id = o.id "
            "LEFT JOIN shipment sh ON sh.id = fs.first_id "
            "LEFT JOIN warehouse w ON w.id = sh.warehouse_id LEFT JOIN carrier ca ON ca.id = sh.carrier_id "
            f"LEFT JOIN order_feedback f ON f.order_id = o.id LEFT JOIN ({_COMPLAINTS}) k ON k.order_id = o.id",
            joins={},  # every join above feeds a value, or is cheap beside the feedback scan
            keys={
                Key.CHANNEL: "c.code",
                Key.COUNTRY: "o.ship_country",
                Key.REGION: "o.ship_region",
                Key.WAREHOUSE: "w.code",
                Key.CARRIER: "ca.code",
            },
            values={
                "rating": "f.rating",
                "complaint_tickets": "COALESCE(k.complaints, 0)",
                "is_complained": "CASE WHEN k.complaints > 0 THEN 1 ELSE 0 END",
            },
            aggregates={
                "care_orders": "COUNT(*)",
                "rated_orders": "COUNT(b.rating)",
                "rating_total": "COALESCE(SUM(b.rating), 0)",
                "complaints": "COALESCE(SUM(b.complaint_tickets), 0)",
                "complained_orders": "COALESCE(SUM(b.is_complained), 0)",
            },
        )
    if fact is Fact.TICKETS:
        # Tickets about an order only: one about no order has no currency, channel or country,
        # and every report row is keyed by currency (COMPLAINTS leaves them out too).
        return FactSql(
            source=f"{_ORDER} JOIN ticket tk ON tk.order_id = o.id",
            joins={},
            keys={
                Key.CHANNEL: "c.code",
                Key.COUNTRY: "o.ship_country",
                Key.REGION: "o.ship_region",
                Key.TICKET_KIND: "tk.kind",
            },
            values={
                "ticket_first_response": hours_between("tk.created_at", "tk.first_response_at", postgres),
                "ticket_resolution": hours_between("tk.created_at", "tk.resolved_at", postgres),
            },
            aggregates={"tickets": "COUNT(*)"},
            percentiles=("ticket_first_response", "ticket_resolution"),
            at="tk.created_at",
        )
    return FactSql(
        source=f"{_ORDER} JOIN pick_task t ON t.order_id = o.id JOIN scan_event e ON e.task_id = t.id "
        "JOIN warehouse w ON w.id = t.warehouse_id",
        joins={},
        keys={
            Key.CHANNEL: "c.code",
            Key.SKU: "e.sku",
            Key.COUNTRY: "o.ship_country",
            Key.REGION: "o.ship_region",
            Key.WAREHOUSE: "w.code",
        },
        values={"is_accepted": "CASE WHEN e.result = 'ACCEPTED' THEN 1 ELSE 0 END"},
        aggregates={"scans": "COUNT(*)", "accepted_scans": "COALESCE(SUM(b.is_accepted), 0)"},
    )


SUPPORTED: dict[Fact, set[Key]] = {fact: {Key.PERIOD, *fact_sql(fact, postgres=False).keys} for fact in Fact}
QUANTILES = (("p50", 0.5), ("p90", 0.9))


def statement(
    fact: Fact, keys: dict[Key, str], where: list[str], postgres: bool, only: Collection[str] | None = None
) -> str:
    """One GROUP BY statement: currency, `k_<key>` per key, then the fact's aggregates (those
    named in `only`, when given; and, for its percentiles, `<value>_p50`/`<value>_p90`). `keys` maps
    each key asked for to its expression (the period's comes from the caller); `where` filters
    over o and c. Values and joins no aggregate reads are left out (the allocations' join costs
    a pass over every allocation)."""
    f = fact_sql(fact, postgres)
    aggregates = {n: e for n, e in f.aggregates.items() if only is None or n in only}
    percentiles = [v for v in f.percentiles if only is None or v in only]
    read = " ".join(aggregates.values())
    values = {n: e for n, e in f.values.items() if f"b.{n}" in read or n in percentiles}
    used = " ".join([*values.values(), *keys.values()])
    source = " ".join([f.source, *(j for alias, j in f.joins.items() if re.search(rf"\b{alias}\.", used))])
    names = [f"k_{k.value}" for k in keys]
    selected = ["o.currency AS currency", *(f"{expr} AS k_{k.value}" for k, expr in keys.items())]
    selected += [f"{expr} AS {name}" for name, expr in values.items()]
    base = f"SELECT {', '.join(selected)} {source} WHERE {' AND '.join(where)}"
    group = ["b.currency", *(f"b.{n}" for n in names)]
    columns = [*group, *(f"{expr} AS {name}" for name, expr in aggregates.items())]
    source = "base b"
    if percentiles and postgres:
        columns += [
            f"percentile_cont({q}) WITHIN GROUP (ORDER BY b.{v}) AS {v}_{label}"
            for v in percentiles
            for label, q in QUANTILES
        ]
    elif percentiles:
        # SQLite: rank each value within its group (nulls apart), count the group's values.
        partition = ", ".join(group)
        ranks = [
            f"ROW_NUMBER() OVER (PARTITION BY {partition}, b.{v} IS NULL ORDER BY b.{v}) AS {v}_rank, "
            f"COUNT(b.{v}) OVER (PARTITION BY {partition}) AS {v}_count"
            for v in percentiles
        ]
        source = f"(SELECT b.*, {', '.join(ranks)} FROM base b) b"
        columns += [_interpolated(v, label, q) for v in percentiles for label, q in QUANTILES]
    return (
        f"WITH base AS ({base}) SELECT {', '.join(columns)} FROM {source} "
        f"GROUP BY {', '.join(group)} ORDER BY {', '.join(group)}"
    )


def _interpolated(value: str, label: str, q: float) -> str:
    """percentile_cont(q) from ranks: position q*(n-1) (0-based) between two neighbours."""
    position = f"({q} * (b.{value}_count - 1))"
    low = f"CAST({position} AS INTEGER)"
    at = "MAX(CASE WHEN b.{v} IS NOT NULL AND b.{v}_rank = {rank} THEN b.{v} END)"
    lower = at.format(v=value, rank=f"{low} + 1")
    upper = at.format(v=value, rank=f"{low} + 2")
    fraction = f"MAX({position} - {low})"
    return f"{lower} + COALESCE(({upper} - {lower}) * {fraction}, 0) AS {value}_{label}"
