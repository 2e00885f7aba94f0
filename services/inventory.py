"""Stock operations staff and feeds perform: adjust, count, sync, policy; availability.

Units that arrive (a receipt, a count or sync that finds more) are announced with the
durable STOCK_ARRIVED reaction in the same transaction; sourcing fills backorders from
them after commit (`services.wiring`)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.queryset import QuerySet

from models.access import Role
from models.catalog import Channel, Product, Warehouse
from models.inventory import MovementReason, StockLevel, StockMovement
from services.access import Principal, scoped
from services.allocation import eligible_warehouses
from services.audit import note_change
from services.catalog import own_warehouse, require_own_warehouse, warehouse_not_found
from services.count_shortfall import take_shortfall
from services.db import connection
from services.errors import DomainError, ErrorCode, Problem
from services.stock import (
    StockChange,
    StockRow,
    apply_changes,
    ensure_rows,
    lock_rows,
    set_safety_stock,
    stock_arrived,
)
from services.uow import unit_of_work

log = logging.getLogger("oms.inventory")

ADJUST_REASONS = frozenset({MovementReason.RECEIPT, MovementReason.ADJUSTMENT})
MAX_STOCK = 1_000_000_000


@dataclass(frozen=True)
class PolicyChange:
    safety_stock: int | None = None
    reorder_point: int | None = None
    reorder_quantity: int | None = None
    auto_reorder: bool | None = None


def visible_stock(principal: Principal) -> QuerySet[StockLevel]:
    return scoped(StockLevel.all(), principal, {Role.WAREHOUSE: "warehouse__code"})


@dataclass(frozen=True)
class StockSearch:
    sku: str | None = None
    warehouse: str | None = None
    below_safety_stock: bool | None = None


def search_stock(principal: Principal, criteria: StockSearch) -> QuerySet[StockLevel]:
    query = visible_stock(principal)
    if criteria.sku:
        query = query.filter(product__sku=criteria.sku)
    if criteria.warehouse:
        query = query.filter(warehouse__code=criteria.warehouse)
    if criteria.below_safety_stock is not None:
        query = query.filter(low_stock=criteria.below_safety_stock)
    return query


async def get_stock_level(principal: Principal, stock_level_id: int) -> StockLevel | None:
    return await visible_stock(principal).get_or_none(id=stock_level_id)


def visible_movements(principal: Principal) -> QuerySet[StockMovement]:
    """The ledger of the stock the caller may see (a warehouse: its own)."""
    return scoped(StockMovement.all(), principal, {Role.WAREHOUSE: "stock_level__warehouse__code"})


@dataclass(frozen=True)
class MovementSearch:
    sku: str | None = None
    warehouse: str | None = None
    reasons: list[MovementReason] | None = None
    reference: str | None = None


def search_movements(principal: Principal, criteria: MovementSearch) -> QuerySet[StockMovement]:
    query = visible_movements(principal)
    if criteria.sku:
        query = query.filter(stock_level__product__sku=criteria.sku)
    if criteria.warehouse:
        query = query.filter(stock_level__warehouse__code=criteria.warehouse)
    if criteria.reasons:
        query = query.filter(reason__in=[r.value for r in criteria.reasons])
    if criteria.reference:
        query = query.filter(reference=criteria.reference)
    return query


async def low_stock_warehouse(principal: Principal, warehouse: str | None) -> int | None:
    """Which warehouse's low-stock alerts a live subscriber hears: None for all (staff asking
    for none), else its id; a WAREHOUSE token always its own. NOT_FOUND for an unknown code
    or another warehouse's."""
    if principal.role is Role.WAREHOUSE:
        if warehouse is not None and warehouse != principal.scope:
            raise DomainError.one(ErrorCode.NOT_FOUND, "Warehouse not found.")
        warehouse = principal.scope
    if warehouse is None:
        return None
    found = await Warehouse.get_or_none(code=warehouse)
    if found is None and principal.role is not Role.WAREHOUSE:
        raise DomainError.one(ErrorCode.NOT_FOUND, "Warehouse not found.")
    # A token scoped to a warehouse that does not exist (yet) simply hears nothing.
    return found.id if found else -1


async def _resolve(principal: Principal, sku: str, warehouse: str) -> tuple[Product, Warehouse]:
    problems: list[Problem] = []
    product = await Product.get_or_none(sku=sku)
    if product is None:
        problems.append(Problem(ErrorCode.UNKNOWN_SKU, f"Unknown SKU {sku!r}.", ("sku",)))
    found = await own_warehouse(principal, warehouse)
    if found is None:
        problems.append(warehouse_not_found(warehouse))
    if problems:
        raise DomainError(problems)
    assert product is not None and found is not None
    return product, found


