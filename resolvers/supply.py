"""Supplier offers, purchase orders, replenishment: the root fields."""

from __future__ import annotations

from typing import Annotated

import strawberry

from resolvers.context import Info, principal_of
from resolvers.errors import from_domain
from resolvers.paging import page_of
from schema.catalog import Supplier
from schema.codes import code_input
from schema.common import connection, decode_pk, given
from schema.inventory import StockLevel
from schema.sorts import PurchaseOrderSort, sort_args
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
from services import replenishment
from services import supply as svc
from services.errors import DomainError


def _po_pk(global_id: str) -> int:
    return decode_pk(global_id, "PurchaseOrder", field="id")


@strawberry.type
class Query:
    @strawberry.field
    async def purchase_orders(
        self,
        info: Info,
        filter: PurchaseOrderFilter | None = None,
        sort_by: PurchaseOrderSort | None = None,
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
            await page_of(
                info,
                query,
                first=first,
                after=after,
                last=last,
                before=before,
                **sort_args(sort_by or PurchaseOrderSort()),
            ),
            PurchaseOrder.from_model,
        )

    @strawberry.field(
        description="Stock whose position (available - backordered - outgoing + incoming) is at or below its reorder point "
        "(forecast demand over the lead time + safety stock), with what to order, from whom and why."
    )
    async def replenishment_suggestions(
        self,
        info: Info,
        warehouse: Annotated[str | None, strawberry.argument(description="Only this warehouse (its code).")] = None,
        service_level: Annotated[
            float,
            strawberry.argument(description="The chance of not running out during a lead time (0.5 to below 1)."),
        ] = replenishment.DEFAULT_SERVICE_LEVEL,
    ) -> list[ReplenishmentSuggestion]:
        try:
            suggestions = await replenishment.replenishment_suggestions(
                principal_of(info), warehouse=warehouse, service_level=service_level
            )
        except DomainError as error:
            raise from_domain(error) from None
        return [
            ReplenishmentSuggestion(
                stock_level=StockLevel.from_model(s.stock_level),
                supplier=Supplier.from_model(s.supplier) if s.supplier else None,
                quantity=s.quantity,
                suggested_quantity=s.quantity,
                available=s.available,
                on_hand=s.stock_level.on_hand,
                reserved=s.stock_level.reserved,
                backordered=s.backordered,
                incoming=s.incoming,
                outgoing=s.outgoing,
                lead_time_days=s.lead_time_days,
                forecast_method=s.forecast_method,
                forecast_demand_over_lead_time=round(s.forecast_over_lead_time, 3),
                safety_stock=s.safety_stock,
                service_level=s.service_level,
                reorder_point=s.reorder_point,
                supplier_reason=s.supplier_reason,
                explanation=s.explanation,
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
                currency=code_input(
                    input.currency_code, input.currency, field="currencyCode", old_field="currency", required=False
                ),
                lead_time_days=input.lead_time_days,
                minimum_order_quantity=input.minimum_order_quantity,
                pack_size=input.pack_size,
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
