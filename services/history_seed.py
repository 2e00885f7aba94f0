"""Months of realistic order history, fast: `oms seed --orders N`.

For analytics at scale (reports, rollups, benchmarks), not for a newcomer's first run (that is
services/demo.py). The set-up (channels, warehouses, carriers, SKUs) goes through the catalog
services; the history itself is written in bulk, `COPY` on PostgreSQL (asyncpg's
copy_records_to_table) and executemany on SQLite, chunk by chunk in one transaction: a failed
run leaves nothing.

The history: orders over `days` days ending now, with a weekly rhythm (weekends busier), a
yearly one (a November-December peak) and growth; several channels, ship-to countries (with
their currencies), SKUs of uneven popularity, customers who come back. Most orders shipped
(a shipment from the warehouse serving the country, a carrier, dispatch and delivery times),
some delivered and returned (return lines, a refund), a few cancelled before shipping; the
most recent ones are still open (reserved).

The stock ledger agrees with it (`oms stock reconcile`): per stock level, a weekly RECEIPT of
what the week ships, a daily SHIP of what left that day, a RESERVE per open order line, and
the level's counters moved by exactly those sums. Open orders hold RESERVED allocations, the
others SHIPPED ones (which the reservation check does not count).

It writes no outbox events (a bulk load, not business activity): it rebuilds the analytics
rollups at the end.
"""

from __future__ import annotations

import math
import random
from bisect import bisect
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from itertools import accumulate
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from models.catalog import Carrier, Channel, Product, Warehouse
from services import analytics_rollup, catalog
from services.sql import is_postgres, placeholders, sql

CHUNK = 25_000  # orders per bulk write
CHANNELS = (("web", "Web store", 50), ("app", "Mobile app", 25), ("marketplace", "Marketplace", 18), ("b2b", "B2B", 7))
# country, weight, currency, serving warehouse
COUNTRIES = (
    ("US", 42, "USD", "east"),
    ("CA", 6, "USD", "east"),
    ("DE", 16, "EUR", "eu"),
    ("FR", 10, "EUR", "eu"),
    ("NL", 5, "EUR", "eu"),
    ("ES", 5, "EUR", "eu"),
    ("GB", 16, "GBP", "uk"),
)
WAREHOUSES = (("east", "East DC", "US"), ("west", "West DC", "US"), ("eu", "EU DC", "DE"), ("uk", "UK DC", "GB"))
CARRIERS = {"east": ("ups", "fedex"), "west": ("ups", "fedex"), "eu": ("dhl", "dpd"), "uk": ("dpd", "royalmail")}
SKUS = 250
WEEKDAY = (0.9, 0.85, 0.9, 0.95, 1.1, 1.3, 1.25)  # Monday first
CANCEL_RATE, RETURN_RATE = 0.04, 0.07
REASONS = ("too small", "too large", "damaged", "not as described", "changed mind")
CITIES = {"US": "Springfield", "CA": "Toronto", "DE": "Berlin", "FR": "Lyon", "NL": "Utrecht", "ES": "Madrid"}

Progress = Callable[[int], None]


def day_weights(first: date, days: int) -> list[float]:
    """Relative order volume per day: weekday rhythm, a Nov-Dec peak, 30% growth a year."""
    weights = []
    for i in range(days):
        day = first + timedelta(days=i)
        yearly = 1 + 0.45 * math.exp(-(((day.timetuple().tm_yday - 340) / 25) ** 2))
        weights.append(WEEKDAY[day.weekday()] * yearly * (1 + 0.3 * i / 365))
    return weights


@dataclass
class Setup:
    channels: list[int]
    warehouses: dict[str, int]
    carriers: dict[str, int]
    products: list[tuple[int, str, str, Decimal]]  # id, sku, name, price
    levels: dict[tuple[int, int], int]  # (product, warehouse) -> stock level id


@dataclass
class Batch:
    tables: dict[str, list[tuple[Any, ...]]] = field(default_factory=lambda: defaultdict(list))
    ships: dict[tuple[int, int, date], int] = field(default_factory=lambda: defaultdict(int))
    reserved: dict[tuple[int, int], int] = field(default_factory=lambda: defaultdict(int))


COLUMNS = {
    "customer": "id email name created_at".split(),
    "order": (
        "id external_ref request_fingerprint status currency subtotal total shipping_amount financial_status "
        "ship_country ship_city ship_postal_code ship_line1 created_at updated_at channel_id customer_id customer_name"
    ).split(),
    "order_line": "id order_id product_id sku name quantity unit_price line_total".split(),
    "allocation": "order_id product_id quantity status created_at warehouse_id".split(),
    "shipment": "id order_id status tracking_number packed_at dispatched_at delivered_at carrier_id warehouse_id".split(),
    "shipment_line": "shipment_id product_id sku quantity".split(),
    "return_request": "id order_id status actor created_at updated_at".split(),
    "return_line": "return_request_id product_id sku quantity reason restocked_quantity disposed_quantity".split(),
    "refund": "order_id return_request_id amount currency actor created_at".split(),
    "stock_movement": (
        "stock_level_id product_id warehouse_id reason on_hand_delta reserved_delta actor reference created_at"
    ).split(),
}
SEQUENCED = ("customer", "order", "order_line", "shipment", "return_request")


