"""A physical count below the reserved units: the shelf wins.

The units the books reserved but the shelf does not have are taken from the newest
reservations first (the oldest orders keep theirs): each order's reservation shrinks, its
pick task line is marked short (a task left with nothing to pick is cancelled), its history
says why, and the shortfall is sourced again after commit through the UNITS_SHORT reaction
(other warehouses, else a backorder), as after a short pick. Units already picked are in a
tote, not on the shelf: they are not taken.
"""

from __future__ import annotations

from collections import defaultdict

from tortoise.backends.base.client import BaseDBAsyncClient

from models.event_kinds import OrderEventKind, PickTaskEventKind
from models.fulfilment import PickTask, PickTaskLine, PickTaskStatus, Shipment, ShipmentStatus
from models.inventory import Allocation, AllocationStatus, MovementReason
from models.orders import Order, OrderEvent, OrderStatus
from services.allocation import consume
from services.errors import DomainError, ErrorCode
from services.picking import move_task, task_event
from services.reactions import AfterCommit, enqueue
from services.stock import StockChange, StockRow
from subscriptions.outbox import record_events

T = PickTaskStatus


async def _picked_unshipped(
    conn: BaseDBAsyncClient, order_ids: list[int], row: StockRow
) -> tuple[dict[int, int], list[PickTaskLine], dict[int, PickTask]]:
    """Per order: units of this stock row already picked and not dispatched; and the lines
    (with their tasks) that still have units to pick."""
    tasks = {
        t.id: t
        for t in await PickTask.filter(order_id__in=order_ids, warehouse_id=row.warehouse_id)
        .exclude(status=T.CANCELLED)
        .using_db(conn)
        .select_for_update()
        .order_by("id")
    }
    gone = set(
        await Shipment.filter(task_id__in=list(tasks))
        .exclude(status__in=[ShipmentStatus.PACKED, ShipmentStatus.CANCELLED])
        .using_db(conn)
        .values_list("task_id", flat=True)
    )
    picked: dict[int, int] = defaultdict(int)
    open_lines: list[PickTaskLine] = []
    for line in (
        await PickTaskLine.filter(task_id__in=[t for t in tasks if t not in gone], product_id=row.product_id)
        .using_db(conn)
        .order_by("id")
    ):
        picked[tasks[line.task_id].order_id] += line.picked_quantity
        if line.quantity - line.picked_quantity - line.short_quantity > 0:
            open_lines.append(line)
    return picked, open_lines, tasks


async def take_shortfall(
    conn: BaseDBAsyncClient, row: StockRow, *, counted: int, actor: str, where: str
) -> list[StockChange]:
    """Take `row.reserved - counted` reserved units back from the newest reservations; returns
    the RELEASE changes for the caller to apply (before its COUNT) in its transaction.
    INSUFFICIENT_STOCK when the count is below the units already picked."""
    shortfall = row.reserved - counted
    reservations = (
        await Allocation.filter(
            product_id=row.product_id, warehouse_id=row.warehouse_id, status=AllocationStatus.RESERVED
        )
        .using_db(conn)
        .order_by("-id")
    )
    held: dict[int, int] = defaultdict(int)
    newest_first: list[int] = []
    for alloc in reservations:
        if alloc.order_id not in held:
            newest_first.append(alloc.order_id)
        held[alloc.order_id] += alloc.quantity
    # Read, not locked: their reservations are guarded by the stock row lock the caller holds,
    # and locking orders after stock would invert the order -> stock order that sourcing uses.
    orders = {o.id: o for o in await Order.filter(id__in=newest_first).using_db(conn)}
    picked, open_lines, tasks = await _picked_unshipped(conn, newest_first, row)
    taken: dict[int, int] = {}
    left = shortfall
    for order_id in newest_first:
        take = min(left, held[order_id] - picked[order_id])
        if take > 0:
            taken[order_id] = take
            left -= take
    if left:
        raise DomainError.one(
            ErrorCode.INSUFFICIENT_STOCK,
            f"Counted {counted}, but {sum(picked.values())} unit(s) are already picked for orders and not yet "
            "shipped; count again once they have left.",
            ["onHand"],
        )
    changes: list[StockChange] = []
    for order_id, take in taken.items():
        order = orders[order_id]
        reason = f"count at {where} found {counted}: {take} reserved unit(s) not on the shelf"
        await consume(
            conn,
            order_id=order_id,
            product_id=row.product_id,
            warehouse_id=row.warehouse_id,
            quantity=take,
            to=AllocationStatus.RELEASED,
        )
        await _mark_short(conn, [ln for ln in open_lines if tasks[ln.task_id].order_id == order_id], take, tasks)
        changes.append(
            StockChange(
                row, MovementReason.RELEASE, reserved_delta=-take, reference=f"order:{order.number}", note=reason
            )
        )
        status = OrderStatus(order.status)
        await OrderEvent.create(
            order_id=order_id,
            kind=OrderEventKind.STOCK_SHORT,
            from_status=status,
            to_status=status,
            reason=reason,
            actor=actor,
            using_db=conn,
        )
    # Sourced again after commit, the oldest order first.
    for order_id in sorted(taken):
        await enqueue(AfterCommit.UNITS_SHORT, {"order_id": order_id, "actor": actor}, conn=conn)
    return changes


async def _mark_short(
    conn: BaseDBAsyncClient, lines: list[PickTaskLine], units: int, tasks: dict[int, PickTask]
) -> None:
    """Mark `units` of these lines short (no picker looks for them); a task left with nothing
    picked and nothing to pick is cancelled."""
    touched: set[int] = set()
    for line in lines:
        short = min(units, line.quantity - line.picked_quantity - line.short_quantity)
        if short <= 0:
            continue
        line.short_quantity += short
        await PickTaskLine.filter(id=line.id).using_db(conn).update(short_quantity=line.short_quantity)
        touched.add(line.task_id)
        units -= short
        if not units:
            break
    for task_id in sorted(touched):
        task = tasks[task_id]
        rest = await PickTaskLine.filter(task_id=task_id).using_db(conn)
        if all(ln.short_quantity == ln.quantity for ln in rest) and task.status != T.DONE:
            await move_task(
                task, T.CANCELLED, kind=PickTaskEventKind.CANCELLED, conn=conn, message=f"Task is {task.status}."
            )
        else:
            await record_events([task_event(task, PickTaskEventKind.SHORT)], using_db=conn)
