"""Order editing: the root mutation (input -> services.order_edits -> payload)."""

from __future__ import annotations

from decimal import Decimal

import strawberry

from resolvers.context import Info, principal_of
from schema.addresses import address_of
from schema.common import Money, decode_pk
from schema.order_edits import (
    MyOrderAddressUpdateInput,
    MyOrderAddressUpdatePayload,
    OrderChargesSetInput,
    OrderChargesSetPayload,
    OrderEditInput,
    OrderEditPayload,
    OrderEditPreview,
    OrderEditPreviewLine,
    OrderEditPreviewPayload,
    OrderLineCancelInput,
    OrderLineCancelPayload,
    OrderLineChange,
    OrderMetadataUpdateInput,
    OrderMetadataUpdatePayload,
    OrderPaymentRecordInput,
    OrderPaymentRecordPayload,
    OrderUpdateInput,
    OrderUpdatePayload,
)
from schema.order_money import Payment
from schema.orders import Order, OrderLine
from services import order_details, order_line_cancel, order_payments
from services import order_edits as svc
from services.order_changes import LineChange
from services.order_drafts import DiscountDraft, TaxLineDraft
from services.order_edit_preview import EditPreview, preview_edit


def _draft(input: OrderEditInput) -> svc.OrderEditDraft:
    return svc.OrderEditDraft(
        reason=input.reason,
        lines=[svc.LineEdit(sku=ln.sku, quantity=ln.quantity) for ln in input.lines],
        shipping_address=input.shipping_address.to_draft() if input.shipping_address else None,
    )


def _changes(changes: list[LineChange]) -> list[OrderLineChange]:
    return [OrderLineChange(sku=c.sku, previous_quantity=c.previous_quantity, quantity=c.quantity) for c in changes]


def _preview(found: EditPreview) -> OrderEditPreview:
    order, sourced = found.order, found.sourced

    def money(amount: Decimal) -> Money:
        return Money(amount=amount, currency=order.currency)

    return OrderEditPreview(
        status=order.status,
        lines=[
            OrderEditPreviewLine(
                sku=line.sku,
                name=line.name,
                quantity=line.quantity,
                unit_price=money(line.unit_price),
                line_total=money(line.line_total),
                allocated_quantity=sourced.get(line.product_id, 0),
                backordered_quantity=max(line.quantity - sourced.get(line.product_id, 0), 0),
            )
            for line in found.lines
        ],
        changes=_changes(found.changes),
        shipping_address=address_of(order),
        shipping_address_changed=found.shipping_address_changed,
        subtotal=money(order.subtotal),
        shipping_amount=money(order.shipping_amount),
        tax_total=money(order.tax_amount),
        discount_total=money(order.discount_amount),
        total=money(order.total),
    )


