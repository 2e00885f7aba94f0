"""Analytics: typed report rows for a UI's own reports (services/analytics.py).

The `Analytics` namespace and its fields (the reports) are declared in resolvers/analytics.py,
next to their code; here are only the types they answer with and take.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum

import strawberry

from schema.common import Money, describe_values
from services import analytics as svc
from services import inventory_analytics as inventory_svc


@strawberry.enum(description="What a report counts. Cancelled orders are left out of all but the CANCELLED_ measures.")
class ReportMeasure(Enum):
    ORDERS = strawberry.enum_value("ORDERS", description="Orders not cancelled.")
    UNITS = strawberry.enum_value("UNITS", description="Units of orders not cancelled.")
    REVENUE = strawberry.enum_value("REVENUE", description="Merchandise revenue of orders not cancelled.")
    AVERAGE_ORDER_VALUE = strawberry.enum_value("AVERAGE_ORDER_VALUE", description="REVENUE / ORDERS.")
    CANCELLED_ORDERS = strawberry.enum_value("CANCELLED_ORDERS", description="Orders cancelled.")
    CANCELLED_UNITS = strawberry.enum_value("CANCELLED_UNITS", description="Units of cancelled orders.")
    CANCELLED_RATE = strawberry.enum_value("CANCELLED_RATE", description="CANCELLED_UNITS / (UNITS + CANCELLED_UNITS).")
    RETURNED_UNITS = strawberry.enum_value("RETURNED_UNITS", description="Units requested back in returns.")
    RETURN_RATE = strawberry.enum_value("RETURN_RATE", description="RETURNED_UNITS / UNITS.")
    REFUNDED_AMOUNT = strawberry.enum_value("REFUNDED_AMOUNT", description="Refunds recorded on the orders.")
    BACKORDERED_UNITS = strawberry.enum_value(
        "BACKORDERED_UNITS", description="Units of backordered or partly allocated orders not reserved yet (now)."
    )
    SPLIT_RATE = strawberry.enum_value(
        "SPLIT_RATE", description="Share of orders sourced from more than one warehouse or supplier."
    )
    FILL_RATE = strawberry.enum_value(
        "FILL_RATE",
        description="Share of the units ordered (orders not cancelled) that were reserved from stock when the order "
        "was placed: per line, the units of its allocations from a warehouse (drop-ship supplier allocations are "
        "not stock) written by the placing, i.e. no later than the order's first history entry out of PENDING, "
        "whether still reserved, shipped or released since, at most the line's quantity; divided by UNITS. Units "
        "backordered or unfilled at placing, and units reserved later, are not filled.",
    )
    PLACED_TO_ALLOCATED_HOURS = strawberry.enum_value(
        "PLACED_TO_ALLOCATED_HOURS",
        description="Hours from placing to the order's first move to ALLOCATED (its history), p50 and p90, over "
        "the orders that reached ALLOCATED (cancelled ones too); an order allocated when placed counts about 0.",
    )
    ON_TIME_SHIP_RATE = strawberry.enum_value(
        "ON_TIME_SHIP_RATE", description="Share of dispatched shipments dispatched within the channel's shipByHours."
    )
    PLACED_TO_SHIPPED_HOURS = strawberry.enum_value(
        "PLACED_TO_SHIPPED_HOURS", description="Hours from placing to each shipment's dispatch: p50 and p90."
    )
    SHIPPED_TO_DELIVERED_HOURS = strawberry.enum_value(
        "SHIPPED_TO_DELIVERED_HOURS", description="Hours from dispatch to delivery of each shipment: p50 and p90."
    )
    PICK_ACCURACY = strawberry.enum_value("PICK_ACCURACY", description="Share of pick scans ACCEPTED (the scan log).")
    SATISFACTION = strawberry.enum_value(
        "SATISFACTION", description="The average feedback rating (1 to 5) of the orders rated (orderFeedback)."
    )
    RATED_ORDERS = strawberry.enum_value("RATED_ORDERS", description="Orders with feedback.")
    COMPLAINTS = strawberry.enum_value("COMPLAINTS", description="Support tickets of kind COMPLAINT about the orders.")
    COMPLAINT_RATE = strawberry.enum_value(
        "COMPLAINT_RATE",
        description="Share of orders placed (cancelled ones too) with at least one COMPLAINT ticket.",
    )
    TICKETS = strawberry.enum_value(
        "TICKETS",
        description="Support tickets opened in the window (by the ticket's opening, not its order's placing; "
        "every kind), grouped by the channel, country and region of the order they are about. Tickets about no "
        "order are counted in no row: they have no currency, channel or country.",
    )
    TICKET_FIRST_RESPONSE_HOURS = strawberry.enum_value(
        "TICKET_FIRST_RESPONSE_HOURS",
        description="Hours from a ticket's opening to staff's first reply, p50 and p90, over the TICKETS answered.",
    )
    TICKET_RESOLUTION_HOURS = strawberry.enum_value(
        "TICKET_RESOLUTION_HOURS",
        description="Hours from a ticket's opening to its resolution (the last move to RESOLVED or CLOSED; a "
        "reopened ticket is unresolved again), p50 and p90, over the TICKETS resolved now.",
    )


@strawberry.enum(
    description="What a report groups by: at most one period (UTC; weeks start on Monday). A measure is grouped "
    "only by what it carries: WAREHOUSE and CARRIER belong to shipments (and WAREHOUSE to scans; both, for "
    "the customer-care measures, to an order's first shipment), RETURN_REASON to returns, SKU to lines, "
    "returns and scans, TICKET_KIND to the ticket measures."
)
class ReportDimension(Enum):
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


describe_values(
    ReportDimension,
    DAY="One row per day (UTC).",
    WEEK="One row per week (UTC, starting on Monday).",
    MONTH="One row per month (UTC).",
    CHANNEL="One row per sales channel.",
    SKU="One row per product.",
    COUNTRY="One row per customer's (shipping) country.",
    REGION="One row per region (state, province) of the shipping address; null when the address has none. "
    "Every measure carries it; group by COUNTRY too to tell regions of the same name apart.",
    WAREHOUSE="One row per warehouse shipped or scanned from.",
    CARRIER="One row per carrier.",
    RETURN_REASON="One row per reason given for a return.",
    TICKET_KIND="One row per kind of support ticket (QUESTION, COMPLAINT, ...).",
)


@strawberry.enum(description="The period a report's rows are bucketed by.")
class ReportInterval(Enum):
    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"


describe_values(
    ReportInterval,
    DAY="Daily buckets (UTC).",
    WEEK="Weekly buckets (UTC, from Monday).",
    MONTH="Monthly buckets (UTC).",
)


@strawberry.input(description="Which orders a report counts.")
class ReportFilter:
    channel: str | None = strawberry.field(default=None, description="Channel code.")


@strawberry.type(description="Percentiles of a duration, in hours (continuous, like percentile_cont).")
class HoursQuantiles:
    p50: float | None = strawberry.field(description="The median.")
    p90: float | None = strawberry.field(description="The 90th percentile.")


@strawberry.type(description="One group of a report: its keys (null when not grouped by them) and its measures.")
class ReportRow:
    currency: str = strawberry.field(description="Rows are always split by currency: amounts are never mixed.")
    period: date | None = strawberry.field(description="The first day of the DAY, WEEK or MONTH grouped by.")
    channel: str | None = strawberry.field(description="Channel code.")
    sku: str | None = strawberry.field(description="SKU.")
    country: str | None = strawberry.field(description="The shipping address's country.")
    region: str | None = strawberry.field(description="The shipping address's region (state, province).")
    warehouse: str | None = strawberry.field(description="Warehouse code (null: a drop-shipped shipment).")
    carrier: str | None = strawberry.field(description="Carrier code (null: not dispatched with a carrier).")
    return_reason: str | None = strawberry.field(description="The reason given for the returned line.")
    ticket_kind: str | None = strawberry.field(description="The support ticket's kind (TicketKind).")
    orders: int | None = strawberry.field(description="ORDERS.")
    units: int | None = strawberry.field(description="UNITS.")
    revenue: Money | None = strawberry.field(description="Merchandise revenue: the lines' totals.")
    average_order_value: Money | None = strawberry.field(description="AVERAGE_ORDER_VALUE.")
    cancelled_orders: int | None = strawberry.field(description="CANCELLED_ORDERS.")
    cancelled_units: int | None = strawberry.field(description="CANCELLED_UNITS.")
    cancelled_rate: float | None = strawberry.field(description="CANCELLED_RATE, 0 to 1.")
    returned_units: int | None = strawberry.field(description="RETURNED_UNITS.")
    return_rate: float | None = strawberry.field(description="RETURN_RATE.")
    refunded_amount: Money | None = strawberry.field(description="REFUNDED_AMOUNT.")
    backordered_units: int | None = strawberry.field(description="BACKORDERED_UNITS.")
    split_rate: float | None = strawberry.field(description="SPLIT_RATE, 0 to 1.")
    fill_rate: float | None = strawberry.field(description="FILL_RATE, 0 to 1 (null: no units).")
    placed_to_allocated_hours: HoursQuantiles | None = strawberry.field(description="PLACED_TO_ALLOCATED_HOURS.")
    on_time_ship_rate: float | None = strawberry.field(description="ON_TIME_SHIP_RATE, 0 to 1.")
    placed_to_shipped_hours: HoursQuantiles | None = strawberry.field(description="PLACED_TO_SHIPPED_HOURS.")
    shipped_to_delivered_hours: HoursQuantiles | None = strawberry.field(description="SHIPPED_TO_DELIVERED_HOURS.")
    pick_accuracy: float | None = strawberry.field(description="PICK_ACCURACY, 0 to 1.")
    satisfaction: float | None = strawberry.field(description="SATISFACTION, 1 to 5 (null: no order rated).")
    rated_orders: int | None = strawberry.field(description="RATED_ORDERS.")
    complaints: int | None = strawberry.field(description="COMPLAINTS.")
    complaint_rate: float | None = strawberry.field(description="COMPLAINT_RATE, 0 to 1.")
    tickets: int | None = strawberry.field(description="TICKETS.")
    ticket_first_response_hours: HoursQuantiles | None = strawberry.field(description="TICKET_FIRST_RESPONSE_HOURS.")
    ticket_resolution_hours: HoursQuantiles | None = strawberry.field(description="TICKET_RESOLUTION_HOURS.")
    previous: ReportRow | None = strawberry.field(
        default=None, description="With compareToPrevious: the same group in the period of equal length before."
    )

    @classmethod
    def from_row(cls, row: svc.ReportRow, measures: set[svc.Measure]) -> ReportRow:
        def value(measure: svc.Measure) -> object:
            if measure not in measures:
                return None
            found = row.value(measure)
            if isinstance(found, Decimal):
                return Money(amount=found, currency=row.currency)
            if isinstance(found, svc.Quantiles):
                return HoursQuantiles(p50=found.p50, p90=found.p90)
            return found

        m = svc.Measure
        return cls(
            currency=row.currency,
            period=row.period,
            channel=row.channel,
            sku=row.sku,
            country=row.country,
            region=row.region,
            warehouse=row.warehouse,
            carrier=row.carrier,
            return_reason=row.return_reason,
            ticket_kind=row.ticket_kind,
            orders=value(m.ORDERS),  # type: ignore[arg-type]
            units=value(m.UNITS),  # type: ignore[arg-type]
            revenue=value(m.REVENUE),  # type: ignore[arg-type]
            average_order_value=value(m.AVERAGE_ORDER_VALUE),  # type: ignore[arg-type]
            cancelled_orders=value(m.CANCELLED_ORDERS),  # type: ignore[arg-type]
            cancelled_units=value(m.CANCELLED_UNITS),  # type: ignore[arg-type]
            cancelled_rate=value(m.CANCELLED_RATE),  # type: ignore[arg-type]
            returned_units=value(m.RETURNED_UNITS),  # type: ignore[arg-type]
            return_rate=value(m.RETURN_RATE),  # type: ignore[arg-type]
            refunded_amount=value(m.REFUNDED_AMOUNT),  # type: ignore[arg-type]
            backordered_units=value(m.BACKORDERED_UNITS),  # type: ignore[arg-type]
            split_rate=value(m.SPLIT_RATE),  # type: ignore[arg-type]
            fill_rate=value(m.FILL_RATE),  # type: ignore[arg-type]
            placed_to_allocated_hours=value(m.PLACED_TO_ALLOCATED_HOURS),  # type: ignore[arg-type]
            on_time_ship_rate=value(m.ON_TIME_SHIP_RATE),  # type: ignore[arg-type]
            placed_to_shipped_hours=value(m.PLACED_TO_SHIPPED_HOURS),  # type: ignore[arg-type]
            shipped_to_delivered_hours=value(m.SHIPPED_TO_DELIVERED_HOURS),  # type: ignore[arg-type]
            pick_accuracy=value(m.PICK_ACCURACY),  # type: ignore[arg-type]
            satisfaction=value(m.SATISFACTION),  # type: ignore[arg-type]
            rated_orders=value(m.RATED_ORDERS),  # type: ignore[arg-type]
            complaints=value(m.COMPLAINTS),  # type: ignore[arg-type]
            complaint_rate=value(m.COMPLAINT_RATE),  # type: ignore[arg-type]
            tickets=value(m.TICKETS),  # type: ignore[arg-type]
            ticket_first_response_hours=value(m.TICKET_FIRST_RESPONSE_HOURS),  # type: ignore[arg-type]
            ticket_resolution_hours=value(m.TICKET_RESOLUTION_HOURS),  # type: ignore[arg-type]
            previous=cls.from_row(row.previous, measures) if row.previous is not None else None,
        )


@strawberry.input(description="Which stock levels an inventory report covers.")
class InventoryReportFilter:
    sku: str | None = strawberry.field(default=None, description="SKU.")
    warehouse: str | None = strawberry.field(default=None, description="Warehouse code.")


@strawberry.type(description="One SKU in one warehouse: stock, demand over the window and what they mean.")
class InventoryReportRow:
    sku: str = strawberry.field(description="SKU.")
    warehouse: str = strawberry.field(description="Warehouse code.")
    on_hand: int = strawberry.field(description="Units on hand now.")
    units_sold: int = strawberry.field(description="Units shipped from this warehouse in [from, to).")
    daily_demand: float = strawberry.field(description="unitsSold / the window's days.")
    days_of_cover: float | None = strawberry.field(description="onHand / dailyDemand; null without demand.")
    turnover: float | None = strawberry.field(description="unitsSold / onHand over the window; null with none on hand.")
    lead_time_days: int | None = strawberry.field(description="The fastest supplier's lead time; null: no supplier.")
    stockout_risk: bool | None = strawberry.field(
        description="daysOfCover < leadTimeDays (false without demand; null without a supplier)."
    )
    last_sold_at: datetime | None = strawberry.field(description="The last shipment from here before `to`.")
    dead_stock: bool = strawberry.field(description="Units on hand and no sale in the deadStockDays before `to`.")
    unit_cost: Money | None = strawberry.field(description="The cheapest supplier offer's cost; null: no offer.")
    value_on_hand: Money | None = strawberry.field(description="onHand x unitCost.")

    @classmethod
    def from_row(cls, row: inventory_svc.InventoryRow) -> InventoryReportRow:
        def money(amount: Decimal | None) -> Money | None:
            return (
                None
                if amount is None or row.cost_currency is None
                else Money(amount=amount, currency=row.cost_currency)
            )

        return cls(
            sku=row.sku,
            warehouse=row.warehouse,
            on_hand=row.on_hand,
            units_sold=row.units_sold,
            daily_demand=row.daily_demand,
            days_of_cover=row.days_of_cover,
            turnover=row.turnover,
            lead_time_days=row.lead_time_days,
            stockout_risk=row.stockout_risk,
            last_sold_at=row.last_sold_at,
            dead_stock=row.dead_stock,
            unit_cost=money(row.unit_cost),
            value_on_hand=money(row.value_on_hand),
        )
