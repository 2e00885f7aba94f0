"""Analytics: typed report rows for a UI's own reports (services/analytics.py)."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Annotated

import strawberry

from resolvers.errors import from_domain
from schema.common import Money, describe_values
from services import analytics as svc
from services.access import Principal
from services.errors import DomainError


@strawberry.enum(description="What a report counts. Cancelled orders are left out of all but CANCELLED_ORDERS.")
class ReportMeasure(Enum):
    ORDERS = "ORDERS"
    UNITS = "UNITS"
    REVENUE = "REVENUE"
    AVERAGE_ORDER_VALUE = "AVERAGE_ORDER_VALUE"
    CANCELLED_ORDERS = "CANCELLED_ORDERS"


describe_values(
    ReportMeasure,
    ORDERS="How many orders.",
    UNITS="How many units ordered.",
    REVENUE="Order totals summed.",
    AVERAGE_ORDER_VALUE="Revenue divided by orders.",
    CANCELLED_ORDERS="How many orders were cancelled.",
)


@strawberry.enum(description="What a report groups by: at most one period (UTC; weeks start on Monday).")
class ReportDimension(Enum):
    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"
    CHANNEL = "CHANNEL"
    SKU = "SKU"
    COUNTRY = "COUNTRY"


describe_values(
    ReportDimension,
    DAY="One row per day (UTC).",
    WEEK="One row per week (UTC, starting on Monday).",
    MONTH="One row per month (UTC).",
    CHANNEL="One row per sales channel.",
    SKU="One row per product.",
    COUNTRY="One row per shipping country.",
)


@strawberry.input(description="Which orders a report counts.")
class ReportFilter:
    channel: str | None = strawberry.field(default=None, description="Channel code.")


@strawberry.type(description="One group of a report: its keys (null when not grouped by them) and its measures.")
class ReportRow:
    currency: str = strawberry.field(description="Rows are always split by currency: amounts are never mixed.")
    period: date | None = strawberry.field(description="The first day of the DAY, WEEK or MONTH grouped by.")
    channel: str | None = strawberry.field(description="The sales channel's code (when grouped by CHANNEL).")
    sku: str | None = strawberry.field(description="The SKU (when grouped by SKU).")
    country: str | None = strawberry.field(description="The shipping address's country.")
    orders: int | None = strawberry.field(description="Number of orders (when ORDERS is asked).")
    units: int | None = strawberry.field(description="Number of units (when UNITS is asked).")
    revenue: Money | None = strawberry.field(description="Merchandise revenue: the lines' totals.")
    average_order_value: Money | None = strawberry.field(
        description="Revenue divided by orders (when AVERAGE_ORDER_VALUE is asked)."
    )
    cancelled_orders: int | None = strawberry.field(
        description="Number of cancelled orders (when CANCELLED_ORDERS is asked)."
    )

    @classmethod
    def from_row(cls, row: svc.ReportRow, measures: set[ReportMeasure]) -> ReportRow:
        def money(amount: object) -> Money | None:
            return Money(amount=amount, currency=row.currency) if amount is not None else None  # type: ignore[arg-type]

        m = ReportMeasure
        return cls(
            currency=row.currency,
            period=row.period,
            channel=row.channel,
            sku=row.sku,
            country=row.country,
            orders=row.orders if m.ORDERS in measures else None,
            units=row.units if m.UNITS in measures else None,
            revenue=money(row.revenue) if m.REVENUE in measures else None,
            average_order_value=money(row.average_order_value) if m.AVERAGE_ORDER_VALUE in measures else None,
            cancelled_orders=row.cancelled_orders if m.CANCELLED_ORDERS in measures else None,
        )


@strawberry.type(description="Reports on orders, computed from the orders themselves.")
class Analytics:
    # Set by the root field: the caller, so that `report` scopes to it.
    principal: strawberry.Private[Principal]

    @strawberry.field(
        description="Measures grouped by dimensions over orders placed in [from, to), computed in the database."
    )
    async def report(
        self,
        measures: Annotated[list[ReportMeasure], strawberry.argument(description="What to count, one column each.")],
        dimensions: Annotated[
            list[ReportDimension],
            strawberry.argument(description="What to group by, one row per combination (none: one row in all)."),
        ],
        from_: Annotated[datetime, strawberry.argument(name="from", description="Placed at or after.")],
        to: Annotated[datetime, strawberry.argument(description="Placed before.")],
        filter: ReportFilter | None = None,
    ) -> list[ReportRow]:
        try:
            rows = await svc.report(
                self.principal,
                dimensions=[svc.Dimension(d.value) for d in dimensions],
                start=from_,
                end=to,
                channel=(filter or ReportFilter()).channel,
            )
        except DomainError as error:
            raise from_domain(error) from None
        chosen = set(measures)
        return [ReportRow.from_row(row, chosen) for row in rows]