async def adjust_stock(
    principal: Principal, *, sku: str, warehouse: str, delta: int, reason: MovementReason, note: str | None = None
) -> StockLevel:
    """Add or remove units on hand (receipt, correction, damage...)."""
    problems = []
    if reason not in ADJUST_REASONS:
        problems.append(Problem(ErrorCode.INVALID, "reason must be RECEIPT or ADJUSTMENT.", ("reason",)))
    if delta == 0 or abs(delta) > MAX_STOCK:
        problems.append(Problem(ErrorCode.INVALID_QUANTITY, "delta must be a non-zero number of units.", ("delta",)))
    if reason is MovementReason.RECEIPT and delta < 0:
        problems.append(
            Problem(ErrorCode.INVALID_QUANTITY, "A receipt adds units: delta must be positive.", ("delta",))
        )
    if problems:
        raise DomainError(problems)
    product, found = await _resolve(principal, sku, warehouse)
    async with unit_of_work() as conn:
        await ensure_rows(conn, [(product.id, found.id)])
        row = (await lock_rows(conn, product_ids=[product.id], warehouse_ids=[found.id]))[(product.id, found.id)]
        await apply_changes(conn, [StockChange(row, reason, on_hand_delta=delta, note=note)], actor=principal.actor)
        if delta > 0:
            await stock_arrived(conn, [product.id], actor=principal.actor)
    return await StockLevel.get(id=row.id)


async def count_stock(
    principal: Principal, *, sku: str, warehouse: str, on_hand: int, note: str | None = None
) -> StockLevel:
    """Record a physical count: on hand becomes `on_hand`, the difference goes to the ledger."""
    if not 0 <= on_hand <= MAX_STOCK:
        raise DomainError.one(ErrorCode.INVALID_QUANTITY, "onHand must be zero or more.", ["onHand"])
    product, found = await _resolve(principal, sku, warehouse)
    async with unit_of_work() as conn:
        await ensure_rows(conn, [(product.id, found.id)])
        row = (await lock_rows(conn, product_ids=[product.id], warehouse_ids=[found.id]))[(product.id, found.id)]
        await _apply_count(conn, row, on_hand, note=note, actor=principal.actor, where=found.code)
    return await StockLevel.get(id=row.id)


async def _apply_count(
    conn: BaseDBAsyncClient, row: StockRow, on_hand: int, *, note: str | None, actor: str, where: str
) -> int:
    """On hand becomes the counted `on_hand` (COUNT in the ledger); returns the difference.

    The shelf wins: below the reserved units, the shortfall is first taken back from the
    newest reservations (`services.count_shortfall`), which are then sourced again."""
    changes = (
        await take_shortfall(conn, row, counted=on_hand, actor=actor, where=where) if on_hand < row.reserved else []
    )
    delta = on_hand - row.on_hand
    if delta:
        changes.append(StockChange(row, MovementReason.COUNT, on_hand_delta=delta, note=note))
    await apply_changes(conn, changes, actor=actor)
    if delta > 0:
        await stock_arrived(conn, [row.product_id], actor=actor)
    return delta


async def update_stock_policy(principal: Principal, *, sku: str, warehouse: str, change: PolicyChange) -> StockLevel:
    problems = [
        Problem(ErrorCode.INVALID, f"{name} must be zero or more.", (name,))
        for name, value in (
            ("safetyStock", change.safety_stock),
            ("reorderPoint", change.reorder_point),
            ("reorderQuantity", change.reorder_quantity),
        )
        if value is not None and not 0 <= value <= MAX_STOCK
    ]
    if problems:
        raise DomainError(problems)
    product, found = await _resolve(principal, sku, warehouse)
    async with unit_of_work() as conn:
        await ensure_rows(conn, [(product.id, found.id)])
        row = (await lock_rows(conn, product_ids=[product.id], warehouse_ids=[found.id]))[(product.id, found.id)]
        other = {
            k: v
            for k, v in (
                ("reorder_point", change.reorder_point),
                ("reorder_quantity", change.reorder_quantity),
                ("auto_reorder", change.auto_reorder),
            )
            if v is not None
        }
        current = await StockLevel.filter(id=row.id).using_db(conn).get()  # the audit's "before"
        for name, value in (*other.items(), ("safety_stock", change.safety_stock)):
            if value is not None:
                note_change(name, getattr(current, name), value)
        if other:
            await StockLevel.filter(id=row.id).using_db(conn).update(**other)
        # After the other settings, so a crossing sees the new auto-reorder choice.
        if change.safety_stock is not None:
            await set_safety_stock(conn, row, change.safety_stock)
    return await StockLevel.get(id=row.id)


