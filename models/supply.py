"""Replenishment: supplier offers and purchase orders with their lines."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class PurchaseOrderStatus(StrEnum):
    DRAFT = "DRAFT"
    SENT = "SENT"
    CONFIRMED = "CONFIRMED"
    PARTIALLY_RECEIVED = "PARTIALLY_RECEIVED"
    RECEIVED = "RECEIVED"
    CANCELLED = "CANCELLED"


class SupplierProduct(Model):
    """A supplier's terms for a product: cost, lead time, minimum order quantity, pack size.
    Every purchase order line to this supplier for this product honours the last two."""

    id = fields.IntField(primary_key=True)
    supplier: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Supplier", related_name="offers", on_delete=fields.CASCADE
    )
    product: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Product", related_name="offers", on_delete=fields.CASCADE
    )
    cost = fields.DecimalField(max_digits=14, decimal_places=2)
    currency = fields.CharField(max_length=3, default="USD")
    lead_time_days = fields.IntField(null=True)
    minimum_order_quantity = fields.IntField(default=1)
    # Units come in packs of this many: an order is a whole number of packs.
    pack_size = fields.IntField(default=1)

    supplier_id: int
    product_id: int

    class Meta:
        table = "supplier_product"
        unique_together = (("supplier", "product"),)


class PurchaseOrder(Model):
    id = fields.IntField(primary_key=True)
    supplier: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Supplier", related_name="purchase_orders", on_delete=fields.RESTRICT
    )
    warehouse: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Warehouse", related_name="purchase_orders", on_delete=fields.RESTRICT
    )
    status = fields.CharEnumField(PurchaseOrderStatus, max_length=20, default=PurchaseOrderStatus.DRAFT)
    note = fields.TextField(null=True)
    # Drafted by the system on a low-stock crossing rather than by a person.
    automatic = fields.BooleanField(default=False)
    expected_at = fields.DatetimeField(null=True)
    # Set once sent: suppliers see only what was sent to them, never internal drafts.
    sent_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)
    updated_at = fields.DatetimeField(auto_now=True)

    supplier_id: int
    warehouse_id: int

    class Meta:
        table = "purchase_order"
        indexes = (("supplier_id", "status"), ("warehouse_id", "status"))

    @property
    def number(self) -> str:
        return f"PO-{self.id:06d}"


class PurchaseOrderLine(Model):
    id = fields.IntField(primary_key=True)
    purchase_order: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.PurchaseOrder", related_name="lines", on_delete=fields.CASCADE
    )
    product: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Product", related_name="purchase_order_lines", on_delete=fields.RESTRICT
    )
    quantity = fields.IntField()
    received_quantity = fields.IntField(default=0)
    unit_cost = fields.DecimalField(max_digits=14, decimal_places=2, null=True)

    purchase_order_id: int
    product_id: int

    class Meta:
        table = "purchase_order_line"
        unique_together = (("purchase_order", "product"),)
