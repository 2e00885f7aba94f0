"""Sourcing: which warehouse ships which units of an order, and the reservations for it.

Planning is pure (rank warehouses, build a plan from availability); `allocate_order`
runs it against locked stock rows and reserves what the plan takes, in the caller's
transaction. This module is the one writer of `Allocation` rows (`reserve`, `consume`,
`release_reservations`); it knows nothing of picking: the caller turns a plan's picks
into pick tasks.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from tortoise.backends.base.client import BaseDBAsyncClient

from models.catalog import AllocationStrategy, Channel, Product, Warehouse
from models.inserts import insert_all
from models.inventory import Allocation, AllocationStatus, MovementReason
from models.orders import Order, OrderEvent, OrderLine, OrderStatus
from services.order_status import Hop, transition, write_history
from services.sql import sql
from services.stock import StockChange, StockRow, apply_changes, lock_rows


@dataclass(frozen=True)
class Destination:
    country: str
    region: str | None = None
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True)
class Need:
    """Units of an order line (one per product) still to source."""

    product_id: int
    quantity: int
    # Drop-shipped products are sourced from this supplier, not from stock.
    dropship_supplier_id: int | None = None


@dataclass(frozen=True)
class DropShip:
    product_id: int
    supplier_id: int
    quantity: int


@dataclass(frozen=True)
class Pick:
    product_id: int
    warehouse_id: int
    quantity: int


@dataclass
class Plan:
    picks: list[Pick] = field(default_factory=list)
    unfilled: dict[int, int] = field(default_factory=dict)  # product id -> units not sourced
    reason: str = ""
    dropship: list[DropShip] = field(default_factory=list)

    @property
    def warehouse_ids(self) -> list[int]:
        return sorted({p.warehouse_id for p in self.picks})

    @property
    def complete(self) -> bool:
        return not any(self.unfilled.values())


def coordinates(latitude: float | None, longitude: float | None) -> tuple[float, float] | None:
    return (latitude, longitude) if latitude is not None and longitude is not None else None


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def rank_warehouses(
    strategy: AllocationStrategy, warehouses: list[Warehouse], destination: Destination
) -> list[Warehouse]:
    """Warehouses in the order the strategy prefers them."""
    if strategy is not AllocationStrategy.CLOSEST:
        return sorted(warehouses, key=lambda w: (w.priority, w.id))

    def closeness(w: Warehouse) -> tuple[int, float, int, int]:
        same_country = w.country.upper() == destination.country.upper()
        same_region = same_country and bool(w.region) and (w.region or "").upper() == (destination.region or "").upper()
        tier = 0 if same_region else 1 if same_country else 2
        here, there = coordinates(w.latitude, w.longitude), coordinates(destination.latitude, destination.longitude)
        km = distance_km(here, there) if here and there else math.inf
        return (tier, km, w.priority, w.id)

    return sorted(warehouses, key=closeness)


def build_plan(
    strategy: AllocationStrategy,
    allow_split: bool,
    needs: list[Need],
    available: dict[tuple[int, int], int],
    ranked: list[Warehouse],
) -> Plan:
    """Source `needs` from `available` ((product, warehouse) -> units) in `ranked` order."""
    free = dict(available)

    def take(need: Need, warehouse_id: int, want: int) -> int:
        got = min(want, max(free.get((need.product_id, warehouse_id), 0), 0))
        free[(need.product_id, warehouse_id)] = free.get((need.product_id, warehouse_id), 0) - got
        return got

    def fills_all(warehouse_id: int) -> bool:
        return all(free.get((n.product_id, warehouse_id), 0) >= n.quantity for n in needs)

    plan = Plan()
    if not allow_split or strategy is AllocationStrategy.SINGLE_SHIPMENT_FIRST:
        single = next((w for w in ranked if fills_all(w.id)), None)
        if single is not None:
            for need in needs:
                plan.picks.append(Pick(need.product_id, single.id, take(need, single.id, need.quantity)))
            plan.reason = f"one shipment from {single.code}"
            return plan
        if not allow_split:
            plan.unfilled = {n.product_id: n.quantity for n in needs}
            plan.reason = "no single warehouse can ship the whole order and the channel does not split"
            return plan

    remaining = {n.product_id: n.quantity for n in needs}
    if strategy is AllocationStrategy.SINGLE_SHIPMENT_FIRST:
        # Fewest splits (greedy set cover): the warehouse covering the most units first.
        order: list[Warehouse] = []
        pool = list(ranked)
        while pool and any(remaining.values()):
            best = max(
                pool,
                key=lambda w: (
                    sum(min(remaining[n.product_id], max(free.get((n.product_id, w.id), 0), 0)) for n in needs),
                    -ranked.index(w),
                ),
            )
            pool.remove(best)
            order.append(best)
            for need in needs:
                got = take(need, best.id, remaining[need.product_id])
                if got:
                    plan.picks.append(Pick(need.product_id, best.id, got))
                    remaining[need.product_id] -= got
    else:
        for need in needs:
            for warehouse in ranked:
                if not remaining[need.product_id]:
                    break
                got = take(need, warehouse.id, remaining[need.product_id])
                if got:
                    plan.picks.append(Pick(need.product_id, warehouse.id, got))
                    remaining[need.product_id] -= got
    plan.unfilled = {k: v for k, v in remaining.items() if v}
    codes = {w.id: w.code for w in ranked}
    used = ", ".join(codes[w] for w in plan.warehouse_ids) or "no warehouse"
    plan.reason = f"{strategy.value.lower()}: {len(plan.warehouse_ids)} shipment(s) from {used}"
    return plan


async def eligible_warehouses(channel_id: int, conn: BaseDBAsyncClient) -> list[Warehouse]:
    """The channel's linked warehouses, or every warehouse when it has none (one query)."""
    rows = await conn.execute_query_dict(
        sql(
            conn,
            "SELECT * FROM warehouse WHERE id IN (SELECT warehouse_id FROM channel_warehouse WHERE channel_id = ?) "
            "OR NOT EXISTS (SELECT 1 FROM channel_warehouse WHERE channel_id = ?)",
        ),
        [channel_id, channel_id],
    )
    return [Warehouse._init_from_db(**row) for row in rows]


