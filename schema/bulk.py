"""Many orders in one call: `orderBulkCreate`'s input, policy and per-order results."""

from __future__ import annotations

from enum import Enum

import strawberry

from schema.common import UserError
from schema.order_mutations import OrderCreateInput
from schema.orders import Order


@strawberry.enum(description="What a failed order does to the others of an orderBulkCreate.")
class BulkErrorPolicy(Enum):
    REJECT_ALL = strawberry.enum_value("REJECT_ALL", description="Any failure: nothing is stored.")
    SKIP_FAILED = strawberry.enum_value("SKIP_FAILED", description="Failed orders are left out, the rest stored.")


@strawberry.input(description="Orders to place together (at most 500), and what a failure does.")
class OrderBulkCreateInput:
    orders: list[OrderCreateInput] = strawberry.field(
        description="Each as orderCreate takes it; idempotent on (channel, externalRef) and idempotencyKey."
    )
    error_policy: BulkErrorPolicy = strawberry.field(
        default=BulkErrorPolicy.REJECT_ALL, description="REJECT_ALL (the default) or SKIP_FAILED."
    )


@strawberry.type(description="What became of one order of an orderBulkCreate.")
class OrderBulkCreateResult:
    index: int = strawberry.field(description="The order's position in `input.orders` (from 0).")
    order: Order | None = strawberry.field(
        default=None, description="The stored order (null when it failed, or when REJECT_ALL stored nothing)."
    )
    replayed: bool = strawberry.field(
        default=False, description="True when the order had been taken before: nothing new was written for it."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why this order failed; fields relative to the order."
    )


@strawberry.type(description="The outcome of an orderBulkCreate, order by order.")
class OrderBulkCreatePayload:
    results: list[OrderBulkCreateResult] = strawberry.field(
        default_factory=list, description="One per input order, in input order."
    )
    created: int = strawberry.field(default=0, description="How many orders this call stored.")
    replayed: int = strawberry.field(default=0, description="How many had been stored before (nothing new).")
    failed: int = strawberry.field(default=0, description="How many failed.")
    user_errors: list[UserError] = strawberry.field(
        default_factory=list,
        description="Problems with the call as a whole (input outside its domains refuses every order, "
        "fields named from `orders`), or REJECT_ALL's refusal when an order failed.",
    )