async def _setup(rng: random.Random) -> Setup:
    """Channels, warehouses, carriers and SKUs through the catalog services (those that exist are
    kept), and a stock level for every SKU at every warehouse."""
    for code, name, country in WAREHOUSES:
        if not await Warehouse.exists(code=code):
            await catalog.create_warehouse(code=code, name=name, country=country)
    for code, name, _ in CHANNELS:
        if not await Channel.exists(code=code):
            await catalog.create_channel(code=code, name=name)
    for code in sorted({c for pair in CARRIERS.values() for c in pair}):
        if not await Carrier.exists(code=code):
            await catalog.create_carrier(code=code, name=code.upper())
    for i in range(1, SKUS + 1):
        sku = f"HIST-{i:04d}"
        if not await Product.exists(sku=sku):
            price = Decimal(rng.choice((4.99, 9.9, 14.5, 19.9, 24.0, 39.0, 59.0, 89.0, 149.0))).quantize(
                Decimal("0.01")
            )
            await catalog.create_product(sku=sku, name=f"History product {i}", price=price)
    channels = {c.code: c.id for c in await Channel.filter(code__in=[c[0] for c in CHANNELS])}
    warehouses = {w.code: w.id for w in await Warehouse.filter(code__in=[w[0] for w in WAREHOUSES])}
    carriers = {c.code: c.id for c in await Carrier.all()}
    products = [(p.id, p.sku, p.name, p.price) for p in await Product.filter(sku__startswith="HIST-").order_by("sku")]
    return Setup([channels[c[0]] for c in CHANNELS], warehouses, carriers, products, {})


async def _levels(conn: BaseDBAsyncClient, setup: Setup) -> None:
    now = datetime.now(UTC)
    wanted = [(p[0], w) for p in setup.products for w in setup.warehouses.values()]
    await conn.execute_many(
        sql(
            conn,
            "INSERT INTO stock_level (on_hand, reserved, safety_stock, reorder_point, reorder_quantity, low_stock, "
            "auto_reorder, updated_at, product_id, warehouse_id) VALUES (0, 0, 0, 0, 0, false, false, ?, ?, ?) "
            "ON CONFLICT (product_id, warehouse_id) DO NOTHING",
        ),
        [[_value(now, is_postgres(conn)), p, w] for p, w in wanted],
    )
    rows = await conn.execute_query_dict("SELECT id, product_id, warehouse_id FROM stock_level")
    setup.levels = {(r["product_id"], r["warehouse_id"]): r["id"] for r in rows}


async def _next_ids(conn: BaseDBAsyncClient) -> dict[str, int]:
    found = {}
    for table in SEQUENCED:
        rows = await conn.execute_query_dict(f'SELECT COALESCE(MAX(id), 0) AS top FROM "{table}"')
        found[table] = int(rows[0]["top"]) + 1
    return found


