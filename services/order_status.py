"""The one writer of order status.

`transition` checks the table and writes the status with a compare-and-set on the old value
(`services.lifecycle`), appends an OrderEvent and an outbox event, all in the caller's
transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from models.event_kinds import OrderEventKind
from models.inserts import insert_later, new_row
from models.orders import Order, OrderEvent, OrderStatus
from services.lifecycle import Lifecycle
from services.reactions import Within, run_within
from subscriptions.outbox import NewEvent, record_events
from subscriptions.topics import ORDER_STATUS_CHANGED

S = OrderStatus

# Held in picking or packed, the order's open tasks wait (services.order_work) and nothing ships.
_HOLDABLE = {S.PENDING, S.BACKORDERED, S.PARTIALLY_ALLOCATED, S.ALLOCATED, S.PICKING, S.PACKED}

TRANSITIONS: dict[OrderStatus, frozenset[OrderStatus]] = {
    S.PENDING: frozenset({S.ON_HOLD, S.BACKORDERED, S.PARTIALLY_ALLOCATED, S.ALLOCATED, S.CANCELLED}),
    # Released: back to where its work really is (services.order_actions.release_order).
    S.ON_HOLD: frozenset(
        {S.PENDING, S.BACKORDERED, S.PARTIALLY_ALLOCATED, S.ALLOCATED, S.PICKING, S.PACKED, S.CANCELLED}
    ),
    S.BACKORDERED: frozenset({S.ON_HOLD, S.PARTIALLY_ALLOCATED, S.ALLOCATED, S.CANCELLED}),
    # Drop-shipped lines leave the supplier without picking: an order can ship (in part)
    # straight from ALLOCATED / PARTIALLY_ALLOCATED.
    S.PARTIALLY_ALLOCATED: frozenset(
        {S.ON_HOLD, S.BACKORDERED, S.ALLOCATED, S.PICKING, S.PARTIALLY_SHIPPED, S.CANCELLED}
    ),
    S.ALLOCATED: frozenset(
        {S.ON_HOLD, S.PARTIALLY_ALLOCATED, S.BACKORDERED, S.PICKING, S.PARTIALLY_SHIPPED, S.SHIPPED, S.CANCELLED}
    ),
    S.PICKING: frozenset({S.ON_HOLD, S.PACKED, S.PARTIALLY_SHIPPED, S.CANCELLED}),
    S.PACKED: frozenset({S.ON_HOLD, S.PARTIALLY_SHIPPED, S.SHIPPED, S.CANCELLED}),
    # -> SHIPPED also when the unshipped remainder is cancelled (orderCancelRemainder).
    S.PARTIALLY_SHIPPED: frozenset({S.SHIPPED}),
    S.SHIPPED: frozenset({S.DELIVERED, S.PARTIALLY_RETURNED, S.RETURNED}),
    S.DELIVERED: frozenset({S.PARTIALLY_RETURNED, S.RETURNED}),
    S.PARTIALLY_RETURNED: frozenset({S.RETURNED}),
    S.CANCELLED: frozenset(),
    S.RETURNED: frozenset(),
}

LIFECYCLE = Lifecycle(OrderStatus, TRANSITIONS)

# Nothing more is sourced for these: cancelled, or shipped (in full, or with the unshipped
# remainder cancelled) and beyond.
CLOSED_STATUSES = frozenset({S.CANCELLED, S.SHIPPED, S.DELIVERED, S.PARTIALLY_RETURNED, S.RETURNED})


def can_transition(current: OrderStatus, to: OrderStatus) -> bool:
    return LIFECYCLE.allows(current, to)


def can_hold(current: OrderStatus) -> bool:
    return current in _HOLDABLE


def order_event_payload(order: Order, previous: OrderStatus | None, status: OrderStatus) -> dict[str, Any]:
    """What subscribers need to route and scope the event without a database read."""
    return {
        "order_id": order.id,
        "number": order.number,
        "previous_status": previous.value if previous else None,
        "status": status.value,
        "channel_id": order.channel_id,
        "customer_id": order.customer_id,
    }


@dataclass(frozen=True)
class Hop:
    """One step of an order's status history."""

    previous: OrderStatus | None
    status: OrderStatus
    kind: OrderEventKind
    reason: str | None


async def write_history(order: Order, hops: list[Hop], *, actor: str, using_db: BaseDBAsyncClient) -> list[OrderEvent]:
    """History entries + outbox events for hops the order has made (one batch each); returns
    the entries written (a new order's payload shows them without reading them back)."""
    if not hops:
        return []
    written = await insert_later(
        [
            new_row(
                OrderEvent,
                order_id=order.id,
                kind=hop.kind,
                from_status=hop.previous,
                to_status=hop.status,
                reason=hop.reason,
                actor=actor,
            )
            for hop in hops
        ],
        using_db=using_db,
    )
    await record_events(
        [
            NewEvent(
                topic=ORDER_STATUS_CHANGED,
                aggregate_type="order",
                aggregate_id=order.id,
                payload=order_event_payload(order, hop.previous, hop.status),
            )
            for hop in hops
        ],
        using_db=using_db,
    )
    return written


async def transition(
    order: Order,
    to: OrderStatus,
    *,
    reason: str | None,
    actor: str,
    using_db: BaseDBAsyncClient,
    extra: dict[str, Any] | None = None,
    before: list[Hop] | None = None,
) -> list[OrderEvent]:
    """Move `order` to `to`, or raise INVALID_TRANSITION / CONFLICT. Mutates `order`;
    returns the history entries written.

    `before`: hops already made in this transaction but not yet written (creation), so
    the whole history is written in one batch.
    """
    current = await LIFECYCLE.move(
        order,
        to,
        conn=using_db,
        message=f"Order {order.number} cannot go from {OrderStatus(order.status).value} to {to.value}.",
        field="id",
        conflict=f"Order {order.number} was changed by someone else; reload and try again.",
        **(extra or {}),
    )
    hop = Hop(previous=current, status=to, kind=OrderEventKind.STATUS_CHANGED, reason=reason)
    written = await write_history(order, [*(before or []), hop], actor=actor, using_db=using_db)
    if to == OrderStatus.CANCELLED:  # whoever follows a cancelled order (drop-ship requests) does so now
        await run_within(Within.ORDER_CANCELLED, using_db, order)
    return written
