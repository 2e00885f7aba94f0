"""Demand forecasts: the root field."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

import strawberry

from resolvers.context import Info, principal_of
from resolvers.errors import from_domain
from schema.forecast import DemandForecast, ForecastBacktest, ForecastDay
from services import forecast as svc
from services.errors import DomainError


@strawberry.type
class Query:
    @strawberry.field(
        description="The daily demand forecast of a SKU at a warehouse (weekly season, trend, Croston for slow "
        "movers) with prediction intervals and its backtested error. Staff; a WAREHOUSE token: its own warehouse."
    )
    async def demand_forecast(
        self,
        info: Info,
        sku: Annotated[str, strawberry.argument(description="The product's SKU.")],
        warehouse: Annotated[str, strawberry.argument(description="The warehouse's code.")],
        horizon_days: Annotated[int, strawberry.argument(description="Days to forecast from today (1 to 365).")],
        interval_level: Annotated[
            float, strawberry.argument(description="The prediction intervals' coverage (0.5 to below 1).")
        ] = 0.8,
    ) -> DemandForecast:
        try:
            found = await svc.demand_forecast(
                principal_of(info), sku=sku, warehouse=warehouse, horizon_days=horizon_days, level=interval_level
            )
        except DomainError as error:
            raise from_domain(error) from None
        fit, backtest = found.result.fit, found.result.backtest
        return DemandForecast(
            sku=found.sku,
            warehouse=found.warehouse,
            method=fit.method,
            history_days=len(found.history),
            history_units=sum(found.history),
            interval_level=found.level,
            daily_error=found.result.daily_error,
            total_units=sum(fit.mean),
            days=[
                ForecastDay(date=found.start + timedelta(days=i), units=mean, lower=lower, upper=upper)
                for i, (mean, lower, upper) in enumerate(zip(fit.mean, fit.lower, fit.upper, strict=True))
            ],
            backtest=ForecastBacktest(
                holdout_days=backtest.holdout_days, mase=backtest.mase, mape=backtest.mape, rmse=backtest.rmse
            )
            if backtest is not None
            else None,
        )
