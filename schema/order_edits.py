"""Changing a placed order: the staged edit, line cancellation, charges and payments (inputs and payloads)."""

from __future__ import annotations

from decimal import Decimal

import strawberry

from schema.addresses import Address, AddressInput
from schema.common import Money, UserError
from schema.order_money import Payment, PaymentKind
from schema.orders import Order, OrderLine, OrderStatus


@strawberry.input(description="A line as it should be after the edit.")
class OrderEditLineInput:
    sku: str = strawberry.field(description="The line's SKU; one not on the order adds a line at the catalogue price.")
    quantity: int = strawberry.field(description="The line's new quantity; 0 removes the line.")


@strawberry.input(
    description="One staged edit of an order before fulfilment: every change is applied together "
    "(with sourcing again) or none is."
)
class OrderEditInput:
    id: strawberry.ID = strawberry.field(description="The order.")
    reason: str = strawberry.field(description="Why; kept in the order's history with the diff.")
    lines: list[OrderEditLineInput] = strawberry.field(
        default_factory=list, description="Lines to add, change or remove (by SKU); lines not named stay."
    )
    shipping_address: AddressInput | None = strawberry.field(
        default=None, description="The new shipping address (the warehouses are ranked again for unpicked lines)."
    )


@strawberry.type(description="How one line of an order changed in an edit.")
class OrderLineChange:
    sku: str = strawberry.field(description="The line's SKU.")
    previous_quantity: int = strawberry.field(description="Units before the edit (0: the line was added).")
    quantity: int = strawberry.field(description="Units after the edit (0: the line was removed).")


@strawberry.type(description="The order as edited and what the edit changed.")
class OrderEditPayload:
    order: Order | None = strawberry.field(default=None, description="The order after the edit.")
    changes: list[OrderLineChange] = strawberry.field(
        default_factory=list, description="The lines that changed (none when the edit changed nothing)."
    )
    shipping_address_changed: bool = strawberry.field(
        default=False, description="True when the edit changed the shipping address."
    )
    user_errors: list[UserError] = strawberry.field(default_factory=list, description="Why nothing was changed.")


@strawberry.type(description="A line as an edit would leave it (orderEditPreview).")
class OrderEditPreviewLine:
    sku: str = strawberry.field(description="The product's SKU.")
    name: str = strawberry.field(description="The product's name on the order.")
    quantity: int = strawberry.field(description="Units ordered after the edit.")
    unit_price: Money = strawberry.field(description="Price of one unit.")
    line_total: Money = strawberry.field(description="Quantity times unit price.")
    allocated_quantity: int = strawberry.field(
        description="Units the edit's sourcing would reserve in a warehouse (or that are shipped)."
    )
    backordered_quantity: int = strawberry.field(description="Units that would wait for stock.")


@strawberry.type(description="What an order edit would make of the order; nothing of it is written.")
class OrderEditPreview:
    status: OrderStatus = strawberry.field(description="The order's status after the edit.")
    lines: list[OrderEditPreviewLine] = strawberry.field(description="Every line after the edit.")
    changes: list[OrderLineChange] = strawberry.field(description="The lines that would change.")
    shipping_address: Address = strawberry.field(description="Where the order would ship to.")
    shipping_address_changed: bool = strawberry.field(description="True when the edit changes the address.")
    subtotal: Money = strawberry.field(description="Sum of the line totals after the edit.")
    shipping_amount: Money = strawberry.field(description="The shipping charge (an edit keeps it).")
    tax_total: Money = strawberry.field(description="The taxes (an edit keeps the tax lines).")
    discount_total: Money = strawberry.field(description="The discounts (an edit keeps them).")
    total: Money = strawberry.field(description="What the customer would pay after the edit.")


@strawberry.type(description="An order edit previewed, or why orderEdit would refuse it.")
class OrderEditPreviewPayload:
    preview: OrderEditPreview | None = strawberry.field(
        default=None, description="The order as the edit would leave it."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why orderEdit would refuse the edit (the same codes)."
    )


@strawberry.input(description="A customer's new shipping address for their own order, before picking starts.")
class MyOrderAddressUpdateInput:
    id: strawberry.ID = strawberry.field(description="The customer's own order.")
    shipping_address: AddressInput = strawberry.field(description="Where the order should go instead.")


@strawberry.type(description="The customer's order with its new shipping address.")
class MyOrderAddressUpdatePayload:
    order: Order | None = strawberry.field(default=None, description="The order after the change.")
    shipping_address_changed: bool = strawberry.field(
        default=False, description="False when the address given is the one the order already had."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list,
        description="Why nothing was changed: ORDER_NOT_EDITABLE once picking started, FORBIDDEN where the "
        "channel does not allow it, NOT_FOUND for an order that is not the customer's.",
    )


