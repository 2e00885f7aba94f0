"""Many orders in one call (`orderBulkCreate`, `oms import orders`): each through `place_order`,
the very path of `orderCreate`, in one transaction with a savepoint per order.

- REJECT_ALL: if any order fails, the transaction rolls back and nothing is stored; every
  order's problems are reported.
- SKIP_FAILED: a failed order's savepoint rolls back, the others commit together.

Idempotent as `orderCreate` is (channel + externalRef, idempotencyKey): sending the same
orders again stores nothing new and answers with the stored orders (`created` false).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from models.orders import Order
from services.access import Principal
from services.errors import DomainError, Problem
from services.order_drafts import OrderDraft
from services.orders import place_order
from services.uow import unit_of_work

MAX_ORDERS = 500


@dataclass(frozen=True)
class Outcome:
    order: Order | None
    created: bool = False
    problems: list[Problem] = field(default_factory=list)


class _RollBack(Exception):
    """Leaves the bulk transaction when REJECT_ALL meets a failed order."""


async def place_orders(principal: Principal, drafts: Sequence[OrderDraft], *, reject_all: bool) -> list[Outcome]:
    """One outcome per draft, in order (see the module's docstring for the two policies)."""
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
