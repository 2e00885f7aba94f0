"""Order editing: the staged edit's input, what it changed, and its payload."""

from __future__ import annotations

import strawberry

from schema.common import UserError
from schema.orders import AddressInput, Order


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
