"""Stock operations staff and feeds perform: adjust, count, policy; and filling backorders."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from tortoise.expressions import Subquery
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from models.access import Role
from models.catalog import Product, Warehouse
from models.inventory import MovementReason, StockLevel
from models.orders import OrderStatus
from services.access import Principal
from services.db import connection
from services.errors import DomainError, ErrorCode, Problem
from services.stock import StockChange, apply_changes, ensure_rows, lock_rows, set_safety_stock
from subscriptions.outbox import after_commit

log = logging.getLogger("oms.inventory")

ADJUST_REASONS = frozenset({MovementReason.RECEIPT, MovementReason.ADJUSTMENT})
MAX_STOCK = 1_000_000_000


@dataclass(frozen=True)
class PolicyChange:
    safety_stock: int | None = None
    reorder_point: int | None = None
    reorder_quantity: int | None = None


def visible_stock(principal: Principal) -> QuerySet[StockLevel]:
    query = StockLevel.all()
    if principal.is_staff:
        return query
    if principal.role is Role.WAREHOUSE:
        return query.filter(warehouse__code=principal.scope)
    return query.filter(id__in=[])


async def _resolve(principal: Principal, sku: str, warehouse: str) -> tuple[Product, Warehouse]:
    problems: list[Problem] = []
    product = await Product.get_or_none(sku=sku)
    if product is None:
        problems.append(Problem(ErrorCode.UNKNOWN_SKU, f"Unknown SKU {sku!r}.", ("sku",)))
    found = await Warehouse.get_or_none(code=warehouse)
    if found is None or (principal.role is Role.WAREHOUSE and principal.scope != found.code):
        problems.append(Problem(ErrorCode.NOT_FOUND, f"Warehouse {warehouse!r} not found.", ("warehouse",)))
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
    async with in_transaction() as conn:
        await ensure_rows(conn, [(product.id, found.id)])
        row = (await lock_rows(conn, product_ids=[product.id], warehouse_ids=[found.id]))[(product.id, found.id)]
        await apply_changes(conn, [StockChange(row, reason, on_hand_delta=delta, note=note)], actor=principal.actor)
    after_commit()
    if delta > 0:
        await fill_backorders([product.id], actor=principal.actor)
    return await StockLevel.get(id=row.id)


async def count_stock(
    principal: Principal, *, sku: str, warehouse: str, on_hand: int, note: str | None = None
) -> StockLevel:
    """Record a physical count: on hand becomes `on_hand`, the difference goes to the ledger."""
    if not 0 <= on_hand <= MAX_STOCK:
        raise DomainError.one(ErrorCode.INVALID_QUANTITY, "onHand must be zero or more.", ["onHand"])
    product, found = await _resolve(principal, sku, warehouse)
    async with in_transaction() as conn:
        await ensure_rows(conn, [(product.id, found.id)])
        row = (await lock_rows(conn, product_ids=[product.id], warehouse_ids=[found.id]))[(product.id, found.id)]
        delta = on_hand - row.on_hand
        if on_hand < row.reserved:
            raise DomainError.one(
                ErrorCode.INSUFFICIENT_STOCK,
                f"Counted {on_hand} but {row.reserved} are reserved for orders; release or re-allocate them first.",
                ["onHand"],
            )
        if delta:
            await apply_changes(
                conn, [StockChange(row, MovementReason.COUNT, on_hand_delta=delta, note=note)], actor=principal.actor
            )
    after_commit()
    if delta > 0:
        await fill_backorders([product.id], actor=principal.actor)
    return await StockLevel.get(id=row.id)


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
    async with in_transaction() as conn:
        await ensure_rows(conn, [(product.id, found.id)])
        row = (await lock_rows(conn, product_ids=[product.id], warehouse_ids=[found.id]))[(product.id, found.id)]
        if change.safety_stock is not None:
            await set_safety_stock(conn, row, change.safety_stock)
        other = {
            k: v
            for k, v in (("reorder_point", change.reorder_point), ("reorder_quantity", change.reorder_quantity))
            if v is not None
        }
        if other:
            await StockLevel.filter(id=row.id).using_db(conn).update(**other)
    after_commit()
    return await StockLevel.get(id=row.id)


async def fill_backorders(product_ids: Iterable[int], *, actor: str, limit: int = 200) -> int:
    """Allocate newly available stock to waiting orders, oldest first; returns orders touched."""
    from models.orders import Order, OrderLine
    from services.orders import allocate_waiting_order  # orders builds on inventory, not the reverse

    products = sorted(set(product_ids))
    if not products:
        return 0
    waiting = (
        await Order.filter(
            status__in=[OrderStatus.BACKORDERED, OrderStatus.PARTIALLY_ALLOCATED],
            id__in=Subquery(OrderLine.filter(product_id__in=products).values("order_id")),
        )
        .order_by("created_at", "id")
        .limit(limit)
        .values_list("id", flat=True)
    )
    touched = 0
    for order_id in waiting:
        try:
            touched += int(await allocate_waiting_order(order_id=int(order_id), actor=actor))
        except DomainError:  # changed meanwhile (cancelled, held): nothing to fill
            continue
    return touched


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
