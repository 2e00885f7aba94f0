"""Supplier offers, purchase orders, replenishment."""

from __future__ import annotations

from models.inventory import PurchaseOrderStatus as POStatusModel
from resolvers.context import Info, principal_of
from resolvers.paging import page_of
from schema.catalog import Supplier
from schema.common import connection, pk_of, user_errors
from schema.inventory import StockLevel
from schema.supply import (
    PurchaseOrder,
    PurchaseOrderConfirmInput,
    PurchaseOrderConnection,
    PurchaseOrderCreateInput,
    PurchaseOrderFilter,
    PurchaseOrderIdInput,
    PurchaseOrderPayload,
    PurchaseOrderReceiveInput,
    ReplenishmentSuggestion,
    SupplierProduct,
    SupplierProductSetInput,
    SupplierProductSetPayload,
)
from services import supply as svc
from services.errors import DomainError, not_found


def _po_pk(global_id: str) -> int:
    pk = pk_of(global_id, "PurchaseOrder")
    if pk is None:
        raise not_found("Purchase order", ["id"])
    return pk


async def supplier_product_set(info: Info, data: SupplierProductSetInput) -> SupplierProductSetPayload:
    try:
        row = await svc.set_supplier_product(
            supplier=data.supplier,
            sku=data.sku,
            cost=data.cost,
            currency=data.currency or "USD",
            lead_time_days=data.lead_time_days,
            minimum_order_quantity=1 if data.minimum_order_quantity is None else data.minimum_order_quantity,
        )
    except DomainError as error:
        return SupplierProductSetPayload(user_errors=user_errors(error))
    return SupplierProductSetPayload(supplier_product=SupplierProduct.from_model(row))


async def purchase_order_create(info: Info, data: PurchaseOrderCreateInput) -> PurchaseOrderPayload:
    try:
        po = await svc.create_purchase_order(
            principal_of(info),
            supplier=data.supplier,
            warehouse=data.warehouse,
            lines=[
                svc.PurchaseLineDraft(sku=ln.sku, quantity=ln.quantity, unit_cost=ln.unit_cost) for ln in data.lines
            ],
            note=data.note,
        )
    except DomainError as error:
        return PurchaseOrderPayload(user_errors=user_errors(error))
    return PurchaseOrderPayload(purchase_order=PurchaseOrder.from_model(po))


async def purchase_order_send(info: Info, data: PurchaseOrderIdInput) -> PurchaseOrderPayload:
    try:
        po = await svc.send_purchase_order(principal_of(info), po_id=_po_pk(data.id))
    except DomainError as error:
        return PurchaseOrderPayload(user_errors=user_errors(error))
    return PurchaseOrderPayload(purchase_order=PurchaseOrder.from_model(po))


async def purchase_order_confirm(info: Info, data: PurchaseOrderConfirmInput) -> PurchaseOrderPayload:
    try:
        po = await svc.confirm_purchase_order(principal_of(info), po_id=_po_pk(data.id), expected_at=data.expected_at)
    except DomainError as error:
        return PurchaseOrderPayload(user_errors=user_errors(error))
    return PurchaseOrderPayload(purchase_order=PurchaseOrder.from_model(po))


async def purchase_order_cancel(info: Info, data: PurchaseOrderIdInput) -> PurchaseOrderPayload:
    try:
        po = await svc.cancel_purchase_order(principal_of(info), po_id=_po_pk(data.id))
    except DomainError as error:
        return PurchaseOrderPayload(user_errors=user_errors(error))
    return PurchaseOrderPayload(purchase_order=PurchaseOrder.from_model(po))


async def purchase_order_receive(info: Info, data: PurchaseOrderReceiveInput) -> PurchaseOrderPayload:
    try:
        po = await svc.receive_purchase_order(
            principal_of(info), po_id=_po_pk(data.id), received=[(ln.sku, ln.quantity) for ln in data.lines]
        )
    except DomainError as error:
        return PurchaseOrderPayload(user_errors=user_errors(error))
    return PurchaseOrderPayload(purchase_order=PurchaseOrder.from_model(po))


async def purchase_orders(
    info: Info, filter: PurchaseOrderFilter | None, first: int | None, after: str | None
) -> PurchaseOrderConnection:
    query = svc.visible_purchase_orders(principal_of(info))
    if filter is not None:
        if filter.status:
            query = query.filter(status__in=[POStatusModel(s.value) for s in filter.status])
        if filter.supplier:
            query = query.filter(supplier__code=filter.supplier)
        if filter.warehouse:
            query = query.filter(warehouse__code=filter.warehouse)
    page = await page_of(info, query, first=first, after=after)
    return connection(page, PurchaseOrder.from_model)


async def replenishment_suggestions(info: Info, warehouse: str | None) -> list[ReplenishmentSuggestion]:
    suggestions = await svc.replenishment_suggestions(principal_of(info), warehouse=warehouse)
    return [
        ReplenishmentSuggestion(
            stock_level=StockLevel.from_model(s.stock_level),
            supplier=Supplier.from_model(s.supplier) if s.supplier else None,
            quantity=s.quantity,
            available=s.available,
            incoming=s.incoming,
            reason=s.reason,
        )
        for s in suggestions
    ]
