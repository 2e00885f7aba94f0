"""Demand models against series with known answers: the forecast reproduces them and the
backtest's errors are reported (services.forecast_models: no database)."""

from __future__ import annotations

import itertools

import pytest

from services.forecast_models import ForecastMethod, forecast_series

WEEK = [10.0, 12.0, 14.0, 16.0, 18.0, 30.0, 40.0]


def test_a_pure_weekly_pattern_is_forecast_as_itself_with_no_backtest_error() -> None:
    history = WEEK * 8  # 56 days: ends on the pattern's last day

    result = forecast_series(history, 14)

    assert result.fit.method is ForecastMethod.SEASONAL
    assert result.fit.mean == pytest.approx(WEEK * 2, abs=1e-6)
    assert result.backtest is not None
    assert result.backtest.holdout_days == 14
    assert result.backtest.mase == pytest.approx(0, abs=1e-6)
    assert result.backtest.mape == pytest.approx(0, abs=1e-6)
    assert result.daily_error == pytest.approx(0, abs=1e-6)
    assert all(
        lo <= mean <= hi for lo, mean, hi in zip(result.fit.lower, result.fit.mean, result.fit.upper, strict=True)
    )


def test_a_linear_trend_is_extended() -> None:
    history = [5.0 + 2 * day for day in range(56)]

    result = forecast_series(history, 10)

    assert result.fit.method is ForecastMethod.TREND
    assert result.fit.mean == pytest.approx([5.0 + 2 * day for day in range(56, 66)], abs=1e-4)
    assert result.backtest is not None
    assert result.backtest.mase == pytest.approx(0, abs=1e-4)
    assert result.backtest.mape == pytest.approx(0, abs=1e-4)


def test_intermittent_demand_gets_crostons_rate_and_its_errors() -> None:
    history = [6.0, 0.0, 0.0] * 20  # 6 units every third day: 2 a day

    result = forecast_series(history, 7)

    assert result.fit.method is ForecastMethod.CROSTON
    assert result.fit.mean == pytest.approx([2.0] * 7)
    assert result.fit.lower == [0.0] * 7  # demand is never negative
    assert result.fit.upper[0] > 2.0
    assert result.backtest is not None
    # Held out: the last 7 days, [0, 6, 0, 0, 6, 0, 0], forecast 2 a day: |errors| 2, 4, 2, 2, 4, 2, 2.
    train = history[:-7]
    naive = sum(abs(b - a) for a, b in itertools.pairwise(train)) / (len(train) - 1)
    assert result.backtest.holdout_days == 7
    assert result.backtest.mape == pytest.approx(400 / 6)  # 4 / 6 on the days with demand, in percent
    assert result.backtest.mase == pytest.approx((18 / 7) / naive)
    assert result.daily_error == pytest.approx(result.backtest.rmse)


def test_intermittent_sizes_and_intervals_are_smoothed_separately() -> None:
    # Sizes 4 then 8 alternating, every other day: the rate is near 6 / 2 = 3 a day.
    history = [0.0, 4.0, 0.0, 8.0] * 10

    result = forecast_series(history, 3)

    assert result.fit.method is ForecastMethod.CROSTON
    assert result.fit.mean[0] == pytest.approx(3.0, abs=0.25)


def test_no_demand_forecasts_zero_with_no_backtest() -> None:
    result = forecast_series([0.0] * 60, 5)

    assert result.fit.method is ForecastMethod.NO_DEMAND
    assert result.fit.mean == [0.0] * 5
    assert result.backtest is None
    assert result.daily_error == 0.0


def test_days_before_the_first_demand_are_not_history() -> None:
    """Without the trim the 30 leading zeros read as intermittent demand (Croston, about 1.6 a
    day); from the first sale on the history is the weekly pattern."""
    result = forecast_series([0.0] * 30 + WEEK * 4, 7)

    assert result.fit.method is ForecastMethod.SEASONAL
    assert result.fit.mean == pytest.approx(WEEK, abs=1e-6)


def test_a_constant_history_is_repeated_and_its_mase_is_undefined() -> None:
    result = forecast_series([4.0] * 30, 3)

    assert result.fit.method is ForecastMethod.CONSTANT
    assert result.fit.mean == [4.0] * 3
    assert result.backtest is not None
    assert (result.backtest.mase, result.backtest.mape) == (None, 0.0)


def test_a_history_too_short_to_hold_days_out_has_no_backtest() -> None:
    result = forecast_series([1.0, 2.0, 3.0, 2.0, 1.0, 2.0, 3.0], 3)

    assert result.backtest is None
    assert len(result.fit.mean) == 3
    assert result.daily_error == result.fit.residual_error
