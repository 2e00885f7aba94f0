"""Setup objects: channels, warehouses, products, suppliers, carriers."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import strawberry

from models import catalog as m
from resolvers.context import Info
from schema.common import Connection, Money, Node, UserError, to_global_id
from services.catalog import may_see_availability, sees_webhook_urls

AllocationStrategy = m.AllocationStrategy
strawberry.enum(AllocationStrategy, name="AllocationStrategy")
BackorderPolicy = m.BackorderPolicy
strawberry.enum(BackorderPolicy, name="BackorderPolicy")


@strawberry.type
class Channel(Node):
    code: str
    name: str
    allocation_strategy: AllocationStrategy
    allow_split: bool
    backorder_policy: BackorderPolicy
    respect_safety_stock: bool
    has_intake_secret: bool
    created_at: datetime
    archived_at: datetime | None = strawberry.field(description="When it was archived; null while in use.")

    @classmethod
    def from_model(cls, row: m.Channel) -> Channel:
        return cls(
            id=to_global_id("Channel", row.id),
            code=row.code,
            name=row.name,
            allocation_strategy=row.allocation_strategy,
            allow_split=row.allow_split,
            backorder_policy=row.backorder_policy,
            respect_safety_stock=row.respect_safety_stock,
            has_intake_secret=row.intake_secret is not None,
            created_at=row.created_at,
            archived_at=row.archived_at,
        )


@strawberry.type
class Warehouse(Node):
    code: str
    name: str
    country: str
    region: str | None
    latitude: float | None
    longitude: float | None
    priority: int
    archived_at: datetime | None = strawberry.field(description="When it was archived; null while in use.")

    @classmethod
    def from_model(cls, row: m.Warehouse) -> Warehouse:
        return cls(
            id=to_global_id("Warehouse", row.id),
            code=row.code,
            name=row.name,
            country=row.country,
            region=row.region,
            latitude=row.latitude,
            longitude=row.longitude,
            priority=row.priority,
            archived_at=row.archived_at,
        )


async def warehouse_of(info: Info, warehouse_id: int) -> Warehouse:
    """A warehouse some object refers to (through the request's loader)."""
    row = await info.context.loaders.warehouse.load(warehouse_id)
    assert row is not None  # a foreign key: it exists
    return Warehouse.from_model(row)


@strawberry.type
class Product(Node):
    sku: str
    name: str
    barcode: str | None
    price: Money
    weight_grams: int | None
    drop_shipped: bool = strawberry.field(description="Shipped by a supplier, not from our stock.")
    archived_at: datetime | None = strawberry.field(description="When it was archived; null while in use.")
    _pk: strawberry.Private[int]

    @classmethod
    def from_model(cls, row: m.Product) -> Product:
        return cls(
            id=to_global_id("Product", row.id),
            sku=row.sku,
            name=row.name,
            barcode=row.barcode,
            price=Money(amount=row.price, currency=row.currency),
            weight_grams=row.weight_grams,
            drop_shipped=row.dropship_supplier_id is not None,
            archived_at=row.archived_at,
            _pk=row.id,
        )

    @strawberry.field(
        description="Units sellable on this channel now: available stock in the channel's warehouses "
        "(less safety stock where the channel says so). Null for drop-shipped products and unknown channels."
    )
    async def available_to_sell(self, info: Info, channel: str) -> int | None:
        if not may_see_availability(info.context.principal, channel):
            return None
        return await info.context.loaders.available_to_sell.load((channel, self._pk))

    @strawberry.field(description="Whether this channel can sell at least one unit now.")
    async def in_stock(self, info: Info, channel: str) -> bool:
        if not may_see_availability(info.context.principal, channel):
            return False
        if self.drop_shipped:
            return await info.context.loaders.channel_by_code.load(channel) is not None
        units = await self.available_to_sell(info, channel)
        return bool(units and units > 0)


@strawberry.type
class Supplier(Node):
    code: str
    name: str
    lead_time_days: int
    archived_at: datetime | None = strawberry.field(description="When it was archived; null while in use.")

    @classmethod
    def from_model(cls, row: m.Supplier) -> Supplier:
        return cls(
            id=to_global_id("Supplier", row.id),
            code=row.code,
            name=row.name,
            lead_time_days=row.lead_time_days,
            archived_at=row.archived_at,
        )


@strawberry.type
class Carrier(Node):
    code: str
    name: str
    archived_at: datetime | None = strawberry.field(description="When it was archived; null while in use.")
    _webhook_url: strawberry.Private[str | None]

    @classmethod
    def from_model(cls, row: m.Carrier) -> Carrier:
        return cls(
            id=to_global_id("Carrier", row.id),
            code=row.code,
            name=row.name,
            archived_at=row.archived_at,
            _webhook_url=row.webhook_url,
        )

    @strawberry.field(description="Where tracking updates are sent; null unless the caller is staff.")
    def webhook_url(self, info: Info) -> str | None:
        return self._webhook_url if sees_webhook_urls(info.context.principal) else None


@strawberry.input
class ChannelCreateInput:
    code: str
    name: str
    allocation_strategy: AllocationStrategy | None = None
    allow_split: bool | None = None
    backorder_policy: BackorderPolicy | None = None
    intake_secret: str | None = None
    respect_safety_stock: bool | None = strawberry.field(
        default=None, description="Leave safety stock out of this channel's availableToSell."
    )
    warehouses: list[str] | None = strawberry.field(
        default=None, description="Codes of the warehouses that serve this channel (default: all)."
    )


@strawberry.input
class WarehouseCreateInput:
    code: str
    name: str
    country: str
    region: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    priority: int | None = None


@strawberry.input
class ProductCreateInput:
    sku: str
    name: str
    price: Decimal
    barcode: str | None = None
    currency: str | None = None
    weight_grams: int | None = None
    dropship_supplier: str | None = strawberry.field(default=None, description="Supplier code that ships this product.")


@strawberry.input
class SupplierCreateInput:
    code: str
    name: str
    lead_time_days: int | None = None


@strawberry.input
class CarrierCreateInput:
    code: str
    name: str
    webhook_url: str | None = None


@strawberry.type
class ChannelCreatePayload:
    channel: Channel | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class WarehouseCreatePayload:
    warehouse: Warehouse | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ProductCreatePayload:
    product: Product | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class SupplierCreatePayload:
    supplier: Supplier | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class CarrierCreatePayload:
    carrier: Carrier | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


ProductConnection = Connection[Product]


@strawberry.input
class ProductFilter:
    skus: list[str] | None = None
    search: str | None = strawberry.field(default=None, description="SKU, name or barcode contains.")
