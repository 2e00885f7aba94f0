"""Returns (RMAs) and refunds."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class ReturnStatus(StrEnum):
    REQUESTED = "REQUESTED"
    PARTIALLY_RECEIVED = "PARTIALLY_RECEIVED"
    RECEIVED = "RECEIVED"


class ReturnCondition(StrEnum):
    RESTOCK = "RESTOCK"
    DISPOSE = "DISPOSE"


class ReturnRequest(Model):
    id = fields.IntField(primary_key=True)
    order: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Order", related_name="returns", on_delete=fields.CASCADE
    )
    status = fields.CharEnumField(ReturnStatus, max_length=20, default=ReturnStatus.REQUESTED)
    actor = fields.CharField(max_length=200)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    order_id: int

    class Meta:
        table = "return_request"
        indexes = (("order_id",),)

    @property
    def number(self) -> str:
        return f"RMA-{self.id:06d}"


class ReturnLine(Model):
    id = fields.IntField(primary_key=True)
    return_request: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.ReturnRequest", related_name="lines", on_delete=fields.CASCADE
    )
    product_id = fields.IntField()
    sku = fields.CharField(max_length=64)
    quantity = fields.IntField()
    reason = fields.CharField(max_length=500)
    restocked_quantity = fields.IntField(default=0)
    disposed_quantity = fields.IntField(default=0)

    return_request_id: int

    class Meta:
        table = "return_line"
        unique_together = (("return_request", "product_id"),)


class Refund(Model):
    id = fields.IntField(primary_key=True)
    order: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Order", related_name="refunds", on_delete=fields.CASCADE
    )
    return_request: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.ReturnRequest", related_name="refunds", on_delete=fields.SET_NULL, null=True
    )
    amount = fields.DecimalField(max_digits=14, decimal_places=2)
    currency = fields.CharField(max_length=3)
    note = fields.TextField(null=True)
    actor = fields.CharField(max_length=200)
    created_at = fields.DatetimeField(auto_now_add=True)

    order_id: int
    return_request_id: int | None

    class Meta:
        table = "refund"
        indexes = (("order_id",), ("return_request_id",))
