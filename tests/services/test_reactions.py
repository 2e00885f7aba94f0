"""The unit of work and the durable reactions, without HTTP: on-commit callbacks, stock
arriving filling backorders, a job left behind by a dead process, a failing reaction, and
the wiring."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from models.access import Role
from models.catalog import Warehouse
from models.events import OutboxEvent, ReactionJob
from models.fulfilment import PickTask, PickTaskLine
from models.inserts import insert_later
from models.inventory import Allocation, AllocationStatus, MovementReason, StockLevel, StockMovement
from models.orders import Order, OrderEvent, OrderStatus
from services import alert_intake, analytics_rollup, db, dropship, notifications, reactions, sourcing, supply
from services.access import SYSTEM, Principal
from services.inventory import adjust_stock, ledger_mismatches
from services.picking import report_short, scan
from services.reactions import AfterCommit, Within, run_due
from services.stock import StockChange, apply_changes, ensure_rows, lock_rows
from services.uow import on_commit, unit_of_work
from services.wiring import wire
from subscriptions.outbox import NewEvent, record_events
from tests.fixtures.shop import Shop

Place = Callable[[str, int], Awaitable[Order]]
EAST_CLERK = Principal(role=Role.WAREHOUSE, scope="east")  # actor "warehouse:east"


async def jobs() -> list[tuple[str, dict[str, Any], int, str | None]]:
    """(kind, payload, attempts, last_error) of every pending reaction job, oldest first."""
    return [(j.kind, j.payload, j.attempts, j.last_error) for j in await ReactionJob.all().order_by("id")]


async def history(order_id: int) -> list[tuple[str, str | None, str | None, str]]:
    """(kind, from, to, actor) of an order's history, oldest first."""
    return [
        (e.kind, e.from_status, e.to_status, e.actor) for e in await OrderEvent.filter(order_id=order_id).order_by("id")
    ]


async def allocations(order_id: int) -> list[tuple[int | None, int, str]]:
    """(warehouse id, quantity, status) of an order's allocations, oldest first."""
    return [(a.warehouse_id, a.quantity, a.status) for a in await Allocation.filter(order_id=order_id).order_by("id")]


async def counters(shop: Shop, warehouse: Warehouse) -> tuple[int, int]:
    level = await StockLevel.get(product_id=shop.product.id, warehouse_id=warehouse.id)
    return level.on_hand, level.reserved


async def task_lines(task_id: int) -> list[tuple[int, int, int]]:
    """(quantity, picked, short) of a task's lines."""
    return [
        (ln.quantity, ln.picked_quantity, ln.short_quantity)
        for ln in await PickTaskLine.filter(task_id=task_id).order_by("id")
    ]


BACKORDERED_HISTORY = [
    ("CREATED", None, OrderStatus.PENDING, "admin"),
    ("STATUS_CHANGED", OrderStatus.PENDING, OrderStatus.BACKORDERED, "admin"),
]


# --- (a) the unit of work's on-commit callbacks ---------------------------------------------


async def test_callbacks_run_after_the_commit_in_the_order_they_were_registered(database: None) -> None:
    seen: list[tuple[str, bool]] = []

    def note(name: str) -> Callable[[], Awaitable[None]]:
        async def callback() -> None:  # records whether the unit's write is visible (committed)
            seen.append((name, await Warehouse.exists(code="w1")))

        return callback

    async with unit_of_work() as conn:
        await Warehouse.create(code="w1", name="W1", country="US", using_db=conn)
        on_commit(note("first"))
        on_commit(note("second"))
        inside = list(seen)

    assert inside == []
    assert seen == [("first", True), ("second", True)]


async def test_callbacks_never_run_after_a_rollback(database: None) -> None:
    seen: list[str] = []

    async def callback() -> None:
        seen.append("ran")

    with pytest.raises(RuntimeError, match="the work failed"):
        async with unit_of_work() as conn:
            await Warehouse.create(code="w1", name="W1", country="US", using_db=conn)
            on_commit(callback)
            raise RuntimeError("the work failed")

    assert seen == []
    assert await Warehouse.exists(code="w1") is False


async def test_a_nested_units_callbacks_wait_for_the_outer_commit(database: None) -> None:
    seen: list[str] = []

    def note(name: str) -> Callable[[], Awaitable[None]]:
        async def callback() -> None:
            seen.append(name)

        return callback

    async with unit_of_work():
        async with unit_of_work() as inner:
            await Warehouse.create(code="w1", name="W1", country="US", using_db=inner)
            on_commit(note("inner"))
        after_inner = list(seen)
        on_commit(note("outer"))

    assert after_inner == []
    assert seen == ["inner", "outer"]


