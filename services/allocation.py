"""Sourcing: which warehouse ships which units of an order, and the reservations for it.

Planning is pure (rank warehouses, build a plan from availability); `allocate_order`
runs it against locked stock rows and reserves what the plan takes, in the caller's
transaction. This module is the one writer of `Allocation` rows (`reserve`, `consume`,
`release_reservations`); it knows nothing of picking: the caller turns a plan's picks
into pick tasks.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from tortoise.backends.base.client import BaseDBAsyncClient

from models.catalog import AllocationStrategy, Channel, Product, Warehouse
from models.inserts import insert_all, insert_later, new_row
from models.inventory import Allocation, AllocationStatus, MovementReason
from models.orders import Order, OrderEvent, OrderLine, OrderStatus
from services.geography import Destination, rank_warehouses
from services.order_status import Hop, transition, write_history
from services.reactions import Within, run_within
from services.sql import sql
from services.stock import ELIGIBLE_WAREHOUSES, StockChange, StockRow, apply_changes, lock_rows


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
class DropShipRouted:
    """Lines of an order just routed to their drop-ship suppliers (the DROP_SHIP_ROUTED subject)."""

    order: Order
    lines: list[DropShip]


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
    """The channel's linked warehouses, or every warehouse when it has none (one query);
    never an archived one."""
    rows = await conn.execute_query_dict(
        sql(conn, f"SELECT * FROM warehouse WHERE {ELIGIBLE_WAREHOUSES}"), [channel_id, channel_id]
    )
    return [Warehouse._init_from_db(**row) for row in rows]


def units_sourced(allocations: Iterable[Allocation]) -> dict[int, int]:
    """Units of each product (an order's line) reserved in or shipped from a warehouse, of an
    order's allocations; released ones do not count."""
    sourced: dict[int, int] = defaultdict(int)
    for allocation in allocations:
        if allocation.status != AllocationStatus.RELEASED:
            sourced[allocation.product_id] += allocation.quantity
    return sourced


async def outstanding_needs(order: Order, conn: BaseDBAsyncClient) -> tuple[int, list[Need]]:
    """(units ordered, units of each line not yet sourced by a reserved or shipped allocation)."""
    lines = await OrderLine.filter(order_id=order.id).using_db(conn).order_by("id")
    live = [AllocationStatus.RESERVED, AllocationStatus.SHIPPED]
    sourced = units_sourced(await Allocation.filter(order_id=order.id, status__in=live).using_db(conn))
    dropship = dict(
        await Product.filter(id__in=[ln.product_id for ln in lines], dropship_supplier_id__isnull=False)
        .using_db(conn)
        .values_list("id", "dropship_supplier_id")
    )
    needs = [Need(ln.product_id, ln.quantity - sourced[ln.product_id], dropship.get(ln.product_id)) for ln in lines]
    return sum(ln.quantity for ln in lines), [n for n in needs if n.quantity > 0]


def destination_of(order: Order) -> Destination:
    return Destination(order.ship_country, order.ship_region, order.ship_latitude, order.ship_longitude)


def sellable(rows: dict[tuple[int, int], StockRow], *, respect_safety_stock: bool) -> dict[tuple[int, int], int]:
    """Units a channel may take from each stock row: available, less the row's safety stock
    where the channel keeps it (what its storefront shows as available to sell)."""
    return {key: row.available - (row.safety_stock if respect_safety_stock else 0) for key, row in rows.items()}


def split_dropship(needs: list[Need]) -> tuple[list[Need], list[DropShip]]:
    """(needs sourced from stock, lines routed to their drop-ship supplier)."""
    dropship = [
        DropShip(n.product_id, n.dropship_supplier_id, n.quantity) for n in needs if n.dropship_supplier_id is not None
    ]
    return [n for n in needs if n.dropship_supplier_id is None], dropship


def plan_for_channel(
    channel: Channel,
    needs: list[Need],
    *,
    warehouses: list[Warehouse],
    rows: dict[tuple[int, int], StockRow],
    destination: Destination,
) -> Plan:
    """The plan the channel's rules choose (strategy, split, safety stock): the one planner
    that `allocate_order` applies and `allocationPreview` shows as chosen."""
    stocked, dropship = split_dropship(needs)
    if not stocked:
        return Plan(reason="drop-shipped by the supplier" if dropship else "nothing to allocate", dropship=dropship)
    strategy = AllocationStrategy(channel.allocation_strategy)
    plan = build_plan(
        strategy,
        channel.allow_split,
        stocked,
        sellable(rows, respect_safety_stock=channel.respect_safety_stock),
        rank_warehouses(strategy, warehouses, destination),
    )
    plan.dropship = dropship
    if dropship:
        plan.reason += f"; {len(dropship)} line(s) drop-shipped"
    return plan


async def plan_order(
    order: Order,
    *,
    channel: Channel,
    needs: list[Need],
    conn: BaseDBAsyncClient,
    warehouses: list[Warehouse] | None = None,
) -> tuple[dict[tuple[int, int], StockRow], Plan]:
    """Lock the stock rows `needs` may take from and plan per the channel's rules; returns
    (the locked rows, the plan) for `reserve`. `order` need not be saved yet (only its
    destination is read). `warehouses`: the eligible ones, if already read."""
    stocked, _ = split_dropship(needs)
    rows: dict[tuple[int, int], StockRow] = {}
    if stocked:  # a drop-ship-only order reads no stock
        if warehouses is None:
            warehouses = await eligible_warehouses(channel.id, conn)
        rows = await lock_rows(
            conn, product_ids=[n.product_id for n in stocked], warehouse_ids=[w.id for w in warehouses]
        )
    plan = plan_for_channel(channel, needs, warehouses=warehouses or [], rows=rows, destination=destination_of(order))
    return rows, plan


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
    rows, plan = await plan_order(order, channel=channel, needs=needs, conn=conn)
    await reserve(order, plan, rows, actor=actor, conn=conn, keep_safety_stock=channel.respect_safety_stock)
    return plan


def allocation_rows(order: Order, plan: Plan) -> list[Allocation]:
    """The reservations of a plan: its picks (stock) and its drop-shipped lines (a supplier)."""
    return [
        new_row(
            Allocation, order_id=order.id, warehouse_id=p.warehouse_id, product_id=p.product_id, quantity=p.quantity
        )
        for p in plan.picks
    ] + [
        new_row(Allocation, order_id=order.id, supplier_id=d.supplier_id, product_id=d.product_id, quantity=d.quantity)
        for d in plan.dropship
    ]


def reservations(
    order: Order, plan: Plan, rows: dict[tuple[int, int], StockRow], *, keep_safety_stock: bool = False
) -> list[StockChange]:
    """The stock changes that reserve a plan's picks, in row id order."""
    return [
        StockChange(
            rows[(p.product_id, p.warehouse_id)],
            MovementReason.RESERVE,
            reserved_delta=p.quantity,
            reference=f"order:{order.number}",
            keep_safety_stock=keep_safety_stock,
        )
        for p in sorted(plan.picks, key=lambda p: rows[(p.product_id, p.warehouse_id)].id)
    ]


async def reserve(
    order: Order,
    plan: Plan,
    rows: dict[tuple[int, int], StockRow],
    *,
    actor: str,
    conn: BaseDBAsyncClient,
    keep_safety_stock: bool = False,
    held: bool = False,
    applied: bool = False,
) -> None:
    """Write the plan's reservations; `keep_safety_stock`: the UPDATE itself refuses to
    reserve into a row's safety stock (a concurrent plan read before us cannot take it).
    `held`: the allocation rows are held back to the commit (`insert_later`), for a caller
    that reads none of them back in its transaction (a new order). `applied`: the stock
    changes are made already (`stock.lock_and_apply`)."""
    if not plan.picks and not plan.dropship:
        return
    if not applied:
        await apply_changes(conn, reservations(order, plan, rows, keep_safety_stock=keep_safety_stock), actor=actor)
    await (insert_later if held else insert_all)(allocation_rows(order, plan), using_db=conn)
    if plan.dropship:  # the suppliers get their requests in this transaction (services.wiring)
        await run_within(Within.DROP_SHIP_ROUTED, conn, DropShipRouted(order, plan.dropship))


async def release_reservations(
    order: Order,
    *,
    actor: str,
    conn: BaseDBAsyncClient,
    restocked: Mapping[tuple[int, int], int] | None = None,
    product_ids: Collection[int] | None = None,
) -> set[int]:
    """Release every reserved allocation of `order` (of `product_ids` only, when given);
    returns the product ids freed (the caller cancels the order's open pick tasks).

    `restocked`: units already picked per (product, warehouse); their release is recorded
    as CANCEL_RESTOCK (back from a tote or box onto the shelf), the rest as RELEASE."""
    query = Allocation.filter(order_id=order.id, status=AllocationStatus.RESERVED)
    if product_ids is not None:
        query = query.filter(product_id__in=sorted(product_ids))
    allocations = await query.using_db(conn)
    # Units per (product, warehouse) of the stock-backed ones; drop-ship requests hold no stock.
    held: dict[tuple[int, int], int] = defaultdict(int)
    for a in allocations:
        if a.warehouse_id is not None:
            held[(a.product_id, a.warehouse_id)] += a.quantity
    if held:
        rows = await lock_rows(conn, product_ids=[p for p, _ in held], warehouse_ids=[w for _, w in held])
        reference = f"order:{order.number}"
        changes = []
        for key in sorted(held, key=lambda k: rows[k].id):
            back = min((restocked or {}).get(key, 0), held[key])
            for reason, units in ((MovementReason.CANCEL_RESTOCK, back), (MovementReason.RELEASE, held[key] - back)):
                if units:
                    changes.append(StockChange(rows[key], reason, reserved_delta=-units, reference=reference))
        await apply_changes(conn, changes, actor=actor)
    if allocations:
        await (
            Allocation.filter(id__in=[a.id for a in allocations])
            .using_db(conn)
            .update(status=AllocationStatus.RELEASED)
        )
    return {p for p, _ in held}


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


async def ship_drop_ship(conn: BaseDBAsyncClient, *, order_id: int, supplier_id: int) -> int:
    """The supplier shipped its lines of the order: its reserved allocations become SHIPPED
    (they hold no stock, so no counters move). Returns the units shipped."""
    rows = await Allocation.filter(
        order_id=order_id, supplier_id=supplier_id, status=AllocationStatus.RESERVED
    ).using_db(conn)
    if rows:
        await Allocation.filter(id__in=[a.id for a in rows]).using_db(conn).update(status=AllocationStatus.SHIPPED)
    return sum(a.quantity for a in rows)


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
