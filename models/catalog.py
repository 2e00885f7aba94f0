"""Sales channels, warehouses, products and partners: the setup data orders refer to."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model


class AllocationStrategy(StrEnum):
    PRIORITY = "PRIORITY"
    CLOSEST = "CLOSEST"
    SINGLE_SHIPMENT_FIRST = "SINGLE_SHIPMENT_FIRST"


class BackorderPolicy(StrEnum):
    BACKORDER = "BACKORDER"
    REJECT = "REJECT"


class Channel(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=64, unique=True)
    name = fields.CharField(max_length=200)
    allocation_strategy = fields.CharEnumField(AllocationStrategy, default=AllocationStrategy.PRIORITY)
    allow_split = fields.BooleanField(default=True)
    backorder_policy = fields.CharEnumField(BackorderPolicy, default=BackorderPolicy.BACKORDER)
    intake_secret = fields.CharField(max_length=200, null=True)
    # After channelIntakeSecretRotate: the secret before, still valid until the time given.
    previous_intake_secret = fields.CharField(max_length=200, null=True)
    previous_intake_secret_until = fields.DatetimeField(null=True)
    # Storefront availability for this channel leaves each warehouse's safety stock out.
    respect_safety_stock = fields.BooleanField(default=False)
    # Whether customers may cancel their own orders (before anything is picked).
    customer_cancel_allowed = fields.BooleanField(default=True)
    # Whether its customers may change their order's shipping address before picking.
    customer_address_change_allowed = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    # The ship-by SLA: an order is shipped on time when dispatched within these hours of placing.
    ship_by_hours = fields.IntField(default=48)
    # Archived: kept for history, takes no new orders.
    archived_at = fields.DatetimeField(null=True)
    # The channel's alert policy (services/alert_policy.py): which rules run for its orders,
    # their thresholds, whether a suspicious order is checked at intake and held. NULL: the
    # defaults. On the channel row itself so that placing an order, which reads the channel
    # anyway, knows the policy without another statement.
    alert_policy: dict[str, Any] | None = fields.JSONField(null=True)  # type: ignore[assignment]

    class Meta:
        table = "channel"


class Warehouse(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=64, unique=True)
    name = fields.CharField(max_length=200)
    country = fields.CharField(max_length=2)
    region = fields.CharField(max_length=100, null=True)
    latitude = fields.FloatField(null=True)
    longitude = fields.FloatField(null=True)
    priority = fields.IntField(default=100)
    created_at = fields.DatetimeField(auto_now_add=True)
    # Archived: kept for history, gets no new allocations or transfers.
    archived_at = fields.DatetimeField(null=True)

    class Meta:
        table = "warehouse"


class Product(Model):
    id = fields.IntField(primary_key=True)
    sku = fields.CharField(max_length=64, unique=True)
    name = fields.CharField(max_length=200)
    barcode = fields.CharField(max_length=64, unique=True, null=True)
    price = fields.DecimalField(max_digits=14, decimal_places=2)
    currency = fields.CharField(max_length=3, default="USD")
    weight_grams = fields.IntField(null=True)
    # Lines of a drop-shipped product go to this supplier as a fulfilment request.
    dropship_supplier: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Supplier", related_name="dropship_products", on_delete=fields.RESTRICT, null=True
    )
    created_at = fields.DatetimeField(auto_now_add=True)
    # Archived: kept for history (orders keep their lines), cannot be ordered.
    archived_at = fields.DatetimeField(null=True)

    dropship_supplier_id: int | None

    class Meta:
        table = "product"


class Supplier(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=64, unique=True)
    name = fields.CharField(max_length=200)
    lead_time_days = fields.IntField(default=7)
    created_at = fields.DatetimeField(auto_now_add=True)
    # Archived: kept for history.
    archived_at = fields.DatetimeField(null=True)

    class Meta:
        table = "supplier"


class Carrier(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=64, unique=True)
    name = fields.CharField(max_length=200)
    webhook_url = fields.CharField(max_length=500, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    # Archived: kept for history.
    archived_at = fields.DatetimeField(null=True)

    class Meta:
        table = "carrier"
