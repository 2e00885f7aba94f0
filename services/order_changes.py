"""What every change to a placed order's lines shares (edits, line cancellations): which
orders may change, the totals recomputed from the lines, the status settled after sourcing
again, and the history entry and `order.edited` event that record the change."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from tortoise.backends.base.client import BaseDBAsyncClient

from models.event_kinds import OrderEventKind
from models.fulfilment import PickTaskStatus
from models.inserts import insert_later
from models.orders import Order, OrderEvent, OrderLine, OrderStatus
from services.access import Principal
from services.allocation import ALLOCATION_STATES, settle_status, status_for
from services.order_drafts import money
from subscriptions.outbox import NewEvent, record_events
from subscriptions.topics import ORDER_EDITED

S = OrderStatus
T = PickTaskStatus
# Before packing: what has not been picked can still change (a held order too: changing it
# is what a hold is often for).
EDITABLE = frozenset({S.PENDING, S.BACKORDERED, S.PARTIALLY_ALLOCATED, S.ALLOCATED, S.PICKING, S.ON_HOLD})
# Tasks whose unpicked units can still leave them.
LIVE_TASKS = (T.OPEN, T.ASSIGNED, T.IN_PROGRESS, T.ON_HOLD)


@dataclass(frozen=True)
class LineChange:
    sku: str
    previous_quantity: int
    quantity: int


def order_total(subtotal: Decimal, *, shipping: Decimal, tax: Decimal, discount: Decimal) -> Decimal:
    """What the customer pays: the lines, shipping and tax, less discounts (never below zero)."""
    return max(money(subtotal + shipping + tax - discount), Decimal("0.00"))


async def recompute_totals(order: Order, conn: BaseDBAsyncClient) -> None:
    """The order's subtotal from its lines as they are now (in this transaction), and its
    total from that and its charges."""
    totals = await OrderLine.filter(order_id=order.id).using_db(conn).values_list("line_total", flat=True)
    subtotal = money(sum((Decimal(t) for t in totals), Decimal("0")))
    total = order_total(subtotal, shipping=order.shipping_amount, tax=order.tax_amount, discount=order.discount_amount)
    await Order.filter(id=order.id).using_db(conn).update(subtotal=subtotal, total=total)
    order.subtotal, order.total = subtotal, total


async def settle_after_change(
    principal: Principal, order: Order, *, total: int, outstanding: int, reason: str, conn: BaseDBAsyncClient
) -> None:
    """The status follows the sourcing outcome; a held order keeps ON_HOLD and returns on
    release to the allocation status the change left it with."""
    if order.status == S.ON_HOLD:
        if order.status_before_hold in ALLOCATION_STATES:
            before = status_for(total, outstanding)
            await Order.filter(id=order.id).using_db(conn).update(status_before_hold=before)
            order.status_before_hold = before
        return
    await settle_status(
        order, total_units=total, outstanding_units=outstanding, actor=principal.actor, conn=conn, reason=reason
    )


async def record_change(
    principal: Principal,
    order: Order,
    *,
    kind: OrderEventKind,
    reason: str,
    note: str,
    changes: list[LineChange],
    address_changed: bool,
    conn: BaseDBAsyncClient,
) -> None:
    """One history entry (`kind`, in the status the order was changed in, both ends; `reason:
    note` as its text) and one `order.edited` event with the diff."""
    status = S(order.status)
    entry = OrderEvent(
        order_id=order.id,
        kind=kind,
        from_status=status,
        to_status=status,
        reason=f"{reason.strip()}: {note}",
        actor=principal.actor,
    )
    await insert_later([entry], using_db=conn)
    payload = {
        "order_id": order.id,
        "number": order.number,
        "channel_id": order.channel_id,
        "customer_id": order.customer_id,
        "kind": kind.value,
        "reason": reason.strip(),
        "lines": [{"sku": c.sku, "previous_quantity": c.previous_quantity, "quantity": c.quantity} for c in changes],
        "shipping_address_changed": address_changed,
        "subtotal": str(order.subtotal),
        "total": str(order.total),
    }
    await record_events(
        [NewEvent(topic=ORDER_EDITED, aggregate_type="order", aggregate_id=order.id, payload=payload)], using_db=conn
    )
