"""Cancelling part of an order: some or all units of one line, with a reason, before they are
picked; the line keeps what was cancelled (`cancelled_quantity`; a line cancelled in full
leaves the order, its history entry says what it was) and the totals follow.

Under the same locks as an edit (the order's tasks and shipments, then the order, then the
product's stock rows), the units are taken first from what still waits for stock (nothing to
release), then from the unpicked rest of the line's pick-task lines, newest task first:
each such unit leaves its task line and its reservation (RELEASE in the ledger) at that
warehouse. A task left with nothing to pick is cancelled. The status settles, and one
history entry (LINE_CANCELLED, with the reason) and one `order.edited` event are recorded.
"""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient

from models.catalog import Product
from models.event_kinds import OrderEventKind, PickTaskEventKind
from models.fulfilment import PickTaskLine, PickTaskStatus
from models.inventory import Allocation, AllocationStatus, MovementReason
from models.orders import Order, OrderLine
from services.access import Principal
from services.allocation import consume, outstanding_needs
from services.errors import DomainError, ErrorCode, Problem, not_found
from services.order_changes import (
    EDITABLE,
    LIVE_TASKS,
    LineChange,
    recompute_totals,
    record_change,
    settle_after_change,
)
from services.order_drafts import MAX_QUANTITY, money
from services.order_work import Work, lock_work
from services.orders import require_order
from services.picking import move_task, task_event
from services.stock import StockChange, apply_changes, lock_rows, stock_arrived
from services.uow import unit_of_work
from subscriptions.outbox import record_events


def _check(quantity: int, reason: str) -> None:
    problems = []
    if not reason.strip():
        problems.append(Problem(ErrorCode.REQUIRED, "A reason is required to cancel units of a line.", ("reason",)))
    if not 0 < quantity <= MAX_QUANTITY:
        problems.append(
            Problem(ErrorCode.INVALID_QUANTITY, f"quantity must be between 1 and {MAX_QUANTITY}.", ("quantity",))
        )
    if problems:
        raise DomainError(problems)


async def cancel_line(principal: Principal, *, line_id: int, quantity: int, reason: str) -> tuple[Order, OrderLine]:
    """Cancel `quantity` units of an order line (see the module doc); returns the order and
    the line as they are now."""
    _check(quantity, reason)
    found = await OrderLine.get_or_none(id=line_id)
    if found is None:
        raise not_found("Order line", ["line"])
    try:
        await require_order(principal, found.order_id)
    except DomainError:
        raise not_found("Order line", ["line"]) from None
    async with unit_of_work() as conn:
        work = await lock_work(found.order_id, conn=conn)
        order = await Order.filter(id=found.order_id).using_db(conn).select_for_update().get()
        line = await OrderLine.filter(id=line_id).using_db(conn).get()
        if order.status not in EDITABLE:
            raise DomainError.one(
                ErrorCode.ORDER_NOT_EDITABLE,
                f"Order {order.number} is {order.status}; only orders not yet packed or shipped can change.",
                ["line"],
            )
        product = await Product.filter(id=line.product_id).using_db(conn).get()
        if product.dropship_supplier_id is not None:
            raise DomainError.one(
                ErrorCode.LINE_NOT_EDITABLE,
                f"{line.sku} is drop-shipped by its supplier; cancel it with the supplier.",
                ["line"],
            )
        others = await OrderLine.filter(order_id=order.id, quantity__gt=0).exclude(id=line.id).using_db(conn).count()
        if quantity >= line.quantity and not others:
            raise DomainError.one(
                ErrorCode.INVALID, "This would cancel every unit of the order; cancel the order instead.", ["quantity"]
            )
        sourced = sum(
            a.quantity
            for a in await Allocation.filter(
                order_id=order.id,
                product_id=line.product_id,
                status__in=[AllocationStatus.RESERVED, AllocationStatus.SHIPPED],
            ).using_db(conn)
        )
        waiting = max(line.quantity - sourced, 0)
        unpicked = await _unpicked_lines(work, line.product_id, conn)
        free = waiting + sum(ln.quantity - ln.picked_quantity - ln.short_quantity for ln, _ in unpicked)
        if quantity > free:
            raise DomainError.one(
                ErrorCode.LINE_ALREADY_PICKED,
                f"Only {free} unit(s) of {line.sku} are not picked yet; picked units cannot be cancelled here.",
                ["quantity"],
            )
        released = await _release(principal, order, line, quantity - min(quantity, waiting), unpicked, work, conn)
        line.quantity -= quantity
        line.cancelled_quantity += quantity
        line.line_total = money(line.unit_price * line.quantity)
        if line.quantity:
            await (
                OrderLine.filter(id=line.id)
                .using_db(conn)
                .update(quantity=line.quantity, cancelled_quantity=line.cancelled_quantity, line_total=line.line_total)
            )
        else:  # a line keeps at least one unit (a CHECK): one cancelled in full leaves the order
            await OrderLine.filter(id=line.id).using_db(conn).delete()
        await recompute_totals(order, conn)
        await record_change(
            principal,
            order,
            kind=OrderEventKind.LINE_CANCELLED,
            reason=reason,
            note=f"{line.sku} x{quantity} cancelled ({line.quantity} left)",
            changes=[LineChange(line.sku, line.quantity + quantity, line.quantity)],
            address_changed=False,
            conn=conn,
        )
        total, needs = await outstanding_needs(order, conn)
        outstanding = sum(n.quantity for n in needs)
        await settle_after_change(
            principal,
            order,
            total=total,
            outstanding=outstanding,
            reason=f"{line.sku} x{quantity} cancelled",
            conn=conn,
        )
        if released:
            await stock_arrived(conn, [line.product_id], actor=principal.actor)
    return order, line


async def _unpicked_lines(work: Work, product_id: int, conn: BaseDBAsyncClient) -> list[tuple[PickTaskLine, int]]:
    """(task line, warehouse) of the product in unfinished tasks with units left to pick, newest task first."""
    live = {t.id: t for t in work.tasks if t.status in LIVE_TASKS}
    rows = await PickTaskLine.filter(task_id__in=list(live), product_id=product_id).using_db(conn)
    found = [(ln, live[ln.task_id].warehouse_id) for ln in rows if ln.quantity - ln.picked_quantity - ln.short_quantity]
    return sorted(found, key=lambda pair: -pair[0].task_id)


async def _release(
    principal: Principal,
    order: Order,
    line: OrderLine,
    units: int,
    unpicked: list[tuple[PickTaskLine, int]],
    work: Work,
    conn: BaseDBAsyncClient,
) -> int:
    """Take `units` out of the unpicked task lines and their reservations; returns the units released."""
    if not units:
        return 0
    rows = await lock_rows(conn, product_ids=[line.product_id], warehouse_ids=sorted({w for _, w in unpicked}))
    left, changes, emptied, touched = units, [], [], set()
    for task_line, warehouse_id in unpicked:
        take = min(left, task_line.quantity - task_line.picked_quantity - task_line.short_quantity)
        if not take:
            continue
        left -= take
        touched.add(task_line.task_id)
        task_line.quantity -= take
        if task_line.quantity:
            await PickTaskLine.filter(id=task_line.id).using_db(conn).update(quantity=task_line.quantity)
        else:
            await PickTaskLine.filter(id=task_line.id).using_db(conn).delete()
            emptied.append(task_line.task_id)
        await consume(
            conn,
            order_id=order.id,
            product_id=line.product_id,
            warehouse_id=warehouse_id,
            quantity=take,
            to=AllocationStatus.RELEASED,
        )
        changes.append(
            StockChange(
                rows[(line.product_id, warehouse_id)],
                MovementReason.RELEASE,
                reserved_delta=-take,
                reference=f"order:{order.number}",
            )
        )
        if not left:
            break
    await apply_changes(conn, sorted(changes, key=lambda c: c.row.id), actor=principal.actor)
    tasks = {t.id: t for t in work.tasks}
    still = set(await PickTaskLine.filter(task_id__in=emptied).using_db(conn).values_list("task_id", flat=True))
    events = []
    for task_id in sorted(touched):
        task = tasks[task_id]
        if task_id in emptied and task_id not in still:
            await move_task(
                task,
                PickTaskStatus.CANCELLED,
                kind=PickTaskEventKind.CANCELLED,
                conn=conn,
                message=f"Task is {task.status}.",
            )
        else:
            events.append(task_event(task, PickTaskEventKind.UPDATED))
    await record_events(events, using_db=conn)
    return units
