"""An order's money: its charges (shipping, tax lines, discounts: `total` follows them), the
payments recorded against it, and its financial status.

`settle_financial_status` is the one writer of `Order.financial_status`: it derives the
status from the recorded amounts (authorized, captured, voided, refunded) and moves to it
only along `FINANCIAL_TRANSITIONS` (compare-and-set on the status read), with a history entry
and an `order.financial_status_changed` event, in the caller's transaction. Payments
(`record_payment`) and refunds (`services.returns.record_refund`) call it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from tortoise.backends.base.client import BaseDBAsyncClient

from models.event_kinds import OrderEventKind
from models.inserts import insert_later
from models.order_money import FinancialStatus, OrderPayment, PaymentKind
from models.orders import Order, OrderEvent, OrderStatus
from models.returns import Refund
from services.access import Principal
from services.errors import DomainError, ErrorCode
from services.order_changes import recompute_totals
from services.order_drafts import DiscountDraft, TaxLineDraft, charge_problems, charge_rows, excess_discount, money
from services.orders import require_order
from services.uow import unit_of_work
from subscriptions.outbox import NewEvent, record_events
from subscriptions.topics import ORDER_FINANCIAL_STATUS_CHANGED

F = FinancialStatus
ZERO = Decimal("0.00")

FINANCIAL_TRANSITIONS: dict[FinancialStatus, frozenset[FinancialStatus]] = {
    # -> (PARTIALLY_)REFUNDED: money taken outside Ordergraph (no payment recorded) given back.
    F.PENDING: frozenset({F.AUTHORIZED, F.PAID, F.PARTIALLY_REFUNDED, F.REFUNDED}),
    F.AUTHORIZED: frozenset({F.PAID, F.VOIDED}),
    F.PAID: frozenset({F.PARTIALLY_REFUNDED, F.REFUNDED}),
    F.PARTIALLY_REFUNDED: frozenset({F.REFUNDED}),
    F.REFUNDED: frozenset(),
    F.VOIDED: frozenset(),
}
# Charges may change until money is captured (the captured amount is then the total's).
CHARGEABLE = frozenset({F.PENDING, F.AUTHORIZED})


@dataclass(frozen=True)
class Amounts:
    authorized: Decimal = ZERO
    captured: Decimal = ZERO
    voided: Decimal = ZERO
    refunded: Decimal = ZERO


def derive(amounts: Amounts, total: Decimal) -> FinancialStatus:
    """The status the recorded amounts mean."""
    if amounts.refunded > 0:
        basis = amounts.captured if amounts.captured > 0 else total
        return F.REFUNDED if amounts.refunded >= basis else F.PARTIALLY_REFUNDED
    if amounts.captured > 0 and amounts.captured >= total:
        return F.PAID
    if amounts.voided > 0 and not amounts.captured:
        return F.VOIDED
    if amounts.authorized > 0:
        return F.AUTHORIZED
    return F.PENDING


async def amounts_of(order_id: int, conn: BaseDBAsyncClient) -> Amounts:
    sums = {kind: ZERO for kind in PaymentKind}
    for row in await OrderPayment.filter(order_id=order_id).using_db(conn):
        sums[PaymentKind(row.kind)] += row.amount
    refunds = await Refund.filter(order_id=order_id).using_db(conn).values_list("amount", flat=True)
    return Amounts(
        authorized=sums[PaymentKind.AUTHORIZATION],
        captured=sums[PaymentKind.CAPTURE],
        voided=sums[PaymentKind.VOID],
        refunded=sum((Decimal(a) for a in refunds), ZERO),
    )


async def settle_financial_status(
    order: Order, *, actor: str, reason: str, conn: BaseDBAsyncClient, field: str = "id"
) -> None:
    """Move the order's financial status to what its amounts now mean (see the module doc);
    `field` names the order in the caller's input."""
    current = F(order.financial_status)
    target = derive(await amounts_of(order.id, conn), order.total)
    if target == current:
        return
    if target not in FINANCIAL_TRANSITIONS[current]:
        raise DomainError.one(
            ErrorCode.INVALID_TRANSITION,
            f"Order {order.number} cannot go from {current.value} to {target.value}.",
            [field],
        )
    moved = await Order.filter(id=order.id, financial_status=current).using_db(conn).update(financial_status=target)
    if moved != 1:
        raise DomainError.one(
            ErrorCode.CONFLICT, f"Order {order.number} was changed by someone else; reload and try again.", [field]
        )
    order.financial_status = target
    status = OrderStatus(order.status)
    entry = OrderEvent(
        order_id=order.id,
        kind=OrderEventKind.FINANCIAL_STATUS_CHANGED,
        from_status=status,
        to_status=status,
        reason=f"{current.value} -> {target.value}: {reason}",
        actor=actor,
    )
    await insert_later([entry], using_db=conn)
    payload = {
        "order_id": order.id,
        "number": order.number,
        "channel_id": order.channel_id,
        "customer_id": order.customer_id,
        "previous_financial_status": current.value,
        "financial_status": target.value,
    }
    await record_events(
        [
            NewEvent(
                topic=ORDER_FINANCIAL_STATUS_CHANGED, aggregate_type="order", aggregate_id=order.id, payload=payload
            )
        ],
        using_db=conn,
    )


