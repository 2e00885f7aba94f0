"""Analytics: the root field and the reports under it (`analytics { report }`), declared here
next to their code; the types they answer with are in schema/analytics.py.

The reports are fields of the `Analytics` namespace, not root fields, so the root's guards do
not reach them: each checks its arguments against their domains (`CheckArguments`) itself; the
root field `analytics` carries the permission check.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from resolvers.context import Info, principal_of
from resolvers.errors import from_domain
from schema.analytics import (
    InventoryReportFilter,
    InventoryReportRow,
    ReportDimension,
    ReportFilter,
    ReportInterval,
    ReportMeasure,
    ReportRow,
)
from schema.input_domains import CheckArguments
from services import analytics as svc
from services import inventory_analytics as inventory_svc
from services.errors import DomainError


@strawberry.type(description="Reports over orders, computed in the database.")
class Analytics:
    @strawberry.field(
        description="Measures grouped by dimensions over orders placed in [from, to), computed in the database. "
        "A CHANNEL token sees its own channel only.",
        extensions=[CheckArguments()],
    )
    async def report(
        self,
        info: Info,
        measures: Annotated[list[ReportMeasure], strawberry.argument(description="What to count, one column each.")],
        dimensions: Annotated[
            list[ReportDimension],
            strawberry.argument(description="What to group by, one row per combination (none: one row in all)."),
        ],
        from_: Annotated[
            datetime, strawberry.argument(name="from", description="Placed (a ticket: opened) at or after.")
        ],
        to: Annotated[datetime, strawberry.argument(description="Placed (a ticket: opened) before.")],
        filter: ReportFilter | None = None,
        interval: Annotated[
            ReportInterval | None, strawberry.argument(description="Bucket rows by this period (a period dimension).")
        ] = None,
        compare_to_previous: Annotated[
            bool, strawberry.argument(description="Give each row `previous`: the period of equal length before.")
        ] = False,
    ) -> list[ReportRow]:
        try:
            query = svc.check(
                [svc.Measure(m.name) for m in measures],
                [svc.Dimension(d.name) for d in dimensions],
                from_,
                to,
                interval=svc.Dimension(interval.value) if interval else None,
                channel=(filter or ReportFilter()).channel,
            )
            rows = await svc.report(principal_of(info), query, compare_to_previous=compare_to_previous)
        except DomainError as error:
            raise from_domain(error) from None
        chosen = set(query.measures)
        return [ReportRow.from_row(row, chosen) for row in rows]

    @strawberry.field(
        description="Per SKU and warehouse: value on hand, turnover, days of cover, stockout risk and dead stock, "
        "demand counted over [from, to). Staff only.",
        extensions=[CheckArguments()],
    )
    async def inventory(
        self,
        info: Info,
        from_: Annotated[datetime, strawberry.argument(name="from", description="Demand counted from.")],
        to: Annotated[datetime, strawberry.argument(description="Demand counted until (and dead stock up to).")],
        filter: InventoryReportFilter | None = None,
        dead_stock_days: Annotated[
            int, strawberry.argument(description="Stock unsold for this many days before `to` is dead (1 to 3650).")
        ] = 90,
    ) -> list[InventoryReportRow]:
        given = filter or InventoryReportFilter()
        try:
            rows = await inventory_svc.inventory_report(
                principal_of(info),
                start=from_,
                end=to,
                dead_days=dead_stock_days,
                sku=given.sku,
                warehouse=given.warehouse,
            )
        except DomainError as error:
            raise from_domain(error) from None
        return [InventoryReportRow.from_row(row) for row in rows]


@strawberry.type
class Query:
    @strawberry.field(description="Reports over orders (staff: every channel; a CHANNEL token: its own).")
    def analytics(self, info: Info) -> Analytics:
        return Analytics()
