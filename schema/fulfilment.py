"""Pick tasks, the scan log, shipments and tracking."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from models import fulfilment as m
from resolvers.context import Info
from schema.catalog import Carrier, Warehouse
from schema.common import Connection, Node, UserError, to_global_id

if TYPE_CHECKING:
    # schema.orders imports this module; the lazy annotation avoids the cycle.
    from schema.orders import Order

PickTaskStatus = m.PickTaskStatus
strawberry.enum(PickTaskStatus, name="PickTaskStatus")
ScanResult = m.ScanResult
strawberry.enum(ScanResult, name="ScanResult")
ShipmentStatus = m.ShipmentStatus
strawberry.enum(ShipmentStatus, name="ShipmentStatus")


async def _warehouse(info: Info, warehouse_id: int) -> Warehouse:
    row = await info.context.loaders.warehouse.load(warehouse_id)
    assert row is not None
    return Warehouse.from_model(row)


@strawberry.type
class PickTaskLine:
    sku: str
    barcode: str | None
    bin_location: str | None
    quantity: int
    picked_quantity: int
    short_quantity: int
    remaining_quantity: int


@strawberry.type(description="One scan, accepted or not: who, which device, when, what, and the answer.")
class ScanEvent(Node):
    client_scan_id: str | None
    actor: str
    device: str | None
    barcode: str
    quantity: int
    result: ScanResult
    sku: str | None
    scanned_at: datetime

    @classmethod
    def from_model(cls, row: m.ScanEvent) -> ScanEvent:
        return cls(
            id=to_global_id("ScanEvent", row.id),
            client_scan_id=row.client_scan_id,
            actor=row.actor,
            device=row.device,
            barcode=row.barcode,
            quantity=row.quantity,
            result=m.ScanResult(row.result),
            sku=row.sku,
            scanned_at=row.created_at,
        )


@strawberry.type
class PickTask(Node):
    status: PickTaskStatus
    priority: int
    assignee: str | None
    created_at: datetime
    started_at: datetime | None
    completed_at: datetime | None
    _pk: strawberry.Private[int]
    _order_id: strawberry.Private[int]
    _warehouse_id: strawberry.Private[int]

    @classmethod
    def from_model(cls, row: m.PickTask) -> PickTask:
        return cls(
            id=to_global_id("PickTask", row.id),
            status=m.PickTaskStatus(row.status),
            priority=row.priority,
            assignee=row.assignee,
            created_at=row.created_at,
            started_at=row.started_at,
            completed_at=row.completed_at,
            _pk=row.id,
            _order_id=row.order_id,
            _warehouse_id=row.warehouse_id,
        )

    @strawberry.field
    async def warehouse(self, info: Info) -> Warehouse:
        return await _warehouse(info, self._warehouse_id)

    @strawberry.field(description="The order (null when the caller may not see it).")
    async def order(self, info: Info) -> Annotated[Order, strawberry.lazy("schema.orders")] | None:
        from resolvers.orders import visible_order

        return await visible_order(info, self._order_id)

    @strawberry.field
    async def lines(self, info: Info) -> list[PickTaskLine]:
        rows = await info.context.loaders.pick_task_lines.load(self._pk)
        return [
            PickTaskLine(
                sku=r.sku,
                barcode=r.barcode,
                bin_location=r.bin_location,
                quantity=r.quantity,
                picked_quantity=r.picked_quantity,
                short_quantity=r.short_quantity,
                remaining_quantity=r.quantity - r.picked_quantity - r.short_quantity,
            )
            for r in rows
        ]

    @strawberry.field(description="The scan log of this task, oldest first.")
    async def scans(self, info: Info) -> list[ScanEvent]:
        return [ScanEvent.from_model(r) for r in await info.context.loaders.task_scans.load(self._pk)]


@strawberry.type
class ShipmentLine:
    sku: str
    quantity: int


@strawberry.type
class Package:
    weight_grams: int
    length_mm: int | None
    width_mm: int | None
    height_mm: int | None


@strawberry.type
class TrackingEvent:
    status: ShipmentStatus
    occurred_at: datetime
    location: str | None
    estimated_delivery_at: datetime | None


@strawberry.type
class Shipment(Node):
    status: ShipmentStatus
    tracking_number: str | None
    estimated_delivery_at: datetime | None
    packed_at: datetime
    dispatched_at: datetime | None
    delivered_at: datetime | None
    _pk: strawberry.Private[int]
    _order_id: strawberry.Private[int]
    _warehouse_id: strawberry.Private[int]
    _carrier_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, row: m.Shipment) -> Shipment:
        return cls(
            id=to_global_id("Shipment", row.id),
            status=m.ShipmentStatus(row.status),
            tracking_number=row.tracking_number,
            estimated_delivery_at=row.estimated_delivery_at,
            packed_at=row.packed_at,
            dispatched_at=row.dispatched_at,
            delivered_at=row.delivered_at,
            _pk=row.id,
            _order_id=row.order_id,
            _warehouse_id=row.warehouse_id,
            _carrier_id=row.carrier_id,
        )

    @strawberry.field
    async def warehouse(self, info: Info) -> Warehouse:
        return await _warehouse(info, self._warehouse_id)

    @strawberry.field
    async def carrier(self, info: Info) -> Carrier | None:
        if self._carrier_id is None:
            return None
        row = await info.context.loaders.carrier.load(self._carrier_id)
        return Carrier.from_model(row) if row else None

    @strawberry.field(description="The order (null when the caller may not see it, e.g. carriers).")
    async def order(self, info: Info) -> Annotated[Order, strawberry.lazy("schema.orders")] | None:
        from resolvers.orders import visible_order

        return await visible_order(info, self._order_id)

    @strawberry.field
    async def lines(self, info: Info) -> list[ShipmentLine]:
        return [
            ShipmentLine(sku=r.sku, quantity=r.quantity)
            for r in await info.context.loaders.shipment_lines.load(self._pk)
        ]

    @strawberry.field
    async def packages(self, info: Info) -> list[Package]:
        return [
            Package(weight_grams=r.weight_grams, length_mm=r.length_mm, width_mm=r.width_mm, height_mm=r.height_mm)
            for r in await info.context.loaders.shipment_packages.load(self._pk)
        ]

    @strawberry.field(description="Carrier reports, newest first.")
    async def tracking_events(self, info: Info) -> list[TrackingEvent]:
        rows = await info.context.loaders.tracking_events.load(self._pk)
        return [
            TrackingEvent(
                status=m.ShipmentStatus(r.status),
                occurred_at=r.occurred_at,
                location=r.location,
                estimated_delivery_at=r.estimated_delivery_at,
            )
            for r in sorted(rows, key=lambda r: (r.occurred_at, r.id), reverse=True)
        ]


PickTaskConnection = Connection[PickTask]


ScanEventConnection = Connection[ScanEvent]


ShipmentConnection = Connection[Shipment]


@strawberry.input
class PickTaskFilter:
    warehouse: str | None = None
    status: list[PickTaskStatus] | None = None
    order: strawberry.ID | None = None


@strawberry.input
class ScanEventFilter:
    task: strawberry.ID | None = None
    warehouse: str | None = None
    result: list[ScanResult] | None = None


@strawberry.input
class ShipmentFilter:
    order: strawberry.ID | None = None
    carrier: str | None = None
    status: list[ShipmentStatus] | None = None
    tracking_number: str | None = None


@strawberry.input
class PickTaskClaimInput:
    warehouse: str
    picker: str | None = strawberry.field(default=None, description="Who picks (default: the token).")


@strawberry.input
class PickTaskAssignInput:
    task: strawberry.ID
    picker: str


@strawberry.input
class PickScanInput:
    task: strawberry.ID
    barcode: str
    quantity: int = 1
    client_scan_id: str | None = strawberry.field(
        default=None, description="Apps retry with the same id: applied once."
    )
    device: str | None = None


@strawberry.input
class PickShortInput:
    task: strawberry.ID
    sku: str
    quantity: int
    note: str | None = None


@strawberry.input
class PickTaskCompleteInput:
    task: strawberry.ID


@strawberry.input
class PackageInput:
    weight_grams: int
    length_mm: int | None = None
    width_mm: int | None = None
    height_mm: int | None = None


@strawberry.input
class ShipmentPackInput:
    task: strawberry.ID
    packages: list[PackageInput]


@strawberry.input
class ShipmentDispatchInput:
    shipment: strawberry.ID
    carrier: str
    tracking_number: str


@strawberry.input
class TrackingEventRecordInput:
    tracking_number: str
    status: ShipmentStatus
    occurred_at: datetime
    location: str | None = None
    estimated_delivery_at: datetime | None = None


@strawberry.type
class PickTaskPayload:
    pick_task: PickTask | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class PickScanPayload:
    pick_task: PickTask | None = None
    result: ScanResult | None = None
    replayed: bool = strawberry.field(default=False, description="True when this clientScanId was seen before.")
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ShipmentPayload:
    shipment: Shipment | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type(description="A pick task was created, assigned, started, shorted, finished or cancelled.")
class PickTaskEvent:
    cursor: str
    occurred_at: datetime
    kind: str
    task: PickTask | None


@strawberry.type(description="A shipment was packed, dispatched or tracked.")
class ShipmentEvent:
    cursor: str
    occurred_at: datetime
    kind: str
    status: ShipmentStatus
    shipment: Shipment | None
