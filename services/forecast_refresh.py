"""The forecast refresh: every stock level with demand gets its planning forecast fitted for
today's history and stored (services/forecast_store.py), ahead of the requests and the
DEMAND_SPIKE rule that read it; `ForecastRefreshWorker` runs it every
`settings.forecast_refresh_seconds` in the background loops (background.py), `oms forecast
refresh` on demand.

Several processes may refresh at once. Each series is its own short unit of work, committed
alone, so a crash loses one fit at most and the next round redoes only what is stale (a fresh
row, same fingerprint, is skipped). On PostgreSQL a series is fitted under a transaction-scoped
advisory lock on its stock level, tried without waiting: a series another process is fitting
is skipped (it is being stored), so several processes share the work instead of repeating it.
On SQLite (one process) there is no lock; a series stored twice is the same forecast.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.catalog import Supplier
from models.inventory import StockLevel
from models.supply import SupplierProduct
from services import db
from services.forecast import HISTORY_DAYS, daily_demand, today
from services.forecast_store import PLANNING_LEVEL, Pair, fingerprint, fit_and_store, stored_rows
from services.poll_worker import IntervalWorker
from services.replenishment import planning_horizon
from services.sql import is_postgres
from settings import Settings

log = logging.getLogger("oms.forecast")

# The advisory lock space of forecast refreshes: (this, stock level id) on PostgreSQL's
# two-integer key space, apart from the relay's one-bigint key.
LOCK_SPACE = 0x0F0C


@dataclass
class RefreshReport:
    series: int = 0  # stock levels with demand
    fitted: int = 0  # fitted and stored by this run
    fresh: int = 0  # already stored for today's history
    busy: int = 0  # being fitted by another process
    seconds: float = 0.0


async def refresh(stop: asyncio.Event | None = None) -> RefreshReport:
    """Fit and store every stale planning forecast; stops between two series once `stop` is set."""
    started = time.perf_counter()
    report = RefreshReport()
    start = today()
    histories = await daily_demand(None, end=start, days=HISTORY_DAYS)
    products = sorted({p for p, _ in histories})
    levels = {
        (lv.product_id, lv.warehouse_id): lv.id
        for lv in await StockLevel.filter(product_id__in=products).only("id", "product_id", "warehouse_id")
    }
    offers: dict[int, list[tuple[Supplier, SupplierProduct]]] = defaultdict(list)
    for offer in await SupplierProduct.filter(product_id__in=products).prefetch_related("supplier"):
        offers[offer.product_id].append((offer.supplier, offer))  # type: ignore[arg-type]
    for pair in sorted(p for p in histories if p in levels):
        if stop is not None and stop.is_set():
            break
        report.series += 1
        outcome = await _refresh_one(
            pair, levels[pair], histories[pair], start=start, horizon=planning_horizon(offers[pair[0]])
        )
        setattr(report, outcome, getattr(report, outcome) + 1)
    report.seconds = time.perf_counter() - started
    return report


async def _refresh_one(pair: Pair, level_id: int, history: list[float], *, start: date, horizon: int) -> str:
    """'fitted', 'fresh' or 'busy'."""
    if not is_postgres(db.connection()):
        row = (await stored_rows([pair], level=PLANNING_LEVEL, horizon=horizon)).get(pair)
        if row is not None and row.history_fingerprint == fingerprint(start, history):
            return "fresh"
        await fit_and_store(pair, history, start=start, horizon=horizon, level=PLANNING_LEVEL)
        return "fitted"
    try:
        async with in_transaction() as conn:
            locked = await conn.execute_query_dict(
                "SELECT pg_try_advisory_xact_lock($1, $2) AS locked", [LOCK_SPACE, level_id]
            )
            if not locked[0]["locked"]:
                return "busy"
            row = (await stored_rows([pair], level=PLANNING_LEVEL, horizon=horizon, using_db=conn)).get(pair)
            if row is not None and row.history_fingerprint == fingerprint(start, history):
                return "fresh"
            await fit_and_store(pair, history, start=start, horizon=horizon, level=PLANNING_LEVEL, using_db=conn)
            return "fitted"
    except IntegrityError:
        return "busy"  # a request stored its first row meanwhile: it is fresh


class ForecastRefreshWorker(IntervalWorker):
    """Runs `refresh` every `settings.forecast_refresh_seconds` (0: never), first after one
    interval, as the alert rules run (services/poll_worker.py); a failed round is retried the
    next, redoing only the series still stale. At stop, the round ends after the fit in hand."""

    name = "forecast-refresh"
    log = log

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings.forecast_refresh_seconds)
        self.last_report: RefreshReport | None = None

    async def run_round(self) -> str | None:
        report = self.last_report = await refresh(self.stopping)
        if not report.fitted:
            return None
        return f"{report.fitted} of {report.series} series fitted in {report.seconds:.1f}s"
