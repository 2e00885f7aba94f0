"""Staff actions on an order: cancel, hold, release."""

from __future__ import annotations

from models.orders import Order, OrderStatus
from services.access import Principal
from services.allocation import release_reservations
from services.errors import DomainError, ErrorCode
from services.order_status import can_hold, transition
from services.orders import require_order
from services.picking import cancel_open_tasks
from services.sourcing import ALLOCATABLE, allocate_waiting_order
from services.stock import stock_arrived
from services.uow import unit_of_work


async def cancel_order(principal: Principal, *, order_id: int, reason: str) -> Order:
    """Cancel: reservations go back to stock (which waiting orders then get), open tasks end."""
    if not reason.strip():
        raise DomainError.one(ErrorCode.REQUIRED, "A reason is required to cancel an order.", ["reason"])
    order = await require_order(principal, order_id)
    async with unit_of_work() as conn:
        await transition(
            order,
            OrderStatus.CANCELLED,
            reason=reason,
            actor=principal.actor,
            using_db=conn,
            extra={"status_before_hold": None},
        )
        freed = await release_reservations(order, actor=principal.actor, conn=conn)
        await cancel_open_tasks(order, conn=conn)
        if freed:
            await stock_arrived(conn, sorted(freed), actor=principal.actor)
    return order


async def hold_order(principal: Principal, *, order_id: int, reason: str) -> Order:
    if not reason.strip():
        raise DomainError.one(ErrorCode.REQUIRED, "A reason is required to hold an order.", ["reason"])
    order = await require_order(principal, order_id)
    current = OrderStatus(order.status)
    if not can_hold(current):
        raise DomainError.one(
            ErrorCode.INVALID_TRANSITION, f"Order {order.number} cannot be held while {current.value}.", ["id"]
        )
    async with unit_of_work() as conn:
        await transition(
            order,
            OrderStatus.ON_HOLD,
            reason=reason,
            actor=principal.actor,
            using_db=conn,
            extra={"status_before_hold": current},
        )
    return order


async def release_order(principal: Principal, *, order_id: int, reason: str | None = None) -> Order:
    order = await require_order(principal, order_id)
    if order.status != OrderStatus.ON_HOLD:
        raise DomainError.one(
            ErrorCode.INVALID_TRANSITION, f"Order {order.number} is not on hold ({order.status}).", ["id"]
        )
    back_to = OrderStatus(order.status_before_hold or OrderStatus.PENDING)
    async with unit_of_work() as conn:
        await transition(
            order,
            back_to,
            reason=reason or "released",
            actor=principal.actor,
            using_db=conn,
            extra={"status_before_hold": None},
        )
    if back_to in ALLOCATABLE:
        await allocate_waiting_order(order_id=order.id, actor=principal.actor)
        await order.refresh_from_db()
    return order
