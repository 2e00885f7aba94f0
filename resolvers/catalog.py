"""Setup mutations."""

from __future__ import annotations

from tortoise.expressions import Q

from models.catalog import AllocationStrategy, BackorderPolicy
from models.catalog import Product as ProductRow
from resolvers.context import Info
from resolvers.paging import page_of
from schema.catalog import (
    Carrier,
    CarrierCreateInput,
    CarrierCreatePayload,
    Channel,
    ChannelCreateInput,
    ChannelCreatePayload,
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
from schema.common import connection, user_errors
from services import catalog as svc
from services.errors import DomainError


async def channel_create(info: Info, data: ChannelCreateInput) -> ChannelCreatePayload:
    try:
        row = await svc.create_channel(
            code=data.code,
            name=data.name,
            allocation_strategy=AllocationStrategy(data.allocation_strategy or AllocationStrategy.PRIORITY),
            allow_split=True if data.allow_split is None else data.allow_split,
            backorder_policy=BackorderPolicy(data.backorder_policy or BackorderPolicy.BACKORDER),
            intake_secret=data.intake_secret,
            warehouse_codes=data.warehouses or [],
            respect_safety_stock=bool(data.respect_safety_stock),
        )
    except DomainError as error:
        return ChannelCreatePayload(user_errors=user_errors(error))
    return ChannelCreatePayload(channel=Channel.from_model(row))


async def warehouse_create(info: Info, data: WarehouseCreateInput) -> WarehouseCreatePayload:
    try:
        row = await svc.create_warehouse(
            code=data.code,
            name=data.name,
            country=data.country,
            region=data.region,
            latitude=data.latitude,
            longitude=data.longitude,
            priority=100 if data.priority is None else data.priority,
        )
    except DomainError as error:
        return WarehouseCreatePayload(user_errors=user_errors(error))
    return WarehouseCreatePayload(warehouse=Warehouse.from_model(row))


async def product_create(info: Info, data: ProductCreateInput) -> ProductCreatePayload:
    try:
        row = await svc.create_product(
            sku=data.sku,
            name=data.name,
            price=data.price,
            currency=data.currency or "USD",
            barcode=data.barcode,
            weight_grams=data.weight_grams,
            dropship_supplier=data.dropship_supplier,
        )
    except DomainError as error:
        return ProductCreatePayload(user_errors=user_errors(error))
    return ProductCreatePayload(product=Product.from_model(row))


async def supplier_create(info: Info, data: SupplierCreateInput) -> SupplierCreatePayload:
    try:
        row = await svc.create_supplier(
            code=data.code, name=data.name, lead_time_days=7 if data.lead_time_days is None else data.lead_time_days
        )
    except DomainError as error:
        return SupplierCreatePayload(user_errors=user_errors(error))
    return SupplierCreatePayload(supplier=Supplier.from_model(row))


async def carrier_create(info: Info, data: CarrierCreateInput) -> CarrierCreatePayload:
    try:
        row = await svc.create_carrier(code=data.code, name=data.name, webhook_url=data.webhook_url)
    except DomainError as error:
        return CarrierCreatePayload(user_errors=user_errors(error))
    return CarrierCreatePayload(carrier=Carrier.from_model(row))


async def products(info: Info, filter: ProductFilter | None, first: int | None, after: str | None) -> ProductConnection:
    query = ProductRow.all()
    if filter is not None:
        if filter.skus is not None:
            query = query.filter(sku__in=filter.skus[:500])
        if filter.search and filter.search.strip():
            term = filter.search.strip()
            query = query.filter(Q(sku__icontains=term) | Q(name__icontains=term) | Q(barcode__icontains=term))
    page = await page_of(info, query, first=first, after=after, descending=False)
    for row in page.items:  # availableToSell reads products through the loader
        info.context.loaders.product.prime(row.id, row)
    return connection(page, Product.from_model)
