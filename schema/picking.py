"""Pick tasks and the scan log: types, inputs, payloads and the live event."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from models import fulfilment as m
from models.event_kinds import PickTaskEventKind
from resolvers.context import Info
from schema.catalog import Warehouse, warehouse_of
from schema.common import Connection, Node, UserError, describe_values, lazy_node, to_global_id
from schema.event_kinds import KIND_DEPRECATION

if TYPE_CHECKING:
    from schema.orders import Order

PickTaskStatus = m.PickTaskStatus
strawberry.enum(PickTaskStatus, name="PickTaskStatus", description="Where a pick task stands.")
describe_values(
    PickTaskStatus,
    OPEN="Waiting for a picker.",
    ASSIGNED="Claimed by or assigned to a picker.",
    IN_PROGRESS="The picker has scanned its first item.",
    ON_HOLD="Its order is on hold.",
    DONE="Every unit picked (or reported short).",
    CANCELLED="Its order was cancelled.",
)
ScanResult = m.ScanResult
strawberry.enum(ScanResult, name="ScanResult", description="What a barcode scan did.")
describe_values(
    ScanResult,
    ACCEPTED="Counted as picked.",
    WRONG_ITEM="Not a product of this task.",
    OVER_PICK="More than the line still needs.",
    NOT_PICKABLE="The task is not in a state that takes scans.",
)

# Orders show their tasks and tasks their order: the reference back is lazy (strawberry).
OrderRef = Annotated["Order", strawberry.lazy("schema.orders")]
_order_node = lazy_node("schema.orders", "Order")


@strawberry.type(description="One product of a pick task: where it is, how many to pick, how many were picked.")
class PickTaskLine:
    sku: str = strawberry.field(description="The product's SKU.")
    barcode: str | None = strawberry.field(description="The barcode to scan.")
    bin_location: str | None = strawberry.field(description="Where in the warehouse the product is.")
    quantity: int = strawberry.field(description="Units to pick.")
    picked_quantity: int = strawberry.field(description="Units picked so far.")
    short_quantity: int = strawberry.field(description="Units reported missing.")
    remaining_quantity: int = strawberry.field(description="Units still to pick.")


@strawberry.type(description="One scan, accepted or not: who, which device, when, what, and the answer.")
class ScanEvent(Node):
    client_scan_id: str | None = strawberry.field(
        description="The scanner's own id for the scan (a retried scan with it counts once)."
    )
    actor: str = strawberry.field(description="Who scanned.")
    device: str | None = strawberry.field(description="Which scanner.")
    barcode: str = strawberry.field(description="The barcode scanned.")
    quantity: int = strawberry.field(description="Units scanned.")
    result: ScanResult = strawberry.field(description="What the scan did.")
    sku: str | None = strawberry.field(description="The product the barcode belongs to (null if none does).")
    scanned_at: datetime = strawberry.field(description="When it was scanned.")

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


@strawberry.type(description="Work for a picker: the units of an order to take from the shelves of one warehouse.")
class PickTask(Node):
    status: PickTaskStatus = strawberry.field(description="Where the task stands.")
    priority: int = strawberry.field(description="Higher is picked first.")
    assignee: str | None = strawberry.field(description="Who picks it (null while open).")
    created_at: datetime = strawberry.field(description="When it was created.")
    started_at: datetime | None = strawberry.field(description="When the first item was scanned.")
    completed_at: datetime | None = strawberry.field(description="When the task was done.")
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

    @strawberry.field(description="Where to pick.")
    async def warehouse(self, info: Info) -> Warehouse:
        return await warehouse_of(info, self._warehouse_id)

    @strawberry.field(description="The order (null when the caller may not see it).")
    async def order(self, info: Info) -> OrderRef | None:
        row = await info.context.loaders.visible_order.load((info.context.principal, self._order_id))
        return _order_node(row) if row else None

    @strawberry.field(description="What to pick.")
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


@strawberry.input(description="Which pick tasks to list: every given field must match.")
class PickTaskFilter:
    warehouse: str | None = strawberry.field(default=None, description="Only this warehouse's tasks (its code).")
    status: list[PickTaskStatus] | None = strawberry.field(
        default=None, description="Only tasks in one of these statuses."
    )
    order: strawberry.ID | None = strawberry.field(default=None, description="Only this order's tasks (its global id).")


@strawberry.input(description="Which scans to list: every given field must match.")
class ScanEventFilter:
    task: strawberry.ID | None = strawberry.field(default=None, description="Only this task's scans (its global id).")
    warehouse: str | None = strawberry.field(default=None, description="Only scans in this warehouse (its code).")
    result: list[ScanResult] | None = strawberry.field(
        default=None, description="Only scans with one of these results."
    )


@strawberry.input(description="What `pickTaskClaim` is asked to do.")
class PickTaskClaimInput:
    warehouse: str = strawberry.field(description="The warehouse's code: the next open task there, by priority.")
    picker: str | None = strawberry.field(default=None, description="Who picks (default: the token).")


@strawberry.input(description="What `pickTaskAssign` is asked to do.")
class PickTaskAssignInput:
    task: strawberry.ID = strawberry.field(description="The pick task's global id.")
    picker: str = strawberry.field(description="Who will pick it.")


@strawberry.input(description="What `pickScan` is asked to do.")
class PickScanInput:
    task: strawberry.ID = strawberry.field(description="The pick task's global id.")
    barcode: str = strawberry.field(description="The barcode scanned.")
    quantity: int = strawberry.field(default=1, description="Units scanned at once.")
    client_scan_id: str | None = strawberry.field(
        default=None, description="Apps retry with the same id: applied once."
    )
    device: str | None = strawberry.field(default=None, description="Which scanner (for the record).")


@strawberry.input(description="What `pickShort` is asked to do.")
class PickShortInput:
    task: strawberry.ID = strawberry.field(description="The pick task's global id.")
    sku: str = strawberry.field(description="The product's SKU.")
    quantity: int = strawberry.field(description="Units that are not there.")
    note: str | None = strawberry.field(default=None, description="What the picker saw.")


@strawberry.input(description="What `pickTaskComplete` is asked to do.")
class PickTaskCompleteInput:
    task: strawberry.ID = strawberry.field(description="The pick task's global id.")


@strawberry.input(description="What `pickTaskPrioritize` is asked to do.")
class PickTaskPrioritizeInput:
    task: strawberry.ID = strawberry.field(description="The pick task's global id.")
    priority: int = strawberry.field(description="0 (every new task's) to 10000; higher is claimed first.")


@strawberry.input(description="What `pickTaskUnclaim` is asked to do.")
class PickTaskUnclaimInput:
    task: strawberry.ID = strawberry.field(description="The pick task's global id.")
    picker: str | None = strawberry.field(
        default=None, description="Who puts it back (default: the token); must be the assignee unless staff."
    )


@strawberry.type(
    description="What `pickTaskClaim` and `pickTaskAssign` and `pickShort` and `pickTaskComplete` and `pickTaskPrioritize` and `pickTaskUnclaim` did: the result, or userErrors saying why not."
)
class PickTaskPayload:
    pick_task: PickTask | None = strawberry.field(
        default=None, description="The pick task as it is now (null when userErrors say why not)."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )


@strawberry.type(description="What `pickScan` did: the result, or userErrors saying why not.")
class PickScanPayload:
    pick_task: PickTask | None = strawberry.field(
        default=None, description="The pick task as it is now (null when userErrors say why not)."
    )
    result: ScanResult | None = strawberry.field(default=None, description="What the scan did.")
    replayed: bool = strawberry.field(default=False, description="True when this clientScanId was seen before.")
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )


@strawberry.type(description="A pick task was created, assigned, started, shorted, finished or cancelled.")
class PickTaskEvent:
    cursor: str = strawberry.field(
        description="The event's place in the stream: subscribe again with `after` set to it to resume after it."
    )
    occurred_at: datetime = strawberry.field(description="When it happened.")
    kind: str = strawberry.field(
        description="What happened to the task, for example ASSIGNED, STARTED, DONE, HELD, RESUMED, UNCLAIMED or CANCELLED.",
        deprecation_reason=KIND_DEPRECATION,
    )
    event_kind: PickTaskEventKind = strawberry.field(description="What happened to the task.")
    task: PickTask | None = strawberry.field(description="The task now (null if no longer visible).")
