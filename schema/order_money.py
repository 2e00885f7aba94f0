"""An order's money: tax lines, discounts, payments and the financial status (types only;
the inputs and payloads that change them are in schema.order_edits)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

import strawberry

from models import order_money as m
from schema.common import Money

FinancialStatus = m.FinancialStatus
strawberry.enum(FinancialStatus, name="FinancialStatus", description="Where the order's money stands.")
PaymentKind = m.PaymentKind
strawberry.enum(PaymentKind, name="PaymentKind", description="What the payment gateway did.")


@strawberry.type(description="One tax charged on the order (as the channel computed it).")
class TaxLine:
    name: str = strawberry.field(description="The tax's name, e.g. VAT.")
    rate: Decimal = strawberry.field(description="The rate, e.g. 0.19.")
    amount: Money = strawberry.field(description="The tax charged.")


@strawberry.type(description="One discount taken off the order.")
class Discount:
    code: str = strawberry.field(description="The discount or voucher code.")
    amount: Money = strawberry.field(description="The amount taken off.")


def tax_lines_of(rows: list[dict[str, Any]], currency: str) -> list[TaxLine]:
    return [
        TaxLine(name=r["name"], rate=Decimal(r["rate"]), amount=Money(amount=Decimal(r["amount"]), currency=currency))
        for r in rows
    ]


def discounts_of(rows: list[dict[str, Any]], currency: str) -> list[Discount]:
    return [Discount(code=r["code"], amount=Money(amount=Decimal(r["amount"]), currency=currency)) for r in rows]


@strawberry.type(description="A payment event recorded against an order.")
class Payment:
    kind: PaymentKind = strawberry.field(description="Authorization, capture or void.")
    amount: Money = strawberry.field(description="The amount.")
    reference: str | None = strawberry.field(description="The gateway's reference.")
    actor: str = strawberry.field(description="Who recorded it.")
    recorded_at: datetime = strawberry.field(description="When it was recorded.")

    @classmethod
    def from_model(cls, row: m.OrderPayment) -> Payment:
        return cls(
            kind=m.PaymentKind(row.kind),
            amount=Money(amount=row.amount, currency=row.currency),
            reference=row.reference,
            actor=row.actor,
            recorded_at=row.created_at,
        )
