"""A batch of orders placed with set-based SQL (`orderBulkCreate`, `oms import orders`).

`place_order` one at a time costs about ten statements per order, and the bulk call added a
savepoint (two more) around each. Here a batch costs a fixed handful whatever its size:

  before the transaction: the channel, the products, the orders the batch repeats (one
  query each); then in one transaction: the eligible warehouses and the stock rows of every
  SKU of the batch locked at once (id order); the batch planned in memory, order after
  order, each against what the ones before it left (as one transaction per order would
  see it); the customers (one upsert); the orders, inserted with their final status (one
  INSERT); one conditional stock UPDATE for every reservation; the pick tasks (one INSERT);
  and, held back to the commit in one statement, the lines, allocations, task lines,
  ledger, history, outbox and notifications.

The rows are those `place_order` writes for the same drafts one after another (the tests
compare them). Where the batch could differ, or cannot be written as planned, it gives way
(`GiveWay`) and the caller places the batch one order at a time: drafts repeating each
other's references, several channels, drop-shipped SKUs, or a unique constraint broken by a
concurrent writer. An order whose reservation takes a stock row to its low-stock edge (the
event and its reactions are raised by the order that crosses it) is placed alone: the batch
stops before it (REJECT_ALL: gives way). Orders stay all-or-nothing each: a draft that
fails is left out, the rest of its batch is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q

from models.catalog import BackorderPolicy, Channel, Product
from models.inserts import insert_all, insert_later
from models.inventory import MovementReason
from models.orders import Order, OrderStatus
from services.access import Principal
from services.allocation import (
    Plan,
    allocation_rows,
    eligible_warehouses,
    plan_for_channel,
    status_for,
)
from services.errors import DomainError, Problem
from services.geography import Destination
from services.order_drafts import MAX_LINES, OrderDraft, cannot_ship, judge_draft
from services.order_status import write_history
from services.orders import (
    Priced,
    check_replay,
    needs_of,
    new_lines,
    new_order,
    new_tags,
    placed_hops,
    price_lines,
    upsert_customers,
)
from services.reactions import OrderPlaced, Within, run_within
from services.stock import StockChange, StockRow, apply_changes, lock_rows
from services.task_creation import insert_new_tasks, record_new_tasks
from services.uow import unit_of_work


class GiveWay(Exception):
    """The batch is one the set-based path does not place exactly as `place_order` would:
    place it one order at a time (nothing of it was written)."""


@dataclass(frozen=True)
class Outcome:
    """A draft's outcome: the order (new, or the one it repeats) or its problems."""

    order: Order | None
    created: bool = False
    problems: list[Problem] = field(default_factory=list)


@dataclass
class _New:
    index: int
    draft: OrderDraft
    priced: Priced
    subtotal: Decimal
    currency: str
    fingerprint: str


