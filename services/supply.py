"""Replenishment: supplier offers, purchase orders and their receipt, suggestions.

A purchase order's status is written only by `PO_LIFECYCLE.move_and_record`. A receipt
announces its units with the durable STOCK_ARRIVED reaction; `draft_reorder` is the LOW_STOCK
reaction (wired in `services.wiring`), run inside the transaction that crossed the line."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.queryset import QuerySet

from models.access import Role
from models.catalog import Product, Supplier, Warehouse
from models.inventory import MovementReason, StockLevel
from models.supply import PurchaseOrder, PurchaseOrderLine, PurchaseOrderStatus, SupplierProduct
from services.access import SYSTEM, Principal
from services.catalog import own_warehouse, warehouse_not_found
from services.errors import DomainError, ErrorCode, Problem, not_found
from services.lifecycle import RecordedLifecycle
from services.stock import StockRow, book_receipt, check_receipt, ensure_rows
from services.supply_terms import MAX_UNITS, best_offers, round_to_terms, terms_problems
from services.transfers import in_transit_units
from services.uow import unit_of_work
from subscriptions.topics import PURCHASE_ORDER_STATUS_CHANGED

PO = PurchaseOrderStatus
OPEN = (PO.SENT, PO.CONFIRMED, PO.PARTIALLY_RECEIVED)  # counted as incoming
PO_TRANSITIONS: dict[PurchaseOrderStatus, frozenset[PurchaseOrderStatus]] = {
    PO.DRAFT: frozenset({PO.SENT, PO.CANCELLED}),
    PO.SENT: frozenset({PO.CONFIRMED, PO.PARTIALLY_RECEIVED, PO.RECEIVED, PO.CANCELLED}),
    PO.CONFIRMED: frozenset({PO.PARTIALLY_RECEIVED, PO.RECEIVED, PO.CANCELLED}),
    # Cancelling a partly received order closes it: the rest is no longer expected.
    PO.PARTIALLY_RECEIVED: frozenset({PO.PARTIALLY_RECEIVED, PO.RECEIVED, PO.CANCELLED}),
    PO.RECEIVED: frozenset(),
    PO.CANCELLED: frozenset(),
}
PO_LIFECYCLE = RecordedLifecycle(
    PurchaseOrderStatus,
    PO_TRANSITIONS,
    topic=PURCHASE_ORDER_STATUS_CHANGED,
    aggregate_type="purchase_order",
    fields=("supplier_id", "warehouse_id"),
)


@dataclass(frozen=True)
class PurchaseLineDraft:
    sku: str
    quantity: int
    unit_cost: Decimal | None = None


# --- scoping -------------------------------------------------------------------------------


def visible_purchase_orders(principal: Principal) -> QuerySet[PurchaseOrder]:
    query = PurchaseOrder.all()
    if principal.is_staff:
        return query
    if principal.role is Role.SUPPLIER:
        # A supplier sees what was sent to it, never internal drafts.
        return query.filter(supplier__code=principal.scope, sent_at__isnull=False)
    if principal.role is Role.WAREHOUSE:
        return query.filter(warehouse__code=principal.scope)
    return query.filter(id__in=[])


@dataclass(frozen=True)
class PurchaseOrderSearch:
    statuses: list[PurchaseOrderStatus] | None = None
    supplier: str | None = None
    warehouse: str | None = None


def search_purchase_orders(principal: Principal, criteria: PurchaseOrderSearch) -> QuerySet[PurchaseOrder]:
    query = visible_purchase_orders(principal)
    if criteria.statuses:
        query = query.filter(status__in=[s.value for s in criteria.statuses])
    if criteria.supplier:
        query = query.filter(supplier__code=criteria.supplier)
    if criteria.warehouse:
        query = query.filter(warehouse__code=criteria.warehouse)
    return query


async def get_purchase_order(principal: Principal, po_id: int) -> PurchaseOrder | None:
    return await visible_purchase_orders(principal).get_or_none(id=po_id)


async def _require_po(principal: Principal, po_id: int) -> PurchaseOrder:
    po = await visible_purchase_orders(principal).get_or_none(id=po_id)
    if po is None:
        raise not_found("Purchase order", ["id"])
    return po


# --- offers --------------------------------------------------------------------------------


async def set_supplier_product(
    *,
    supplier: str,
    sku: str,
    cost: Decimal,
    currency: str = "USD",
    lead_time_days: int | None = None,
    minimum_order_quantity: int = 1,
    pack_size: int = 1,
) -> SupplierProduct:
    problems: list[Problem] = []
    found_supplier = await Supplier.get_or_none(code=supplier)
    if found_supplier is None:
        problems.append(Problem(ErrorCode.NOT_FOUND, f"Supplier {supplier!r} not found.", ("supplier",)))
    product = await Product.get_or_none(sku=sku)
    if product is None:
        problems.append(Problem(ErrorCode.UNKNOWN_SKU, f"Unknown SKU {sku!r}.", ("sku",)))
    if not cost.is_finite() or cost < 0:
        problems.append(Problem(ErrorCode.INVALID, "cost must not be negative.", ("cost",)))
    if lead_time_days is not None and not 0 <= lead_time_days <= 365:
        problems.append(Problem(ErrorCode.INVALID, "leadTimeDays must be within 0..365.", ("leadTimeDays",)))
    if not 1 <= minimum_order_quantity <= MAX_UNITS:
        problems.append(
            Problem(ErrorCode.INVALID_QUANTITY, "minimumOrderQuantity must be at least 1.", ("minimumOrderQuantity",))
        )
    if not 1 <= pack_size <= MAX_UNITS:
        problems.append(Problem(ErrorCode.INVALID_QUANTITY, "packSize must be at least 1.", ("packSize",)))
    if problems:
        raise DomainError(problems)
    assert found_supplier is not None and product is not None
    offer, _ = await SupplierProduct.update_or_create(
        supplier_id=found_supplier.id,
        product_id=product.id,
        defaults={
            "cost": cost.quantize(Decimal("0.01")),
            "currency": currency,
            "lead_time_days": lead_time_days,
            "minimum_order_quantity": minimum_order_quantity,
            "pack_size": pack_size,
        },
    )
    return offer


# --- purchase orders ----------------------------------------------------------------------


async def create_purchase_order(
    principal: Principal,
    *,
    supplier: str,
    warehouse: str,
    lines: list[PurchaseLineDraft],
    note: str | None = None,
    automatic: bool = False,
    conn: BaseDBAsyncClient | None = None,
) -> PurchaseOrder:
    problems: list[Problem] = []
    found_supplier = await Supplier.get_or_none(code=supplier)
    if found_supplier is None:
        problems.append(Problem(ErrorCode.NOT_FOUND, f"Supplier {supplier!r} not found.", ("supplier",)))
    found_warehouse = await own_warehouse(principal, warehouse)
    if found_warehouse is None:
        problems.append(warehouse_not_found(warehouse))
    if not lines:
        problems.append(Problem(ErrorCode.REQUIRED, "A purchase order needs at least one line.", ("lines",)))
    products = {p.sku: p for p in await Product.filter(sku__in=[ln.sku for ln in lines])}
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if line.sku not in products:
            problems.append(Problem(ErrorCode.UNKNOWN_SKU, f"Unknown SKU {line.sku!r}.", ("lines", str(i), "sku")))
        if line.sku in seen:
            problems.append(Problem(ErrorCode.DUPLICATE, f"SKU {line.sku} appears twice.", ("lines", str(i), "sku")))
        seen.add(line.sku)
        if not 0 < line.quantity <= MAX_UNITS:
            problems.append(
                Problem(ErrorCode.INVALID_QUANTITY, "quantity must be at least 1.", ("lines", str(i), "quantity"))
            )
        if line.unit_cost is not None and (not line.unit_cost.is_finite() or line.unit_cost < 0):
            problems.append(Problem(ErrorCode.INVALID, "unitCost must not be negative.", ("lines", str(i), "unitCost")))
    if found_supplier is not None:
        problems += await terms_problems(found_supplier, products, lines)
    if problems:
        raise DomainError(problems)
    assert found_supplier is not None and found_warehouse is not None

    async def write(db: BaseDBAsyncClient) -> PurchaseOrder:
        po = await PurchaseOrder.create(
            supplier_id=found_supplier.id, warehouse_id=found_warehouse.id, note=note, automatic=automatic, using_db=db
        )
        # Stock levels exist from now on, so what is on its way shows as `incoming`.
        await ensure_rows(db, [(products[ln.sku].id, found_warehouse.id) for ln in lines])
        await PurchaseOrderLine.bulk_create(
            [
                PurchaseOrderLine(
                    purchase_order_id=po.id,
                    product_id=products[ln.sku].id,
                    quantity=ln.quantity,
                    unit_cost=ln.unit_cost.quantize(Decimal("0.01")) if ln.unit_cost is not None else None,
                )
                for ln in lines
            ],
            using_db=db,
        )
        await PO_LIFECYCLE.record(po, None, db)
        return po

    if conn is not None:
        return await write(conn)
    async with unit_of_work() as db:
        return await write(db)


async def send_purchase_order(principal: Principal, *, po_id: int) -> PurchaseOrder:
    po = await _require_po(principal, po_id)
    async with unit_of_work() as conn:
        await PO_LIFECYCLE.move_and_record(po, PO.SENT, conn, sent_at=datetime.now(UTC))
    return po


async def confirm_purchase_order(
    principal: Principal, *, po_id: int, expected_at: datetime | None = None
) -> PurchaseOrder:
    po = await _require_po(principal, po_id)
    if expected_at is None:
        supplier = await Supplier.get(id=po.supplier_id)
        expected_at = datetime.now(UTC) + timedelta(days=supplier.lead_time_days)
    async with unit_of_work() as conn:
        await PO_LIFECYCLE.move_and_record(po, PO.CONFIRMED, conn, expected_at=expected_at)
    return po


async def cancel_purchase_order(principal: Principal, *, po_id: int) -> PurchaseOrder:
    po = await _require_po(principal, po_id)
    async with unit_of_work() as conn:
        await PO_LIFECYCLE.move_and_record(po, PO.CANCELLED, conn)
    return po


async def receive_purchase_order(principal: Principal, *, po_id: int, received: list[tuple[str, int]]) -> PurchaseOrder:
    """Book received units: onHand up through the ledger (RECEIPT), backorders filled after.
    The PO row is locked and its lines read under the lock, so concurrent receipts run one
    after another and the status follows every line as it is now (issue 10)."""
    po = await _require_po(principal, po_id)
    if not received:
        raise DomainError.one(ErrorCode.REQUIRED, "Say what was received.", ["lines"])
    async with unit_of_work() as conn:
        po = await PurchaseOrder.filter(id=po.id).using_db(conn).select_for_update().get()
        lines = {ln.product_id: ln for ln in await PurchaseOrderLine.filter(purchase_order_id=po.id).using_db(conn)}
        products = {p.sku: p for p in await Product.filter(id__in=list(lines)).using_db(conn)}
        check_receipt(po.number, lines, products, received, left="still expected")
        if PurchaseOrderStatus(po.status) not in OPEN:
            raise DomainError.one(
                ErrorCode.INVALID_TRANSITION, f"{po.number} is {po.status}; it cannot receive goods.", ["id"]
            )
        # A row may be missing where the PO was drafted before the warehouse stocked the SKU.
        await ensure_rows(conn, [(products[sku].id, po.warehouse_id) for sku, _ in received])
        done = await book_receipt(
            conn,
            lines=lines,
            products=products,
            received=received,
            warehouse_id=po.warehouse_id,
            reason=MovementReason.RECEIPT,
            reference=f"po:{po.number}",
            actor=principal.actor,
        )
        await PO_LIFECYCLE.move_and_record(po, PO.RECEIVED if done else PO.PARTIALLY_RECEIVED, conn)
    return po


async def incoming_units(pairs: list[tuple[int, int]]) -> dict[tuple[int, int], int]:
    """Units on their way per (product, warehouse): on open purchase orders and transfers in transit."""
    if not pairs:
        return {}
    rows = await PurchaseOrderLine.filter(
        product_id__in=sorted({p for p, _ in pairs}),
        purchase_order__warehouse_id__in=sorted({w for _, w in pairs}),
        purchase_order__status__in=list(OPEN),
    ).values("product_id", "purchase_order__warehouse_id", "quantity", "received_quantity")
    totals: dict[tuple[int, int], int] = defaultdict(int)
    for row in rows:
        totals[(row["product_id"], row["purchase_order__warehouse_id"])] += row["quantity"] - row["received_quantity"]
    totals.update({pair: totals[pair] + units for pair, units in (await in_transit_units(pairs)).items()})
    return dict(totals)


# --- auto-reorder --------------------------------------------------------------------------


async def draft_reorder(conn: BaseDBAsyncClient, row: StockRow) -> PurchaseOrder | None:
    """On a low-stock crossing of an auto-reorder level: draft a PO unless one is open."""
    level = await StockLevel.filter(id=row.id).using_db(conn).get()
    if not level.auto_reorder or level.reorder_quantity <= 0:
        return None
    already = (
        await PurchaseOrderLine.filter(
            product_id=row.product_id,
            purchase_order__warehouse_id=row.warehouse_id,
            purchase_order__status__in=[PO.DRAFT, *OPEN],
        )
        .using_db(conn)
        .exists()
    )
    if already:
        return None
    offers = await best_offers([row.product_id])
    if row.product_id not in offers:
        return None
    supplier, offer = offers[row.product_id]
    product = await Product.filter(id=row.product_id).using_db(conn).get()
    warehouse = await Warehouse.filter(id=row.warehouse_id).using_db(conn).get()
    return await create_purchase_order(
        SYSTEM,
        supplier=supplier.code,
        warehouse=warehouse.code,
        lines=[
            PurchaseLineDraft(
                sku=product.sku,
                quantity=round_to_terms(level.reorder_quantity, offer),
                unit_cost=offer.cost,
            )
        ],
        note="Drafted automatically on a low-stock crossing.",
        automatic=True,
        conn=conn,
    )