@strawberry.type
class Query:
    @strawberry.field(
        description="What orderEdit with this input would make of the order: its lines and how each would be "
        "sourced, the totals and the status, or the userErrors it would give. Nothing is written: the edit runs "
        "in a transaction that is rolled back (holding the locks an edit holds, for as long)."
    )
    async def order_edit_preview(self, info: Info, input: OrderEditInput) -> OrderEditPreviewPayload:
        found = await preview_edit(
            principal_of(info), order_id=decode_pk(input.id, "Order", field="id"), draft=_draft(input)
        )
        return OrderEditPreviewPayload(preview=_preview(found))


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Edit an order before fulfilment in one step: add, change or remove lines and change the "
        "shipping address; the touched lines are sourced again. Refused (LINE_ALREADY_PICKED) for a line "
        "with units already picked."
    )
    async def order_edit(self, info: Info, input: OrderEditInput) -> OrderEditPayload:
        edited = await svc.edit_order(
            principal_of(info), order_id=decode_pk(input.id, "Order", field="id"), draft=_draft(input)
        )
        return OrderEditPayload(
            order=Order.from_model(edited.order),
            changes=_changes(edited.changes),
            shipping_address_changed=edited.shipping_address_changed,
        )

    @strawberry.mutation(
        description="A customer changes the shipping address of their own order, while nothing of it is picked "
        "and where its channel allows it (customerAddressChangeAllowed); unpicked lines are sourced again "
        "for the new destination."
    )
    async def my_order_address_update(
        self, info: Info, input: MyOrderAddressUpdateInput
    ) -> MyOrderAddressUpdatePayload:
        edited = await svc.change_address(
            principal_of(info),
            order_id=decode_pk(input.id, "Order", field="id"),
            address=input.shipping_address.to_draft(),
        )
        return MyOrderAddressUpdatePayload(
            order=Order.from_model(edited.order), shipping_address_changed=edited.shipping_address_changed
        )

    @strawberry.mutation(
        description="Cancel some or all units of one order line with a reason, before they are picked: the waiting "
        "units first, then reserved ones (released); the totals are recomputed."
    )
    async def order_line_cancel(self, info: Info, input: OrderLineCancelInput) -> OrderLineCancelPayload:
        order, line = await order_line_cancel.cancel_line(
            principal_of(info),
            line_id=decode_pk(input.line, "OrderLine", field="line"),
            quantity=input.quantity,
            reason=input.reason,
        )
        return OrderLineCancelPayload(
            order=Order.from_model(order), line=OrderLine.from_model(line, order.currency, order.status)
        )

    @strawberry.mutation(
        description="Replace an order's shipping charge, tax lines and discounts; total = subtotal + shipping + "
        "tax - discounts. Refused once money is captured."
    )
    async def order_charges_set(self, info: Info, input: OrderChargesSetInput) -> OrderChargesSetPayload:
        order = await order_payments.set_charges(
            principal_of(info),
            order_id=decode_pk(input.id, "Order", field="id"),
            shipping_amount=input.shipping_amount,
            tax_lines=[TaxLineDraft(t.name, t.rate, t.amount) for t in input.tax_lines],
            discounts=[DiscountDraft(d.code, d.amount) for d in input.discounts],
        )
        return OrderChargesSetPayload(order=Order.from_model(order))

    @strawberry.mutation(
        description="Record an authorization, capture or void reported by the payment gateway; the order's "
        "financialStatus follows (refunds move it too: refundRecord)."
    )
    async def order_payment_record(self, info: Info, input: OrderPaymentRecordInput) -> OrderPaymentRecordPayload:
        order, payment = await order_payments.record_payment(
            principal_of(info),
            order_id=decode_pk(input.id, "Order", field="id"),
            kind=input.kind,
            amount=input.amount,
            reference=input.reference,
        )
        return OrderPaymentRecordPayload(order=Order.from_model(order), payment=Payment.from_model(payment))

    @strawberry.mutation(description="Set an order's billing address, phone, note or tags.")
    async def order_update(self, info: Info, input: OrderUpdateInput) -> OrderUpdatePayload:
        order = await order_details.update_details(
            principal_of(info),
            order_id=decode_pk(input.id, "Order", field="id"),
            draft=order_details.DetailsDraft(
                billing_address=input.billing_address.to_draft() if input.billing_address else None,
                phone=input.phone,
                note=input.note,
                tags=input.tags,
            ),
        )
        return OrderUpdatePayload(order=Order.from_model(order))

    @strawberry.mutation(description="Set and remove an order's metadata keys (private ones: staff only).")
    async def order_metadata_update(self, info: Info, input: OrderMetadataUpdateInput) -> OrderMetadataUpdatePayload:
        order = await order_details.update_metadata(
            principal_of(info),
            order_id=decode_pk(input.id, "Order", field="id"),
            items=[(item.key, item.value) for item in input.items],
            remove=input.remove,
            private=input.private,
        )
        return OrderMetadataUpdatePayload(order=Order.from_model(order))