async def outstanding_needs(order: Order, conn: BaseDBAsyncClient) -> tuple[int, list[Need]]:
    """(units ordered, units of each line not yet sourced by a reserved or shipped allocation)."""
    lines = await OrderLine.filter(order_id=order.id).using_db(conn).order_by("id")
    sourced: dict[int, int] = defaultdict(int)
    for alloc in await Allocation.filter(
        order_id=order.id, status__in=[AllocationStatus.RESERVED, AllocationStatus.SHIPPED]
    ).using_db(conn):
        sourced[alloc.product_id] += alloc.quantity
    dropship = dict(
        await Product.filter(id__in=[ln.product_id for ln in lines], dropship_supplier_id__isnull=False)
        .using_db(conn)
        .values_list("id", "dropship_supplier_id")
    )
    needs = [Need(ln.product_id, ln.quantity - sourced[ln.product_id], dropship.get(ln.product_id)) for ln in lines]
    return sum(ln.quantity for ln in lines), [n for n in needs if n.quantity > 0]


def destination_of(order: Order) -> Destination:
    return Destination(order.ship_country, order.ship_region, order.ship_latitude, order.ship_longitude)


async def allocate_order(
    order: Order,
    *,
    channel: Channel,
    needs: list[Need],
    actor: str,
    conn: BaseDBAsyncClient,
) -> Plan:
    """Reserve stock for `needs` per the channel's rules; returns the plan that was applied
    (its picks are the new reservations, for the caller to turn into pick tasks).

    Does not change the order's status (see `settle_status`).
    """
    dropship = [
        DropShip(n.product_id, n.dropship_supplier_id, n.quantity) for n in needs if n.dropship_supplier_id is not None
    ]
    needs = [n for n in needs if n.dropship_supplier_id is None]
    if not needs:
        plan = Plan(reason="drop-shipped by the supplier" if dropship else "nothing to allocate", dropship=dropship)
        await reserve(order, plan, {}, actor=actor, conn=conn)
        return plan
    warehouses = await eligible_warehouses(channel.id, conn)
    ranked = rank_warehouses(AllocationStrategy(channel.allocation_strategy), warehouses, destination_of(order))
    rows = await lock_rows(conn, product_ids=[n.product_id for n in needs], warehouse_ids=[w.id for w in warehouses])
    plan = build_plan(
        AllocationStrategy(channel.allocation_strategy),
        channel.allow_split,
        needs,
        {key: row.available for key, row in rows.items()},
        ranked,
    )
    plan.dropship = dropship
    if dropship:
        plan.reason += f"; {len(dropship)} line(s) drop-shipped"
    await reserve(order, plan, rows, actor=actor, conn=conn)
    return plan


async def reserve(
    order: Order,
    plan: Plan,
    rows: dict[tuple[int, int], StockRow],
    *,
    actor: str,
    conn: BaseDBAsyncClient,
) -> None:
    if not plan.picks and not plan.dropship:
        return
    reference = f"order:{order.number}"
    changes = [
        StockChange(
            rows[(p.product_id, p.warehouse_id)], MovementReason.RESERVE, reserved_delta=p.quantity, reference=reference
        )
        for p in sorted(plan.picks, key=lambda p: rows[(p.product_id, p.warehouse_id)].id)
    ]
    await apply_changes(conn, changes, actor=actor)
    await insert_all(
        [
            Allocation(
                order_id=order.id,
                warehouse_id=p.warehouse_id,
                product_id=p.product_id,
                quantity=p.quantity,
            )
            for p in plan.picks
        ]
        + [
            Allocation(order_id=order.id, supplier_id=d.supplier_id, product_id=d.product_id, quantity=d.quantity)
            for d in plan.dropship
        ],
        using_db=conn,
    )


