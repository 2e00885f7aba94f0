"""Returns and refunds: the root mutations."""

from __future__ import annotations

import strawberry

from resolvers.context import Info, principal_of
from schema.common import decode_pk, renamed
from schema.returns import (
    Refund,
    RefundRecordInput,
    RefundRecordPayload,
    ReturnCondition,
    ReturnReceiveInput,
    ReturnRequest,
    ReturnRequestInput,
    ReturnRequestPayload,
)
from services import returns as svc


async def _return_payload(info: Info, row: svc.ReturnRequest) -> ReturnRequestPayload:
    lines = await info.context.loaders.return_lines.load(row.id)
    return ReturnRequestPayload(return_request=ReturnRequest.from_model(row, lines))


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Ask to return shipped units (customers: their own orders).")
    async def return_request(self, info: Info, input: ReturnRequestInput) -> ReturnRequestPayload:
        rma = await svc.request_return(
            principal_of(info),
            order_id=decode_pk(input.order, "Order", field="order"),
            lines=[svc.ReturnLineDraft(sku=ln.sku, quantity=ln.quantity, reason=ln.reason) for ln in input.lines],
        )
        return await _return_payload(info, rma)

    @strawberry.mutation(description="Returned goods arrive: restock (through the ledger) or dispose.")
    async def return_receive(self, info: Info, input: ReturnReceiveInput) -> ReturnRequestPayload:
        rma = await svc.receive_return(
            principal_of(info),
            return_id=decode_pk(input.id, "ReturnRequest", field="id"),
            warehouse=input.warehouse,
            lines=[
                svc.ReceivedLine(sku=ln.sku, quantity=ln.quantity, condition=ReturnCondition(ln.condition))
                for ln in input.lines
            ],
        )
        return await _return_payload(info, rma)

    @strawberry.mutation(description="Record money given back (never more than the order total).")
    async def refund_record(self, info: Info, input: RefundRecordInput) -> RefundRecordPayload:
        rma = renamed(input.return_request, input.return_id, field="returnRequest", old_field="returnId")
        refund = await svc.record_refund(
            principal_of(info),
            order_id=decode_pk(input.order, "Order", field="order"),
            amount=input.amount,
            return_id=decode_pk(rma, "ReturnRequest", field="returnRequest") if rma else None,
            note=input.note,
        )
        return RefundRecordPayload(refund=Refund.from_model(refund))
