"""Demand history per SKU and warehouse per day, read with one GROUP BY, and its forecast.

Demand is what orders asked a warehouse for, on the day they asked: units allocated from the
warehouse (allocations still RESERVED or SHIPPED; released ones were cancelled or moved and are
not demand), by the UTC day the allocation was made. Units backordered (not yet allocated
anywhere) are counted by `services.replenishment`, not here: no warehouse was asked for them.

The history is the `HISTORY_DAYS` full days before today; days without demand are zeros. The
forecast starts today. Models and their backtest: `services.forecast_models`; stored fits:
`services.forecast_store`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from models.catalog import Product
from models.inventory import Allocation
from services import db
from services.access import Principal
from services.catalog import require_own_warehouse
from services.errors import DomainError, ErrorCode, Problem
from services.forecast_models import SeriesForecast
from services.forecast_store import MAX_HORIZON, forecasts
from services.sql import is_postgres, placeholders, sql

HISTORY_DAYS = 182
DEMANDED = ("RESERVED", "SHIPPED")


@dataclass(frozen=True)
class DemandForecast:
    sku: str
    warehouse: str
    start: date  # the first forecast day (today, UTC)
    history: list[float]  # HISTORY_DAYS days, oldest first, ending yesterday
    level: float  # the prediction intervals' coverage
    result: SeriesForecast


def today() -> date:
    return datetime.now(UTC).date()


async def daily_demand(
    pairs: list[tuple[int, int]] | None, *, end: date, days: int, warehouse: str | None = None
) -> dict[tuple[int, int], list[float]]:
    """Units demanded per (product, warehouse) per day over the `days` days before `end`
    (oldest first, zeros where nothing was asked) in one statement: for the given pairs, or
    (None) for every pair with demand, at the `warehouse` (its code) if one is given."""
    if pairs is not None and not pairs:
        return {}
    conn = db.connection()
    created = Allocation._meta.fields_map["created_at"]
    start = end - timedelta(days=days)
    params: list[Any] = [
        *DEMANDED,
        *(created.to_db_value(datetime.combine(d, time(), tzinfo=UTC), Allocation) for d in (start, end)),  # type: ignore[arg-type]
    ]
    where = [f"a.status IN ({placeholders(DEMANDED)})", "a.created_at >= ?", "a.created_at < ?"]
    if pairs is not None:
        products, warehouses = sorted({p for p, _ in pairs}), sorted({w for _, w in pairs})
        where += [f"a.product_id IN ({placeholders(products)})", f"a.warehouse_id IN ({placeholders(warehouses)})"]
        params += [*products, *warehouses]
    if warehouse is not None:
        where.append("a.warehouse_id = (SELECT id FROM warehouse WHERE code = ?)")
        params.append(warehouse)
    day = "CAST(a.created_at AT TIME ZONE 'UTC' AS DATE)" if is_postgres(conn) else "date(a.created_at)"
    statement = (
        f"SELECT a.product_id AS product_id, a.warehouse_id AS warehouse_id, {day} AS day, SUM(a.quantity) AS units "
        f"FROM allocation a WHERE {' AND '.join(where)} GROUP BY a.product_id, a.warehouse_id, {day}"
    )
    rows = await conn.execute_query_dict(sql(conn, statement), params)
    series: dict[tuple[int, int], list[float]] = defaultdict(lambda: [0.0] * days)
    wanted = set(pairs) if pairs is not None else None
    for row in rows:
        key = (int(row["product_id"]), int(row["warehouse_id"]))
        index = (_as_date(row["day"]) - start).days
        if (wanted is None or key in wanted) and 0 <= index < days:
            series[key][index] += float(row["units"])
    return dict(series)


def _as_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def check_level(level: float, field: str) -> Problem | None:
    if not 0.5 <= level < 1:
        return Problem(ErrorCode.INVALID, f"{field} must be at least 0.5 and below 1.", (field,))
    return None


async def demand_forecast(
    principal: Principal, *, sku: str, warehouse: str, horizon_days: int, level: float = 0.8
) -> DemandForecast:
    """The daily forecast of one SKU at one warehouse (staff; a WAREHOUSE token: its own)."""
    problems: list[Problem] = []
    if not 1 <= horizon_days <= MAX_HORIZON:
        problems.append(Problem(ErrorCode.INVALID, f"horizonDays must be within 1..{MAX_HORIZON}.", ("horizonDays",)))
    if (bad_level := check_level(level, "intervalLevel")) is not None:
        problems.append(bad_level)
    if problems:
        raise DomainError(problems)
    found = await require_own_warehouse(principal, warehouse)
    product = await Product.get_or_none(sku=sku)
    if product is None:
        raise DomainError.one(ErrorCode.UNKNOWN_SKU, f"Unknown SKU {sku!r}.", ["sku"])
    start = today()
    history = (await daily_demand([(product.id, found.id)], end=start, days=HISTORY_DAYS)).get(
        (product.id, found.id), [0.0] * HISTORY_DAYS
    )
    # Fitting is CPU work of up to a second or so: a fit stored for this very history (by the
    # refresh loop or an earlier request, in any process) is read instead (services/forecast_store.py).
    pair = (product.id, found.id)
    result = (await forecasts({pair: history}, start=start, horizon=horizon_days, level=level))[pair]
    return DemandForecast(product.sku, found.code, start, history, level, result)
