"""Stored demand forecasts (services/forecast_store.py): one fitted forecast per SKU,
warehouse, interval level and fitted horizon, kept with the fingerprint of the history it was
fitted on, so a forecast is fitted once per history and shared by every process."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class StoredForecast(Model):
    id = fields.BigIntField(primary_key=True)
    product: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Product", related_name="forecasts", on_delete=fields.CASCADE
    )
    warehouse: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Warehouse", related_name="forecasts", on_delete=fields.CASCADE
    )
    level = fields.FloatField()  # the prediction intervals' coverage
    horizon_days = fields.IntField()  # days fitted from `start` (a request for fewer reads a prefix)
    start = fields.DateField()  # the first forecast day
    # sha256 of the start and the daily history: equal means fitted on this very history.
    history_fingerprint = fields.CharField(max_length=64)
    fitted_at = fields.DatetimeField()
    fits = fields.IntField(default=1)  # times fitted (and stored) since the row was made
    method = fields.CharField(max_length=16)
    # [[mean, lower, upper], ...], one entry per day from `start`.
    days: list[list[float]] = fields.JSONField()  # type: ignore[assignment]
    residual_error = fields.FloatField()
    holdout_days = fields.IntField(null=True)  # null: too short for a backtest
    mase = fields.FloatField(null=True)
    mape = fields.FloatField(null=True)
    rmse = fields.FloatField(null=True)

    product_id: int
    warehouse_id: int

    class Meta:
        table = "demand_forecast"
        unique_together = (("product", "warehouse", "level", "horizon_days"),)

    def __str__(self) -> str:
        return f"forecast {self.product_id}@{self.warehouse_id} {self.horizon_days}d"
