"""Drop-ship requests: the lines of an order that a supplier ships for us, one request per
(order, supplier), with the supplier's confirmation and dispatch."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class DropShipStatus(StrEnum):
    REQUESTED = "REQUESTED"
    CONFIRMED = "CONFIRMED"
    SHIPPED = "SHIPPED"
    CANCELLED = "CANCELLED"


class DropShipRequest(Model):
    """Status changes only through services.dropship (its Lifecycle)."""

    id = fields.IntField(primary_key=True)
    order: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Order", related_name="drop_ship_requests", on_delete=fields.CASCADE
    )
    supplier: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Supplier", related_name="drop_ship_requests", on_delete=fields.RESTRICT
    )
    status = fields.CharEnumField(DropShipStatus, max_length=16, default=DropShipStatus.REQUESTED)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    confirmed_at = fields.DatetimeField(null=True)
    shipped_at = fields.DatetimeField(null=True)

    order_id: int
    supplier_id: int

    class Meta:
        table = "drop_ship_request"
        unique_together = (("order", "supplier"),)
        indexes = (("supplier_id", "status"),)


class DropShipLine(Model):
    id = fields.IntField(primary_key=True)
    request: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.DropShipRequest", related_name="lines", on_delete=fields.CASCADE
    )
    product_id = fields.IntField()
    sku = fields.CharField(max_length=64)
    quantity = fields.IntField()

    request_id: int

    class Meta:
        table = "drop_ship_line"
        indexes = (("request_id",),)
