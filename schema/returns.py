"""Returns and refunds: types, inputs and payloads."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import strawberry

from models import returns as m
from schema.common import Money, Node, UserError, to_global_id

ReturnStatus = m.ReturnStatus
strawberry.enum(ReturnStatus, name="ReturnStatus")
ReturnCondition = m.ReturnCondition
strawberry.enum(ReturnCondition, name="ReturnCondition")


@strawberry.type
class ReturnLine:
    sku: str
    quantity: int
    reason: str
    restocked_quantity: int
    disposed_quantity: int


@strawberry.type
class ReturnRequest(Node):
    number: str
    status: ReturnStatus
    created_at: datetime
    lines: list[ReturnLine]

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


@strawberry.type
class Refund(Node):
    amount: Money
    note: str | None
    actor: str
    created_at: datetime

    @classmethod
    def from_model(cls, row: m.Refund) -> Refund:
        return cls(
            id=to_global_id("Refund", row.id),
            amount=Money(amount=row.amount, currency=row.currency),
            note=row.note,
            actor=row.actor,
            created_at=row.created_at,
        )


@strawberry.input
class ReturnLineInput:
    sku: str
    quantity: int
    reason: str


@strawberry.input
class ReturnRequestInput:
    order: strawberry.ID
    lines: list[ReturnLineInput]


@strawberry.input
class ReturnReceiveLineInput:
    sku: str
    quantity: int
    condition: ReturnCondition


@strawberry.input
class ReturnReceiveInput:
    id: strawberry.ID = strawberry.field(description="The return (RMA).")
    lines: list[ReturnReceiveLineInput]
    warehouse: str | None = strawberry.field(
        default=None, description="Where it arrived (default: where it shipped from)."
    )


@strawberry.input
class RefundRecordInput:
    order: strawberry.ID
    amount: Decimal
    return_id: strawberry.ID | None = None
    note: str | None = None


@strawberry.type
class ReturnRequestPayload:
    return_request: ReturnRequest | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class RefundRecordPayload:
    refund: Refund | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)