class Generator:
    """Deterministic rows for a stream of orders (one `rng`); ids from `ids` onwards."""

    def __init__(self, setup: Setup, rng: random.Random, ids: dict[str, int], now: datetime, run: str) -> None:
        self.setup, self.rng, self.ids, self.now, self.run = setup, rng, ids, now, run
        self.channel_cum = list(accumulate(c[2] for c in CHANNELS))
        self.country_cum = list(accumulate(c[1] for c in COUNTRIES))
        # Popularity: Zipf-like over the SKUs.
        self.sku_cum = list(accumulate(1 / (i + 1) ** 0.9 for i in range(len(setup.products))))
        self.customers: list[int] = []

    def _pick(self, cumulative: Sequence[float]) -> int:
        return bisect(cumulative, self.rng.random() * cumulative[-1])

    def _id(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table] - 1

    def customer(self, batch: Batch, at: datetime) -> int:
        if self.customers and self.rng.random() < 0.6:  # a returning customer
            return self.customers[int(len(self.customers) * self.rng.random() ** 0.5)]
        cid = self._id("customer")
        batch.tables["customer"].append((cid, f"h{self.run}-{cid}@example.com", f"Customer {cid}", at))
        self.customers.append(cid)
        return cid

    def order(self, batch: Batch, at: datetime) -> None:
        rng, s = self.rng, self.setup
        oid = self._id("order")
        country, _, currency, serving = COUNTRIES[self._pick(self.country_cum)]
        warehouse = s.warehouses["west" if serving == "east" and rng.random() < 0.4 else serving]
        lines, subtotal = [], Decimal(0)
        for index in sorted({self._pick(self.sku_cum) for _ in range(1 + int(rng.random() ** 2 * 4))}):
            pid, sku, name, price = s.products[index]
            quantity = 1 + int(rng.random() ** 3 * 4)
            total = price * quantity
            subtotal += total
            lines.append((pid, sku, quantity))
            batch.tables["order_line"].append((self._id("order_line"), oid, pid, sku, name, quantity, price, total))
        shipping = Decimal("0.00") if subtotal >= 50 else Decimal("4.95")
        cancelled = rng.random() < CANCEL_RATE
        dispatched = at + timedelta(hours=2 + rng.random() ** 2 * 70)
        status, money = "CANCELLED" if cancelled else "SHIPPED", "VOIDED" if cancelled else "PAID"
        if not cancelled and dispatched > self.now:
            status, money = "ALLOCATED", "PAID"
        refund = Decimal(0)
        if status == "SHIPPED":
            delivered = dispatched + timedelta(hours=18 + rng.random() * 100)
            refund = self._ship(batch, oid, lines, warehouse, dispatched, delivered, currency)
            if delivered <= self.now:
                status = "DELIVERED"
            if refund:
                status, money = "PARTIALLY_RETURNED", "PARTIALLY_REFUNDED"
        for pid, _, quantity in lines:
            if status == "ALLOCATED":
                batch.tables["allocation"].append((oid, pid, quantity, "RESERVED", at, warehouse))
                batch.reserved[(pid, warehouse)] += quantity
            elif status != "CANCELLED":
                batch.tables["allocation"].append((oid, pid, quantity, "SHIPPED", at, warehouse))
        place = (country, CITIES.get(country, "London"), f"{10000 + oid % 89999}", f"{1 + oid % 999} Main St")
        updated = dispatched if status != "ALLOCATED" else at
        channel, customer = s.channels[self._pick(self.channel_cum)], self.customer(batch, at)
        money_fields = (currency, subtotal, subtotal + shipping, shipping, money)
        row = (
            oid,
            f"H{self.run}-{oid}",
            "history",
            status,
            *money_fields,
            *place,
            at,
            updated,
            channel,
            customer,
            None,
        )
        batch.tables["order"].append(row)

    def _ship(
        self,
        batch: Batch,
        oid: int,
        lines: list[tuple[int, str, int]],
        warehouse: int,
        dispatched: datetime,
        delivered: datetime,
        currency: str,
    ) -> Decimal:
        """One shipment of every line; maybe a return of part of it, refunded. Returns the refund."""
        rng = self.rng
        code = next(c for c, i in self.setup.warehouses.items() if i == warehouse)
        carrier = self.setup.carriers[rng.choice(CARRIERS[code])]
        shipment = self._id("shipment")
        arrived = delivered if delivered <= self.now else None
        state, packed = "DELIVERED" if arrived else "DISPATCHED", dispatched - timedelta(minutes=30)
        row = (shipment, oid, state, f"H{self.run}T{shipment}", packed, dispatched, arrived, carrier, warehouse)
        batch.tables["shipment"].append(row)
        for pid, sku, quantity in lines:
            batch.tables["shipment_line"].append((shipment, pid, sku, quantity))
            batch.ships[(pid, warehouse, dispatched.date())] += quantity
        if arrived is None or rng.random() >= RETURN_RATE or arrived + timedelta(days=3) > self.now:
            return Decimal(0)
        rma, at = self._id("return_request"), arrived + timedelta(days=1 + rng.random() * 2)
        batch.tables["return_request"].append((rma, oid, "RECEIVED", "history", at, at))
        pid, sku, quantity = rng.choice(lines)
        price = next(p[3] for p in self.setup.products if p[0] == pid)
        batch.tables["return_line"].append((rma, pid, sku, quantity, rng.choice(REASONS), 0, quantity))
        batch.tables["refund"].append((oid, rma, price * quantity, currency, "history", at))
        return price * quantity


def _value(value: Any, postgres: bool) -> Any:
    if postgres or value is None or isinstance(value, int | float | bool):
        return value
    return str(value)  # SQLite: text, as the ORM writes datetimes and decimals


async def _write(conn: BaseDBAsyncClient, table: str, rows: list[tuple[Any, ...]]) -> None:
    if not rows:
        return
    columns = COLUMNS[table]
    if is_postgres(conn):
        raw = conn._connection  # type: ignore[attr-defined]  # asyncpg's, inside the transaction
        await raw.copy_records_to_table(table, records=rows, columns=columns)
        return
    quoted = ", ".join(columns)
    await conn.execute_many(
        f'INSERT INTO "{table}" ({quoted}) VALUES ({placeholders(columns)})',
        [[_value(v, False) for v in row] for row in rows],
    )