async def place_batch(
    principal: Principal, drafts: Sequence[OrderDraft], *, reject_all: bool
) -> Sequence[Outcome | None]:
    """One outcome per draft, in order; with `reject_all` nothing is stored if any fails (all
    outcomes then carry no order). Raises GiveWay (see the module's docstring).

    Without `reject_all`, an order that would take a stock row to its low-stock edge ends
    the batch before it: the orders before it are stored, and it and the drafts after it
    answer None, for the caller to place it alone and the rest as another batch."""
    if len({d.channel for d in drafts}) > 1:
        raise GiveWay
    refs = [d.external_ref for d in drafts]
    keys = [d.idempotency_key for d in drafts if d.idempotency_key is not None]
    if len(set(refs)) < len(refs) or len(set(keys)) < len(keys):
        raise GiveWay  # a draft repeating another of the batch is answered by it
    channel = await Channel.get_or_none(code=drafts[0].channel) if drafts else None
    skus = sorted({line.sku for d in drafts for line in d.lines[:MAX_LINES]})
    catalogue = {p.sku: p for p in await Product.filter(sku__in=skus)} if skus else {}
    if any(p.dropship_supplier_id is not None for p in catalogue.values()):
        raise GiveWay
    outcomes: list[Outcome | None] = [None] * len(drafts)
    fresh: list[_New] = []
    for index, draft in enumerate(drafts):
        try:
            _, products, currency = judge_draft(principal, draft, channel, catalogue)
        except DomainError as error:
            outcomes[index] = Outcome(None, problems=error.problems)
            continue
        priced, subtotal = price_lines(draft, products)
        fresh.append(_New(index, draft, priced, subtotal, currency, draft.fingerprint()))
    if fresh and channel is not None:
        for new, placed in zip(
            fresh, await _repeats(channel, [n.draft for n in fresh], fingerprints=fresh), strict=True
        ):
            outcomes[new.index] = placed
        fresh = [new for new in fresh if outcomes[new.index] is None]
    if fresh and channel is not None and not (reject_all and any(o is not None and o.problems for o in outcomes)):
        try:
            stopped = await _write(principal, channel, fresh, outcomes, reject_all=reject_all)
        except (IntegrityError, DomainError):
            # Rolled back: a concurrent writer took one of the references, or (never with the
            # rows locked) the stock UPDATE refused; one order at a time answers each exactly.
            raise GiveWay from None
        if stopped is not None:
            return [o if i < stopped else None for i, o in enumerate(outcomes)]
    done = [o if o is not None else Outcome(None) for o in outcomes]
    if reject_all and any(o.problems for o in done):
        return [Outcome(None, problems=o.problems) for o in done]
    return done


async def _repeats(channel: Channel, drafts: list[OrderDraft], *, fingerprints: list[_New]) -> list[Outcome | None]:
    """For each draft, the stored order it repeats (or its IDEMPOTENCY_CONFLICT), one query
    for all; None for a new one."""
    match = Q(external_ref__in=[d.external_ref for d in drafts])
    keys = [d.idempotency_key for d in drafts if d.idempotency_key is not None]
    if keys:
        match |= Q(idempotency_key__in=keys)
    stored = await Order.filter(match, channel_id=channel.id)
    by_ref = {o.external_ref: o for o in stored}
    by_key = {o.idempotency_key: o for o in stored if o.idempotency_key is not None}
    found: list[Outcome | None] = []
    for draft, new in zip(drafts, fingerprints, strict=True):
        existing = by_ref.get(draft.external_ref) or (
            by_key.get(draft.idempotency_key) if draft.idempotency_key is not None else None
        )
        if existing is None:
            found.append(None)
            continue
        try:
            check_replay(existing, draft, new.fingerprint)
        except DomainError as error:
            found.append(Outcome(None, problems=error.problems))
        else:
            found.append(Outcome(existing, created=False))
    return found


class _RollBack(Exception):
    """Leaves the batch's transaction when REJECT_ALL meets an order the stock refuses."""


