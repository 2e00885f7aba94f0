"""Picking: pick tasks made from reservations, claiming, scans with their log, shorts, completion.

A task's status is written only by `move_task` (table: `TASK_LIFECYCLE`). The order follows
through `services.order_status.transition`: its first accepted scan moves it to PICKING.
A short pick takes the missing units out of stock and the reservation here; sourcing them
again is a reaction (UNITS_SHORT, after commit, durable), not a call up into orders.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from tortoise.backends.base.client import BaseDBAsyncClient

from models.event_kinds import PickTaskEventKind
from models.fulfilment import PickTask, PickTaskLine, PickTaskStatus, ScanEvent, ScanResult
from models.inventory import AllocationStatus, MovementReason
from models.orders import Order, OrderStatus
from services.access import Principal
from services.allocation import consume
from services.catalog import require_own_warehouse
from services.errors import DomainError, ErrorCode, not_found
from services.lifecycle import Lifecycle
from services.order_status import transition
from services.picking_reads import visible_tasks
from services.reactions import AfterCommit, enqueue
from services.sql import is_postgres, sql
from services.stock import StockChange, apply_changes, lock_rows
from services.uow import unit_of_work
from subscriptions.outbox import NewEvent, record_events
from subscriptions.topics import PICK_TASK_CHANGED

T = PickTaskStatus
ACTIVE = (T.ASSIGNED, T.IN_PROGRESS)
WORKABLE = (T.OPEN, *ACTIVE)  # still to pick: scans, shorts and completion apply
MAX_UNITS = 1_000_000

TASK_LIFECYCLE = Lifecycle(
    PickTaskStatus,
    {
        T.OPEN: frozenset({T.ASSIGNED, T.IN_PROGRESS, T.DONE, T.ON_HOLD, T.CANCELLED}),
        # Back to OPEN: the picker put it back before scanning (services.task_queue.unclaim_task).
        T.ASSIGNED: frozenset({T.OPEN, T.ASSIGNED, T.IN_PROGRESS, T.DONE, T.ON_HOLD, T.CANCELLED}),
        T.IN_PROGRESS: frozenset({T.DONE, T.ON_HOLD, T.CANCELLED}),
        # Released: back to where it was (services.order_work.resume_tasks).
        T.ON_HOLD: frozenset({T.OPEN, T.ASSIGNED, T.IN_PROGRESS, T.CANCELLED}),
        # Picked but not dispatched when the order is cancelled: the units are restocked.
        T.DONE: frozenset({T.CANCELLED}),
        T.CANCELLED: frozenset(),
    },
)


@dataclass(frozen=True)
class ScanOutcome:
    task: PickTask
    result: ScanResult
    message: str | None
    sku: str | None
    replayed: bool


async def task_for_update(principal: Principal, task_id: int, conn: BaseDBAsyncClient) -> PickTask:
    """The caller's task, locked for this transaction, or NOT_FOUND."""
    task = await visible_tasks(principal).filter(id=task_id).using_db(conn).select_for_update().first()
    if task is None:
        raise not_found("Pick task", ["task"])
    return task


# --- the one writer of a task's status ----------------------------------------------------------


def task_event(task: PickTask, kind: PickTaskEventKind) -> NewEvent:
    return NewEvent(
        topic=PICK_TASK_CHANGED,
        aggregate_type="pick_task",
        aggregate_id=task.id,
        payload={
            "task_id": task.id,
            "order_id": task.order_id,
            "warehouse_id": task.warehouse_id,
            "kind": kind.value,
            "status": PickTaskStatus(task.status).value,
            "assignee": task.assignee,
        },
    )


async def move_task(
    task: PickTask,
    to: PickTaskStatus,
    *,
    kind: PickTaskEventKind,
    conn: BaseDBAsyncClient,
    message: str,
    **changes: object,
) -> None:
    """Move a task (checked against TASK_LIFECYCLE, compare-and-set) and record its event."""
    await TASK_LIFECYCLE.move(
        task,
        to,
        conn=conn,
        message=message,
        field="task",
        conflict="The task was changed meanwhile; reload and try again.",
        **changes,
    )
    await record_events([task_event(task, kind)], using_db=conn)


def require_not_held(task: PickTask) -> None:
    """A held order's tasks wait: no assigning, scanning, shorts or completion until release."""
    if task.status == T.ON_HOLD:
        raise DomainError.one(
            ErrorCode.ORDER_ON_HOLD, "The order is on hold: this task waits until it is released.", ["task"]
        )


# --- claiming and assigning -------------------------------------------------------------------


