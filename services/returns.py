"""Returns and refunds: request within the window, receive (restock or dispose), refund.

A return's status is written only through `RETURN_LIFECYCLE`, and every status it takes (from
REQUESTED on) is a `return.status_changed` outbox event in the same transaction. Restocked
units are announced with the durable STOCK_ARRIVED reaction (backorders are filled from them
after commit)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from tortoise.expressions import Subquery
from tortoise.queryset import QuerySet

from models.catalog import Warehouse
from models.customers import NotificationKind
from models.fulfilment import Shipment, ShipmentLine
from models.inventory import MovementReason
from models.orders import Order, OrderStatus
from models.returns import Refund, ReturnCondition, ReturnLine, ReturnRequest, ReturnStatus
from services import reactions
from services.access import Principal
from services.allocation import units_shipped
from services.catalog import may_act_in
from services.errors import DomainError, ErrorCode, Problem, not_found
from services.lifecycle import Lifecycle
from services.notifications import notify_order_customer
from services.order_payments import settle_financial_status
from services.order_status import transition
from services.orders import get_order, visible_orders
from services.reactions import Within
from services.stock import StockChange, apply_changes, ensure_rows, lock_rows, stock_arrived
from services.uow import unit_of_work
from subscriptions.outbox import NewEvent, record_events
from subscriptions.topics import RETURN_STATUS_CHANGED

RETURN_WINDOW_DAYS = 30
RETURNABLE = (OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.PARTIALLY_SHIPPED, OrderStatus.PARTIALLY_RETURNED)
R = ReturnStatus
RETURN_LIFECYCLE = Lifecycle(
    ReturnStatus,
    {
        R.REQUESTED: frozenset({R.PARTIALLY_RECEIVED, R.RECEIVED}),
        R.PARTIALLY_RECEIVED: frozenset({R.PARTIALLY_RECEIVED, R.RECEIVED}),
        R.RECEIVED: frozenset(),
    },
)


def _status_event(rma: ReturnRequest, previous: ReturnStatus | None) -> NewEvent:
    """`return.status_changed` for the status `rma` has just taken (about the return, so a
    subscriber hears one return's changes in order)."""
    return NewEvent(
        topic=RETURN_STATUS_CHANGED,
        aggregate_type="return",
        aggregate_id=rma.id,
        payload={
            "return_id": rma.id,
            "number": rma.number,
            "order_id": rma.order_id,
            "previous_status": previous.value if previous else None,
            "status": ReturnStatus(rma.status).value,
        },
    )


@dataclass(frozen=True)
class ReturnLineDraft:
    sku: str
    quantity: int
    reason: str


@dataclass(frozen=True)
class ReceivedLine:
    sku: str
    quantity: int
    condition: ReturnCondition


async def _shipped_units(order_id: int) -> tuple[dict[int, int], dict[int, str], datetime | None]:
    """(units shipped per product, SKU per product, when the last shipment left or arrived)."""
    shipments = await Shipment.filter(order_id=order_id, dispatched_at__isnull=False)
    units: dict[int, int] = defaultdict(int)
    skus: dict[int, str] = {}
    for line in await ShipmentLine.filter(shipment_id__in=[s.id for s in shipments]):
        units[line.product_id] += line.quantity
        skus[line.product_id] = line.sku
    moments = [s.delivered_at or s.dispatched_at for s in shipments]
    return dict(units), skus, max((m for m in moments if m is not None), default=None)


async def _already_requested(order_id: int) -> dict[int, int]:
    rows = await ReturnLine.filter(return_request__order_id=order_id).values("product_id", "quantity")
    totals: dict[int, int] = defaultdict(int)
    for row in rows:
        totals[row["product_id"]] += row["quantity"]
    return totals


async def request_return(principal: Principal, *, order_id: int, lines: list[ReturnLineDraft]) -> ReturnRequest:
    """A customer (their own order) or staff asks to send units back."""
    order = await get_order(principal, order_id=order_id)
    if order is None:
        raise not_found("Order", ["order"])
    if order.status not in RETURNABLE:
        raise DomainError.one(
            ErrorCode.INVALID_TRANSITION, f"Order {order.number} is {order.status}; nothing to return.", ["order"]
        )
    shipped, skus, last_moment = await _shipped_units(order.id)
    if last_moment is not None and datetime.now(UTC) - last_moment > timedelta(days=RETURN_WINDOW_DAYS):
        raise DomainError.one(ErrorCode.INVALID, f"The {RETURN_WINDOW_DAYS}-day return window has closed.", ["order"])
    requested = await _already_requested(order.id)
    by_sku = {sku: pid for pid, sku in skus.items()}
    problems: list[Problem] = []
    if not lines:
        problems.append(Problem(ErrorCode.REQUIRED, "Say what comes back.", ("lines",)))
    seen: set[str] = set()
    for i, line in enumerate(lines):
        pid = by_sku.get(line.sku)
        if line.sku in seen:
            problems.append(Problem(ErrorCode.DUPLICATE, f"{line.sku} appears twice.", ("lines", str(i), "sku")))
        seen.add(line.sku)
        if not line.reason.strip() or len(line.reason) > 500:
            problems.append(
                Problem(ErrorCode.REQUIRED, "Give a reason (up to 500 characters).", ("lines", str(i), "reason"))
            )
        if pid is None:
            problems.append(
                Problem(ErrorCode.UNKNOWN_SKU, f"{line.sku} was not shipped on this order.", ("lines", str(i), "sku"))
            )
            continue
        left = shipped[pid] - requested.get(pid, 0)
        if not 0 < line.quantity <= left:
            problems.append(
                Problem(
                    ErrorCode.INVALID_QUANTITY,
                    f"Between 1 and {left} units of {line.sku} can be returned.",
                    ("lines", str(i), "quantity"),
                )
            )
    if problems:
        raise DomainError(problems)
    async with unit_of_work() as conn:
        rma = await ReturnRequest.create(order_id=order.id, actor=principal.actor, using_db=conn)
        await ReturnLine.bulk_create(
            [
                ReturnLine(
                    return_request_id=rma.id,
                    product_id=by_sku[ln.sku],
                    sku=ln.sku,
                    quantity=ln.quantity,
                    reason=ln.reason.strip(),
                )
                for ln in lines
            ],
            using_db=conn,
        )
        await record_events([_status_event(rma, None)], using_db=conn)
        await reactions.run_within(Within.ORDER_FIGURES_CHANGED, conn, order.id)
    return rma


async def receive_return(
    principal: Principal, *, return_id: int, lines: list[ReceivedLine], warehouse: str | None = None
) -> ReturnRequest:
    """Goods arrive back: restocked units go on hand (RETURN_RESTOCK, which can fill
    backorders); disposed ones do not. The order becomes PARTIALLY_RETURNED or RETURNED."""
    rma = await ReturnRequest.get_or_none(id=return_id)
    order = await get_order(principal, order_id=rma.order_id) if rma else None
    if rma is None or order is None:
        raise not_found("Return", ["returnRequest"])
    target: Warehouse | None
    if warehouse is not None:
        target = await Warehouse.get_or_none(code=warehouse)
    else:
        first = await Shipment.filter(order_id=order.id).order_by("id").first()
        target = await Warehouse.get_or_none(id=first.warehouse_id) if first else None
    if target is None or not may_act_in(principal, target):
        raise DomainError.one(ErrorCode.NOT_FOUND, "Warehouse not found.", ["warehouse"])
    rma_lines = {ln.sku: ln for ln in await ReturnLine.filter(return_request_id=rma.id)}
    problems: list[Problem] = []
    if not lines:
        problems.append(Problem(ErrorCode.REQUIRED, "Say what arrived.", ("lines",)))
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if line.sku in seen:
            problems.append(Problem(ErrorCode.DUPLICATE, f"{line.sku} appears twice.", ("lines", str(i), "sku")))
            continue
        seen.add(line.sku)
        expected = rma_lines.get(line.sku)
        if expected is None:
            problems.append(
                Problem(ErrorCode.UNKNOWN_SKU, f"{line.sku} is not on this return.", ("lines", str(i), "sku"))
            )
            continue
        left = expected.quantity - expected.restocked_quantity - expected.disposed_quantity
        if not 0 < line.quantity <= left:
            problems.append(
                Problem(
                    ErrorCode.INVALID_QUANTITY,
                    f"Between 1 and {left} units of {line.sku} are still expected.",
                    ("lines", str(i), "quantity"),
                )
            )
    if problems:
        raise DomainError(problems)
    async with unit_of_work() as conn:
        order = await Order.filter(id=order.id).using_db(conn).select_for_update().get()
        restock = [(rma_lines[ln.sku], ln.quantity) for ln in lines if ln.condition is ReturnCondition.RESTOCK]
        if restock:
            await ensure_rows(conn, [(rl.product_id, target.id) for rl, _ in restock])
            rows = await lock_rows(conn, product_ids=[rl.product_id for rl, _ in restock], warehouse_ids=[target.id])
            await apply_changes(
                conn,
                sorted(
                    [
                        StockChange(
                            rows[(rl.product_id, target.id)],
                            MovementReason.RETURN_RESTOCK,
                            on_hand_delta=q,
                            reference=f"rma:{rma.number}",
                        )
                        for rl, q in restock
                    ],
                    key=lambda c: c.row.id,
                ),
                actor=principal.actor,
            )
            await stock_arrived(conn, [rl.product_id for rl, _ in restock], actor=principal.actor)
        for ln in lines:
            rl = rma_lines[ln.sku]
            field = "restocked_quantity" if ln.condition is ReturnCondition.RESTOCK else "disposed_quantity"
            updated = (
                await ReturnLine.filter(
                    id=rl.id, restocked_quantity=rl.restocked_quantity, disposed_quantity=rl.disposed_quantity
                )
                .using_db(conn)
                .update(**{field: getattr(rl, field) + ln.quantity})
            )
            if updated != 1:
                raise DomainError.one(
                    ErrorCode.CONFLICT, "This return was received meanwhile; reload and retry.", ["return"]
                )
            setattr(rl, field, getattr(rl, field) + ln.quantity)
        done = all(rl.restocked_quantity + rl.disposed_quantity >= rl.quantity for rl in rma_lines.values())
        was = await RETURN_LIFECYCLE.move(
            rma,
            R.RECEIVED if done else R.PARTIALLY_RECEIVED,
            conn=conn,
            message=f"{rma.number} is {rma.status}; nothing more is expected.",
            field="return",
            conflict="This return was received meanwhile; reload and retry.",
        )
        await record_events([_status_event(rma, was)], using_db=conn)
        await notify_order_customer(conn, order, NotificationKind.RETURN_RECEIVED, return_number=rma.number)
        shipped_units = await units_shipped(order.id, conn)
        returned_units = sum(
            rl.restocked_quantity + rl.disposed_quantity
            for rl in await ReturnLine.filter(return_request__order_id=order.id).using_db(conn)
        )
        if order.status in (OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.PARTIALLY_RETURNED):
            target_status = OrderStatus.RETURNED if returned_units >= shipped_units else OrderStatus.PARTIALLY_RETURNED
            if order.status != target_status:
                await transition(
                    order,
                    target_status,
                    reason=f"{returned_units} of {shipped_units} shipped units returned",
                    actor=principal.actor,
                    using_db=conn,
                )
    return rma


async def record_refund(
    principal: Principal, *, order_id: int, amount: Decimal, return_id: int | None = None, note: str | None = None
) -> Refund:
    order = await get_order(principal, order_id=order_id)
    if order is None:
        raise not_found("Order", ["order"])
    if not amount.is_finite() or amount <= 0:
        raise DomainError.one(ErrorCode.INVALID, "amount must be positive.", ["amount"])
    amount = amount.quantize(Decimal("0.01"))
    if return_id is not None and not await ReturnRequest.exists(id=return_id, order_id=order.id):
        raise not_found("Return", ["returnRequest"])
    async with unit_of_work() as conn:
        locked = await Order.filter(id=order.id).using_db(conn).select_for_update().get()
        refunded = sum((r.amount for r in await Refund.filter(order_id=order.id).using_db(conn)), Decimal("0"))
        if refunded + amount > order.total:
            raise DomainError.one(
                ErrorCode.INVALID, f"Only {order.total - refunded} {order.currency} is left to refund.", ["amount"]
            )
        refund = await Refund.create(
            order_id=order.id,
            return_request_id=return_id,
            amount=amount,
            currency=order.currency,
            note=note,
            actor=principal.actor,
            using_db=conn,
        )
        await reactions.run_within(Within.ORDER_FIGURES_CHANGED, conn, order.id)
        await notify_order_customer(
            conn, order, NotificationKind.REFUND_RECORDED, amount=str(amount), currency=order.currency
        )
        await settle_financial_status(
            locked, actor=principal.actor, reason=f"refund of {amount}", conn=conn, field="order"
        )
    return refund


def visible_returns(principal: Principal) -> QuerySet[ReturnRequest]:
    """The returns of the orders the caller may see (`visible_orders`)."""
    if principal.is_staff:
        return ReturnRequest.all()
    return ReturnRequest.filter(order_id__in=Subquery(visible_orders(principal).values("id")))


def search_returns(
    principal: Principal, *, statuses: list[ReturnStatus] | None = None, order_id: int | None = None
) -> QuerySet[ReturnRequest]:
    query = visible_returns(principal)
    if statuses:
        query = query.filter(status__in=[s.value for s in statuses])
    if order_id is not None:
        query = query.filter(order_id=order_id)
    return query
