"""Many orders in one call: `orderBulkCreate` (services/bulk.py)."""

from __future__ import annotations

import strawberry

from resolvers.context import Info, principal_of
from resolvers.orders import draft_from_input
from schema.bulk import BulkErrorPolicy, OrderBulkCreateInput, OrderBulkCreatePayload, OrderBulkCreateResult
from schema.common import ErrorCode, UserError, user_errors
from schema.orders import Order
from services import bulk
from services.errors import DomainError


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Place up to 500 orders through orderCreate's pipeline, in one transaction; REJECT_ALL "
        "stores none if any fails, SKIP_FAILED stores the rest. Idempotent per order as orderCreate."
    )
    async def order_bulk_create(self, info: Info, input: OrderBulkCreateInput) -> OrderBulkCreatePayload:
        reject_all = input.error_policy is BulkErrorPolicy.REJECT_ALL
        outcomes = await bulk.place_orders(
            principal_of(info), [draft_from_input(o) for o in input.orders], reject_all=reject_all
        )
        results = [
            OrderBulkCreateResult(
                index=index,
                order=Order.from_model(outcome.order) if outcome.order is not None else None,
                replayed=outcome.order is not None and not outcome.created,
                user_errors=user_errors(DomainError(outcome.problems)),
            )
            for index, outcome in enumerate(outcomes)
        ]
        failed = sum(1 for o in outcomes if o.problems)
        refused = (
            [UserError(field=["orders"], message=f"{failed} order(s) failed; none was stored.", code=ErrorCode.INVALID)]
            if failed and reject_all
            else []
        )
        return OrderBulkCreatePayload(
            results=results,
            created=sum(1 for o in outcomes if o.order is not None and o.created),
            replayed=sum(1 for r in results if r.replayed),
            failed=failed,
            user_errors=refused,
        )
