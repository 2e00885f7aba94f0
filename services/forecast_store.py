"""Stored forecasts: a series is fitted once per history and the fit kept in `demand_forecast`
(models/forecast.py), shared by every process, read by `demandForecast`, the replenishment
suggestions and the DEMAND_SPIKE rule; refreshed ahead of use by `services.forecast_refresh`.

A stored row serves a request when it was fitted on the same history (the fingerprint: the
first forecast day and the daily figures), at the same interval level, for at least as many
days, and with the backtest the request would have made. The backtest holds out
min(max(horizon, 7), 28) days (`forecast_models.backtest`), so rows are kept per holdout class:
a horizon up to a week is fitted for 7 days, 8..27 days for exactly that many, and 28 or more
for `MAX_HORIZON` days; a forecast of fewer days is a prefix of a longer one (the same model,
means and intervals), so the answer is the one an on-demand fit would give.

Otherwise the series is fitted on demand (off the event loop) and stored, replacing the stale
row: the next request, in any process, reads it.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.expressions import F

from models.catalog import Product
from models.forecast import StoredForecast
from services.forecast_models import MAX_HOLDOUT, WEEK, Backtest, Fit, ForecastMethod, SeriesForecast, forecast_series

MAX_HORIZON = 365
# The interval level of the forecasts planning keeps (the refresh loop's, the replenishment
# suggestions' and the DEMAND_SPIKE rule's bound): suggestions use the mean and the daily
# error only, which no level changes; a spike is a day above the 97.5th percentile.
PLANNING_LEVEL = 0.95
Pair = tuple[int, int]  # (product id, warehouse id)


def fitted_horizon(horizon: int) -> int:
    """The days a request for `horizon` days is fitted (and stored) for: see the module doc."""
    holdout_class = min(max(horizon, WEEK), MAX_HOLDOUT)
    return MAX_HORIZON if holdout_class == MAX_HOLDOUT else holdout_class


def fingerprint(start: date, history: list[float]) -> str:
    text = start.isoformat() + ":" + ",".join(repr(float(x)) for x in history)
    return hashlib.sha256(text.encode()).hexdigest()


def as_forecast(row: StoredForecast, horizon: int) -> SeriesForecast:
    """The first `horizon` days of a stored row."""
    days = row.days[:horizon]
    fit = Fit(
        ForecastMethod(row.method),
        [d[0] for d in days],
        [d[1] for d in days],
        [d[2] for d in days],
        row.residual_error,
    )
    backtest = None
    if row.holdout_days is not None:
        backtest = Backtest(row.holdout_days, row.mase, row.mape, row.rmse if row.rmse is not None else 0.0)
    return SeriesForecast(fit, backtest)


async def stored_rows(
    pairs: list[Pair], *, level: float, horizon: int, using_db: BaseDBAsyncClient | None = None
) -> dict[Pair, StoredForecast]:
    """The stored rows of these pairs for this level and horizon class, fresh or not."""
    if not pairs:
        return {}
    wanted = set(pairs)
    query = StoredForecast.filter(
        product_id__in=sorted({p for p, _ in pairs}),
        warehouse_id__in=sorted({w for _, w in pairs}),
        level=level,
        horizon_days=fitted_horizon(horizon),
    )
    if using_db is not None:
        query = query.using_db(using_db)
    return {(r.product_id, r.warehouse_id): r for r in await query if (r.product_id, r.warehouse_id) in wanted}


async def fit_and_store(
    pair: Pair,
    history: list[float],
    *,
    start: date,
    horizon: int,
    level: float,
    using_db: BaseDBAsyncClient | None = None,
) -> SeriesForecast:
    """Fit the series for its horizon class (CPU work: off the event loop) and store it."""
    days = fitted_horizon(horizon)
    result = await asyncio.to_thread(forecast_series, tuple(history), days, level)
    await _save(
        pair, result, level=level, days=days, fingerprint=fingerprint(start, history), start=start, using_db=using_db
    )
    return SeriesForecast(
        Fit(
            result.fit.method,
            result.fit.mean[:horizon],
            result.fit.lower[:horizon],
            result.fit.upper[:horizon],
            result.fit.residual_error,
        ),
        result.backtest,
    )


async def _save(
    pair: Pair,
    result: SeriesForecast,
    *,
    level: float,
    days: int,
    fingerprint: str,
    start: date,
    using_db: BaseDBAsyncClient | None,
) -> None:
    fit, backtest = result.fit, result.backtest
    values = {
        "start": start,
        "history_fingerprint": fingerprint,
        "fitted_at": datetime.now(UTC),
        "method": fit.method.value,
        "days": [[m, lo, hi] for m, lo, hi in zip(fit.mean, fit.lower, fit.upper, strict=True)],
        "residual_error": fit.residual_error,
        "holdout_days": backtest.holdout_days if backtest else None,
        "mase": backtest.mase if backtest else None,
        "mape": backtest.mape if backtest else None,
        "rmse": backtest.rmse if backtest else None,
    }
    key = {"product_id": pair[0], "warehouse_id": pair[1], "level": level, "horizon_days": days}
    query = StoredForecast.filter(**key)
    if using_db is not None:
        query = query.using_db(using_db)
    if await query.update(fits=F("fits") + 1, **values):
        return
    try:
        await StoredForecast.create(**key, **values, using_db=using_db)
    except IntegrityError:
        if using_db is not None:
            raise  # the transaction is aborted (PostgreSQL): the caller's to skip the series
        # Another process stored this series between the update and the insert: the same
        # history gives the same forecast; it is replaced by this one.
        await StoredForecast.filter(**key).update(fits=F("fits") + 1, **values)


async def forecasts(
    histories: Mapping[Pair, list[float]], *, start: date, horizon: int, level: float
) -> dict[Pair, SeriesForecast]:
    """The forecast of each series: the stored one when fresh for this history, else fitted
    now and stored (one read for all of them, one write per series fitted)."""
    rows = await stored_rows(list(histories), level=level, horizon=horizon)
    found: dict[Pair, SeriesForecast] = {}
    for pair, history in histories.items():
        row = rows.get(pair)
        if row is not None and row.history_fingerprint == fingerprint(start, history):
            found[pair] = as_forecast(row, horizon)
        else:
            found[pair] = await fit_and_store(pair, history, start=start, horizon=horizon, level=level)
    return found


@dataclass(frozen=True)
class DayBound:
    """A SKU's stored forecast of one day, summed over its warehouses."""

    units: float
    upper: float
    level: float
    series: int  # warehouses whose forecast covers the day


