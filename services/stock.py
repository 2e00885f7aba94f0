"""Stock counters: locked snapshots, atomic conditional updates, the ledger, low-stock edges.

Every change to on_hand/reserved goes through `apply_changes`, which
  - runs one conditional UPDATE per row (`... WHERE on_hand + d >= 0 AND ...`), so even
    without the row lock the database refuses to oversell (CHECK constraints back it),
  - writes a StockMovement per change (the ledger the counters can be rebuilt from),
  - records a `stock.low` event when a row's available crosses to or below its safety
    stock (once per crossing, remembered in `low_stock`), and runs the LOW_STOCK reactions
    (supply drafts a purchase order) in the same transaction.
Callers lock the rows first with `lock_rows` (SELECT ... FOR UPDATE in id order on
PostgreSQL; SQLite serialises writers), inside their own transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from models.catalog import Product, Warehouse
from models.inserts import insert_later, new_row
from models.inventory import MovementReason, StockLevel, StockMovement
from services.errors import DomainError, ErrorCode, Problem
from services.reactions import AfterCommit, Within, enqueue, run_within
from services.sql import is_postgres, placeholders, sql
from subscriptions.outbox import record_event
from subscriptions.topics import LOW_STOCK


@dataclass
class StockRow:
    """A stock level as read under lock; kept current as changes are applied."""

    id: int
    product_id: int
    warehouse_id: int
    on_hand: int
    reserved: int
    safety_stock: int
    low_stock: bool

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved


@dataclass(frozen=True)
class StockChange:
    row: StockRow
    reason: MovementReason
    on_hand_delta: int = 0
    reserved_delta: int = 0
    reference: str | None = None
    note: str | None = None
    # A reservation for a channel that keeps safety stock: the row's available must stay at
    # or above its safety stock, checked by the UPDATE against the row's current values.
    keep_safety_stock: bool = False


_COLUMNS = "id, product_id, warehouse_id, on_hand, reserved, safety_stock, low_stock"


async def ensure_rows(conn: BaseDBAsyncClient, pairs: Iterable[tuple[int, int]]) -> None:
    """Create missing (product, warehouse) stock levels at zero; concurrent-safe."""
    wanted = sorted(set(pairs))
    if wanted:
        await StockLevel.bulk_create(
            [StockLevel(product_id=p, warehouse_id=w) for p, w in wanted], ignore_conflicts=True, using_db=conn
        )


async def lock_rows(
    conn: BaseDBAsyncClient,
    *,
    product_ids: Iterable[int],
    warehouse_ids: Iterable[int] | None = None,
    lock: bool = True,
) -> dict[tuple[int, int], StockRow]:
    """Stock rows for these products (and warehouses), locked in id order; keyed (product, warehouse).

    `lock=False` reads without locking (previews, availability)."""
    products = sorted(set(product_ids))
    if not products:
        return {}
    query = f"SELECT {_COLUMNS} FROM stock_level WHERE product_id IN ({placeholders(products)})"
    params: list[object] = list(products)
    if warehouse_ids is not None:
        warehouses = sorted(set(warehouse_ids))
        if not warehouses:
            return {}
        query += f" AND warehouse_id IN ({placeholders(warehouses)})"
        params += warehouses
    query += " ORDER BY id"
    if lock and is_postgres(conn):
        query += " FOR UPDATE"
    rows = await conn.execute_query_dict(sql(conn, query), params)
    return {(r["product_id"], r["warehouse_id"]): stock_row(r) for r in rows}


# The stock columns under a prefix, for a statement that reads stock rows with something else.
JOINED_COLUMNS = ", ".join(f"s.{c} AS stock_{c}" for c in _COLUMNS.split(", "))


def stock_row(r: Mapping[str, Any], prefix: str = "") -> StockRow:
    return StockRow(
        id=r[prefix + "id"],
        product_id=r[prefix + "product_id"],
        warehouse_id=r[prefix + "warehouse_id"],
        on_hand=r[prefix + "on_hand"],
        reserved=r[prefix + "reserved"],
        safety_stock=r[prefix + "safety_stock"],
        low_stock=bool(r[prefix + "low_stock"]),
    )


# The warehouses a channel sources from: its linked ones, or all when it has none; never archived.
ELIGIBLE_WAREHOUSES = (
    "archived_at IS NULL AND (id IN (SELECT warehouse_id FROM channel_warehouse WHERE channel_id = ?) "
    "OR NOT EXISTS (SELECT 1 FROM channel_warehouse WHERE channel_id = ?))"
)


async def eligible_with_stock(
    channel_id: int, product_ids: Collection[int], conn: BaseDBAsyncClient
) -> tuple[list[Warehouse], dict[tuple[int, int], StockRow]]:
    """The eligible warehouses (`allocation.eligible_warehouses`) and, in the same statement, their stock rows of these products,
    unlocked (a plan to confirm under the lock later: services.orders)."""
    products = sorted(set(product_ids))
    rows = await conn.execute_query_dict(
        sql(
            conn,
            f"SELECT w.*, {JOINED_COLUMNS} FROM warehouse w LEFT JOIN stock_level s ON s.warehouse_id = w.id "
            f"AND s.product_id IN ({placeholders(products)}) WHERE w.{ELIGIBLE_WAREHOUSES.replace('(id IN', '(w.id IN')} "
            "ORDER BY w.id, s.id",
        ),
        [*products, channel_id, channel_id],
    )
    warehouses: dict[int, Warehouse] = {}
    stock: dict[tuple[int, int], StockRow] = {}
    for row in rows:
        columns = {k: v for k, v in row.items() if not k.startswith("stock_")}
        if columns["id"] not in warehouses:
            warehouses[columns["id"]] = Warehouse._init_from_db(**columns)
        if row["stock_id"] is not None:
            found = stock_row(row, "stock_")
            stock[(found.product_id, found.warehouse_id)] = found
    return list(warehouses.values()), stock


def _insufficient(change: StockChange) -> DomainError:
    row = change.row
    return DomainError(
        [
            Problem(
                ErrorCode.INSUFFICIENT_STOCK,
                f"Not enough stock: on hand {row.on_hand}, reserved {row.reserved}; "
                f"cannot apply on hand {change.on_hand_delta:+d}, reserved {change.reserved_delta:+d}.",
                ("delta",),
            )
        ]
    )


Totals = list[tuple[StockRow, int, int]]


def _totals(changes: list[StockChange]) -> tuple[Totals, list[int], dict[int, bool]]:
    """Each row's summed deltas in id order, the rows that keep their safety stock, and
    whether each ends at or below it; raises INSUFFICIENT_STOCK if the rows as read refuse."""
    totals: dict[int, tuple[StockRow, int, int]] = {}
    keeping = {c.row.id for c in changes if c.keep_safety_stock}
    for change in changes:
        row, on_hand, reserved = totals.get(change.row.id, (change.row, 0, 0))
        totals[row.id] = (row, on_hand + change.on_hand_delta, reserved + change.reserved_delta)
        floor = row.safety_stock if row.id in keeping else 0
        if not _fits(row, on_hand + change.on_hand_delta, reserved + change.reserved_delta, floor):
            raise _insufficient(change)
    rows = sorted(totals.values(), key=lambda t: t[0].id)
    lows = {row.id: row.on_hand + d_on - (row.reserved + d_res) <= row.safety_stock for row, d_on, d_res in rows}
    return rows, sorted(keeping), lows


def _moves(rows: Totals, kept: list[int], lows: dict[int, bool] | None, column: str = "id") -> tuple[str, list[object]]:
    """`SET ... WHERE ...` of the one conditional UPDATE that moves these rows (`column`: the
    id as the statement names it), with its parameters; `lows`: each row's low_stock as
    worked out from the rows as read, else computed by the statement from the row it moves."""

    def case(values: list[tuple[int, object]], default: str) -> tuple[str, list[object]]:
        params: list[object] = []
        for key, value in values:
            params += [key, value]
        return f"CASE {column} {' '.join('WHEN ? THEN ?' for _ in values)} ELSE {default} END", params

    on_case, on_params = case([(r.id, d) for r, d, _ in rows], "0")
    res_case, res_params = case([(r.id, d) for r, _, d in rows], "0")
    ids = [r.id for r, _, _ in rows]
    # The floor is the row's own safety_stock column, so a plan read before a concurrent
    # reservation (or policy change) is re-checked against what the row holds now.
    floor_sql = f"CASE WHEN {column} IN ({placeholders(kept)}) THEN safety_stock ELSE 0 END" if kept else "0"
    low_sql, low_params = (
        case([(r.id, lows[r.id]) for r, _, _ in rows], "low_stock")
        if lows is not None
        else (f"on_hand + {on_case} - (reserved + {res_case}) <= safety_stock", [*on_params, *res_params])
    )
    text = (
        f"SET on_hand = on_hand + {on_case}, reserved = reserved + {res_case}, low_stock = {low_sql}, "
        f"updated_at = ? WHERE {column} IN ({placeholders(ids)}) "
        f"AND on_hand + {on_case} >= 0 AND reserved + {res_case} >= 0 "
        f"AND on_hand + {on_case} - (reserved + {res_case}) >= {floor_sql}"
    )
    params = [*on_params, *res_params, *low_params, datetime.now(UTC), *ids]
    return text, [*params, *on_params, *res_params, *on_params, *res_params, *kept]


async def apply_changes(conn: BaseDBAsyncClient, changes: list[StockChange], *, actor: str) -> None:
    """Apply stock changes atomically (see module doc). Raises INSUFFICIENT_STOCK.

    All rows move in one conditional UPDATE; the WHERE re-checks every row's new values,
    so the statement touches all rows or the change is refused.
    """
    if not changes:
        return
    rows, kept, lows = _totals(changes)
    text, params = _moves(rows, kept, lows)
    updated, _ = await conn.execute_query(sql(conn, f"UPDATE stock_level {text}"), params)
    if updated != len(rows):  # only without the row locks (a bug) could a row have moved under us
        raise _insufficient(changes[0])
    await _applied(conn, changes, rows, lows, actor=actor)


async def lock_and_apply(
    conn: BaseDBAsyncClient,
    changes: list[StockChange],
    *,
    product_ids: Iterable[int],
    warehouse_ids: Iterable[int],
    accept: Callable[[dict[tuple[int, int], StockRow]], bool],
    actor: str,
) -> tuple[dict[tuple[int, int], StockRow], bool]:
    """PostgreSQL: `lock_rows` and `apply_changes` in one statement, for changes planned on
    rows read without the lock (a lock holder then needs one round trip fewer). The rows are
    locked in id order as `lock_rows` does; the UPDATE re-checks each change on the locked
    row. Kept only if every change applied and `accept` takes the rows as locked (before the
    changes: the plan they give is the one made); else the applied ones are undone. Returns
    (the rows as locked, whether the changes stand)."""
    rows, kept, _ = _totals(changes)
    products, warehouses = sorted(set(product_ids)), sorted(set(warehouse_ids))
    names = ", ".join(f"{c} AS locked_{c}" for c in _COLUMNS.split(", "))
    moves, params = _moves(rows, kept, None)
    # Named apart from stock_level's own columns, so the UPDATE's bare names are the row it moves.
    moves = moves.replace(" WHERE ", " FROM locked WHERE id = locked_id AND ", 1)
    found = await conn.execute_query_dict(
        "WITH locked AS ("
        + sql(
            conn,
            f"SELECT {names} FROM stock_level WHERE product_id IN ({placeholders(products)}) "
            f"AND warehouse_id IN ({placeholders(warehouses)}) ORDER BY id FOR UPDATE), "
            f"moved AS (UPDATE stock_level {moves} RETURNING id) "
            "SELECT locked.*, locked_id IN (SELECT id FROM moved) AS moved FROM locked ORDER BY locked_id",
        ),
        [*products, *warehouses, *params],
    )
    locked = {(r["locked_product_id"], r["locked_warehouse_id"]): stock_row(r, "locked_") for r in found}
    moved = {r["locked_id"] for r in found if r["moved"]}
    if len(moved) == len(rows) and accept(locked):
        by_id = {row.id: row for row in locked.values()}
        for row, _, _ in rows:  # the changes' rows as locked, before the changes
            now = by_id[row.id]
            row.on_hand, row.reserved, row.safety_stock, row.low_stock = (
                now.on_hand,
                now.reserved,
                now.safety_stock,
                now.low_stock,
            )
        lows = {r.id: r.on_hand + d_on - (r.reserved + d_res) <= r.safety_stock for r, d_on, d_res in rows}
        await _applied(conn, changes, rows, lows, actor=actor)
        return locked, True
    undo = [(row, -d_on, -d_res) for row, d_on, d_res in rows if row.id in moved]
    if undo:  # back to the rows as locked, low_stock included
        text, params = _moves(undo, [], {r.id: r.low_stock for r in locked.values()})
        await conn.execute_query(sql(conn, f"UPDATE stock_level {text}"), params)
    return locked, False


async def _applied(
    conn: BaseDBAsyncClient, changes: list[StockChange], rows: Totals, lows: dict[int, bool], *, actor: str
) -> None:
    """After the UPDATE: the rows as read brought up to date, low-stock edges, the ledger."""
    for row, d_on, d_res in rows:
        crossed = lows[row.id] and not row.low_stock
        row.on_hand, row.reserved, row.low_stock = row.on_hand + d_on, row.reserved + d_res, lows[row.id]
        if crossed:
            await record_low_stock(conn, row)
    await insert_later(
        [
            new_row(
                StockMovement,
                stock_level_id=c.row.id,
                product_id=c.row.product_id,
                warehouse_id=c.row.warehouse_id,
                reason=c.reason,
                on_hand_delta=c.on_hand_delta,
                reserved_delta=c.reserved_delta,
                actor=actor,
                reference=c.reference,
                note=c.note,
            )
            for c in changes
        ],
        using_db=conn,
    )


def _fits(row: StockRow, d_on_hand: int, d_reserved: int, floor: int = 0) -> bool:
    on_hand, reserved = row.on_hand + d_on_hand, row.reserved + d_reserved
    return on_hand >= 0 and reserved >= 0 and on_hand - reserved >= floor


async def set_safety_stock(conn: BaseDBAsyncClient, row: StockRow, safety_stock: int) -> None:
    """Change a locked row's safety stock, raising the low-stock edge if it now applies."""
    low = row.available <= safety_stock
    await conn.execute_query(
        sql(conn, "UPDATE stock_level SET safety_stock = ?, low_stock = ?, updated_at = ? WHERE id = ?"),
        [safety_stock, low, datetime.now(UTC), row.id],
    )
    crossed = low and not row.low_stock
    row.safety_stock, row.low_stock = safety_stock, low
    if crossed:
        await record_low_stock(conn, row)


