"""Pick tasks and the scan log: types, inputs, payloads and the live event."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from models import fulfilment as m
from resolvers.context import Info
from schema.catalog import Warehouse, warehouse_of
from schema.common import Connection, Node, UserError, lazy_node, to_global_id

if TYPE_CHECKING:
    from schema.orders import Order

PickTaskStatus = m.PickTaskStatus
strawberry.enum(PickTaskStatus, name="PickTaskStatus")
ScanResult = m.ScanResult
strawberry.enum(ScanResult, name="ScanResult")

# Orders show their tasks and tasks their order: the reference back is lazy (strawberry).
OrderRef = Annotated["Order", strawberry.lazy("schema.orders")]
_order_node = lazy_node("schema.orders", "Order")


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
        return await warehouse_of(info, self._warehouse_id)

    @strawberry.field(description="The order (null when the caller may not see it).")
    async def order(self, info: Info) -> OrderRef | None:
        row = await info.context.loaders.visible_order.load((info.context.principal, self._order_id))
        return _order_node(row) if row else None

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


PickTaskConnection = Connection[PickTask]


ScanEventConnection = Connection[ScanEvent]


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
class PickTaskPrioritizeInput:
    task: strawberry.ID
    priority: int = strawberry.field(description="0 (every new task's) to 10000; higher is claimed first.")


@strawberry.input
class PickTaskUnclaimInput:
    task: strawberry.ID
    picker: str | None = strawberry.field(
        default=None, description="Who puts it back (default: the token); must be the assignee unless staff."
    )


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


@strawberry.type(description="A pick task was created, assigned, started, shorted, finished or cancelled.")
class PickTaskEvent:
    cursor: str
    occurred_at: datetime
    kind: str
    task: PickTask | None