async def day_bounds(skus: list[str], day: date, *, level: float = PLANNING_LEVEL) -> dict[str, DayBound]:
    """Per SKU, its stored forecasts of `day` (fresh or not: the forecast made before the day
    is the one to judge it by), the newest per warehouse. The sum of the warehouses' upper
    bounds is wider than the interval of the sum: a spike by it is a spike by any measure."""
    products = {p.id: p.sku for p in await Product.filter(sku__in=skus).only("id", "sku")}
    if not products:
        return {}
    rows = await StoredForecast.filter(
        product_id__in=sorted(products), level=level, start__lte=day, start__gt=day - timedelta(days=MAX_HORIZON)
    ).order_by("start", "horizon_days")
    newest: dict[Pair, StoredForecast] = {}
    for row in rows:
        if (day - row.start).days < len(row.days):
            newest[(row.product_id, row.warehouse_id)] = row  # ordered: the last one wins
    sums: dict[str, list[float]] = {}
    for (product_id, _), row in newest.items():
        units, _, upper = row.days[(day - row.start).days]
        total = sums.setdefault(products[product_id], [0.0, 0.0, 0.0])
        total[0] += units
        total[1] += upper
        total[2] += 1
    return {sku: DayBound(units, upper, level, int(n)) for sku, (units, upper, n) in sums.items()}
