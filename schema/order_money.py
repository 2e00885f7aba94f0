"""An order's money and details: tax lines, discounts, payments, the financial status,
metadata and billing address (types only; the inputs and payloads that change them are in
schema.order_edits)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, Protocol

import strawberry

from models import order_money as m
from models.orders import Order
from schema.addresses import Address, address_of
from schema.common import Money, describe_values

FinancialStatus = m.FinancialStatus
strawberry.enum(FinancialStatus, name="FinancialStatus", description="Where the order's money stands.")
describe_values(
    FinancialStatus,
    PENDING="Nothing authorized or paid yet.",
    AUTHORIZED="The payment is authorized, not captured.",
    PAID="Captured in full.",
    PARTIALLY_REFUNDED="Paid, and part of it refunded.",
    REFUNDED="Paid, and all of it refunded.",
    VOIDED="The authorization was voided; nothing was captured.",
)
PaymentKind = m.PaymentKind
strawberry.enum(PaymentKind, name="PaymentKind", description="What the payment gateway did.")
describe_values(
    PaymentKind,
    AUTHORIZATION="Money reserved on the customer's means of payment.",
    CAPTURE="Money taken.",
    VOID="An authorization released without taking money.",
)


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


@strawberry.type(description="One key/value pair of an order's metadata.")
class MetadataItem:
    key: str = strawberry.field(description="The key.")
    value: str = strawberry.field(description="The value.")


def metadata_items(data: dict[str, str] | None) -> list[MetadataItem]:
    return [MetadataItem(key=k, value=v) for k, v in sorted((data or {}).items())]


def billing_address_of(row: Order) -> Address | None:
    """Where the invoice goes, when the order has a billing address."""
    if row.billing_country is None:
        return None
    return Address(
        country=row.billing_country,
        region=row.billing_region,
        city=row.billing_city,
        postal_code=row.billing_postal_code,
        line1=row.billing_line1,
        latitude=None,
        longitude=None,
    )


# The fields of schema.orders.Order made from its stored row when a selection asks for them
# (not for every order of a page): resolvers of the object alone (`self`), which the compiled
# path calls directly.


class HoldsOrderRow(Protocol):
    _row: Order
    currency: str


def subtotal(self: HoldsOrderRow) -> Money:
    return Money(amount=self._row.subtotal, currency=self.currency)


def total(self: HoldsOrderRow) -> Money:
    return Money(amount=self._row.total, currency=self.currency)


def shipping_address(self: HoldsOrderRow) -> Address:
    return address_of(self._row)


def shipping_amount(self: HoldsOrderRow) -> Money:
    return Money(amount=self._row.shipping_amount, currency=self.currency)


def tax_total(self: HoldsOrderRow) -> Money:
    return Money(amount=self._row.tax_amount, currency=self.currency)


def discount_total(self: HoldsOrderRow) -> Money:
    return Money(amount=self._row.discount_amount, currency=self.currency)


def tax_lines(self: HoldsOrderRow) -> list[TaxLine]:
    return tax_lines_of(self._row.tax_lines, self.currency)


def discounts(self: HoldsOrderRow) -> list[Discount]:
    return discounts_of(self._row.discounts, self.currency)


def billing_address(self: HoldsOrderRow) -> Address | None:
    return billing_address_of(self._row)


def metadata(self: HoldsOrderRow) -> list[MetadataItem]:
    return metadata_items(self._row.metadata)