async def test_a_nested_units_callbacks_are_dropped_when_the_outer_unit_rolls_back(database: None) -> None:
    seen: list[str] = []

    async def callback() -> None:
        seen.append("inner")

    with pytest.raises(RuntimeError, match="the outer work failed"):
        async with unit_of_work():
            async with unit_of_work() as inner:
                await Warehouse.create(code="w1", name="W1", country="US", using_db=inner)
                on_commit(callback)
            raise RuntimeError("the outer work failed")

    assert seen == []
    assert await Warehouse.exists(code="w1") is False


async def test_a_nested_unit_that_rolls_back_drops_its_callbacks_when_the_outer_unit_commits(database: None) -> None:
    seen: list[str] = []

    async def callback() -> None:
        seen.append("inner")

    async with unit_of_work():
        with pytest.raises(RuntimeError):
            async with unit_of_work() as inner:
                await Warehouse.create(code="w1", name="W1", country="US", using_db=inner)
                on_commit(callback)
                raise RuntimeError("the nested work failed")

    assert await Warehouse.exists(code="w1") is False
    assert seen == []


async def test_the_rows_a_unit_holds_back_are_written_at_its_commit_and_a_rolled_back_savepoints_are_not(
    database: None,
) -> None:
    def event(topic: str) -> NewEvent:
        return NewEvent(topic=topic, aggregate_type="test", aggregate_id=1, payload={})

    async with unit_of_work() as conn:
        await record_events([event("outer.before")], using_db=conn)
        with pytest.raises(RuntimeError):
            async with unit_of_work() as inner:
                await record_events([event("inner")], using_db=inner)
                raise RuntimeError("the nested work failed")
        held = await insert_later([Warehouse(code="w1", name="W1", country="US")], using_db=conn)
        await record_events([event("outer.after")], using_db=conn)
        before_commit = (await OutboxEvent.all().using_db(conn).count(), held[0].id)
    at_once = await insert_later([Warehouse(code="w2", name="W2", country="US")], using_db=db.connection())

    assert before_commit == (0, None)  # held back to the commit
    assert [e.topic for e in await OutboxEvent.all().order_by("id")] == ["outer.before", "outer.after"]
    assert [(w.id, w.code) for w in await Warehouse.all().order_by("id")] == [(held[0].id, "w1"), (at_once[0].id, "w2")]


async def test_on_commit_outside_a_unit_of_work_is_refused(database: None) -> None:
    async def callback() -> None:
        pass

    with pytest.raises(RuntimeError, match="on_commit outside a unit of work"):
        on_commit(callback)


# --- (b) stock arriving fills backorders through the reaction -------------------------------


async def test_a_receipt_fills_a_backorder_through_the_stock_arrived_reaction(shop: Shop, backorder: Order) -> None:
    # When: a warehouse clerk books a receipt.
    level = await adjust_stock(EAST_CLERK, sku="SKU-A", warehouse="east", delta=5, reason=MovementReason.RECEIPT)

    # Then: by the time the call returns, the reaction has reserved the units for the order.
    order = await Order.get(id=backorder.id)
    task = await PickTask.get(order_id=order.id)
    assert (level.on_hand, level.reserved) == (5, 2)
    assert order.status == OrderStatus.ALLOCATED
    assert await allocations(order.id) == [(shop.east.id, 2, AllocationStatus.RESERVED)]
    assert await history(order.id) == [
        *BACKORDERED_HISTORY,
        ("STATUS_CHANGED", OrderStatus.BACKORDERED, OrderStatus.ALLOCATED, "warehouse:east"),
    ]
    assert (task.warehouse_id, task.status) == (shop.east.id, "OPEN")
    assert [(ln.sku, ln.quantity) for ln in await PickTaskLine.filter(task_id=task.id)] == [("SKU-A", 2)]
    assert await jobs() == []
    assert await ledger_mismatches() == []


async def test_a_receipt_serves_the_oldest_backorder_first(shop: Shop, place: Place) -> None:
    older = await place("BO-1", 2)
    newer = await place("BO-2", 2)

    await adjust_stock(EAST_CLERK, sku="SKU-A", warehouse="east", delta=3, reason=MovementReason.RECEIPT)

    assert [(await Order.get(id=o.id)).status for o in (older, newer)] == [
        OrderStatus.ALLOCATED,
        OrderStatus.PARTIALLY_ALLOCATED,
    ]
    assert await counters(shop, shop.east) == (3, 3)
    assert await jobs() == []


