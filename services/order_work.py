"""An order's warehouse work taken as a whole: held, resumed, or unwound when the order is
cancelled (all of it, or the unshipped remainder).

The callers (`services.order_actions`) lock the work with `lock_work` before they lock the
order, the same order in which scans, packing and dispatch take their locks (task or
shipment, then order), so a cancel racing a pack waits for it instead of deadlocking.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from tortoise.backends.base.client import BaseDBAsyncClient

from models.event_kinds import PickTaskEventKind, ShipmentEventKind
from models.fulfilment import PickTask, PickTaskLine, PickTaskStatus, Shipment, ShipmentStatus
from models.inserts import flush_changes
from models.orders import Order, OrderStatus
from services.allocation import release_reservations
from services.picking import WORKABLE, move_task
from services.shipping import all_work_packed, move_shipment, shipment_event
from subscriptions.outbox import record_events

T = PickTaskStatus


@dataclass(frozen=True)
class Work:
    """The order's pick tasks and shipments, locked for the transaction (id order)."""

    tasks: list[PickTask]
    shipments: list[Shipment]

    @property
    def dispatched_task_ids(self) -> set[int]:
        """Tasks whose units have left: nothing of theirs can be held or unwound."""
        done = {ShipmentStatus.PACKED, ShipmentStatus.CANCELLED}
        # Drop-shipped shipments have no task (the supplier shipped them).
        return {s.task_id for s in self.shipments if s.task_id is not None and ShipmentStatus(s.status) not in done}


async def lock_work(order_id: int, *, conn: BaseDBAsyncClient) -> Work:
    # An order placed in this transaction may have task changes held back to its commit
    # (`services.task_creation.keep_new_tasks`): written first, so that what is locked is so.
    await flush_changes(conn)
    tasks = await PickTask.filter(order_id=order_id).using_db(conn).select_for_update().order_by("id")
    shipments = await Shipment.filter(order_id=order_id).using_db(conn).select_for_update().order_by("id")
    return Work(tasks=list(tasks), shipments=list(shipments))


async def hold_tasks(work: Work, *, conn: BaseDBAsyncClient) -> None:
    """The order is held: its unfinished tasks wait (not claimable; pickers see HELD live)."""
    for task in work.tasks:
        if task.status in WORKABLE:
            await move_task(task, T.ON_HOLD, kind=PickTaskEventKind.HELD, conn=conn, message=f"Task is {task.status}.")


def _resumed_status(task: PickTask) -> PickTaskStatus:
    """Where a held task was: started (IN_PROGRESS), someone's (ASSIGNED), or nobody's yet."""
    if task.started_at is not None:
        return T.IN_PROGRESS
    return T.ASSIGNED if task.assignee else T.OPEN


async def resume_tasks(work: Work, *, conn: BaseDBAsyncClient) -> None:
    for task in work.tasks:
        if task.status == T.ON_HOLD:
            await move_task(
                task, _resumed_status(task), kind=PickTaskEventKind.RESUMED, conn=conn, message="Task is not held."
            )


async def progress_status(order: Order, work: Work, *, conn: BaseDBAsyncClient) -> OrderStatus | None:
    """PICKING or PACKED when the warehouse work has got that far, None before the first pick:
    what a released order goes back to, however long or often it was held."""
    started = any(t.started_at is not None or t.status == T.DONE for t in work.tasks)
    if not started:
        return None
    if any(s.status == ShipmentStatus.PACKED for s in work.shipments) and await all_work_packed(order.id, conn):
        return OrderStatus.PACKED
    return OrderStatus.PICKING


async def unwind(order: Order, work: Work, *, actor: str, conn: BaseDBAsyncClient) -> set[int]:
    """Undo everything not yet dispatched: unfinished and picked tasks are CANCELLED, packed
    shipments CANCELLED, reservations end (picked units as CANCEL_RESTOCK: they stay on hand
    at their warehouse, free to sell again). Returns the products whose units were freed."""
    gone = work.dispatched_task_ids
    undone = [t for t in work.tasks if t.id not in gone and t.status != T.CANCELLED]
    picked: dict[tuple[int, int], int] = defaultdict(int)
    by_task = {t.id: t for t in undone}
    for line in await PickTaskLine.filter(task_id__in=list(by_task)).using_db(conn):
        picked[(line.product_id, by_task[line.task_id].warehouse_id)] += line.picked_quantity
    for task in undone:
        await move_task(
            task, T.CANCELLED, kind=PickTaskEventKind.CANCELLED, conn=conn, message=f"Task is {task.status}."
        )
    cancelled = [s for s in work.shipments if s.status == ShipmentStatus.PACKED]
    for shipment in cancelled:
        await move_shipment(
            shipment, ShipmentStatus.CANCELLED, conn=conn, message="Only packed shipments cancel.", field="id"
        )
    await record_events([shipment_event(s, ShipmentEventKind.CANCELLED) for s in cancelled], using_db=conn)
    return await release_reservations(order, actor=actor, conn=conn, restocked=picked)
