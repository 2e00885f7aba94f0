"""Master data administration: list, update and archive (staff)."""

from __future__ import annotations

from typing import Any

import strawberry

from resolvers.context import Info, principal_of
from resolvers.paging import page_of
from schema.catalog import Carrier, Channel, Product, Supplier, Warehouse
from schema.common import connection, pk_of
from schema.master_data import (
    ArchiveInput,
    CarrierConnection,
    CarrierPayload,
    CarrierUpdateInput,
    ChannelConnection,
    ChannelPayload,
    ChannelUpdateInput,
    CustomerConnection,
    CustomerFilter,
    ProductPayload,
    ProductUpdateInput,
    ReturnFilter,
    ReturnRequestConnection,
    SetupFilter,
    SupplierConnection,
    SupplierPayload,
    SupplierUpdateInput,
    WarehouseConnection,
    WarehousePayload,
    WarehouseUpdateInput,
)
from schema.orders import Customer
from schema.returns import ReturnRequest
from schema.sorts import CustomerSort, ReturnRequestSort, sort_args
from services import master_data as svc
from services import returns


def _setup_list(node: Any, description: str) -> Any:
    """The root list field of one kind of setup row (Warehouse, Channel, ...): filtered by its
    code or name and by archiving, oldest first. One resolver serves every kind; the field's
    connection type comes from the annotation in `Query`, which strawberry prefers over this
    resolver's."""

    async def resolve(
        info: Info,
        filter: SetupFilter | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Any:
        f = filter or SetupFilter()
        query = svc.search_setup(node.__name__, svc.SetupSearch(search=f.search, archived=f.archived))
        return connection(
            await page_of(info, query, first=first, after=after, last=last, before=before, descending=False),
            node.from_model,
        )

    return strawberry.field(resolver=resolve, description=description)


@strawberry.type
class Query:
    warehouses: WarehouseConnection = _setup_list(Warehouse, "Warehouses, oldest first.")
    channels: ChannelConnection = _setup_list(Channel, "Sales channels, oldest first.")
    suppliers: SupplierConnection = _setup_list(Supplier, "Suppliers, oldest first.")
    carriers: CarrierConnection = _setup_list(Carrier, "Carriers, oldest first.")

    @strawberry.field(description="Customers, newest first, with their order count and totals.")
    async def customers(
        self,
        info: Info,
        filter: CustomerFilter | None = None,
        sort_by: CustomerSort | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> CustomerConnection:
        query = svc.search_customers((filter or CustomerFilter()).search)
        return connection(
            await page_of(
                info, query, first=first, after=after, last=last, before=before, **sort_args(sort_by or CustomerSort())
            ),
            Customer.from_model,
        )

    @strawberry.field(description="Returns, newest first (customers and channels: of their own orders).")
    async def returns(
        self,
        info: Info,
        filter: ReturnFilter | None = None,
        sort_by: ReturnRequestSort | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> ReturnRequestConnection:
        f = filter or ReturnFilter()
        order_id = None if f.order is None else (pk_of(f.order, "Order") or 0)
        query = returns.search_returns(principal_of(info), statuses=f.status, order_id=order_id)
        page = await page_of(
            info, query, first=first, after=after, last=last, before=before, **sort_args(sort_by or ReturnRequestSort())
        )
        ids = [r.id for r in page.items]
        lines = dict(zip(ids, await info.context.loaders.return_lines.load_many(ids), strict=True))
        return connection(page, lambda row: ReturnRequest.from_model(row, lines[row.id]))


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Change a product (a new price applies to new orders).")
    async def product_update(self, info: Info, input: ProductUpdateInput) -> ProductPayload:
        row = await svc.update_product(
            sku=input.sku, name=input.name, price=input.price, weight_grams=input.weight_grams
        )
        return ProductPayload(product=Product.from_model(row))

    @strawberry.mutation(description="Archive a product: it cannot be ordered any more; history keeps it.")
    async def product_archive(self, info: Info, input: ArchiveInput) -> ProductPayload:
        row = await svc.set_archived("Product", code=input.code, archived=input.archived)
        return ProductPayload(product=Product.from_model(row))

    @strawberry.mutation(description="Change a warehouse.")
    async def warehouse_update(self, info: Info, input: WarehouseUpdateInput) -> WarehousePayload:
        row = await svc.update_warehouse(code=input.code, name=input.name, region=input.region, priority=input.priority)
        return WarehousePayload(warehouse=Warehouse.from_model(row))

    @strawberry.mutation(description="Archive a warehouse: no new allocations or transfers; history keeps it.")
    async def warehouse_archive(self, info: Info, input: ArchiveInput) -> WarehousePayload:
        row = await svc.set_archived("Warehouse", code=input.code, archived=input.archived)
        return WarehousePayload(warehouse=Warehouse.from_model(row))

    @strawberry.mutation(description="Change a sales channel.")
    async def channel_update(self, info: Info, input: ChannelUpdateInput) -> ChannelPayload:
        row = await svc.update_channel(
            code=input.code,
            name=input.name,
            allocation_strategy=input.allocation_strategy,
            allow_split=input.allow_split,
            backorder_policy=input.backorder_policy,
            respect_safety_stock=input.respect_safety_stock,
            customer_cancel_allowed=input.customer_cancel_allowed,
            customer_address_change_allowed=input.customer_address_change_allowed,
        )
        return ChannelPayload(channel=Channel.from_model(row))

    @strawberry.mutation(description="Archive a sales channel; history keeps it.")
    async def channel_archive(self, info: Info, input: ArchiveInput) -> ChannelPayload:
        row = await svc.set_archived("Channel", code=input.code, archived=input.archived)
        return ChannelPayload(channel=Channel.from_model(row))

    @strawberry.mutation(description="Change a supplier.")
    async def supplier_update(self, info: Info, input: SupplierUpdateInput) -> SupplierPayload:
        row = await svc.update_supplier(code=input.code, name=input.name, lead_time_days=input.lead_time_days)
        return SupplierPayload(supplier=Supplier.from_model(row))

    @strawberry.mutation(description="Archive a supplier; history keeps it.")
    async def supplier_archive(self, info: Info, input: ArchiveInput) -> SupplierPayload:
        row = await svc.set_archived("Supplier", code=input.code, archived=input.archived)
        return SupplierPayload(supplier=Supplier.from_model(row))

    @strawberry.mutation(description="Change a carrier.")
    async def carrier_update(self, info: Info, input: CarrierUpdateInput) -> CarrierPayload:
        row = await svc.update_carrier(code=input.code, name=input.name, webhook_url=input.webhook_url)
        return CarrierPayload(carrier=Carrier.from_model(row))

    @strawberry.mutation(description="Archive a carrier; history keeps it.")
    async def carrier_archive(self, info: Info, input: ArchiveInput) -> CarrierPayload:
        row = await svc.set_archived("Carrier", code=input.code, archived=input.archived)
        return CarrierPayload(carrier=Carrier.from_model(row))