# --- (c) a job left behind by a process that died after its commit --------------------------


async def leave_a_receipt_behind(shop: Shop, *, claimed_until: datetime) -> None:
    """What a receipt whose process died right after its commit leaves: 5 units on hand at
    east and the STOCK_ARRIVED job, never run. Written with the stock primitives in one
    transaction (the job row as `services.reactions.enqueue` writes it, without the
    in-process run that the dead process never got to)."""
    async with unit_of_work() as conn:
        await ensure_rows(conn, [(shop.product.id, shop.east.id)])
        rows = await lock_rows(conn, product_ids=[shop.product.id], warehouse_ids=[shop.east.id])
        row = rows[(shop.product.id, shop.east.id)]
        await apply_changes(conn, [StockChange(row, MovementReason.RECEIPT, on_hand_delta=5)], actor="warehouse:east")
        await ReactionJob.create(
            kind=AfterCommit.STOCK_ARRIVED.value,
            payload={"product_ids": [shop.product.id], "actor": "warehouse:east"},
            created_at=claimed_until - reactions.LEASE,
            claimed_until=claimed_until,
            using_db=conn,
        )


async def test_run_due_runs_a_job_whose_lease_ran_out_exactly_once(shop: Shop, backorder: Order) -> None:
    # Given
    await leave_a_receipt_behind(shop, claimed_until=datetime.now(UTC) - timedelta(seconds=1))
    left = await jobs()
    waiting = await Order.get(id=backorder.id)

    # When
    first = await run_due()
    after_first = (
        (await Order.get(id=backorder.id)).status,
        await allocations(backorder.id),
        await history(backorder.id),
    )
    second = await run_due()

    # Then
    assert left == [("stock.arrived", {"product_ids": [shop.product.id], "actor": "warehouse:east"}, 0, None)]
    assert waiting.status == OrderStatus.BACKORDERED
    assert (first, second) == (1, 0)
    assert after_first == (
        OrderStatus.ALLOCATED,
        [(shop.east.id, 2, AllocationStatus.RESERVED)],
        [*BACKORDERED_HISTORY, ("STATUS_CHANGED", OrderStatus.BACKORDERED, OrderStatus.ALLOCATED, "warehouse:east")],
    )
    assert ((await Order.get(id=backorder.id)).status, await allocations(backorder.id)) == after_first[:2]
    assert await history(backorder.id) == after_first[2]
    assert await counters(shop, shop.east) == (5, 2)
    assert await jobs() == []
    assert await ledger_mismatches() == []


async def test_a_job_still_under_lease_is_left_to_its_owner_until_start_up(shop: Shop, backorder: Order) -> None:
    # Given: the job's lease has not run out (its process may still be running it).
    await leave_a_receipt_behind(shop, claimed_until=datetime.now(UTC) + timedelta(hours=1))

    # When: a worker's poll, then a start-up run (everything, leases aside).
    polled = await run_due()
    after_poll = (await Order.get(id=backorder.id)).status, await jobs()
    at_start_up = await run_due(everything=True)

    # Then
    assert polled == 0
    assert after_poll == (
        OrderStatus.BACKORDERED,
        [("stock.arrived", {"product_ids": [shop.product.id], "actor": "warehouse:east"}, 0, None)],
    )
    assert at_start_up == 1
    assert (await Order.get(id=backorder.id)).status == OrderStatus.ALLOCATED
    assert await jobs() == []


# --- (d) a reaction that fails ---------------------------------------------------------------