async def claim_next_task(principal: Principal, *, warehouse: str, picker: str | None = None) -> PickTask | None:
    """Atomically take the next OPEN task of a warehouse (priority, then age); None when idle.

    On PostgreSQL, FOR UPDATE SKIP LOCKED lets concurrent pickers each get a different task
    without waiting on each other; the compare-and-set of `move_task` is the backstop everywhere.
    """
    found = await require_own_warehouse(principal, warehouse)
    assignee = (picker or principal.actor)[:200]
    for _attempt in range(20):
        try:
            async with unit_of_work() as conn:
                query = (
                    "SELECT id FROM pick_task WHERE warehouse_id = ? AND status = ? "
                    "ORDER BY priority DESC, created_at, id LIMIT 1"
                )
                if is_postgres(conn):
                    query += " FOR UPDATE SKIP LOCKED"
                rows = await conn.execute_query_dict(sql(conn, query), [found.id, T.OPEN.value])
                if not rows:
                    return None
                task = await PickTask.filter(id=rows[0]["id"]).using_db(conn).get()
                await move_task(
                    task,
                    T.ASSIGNED,
                    kind=PickTaskEventKind.ASSIGNED,
                    conn=conn,
                    message="Task is taken.",
                    assignee=assignee,
                )
        except DomainError as error:
            if error.problems[0].code is ErrorCode.CONFLICT:
                continue  # someone else took it between our read and write (no row locks)
            raise
        return task
    raise DomainError.one(ErrorCode.CONFLICT, "Too many pickers at once; try again.", ["warehouse"])


async def assign_task(principal: Principal, *, task_id: int, picker: str) -> PickTask:
    if not picker.strip():
        raise DomainError.one(ErrorCode.REQUIRED, "Say who picks.", ["picker"])
    async with unit_of_work() as conn:
        task = await task_for_update(principal, task_id, conn)
        require_not_held(task)
        await move_task(
            task,
            T.ASSIGNED,
            kind=PickTaskEventKind.ASSIGNED,
            conn=conn,
            message=f"Task is {task.status}; only open or assigned tasks can be assigned.",
            assignee=picker.strip()[:200],
        )
    return task


# --- scanning ------------------------------------------------------------------------------


async def scan(
    principal: Principal,
    *,
    task_id: int,
    barcode: str,
    quantity: int = 1,
    client_scan_id: str | None = None,
    device: str | None = None,
) -> ScanOutcome:
    """Record a scan. Wrong items and over-picks are logged and answered, not applied.

    A repeated `client_scan_id` returns the first answer without applying anything again.
    """
    if not 0 < quantity <= MAX_UNITS:
        raise DomainError.one(ErrorCode.INVALID_QUANTITY, "quantity must be at least 1.", ["quantity"])
    if not barcode.strip() or len(barcode) > 64:
        raise DomainError.one(ErrorCode.INVALID, "barcode must be 1-64 characters.", ["barcode"])
    if client_scan_id is not None and not 0 < len(client_scan_id) <= 64:
        raise DomainError.one(ErrorCode.INVALID, "clientScanId must be 1-64 characters.", ["clientScanId"])
    async with unit_of_work() as conn:
        task = await task_for_update(principal, task_id, conn)
        if client_scan_id is not None:
            earlier = await ScanEvent.filter(task_id=task.id, client_scan_id=client_scan_id).using_db(conn).first()
            if earlier is not None and (earlier.barcode != barcode or earlier.quantity != quantity):
                raise DomainError.one(
                    ErrorCode.IDEMPOTENCY_CONFLICT,
                    f"clientScanId {client_scan_id} was used for another scan ({earlier.barcode} x {earlier.quantity}).",
                    ["clientScanId"],
                )
            if earlier is not None:
                return ScanOutcome(
                    task,
                    ScanResult(earlier.result),
                    _message(ScanResult(earlier.result), earlier.sku, barcode),
                    earlier.sku,
                    True,
                )
        require_not_held(task)
        lines = await PickTaskLine.filter(task_id=task.id).using_db(conn)
        line = next((ln for ln in lines if barcode in (ln.barcode, ln.sku)), None)
        if task.status not in WORKABLE:
            result = ScanResult.NOT_PICKABLE
        elif line is None:
            result = ScanResult.WRONG_ITEM
        elif line.picked_quantity + line.short_quantity + quantity > line.quantity:
            result = ScanResult.OVER_PICK
        else:
            result = ScanResult.ACCEPTED
        await ScanEvent.create(
            task_id=task.id,
            client_scan_id=client_scan_id,
            actor=principal.actor,
            device=device,
            barcode=barcode,
            quantity=quantity,
            result=result,
            sku=line.sku if line else None,
            using_db=conn,
        )
        if result is ScanResult.ACCEPTED:
            assert line is not None
            await PickTaskLine.filter(id=line.id).using_db(conn).update(picked_quantity=line.picked_quantity + quantity)
            if task.status != T.IN_PROGRESS:
                await move_task(
                    task,
                    T.IN_PROGRESS,
                    kind=PickTaskEventKind.STARTED,
                    conn=conn,
                    message=f"Task is {task.status}.",
                    started_at=datetime.now(UTC),
                    assignee=task.assignee or principal.actor,
                )
            order = await Order.filter(id=task.order_id).using_db(conn).select_for_update().get()
            if order.status in (OrderStatus.ALLOCATED, OrderStatus.PARTIALLY_ALLOCATED):
                await transition(
                    order, OrderStatus.PICKING, reason="picking started", actor=principal.actor, using_db=conn
                )
    return ScanOutcome(
        task, result, _message(result, line.sku if line else None, barcode), line.sku if line else None, False
    )


