"""Returns and refunds: types, inputs and payloads."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import strawberry

from models import returns as m
from schema.common import Money, Node, UserError, describe_values, to_global_id

ReturnStatus = m.ReturnStatus
strawberry.enum(ReturnStatus, name="ReturnStatus", description="Where a return stands.")
describe_values(
    ReturnStatus,
    REQUESTED="Expected back, nothing received yet.",
    PARTIALLY_RECEIVED="Some units arrived.",
    RECEIVED="Every unit arrived.",
)
ReturnCondition = m.ReturnCondition
strawberry.enum(ReturnCondition, name="ReturnCondition", description="What to do with a returned unit.")
describe_values(
    ReturnCondition, RESTOCK="Fit to sell: back into available stock.", DISPOSE="Not fit to sell: written off."
)


@strawberry.type(description="Units of one product on a return, and what became of them.")
class ReturnLine:
    sku: str = strawberry.field(description="The product's SKU.")
    quantity: int = strawberry.field(description="Units to come back.")
    reason: str = strawberry.field(description="Why the customer returns them.")
    restocked_quantity: int = strawberry.field(description="Units received and put back into stock.")
    disposed_quantity: int = strawberry.field(description="Units received and written off.")


@strawberry.type(description="A return (RMA): shipped units a customer sends back.")
class ReturnRequest(Node):
    number: str = strawberry.field(description="The return number (RMA) given to the customer.")
    status: ReturnStatus = strawberry.field(description="Where the return stands.")
    created_at: datetime = strawberry.field(description="When it was created.")
    lines: list[ReturnLine] = strawberry.field(description="What comes back.")

    @classmethod
    def from_model(cls, row: m.ReturnRequest, lines: list[m.ReturnLine]) -> ReturnRequest:
        return cls(
            id=to_global_id("ReturnRequest", row.id),
            number=row.number,
            status=m.ReturnStatus(row.status),
            created_at=row.created_at,
            lines=[
                ReturnLine(
                    sku=ln.sku,
                    quantity=ln.quantity,
                    reason=ln.reason,
                    restocked_quantity=ln.restocked_quantity,
                    disposed_quantity=ln.disposed_quantity,
                )
                for ln in lines
            ],
        )


@strawberry.type(description="Money given back on an order.")
class Refund(Node):
    amount: Money = strawberry.field(description="How much was given back.")
    note: str | None = strawberry.field(description="Why, or how it was paid.")
    actor: str = strawberry.field(description="Who recorded it.")
    created_at: datetime = strawberry.field(description="When it was created.")

    @classmethod
    def from_model(cls, row: m.Refund) -> Refund:
        return cls(
            id=to_global_id("Refund", row.id),
            amount=Money(amount=row.amount, currency=row.currency),
            note=row.note,
            actor=row.actor,
            created_at=row.created_at,
        )


@strawberry.input(description="Units of one product to return, and why.")
class ReturnLineInput:
    sku: str = strawberry.field(description="The product's SKU.")
    quantity: int = strawberry.field(description="Units to return (at most those shipped and not yet returned).")
    reason: str = strawberry.field(description="Why.")


@strawberry.input(description="What `returnRequest` is asked to do.")
class ReturnRequestInput:
    order: strawberry.ID = strawberry.field(description="The order's global id.")
    lines: list[ReturnLineInput] = strawberry.field(description="What to return.")


@strawberry.input(description="Units of one product that arrived back, and what to do with them.")
class ReturnReceiveLineInput:
    sku: str = strawberry.field(description="The product's SKU.")
    quantity: int = strawberry.field(description="Units that arrived.")
    condition: ReturnCondition = strawberry.field(description="Restock or dispose.")


@strawberry.input(description="What `returnReceive` is asked to do.")
class ReturnReceiveInput:
    id: strawberry.ID = strawberry.field(description="The return (RMA).")
    lines: list[ReturnReceiveLineInput] = strawberry.field(description="What arrived, and in what condition.")
    warehouse: str | None = strawberry.field(
        default=None, description="Where it arrived (default: where it shipped from)."
    )


@strawberry.input(description="What `refundRecord` is asked to do.")
class RefundRecordInput:
    order: strawberry.ID = strawberry.field(description="The order's global id.")
    amount: Decimal = strawberry.field(description="How much was given back, in the order's currency.")
    return_request: strawberry.ID | None = strawberry.field(
        default=None, description="The return request it is for, if any (its global id)."
    )
    return_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="The former name of returnRequest.",
        deprecation_reason="Use returnRequest (inputs name the object, not its id). Removed in the next release.",
    )
    note: str | None = strawberry.field(default=None, description="Why, or how it was paid.")


@strawberry.type(description="What `returnRequest` and `returnReceive` did: the result, or userErrors saying why not.")
class ReturnRequestPayload:
    return_request: ReturnRequest | None = strawberry.field(
        default=None, description="The return request as it is now (null when userErrors say why not)."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )


@strawberry.type(description="What `refundRecord` did: the result, or userErrors saying why not.")
class RefundRecordPayload:
    refund: Refund | None = strawberry.field(
        default=None, description="The refund as it is now (null when userErrors say why not)."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )
