"""Staff actions on an order: cancel (at any stage before dispatch), cancel the unshipped
remainder of a partly shipped order, hold, release.

Each locks the order's warehouse work first (`services.order_work.lock_work`), then the
order, and decides on the status it reads under that lock: a scan, pack or dispatch that
got there first is seen, not overwritten."""

from __future__ import annotations

from collections.abc import Callable

from tortoise.backends.base.client import BaseDBAsyncClient

from models.access import Role
from models.catalog import Channel
from models.fulfilment import PickTaskLine
from models.orders import Order, OrderStatus
from services.access import Principal
from services.errors import DomainError, ErrorCode
from services.order_status import can_hold, transition
from services.order_work import Work, hold_tasks, lock_work, progress_status, resume_tasks, unwind
from services.orders import require_order
from services.sourcing import SHORT_ONES, allocate_waiting_order
from services.stock import stock_arrived
from services.uow import unit_of_work


def _require_reason(reason: str, action: str) -> None:
    if not reason.strip():
        raise DomainError.one(ErrorCode.REQUIRED, f"A reason is required to {action}.", ["reason"])


async def _locked(order_id: int, conn: BaseDBAsyncClient) -> Order:
    return await Order.filter(id=order_id).using_db(conn).select_for_update().get()


# Before any picking: what a customer may cancel themselves (where their channel allows it).
UNPICKED = frozenset(
    {OrderStatus.PENDING, OrderStatus.BACKORDERED, OrderStatus.PARTIALLY_ALLOCATED, OrderStatus.ALLOCATED}
)


async def customer_before_picking(
    order: Order,
    work: Work,
    conn: BaseDBAsyncClient,
    *,
    allowed: Callable[[Channel], bool],
    refused: str,
    too_late: str,
    code: ErrorCode,
) -> None:
    """Customers change their order themselves (cancel it, move its delivery) only where their
    channel `allowed` it (FORBIDDEN, `refused`), and only while no unit of the order is picked
    (`code`, "... so `too_late`."; a claimed task nobody has scanned for yet is still unpicked)."""
    channel = await Channel.filter(id=order.channel_id).using_db(conn).get()
    if not allowed(channel):
        raise DomainError.one(ErrorCode.FORBIDDEN, refused, ["id"])
    status = order.status_before_hold if order.status == OrderStatus.ON_HOLD else order.status
    tasks = [t.id for t in work.tasks]
    picked = bool(tasks) and await PickTaskLine.filter(task_id__in=tasks, picked_quantity__gt=0).using_db(conn).exists()
    if status not in UNPICKED or picked:
        raise DomainError.one(
            code, f"Order {order.number} is {order.status}: its picking has started, so {too_late}.", ["id"]
        )


async def cancel_order(principal: Principal, *, order_id: int, reason: str) -> Order:
    """Cancel before dispatch: tasks and packed shipments are cancelled, reservations go back
    to stock (picked units as CANCEL_RESTOCK), and waiting orders then get them."""
    _require_reason(reason, "cancel an order")
    found = await require_order(principal, order_id)
    async with unit_of_work() as conn:
        work = await lock_work(found.id, conn=conn)
        order = await _locked(found.id, conn)
        if principal.role is Role.CUSTOMER:
            await customer_before_picking(
                order,
                work,
                conn,
                allowed=lambda c: c.customer_cancel_allowed,
                refused="This shop does not let customers cancel orders; please contact it.",
                too_late="it can no longer be cancelled here",
                code=ErrorCode.INVALID_TRANSITION,
            )
        if order.status == OrderStatus.PARTIALLY_SHIPPED:
            raise DomainError.one(
                ErrorCode.INVALID_TRANSITION,
                f"Order {order.number} is partly shipped; cancel what has not shipped with orderCancelRemainder.",
                ["id"],
            )
        await transition(
            order,
            OrderStatus.CANCELLED,
            reason=reason,
            actor=principal.actor,
            using_db=conn,
            extra={"status_before_hold": None},
        )
        freed = await unwind(order, work, actor=principal.actor, conn=conn)
        if freed:
            await stock_arrived(conn, sorted(freed), actor=principal.actor)
    return order


async def cancel_remainder(principal: Principal, *, order_id: int, reason: str) -> Order:
    """Close a partly shipped order: what has not shipped is unwound as by a cancel (and no
    longer sourced); the order is SHIPPED with what it has shipped."""
    _require_reason(reason, "cancel the remainder of an order")
    found = await require_order(principal, order_id)
    async with unit_of_work() as conn:
        work = await lock_work(found.id, conn=conn)
        order = await _locked(found.id, conn)
        if order.status != OrderStatus.PARTIALLY_SHIPPED:
            raise DomainError.one(
                ErrorCode.INVALID_TRANSITION,
                f"Order {order.number} is {order.status}; only a partly shipped order has a remainder to cancel.",
                ["id"],
            )
        freed = await unwind(order, work, actor=principal.actor, conn=conn)
        await transition(
            order, OrderStatus.SHIPPED, reason=f"remainder cancelled: {reason}", actor=principal.actor, using_db=conn
        )
        if freed:
            await stock_arrived(conn, sorted(freed), actor=principal.actor)
    return order


async def hold_order(principal: Principal, *, order_id: int, reason: str) -> Order:
    """Hold: the order's unfinished pick tasks wait (nobody claims or scans them) and nothing
    of it is packed or dispatched until it is released."""
    _require_reason(reason, "hold an order")
    found = await require_order(principal, order_id)
    async with unit_of_work() as conn:
        work = await lock_work(found.id, conn=conn)
        order = await _locked(found.id, conn)
        await hold_locked(order, work, reason=reason, actor=principal.actor, conn=conn)
    return order


async def hold_locked(order: Order, work: Work, *, reason: str, actor: str, conn: BaseDBAsyncClient) -> None:
    """Hold an order whose work and row the caller has locked in `conn` (staff's hold, or a
    suspicious order held as it is placed: services/alert_intake.py)."""
    current = OrderStatus(order.status)
    if not can_hold(current):
        raise DomainError.one(
            ErrorCode.INVALID_TRANSITION, f"Order {order.number} cannot be held while {current.value}.", ["id"]
        )
    await transition(
        order, OrderStatus.ON_HOLD, reason=reason, actor=actor, using_db=conn, extra={"status_before_hold": current}
    )
    await hold_tasks(work, conn=conn)


async def release_order(principal: Principal, *, order_id: int, reason: str | None = None) -> Order:
    """Release: the tasks resume where they were, and the order goes back to where its work
    really is (PICKING / PACKED once picking has started), else to its status before the hold
    and is sourced again (reservations may have been taken meanwhile, e.g. by a count)."""
    found = await require_order(principal, order_id)
    async with unit_of_work() as conn:
        work = await lock_work(found.id, conn=conn)
        order = await _locked(found.id, conn)
        if order.status != OrderStatus.ON_HOLD:
            raise DomainError.one(
                ErrorCode.INVALID_TRANSITION, f"Order {order.number} is not on hold ({order.status}).", ["id"]
            )
        back_to = await progress_status(order, work, conn=conn) or OrderStatus(
            order.status_before_hold or OrderStatus.PENDING
        )
        await transition(
            order,
            back_to,
            reason=reason or "released",
            actor=principal.actor,
            using_db=conn,
            extra={"status_before_hold": None},
        )
        await resume_tasks(work, conn=conn)
    if back_to in SHORT_ONES:
        await allocate_waiting_order(order_id=order.id, actor=principal.actor, statuses=SHORT_ONES)
        await order.refresh_from_db()
    return order
