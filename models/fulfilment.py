"""Warehouse execution and shipping: pick tasks, the scan log, shipments, tracking."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class PickTaskStatus(StrEnum):
    OPEN = "OPEN"
    ASSIGNED = "ASSIGNED"
    IN_PROGRESS = "IN_PROGRESS"
    # The order is on hold: nobody claims, scans, shorts or completes it until release.
    ON_HOLD = "ON_HOLD"
    DONE = "DONE"
    CANCELLED = "CANCELLED"


class ScanResult(StrEnum):
    ACCEPTED = "ACCEPTED"
    WRONG_ITEM = "WRONG_ITEM"
    OVER_PICK = "OVER_PICK"
    NOT_PICKABLE = "NOT_PICKABLE"


class ShipmentStatus(StrEnum):
    PACKED = "PACKED"
    DISPATCHED = "DISPATCHED"
    IN_TRANSIT = "IN_TRANSIT"
    OUT_FOR_DELIVERY = "OUT_FOR_DELIVERY"
    DELIVERED = "DELIVERED"
    EXCEPTION = "EXCEPTION"
    # Packed, then the order was cancelled before dispatch: its units went back on hand.
    CANCELLED = "CANCELLED"


class PickTask(Model):
    """What one picker collects for one order in one warehouse."""

    id = fields.IntField(primary_key=True)
    order: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Order", related_name="pick_tasks", on_delete=fields.CASCADE
    )
    warehouse: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Warehouse", related_name="pick_tasks", on_delete=fields.RESTRICT
    )
    status = fields.CharEnumField(PickTaskStatus, max_length=16, default=PickTaskStatus.OPEN)
    priority = fields.IntField(default=0)  # higher first
    assignee = fields.CharField(max_length=200, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    started_at = fields.DatetimeField(null=True)
    completed_at = fields.DatetimeField(null=True)

    order_id: int
    warehouse_id: int

    class Meta:
        table = "pick_task"
        indexes = (("warehouse_id", "status", "priority", "created_at"), ("order_id", "status"))


class PickTaskLine(Model):
    id = fields.IntField(primary_key=True)
    task: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.PickTask", related_name="lines", on_delete=fields.CASCADE
    )
    product_id = fields.IntField()
    sku = fields.CharField(max_length=64)
    barcode = fields.CharField(max_length=64, null=True)
    bin_location = fields.CharField(max_length=64, null=True)
    quantity = fields.IntField()
    picked_quantity = fields.IntField(default=0)
    short_quantity = fields.IntField(default=0)

    task_id: int

    class Meta:
        table = "pick_task_line"
        unique_together = (("task", "product_id"),)


class ScanEvent(Model):
    """The scan log: every scan, accepted or not, for traceability."""

    id = fields.BigIntField(primary_key=True)
    task: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.PickTask", related_name="scans", on_delete=fields.CASCADE
    )
    client_scan_id = fields.CharField(max_length=64, null=True)
    actor = fields.CharField(max_length=200)
    device = fields.CharField(max_length=100, null=True)
    barcode = fields.CharField(max_length=64)
    quantity = fields.IntField()
    result = fields.CharEnumField(ScanResult, max_length=16)
    sku = fields.CharField(max_length=64, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    task_id: int

    class Meta:
        table = "scan_event"
        unique_together = (("task", "client_scan_id"),)


class Shipment(Model):
    id = fields.IntField(primary_key=True)
    order: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Order", related_name="shipments", on_delete=fields.CASCADE
    )
    # Our own shipments leave a warehouse from a pick task; a drop-shipped one leaves the
    # supplier's (no warehouse, no task) and points at its drop-ship request instead.
    warehouse: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Warehouse", related_name="shipments", on_delete=fields.RESTRICT, null=True
    )
    task: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.PickTask", related_name="shipments", on_delete=fields.RESTRICT, null=True
    )
    drop_ship_request: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.DropShipRequest", related_name="shipments", on_delete=fields.RESTRICT, null=True
    )
    carrier: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Carrier", related_name="shipments", on_delete=fields.RESTRICT, null=True
    )
    status = fields.CharEnumField(ShipmentStatus, max_length=20, default=ShipmentStatus.PACKED)
    tracking_number = fields.CharField(max_length=64, null=True, unique=True)
    estimated_delivery_at = fields.DatetimeField(null=True)
    # The ETA the customer was told had passed without a delivery (services/eta_watch.py):
    # once per ETA, so a carrier's later ETA that passes too is told again.
    missed_eta_noticed = fields.DatetimeField(null=True)
    packed_at = fields.DatetimeField(auto_now_add=True)
    dispatched_at = fields.DatetimeField(null=True)
    delivered_at = fields.DatetimeField(null=True)

    order_id: int
    warehouse_id: int | None
    task_id: int | None
    drop_ship_request_id: int | None
    carrier_id: int | None

    class Meta:
        table = "shipment"
        indexes = (("order_id",), ("carrier_id", "status"), ("task_id",))


class ShipmentLine(Model):
    id = fields.IntField(primary_key=True)
    shipment: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Shipment", related_name="lines", on_delete=fields.CASCADE
    )
    product_id = fields.IntField()
    sku = fields.CharField(max_length=64)
    quantity = fields.IntField()

    shipment_id: int

    class Meta:
        table = "shipment_line"
        indexes = (("shipment_id",),)


class Package(Model):
    id = fields.IntField(primary_key=True)
    shipment: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Shipment", related_name="packages", on_delete=fields.CASCADE
    )
    weight_grams = fields.IntField()
    length_mm = fields.IntField(null=True)
    width_mm = fields.IntField(null=True)
    height_mm = fields.IntField(null=True)

    shipment_id: int

    class Meta:
        table = "package"
        indexes = (("shipment_id",),)


class TrackingEvent(Model):
    id = fields.IntField(primary_key=True)
    shipment: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Shipment", related_name="tracking_events", on_delete=fields.CASCADE
    )
    status = fields.CharEnumField(ShipmentStatus, max_length=20)
    occurred_at = fields.DatetimeField()
    location = fields.CharField(max_length=200, null=True)
    estimated_delivery_at = fields.DatetimeField(null=True)
    recorded_at = fields.DatetimeField(auto_now_add=True)

    shipment_id: int

    class Meta:
        table = "tracking_event"
        indexes = (("shipment_id",),)
