"""Setup objects and the catalogue: the root fields."""

from __future__ import annotations

from typing import Annotated

import strawberry

from resolvers.context import Info
from resolvers.paging import page_of
from schema.catalog import (
    Carrier,
    CarrierCreateInput,
    CarrierCreatePayload,
    Channel,
    ChannelCreateInput,
    ChannelCreatePayload,
    ChannelIntakeSecretRotateInput,
    ChannelIntakeSecretRotatePayload,
    Product,
    ProductConnection,
    ProductCreateInput,
    ProductCreatePayload,
    ProductFilter,
    Supplier,
    SupplierCreateInput,
    SupplierCreatePayload,
    Warehouse,
    WarehouseCreateInput,
    WarehouseCreatePayload,
)
from schema.codes import code_input
from schema.common import connection, given, renamed
from schema.sorts import ProductSort, sort_args
from services import catalog as svc
from services import intake


@strawberry.type
class Query:
    @strawberry.field(
        description="The catalogue, oldest first (archived products only when the filter asks); with availableToSell for storefronts."
    )
    async def products(
        self,
        info: Info,
        filter: ProductFilter | None = None,
        sort_by: Annotated[
            ProductSort | None, strawberry.argument(description="The order of the list (default: oldest first).")
        ] = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> ProductConnection:
        f = filter or ProductFilter()
        query = svc.search_products(skus=f.skus, search=f.search, archived=f.archived)
        page = await page_of(
            info, query, first=first, after=after, last=last, before=before, **sort_args(sort_by or ProductSort())
        )
        for row in page.items:  # availableToSell reads products through the loader
            info.context.loaders.product.prime(row.id, row)
        return connection(page, Product.from_model)


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def channel_create(self, info: Info, input: ChannelCreateInput) -> ChannelCreatePayload:
        row = await svc.create_channel(
            code=input.code,
            name=input.name,
            **given(
                allocation_strategy=input.allocation_strategy,
                allow_split=input.allow_split,
                backorder_policy=input.backorder_policy,
                intake_secret=input.intake_secret,
                warehouse_codes=input.warehouses,
                respect_safety_stock=input.respect_safety_stock,
                customer_cancel_allowed=input.customer_cancel_allowed,
                customer_address_change_allowed=input.customer_address_change_allowed,
                ship_by_hours=input.ship_by_hours,
            ),
        )
        return ChannelCreatePayload(channel=Channel.from_model(row))

    @strawberry.mutation
    async def warehouse_create(self, info: Info, input: WarehouseCreateInput) -> WarehouseCreatePayload:
        row = await svc.create_warehouse(
            code=input.code,
            name=input.name,
            country=code_input(
                input.country_code, input.country, field="countryCode", old_field="country", required=True
            )
            or "",
            **given(region=input.region, latitude=input.latitude, longitude=input.longitude, priority=input.priority),
        )
        return WarehouseCreatePayload(warehouse=Warehouse.from_model(row))

    @strawberry.mutation
    async def product_create(self, info: Info, input: ProductCreateInput) -> ProductCreatePayload:
        row = await svc.create_product(
            sku=input.sku,
            name=input.name,
            price=input.price,
            **given(
                currency=code_input(
                    input.currency_code, input.currency, field="currencyCode", old_field="currency", required=False
                ),
                barcode=input.barcode,
                weight_grams=input.weight_grams,
                dropship_supplier=renamed(
                    input.drop_ship_supplier,
                    input.dropship_supplier,
                    field="dropShipSupplier",
                    old_field="dropshipSupplier",
                ),
            ),
        )
        return ProductCreatePayload(product=Product.from_model(row))

    @strawberry.mutation
    async def supplier_create(self, info: Info, input: SupplierCreateInput) -> SupplierCreatePayload:
        row = await svc.create_supplier(code=input.code, name=input.name, **given(lead_time_days=input.lead_time_days))
        return SupplierCreatePayload(supplier=Supplier.from_model(row))

    @strawberry.mutation
    async def carrier_create(self, info: Info, input: CarrierCreateInput) -> CarrierCreatePayload:
        row = await svc.create_carrier(code=input.code, name=input.name, **given(webhook_url=input.webhook_url))
        return CarrierCreatePayload(carrier=Carrier.from_model(row))

    @strawberry.mutation(
        description="Replace a channel's intake secret with a new random one (returned once); the old one "
        "stays valid for graceSeconds so the channel can switch without refused pushes."
    )
    async def channel_intake_secret_rotate(
        self, info: Info, input: ChannelIntakeSecretRotateInput
    ) -> ChannelIntakeSecretRotatePayload:
        rotated = await intake.rotate_intake_secret(
            channel_code=input.channel, **given(grace_seconds=input.grace_seconds)
        )
        return ChannelIntakeSecretRotatePayload(channel=Channel.from_model(rotated.channel), secret=rotated.secret)