async def release_reservations(order: Order, *, actor: str, conn: BaseDBAsyncClient) -> set[int]:
    """Release every reserved allocation of `order`; returns the product ids freed (the
    caller cancels the order's open pick tasks)."""
    allocations = await Allocation.filter(order_id=order.id, status=AllocationStatus.RESERVED).using_db(conn)
    # (product, warehouse, units) of the stock-backed ones; drop-ship requests hold no stock.
    held = [(a.product_id, a.warehouse_id, a.quantity) for a in allocations if a.warehouse_id is not None]
    if held:
        rows = await lock_rows(conn, product_ids=[p for p, _, _ in held], warehouse_ids=[w for _, w, _ in held])
        reference = f"order:{order.number}"
        changes = [
            StockChange(rows[(p, w)], MovementReason.RELEASE, reserved_delta=-q, reference=reference)
            for p, w, q in sorted(held, key=lambda h: rows[(h[0], h[1])].id)
        ]
        await apply_changes(conn, changes, actor=actor)
    if allocations:
        await (
            Allocation.filter(id__in=[a.id for a in allocations])
            .using_db(conn)
            .update(status=AllocationStatus.RELEASED)
        )
    return {p for p, _, _ in held}


async def consume(
    conn: BaseDBAsyncClient,
    *,
    order_id: int,
    product_id: int,
    warehouse_id: int,
    quantity: int,
    to: AllocationStatus,
) -> None:
    """Take `quantity` reserved units of an order line at a warehouse out of RESERVED.

    SHIPPED (dispatch): oldest reservations first; shipped units get a row of their own
    (split off a partly shipped reservation), so the order shows what left and what waits.
    RELEASED (a short pick: the units do not exist): newest first; a reservation shrinks,
    and one used up entirely is marked RELEASED. Stock counters are the caller's (it moves
    them in the same transaction through `services.stock`).
    """
    newest_first = to is AllocationStatus.RELEASED
    left = quantity
    for alloc in (
        await Allocation.filter(
            order_id=order_id, product_id=product_id, warehouse_id=warehouse_id, status=AllocationStatus.RESERVED
        )
        .using_db(conn)
        .order_by("-id" if newest_first else "id")
    ):
        take = min(left, alloc.quantity)
        if take == alloc.quantity:
            await Allocation.filter(id=alloc.id).using_db(conn).update(status=to)
        else:
            await Allocation.filter(id=alloc.id).using_db(conn).update(quantity=alloc.quantity - take)
            if to is AllocationStatus.SHIPPED:
                await Allocation.create(
                    order_id=order_id,
                    product_id=product_id,
                    warehouse_id=warehouse_id,
                    quantity=take,
                    status=to,
                    using_db=conn,
                )
        left -= take
        if not left:
            return


async def units_shipped(order_id: int, conn: BaseDBAsyncClient) -> int:
    """Units of the order that have left a warehouse."""
    rows = await Allocation.filter(order_id=order_id, status=AllocationStatus.SHIPPED).using_db(conn)
    return sum(a.quantity for a in rows)


ALLOCATION_STATES = frozenset(
    {OrderStatus.PENDING, OrderStatus.BACKORDERED, OrderStatus.PARTIALLY_ALLOCATED, OrderStatus.ALLOCATED}
)


def status_for(total_units: int, outstanding_units: int) -> OrderStatus:
    if outstanding_units == 0:
        return OrderStatus.ALLOCATED
    if outstanding_units == total_units:
        return OrderStatus.BACKORDERED
    return OrderStatus.PARTIALLY_ALLOCATED


async def settle_status(
    order: Order,
    *,
    total_units: int,
    outstanding_units: int,
    actor: str,
    conn: BaseDBAsyncClient,
    reason: str,
    before: list[Hop] | None = None,
) -> list[OrderEvent]:
    """Move an order to ALLOCATED / PARTIALLY_ALLOCATED / BACKORDERED after (re)allocation;
    returns the history entries written."""
    target = status_for(total_units, outstanding_units)
    if order.status in ALLOCATION_STATES and target != order.status:
        return await transition(order, target, reason=reason, actor=actor, using_db=conn, before=before)
    # Picking or shipping already (sourcing more does not move the order back), or no change.
    return await write_history(order, before or [], actor=actor, using_db=conn)