async def record_low_stock(conn: BaseDBAsyncClient, row: StockRow) -> None:
    await run_within(Within.LOW_STOCK, conn, row)
    await record_event(
        topic=LOW_STOCK,
        aggregate_type="stock_level",
        aggregate_id=row.id,
        payload={
            "stock_level_id": row.id,
            "product_id": row.product_id,
            "warehouse_id": row.warehouse_id,
            "available": row.available,
            "safety_stock": row.safety_stock,
        },
        using_db=conn,
    )


async def stock_arrived(conn: BaseDBAsyncClient, product_ids: list[int], *, actor: str) -> None:
    """Units of these products became available: backorders are filled after commit."""
    await enqueue(AfterCommit.STOCK_ARRIVED, {"product_ids": sorted(set(product_ids)), "actor": actor}, conn=conn)


def check_receipt(
    number: str,
    lines: Mapping[int, Any],
    products: Mapping[str, Product],
    received: list[tuple[str, int]],
    *,
    left: str,
) -> None:
    """A receipt against `number`'s locked lines (keyed by product id): each SKU once, on
    the document, and no more than is `left` (say "still expected", "still in transit")."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for i, (sku, quantity) in enumerate(received):
        if sku in seen:
            problems.append(
                Problem(ErrorCode.DUPLICATE, f"{sku} appears twice; send one line per SKU.", ("lines", str(i), "sku"))
            )
            continue
        seen.add(sku)
        line = lines.get(products[sku].id) if sku in products else None
        if line is None:
            problems.append(Problem(ErrorCode.UNKNOWN_SKU, f"{sku!r} is not on {number}.", ("lines", str(i), "sku")))
        elif not 0 < quantity <= line.quantity - line.received_quantity:
            problems.append(
                Problem(
                    ErrorCode.INVALID_QUANTITY,
                    f"{sku}: between 1 and {line.quantity - line.received_quantity} units are {left}.",
                    ("lines", str(i), "quantity"),
                )
            )
    if problems:
        raise DomainError(problems)


async def book_receipt(
    conn: BaseDBAsyncClient,
    *,
    lines: Mapping[int, Any],
    products: Mapping[str, Product],
    received: list[tuple[str, int]],
    warehouse_id: int,
    reason: MovementReason,
    reference: str,
    actor: str,
) -> bool:
    """Book a checked receipt of a purchase order or a transfer: each `(sku, quantity)` is
    added to its line's `received_quantity` (`lines`: locked, keyed by product id) and on hand
    at `warehouse_id` through the ledger; backorders are filled after commit. Returns whether
    every line is now complete (read under the caller's lock)."""
    ids = [products[sku].id for sku, _ in received]
    rows = await lock_rows(conn, product_ids=ids, warehouse_ids=[warehouse_id])
    changes = []
    for sku, quantity in received:
        line = lines[products[sku].id]
        await type(line).filter(id=line.id).using_db(conn).update(received_quantity=line.received_quantity + quantity)
        line.received_quantity += quantity
        changes.append(
            StockChange(rows[(line.product_id, warehouse_id)], reason, on_hand_delta=quantity, reference=reference)
        )
    await apply_changes(conn, sorted(changes, key=lambda c: c.row.id), actor=actor)
    await stock_arrived(conn, ids, actor=actor)
    return all(ln.received_quantity >= ln.quantity for ln in lines.values())
