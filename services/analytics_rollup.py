"""Rollups of the sales reports: daily sums kept from the event stream (models/analytics.py).

The rows of a placing day are always recomputed whole, with the very statements the raw
reports run (services/analytics_facts.py) restricted to that day's orders: a rollup row is
by construction what the raw report says of that day, so summing days gives the same answer
as reading the raw rows (a day's groups are disjoint from another day's).

What makes a day stale:
* an outbox event about an order (placed, status moved, cancelled, edited, lines cancelled,
  financial status moved: `aggregate_type` "order", or a payload carrying `order_id`);
  `catch_up` reads the outbox past its cursor (by `seq`, commit order) and recomputes the
  days of the orders it names, then moves the cursor in the same transaction;
* a change that records no order event (a return requested, a refund that leaves the
  financial status where it was) marks its day in `analytics_dirty_day` in its own
  transaction (the ORDER_FIGURES_CHANGED reaction, services/wiring.py).

`rebuild` recomputes everything (after a bulk load that wrote no events, or to start using
the rollups on an existing database); until it has run once, reports read the raw rows.
Reports call `catch_up` before reading, so they see every committed change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from models.analytics import DailyOrderFacts, DailySkuFacts, RollupState
from models.events import OutboxEvent
from models.orders import Order
from services import db
from services.analytics_facts import Fact, Key, period_sql, statement
from services.sql import is_postgres, placeholders, sql
from subscriptions.relay import sequence_pending

CENTS = Decimal("0.01")
BATCH = 5_000  # outbox events read per round of catch_up
CHUNK_DAYS = 31  # days recomputed per statement by rebuild


@dataclass(frozen=True)
class Table:
    name: str
    keys: dict[Key, str]  # key -> its column here (and the raw expression it is computed from)
    raw: dict[Key, str]
    sums: tuple[str, ...]  # counts kept (the raw aggregates' names)
    presence: dict[Fact, str]  # the raw rows behind a group, per fact


ORDER_TABLE = Table(
    "analytics_daily_order",
    {Key.CHANNEL: "channel", Key.COUNTRY: "country"},
    {Key.CHANNEL: "c.code", Key.COUNTRY: "o.ship_country"},
    ("orders", "cancelled", "units", "revenue", "cancelled_units", "returned_units", "refunded"),
    {Fact.LINES: "line_rows", Fact.ORDERS: "order_rows", Fact.RETURNS: "return_rows"},
)
SKU_TABLE = Table(
    "analytics_daily_sku",
    {Key.CHANNEL: "channel", Key.SKU: "sku"},
    {Key.CHANNEL: "c.code", Key.SKU: "<own>"},  # each fact's own SKU column (line's, return line's)
    ("orders", "cancelled", "units", "revenue", "cancelled_units", "returned_units"),
    {Fact.LINES: "line_rows", Fact.RETURNS: "return_rows"},
)
TABLES = (ORDER_TABLE, SKU_TABLE)
MONEY = {"revenue", "refunded"}
_SKU_OF = {Fact.LINES: "l.sku", Fact.RETURNS: "rl.sku"}


def table_for(facts: set[Fact], keys: set[Key]) -> Table | None:
    """The rollup that answers these facts grouped by these keys (periods aside), if any."""
    for table in TABLES:
        if facts <= set(table.presence) and keys <= {Key.PERIOD, *table.keys}:
            return table
    return None


async def is_built(conn: BaseDBAsyncClient | None = None) -> bool:
    return await RollupState.filter(id=1).using_db(conn or db.connection()).exists()


def _moment(day: date) -> Any:
    # As the ORM writes them (SQLite keeps text: compare like with like).
    return Order._meta.fields_map["created_at"].to_db_value(datetime.combine(day, time(), UTC), Order)


def _day_param(day: date, postgres: bool) -> Any:
    return day if postgres else day.isoformat()


def _as_day(value: Any) -> date:
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    if isinstance(value, datetime):
        return value.date()
    return value  # type: ignore[no-any-return]


async def _compute(conn: BaseDBAsyncClient, table: Table, first: date, end: date) -> list[list[Any]]:
    """The rows of `table` for the orders placed on days [first, end), from the raw rows."""
    postgres = is_postgres(conn)
    where, params = ["o.created_at >= ?", "o.created_at < ?"], [_moment(first), _moment(end)]
    merged: dict[tuple[Any, ...], dict[str, Any]] = {}
    for fact, presence in table.presence.items():
        keys = {Key.PERIOD: period_sql("day", "o.created_at", postgres)}
        keys |= {k: (_SKU_OF[fact] if e == "<own>" else e) for k, e in table.raw.items()}
        text = statement(fact, keys, where, postgres, {*table.sums, presence})
        for row in await conn.execute_query_dict(sql(conn, text), params):
            key = (_as_day(row["k_period"]), row["currency"], *(row[f"k_{k.value}"] for k in table.keys))
            sums = merged.setdefault(key, {})
            sums.update({name: row[name] for name in (*table.sums, presence) if name in row})
    out = []
    for key, sums in merged.items():
        values: list[Any] = [
            Decimal(str(sums.get(n) or 0)).quantize(CENTS) if n in MONEY else int(sums.get(n) or 0)
            for n in (*table.sums, *table.presence.values())
        ]
        if not postgres:  # SQLite keeps decimals as text (as the ORM writes them)
            values = [str(v) if isinstance(v, Decimal) else v for v in values]
        out.append([_day_param(key[0], postgres), *key[1:], *values])
    return out


async def _refresh(conn: BaseDBAsyncClient, first: date, end: date) -> None:
    """Recompute the rollup rows of the placing days [first, end)."""
    postgres = is_postgres(conn)
    for table in TABLES:
        rows = await _compute(conn, table, first, end)
        await conn.execute_query(
            sql(conn, f"DELETE FROM {table.name} WHERE day >= ? AND day < ?"),
            [_day_param(first, postgres), _day_param(end, postgres)],
        )
        if rows:
            columns = ["day", "currency", *table.keys.values(), *table.sums, *table.presence.values()]
            await conn.execute_many(
                sql(conn, f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({placeholders(columns)})"), rows
            )


def _runs(days: Iterable[date]) -> list[tuple[date, date]]:
    """Sorted days as [first, end) runs of consecutive days."""
    runs: list[tuple[date, date]] = []
    for day in sorted(set(days)):
        if runs and runs[-1][1] == day:
            runs[-1] = (runs[-1][0], day + timedelta(days=1))
        else:
            runs.append((day, day + timedelta(days=1)))
    return runs


async def _lock_state(conn: BaseDBAsyncClient) -> RollupState | None:
    """The state row, locked (PostgreSQL) so one catch-up or rebuild runs at a time."""
    return await RollupState.filter(id=1).using_db(conn).select_for_update().first()


async def rebuild() -> dict[str, int]:
    """Recompute every rollup row from the raw rows and start following the outbox from its
    newest event; returns the days and rows written."""
    await sequence_pending()
    async with in_transaction() as conn:
        state = await _lock_state(conn)
        top = await OutboxEvent.filter(seq__isnull=False).using_db(conn).order_by("-seq").first()
        cursor = top.seq if top and top.seq else 0
        for table in TABLES:
            await conn.execute_query(f"DELETE FROM {table.name}")
        await conn.execute_query("DELETE FROM analytics_dirty_day")
        span = await conn.execute_query_dict('SELECT MIN(created_at) AS first, MAX(created_at) AS last FROM "order"')
        days = 0
        if span and span[0]["first"] is not None:
            first = _as_moment(span[0]["first"]).date()
            last = _as_moment(span[0]["last"]).date()
            while first <= last:
                end = min(first + timedelta(days=CHUNK_DAYS), last + timedelta(days=1))
                await _refresh(conn, first, end)
                days += (end - first).days
                first = end
        now = datetime.now(UTC)
        if state is None:
            await RollupState.create(id=1, cursor=cursor, built_at=now, using_db=conn)
        else:
            await RollupState.filter(id=1).using_db(conn).update(cursor=cursor, built_at=now)
    return {
        "days": days,
        "order_rows": await DailyOrderFacts.all().count(),
        "sku_rows": await DailySkuFacts.all().count(),
        "cursor": cursor,
    }


def _as_moment(value: Any) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)  # type: ignore[no-any-return]


def _order_id(event: dict[str, Any]) -> int | None:
    if event["aggregate_type"] == "order":
        return int(event["aggregate_id"])
    payload = event["payload"] if isinstance(event["payload"], dict) else {}
    found = payload.get("order_id")
    return found if isinstance(found, int) else None


async def catch_up() -> int:
    """Recompute the days the outbox (past the cursor) and the dirty marks name; returns how
    many days were recomputed. Nothing to do (and no rollup read) before the first rebuild."""
    if not await is_built():
        return 0
    await sequence_pending()
    recomputed = 0
    while True:
        async with in_transaction() as conn:
            state = await _lock_state(conn)
            if state is None:
                return recomputed
            events = (
                await OutboxEvent.filter(seq__gt=state.cursor)
                .using_db(conn)
                .order_by("seq")
                .limit(BATCH)
                .values("seq", "aggregate_type", "aggregate_id", "payload")
            )
            ids = sorted({i for e in events if (i := _order_id(e)) is not None})
            days = set(await _days_of(conn, ids))
            dirty = await conn.execute_query_dict("SELECT day FROM analytics_dirty_day")
            days |= {_as_day(row["day"]) for row in dirty}
            for first, end in _runs(days):
                await _refresh(conn, first, end)
            if dirty:
                await conn.execute_query("DELETE FROM analytics_dirty_day")
            if events:
                await RollupState.filter(id=1).using_db(conn).update(cursor=events[-1]["seq"])
            recomputed += len(days)
        if len(events) < BATCH:
            return recomputed


async def _days_of(conn: BaseDBAsyncClient, order_ids: list[int]) -> list[date]:
    postgres = is_postgres(conn)
    found: list[date] = []
    for at in range(0, len(order_ids), 1_000):
        part = order_ids[at : at + 1_000]
        rows = await conn.execute_query_dict(
            sql(
                conn,
                f'SELECT DISTINCT {period_sql("day", "created_at", postgres)} AS day FROM "order" '
                f"WHERE id IN ({placeholders(part)})",
            ),
            part,
        )
        found += [_as_day(r["day"]) for r in rows]
    return found


async def mark_order_dirty(conn: BaseDBAsyncClient, order_id: int) -> None:
    """The ORDER_FIGURES_CHANGED reaction: mark the order's placing day for the next catch-up
    (in the caller's transaction: the mark commits with the change, or neither does)."""
    if not await is_built(conn):
        return
    for day in await _days_of(conn, [order_id]):
        await conn.execute_query(
            sql(conn, "INSERT INTO analytics_dirty_day (day) VALUES (?) ON CONFLICT (day) DO NOTHING"),
            [_day_param(day, is_postgres(conn))],
        )


async def rows(
    facts: set[Fact], keys: list[Key], unit: str | None, start: date, end: date, channel: str | None
) -> list[dict[str, Any]]:
    """The report's rows from the rollup: shaped as the raw statements' rows (`currency`,
    `k_<key>`, the counts), one per group that has raw rows of any of `facts`."""
    conn = db.connection()
    postgres = is_postgres(conn)
    table = table_for(facts, set(keys))
    assert table is not None  # the caller asked table_for first
    exprs = {
        k: (period_sql(unit or "day", "r.day", postgres, is_date=True) if k is Key.PERIOD else f"r.{table.keys[k]}")
        for k in keys
    }
    where, params = ["r.day >= ?", "r.day < ?"], [_day_param(start, postgres), _day_param(end, postgres)]
    if channel is not None:
        where.append("r.channel = ?")
        params.append(channel)
    group = ["r.currency", *exprs.values()]
    # A row with no raw rows of these facts adds nothing: skip it (the partial indexes of
    # migration 20 find the few days with returns without reading the rest).
    where.append("(" + " OR ".join(f"r.{table.presence[f]} > 0" for f in sorted(facts)) + ")")
    present = " + ".join(f"SUM(r.{table.presence[f]})" for f in sorted(facts))
    selected = ["r.currency AS currency", *(f"{e} AS k_{k.value}" for k, e in exprs.items())]
    selected += [f"SUM(r.{name}) AS {name}" for name in table.sums]
    text = (
        f"SELECT {', '.join(selected)} FROM {table.name} r WHERE {' AND '.join(where)} "
        f"GROUP BY {', '.join(group)} HAVING {present} > 0"
    )
    return await conn.execute_query_dict(sql(conn, text), params)
