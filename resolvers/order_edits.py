"""Order editing: the root mutation (input -> services.order_edits -> payload)."""

from __future__ import annotations

import strawberry

from resolvers.context import Info, principal_of
from schema.common import decode_pk
from schema.order_edits import OrderEditInput, OrderEditPayload, OrderLineChange
from schema.orders import Order
from services import order_edits as svc


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Edit an order before fulfilment in one step: add, change or remove lines and change the "
        "shipping address; the touched lines are sourced again. Refused (LINE_ALREADY_PICKED) for a line "
        "with units already picked."
    )
    async def order_edit(self, info: Info, input: OrderEditInput) -> OrderEditPayload:
        edited = await svc.edit_order(
            principal_of(info),
            order_id=decode_pk(input.id, "Order", field="id"),
            draft=svc.OrderEditDraft(
                reason=input.reason,
                lines=[svc.LineEdit(sku=ln.sku, quantity=ln.quantity) for ln in input.lines],
                shipping_address=input.shipping_address.to_draft() if input.shipping_address else None,
            ),
        )
        return OrderEditPayload(
            order=Order.from_model(edited.order),
            changes=[
                OrderLineChange(sku=c.sku, previous_quantity=c.previous_quantity, quantity=c.quantity)
                for c in edited.changes
            ],
            shipping_address_changed=edited.shipping_address_changed,
        )
