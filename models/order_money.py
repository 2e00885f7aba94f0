"""An order's money beyond its lines (payments recorded against it, its financial status) and its tags."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class FinancialStatus(StrEnum):
    PENDING = "PENDING"
    AUTHORIZED = "AUTHORIZED"
    PAID = "PAID"
    PARTIALLY_REFUNDED = "PARTIALLY_REFUNDED"
    REFUNDED = "REFUNDED"
    VOIDED = "VOIDED"


class PaymentKind(StrEnum):
    AUTHORIZATION = "AUTHORIZATION"
    CAPTURE = "CAPTURE"
    VOID = "VOID"


class OrderPayment(Model):
    """One payment event recorded against an order (the gateway's, reported by staff or the channel)."""

    id = fields.IntField(primary_key=True)
    order: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Order", related_name="payments", on_delete=fields.CASCADE
    )
    kind = fields.CharEnumField(PaymentKind, max_length=16)
    amount = fields.DecimalField(max_digits=14, decimal_places=2)
    currency = fields.CharField(max_length=3)
    reference = fields.CharField(max_length=128, null=True)
    actor = fields.CharField(max_length=200)
    created_at = fields.DatetimeField(auto_now_add=True)

    order_id: int

    class Meta:
        table = "order_payment"
        indexes = (("order_id",),)


class OrderTag(Model):
    """A tag on an order (the orders filter finds orders by tag through its index)."""

    id = fields.IntField(primary_key=True)
    order: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Order", related_name="tags", on_delete=fields.CASCADE
    )
    tag = fields.CharField(max_length=64)

    order_id: int

    class Meta:
        table = "order_tag"
        unique_together = (("order", "tag"),)
        indexes = (("tag",),)
