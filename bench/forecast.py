"""`python -m bench.forecast [--series N]`: the stored forecasts (services/forecast_store.py)
against fitting on demand.

On a scratch SQLite database (migrated, the demo catalogue, then N/3 generated products at its
3 warehouses, each stock level with 182 days of generated demand: two thirds regular with a
weekly season, trend and noise, one third intermittent), it measures:

- the raw baseline: `forecast_models.forecast_series` on each history in process, no
  database (what a request paid per series before the store, and what the refresh pays);
- `refresh` cold (every series fitted and stored) and warm (nothing changed: every series
  read and its fingerprint checked, nothing fitted);
- `replenishment_suggestions` with the store emptied (every series fitted on demand, then
  stored) and then with the store full (read back).

Usage: `.venv/bin/python -m bench.forecast --series 300`.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from datetime import time as day_time
from decimal import Decimal
from pathlib import Path

from models.catalog import Product, Warehouse
from models.forecast import StoredForecast
from models.inventory import StockLevel
from models.orders import Order
from services import catalog, db
from services.access import SYSTEM
from services.demo import seed_demo
from services.forecast import HISTORY_DAYS, daily_demand, today
from services.forecast_models import forecast_series
from services.forecast_refresh import refresh
from services.forecast_store import PLANNING_LEVEL
from services.migrations import migrate
from services.replenishment import replenishment_suggestions
from services.wiring import wire
from settings import Settings


def _series(rng: random.Random, regular: bool) -> list[int]:
    if not regular:
        return [rng.choice((1, 2, 5)) if rng.random() < 0.15 else 0 for _ in range(HISTORY_DAYS)]
    base, trend, week = rng.uniform(5, 40), rng.uniform(-0.02, 0.05), [rng.uniform(0.6, 1.6) for _ in range(7)]
    return [max(0, round((base + trend * d) * week[d % 7] + rng.gauss(0, base * 0.15))) for d in range(HISTORY_DAYS)]


async def _generate(series: int, rng: random.Random) -> None:
    await seed_demo(orders=1, world=False)
    order = await Order.all().order_by("id").first()
    assert order is not None
    warehouses = await Warehouse.all().order_by("id")
    conn = db.connection()
    start = today() - timedelta(days=HISTORY_DAYS)
    rows: list[list[object]] = []
    for n in range(math.ceil(series / len(warehouses))):
        product = await catalog.create_product(sku=f"BENCH-{n:05d}", name=f"Bench {n}", price=Decimal("1.00"))
        for warehouse in warehouses:
            await StockLevel.create(product_id=product.id, warehouse_id=warehouse.id, reorder_quantity=10)
            for d, units in enumerate(_series(rng, regular=n % 3 != 2)):
                if units:
                    moment = datetime.combine(start + timedelta(days=d), day_time(12), tzinfo=UTC)
                    rows.append([order.id, warehouse.id, product.id, units, "SHIPPED", moment.isoformat()])
    await conn.execute_many(
        "INSERT INTO allocation (order_id, warehouse_id, product_id, quantity, status, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )


async def run(series: int) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings(database_url=f"sqlite://{Path(scratch) / 'bench.sqlite3'}", env="development")
        await migrate(settings)
        wire()
        async with db.opened(settings):
            await _generate(series, random.Random(7))
            histories = await daily_demand(None, end=today(), days=HISTORY_DAYS)
            bench_ids = {p.id for p in await Product.filter(sku__startswith="BENCH-")}
            histories = {k: v for k, v in histories.items() if k[0] in bench_ids}
            fits = []
            forecast_series([1.0, 2.0] * 20, 7)  # statsmodels' import: not a fit's cost
            for history in histories.values():
                started = time.perf_counter()
                # 7 days: what the refresh fits for a stock level whose lead time is a week or less.
                forecast_series(history, 7, PLANNING_LEVEL)
                fits.append(time.perf_counter() - started)
            cold = await refresh()
            warm = await refresh()
            await StoredForecast.all().delete()
            started = time.perf_counter()
            on_demand = await replenishment_suggestions(SYSTEM)
            fitted_on_demand = time.perf_counter() - started
            started = time.perf_counter()
            stored = await replenishment_suggestions(SYSTEM)
            read_back = time.perf_counter() - started
    n = len(histories)
    print(f"{n} series ({cold.series} stock levels with demand incl. the demo's), SQLite, one process")
    print("| step | series fitted | total s | ms per series |")
    print("|---|---:|---:|---:|")
    print(
        f"| raw: forecast_series in process, no database | {n} | {sum(fits):.1f} | {1000 * sum(fits) / n:.0f} "
        f"(median {1000 * statistics.median(fits):.0f}) |"
    )
    for label, report in (("refresh, cold", cold), ("refresh, warm (nothing changed)", warm)):
        print(f"| {label} | {report.fitted} | {report.seconds:.1f} | {1000 * report.seconds / report.series:.1f} |")
    print(
        f"| replenishmentSuggestions, store empty (fit on demand) | {cold.series} | {fitted_on_demand:.1f} | "
        f"{1000 * fitted_on_demand / cold.series:.0f} |"
    )
    print(f"| replenishmentSuggestions, store full | 0 | {read_back:.2f} | {1000 * read_back / cold.series:.1f} |")
    print(f"({len(on_demand)} suggestions both times: {len(on_demand) == len(stored)})")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--series", type=int, default=300)
    asyncio.run(run(parser.parse_args().series))
