"""Setup objects: channels, warehouses, products, suppliers, carriers."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated

import strawberry

from models import catalog as m
from resolvers.context import Info
from schema.codes import COUNTRY_DEPRECATION, CURRENCY_DEPRECATION, CountryCode, CurrencyCode, country_code_of
from schema.common import Connection, Money, Node, UserError, describe_values, to_global_id
from services.catalog import may_see_availability, sees_webhook_urls

AllocationStrategy = m.AllocationStrategy
strawberry.enum(
    AllocationStrategy,
    name="AllocationStrategy",
    description="How a channel picks the warehouses an order's lines are reserved in.",
)
describe_values(
    AllocationStrategy,
    PRIORITY="Warehouses in order of their priority.",
    CLOSEST="The warehouse closest to the shipping address first.",
    SINGLE_SHIPMENT_FIRST="One warehouse that has everything if there is one; otherwise split.",
)
BackorderPolicy = m.BackorderPolicy
strawberry.enum(
    BackorderPolicy, name="BackorderPolicy", description="What a channel does with an order it cannot fill from stock."
)
describe_values(
    BackorderPolicy,
    BACKORDER="Accept it and wait for stock (the order is BACKORDERED).",
    REJECT="Refuse it with INSUFFICIENT_STOCK.",
)


@strawberry.type(description="A sales channel (a shop, a marketplace): its code and how its orders are allocated.")
class Channel(Node):
    code: str = strawberry.field(description="Short unique code, used to name the channel in inputs and filters.")
    name: str = strawberry.field(description="Human-readable name.")
    allocation_strategy: AllocationStrategy = strawberry.field(description="How the channel's orders are allocated.")
    allow_split: bool = strawberry.field(description="Whether an order may ship from several warehouses.")
    backorder_policy: BackorderPolicy = strawberry.field(
        description="What happens to an order that cannot be filled from stock."
    )
    respect_safety_stock: bool = strawberry.field(
        description="Whether the channel sells only above each warehouse's safety stock."
    )
    customer_cancel_allowed: bool = strawberry.field(
        description="Whether customers may cancel their own orders while nothing is picked."
    )
    customer_address_change_allowed: bool = strawberry.field(
        description="Whether customers may change their own orders' shipping address while nothing is picked."
    )
    ship_by_hours: int = strawberry.field(
        description="The ship-by SLA: orders dispatched within these hours of placing ship on time (analytics)."
    )
    has_intake_secret: bool = strawberry.field(
        description="Whether the channel has a secret for signed order intake (the secret itself is never shown)."
    )
    created_at: datetime = strawberry.field(description="When it was created.")
    previous_intake_secret_valid_until: datetime | None = strawberry.field(
        default=None,
        description="After channelIntakeSecretRotate: until when the secret before the current one is still "
        "accepted on POST /intake (null: only the current one is).",
    )
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
            customer_cancel_allowed=row.customer_cancel_allowed,
            customer_address_change_allowed=row.customer_address_change_allowed,
            ship_by_hours=row.ship_by_hours,
            has_intake_secret=row.intake_secret is not None,
            created_at=row.created_at,
            previous_intake_secret_valid_until=row.previous_intake_secret_until if row.previous_intake_secret else None,
            archived_at=row.archived_at,
        )


@strawberry.type(description="A place that holds stock and ships orders.")
class Warehouse(Node):
    code: str = strawberry.field(description="Short unique code, used to name the warehouse in inputs and filters.")
    name: str = strawberry.field(description="Human-readable name.")
    country: str = strawberry.field(
        description="ISO 3166-1 alpha-2 country code.", deprecation_reason=COUNTRY_DEPRECATION
    )
    region: str | None = strawberry.field(description="State, province or region.")
    latitude: float | None = strawberry.field(description="Latitude in degrees (WGS 84), for CLOSEST allocation.")
    longitude: float | None = strawberry.field(description="Longitude in degrees (WGS 84), for CLOSEST allocation.")
    priority: int = strawberry.field(description="Lower is tried first by PRIORITY allocation.")
    archived_at: datetime | None = strawberry.field(description="When it was archived; null while in use.")

    @strawberry.field(description="ISO 3166-1 alpha-2 country code, as an enum (null if the stored code is not one).")
    def country_code(self) -> CountryCode | None:
        return country_code_of(self.country)

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
    return warehouse_node(await info.context.loaders.warehouse.load(warehouse_id))


def warehouse_node(row: m.Warehouse | None) -> Warehouse:
    assert row is not None  # a foreign key: it exists
    return Warehouse.from_model(row)


@strawberry.type(description="Something sold, identified by its SKU.")
class Product(Node):
    sku: str = strawberry.field(description="The product's SKU.")
    name: str = strawberry.field(description="Human-readable name.")
    barcode: str | None = strawberry.field(description="The barcode scanned when picking.")
    price: Money = strawberry.field(description="The list price of one unit.")
    weight_grams: int | None = strawberry.field(description="Weight of one unit in grams.")
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
    async def available_to_sell(
        self,
        info: Info,
        channel: Annotated[
            str,
            strawberry.argument(
                description="The sales channel's code (its warehouses and safety-stock policy decide)."
            ),
        ],
    ) -> int | None:
        if not may_see_availability(info.context.principal, channel):
            return None
        return await info.context.loaders.available_to_sell.load((channel, self._pk))

    @strawberry.field(description="Whether this channel can sell at least one unit now.")
    async def in_stock(
        self,
        info: Info,
        channel: Annotated[
            str,
            strawberry.argument(
                description="The sales channel's code (its warehouses and safety-stock policy decide)."
            ),
        ],
    ) -> bool:
        if not may_see_availability(info.context.principal, channel):
            return False
        if self.drop_shipped:
            return await info.context.loaders.channel_by_code.load(channel) is not None
        units = await self.available_to_sell(info, channel)
        return bool(units and units > 0)


@strawberry.type(description="A company we buy from, or that ships drop-shipped products for us.")
class Supplier(Node):
    code: str = strawberry.field(description="Short unique code, used to name the supplier in inputs and filters.")
    name: str = strawberry.field(description="Human-readable name.")
    lead_time_days: int = strawberry.field(description="Days from order to delivery, usually.")
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


@strawberry.type(description="A delivery company that takes shipments and reports tracking events.")
class Carrier(Node):
    code: str = strawberry.field(description="Short unique code, used to name the carrier in inputs and filters.")
    name: str = strawberry.field(description="Human-readable name.")
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


@strawberry.input(description="What `channelCreate` is asked to do.")
class ChannelCreateInput:
    code: str = strawberry.field(description="Short unique code for the channel.")
    name: str = strawberry.field(description="Human-readable name.")
    allocation_strategy: AllocationStrategy | None = strawberry.field(
        default=None, description="How orders are allocated (default PRIORITY)."
    )
    allow_split: bool | None = strawberry.field(
        default=None, description="Whether an order may ship from several warehouses (default true)."
    )
    backorder_policy: BackorderPolicy | None = strawberry.field(
        default=None, description="What happens to an order that cannot be filled (default BACKORDER)."
    )
    intake_secret: str | None = strawberry.field(
        default=None, description="A secret for signed order intake (HMAC); stored, never shown again."
    )
    respect_safety_stock: bool | None = strawberry.field(
        default=None, description="Leave safety stock out of this channel's availableToSell."
    )
    warehouses: list[str] | None = strawberry.field(
        default=None, description="Codes of the warehouses that serve this channel (default: all)."
    )
    customer_cancel_allowed: bool | None = strawberry.field(
        default=None,
        description="Whether customers may cancel their own orders while nothing is picked (default: yes).",
    )
    customer_address_change_allowed: bool | None = strawberry.field(
        default=None,
        description="Whether customers may change their own orders' shipping address while nothing is picked "
        "(default: yes).",
    )
    ship_by_hours: int | None = strawberry.field(
        default=None,
        description="The ship-by SLA in hours, 1 to 2160 (default 48): on-time ship rate counts against it.",
    )


@strawberry.input(description="What `warehouseCreate` is asked to do.")
class WarehouseCreateInput:
    code: str = strawberry.field(description="Short unique code for the warehouse.")
    name: str = strawberry.field(description="Human-readable name.")
    country_code: CountryCode | None = strawberry.field(
        default=None, description="The country (required, or its deprecated string `country`)."
    )
    country: str | None = strawberry.field(
        default=None, description="ISO 3166-1 alpha-2 country code.", deprecation_reason=COUNTRY_DEPRECATION
    )
    region: str | None = strawberry.field(default=None, description="State, province or region.")
    latitude: float | None = strawberry.field(
        default=None, description="Latitude in degrees (WGS 84), for CLOSEST allocation."
    )
    longitude: float | None = strawberry.field(
        default=None, description="Longitude in degrees (WGS 84), for CLOSEST allocation."
    )
    priority: int | None = strawberry.field(default=None, description="Lower is tried first by PRIORITY allocation.")


@strawberry.input(description="What `productCreate` is asked to do.")
class ProductCreateInput:
    sku: str = strawberry.field(description="The product's SKU.")
    name: str = strawberry.field(description="Human-readable name.")
    price: Decimal = strawberry.field(description="List price of one unit.")
    barcode: str | None = strawberry.field(default=None, description="The barcode scanned when picking.")
    currency_code: CurrencyCode | None = strawberry.field(
        default=None, description="The price's currency (default: USD)."
    )
    currency: str | None = strawberry.field(
        default=None,
        description="ISO 4217 currency code of the price (default: USD).",
        deprecation_reason=CURRENCY_DEPRECATION,
    )
    weight_grams: int | None = strawberry.field(default=None, description="Weight of one unit in grams.")
    drop_ship_supplier: str | None = strawberry.field(
        default=None, description="Code of the supplier that ships this product to customers itself (drop-ship)."
    )
    dropship_supplier: str | None = strawberry.field(
        default=None,
        description="The former name of dropShipSupplier.",
        deprecation_reason="Use dropShipSupplier (one spelling everywhere). Removed in the next release.",
    )


@strawberry.input(description="What `supplierCreate` is asked to do.")
class SupplierCreateInput:
    code: str = strawberry.field(description="Short unique code for the supplier.")
    name: str = strawberry.field(description="Human-readable name.")
    lead_time_days: int | None = strawberry.field(default=None, description="Days from order to delivery, usually.")


@strawberry.input(description="What `carrierCreate` is asked to do.")
class CarrierCreateInput:
    code: str = strawberry.field(description="Short unique code, used to name the carrier in inputs and filters.")
    name: str = strawberry.field(description="Human-readable name.")
    webhook_url: str | None = strawberry.field(
        default=None, description="Where the carrier's tracking webhook posts to (for reference)."
    )


@strawberry.input(description="Which channel's intake secret to replace, and for how long the old one stays valid.")
class ChannelIntakeSecretRotateInput:
    channel: str = strawberry.field(description="The channel's code.")
    grace_seconds: int | None = strawberry.field(
        default=None,
        description="How long the current secret stays valid next to the new one (default 86,400 = a day; "
        "0..2,592,000; 0 retires it at once).",
    )


@strawberry.type(description="The channel with its new intake secret, shown this once.")
class ChannelIntakeSecretRotatePayload:
    channel: Channel | None = strawberry.field(default=None, description="The channel after the rotation.")
    secret: str | None = strawberry.field(
        default=None, description="The new intake secret: sign pushes with it from now on. Not shown again."
    )
    user_errors: list[UserError] = strawberry.field(default_factory=list, description="Why nothing changed.")


@strawberry.type(description="What `channelCreate` did: the result, or userErrors saying why not.")
class ChannelCreatePayload:
    channel: Channel | None = strawberry.field(
        default=None, description="The channel as it is now (null when userErrors say why not)."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )


@strawberry.type(description="What `warehouseCreate` did: the result, or userErrors saying why not.")
class WarehouseCreatePayload:
    warehouse: Warehouse | None = strawberry.field(
        default=None, description="The warehouse as it is now (null when userErrors say why not)."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )


@strawberry.type(description="What `productCreate` did: the result, or userErrors saying why not.")
class ProductCreatePayload:
    product: Product | None = strawberry.field(
        default=None, description="The product as it is now (null when userErrors say why not)."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )


@strawberry.type(description="What `supplierCreate` did: the result, or userErrors saying why not.")
class SupplierCreatePayload:
    supplier: Supplier | None = strawberry.field(
        default=None, description="The supplier as it is now (null when userErrors say why not)."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )


@strawberry.type(description="What `carrierCreate` did: the result, or userErrors saying why not.")
class CarrierCreatePayload:
    carrier: Carrier | None = strawberry.field(
        default=None, description="The carrier as it is now (null when userErrors say why not)."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )


ProductConnection = Connection[Product]


@strawberry.input(description="Which products to list: every given field must match.")
class ProductFilter:
    skus: list[str] | None = strawberry.field(default=None, description="Only these SKUs.")
    search: str | None = strawberry.field(default=None, description="SKU, name or barcode contains.")
    archived: bool | None = strawberry.field(
        default=False,
        description="false (the default): products that can be ordered; true: archived ones only; null: both.",
    )
