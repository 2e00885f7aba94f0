"""Daily demand models and their backtest (no database here: a series in, a forecast out).

A series with demand on fewer than 1 day in 1.32 (Syntetos & Boylan's ADI cut-off) is
intermittent: Croston's method (simple exponential smoothing of the sizes of non-zero demands
and of the intervals between them; the daily rate is size / interval). Anything else gets an
additive ETS model (statsmodels' ETSModel, which gives prediction intervals in closed form):
with a weekly season once two full weeks are known, with or without a linear trend, the
candidate with the lowest AICc chosen.

Every forecast is backtested: the model is fitted again without the last `holdout` days and
scored on them. MASE is scaled by the in-sample one-step naive error (null when that is zero:
a constant history); MAPE (percent) is over the held-out days with demand (null when none had).
The daily error (RMSE of the holdout, else the in-sample residuals) is what safety stock uses.
The history is taken from the first day with demand.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from statistics import NormalDist

import numpy as np

WEEK = 7
INTERMITTENT_ADI = 1.32
CROSTON_ALPHA = 0.1  # Croston's classic smoothing constant (fixed, not fitted: few non-zero points)
MAX_HOLDOUT = 28
MIN_TRAINING = 2 * WEEK


class ForecastMethod(StrEnum):
    NO_DEMAND = "NO_DEMAND"
    CONSTANT = "CONSTANT"
    LEVEL = "LEVEL"
    TREND = "TREND"
    SEASONAL = "SEASONAL"
    SEASONAL_TREND = "SEASONAL_TREND"
    CROSTON = "CROSTON"


@dataclass(frozen=True)
class Fit:
    method: ForecastMethod
    mean: list[float]
    lower: list[float]
    upper: list[float]
    residual_error: float  # in-sample one-step RMSE


@dataclass(frozen=True)
class Backtest:
    holdout_days: int
    mase: float | None
    mape: float | None
    rmse: float


@dataclass(frozen=True)
class SeriesForecast:
    fit: Fit
    backtest: Backtest | None

    @property
    def daily_error(self) -> float:
        """The error safety stock is sized on: the backtest's when there was one."""
        return self.backtest.rmse if self.backtest is not None else self.fit.residual_error

    def demand_over(self, days: int) -> float:
        return float(sum(self.fit.mean[:days]))


def is_intermittent(y: np.ndarray) -> bool:
    nonzero = int(np.count_nonzero(y))
    return nonzero > 0 and len(y) / nonzero >= INTERMITTENT_ADI


def _croston(y: np.ndarray, horizon: int, z: float) -> Fit:
    # statsmodels and pandas take a second or so to import: only when a forecast is made.
    from statsmodels.tsa.holtwinters import SimpleExpSmoothing

    where = np.flatnonzero(y)
    sizes = y[where]
    # Intervals between demands: the history starts at the first one (forecast_series), so the
    # wait before it is unknown. A single demand's interval is the days seen since it began.
    intervals = np.diff(where).astype(float) if len(where) > 1 else np.array([float(len(y))])

    def smooth(values: np.ndarray) -> float:
        if len(values) == 1:
            return float(values[0])
        model = SimpleExpSmoothing(values, initialization_method="known", initial_level=float(values[0]))
        return float(model.fit(smoothing_level=CROSTON_ALPHA, optimized=False).forecast(1)[0])

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a perfect fit's AIC is log(0): not used here
        rate = smooth(sizes) / smooth(intervals)
    # Croston gives no distribution: the spread of daily demand around the rate stands in.
    error = float(np.sqrt(np.mean((y - rate) ** 2)))
    return Fit(
        ForecastMethod.CROSTON,
        [rate] * horizon,
        [max(0.0, rate - z * error)] * horizon,
        [rate + z * error] * horizon,
        error,
    )


ETS_SHAPES: dict[tuple[str | None, str | None], ForecastMethod] = {
    (None, None): ForecastMethod.LEVEL,
    ("add", None): ForecastMethod.TREND,
    (None, "add"): ForecastMethod.SEASONAL,
    ("add", "add"): ForecastMethod.SEASONAL_TREND,
}