def _ledger(setup: Setup, batch: Batch, first: date) -> list[tuple[Any, ...]]:
    """The movements of everything generated: weekly receipts covering the shipments, a SHIP
    per level and day, a receipt and a RESERVE per level for what open orders hold."""
    movements: list[tuple[Any, ...]] = []
    weekly: dict[tuple[int, int, date], int] = defaultdict(int)
    for (pid, wid, day), units in sorted(batch.ships.items()):
        level = setup.levels[(pid, wid)]
        at = datetime(day.year, day.month, day.day, 23, 0, tzinfo=UTC)
        movements.append((level, pid, wid, "SHIP", -units, 0, "history", f"history:{day}", at))
        weekly[(pid, wid, max(first, day - timedelta(days=day.weekday())))] += units
    for (pid, wid, monday), units in sorted(weekly.items()):
        at = datetime(monday.year, monday.month, monday.day, 6, 0, tzinfo=UTC)
        receipt = units + 20 - units % 10  # rounded to cases, a little to spare
        movements.append((setup.levels[(pid, wid)], pid, wid, "RECEIPT", receipt, 0, "history", "history", at))
    now = datetime.now(UTC)
    for (pid, wid), units in sorted(batch.reserved.items()):
        # What open orders hold arrived first (a level may have shipped nothing yet).
        level = setup.levels[(pid, wid)]
        movements.append((level, pid, wid, "RECEIPT", units + 10, 0, "history", "history", now - timedelta(days=3)))
        movements.append((level, pid, wid, "RESERVE", 0, units, "history", "history", now))
    return movements


async def _finish(conn: BaseDBAsyncClient, movements: list[tuple[Any, ...]]) -> None:
    """Move the levels' counters by their new movements' sums; sequences past the new ids."""
    sums: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for m in movements:
        sums[m[0]][0] += m[4]
        sums[m[0]][1] += m[5]
    await conn.execute_many(
        sql(conn, "UPDATE stock_level SET on_hand = on_hand + ?, reserved = reserved + ? WHERE id = ?"),
        [[on_hand, reserved, level] for level, (on_hand, reserved) in sums.items()],
    )
    if is_postgres(conn):
        for table in SEQUENCED:
            await conn.execute_query(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                f'(SELECT COALESCE(MAX(id), 1) FROM "{table}"))'
            )


async def seed_history(
    *, orders: int, days: int = 365, rng_seed: int = 1, progress: Progress | None = None
) -> dict[str, int]:
    """`orders` orders placed over the `days` days up to now (see the module doc); returns counts."""
    rng = random.Random(rng_seed)
    setup = await _setup(rng)
    now = datetime.now(UTC).replace(microsecond=0)
    first = (now - timedelta(days=days)).date()
    weights = day_weights(first, days)
    per_day = [int(orders * w / sum(weights)) for w in weights]
    busiest = sorted(range(days), key=lambda d: -weights[d])
    for i in range(orders - sum(per_day)):  # what rounding left out, on the busiest days
        per_day[busiest[i % days]] += 1
    written: dict[str, int] = defaultdict(int)
    async with in_transaction() as conn:
        await _levels(conn, setup)
        gen = Generator(setup, rng, await _next_ids(conn), now, f"{now:%y%m%d%H%M%S}")
        total = Batch()
        batch = Batch()
        for index, count in enumerate(per_day):
            start = datetime(first.year, first.month, first.day, tzinfo=UTC) + timedelta(days=index)
            # Hours of the day: quiet at night, busiest in the evening (UTC).
            for second in sorted(int(86_400 * min(rng.betavariate(3.2, 2.0), 0.9999)) for _ in range(count)):
                at = start + timedelta(seconds=second)
                if at < now:
                    gen.order(batch, at)
            if sum(len(rows) for rows in batch.tables.values()) > CHUNK * 8 or index == days - 1:
                for table in COLUMNS:
                    await _write(conn, table, batch.tables.get(table, []))
                    written[table] += len(batch.tables.get(table, []))
                for key, units in batch.ships.items():
                    total.ships[key] += units
                for level, units in batch.reserved.items():
                    total.reserved[level] += units
                if progress:
                    progress(len(batch.tables.get("order", [])))
                batch = Batch()
        movements = _ledger(setup, total, first)
        await _write(conn, "stock_movement", movements)
        written["stock_movement"] = len(movements)
        await _finish(conn, movements)
    rebuilt = await analytics_rollup.rebuild()
    return {**written, "rollup_rows": rebuilt["order_rows"] + rebuilt["sku_rows"]}
