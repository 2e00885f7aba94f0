"""Supplier offers, purchase orders, replenishment: the root fields."""

from __future__ import annotations

from typing import Annotated

import strawberry

from resolvers.context import Info, principal_of
from resolvers.paging import page_of
from schema.catalog import Supplier
from schema.common import connection, decode_pk, given
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


def _po_pk(global_id: str) -> int:
    return decode_pk(global_id, "PurchaseOrder", field="id")


@strawberry.type
class Query:
    @strawberry.field
    async def purchase_orders(
        self,
        info: Info,
        filter: PurchaseOrderFilter | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> PurchaseOrderConnection:
        f = filter or PurchaseOrderFilter()
        query = svc.search_purchase_orders(
            principal_of(info), svc.PurchaseOrderSearch(statuses=f.status, supplier=f.supplier, warehouse=f.warehouse)
        )
        return connection(
            await page_of(info, query, first=first, after=after, last=last, before=before), PurchaseOrder.from_model
        )

    @strawberry.field(
        description="Stock at or below its reorder point (counting what is incoming), with what to order."
    )
    async def replenishment_suggestions(
        self,
        info: Info,
        warehouse: Annotated[str | None, strawberry.argument(description="Only this warehouse (its code).")] = None,
    ) -> list[ReplenishmentSuggestion]:
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


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def supplier_product_set(self, info: Info, input: SupplierProductSetInput) -> SupplierProductSetPayload:
        row = await svc.set_supplier_product(
            supplier=input.supplier,
            sku=input.sku,
            cost=input.cost,
            **given(
                currency=input.currency,
                lead_time_days=input.lead_time_days,
                minimum_order_quantity=input.minimum_order_quantity,
            ),
        )
        return SupplierProductSetPayload(supplier_product=SupplierProduct.from_model(row))

    @strawberry.mutation
    async def purchase_order_create(self, info: Info, input: PurchaseOrderCreateInput) -> PurchaseOrderPayload:
        po = await svc.create_purchase_order(
            principal_of(info),
            supplier=input.supplier,
            warehouse=input.warehouse,
            lines=[
                svc.PurchaseLineDraft(sku=ln.sku, quantity=ln.quantity, unit_cost=ln.unit_cost) for ln in input.lines
            ],
            note=input.note,
        )
        return PurchaseOrderPayload(purchase_order=PurchaseOrder.from_model(po))

    @strawberry.mutation
    async def purchase_order_send(self, info: Info, input: PurchaseOrderIdInput) -> PurchaseOrderPayload:
        po = await svc.send_purchase_order(principal_of(info), po_id=_po_pk(input.id))
        return PurchaseOrderPayload(purchase_order=PurchaseOrder.from_model(po))

    @strawberry.mutation(description="The supplier accepts the order (SUPPLIER tokens: their own).")
    async def purchase_order_confirm(self, info: Info, input: PurchaseOrderConfirmInput) -> PurchaseOrderPayload:
        po = await svc.confirm_purchase_order(principal_of(info), po_id=_po_pk(input.id), expected_at=input.expected_at)
        return PurchaseOrderPayload(purchase_order=PurchaseOrder.from_model(po))

    @strawberry.mutation(description="Book received goods (partial receipts allowed).")
    async def purchase_order_receive(self, info: Info, input: PurchaseOrderReceiveInput) -> PurchaseOrderPayload:
        po = await svc.receive_purchase_order(
            principal_of(info), po_id=_po_pk(input.id), received=[(ln.sku, ln.quantity) for ln in input.lines]
        )
        return PurchaseOrderPayload(purchase_order=PurchaseOrder.from_model(po))

    @strawberry.mutation
    async def purchase_order_cancel(self, info: Info, input: PurchaseOrderIdInput) -> PurchaseOrderPayload:
        po = await svc.cancel_purchase_order(principal_of(info), po_id=_po_pk(input.id))
        return PurchaseOrderPayload(purchase_order=PurchaseOrder.from_model(po))
