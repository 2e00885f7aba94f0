"""Master data administration: list filters, update and archive inputs, payloads."""

from __future__ import annotations

from decimal import Decimal

import strawberry

from schema.catalog import AllocationStrategy, BackorderPolicy, Carrier, Channel, Product, Supplier, Warehouse
from schema.common import Connection, UserError
from schema.orders import Customer
from schema.returns import ReturnRequest, ReturnStatus

WarehouseConnection = Connection[Warehouse]
ChannelConnection = Connection[Channel]
SupplierConnection = Connection[Supplier]
CarrierConnection = Connection[Carrier]
CustomerConnection = Connection[Customer]
ReturnRequestConnection = Connection[ReturnRequest]


@strawberry.input(description="Which customers to list.")
class CustomerFilter:
    search: str | None = strawberry.field(default=None, description="The email or the name contains this.")


@strawberry.input(description="Which returns to list.")
class ReturnFilter:
    status: list[ReturnStatus] | None = strawberry.field(default=None, description="Any of these statuses.")
    order: strawberry.ID | None = strawberry.field(default=None, description="Of this order (global id).")


@strawberry.input(description="Which master-data rows to list.")
class SetupFilter:
    search: str | None = strawberry.field(default=None, description="The code or the name contains this.")
    archived: bool | None = strawberry.field(
        default=None, description="true: archived ones only; false: those in use; null: both."
    )


@strawberry.input(description="Archive (or restore) one master-data row; history keeps it either way.")
class ArchiveInput:
    code: str = strawberry.field(description="Its code (a product: its SKU).")
    archived: bool = strawberry.field(default=True, description="false restores it.")


@strawberry.input(description="Change a product; a new price applies to new orders only.")
class ProductUpdateInput:
    sku: str = strawberry.field(description="Which product.")
    name: str | None = strawberry.field(default=None, description="A new name.")
    price: Decimal | None = strawberry.field(default=None, description="A new price (in the product's currency).")
    weight_grams: int | None = strawberry.field(default=None, description="A new weight.")


@strawberry.input(description="Change a warehouse.")
class WarehouseUpdateInput:
    code: str = strawberry.field(description="Which warehouse.")
    name: str | None = strawberry.field(default=None, description="A new name.")
    region: str | None = strawberry.field(default=None, description="A new region.")
    priority: int | None = strawberry.field(default=None, description="A new allocation priority (lower first).")


@strawberry.input(description="Change a sales channel's name or allocation policy.")
class ChannelUpdateInput:
    code: str = strawberry.field(description="Which channel.")
    name: str | None = strawberry.field(default=None, description="A new name.")
    allocation_strategy: AllocationStrategy | None = strawberry.field(default=None, description="How to source.")
    allow_split: bool | None = strawberry.field(default=None, description="May an order ship from several places.")
    backorder_policy: BackorderPolicy | None = strawberry.field(default=None, description="What a shortage does.")
    respect_safety_stock: bool | None = strawberry.field(default=None, description="Keep safety stock unsold.")
    customer_cancel_allowed: bool | None = strawberry.field(
        default=None, description="May customers cancel their own orders while nothing is picked."
    )
    customer_address_change_allowed: bool | None = strawberry.field(
        default=None, description="May customers change their own orders' shipping address while nothing is picked."
    )


@strawberry.input(description="Change a supplier.")
class SupplierUpdateInput:
    code: str = strawberry.field(description="Which supplier.")
    name: str | None = strawberry.field(default=None, description="A new name.")
    lead_time_days: int | None = strawberry.field(default=None, description="A new default lead time.")


@strawberry.input(description="Change a carrier.")
class CarrierUpdateInput:
    code: str = strawberry.field(description="Which carrier.")
    name: str | None = strawberry.field(default=None, description="A new name.")
    webhook_url: str | None = strawberry.field(default=None, description="A new tracking webhook URL.")


@strawberry.type(description="The product after the mutation.")
class ProductPayload:
    product: Product | None = strawberry.field(default=None, description="Null when refused.")
    user_errors: list[UserError] = strawberry.field(default_factory=list, description="Why it was refused.")


@strawberry.type(description="The warehouse after the mutation.")
class WarehousePayload:
    warehouse: Warehouse | None = strawberry.field(default=None, description="Null when refused.")
    user_errors: list[UserError] = strawberry.field(default_factory=list, description="Why it was refused.")


@strawberry.type(description="The channel after the mutation.")
class ChannelPayload:
    channel: Channel | None = strawberry.field(default=None, description="Null when refused.")
    user_errors: list[UserError] = strawberry.field(default_factory=list, description="Why it was refused.")


@strawberry.type(description="The supplier after the mutation.")
class SupplierPayload:
    supplier: Supplier | None = strawberry.field(default=None, description="Null when refused.")
    user_errors: list[UserError] = strawberry.field(default_factory=list, description="Why it was refused.")


@strawberry.type(description="The carrier after the mutation.")
class CarrierPayload:
    carrier: Carrier | None = strawberry.field(default=None, description="Null when refused.")
    user_errors: list[UserError] = strawberry.field(default_factory=list, description="Why it was refused.")
