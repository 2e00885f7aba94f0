"""Stored forecasts: a series is fitted once per history (the stored row counts its fits), read
back as the very forecast a fit gives, refitted when its history changes; the refresh loop in
the app's lifespan fills the store; DEMAND_SPIKE judges a day by the stored forecast's upper
bound, and by the trailing average (saying so) when there is none."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from models.access import Role
from models.alerts import Alert
from models.catalog import Product, Warehouse
from models.forecast import StoredForecast
from models.inventory import AllocationStatus, StockLevel
from services.alert_rules import run_rules
from services.forecast import HISTORY_DAYS, daily_demand, today
from services.forecast_refresh import refresh
from services.forecast_store import MAX_HORIZON, PLANNING_LEVEL, fingerprint
from tests.fixtures.backends import Backends, settings_for
from tests.fixtures.catalog import seed_catalog, seed_suppliers
from tests.fixtures.database import make_token
from tests.fixtures.server import Server, serve_clean
from tests.fixtures.waiting import eventually
from tests.graphql.test_alert_rules import kinds, order
from tests.graphql.test_forecast import WEEK, demand_history, forecast, suggestions

# A weekly pattern with noise: a seasonal model with an interval a few units wide.
NOISY = [v + (2 if i % 3 == 0 else -1) for i, v in enumerate(WEEK * 8)]


async def stored(sku: str, warehouse: str, *, level: float, days: int) -> StoredForecast | None:
    product, found = await Product.get(sku=sku), await Warehouse.get(code=warehouse)
    return await StoredForecast.get_or_none(
        product_id=product.id, warehouse_id=found.id, level=level, horizon_days=days
    )


async def test_two_requests_fit_once_and_a_history_change_refits(server: Server, admin_token: str) -> None:
    await seed_catalog(admin_token, stock=0)
    await demand_history(admin_token, "SKU-A", "east", WEEK * 8)

    first = await forecast(server, admin_token, "SKU-A", "east", 14)
    again = await forecast(server, admin_token, "SKU-A", "east", 14)
    row = await stored("SKU-A", "east", level=0.8, days=14)

    assert again == first  # read back, the same forecast as the fit
    assert row is not None and (row.fits, row.method, len(row.days)) == (1, "SEASONAL", 14)

    # A month or more is one row for MAX_HORIZON days: 30 days are a prefix of 60.
    month = await forecast(server, admin_token, "SKU-A", "east", 30)
    two = await forecast(server, admin_token, "SKU-A", "east", 60)
    long_row = await stored("SKU-A", "east", level=0.8, days=MAX_HORIZON)
    assert long_row is not None and long_row.fits == 1
    assert two["days"][:30] == month["days"] and two["backtest"] == month["backtest"]

    # Yesterday's demand doubles: a new history, fitted again (and stored over the old fit).
    await demand_history(admin_token, "SKU-A", "east", [WEEK[-1]], status=AllocationStatus.RESERVED)
    changed = await forecast(server, admin_token, "SKU-A", "east", 14)
    await row.refresh_from_db()
    assert row.fits == 2 and changed["historyUnits"] == first["historyUnits"] + WEEK[-1]
    assert changed["days"] != first["days"]
    assert await StoredForecast.all().count() == 2


async def test_suggestions_read_the_refreshed_forecasts_without_fitting_again(server: Server, admin_token: str) -> None:
    await seed_catalog(admin_token, stock=0)
    await seed_suppliers(admin_token)
    await demand_history(admin_token, "SKU-A", "east", WEEK * 8)
    await demand_history(admin_token, "SKU-B", "eu", [1.0, 0, 0, 2.0, 0, 0, 0] * 6)

    report = await refresh()
    before = await suggestions(server, admin_token)
    again = await refresh()
    after = await suggestions(server, admin_token)

    assert (report.series, report.fitted, report.fresh) == (2, 2, 0)
    assert (again.series, again.fitted, again.fresh) == (2, 0, 2)
    assert after == before and {s["forecastMethod"] for s in before} >= {"SEASONAL", "CROSTON"}
    rows = await StoredForecast.all()
    assert sorted((r.fits, r.level) for r in rows) == [(1, PLANNING_LEVEL), (1, PLANNING_LEVEL)]


async def test_the_refresh_loop_fills_the_store_for_every_stock_level_with_demand(backends: Backends) -> None:
    async with serve_clean(settings_for(backends, forecast_refresh_seconds=0.05)):
        admin = await make_token(Role.ADMIN)
        await seed_catalog(admin, stock=0)
        await seed_suppliers(admin)  # a stock level per SKU and warehouse
        await demand_history(admin, "SKU-A", "east", WEEK * 4)
        await demand_history(admin, "SKU-B", "east", [3.0] * 20)
        await demand_history(admin, "SKU-A", "eu", [0, 5.0] * 10)
        with_demand = 3

        start = today()
        history = await daily_demand(None, end=start, days=HISTORY_DAYS)

        async def filled() -> bool:
            # Fitted on the whole history (a round may have met a history half written).
            rows = await StoredForecast.filter(level=PLANNING_LEVEL)
            return len(rows) == with_demand and all(
                r.history_fingerprint == fingerprint(start, history[(r.product_id, r.warehouse_id)]) for r in rows
            )

        await eventually(filled, within=60, what="the loop stores a forecast per stock level with demand")
        assert await StockLevel.all().count() > with_demand  # the others have no demand: not fitted
        assert await StoredForecast.all().count() == with_demand


async def spiky(admin: str) -> None:
    await seed_catalog(admin, stock=10_000)
    for sku in ("SKU-A", "SKU-B"):
        await demand_history(admin, sku, "east", NOISY)  # today is the pattern's 10-unit day


async def test_a_day_above_the_stored_forecasts_upper_bound_is_a_spike(server: Server, admin_token: str) -> None:
    await spiky(admin_token)
    await refresh()
    bound = (await stored("SKU-A", "east", level=PLANNING_LEVEL, days=7)).days[0]  # type: ignore[union-attr]
    await order("A-NOW", quantity=60)  # far above today's forecast of ~10
    # 11: above the floor of 10 units and infinitely above SKU-B's trailing order average (no
    # orders before), but within its forecast's interval: usual.
    await order("B-NOW", sku="SKU-B", quantity=11)

    now = datetime.now(UTC)
    raised = await run_rules(now)

    assert 8 < bound[0] < 12 and 11 < bound[2] < 60
    assert kinds(raised, "DEMAND_SPIKE") == [f"demand:SKU-A@{now.date().isoformat()}"]
    facts: dict[str, Any] = (await Alert.get(kind="DEMAND_SPIKE")).facts
    assert facts == {
        "sku": "SKU-A",
        "unitsLastDay": 60,
        "baseline": "FORECAST",
        "forecastUnits": round(bound[0], 2),
        "upperBound": round(bound[2], 2),
        "intervalLevel": PLANNING_LEVEL,
        "why": f"above the 95% prediction interval of the stored forecast of {now.date().isoformat()} (1 warehouse(s))",
    }


async def test_without_a_stored_forecast_the_trailing_average_decides_and_the_alert_says_so(
    server: Server, admin_token: str
) -> None:
    await spiky(admin_token)  # the same history, never refreshed: nothing stored
    await order("B-NOW", sku="SKU-B", quantity=11)

    now = datetime.now(UTC)
    raised = await run_rules(now)

    assert await StoredForecast.all().count() == 0
    assert kinds(raised, "DEMAND_SPIKE") == [f"demand:SKU-B@{now.date().isoformat()}"]
    facts = (await Alert.get(kind="DEMAND_SPIKE")).facts
    assert (facts["baseline"], facts["dailyAverage"], facts["unitsLastDay"]) == ("TRAILING_AVERAGE", 0.0, 11)
