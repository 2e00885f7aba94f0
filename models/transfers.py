"""Stock transfers between two of our warehouses, and their lines."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class StockTransferStatus(StrEnum):
    DRAFT = "DRAFT"
    IN_TRANSIT = "IN_TRANSIT"
    PARTIALLY_RECEIVED = "PARTIALLY_RECEIVED"
    RECEIVED = "RECEIVED"
    CANCELLED = "CANCELLED"


class StockTransfer(Model):
    """Units leave the source at dispatch (ledger: TRANSFER) and enter the destination as
    they are received; in between they count as `incoming` there."""

    id = fields.IntField(primary_key=True)
    source: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Warehouse", related_name="transfers_out", on_delete=fields.RESTRICT
    )
    destination: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Warehouse", related_name="transfers_in", on_delete=fields.RESTRICT
    )
    status = fields.CharEnumField(StockTransferStatus, max_length=20, default=StockTransferStatus.DRAFT)
    note = fields.TextField(null=True)
    created_by = fields.CharField(max_length=200)
    dispatched_at = fields.DatetimeField(null=True)
    received_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)
    updated_at = fields.DatetimeField(auto_now=True)

    source_id: int
    destination_id: int

    class Meta:
        table = "stock_transfer"
        indexes = (("source_id", "status"), ("destination_id", "status"))

    @property
    def number(self) -> str:
        return f"TR-{self.id:06d}"


class StockTransferLine(Model):
    id = fields.IntField(primary_key=True)
    transfer: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.StockTransfer", related_name="lines", on_delete=fields.CASCADE
    )
    product: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Product", related_name="transfer_lines", on_delete=fields.RESTRICT
    )
    quantity = fields.IntField()
    received_quantity = fields.IntField(default=0)

    transfer_id: int
    product_id: int

    class Meta:
        table = "stock_transfer_line"
        unique_together = (("transfer", "product"),)