def _ets(y: np.ndarray, horizon: int, level: float, method: ForecastMethod | None = None) -> Fit:
    import pandas as pd
    from statsmodels.tsa.exponential_smoothing.ets import ETSModel

    series = pd.Series(y, index=pd.date_range(date(2000, 1, 3), periods=len(y), freq="D"))
    seasons: list[str | None] = ["add", None] if len(y) >= MIN_TRAINING else [None]
    # (trend, season) candidates: all that fit the length, or the one a backtest re-fits.
    shapes = [(trend, seasonal) for seasonal in seasons for trend in (None, "add")]
    if method is not None:
        shapes = [shape for shape in shapes if ETS_SHAPES[shape] is method] or shapes
    best = None
    with warnings.catch_warnings():
        # Convergence and perfect-fit warnings: the AICc comparison decides what is kept.
        warnings.simplefilter("ignore")
        for trend, seasonal in shapes:
            model = ETSModel(
                series, error="add", trend=trend, seasonal=seasonal, seasonal_periods=WEEK if seasonal else None
            )
            try:
                result = model.fit(disp=False)
            except (ValueError, np.linalg.LinAlgError):
                continue
            if not math.isfinite(result.aicc):
                continue
            if best is None or result.aicc < best[0].aicc:
                best = (result, trend, seasonal)
        if best is None:
            return _flat(y, horizon, level)
        result, trend, seasonal = best
        frame = result.get_prediction(start=len(y), end=len(y) + horizon - 1).summary_frame(alpha=1 - level)
    method = ETS_SHAPES[(trend, seasonal)]
    # Demand is never negative: a falling trend flattens at zero.
    mean = [max(0.0, float(v)) for v in frame["mean"]]
    return Fit(
        method,
        mean,
        [max(0.0, float(v)) for v in frame["pi_lower"]],
        [max(0.0, float(v)) for v in frame["pi_upper"]],
        float(np.sqrt(np.mean(np.asarray(result.resid) ** 2))),
    )


def _flat(y: np.ndarray, horizon: int, level: float) -> Fit:
    """A constant history (or one no model could fit): its mean, spread by its deviation."""
    mean = float(np.mean(y)) if len(y) else 0.0
    error = float(np.std(y)) if len(y) else 0.0
    z = _z(level)
    method = ForecastMethod.CONSTANT if error == 0 else ForecastMethod.LEVEL
    return Fit(method, [mean] * horizon, [max(0.0, mean - z * error)] * horizon, [mean + z * error] * horizon, error)


def _z(level: float) -> float:
    """The two-sided normal quantile of a central interval of `level`."""
    return NormalDist().inv_cdf(0.5 + level / 2)


def fit(history: Sequence[float], horizon: int, level: float = 0.8, method: ForecastMethod | None = None) -> Fit:
    y = np.asarray(history, dtype=float)
    if len(y) == 0 or not np.any(y):
        return Fit(ForecastMethod.NO_DEMAND, [0.0] * horizon, [0.0] * horizon, [0.0] * horizon, 0.0)
    if is_intermittent(y):
        return _croston(y, horizon, _z(level))
    if np.ptp(y) == 0:
        return _flat(y, horizon, level)
    return _ets(y, horizon, level, method)


def backtest(history: Sequence[float], horizon: int, method: ForecastMethod | None = None) -> Backtest | None:
    """Refit without the last days and score the forecast of them; None when too short. Given
    the model chosen on the whole history, an ETS backtest re-fits that shape only (the
    selection is not re-run: a quarter of the fits)."""
    y = np.asarray(history, dtype=float)
    holdout = min(max(horizon, WEEK), MAX_HOLDOUT, len(y) // 4)
    if holdout < 1 or len(y) - holdout < MIN_TRAINING:
        return None
    train, actual = y[:-holdout], y[-holdout:]
    predicted = np.asarray(fit(train.tolist(), holdout, method=method).mean, dtype=float)
    errors = actual - predicted
    scale = float(np.mean(np.abs(np.diff(train))))
    with_demand = actual != 0
    return Backtest(
        holdout_days=holdout,
        mase=float(np.mean(np.abs(errors)) / scale) if scale > 0 else None,
        mape=float(np.mean(np.abs(errors[with_demand]) / actual[with_demand]) * 100) if with_demand.any() else None,
        rmse=float(np.sqrt(np.mean(errors**2))),
    )


def forecast_series(history: Sequence[float], horizon: int, level: float = 0.8) -> SeriesForecast:
    """The days before the first demand are dropped: a product not yet sold there is no
    evidence of zero demand (it would read as a level shift or an intermittent series)."""
    y = np.asarray(history, dtype=float)
    nonzero = np.flatnonzero(y)
    sold = y[nonzero[0] :].tolist() if len(nonzero) else []
    chosen = fit(sold, horizon, level)
    return SeriesForecast(chosen, backtest(sold, horizon, chosen.method))
