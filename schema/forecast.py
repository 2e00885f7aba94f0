"""Demand forecasts: the daily forecast of a SKU at a warehouse, its intervals and its backtest."""

from __future__ import annotations

from datetime import date

import strawberry

from schema.common import describe_values
from services import forecast_models as m

ForecastMethod = m.ForecastMethod
strawberry.enum(ForecastMethod, name="ForecastMethod", description="The model a demand forecast came from.")
describe_values(
    ForecastMethod,
    NO_DEMAND="No demand in the history: the forecast is zero.",
    CONSTANT="The same demand every day: the forecast repeats it.",
    LEVEL="Exponential smoothing of the level (ETS, no trend, no season).",
    TREND="ETS with a linear (additive) trend.",
    SEASONAL="ETS with a weekly (additive) season.",
    SEASONAL_TREND="ETS with a linear trend and a weekly season.",
    CROSTON="Croston's method for intermittent demand (most days without any): a flat daily rate.",
)


@strawberry.type(description="The forecast of one day: expected units and a prediction interval.")
class ForecastDay:
    date: date = strawberry.field(description="The day (UTC).")
    units: float = strawberry.field(description="Units expected to be demanded.")
    lower: float = strawberry.field(description="The prediction interval's lower bound (never below zero).")
    upper: float = strawberry.field(description="The prediction interval's upper bound.")


@strawberry.type(description="How the model did on the last days of the history when fitted without them (a holdout).")
class ForecastBacktest:
    holdout_days: int = strawberry.field(description="Days held out and forecast.")
    mase: float | None = strawberry.field(
        description="Mean absolute scaled error: the holdout's mean absolute error over the in-sample one-day naive "
        "forecast's (below 1: better than naive). Null for a constant history."
    )
    mape: float | None = strawberry.field(
        description="Mean absolute percentage error over the held-out days with demand, in percent; null if none had."
    )
    rmse: float = strawberry.field(description="Root mean squared error per day, in units.")


@strawberry.type(description="A daily demand forecast of one SKU at one warehouse, with how far to trust it.")
class DemandForecast:
    sku: str = strawberry.field(description="The product's SKU.")
    warehouse: str = strawberry.field(description="The warehouse's code.")
    method: ForecastMethod = strawberry.field(description="The model chosen for this history.")
    history_days: int = strawberry.field(description="Days of demand history the model saw (ending yesterday).")
    history_units: float = strawberry.field(description="Units demanded over those days.")
    interval_level: float = strawberry.field(description="The prediction intervals' coverage (0.8: 80%).")
    daily_error: float = strawberry.field(
        description="The forecast's error per day in units (the backtest's RMSE, else the in-sample one): what "
        "safety stock is sized on."
    )
    total_units: float = strawberry.field(description="Units expected over the whole horizon.")
    days: list[ForecastDay] = strawberry.field(description="The forecast, one entry per day from today.")
    backtest: ForecastBacktest | None = strawberry.field(
        description="The holdout errors; null when the history is too short to hold days out (under 3 weeks)."
    )