async def test_a_failing_reaction_keeps_its_job_and_leaves_the_cause_committed(shop: Shop, backorder: Order) -> None:
    # Given: sourcing fails (a throwaway handler on the real kind, raising as a database
    # outage would); the real cause, its transaction and the job machinery are untouched.
    calls: list[dict[str, Any]] = []

    async def broken(payload: dict[str, Any]) -> None:
        calls.append(payload)
        raise RuntimeError("sourcing is down")

    payload = {"product_ids": [shop.product.id], "actor": "warehouse:east"}
    try:
        reactions.after_commit(AfterCommit.STOCK_ARRIVED, broken)

        # When: the receipt is booked; its reaction fails after the commit.
        level = await adjust_stock(EAST_CLERK, sku="SKU-A", warehouse="east", delta=5, reason=MovementReason.RECEIPT)
        kept = await jobs()
        receipts = await StockMovement.filter(reason=MovementReason.RECEIPT).values_list("on_hand_delta", "actor")
        # A worker's poll leaves it while the failed attempt's lease runs; once it has run
        # out (time passes: the lease is moved into the past), the worker retries, and fails again.
        polled_early = await run_due()
        await ReactionJob.all().update(claimed_until=datetime.now(UTC) - timedelta(seconds=1))
        retried = await run_due()
        after_retry = await jobs()
    finally:
        wire()

    # Then: the caller saw no error and the receipt is committed; the job waits with its error.
    assert (level.on_hand, level.reserved) == (5, 0)
    assert receipts == [(5, "warehouse:east")]
    assert kept == [("stock.arrived", payload, 0, "RuntimeError: sourcing is down")]
    assert (polled_early, retried) == (0, 0)
    assert after_retry == [("stock.arrived", payload, 1, "RuntimeError: sourcing is down")]
    assert calls == [payload, payload]
    assert (await Order.get(id=backorder.id)).status == OrderStatus.BACKORDERED

    # And once sourcing works again, the kept job fills the backorder.
    await ReactionJob.all().update(claimed_until=datetime.now(UTC) - timedelta(seconds=1))
    assert await run_due() == 1
    assert (await Order.get(id=backorder.id)).status == OrderStatus.ALLOCATED
    assert await counters(shop, shop.east) == (5, 2)
    assert await jobs() == []
    assert await ledger_mismatches() == []


# --- units short: the shortfall is sourced again -------------------------------------------


async def test_a_short_pick_is_sourced_again_from_another_warehouse(shop: Shop, place: Place) -> None:
    # Given: 2 units at east (reserved for the order, picking started) and 5 at eu.
    await adjust_stock(SYSTEM, sku="SKU-A", warehouse="east", delta=2, reason=MovementReason.RECEIPT)
    await adjust_stock(SYSTEM, sku="SKU-A", warehouse="eu", delta=5, reason=MovementReason.RECEIPT)
    order = await place("SH-1", 2)
    task = await PickTask.get(order_id=order.id)
    await scan(SYSTEM, task_id=task.id, barcode="SKU-A", quantity=1)

    # When: the picker finds only one more unit missing.
    await report_short(EAST_CLERK, task_id=task.id, sku="SKU-A", quantity=1)

    # Then: the missing unit is reserved at eu, with a task there.
    tasks = [
        (t.warehouse_id, t.status, await task_lines(t.id))
        for t in await PickTask.filter(order_id=order.id).order_by("id")
    ]
    assert (await Order.get(id=order.id)).status == OrderStatus.PICKING
    assert await allocations(order.id) == [
        (shop.east.id, 1, AllocationStatus.RESERVED),
        (shop.eu.id, 1, AllocationStatus.RESERVED),
    ]
    assert tasks == [(shop.east.id, "IN_PROGRESS", [(2, 1, 1)]), (shop.eu.id, "OPEN", [(1, 0, 0)])]
    assert (await counters(shop, shop.east), await counters(shop, shop.eu)) == ((1, 1), (5, 1))
    assert await jobs() == []
    assert await ledger_mismatches() == []


async def test_a_short_before_the_first_scan_is_sourced_again_too(shop: Shop, place: Place) -> None:
    await adjust_stock(SYSTEM, sku="SKU-A", warehouse="east", delta=2, reason=MovementReason.RECEIPT)
    await adjust_stock(SYSTEM, sku="SKU-A", warehouse="eu", delta=5, reason=MovementReason.RECEIPT)
    order = await place("SH-2", 2)
    task = await PickTask.get(order_id=order.id)

    await report_short(EAST_CLERK, task_id=task.id, sku="SKU-A", quantity=1)

    assert await allocations(order.id) == [
        (shop.east.id, 1, AllocationStatus.RESERVED),
        (shop.eu.id, 1, AllocationStatus.RESERVED),
    ]


# --- (e) the wiring --------------------------------------------------------------------------


def test_wiring_twice_registers_each_reaction_once() -> None:
    # The registries are private to services.reactions: read here, never written.
    wire()
    wire()

    assert reactions._within == {
        Within.LOW_STOCK: [supply.draft_reorder],
        Within.DROP_SHIP_ROUTED: [dropship.open_requests],
        Within.ORDER_CANCELLED: [dropship.cancel_requests],
        Within.ORDER_PLACED: [notifications.on_order_placed, alert_intake.check_placed_order],
        Within.SHIPMENT_MOVED: [notifications.on_shipment_moved],
        Within.ORDER_FIGURES_CHANGED: [analytics_rollup.mark_order_dirty],
    }
    assert reactions._after == {
        AfterCommit.STOCK_ARRIVED: sourcing.on_stock_arrived,
        AfterCommit.UNITS_SHORT: sourcing.on_units_short,
    }
