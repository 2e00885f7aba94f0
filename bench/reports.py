"""`oms bench --reports`: each analytics report against the same aggregate as plain SQL.

Run against the configured database (OMS_DATABASE_URL) after `oms seed --orders N`: the
report goes through services.analytics.report (the rollups where they hold the answer, the
raw rows otherwise, the catch-up with the outbox included), the baseline is a hand-written
GROUP BY over the raw tables, run on the same connection in the same process. Each side runs
`repeat` times, alternating; the median is reported, and ours / raw.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

from services.analytics import Dimension as D
from services.analytics import Measure as M

_DAY = "CAST(date_trunc('day', o.created_at AT TIME ZONE 'UTC') AS DATE)"
_WEEK = "CAST(date_trunc('week', o.created_at AT TIME ZONE 'UTC') AS DATE)"
_MONTH = "CAST(date_trunc('month', o.created_at AT TIME ZONE 'UTC') AS DATE)"
_LINES = 'FROM "order" o JOIN channel c ON c.id = o.channel_id JOIN order_line l ON l.order_id = o.id'
_WINDOW = "o.created_at >= $1 AND o.created_at < $2"


@dataclass(frozen=True)
class Case:
    name: str
    measures: list[M]
    dimensions: list[D]
    days: int
    raw: str  # the same aggregate, plain SQL over [$1, $2)


CASES = [
    Case(
        "revenue by day, one year",
        [M.REVENUE],
        [D.DAY],
        365,
        f"SELECT o.currency, {_DAY} AS d, SUM(l.line_total) AS revenue {_LINES} "
        f"WHERE {_WINDOW} AND o.status <> 'CANCELLED' GROUP BY 1, 2",
    ),
    Case(
        "orders, units, revenue by month and channel, one year",
        [M.ORDERS, M.UNITS, M.REVENUE],
        [D.MONTH, D.CHANNEL],
        365,
        f"SELECT o.currency, {_MONTH} AS m, c.code, COUNT(DISTINCT o.id) AS orders, SUM(l.quantity) AS units, "
        f"SUM(l.line_total) AS revenue {_LINES} WHERE {_WINDOW} AND o.status <> 'CANCELLED' GROUP BY 1, 2, 3",
    ),
    Case(
        "cancelled rate by week and country, one quarter",
        [M.CANCELLED_RATE],
        [D.WEEK, D.COUNTRY],
        91,
        f"SELECT o.currency, {_WEEK} AS w, o.ship_country, "
        "SUM(CASE WHEN o.status = 'CANCELLED' THEN l.quantity ELSE 0 END) AS cancelled_units, "
        f"SUM(l.quantity) AS units {_LINES} WHERE {_WINDOW} GROUP BY 1, 2, 3",
    ),
    Case(
        "units and revenue by SKU, one year",
        [M.UNITS, M.REVENUE],
        [D.SKU],
        365,
        f"SELECT o.currency, l.sku, SUM(l.quantity) AS units, SUM(l.line_total) AS revenue {_LINES} "
        f"WHERE {_WINDOW} AND o.status <> 'CANCELLED' GROUP BY 1, 2",
    ),
    Case(
        "returned units by month and SKU, one year",
        [M.RETURNED_UNITS],
        [D.MONTH, D.SKU],
        365,
        f'SELECT o.currency, {_MONTH} AS m, rl.sku, SUM(rl.quantity) AS returned FROM "order" o '
        "JOIN return_request rr ON rr.order_id = o.id JOIN return_line rl ON rl.return_request_id = rr.id "
        f"WHERE {_WINDOW} GROUP BY 1, 2, 3",
    ),
    Case(
        "refunded amount by month and channel, one year",
        [M.REFUNDED_AMOUNT],
        [D.MONTH, D.CHANNEL],
        365,
        f"SELECT o.currency, {_MONTH} AS m, c.code, COALESCE(SUM(r.amount), 0) AS refunded "
        'FROM "order" o JOIN channel c ON c.id = o.channel_id LEFT JOIN refund r ON r.order_id = o.id '
        f"WHERE {_WINDOW} GROUP BY 1, 2, 3",
    ),
    Case(  # not in the rollups: both sides read the raw rows
        "on-time ship rate by week and warehouse, one quarter",
        [M.ON_TIME_SHIP_RATE],
        [D.WEEK, D.WAREHOUSE],
        91,
        f"SELECT o.currency, {_WEEK} AS w, w.code, COUNT(sh.dispatched_at) AS shipped, "
        "SUM(CASE WHEN EXTRACT(EPOCH FROM (sh.dispatched_at - o.created_at)) / 3600.0 <= c.ship_by_hours "
        'THEN 1 ELSE 0 END) AS on_time FROM "order" o JOIN channel c ON c.id = o.channel_id '
        "JOIN shipment sh ON sh.order_id = o.id LEFT JOIN warehouse w ON w.id = sh.warehouse_id "
        f"WHERE {_WINDOW} GROUP BY 1, 2, 3",
    ),
]


async def _timed(work: Callable[[], Awaitable[Any]]) -> float:
    started = time.perf_counter()
    await work()
    return time.perf_counter() - started


async def measure(repeat: int) -> list[dict[str, Any]]:
    from services import analytics, analytics_rollup, db
    from services.access import SYSTEM
    from services.sql import is_postgres

    conn = db.connection()
    if not is_postgres(conn):  # the baseline's SQL is PostgreSQL's (date_trunc, EXTRACT)
        raise SystemExit("oms bench --reports needs OMS_DATABASE_URL on PostgreSQL")
    if not await analytics_rollup.is_built():
        raise SystemExit("run `oms analytics rebuild` (or `oms seed --orders N`) first")
    today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    results = []
    for case in CASES:
        start = today - timedelta(days=case.days)
        query = analytics.check(case.measures, case.dimensions, start, today)
        ours, raw = [], []
        for _ in range(repeat):
            ours.append(await _timed(partial(analytics.report, SYSTEM, query)))
            raw.append(await _timed(partial(conn.execute_query_dict, case.raw, [start, today])))
        rows = len(await analytics.report(SYSTEM, query))
        mine, theirs = statistics.median(ours), statistics.median(raw)
        results.append({"report": case.name, "rows": rows, "ours_ms": mine * 1000, "raw_ms": theirs * 1000})
    return results


def run(repeat: int = 5) -> list[dict[str, Any]]:
    from services import db
    from settings import load_settings

    async def go() -> list[dict[str, Any]]:
        async with db.opened(load_settings()):
            return await measure(repeat)

    return asyncio.run(go())


def table(results: list[dict[str, Any]]) -> str:
    lines = ["| report | rows | ours ms | raw SQL ms | ours / raw |", "|---|---:|---:|---:|---:|"]
    for r in results:
        ratio = r["ours_ms"] / r["raw_ms"] if r["raw_ms"] else float("nan")
        lines.append(f"| {r['report']} | {r['rows']} | {r['ours_ms']:.1f} | {r['raw_ms']:.1f} | {ratio:.2f}x |")
    return "\n".join(lines)
