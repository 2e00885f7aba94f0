"""Setup objects: channels, warehouses, products, suppliers, carriers."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import strawberry

from models import catalog as m
from schema.common import Money, Node, UserError, to_global_id

AllocationStrategy = strawberry.enum(m.AllocationStrategy, name="AllocationStrategy")
BackorderPolicy = strawberry.enum(m.BackorderPolicy, name="BackorderPolicy")


@strawberry.type
class Channel(Node):
    code: str
    name: str
    allocation_strategy: AllocationStrategy
    allow_split: bool
    backorder_policy: BackorderPolicy
    has_intake_secret: bool
    created_at: datetime

    @classmethod
    def from_model(cls, row: m.Channel) -> Channel:
        return cls(
            id=to_global_id("Channel", row.id),
            code=row.code,
            name=row.name,
            allocation_strategy=row.allocation_strategy,
            allow_split=row.allow_split,
            backorder_policy=row.backorder_policy,
            has_intake_secret=row.intake_secret is not None,
            created_at=row.created_at,
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
        )


@strawberry.type
class Product(Node):
    sku: str
    name: str
    barcode: str | None
    price: Money
    weight_grams: int | None

    @classmethod
    def from_model(cls, row: m.Product) -> Product:
        return cls(
            id=to_global_id("Product", row.id),
            sku=row.sku,
            name=row.name,
            barcode=row.barcode,
            price=Money(amount=row.price, currency=row.currency),
            weight_grams=row.weight_grams,
        )


@strawberry.type
class Supplier(Node):
    code: str
    name: str
    lead_time_days: int

    @classmethod
    def from_model(cls, row: m.Supplier) -> Supplier:
        return cls(id=to_global_id("Supplier", row.id), code=row.code, name=row.name, lead_time_days=row.lead_time_days)


@strawberry.type
class Carrier(Node):
    code: str
    name: str
    webhook_url: str | None

    @classmethod
    def from_model(cls, row: m.Carrier) -> Carrier:
        return cls(id=to_global_id("Carrier", row.id), code=row.code, name=row.name, webhook_url=row.webhook_url)


@strawberry.input
class ChannelCreateInput:
    code: str
    name: str
    allocation_strategy: AllocationStrategy | None = None
    allow_split: bool | None = None
    backorder_policy: BackorderPolicy | None = None
    intake_secret: str | None = None
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