@strawberry.input(description="Cancel some or all units of one order line, before they are picked.")
class OrderLineCancelInput:
    line: strawberry.ID = strawberry.field(description="The order line (OrderLine id).")
    quantity: int = strawberry.field(description="Units to cancel (at most the line's units not picked yet).")
    reason: str = strawberry.field(description="Why; kept in the order's history.")


@strawberry.type(description="The order and the line after the cancellation.")
class OrderLineCancelPayload:
    order: Order | None = strawberry.field(default=None, description="The order, its totals recomputed.")
    line: OrderLine | None = strawberry.field(default=None, description="The line, its cancelled units counted.")
    user_errors: list[UserError] = strawberry.field(default_factory=list, description="Why nothing was cancelled.")


@strawberry.input(description="One tax charged on the order.")
class TaxLineInput:
    name: str = strawberry.field(description="The tax's name, e.g. VAT.")
    rate: Decimal = strawberry.field(description="The rate, e.g. 0.19.")
    amount: Decimal = strawberry.field(description="The tax charged, in the order's currency.")


@strawberry.input(description="One discount taken off the order.")
class DiscountInput:
    code: str = strawberry.field(description="The discount or voucher code.")
    amount: Decimal = strawberry.field(description="The amount taken off, in the order's currency.")


@strawberry.input(description="An order's charges, replaced as a whole; the total follows.")
class OrderChargesSetInput:
    id: strawberry.ID = strawberry.field(description="The order.")
    shipping_amount: Decimal = strawberry.field(default=Decimal("0"), description="The shipping charge.")
    tax_lines: list[TaxLineInput] = strawberry.field(default_factory=list, description="The taxes charged.")
    discounts: list[DiscountInput] = strawberry.field(default_factory=list, description="The discounts taken off.")


@strawberry.type(description="The order with its new charges and total.")
class OrderChargesSetPayload:
    order: Order | None = strawberry.field(default=None, description="The order, its total recomputed.")
    user_errors: list[UserError] = strawberry.field(default_factory=list, description="Why nothing was changed.")


@strawberry.input(description="A payment event reported by the payment gateway.")
class OrderPaymentRecordInput:
    id: strawberry.ID = strawberry.field(description="The order.")
    kind: PaymentKind = strawberry.field(description="Authorization, capture or void.")
    amount: Decimal | None = strawberry.field(
        default=None, description="The amount (required but for a void, which defaults to what is authorized)."
    )
    reference: str | None = strawberry.field(default=None, description="The gateway's reference.")


@strawberry.type(description="The payment recorded and the order's financial status after it.")
class OrderPaymentRecordPayload:
    order: Order | None = strawberry.field(default=None, description="The order.")
    payment: Payment | None = strawberry.field(default=None, description="The payment recorded.")
    user_errors: list[UserError] = strawberry.field(default_factory=list, description="Why nothing was recorded.")


@strawberry.input(description="Details of an order to set; a field left out stays as it is.")
class OrderUpdateInput:
    id: strawberry.ID = strawberry.field(description="The order.")
    billing_address: AddressInput | None = strawberry.field(default=None, description="Where the invoice goes.")
    phone: str | None = strawberry.field(default=None, description="The customer's phone (empty clears it).")
    note: str | None = strawberry.field(default=None, description="A note on the order (empty clears it).")
    tags: list[str] | None = strawberry.field(default=None, description="The order's tags (replaces them all).")


@strawberry.type(description="The order with its details set.")
class OrderUpdatePayload:
    order: Order | None = strawberry.field(default=None, description="The order.")
    user_errors: list[UserError] = strawberry.field(default_factory=list, description="Why nothing was changed.")


@strawberry.input(description="One key/value pair of metadata to set.")
class MetadataItemInput:
    key: str = strawberry.field(description="The key.")
    value: str = strawberry.field(description="The value.")


@strawberry.input(description="Set and remove an order's metadata keys, public or private (private: staff only).")
class OrderMetadataUpdateInput:
    id: strawberry.ID = strawberry.field(description="The order.")
    items: list[MetadataItemInput] = strawberry.field(default_factory=list, description="Keys to set.")
    remove: list[str] = strawberry.field(default_factory=list, description="Keys to remove.")
    private: bool = strawberry.field(default=False, description="The private metadata (staff only), not the public.")


@strawberry.type(description="The order with its metadata changed.")
class OrderMetadataUpdatePayload:
    order: Order | None = strawberry.field(default=None, description="The order.")
    user_errors: list[UserError] = strawberry.field(default_factory=list, description="Why nothing was changed.")