async def ledger_mismatches() -> list[dict[str, int]]:
    """Stock levels whose counters differ from the sums of their ledger (should be none)."""
    conn = connection()
    rows = await conn.execute_query_dict(
        "SELECT s.id AS stock_level_id, s.on_hand, s.reserved, "
        "COALESCE(SUM(m.on_hand_delta), 0) AS ledger_on_hand, COALESCE(SUM(m.reserved_delta), 0) AS ledger_reserved "
        "FROM stock_level s LEFT JOIN stock_movement m ON m.stock_level_id = s.id "
        "GROUP BY s.id, s.on_hand, s.reserved "
        "HAVING s.on_hand <> COALESCE(SUM(m.on_hand_delta), 0) OR s.reserved <> COALESCE(SUM(m.reserved_delta), 0) "
        "ORDER BY s.id"
    )
    return [{k: int(v) for k, v in row.items()} for row in rows]


async def reservation_mismatches() -> list[dict[str, int]]:
    """Stock levels whose reserved counter differs from the units their orders hold reserved
    (RESERVED allocations at that product and warehouse); should be none."""
    conn = connection()
    rows = await conn.execute_query_dict(
        "SELECT s.id AS stock_level_id, s.reserved, COALESCE(SUM(a.quantity), 0) AS allocated "
        "FROM stock_level s LEFT JOIN allocation a ON a.product_id = s.product_id "
        "AND a.warehouse_id = s.warehouse_id AND a.status = 'RESERVED' "
        "GROUP BY s.id, s.reserved HAVING s.reserved <> COALESCE(SUM(a.quantity), 0) ORDER BY s.id"
    )
    return [{k: int(v) for k, v in row.items()} for row in rows]


async def available_to_sell(products: list[Product], channel: Channel) -> dict[int, int | None]:
    """Units each product can still be sold for on `channel` (its warehouses; less safety
    stock where the channel asks). None for drop-shipped products: the supplier ships."""
    conn = connection()
    warehouses = await eligible_warehouses(channel.id, conn)
    stocked = [p.id for p in products if p.dropship_supplier_id is None]
    rows = await lock_rows(conn, product_ids=stocked, warehouse_ids=[w.id for w in warehouses], lock=False)
    totals: dict[int, int | None] = {p.id: None if p.dropship_supplier_id is not None else 0 for p in products}
    for (product_id, _), row in rows.items():
        sellable = row.available - (row.safety_stock if channel.respect_safety_stock else 0)
        totals[product_id] = (totals[product_id] or 0) + max(sellable, 0)
    return totals


@dataclass(frozen=True)
class SyncItem:
    sku: str
    on_hand: int


@dataclass(frozen=True)
class SyncResult:
    sku: str
    status: str  # APPLIED | UNCHANGED | STALE | REJECTED
    message: str | None = None
    stock_level_id: int | None = None


async def sync_stock(
    principal: Principal, *, warehouse: str, as_of: datetime, items: list[SyncItem]
) -> list[SyncResult]:
    """Apply an ERP/WMS feed of counts with compare-and-set on time: an item only applies
    when `as_of` is newer than the last count applied to that stock level, so a stale or
    replayed feed cannot overwrite a newer count. Each item stands alone."""
    if not items:
        raise DomainError.one(ErrorCode.REQUIRED, "Send at least one item.", ["items"])
    if len(items) > 1000:
        raise DomainError.one(ErrorCode.INVALID, "At most 1000 items per call.", ["items"])
    if as_of.tzinfo is None:
        as_of = as_of.replace(tzinfo=UTC)
    if as_of > datetime.now(UTC) + timedelta(minutes=5):
        raise DomainError.one(ErrorCode.INVALID, "asOf is in the future.", ["asOf"])
    found = await require_own_warehouse(principal, warehouse)
    products = {p.sku: p for p in await Product.filter(sku__in=[i.sku for i in items])}
    results: list[SyncResult] = []
    for item in items:
        product = products.get(item.sku)
        if product is None:
            results.append(SyncResult(item.sku, "REJECTED", f"Unknown SKU {item.sku!r}."))
            continue
        if not 0 <= item.on_hand <= MAX_STOCK:
            results.append(SyncResult(item.sku, "REJECTED", "onHand must be zero or more."))
            continue
        async with unit_of_work() as conn:
            await ensure_rows(conn, [(product.id, found.id)])
            row = (await lock_rows(conn, product_ids=[product.id], warehouse_ids=[found.id]))[(product.id, found.id)]
            level = await StockLevel.filter(id=row.id).using_db(conn).get()
            if level.counted_at is not None and level.counted_at >= as_of:
                results.append(
                    SyncResult(item.sku, "STALE", f"A newer count ({level.counted_at.isoformat()}) is applied.", row.id)
                )
                continue
            try:
                delta = await _apply_count(
                    conn,
                    row,
                    item.on_hand,
                    note=f"sync as of {as_of.isoformat()}",
                    actor=principal.actor,
                    where=warehouse,
                )
            except DomainError as refused:  # below units already picked: this item only
                results.append(SyncResult(item.sku, "REJECTED", str(refused), row.id))
                continue
            await StockLevel.filter(id=row.id).using_db(conn).update(counted_at=as_of)
        results.append(SyncResult(item.sku, "APPLIED" if delta else "UNCHANGED", None, row.id))
    return results