async def _locked(principal: Principal, order_id: int, conn: BaseDBAsyncClient) -> Order:
    found = await require_order(principal, order_id)
    return await Order.filter(id=found.id).using_db(conn).select_for_update().get()


async def set_charges(
    principal: Principal,
    *,
    order_id: int,
    shipping_amount: Decimal,
    tax_lines: Sequence[TaxLineDraft],
    discounts: Sequence[DiscountDraft],
) -> Order:
    """Replace the order's shipping charge, tax lines and discounts; the total follows.
    Refused once money is captured, and when the discounts exceed what they discount."""
    problems = charge_problems(shipping_amount, tax_lines, discounts)
    if problems:
        raise DomainError(problems)
    async with unit_of_work() as conn:
        order = await _locked(principal, order_id, conn)
        if order.financial_status not in CHARGEABLE or order.status == OrderStatus.CANCELLED:
            raise DomainError.one(
                ErrorCode.INVALID_TRANSITION,
                f"Order {order.number} is {order.status} and {order.financial_status}; its charges are final.",
                ["id"],
            )
        tax = money(sum((t.amount for t in tax_lines), ZERO))
        discount = money(sum((d.amount for d in discounts), ZERO))
        if excess := excess_discount(order.subtotal, money(shipping_amount), tax, discount):
            raise DomainError(excess)
        fields = {
            "shipping_amount": money(shipping_amount),
            "tax_amount": tax,
            "discount_amount": discount,
            **charge_rows(tax_lines, discounts),
        }
        await Order.filter(id=order.id).using_db(conn).update(**fields)
        order.update_from_dict(fields)
        await recompute_totals(order, conn)
        await settle_financial_status(order, actor=principal.actor, reason="charges changed", conn=conn)
    return order


async def record_payment(
    principal: Principal,
    *,
    order_id: int,
    kind: PaymentKind,
    amount: Decimal | None,
    reference: str | None = None,
) -> tuple[Order, OrderPayment]:
    """Record an authorization, capture or void reported by the payment gateway; the
    financial status follows. A void releases what is authorized (its amount by default)."""
    if amount is not None and (not amount.is_finite() or amount <= 0):
        raise DomainError.one(ErrorCode.INVALID, "amount must be positive.", ["amount"])
    async with unit_of_work() as conn:
        order = await _locked(principal, order_id, conn)
        amounts = await amounts_of(order.id, conn)
        current = F(order.financial_status)
        if kind is PaymentKind.VOID:
            if current is not F.AUTHORIZED or amounts.captured:
                raise DomainError.one(
                    ErrorCode.INVALID_TRANSITION,
                    f"Order {order.number} is {current.value}; only an authorization with nothing captured is voided.",
                    ["kind"],
                )
            amount = amount or amounts.authorized
        elif amount is None:
            raise DomainError.one(ErrorCode.REQUIRED, "amount is required.", ["amount"])
        elif kind is PaymentKind.AUTHORIZATION and current is not F.PENDING:
            raise DomainError.one(
                ErrorCode.INVALID_TRANSITION,
                f"Order {order.number} is {current.value}; nothing to authorize.",
                ["kind"],
            )
        elif kind is PaymentKind.CAPTURE and (
            current not in CHARGEABLE or amounts.captured + money(amount) > order.total
        ):
            left = order.total - amounts.captured
            raise DomainError.one(
                ErrorCode.INVALID,
                f"Order {order.number} is {current.value} with {left} {order.currency} left to capture.",
                ["amount"],
            )
        payment = await OrderPayment.create(
            order_id=order.id,
            kind=kind,
            amount=money(amount),
            currency=order.currency,
            reference=reference,
            actor=principal.actor,
            using_db=conn,
        )
        await settle_financial_status(
            order, actor=principal.actor, reason=f"{kind.value.lower()} of {payment.amount}", conn=conn
        )
    return order, payment