async def _write(
    principal: Principal, channel: Channel, fresh: list[_New], outcomes: list[Outcome | None], *, reject_all: bool
) -> int | None:
    """Store the batch's new orders; returns the index of the draft the batch stopped before
    (see `place_batch`), or None."""
    actor = principal.actor
    stopped: int | None = None
    try:
        async with unit_of_work() as conn:
            warehouses = await eligible_warehouses(channel.id, conn)
            product_ids = sorted({product.id for new in fresh for _, product, *_ in new.priced})
            rows = await lock_rows(conn, product_ids=product_ids, warehouse_ids=[w.id for w in warehouses])
            # What each order sees: the rows as the orders before it in the batch left them.
            seen = {key: replace(row) for key, row in rows.items()}
            accepted: list[tuple[_New, OrderStatus, Plan]] = []
            for new in fresh:
                needs = needs_of(new.priced)
                plan = plan_for_channel(channel, needs, warehouses=warehouses, rows=seen, destination=_destination(new))
                if not plan.complete and channel.backorder_policy == BackorderPolicy.REJECT:
                    products = {product.sku: product for _, product, *_ in new.priced}
                    error = cannot_ship(new.draft, products, plan.unfilled, allow_split=channel.allow_split)
                    outcomes[new.index] = Outcome(None, problems=error.problems)
                    continue
                if any(_reaches_edge(seen[(p.product_id, p.warehouse_id)], p.quantity) for p in plan.picks):
                    # This order raises the low-stock edge (event and reactions): it is placed alone.
                    if reject_all:
                        raise GiveWay
                    stopped = new.index
                    break
                for pick in plan.picks:
                    seen[(pick.product_id, pick.warehouse_id)].reserved += pick.quantity
                accepted.append((new, status_for(sum(n.quantity for n in needs), sum(plan.unfilled.values())), plan))
            if reject_all and len(accepted) < len(fresh):
                raise _RollBack
            if not accepted:
                return stopped
            customers = await upsert_customers(conn, [(_email(n.draft), n.draft.customer_name) for n, _, _ in accepted])
            placed: list[tuple[_New, Order, Plan]] = []
            for new, status, plan in accepted:
                order = new_order(
                    channel,
                    new.draft,
                    customer_id=customers[_email(new.draft)].id,
                    currency=new.currency,
                    subtotal=new.subtotal,
                    fingerprint=new.fingerprint,
                )
                order.status = status
                placed.append((new, order, plan))
            await insert_all([order for _, order, _ in placed], using_db=conn)
            await apply_changes(conn, _reservations(placed, rows, channel), actor=actor)
            products_by_id = {product.id: product for new, _, _ in placed for _, product, *_ in new.priced}
            tasks = await insert_new_tasks([(order, plan.picks) for _, order, plan in placed], conn=conn)
            for new, order, plan in placed:
                await insert_later(new_lines(order, new.priced), using_db=conn)
                await insert_later(new_tags(order, new.draft), using_db=conn)
                await insert_later(allocation_rows(order, plan), using_db=conn)
                await record_new_tasks(tasks[order.id], products=products_by_id, conn=conn)
                await write_history(
                    order, placed_hops(OrderStatus(order.status), plan.reason), actor=actor, using_db=conn
                )
                await run_within(
                    Within.ORDER_PLACED, conn, OrderPlaced(order, customers[_email(new.draft)].email, channel)
                )
                outcomes[new.index] = Outcome(order, created=True)
    except _RollBack:
        return None
    return stopped


def _reaches_edge(row: StockRow, units: int) -> bool:
    """Whether reserving `units` more takes the row to its low-stock edge (as `apply_changes`
    decides it)."""
    return row.available - units <= row.safety_stock and not row.low_stock


def _destination(new: _New) -> Destination:
    """Where the order goes, as `services.allocation.destination_of` reads it from the order."""
    address = new.draft.shipping_address
    assert address is not None
    return Destination(address.country.strip().upper(), address.region, address.latitude, address.longitude)


def _email(draft: OrderDraft) -> str:
    return draft.customer_email.strip().lower()


def _reservations(
    placed: list[tuple[_New, Order, Plan]], rows: dict[tuple[int, int], StockRow], channel: Channel
) -> list[StockChange]:
    """Every placed order's reservations, order after order, each order's in stock-row id
    order (as `services.allocation.reserve` writes them)."""
    changes: list[StockChange] = []
    for _, order, plan in placed:
        reference = f"order:{order.number}"
        for pick in sorted(plan.picks, key=lambda p: rows[(p.product_id, p.warehouse_id)].id):
            changes.append(
                StockChange(
                    rows[(pick.product_id, pick.warehouse_id)],
                    MovementReason.RESERVE,
                    reserved_delta=pick.quantity,
                    reference=reference,
                    keep_safety_stock=channel.respect_safety_stock,
                )
            )
    return changes
