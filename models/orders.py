"""Customers, orders, their lines and their history."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from models.order_money import FinancialStatus


class OrderStatus(StrEnum):
    PENDING = "PENDING"
    ON_HOLD = "ON_HOLD"
    BACKORDERED = "BACKORDERED"
    PARTIALLY_ALLOCATED = "PARTIALLY_ALLOCATED"
    ALLOCATED = "ALLOCATED"
    PICKING = "PICKING"
    PACKED = "PACKED"
    PARTIALLY_SHIPPED = "PARTIALLY_SHIPPED"
    SHIPPED = "SHIPPED"
    DELIVERED = "DELIVERED"
    CANCELLED = "CANCELLED"
    PARTIALLY_RETURNED = "PARTIALLY_RETURNED"
    RETURNED = "RETURNED"


class Customer(Model):
    id = fields.IntField(primary_key=True)
    email = fields.CharField(max_length=254, unique=True)
    name = fields.CharField(max_length=200, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "customer"


class Order(Model):
    id = fields.IntField(primary_key=True)
    channel: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Channel", related_name="orders", on_delete=fields.RESTRICT
    )
    external_ref = fields.CharField(max_length=128)
    # Same key + same body returns the same order; the fingerprint detects a
    # different body under a reused key.
    idempotency_key = fields.CharField(max_length=128, null=True)
    request_fingerprint = fields.CharField(max_length=64)
    customer: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Customer", related_name="orders", on_delete=fields.RESTRICT
    )
    # The name as this order gave it: customers are shared across channels by email, and
    # one channel must not see what another stored about them.
    customer_name = fields.CharField(max_length=200, null=True)
    status = fields.CharEnumField(OrderStatus, max_length=32, default=OrderStatus.PENDING)
    # Where a hold returns to on release (holding keeps whatever the order had).
    status_before_hold = fields.CharEnumField(OrderStatus, max_length=32, null=True)
    currency = fields.CharField(max_length=3)
    subtotal = fields.DecimalField(max_digits=14, decimal_places=2)
    # total = subtotal + shipping_amount + tax_amount - discount_amount (services.order_changes)
    total = fields.DecimalField(max_digits=14, decimal_places=2)
    shipping_amount = fields.DecimalField(max_digits=14, decimal_places=2, default=0)
    tax_amount = fields.DecimalField(max_digits=14, decimal_places=2, default=0)
    discount_amount = fields.DecimalField(max_digits=14, decimal_places=2, default=0)
    # [{"name", "rate", "amount"}] and [{"code", "amount"}], amounts as decimal strings.
    tax_lines: list[dict[str, str]] = fields.JSONField(default=list)  # type: ignore[assignment]
    discounts: list[dict[str, str]] = fields.JSONField(default=list)  # type: ignore[assignment]
    # Written only by services.order_payments.settle_financial_status (its transition table).
    financial_status = fields.CharEnumField(FinancialStatus, max_length=32, default=FinancialStatus.PENDING)
    billing_country = fields.CharField(max_length=2, null=True)
    billing_region = fields.CharField(max_length=100, null=True)
    billing_city = fields.CharField(max_length=100, null=True)
    billing_postal_code = fields.CharField(max_length=32, null=True)
    billing_line1 = fields.CharField(max_length=200, null=True)
    phone = fields.CharField(max_length=32, null=True)
    note = fields.TextField(null=True)
    # Key/value pairs as Saleor keeps them: public ones for whoever sees the order, private
    # ones for staff only (services.order_details).
    metadata: dict[str, str] = fields.JSONField(default=dict)  # type: ignore[assignment]
    private_metadata: dict[str, str] = fields.JSONField(default=dict)  # type: ignore[assignment]
    ship_country = fields.CharField(max_length=2)
    ship_region = fields.CharField(max_length=100, null=True)
    ship_city = fields.CharField(max_length=100, null=True)
    ship_postal_code = fields.CharField(max_length=32, null=True)
    ship_line1 = fields.CharField(max_length=200, null=True)
    ship_latitude = fields.FloatField(null=True)
    ship_longitude = fields.FloatField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)
    updated_at = fields.DatetimeField(auto_now=True)

    channel_id: int
    customer_id: int

    class Meta:
        table = "order"
        unique_together = (("channel", "external_ref"), ("channel", "idempotency_key"))
        # customer_id: a CUSTOMER token's orders (and the foreign key's RESTRICT check).
        # external_ref alone: the orders filter (the unique pair leads with the channel).
        indexes = (("status", "created_at"), ("customer_id",), ("external_ref",))

    @property
    def number(self) -> str:
        return format_order_number(self.id)


ORDER_NUMBER_PREFIX = "OG-"
MAX_ID = 2**31 - 1  # ids are IntFields


def format_order_number(order_id: int) -> str:
    return f"{ORDER_NUMBER_PREFIX}{order_id:06d}"


def parse_order_number(number: str) -> int | None:
    """The order id behind a number like `OG-000042`, or None when it is not one."""
    text = number.strip().upper()
    if text.startswith(ORDER_NUMBER_PREFIX):
        text = text[len(ORDER_NUMBER_PREFIX) :]
    # ASCII digits only ("²".isdigit() is true, int("²") fails), and an id the column can hold.
    if not (text.isascii() and text.isdigit()) or len(text) > 10 or int(text) > MAX_ID:
        return None
    return int(text)


class OrderLine(Model):
    id = fields.IntField(primary_key=True)
    order: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Order", related_name="lines", on_delete=fields.CASCADE
    )
    product: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Product", related_name="order_lines", on_delete=fields.RESTRICT
    )
    sku = fields.CharField(max_length=64)
    name = fields.CharField(max_length=200)
    quantity = fields.IntField()
    unit_price = fields.DecimalField(max_digits=14, decimal_places=2)
    line_total = fields.DecimalField(max_digits=14, decimal_places=2)
    # Units cancelled from the line (orderLineCancel); `quantity` is what is still ordered.
    cancelled_quantity = fields.IntField(default=0)

    order_id: int
    product_id: int

    class Meta:
        table = "order_line"
        # an order's lines (the order_lines loader); the orders that sell a SKU (the orders filter)
        indexes = (("order_id",), ("sku",))


class OrderEvent(Model):
    """One entry of an order's history: who changed what, when and why."""

    id = fields.IntField(primary_key=True)
    order: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Order", related_name="events", on_delete=fields.CASCADE
    )
    kind = fields.CharField(max_length=32)
    from_status = fields.CharEnumField(OrderStatus, max_length=32, null=True)
    to_status = fields.CharEnumField(OrderStatus, max_length=32, null=True)
    reason = fields.TextField(null=True)
    actor = fields.CharField(max_length=200)
    created_at = fields.DatetimeField(auto_now_add=True)

    order_id: int

    class Meta:
        table = "order_event"
        indexes = (("order_id",),)
