"""Many orders in one call (`orderBulkCreate`, `oms import orders`): the batch placed with
set-based SQL (`services.order_batch`: the rows `place_order`, the path of `orderCreate`,
would write for each), or, for a batch that path gives way on, each order through
`place_order` in one transaction with a savepoint per order.

- REJECT_ALL: if any order fails, the transaction rolls back and nothing is stored; every
  order's problems are reported.
- SKIP_FAILED: a failed order is left out (one at a time: its savepoint rolls back), the
  others are stored; a batch may be committed in parts (each order all-or-nothing).

Idempotent as `orderCreate` is (channel + externalRef, idempotencyKey): sending the same
orders again stores nothing new and answers with the stored orders (`created` false).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import takewhile

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
    if reject_all:  # one transaction for the whole call
        try:
            return [o or Outcome(None) for o in await place_batch(principal, drafts, reject_all=True)]
        except GiveWay:
            return await _one_by_one(principal, drafts, reject_all=True)
    outcomes: list[Outcome] = []
    while len(outcomes) < len(drafts):
        rest = drafts[len(outcomes) :]
        try:
            placed = await place_batch(principal, rest, reject_all=False)
        except GiveWay:
            return outcomes + await _one_by_one(principal, rest, reject_all=False)
        done = list(takewhile(lambda outcome: outcome is not None, placed))
        outcomes += [o for o in done if o is not None]
        if len(done) < len(rest):  # stopped before an order that reaches a low-stock edge
            outcomes += await _one_by_one(principal, rest[len(done) : len(done) + 1], reject_all=False)
    return outcomes


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
