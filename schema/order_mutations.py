"""Orders' mutations: the inputs of creating, cancelling, holding, releasing and allocating an
order, and the payloads they answer with (the Order type itself: schema.orders)."""

from __future__ import annotations

from decimal import Decimal

import strawberry

from schema.addresses import AddressInput
from schema.codes import CURRENCY_DEPRECATION, CurrencyCode
from schema.common import UserError
from schema.order_edits import DiscountInput, MetadataItemInput, TaxLineInput
from schema.orders import Order


@strawberry.input(description="The customer placing an order (matched by email).")
class CustomerInput:
    email: str = strawberry.field(description="The customer's email address (customers are matched by it).")
    name: str | None = strawberry.field(default=None, description="The customer's name.")


@strawberry.input(description="One product of a new order.")
class OrderLineInput:
    sku: str = strawberry.field(description="The product's SKU.")
    quantity: int = strawberry.field(description="Units ordered (at least 1).")
    unit_price: Decimal | None = strawberry.field(
        default=None, description="Price of one unit (default: the product's price)."
    )


@strawberry.input(description="A new order: channel, reference, customer, address and lines.")
class OrderCreateInput:
    channel: str = strawberry.field(description="Channel code.")
    external_ref: str = strawberry.field(description="The order's id in the sales channel; idempotency key #1.")
    customer: CustomerInput = strawberry.field(description="Who places the order.")
    shipping_address: AddressInput = strawberry.field(description="Where the order ships to.")
    lines: list[OrderLineInput] = strawberry.field(description="The products ordered (at least one).")
    currency_code: CurrencyCode | None = strawberry.field(
        default=None, description="The order's currency (default: the first product's currency)."
    )
    currency: str | None = strawberry.field(
        default=None,
        description="ISO 4217 currency code (default: the first product's currency).",
        deprecation_reason=CURRENCY_DEPRECATION,
    )
    idempotency_key: str | None = strawberry.field(
        default=None,
        description="A key of your choosing: sending the same order again with it returns the first one (replayed: true) instead of a duplicate.",
    )
    billing_address: AddressInput | None = strawberry.field(
        default=None, description="Where the invoice goes (as `orderUpdate` sets it later)."
    )
    phone: str | None = strawberry.field(default=None, description="The customer's phone.")
    note: str | None = strawberry.field(
        default=None, description="A note on the order (the customer's, or the channel's)."
    )
    tags: list[str] | None = strawberry.field(default=None, description="The order's tags.")
    metadata: list[MetadataItemInput] | None = strawberry.field(
        default=None, description="Public key/value metadata (private metadata: `orderMetadataUpdate`, staff only)."
    )
    shipping_amount: Decimal | None = strawberry.field(
        default=None, description="The shipping charge (as `orderChargesSet` sets it later; default 0)."
    )
    tax_lines: list[TaxLineInput] | None = strawberry.field(default=None, description="The taxes charged.")
    discounts: list[DiscountInput] | None = strawberry.field(
        default=None, description="The discounts taken off (at most the lines, shipping and tax)."
    )


@strawberry.input(description="What `orderCancel` is asked to do.")
class OrderCancelInput:
    id: strawberry.ID = strawberry.field(description="The order's global id.")
    reason: str = strawberry.field(description="Why (kept in the order's history).")


@strawberry.input(description="Close a partly shipped order: what has not shipped is cancelled.")
class OrderCancelRemainderInput:
    id: strawberry.ID = strawberry.field(description="The order's global id.")
    reason: str = strawberry.field(description="Why (kept in the order's history).")


@strawberry.input(description="What `orderHold` is asked to do.")
class OrderHoldInput:
    id: strawberry.ID = strawberry.field(description="The order's global id.")
    reason: str = strawberry.field(description="Why (kept in the order's history).")


@strawberry.input(description="What `orderAllocate` is asked to do.")
class OrderAllocateInput:
    id: strawberry.ID = strawberry.field(description="The order's global id.")


@strawberry.type(description="What `orderAllocate` did: the result, or userErrors saying why not.")
class OrderAllocatePayload:
    order: Order | None = strawberry.field(
        default=None, description="The order as it is now (null when userErrors say why not)."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )


@strawberry.input(description="What `orderRelease` is asked to do.")
class OrderReleaseInput:
    id: strawberry.ID = strawberry.field(description="The order's global id.")
    reason: str | None = strawberry.field(default=None, description="Why (kept in the order's history).")


@strawberry.type(description="What `orderCreate` did: the result, or userErrors saying why not.")
class OrderCreatePayload:
    order: Order | None = strawberry.field(
        default=None, description="The order as it is now (null when userErrors say why not)."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )
    replayed: bool = strawberry.field(
        default=False,
        description="True when this request repeated one already taken (same externalRef or idempotencyKey): "
        "`order` is the order it created then, and nothing new was written.",
    )


@strawberry.type(description="What `orderCancel` did: the result, or userErrors saying why not.")
class OrderCancelPayload:
    order: Order | None = strawberry.field(
        default=None, description="The order as it is now (null when userErrors say why not)."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )


@strawberry.type(description="What `orderCancelRemainder` did: the result, or userErrors saying why not.")
class OrderCancelRemainderPayload:
    order: Order | None = strawberry.field(
        default=None, description="The order as it is now (null when userErrors say why not)."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )


@strawberry.type(description="What `orderHold` did: the result, or userErrors saying why not.")
class OrderHoldPayload:
    order: Order | None = strawberry.field(
        default=None, description="The order as it is now (null when userErrors say why not)."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )


@strawberry.type(description="What `orderRelease` did: the result, or userErrors saying why not.")
class OrderReleasePayload:
    order: Order | None = strawberry.field(
        default=None, description="The order as it is now (null when userErrors say why not)."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )
