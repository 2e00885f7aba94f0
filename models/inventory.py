"""Stock per (product, warehouse), its ledger, channel warehouses and order allocations."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class MovementReason(StrEnum):
    RECEIPT = "RECEIPT"
    ADJUSTMENT = "ADJUSTMENT"
    COUNT = "COUNT"
    RESERVE = "RESERVE"
    RELEASE = "RELEASE"
    SHIP = "SHIP"
    RETURN_RESTOCK = "RETURN_RESTOCK"
    # Picked (or packed) units of a cancelled order: their reservation ends, they stay on hand.
    CANCEL_RESTOCK = "CANCEL_RESTOCK"
    TRANSFER = "TRANSFER"


class StockLevel(Model):
    """Counters only ever change through services.stock (atomic SQL + a ledger row)."""

    id = fields.IntField(primary_key=True)
    product: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Product", related_name="stock_levels", on_delete=fields.RESTRICT
    )
    warehouse: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Warehouse", related_name="stock_levels", on_delete=fields.RESTRICT
    )
    on_hand = fields.IntField(default=0)
    reserved = fields.IntField(default=0)
    safety_stock = fields.IntField(default=0)
    reorder_point = fields.IntField(default=0)
    reorder_quantity = fields.IntField(default=0)
    # Edge-trigger memory for low-stock alerts: true while available <= safety stock.
    low_stock = fields.BooleanField(default=True)
    # The newest count applied by a sync feed; older feeds cannot overwrite it.
    counted_at = fields.DatetimeField(null=True)
    # Draft a purchase order automatically when this level crosses to low stock.
    auto_reorder = fields.BooleanField(default=False)
    updated_at = fields.DatetimeField(auto_now=True)

    product_id: int
    warehouse_id: int

    class Meta:
        table = "stock_level"
        unique_together = (("product", "warehouse"),)

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved


class StockMovement(Model):
    """The ledger: on_hand and reserved are the sums of these deltas."""

    id = fields.BigIntField(primary_key=True)
    stock_level: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.StockLevel", related_name="movements", on_delete=fields.RESTRICT
    )
    product_id = fields.IntField()
    warehouse_id = fields.IntField()
    reason = fields.CharEnumField(MovementReason, max_length=16)
    on_hand_delta = fields.IntField(default=0)
    reserved_delta = fields.IntField(default=0)
    actor = fields.CharField(max_length=200)
    reference = fields.CharField(max_length=64, null=True)
    note = fields.TextField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)

    stock_level_id: int

    class Meta:
        table = "stock_movement"
        indexes = (("product_id", "warehouse_id"), ("stock_level_id",))


class AllocationStatus(StrEnum):
    RESERVED = "RESERVED"
    RELEASED = "RELEASED"
    SHIPPED = "SHIPPED"


class Allocation(Model):
    """Units of one order line sourced from a warehouse (or a drop-ship supplier).

    The line is (order, product): an order has one line per SKU.
    """

    id = fields.IntField(primary_key=True)
    order: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Order", related_name="allocations", on_delete=fields.CASCADE
    )
    warehouse: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Warehouse", related_name="allocations", on_delete=fields.RESTRICT, null=True
    )
    supplier: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Supplier", related_name="allocations", on_delete=fields.RESTRICT, null=True
    )
    product_id = fields.IntField()
    quantity = fields.IntField()
    status = fields.CharEnumField(AllocationStatus, max_length=16, default=AllocationStatus.RESERVED)
    created_at = fields.DatetimeField(auto_now_add=True)

    order_id: int
    warehouse_id: int | None
    supplier_id: int | None

    class Meta:
        table = "allocation"
        indexes = (("order_id", "status"), ("warehouse_id", "status"))


class ChannelWarehouse(Model):
    """Which warehouses serve a channel; a channel with none is served by all."""

    id = fields.IntField(primary_key=True)
    channel: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Channel", related_name="warehouse_links", on_delete=fields.CASCADE
    )
    warehouse: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Warehouse", related_name="channel_links", on_delete=fields.CASCADE
    )

    channel_id: int
    warehouse_id: int

    class Meta:
        table = "channel_warehouse"
        unique_together = (("channel", "warehouse"),)