def _message(result: ScanResult, sku: str | None, barcode: str) -> str | None:
    return {
        ScanResult.ACCEPTED: None,
        ScanResult.WRONG_ITEM: f"Barcode {barcode} is not on this task.",
        ScanResult.OVER_PICK: f"More {sku} than this task needs.",
        ScanResult.NOT_PICKABLE: "This task is not open for picking.",
    }[result]


# --- shorts and completion -----------------------------------------------------------------


async def report_short(
    principal: Principal, *, task_id: int, sku: str, quantity: int, note: str | None = None
) -> PickTask:
    """The picker cannot find units: they leave stock (ADJUSTMENT), the order's reservation
    shrinks, and the shortfall is sourced again after commit (UNITS_SHORT)."""
    if not 0 < quantity <= MAX_UNITS:
        raise DomainError.one(ErrorCode.INVALID_QUANTITY, "quantity must be at least 1.", ["quantity"])
    async with unit_of_work() as conn:
        task = await task_for_update(principal, task_id, conn)
        require_not_held(task)
        if task.status not in WORKABLE:
            raise DomainError.one(ErrorCode.INVALID_TRANSITION, f"Task is {task.status}.", ["task"])
        line = await PickTaskLine.filter(task_id=task.id).filter(sku=sku).using_db(conn).first()
        if line is None:
            line = await PickTaskLine.filter(task_id=task.id, barcode=sku).using_db(conn).first()
        if line is None:
            raise DomainError.one(ErrorCode.WRONG_ITEM, f"{sku} is not on this task.", ["sku"])
        remaining = line.quantity - line.picked_quantity - line.short_quantity
        if quantity > remaining:
            raise DomainError.one(
                ErrorCode.INVALID_QUANTITY, f"Only {remaining} units of {line.sku} are still to pick.", ["quantity"]
            )
        await PickTaskLine.filter(id=line.id).using_db(conn).update(short_quantity=line.short_quantity + quantity)
        rows = await lock_rows(conn, product_ids=[line.product_id], warehouse_ids=[task.warehouse_id])
        order = await Order.filter(id=task.order_id).using_db(conn).select_for_update().get()
        await apply_changes(
            conn,
            [
                StockChange(
                    rows[(line.product_id, task.warehouse_id)],
                    MovementReason.ADJUSTMENT,
                    on_hand_delta=-quantity,
                    reserved_delta=-quantity,
                    reference=f"order:{order.number}",
                    note=note or "short pick",
                )
            ],
            actor=principal.actor,
        )
        await consume(
            conn,
            order_id=order.id,
            product_id=line.product_id,
            warehouse_id=task.warehouse_id,
            quantity=quantity,
            to=AllocationStatus.RELEASED,
        )
        await record_events([task_event(task, PickTaskEventKind.SHORT)], using_db=conn)
        await enqueue(AfterCommit.UNITS_SHORT, {"order_id": order.id, "actor": principal.actor}, conn=conn)
    return task


async def complete_task(principal: Principal, *, task_id: int) -> PickTask:
    async with unit_of_work() as conn:
        task = await task_for_update(principal, task_id, conn)
        require_not_held(task)
        TASK_LIFECYCLE.require(T(task.status), T.DONE, message=f"Task is {task.status}.", field="task")
        lines = await PickTaskLine.filter(task_id=task.id).using_db(conn)
        missing = sum(ln.quantity - ln.picked_quantity - ln.short_quantity for ln in lines)
        if missing:
            raise DomainError.one(
                ErrorCode.INVALID, f"{missing} unit(s) are neither picked nor reported short.", ["task"]
            )
        await move_task(
            task,
            T.DONE,
            kind=PickTaskEventKind.DONE,
            conn=conn,
            message=f"Task is {task.status}.",
            completed_at=datetime.now(UTC),
        )
    return task
