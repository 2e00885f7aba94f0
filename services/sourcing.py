"""Sourcing orders that still lack units: retries, backorder fills, shortfalls, and the
dry run of sourcing (`preview_allocation`).

`fill_backorders` and `source_shortfall` are reactions (see `services.wiring`): stock
arriving anywhere and short picks record a durable job in their own transaction, and the
job calls these once that has committed, so a crash in between loses nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.expressions import Q, Subquery

from models.catalog import AllocationStrategy, BackorderPolicy, Channel
from models.orders import Order, OrderLine, OrderStatus
from services.access import Principal
from services.allocation import (
    Need,
    Plan,
    allocate_order,
    build_plan,
    eligible_warehouses,
    outstanding_needs,
    plan_for_channel,
    sellable,
    settle_status,
    split_dropship,
    status_for,
)
from services.db import connection
from services.errors import DomainError, ErrorCode
from services.geography import Destination, coordinates, distance_km, rank_warehouses
from services.order_drafts import OrderDraft, cannot_ship, check_draft
from services.orders import require_order
from services.stock import lock_rows
from services.task_creation import create_pick_tasks
from services.uow import unit_of_work

ALLOCATABLE = frozenset({OrderStatus.PENDING, OrderStatus.BACKORDERED, OrderStatus.PARTIALLY_ALLOCATED})
# Orders whose missing units are still sourced when stock arrives or a pick comes up short.
STILL_SOURCING = ALLOCATABLE | {OrderStatus.PICKING, OrderStatus.PACKED, OrderStatus.PARTIALLY_SHIPPED}
# Orders a short pick may have left short: any that is still to be picked or shipped.
SHORT_ONES = STILL_SOURCING | {OrderStatus.ALLOCATED}
# Waiting for units that stock arriving could fill (the oldest first).
WAITING = frozenset(STILL_SOURCING - {OrderStatus.PENDING})


async def allocate_now(principal: Principal, *, order_id: int) -> Order:
    """`orderAllocate`: try again to source what an order still lacks."""
    order = await require_order(principal, order_id)
    if order.status not in ALLOCATABLE:
        raise DomainError.one(
            ErrorCode.INVALID_TRANSITION,
            f"Order {order.number} is {order.status}; only waiting orders allocate.",
            ["id"],
        )
    await allocate_waiting_order(order_id=order.id, actor=principal.actor)
    await order.refresh_from_db()
    return order


async def allocate_waiting_order(
    *, order_id: int, actor: str, statuses: frozenset[OrderStatus] = STILL_SOURCING
) -> bool:
    """Allocate what a waiting order still needs; True when anything was reserved.

    The order row is locked first so two fillers cannot both source the same line.
    """
    async with unit_of_work() as conn:
        order = await Order.filter(id=order_id).using_db(conn).select_for_update().first()
        if order is None or order.status not in statuses:
            return False
        channel = await Channel.filter(id=order.channel_id).using_db(conn).get()
        total, needs = await outstanding_needs(order, conn)
        reserved_any = False
        if needs:
            plan = await allocate_order(order, channel=channel, needs=needs, actor=actor, conn=conn)
            await create_pick_tasks(order, plan.picks, conn=conn)
            reserved_any = bool(plan.picks)
            outstanding = sum(n.quantity for n in needs) - sum(p.quantity for p in plan.picks)
            reason = plan.reason
        else:
            outstanding, reason = 0, "allocated"
        if status_for(total, outstanding) != order.status:
            await settle_status(
                order, total_units=total, outstanding_units=outstanding, actor=actor, conn=conn, reason=reason
            )
    return reserved_any


async def fill_backorders(product_ids: Iterable[int], *, actor: str, page: int = 200) -> int:
    """Allocate newly available stock to waiting orders, oldest first; returns orders served.

    Walks the waiting orders a page at a time and stops after a page that got nothing
    (the new stock is used up), so a large receipt reaches every backorder it can cover.
    """
    products = sorted(set(product_ids))
    if not products:
        return 0
    served = 0
    after: tuple[datetime, int] | None = None
    while True:
        query = Order.filter(
            status__in=sorted(WAITING),
            id__in=Subquery(OrderLine.filter(product_id__in=products).values("order_id")),
        )
        if after is not None:
            query = query.filter(Q(created_at__gt=after[0]) | Q(created_at=after[0], id__gt=after[1]))
        waiting = await query.order_by("created_at", "id").limit(page).values_list("created_at", "id")
        progress = 0
        for _created_at, order_id in waiting:
            try:
                progress += int(await allocate_waiting_order(order_id=int(order_id), actor=actor))
            except DomainError:  # changed meanwhile (cancelled, held): nothing to fill
                continue
        served += progress
        if len(waiting) < page or not progress:
            return served
        after = (waiting[-1][0], int(waiting[-1][1]))


async def source_shortfall(*, order_id: int, actor: str) -> bool:
    """After a short pick: source the missing units again (another warehouse, or wait).
    A short can come before the first scan, while the order is still ALLOCATED."""
    return await allocate_waiting_order(order_id=order_id, actor=actor, statuses=SHORT_ONES)


# The durable reactions' entry points (payloads as `services.reactions.AfterCommit` says).


async def on_stock_arrived(payload: dict[str, Any]) -> None:
    await fill_backorders([int(p) for p in payload["product_ids"]], actor=str(payload["actor"]))


async def on_units_short(payload: dict[str, Any]) -> None:
    await source_shortfall(order_id=int(payload["order_id"]), actor=str(payload["actor"]))


# --- allocation preview -------------------------------------------------------------------


@dataclass(frozen=True)
class PreviewOption:
    strategy: AllocationStrategy
    allow_split: bool
    plan: Plan
    distance_km: float | None
    chosen: bool  # what orderCreate would do now, per the channel's rules


@dataclass(frozen=True)
class Preview:
    channel: Channel
    options: list[PreviewOption]  # the chosen plan first, then the alternatives best first
    # What orderCreate would answer instead of an order (a REJECT channel that cannot ship it all).
    rejection: DomainError | None


async def preview_allocation(principal: Principal, draft: OrderDraft) -> Preview:
    """Dry run of sourcing, nothing reserved or written: the plan `orderCreate` would apply
    (the same `plan_for_channel`, on the same sellable units) first, then the plans the
    other strategies would make, ranked best first."""
    channel, products, _currency = await check_draft(principal, draft)
    assert draft.shipping_address is not None
    address = draft.shipping_address
    destination = Destination(address.country.strip().upper(), address.region, address.latitude, address.longitude)
    needs = [Need(products[ln.sku].id, ln.quantity, products[ln.sku].dropship_supplier_id) for ln in draft.lines]
    stocked, dropship = split_dropship(needs)
    conn = connection()
    warehouses = await eligible_warehouses(channel.id, conn)
    rows = await lock_rows(
        conn, product_ids=[n.product_id for n in stocked], warehouse_ids=[w.id for w in warehouses], lock=False
    )
    available = sellable(rows, respect_safety_stock=channel.respect_safety_stock)
    by_id = {w.id: w for w in warehouses}
    there = coordinates(destination.latitude, destination.longitude)

    def option(strategy: AllocationStrategy, split: bool, plan: Plan, chosen: bool) -> PreviewOption:
        points = [coordinates(by_id[i].latitude, by_id[i].longitude) for i in plan.warehouse_ids]
        distances = [distance_km(here, there) for here in points if here and there]
        far = round(max(distances), 1) if distances else None
        return PreviewOption(strategy=strategy, allow_split=split, plan=plan, distance_km=far, chosen=chosen)

    def picks_key(plan: Plan) -> tuple[tuple[int, int, int], ...]:
        return tuple(sorted((p.product_id, p.warehouse_id, p.quantity) for p in plan.picks))

    chosen_plan = plan_for_channel(channel, needs, warehouses=warehouses, rows=rows, destination=destination)
    chosen = option(AllocationStrategy(channel.allocation_strategy), channel.allow_split, chosen_plan, True)
    alternatives: dict[tuple[tuple[int, int, int], ...], PreviewOption] = {picks_key(chosen_plan): chosen}
    for strategy in AllocationStrategy:
        for split in (True, False):
            plan = build_plan(strategy, split, stocked, available, rank_warehouses(strategy, warehouses, destination))
            plan.dropship = dropship
            alternatives.setdefault(picks_key(plan), option(strategy, split, plan, False))
    ranked = sorted(
        (o for o in alternatives.values() if not o.chosen),
        key=lambda o: (
            not o.plan.complete,
            sum(o.plan.unfilled.values()),
            len(o.plan.warehouse_ids),
            o.distance_km if o.distance_km is not None else float("inf"),
        ),
    )
    rejection = None
    if not chosen_plan.complete and channel.backorder_policy == BackorderPolicy.REJECT:
        rejection = cannot_ship(draft, products, chosen_plan.unfilled, allow_split=channel.allow_split)
    return Preview(channel=channel, options=[chosen, *ranked], rejection=rejection)
