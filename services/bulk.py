"""Many orders in one call (`orderBulkCreate`, `oms import orders`): the batch placed with
set-based SQL (`services.order_batch`: the rows `place_order`, the path of `orderCreate`,
would write for each), or, for a batch that path gives way on, each order through
`place_order` in one transaction with a savepoint per order.

- REJECT_ALL: if any order fails, the transaction rolls back and nothing is stored; every
  order's problems are reported.
- SKIP_FAILED: a failed order's savepoint rolls back, the others commit together.

Idempotent as `orderCreate` is (channel + externalRef, idempotencyKey): sending the same
orders again stores nothing new and answers with the stored orders (`created` false).
"""

from __future__ import annotations

from collections.abc import Sequence

from services.access import Principal
from services.errors import DomainError
from services.order_batch import GiveWay, Outcome, place_batch
from services.order_drafts import OrderDraft
from services.orders import place_order
from services.uow import unit_of_work

MAX_ORDERS = 500


class _RollBack(Exception):
    """Leaves the bulk transaction when REJECT_ALL meets a failed order."""


async def place_orders(principal: Principal, drafts: Sequence[OrderDraft], *, reject_all: bool) -> list[Outcome]:
    """One outcome per draft, in order (see the module's docstring for the two policies)."""
    try:
        return await place_batch(principal, drafts, reject_all=reject_all)
    except GiveWay:
        return await _one_by_one(principal, drafts, reject_all=reject_all)


async def _one_by_one(principal: Principal, drafts: Sequence[OrderDraft], *, reject_all: bool) -> list[Outcome]:
    outcomes: list[Outcome] = []
    try:
        async with unit_of_work():
            for draft in drafts:
                try:
                    placed = await place_order(principal, draft)
                except DomainError as error:
                    outcomes.append(Outcome(None, problems=error.problems))
                else:
                    outcomes.append(Outcome(placed.order, created=placed.created))
            if reject_all and any(outcome.problems for outcome in outcomes):
                raise _RollBack
    except _RollBack:
        return [Outcome(None, problems=outcome.problems) for outcome in outcomes]
    return outcomes
