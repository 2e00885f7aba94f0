"""The status machines: each transition table's shape (no database), and `Lifecycle.move`,
the one compare-and-set writer, on real rows."""

from __future__ import annotations

from collections import deque
from collections.abc import Awaitable, Callable
from datetime import datetime
from enum import StrEnum
from typing import Any

import pytest
from tortoise.models import Model

from models.fulfilment import PickTask, PickTaskStatus, Shipment, ShipmentStatus
from models.inventory import MovementReason
from models.orders import Order, OrderStatus
from models.returns import ReturnRequest, ReturnStatus
from models.supply import PurchaseOrder, PurchaseOrderStatus
from models.tickets import Ticket, TicketStatus
from services.access import SYSTEM
from services.errors import DomainError, ErrorCode, Problem
from services.inventory import adjust_stock
from services.lifecycle import Lifecycle
from services.order_status import LIFECYCLE, TRANSITIONS
from services.picking import TASK_LIFECYCLE
from services.returns import RETURN_LIFECYCLE
from services.shipping import SHIPMENT_LIFECYCLE
from services.supply import PO_LIFECYCLE
from services.tickets import TICKET_LIFECYCLE
from services.uow import unit_of_work

Place = Callable[[str, int], Awaitable[Order]]

OS, T, S, R, P = OrderStatus, PickTaskStatus, ShipmentStatus, ReturnStatus, PurchaseOrderStatus

# (name, table, the model whose status it writes, initial status, statuses with no way out)
MACHINES: list[tuple[str, Lifecycle[Any], type[Model], StrEnum, set[Any]]] = [
    ("order", LIFECYCLE, Order, OS.PENDING, {OS.CANCELLED, OS.RETURNED}),
    ("pick task", TASK_LIFECYCLE, PickTask, T.OPEN, {T.CANCELLED}),
    ("shipment", SHIPMENT_LIFECYCLE, Shipment, S.PACKED, {S.DELIVERED, S.CANCELLED}),
    ("return", RETURN_LIFECYCLE, ReturnRequest, R.REQUESTED, {R.RECEIVED}),
    ("purchase order", PO_LIFECYCLE, PurchaseOrder, P.DRAFT, {P.RECEIVED, P.CANCELLED}),
    # A closed ticket can always be reopened by staff: no status is a dead end.
    ("ticket", TICKET_LIFECYCLE, Ticket, TicketStatus.OPEN, set()),
]
IDS = [name for name, *_ in MACHINES]


def reachable(lifecycle: Lifecycle[Any], start: StrEnum) -> set[Any]:
    seen = {start}
    queue = deque([start])
    while queue:
        for following in lifecycle.table[queue.popleft()]:
            if following not in seen:
                seen.add(following)
                queue.append(following)
    return seen


# --- the tables -----------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "lifecycle", "model", "initial", "terminal"), MACHINES, ids=IDS)
def test_a_new_row_starts_where_the_table_starts(
    name: str, lifecycle: Lifecycle[Any], model: type[Model], initial: StrEnum, terminal: set[Any]
) -> None:
    assert model._meta.fields_map["status"].default == initial


@pytest.mark.parametrize(("name", "lifecycle", "model", "initial", "terminal"), MACHINES, ids=IDS)
def test_only_the_terminal_statuses_have_no_exits(
    name: str, lifecycle: Lifecycle[Any], model: type[Model], initial: StrEnum, terminal: set[Any]
) -> None:
    no_exit = {status for status in lifecycle.status if not lifecycle.can_leave(status)}

    assert no_exit == terminal
    assert {(status, to) for status in terminal for to in lifecycle.status if lifecycle.allows(status, to)} == set()


@pytest.mark.parametrize(("name", "lifecycle", "model", "initial", "terminal"), MACHINES, ids=IDS)
def test_every_status_is_reachable_from_the_initial_one(
    name: str, lifecycle: Lifecycle[Any], model: type[Model], initial: StrEnum, terminal: set[Any]
) -> None:
    assert reachable(lifecycle, initial) == set(lifecycle.status)


@pytest.mark.parametrize(("name", "lifecycle", "model", "initial", "terminal"), MACHINES, ids=IDS)
def test_a_table_names_only_statuses_of_its_own_kind(
    name: str, lifecycle: Lifecycle[Any], model: type[Model], initial: StrEnum, terminal: set[Any]
) -> None:
    assert set(lifecycle.table) == set(lifecycle.status)
    assert [to for targets in lifecycle.table.values() for to in targets if not isinstance(to, lifecycle.status)] == []


def test_the_order_table_is_the_lifecycle_the_order_writer_uses() -> None:
    assert LIFECYCLE.table == TRANSITIONS


@pytest.mark.parametrize(
    ("lifecycle", "current", "to", "allowed"),
    [
        # Orders: cancelling stops at picking; a cancelled order goes nowhere.
        (LIFECYCLE, OS.BACKORDERED, OS.ALLOCATED, True),
        (LIFECYCLE, OS.PICKING, OS.CANCELLED, True),
        (LIFECYCLE, OS.PACKED, OS.CANCELLED, True),
        (LIFECYCLE, OS.SHIPPED, OS.CANCELLED, False),
        (LIFECYCLE, OS.PACKED, OS.PICKING, False),
        (LIFECYCLE, OS.CANCELLED, OS.PENDING, False),
        (LIFECYCLE, OS.CANCELLED, OS.CANCELLED, False),
        # Pick tasks: a finished task is cancelled (its units restocked) only with its order;
        # a held one resumes; an assigned one can be reassigned.
        (TASK_LIFECYCLE, T.DONE, T.CANCELLED, True),
        (TASK_LIFECYCLE, T.DONE, T.OPEN, False),
        (TASK_LIFECYCLE, T.ON_HOLD, T.IN_PROGRESS, True),
        (TASK_LIFECYCLE, T.ON_HOLD, T.DONE, False),
        (TASK_LIFECYCLE, T.CANCELLED, T.OPEN, False),
        (TASK_LIFECYCLE, T.ASSIGNED, T.ASSIGNED, True),
        (TASK_LIFECYCLE, T.IN_PROGRESS, T.ASSIGNED, False),
        (TASK_LIFECYCLE, T.OPEN, T.DONE, True),
        # Shipments: dispatch comes first; carrier reports may arrive out of order; delivered stays.
        (SHIPMENT_LIFECYCLE, S.PACKED, S.IN_TRANSIT, False),
        (SHIPMENT_LIFECYCLE, S.PACKED, S.DISPATCHED, True),
        (SHIPMENT_LIFECYCLE, S.PACKED, S.CANCELLED, True),
        (SHIPMENT_LIFECYCLE, S.DISPATCHED, S.CANCELLED, False),
        (SHIPMENT_LIFECYCLE, S.OUT_FOR_DELIVERY, S.IN_TRANSIT, True),
        (SHIPMENT_LIFECYCLE, S.EXCEPTION, S.DELIVERED, True),
        (SHIPMENT_LIFECYCLE, S.DELIVERED, S.DELIVERED, False),
        (SHIPMENT_LIFECYCLE, S.DELIVERED, S.EXCEPTION, False),
        # Returns: received in parts, then done.
        (RETURN_LIFECYCLE, R.PARTIALLY_RECEIVED, R.PARTIALLY_RECEIVED, True),
        (RETURN_LIFECYCLE, R.RECEIVED, R.PARTIALLY_RECEIVED, False),
        # Purchase orders: a draft is sent before goods arrive; closed ones stay closed.
        (PO_LIFECYCLE, P.DRAFT, P.RECEIVED, False),
        (PO_LIFECYCLE, P.PARTIALLY_RECEIVED, P.CANCELLED, True),
        (PO_LIFECYCLE, P.RECEIVED, P.CANCELLED, False),
        (PO_LIFECYCLE, P.CANCELLED, P.SENT, False),
        # Tickets: nobody goes back to OPEN (it means "never answered"); a closed one only reopens.
        (TICKET_LIFECYCLE, TicketStatus.PENDING_CUSTOMER, TicketStatus.OPEN, False),
        (TICKET_LIFECYCLE, TicketStatus.RESOLVED, TicketStatus.PENDING_STAFF, True),
        (TICKET_LIFECYCLE, TicketStatus.CLOSED, TicketStatus.PENDING_STAFF, True),
        (TICKET_LIFECYCLE, TicketStatus.CLOSED, TicketStatus.RESOLVED, False),
    ],
    ids=lambda v: v.value if isinstance(v, StrEnum) else "",
)
def test_named_transitions(lifecycle: Lifecycle[Any], current: StrEnum, to: StrEnum, allowed: bool) -> None:
    assert lifecycle.allows(current, to) is allowed


def test_require_refuses_a_move_the_table_does_not_allow_with_the_callers_message() -> None:
    with pytest.raises(DomainError) as refused:
        TASK_LIFECYCLE.require(T.DONE, T.OPEN, message="Task is DONE.", field="task")

    assert refused.value.problems == [Problem(ErrorCode.INVALID_TRANSITION, "Task is DONE.", ("task",))]


def test_a_table_that_forgets_a_status_is_refused_when_it_is_declared() -> None:
    with pytest.raises(ValueError) as refused:
        Lifecycle(PickTaskStatus, {T.OPEN: frozenset({T.DONE}), T.DONE: frozenset()})

    assert str(refused.value) == (
        f"PickTaskStatus: no transitions declared for {sorted([T.ASSIGNED, T.CANCELLED, T.IN_PROGRESS, T.ON_HOLD])}"
    )


# --- Lifecycle.move on real rows ------------------------------------------------------------


async def test_a_stale_copy_cannot_overwrite_a_move_made_meanwhile(backorder: Order) -> None:
    # Given: two readers loaded the same BACKORDERED order.
    first = await Order.get(id=backorder.id)
    stale = await Order.get(id=backorder.id)
    async with unit_of_work() as conn:
        left = await LIFECYCLE.move(
            first, OS.CANCELLED, conn=conn, message="not allowed", field="id", conflict="changed meanwhile"
        )

    # When: the second one moves from what it read (allowed by the table).
    with pytest.raises(DomainError) as refused:
        async with unit_of_work() as conn:
            await LIFECYCLE.move(
                stale, OS.ON_HOLD, conn=conn, message="not allowed", field="id", conflict="changed meanwhile"
            )

    # Then: CONFLICT, and the row keeps the first move.
    stored = await Order.get(id=backorder.id)
    assert left == OS.BACKORDERED
    assert refused.value.problems == [Problem(ErrorCode.CONFLICT, "changed meanwhile", ("id",))]
    assert (stored.status, stored.updated_at) == (OS.CANCELLED, first.updated_at)
    assert stale.status == OS.BACKORDERED  # the refused copy is left as it was read


async def test_an_illegal_move_is_refused_with_the_message_given_and_writes_nothing(backorder: Order) -> None:
    before = await Order.get(id=backorder.id)

    with pytest.raises(DomainError) as refused:
        async with unit_of_work() as conn:
            await LIFECYCLE.move(
                before,
                OS.SHIPPED,
                conn=conn,
                message="OG-1 cannot go from BACKORDERED to SHIPPED.",
                field="id",
                conflict="changed meanwhile",
            )

    stored = await Order.get(id=backorder.id)
    assert refused.value.problems == [
        Problem(ErrorCode.INVALID_TRANSITION, "OG-1 cannot go from BACKORDERED to SHIPPED.", ("id",))
    ]
    assert (stored.status, stored.updated_at) == (OS.BACKORDERED, before.updated_at)


async def test_a_move_writes_its_changes_and_touches_the_row_with_the_status(backorder: Order) -> None:
    order = await Order.get(id=backorder.id)
    before = order.updated_at

    async with unit_of_work() as conn:
        left = await LIFECYCLE.move(
            order,
            OS.ON_HOLD,
            conn=conn,
            message="not allowed",
            field="id",
            conflict="changed meanwhile",
            status_before_hold=OS.BACKORDERED,
        )

    stored = await Order.get(id=backorder.id)
    assert left == OS.BACKORDERED
    assert (stored.status, stored.status_before_hold) == (OS.ON_HOLD, OS.BACKORDERED)
    assert (order.status, order.status_before_hold) == (OS.ON_HOLD, OS.BACKORDERED)  # updated in place
    assert isinstance(stored.updated_at, datetime) and stored.updated_at > before
    assert stored.updated_at == order.updated_at


async def test_a_move_rolled_back_with_its_transaction_leaves_the_row_as_it_was(backorder: Order) -> None:
    order = await Order.get(id=backorder.id)

    with pytest.raises(RuntimeError, match="the rest of the work failed"):
        async with unit_of_work() as conn:
            await LIFECYCLE.move(
                order, OS.CANCELLED, conn=conn, message="not allowed", field="id", conflict="changed meanwhile"
            )
            raise RuntimeError("the rest of the work failed")

    assert (await Order.get(id=backorder.id)).status == OS.BACKORDERED


async def test_two_pickers_taking_the_same_open_task_one_wins(place: Place) -> None:
    # Given: an allocated order's OPEN task, read by two pickers.
    await adjust_stock(SYSTEM, sku="SKU-A", warehouse="east", delta=2, reason=MovementReason.RECEIPT)
    order = await place("T-1", 2)
    alice_copy = await PickTask.get(order_id=order.id)
    bob_copy = await PickTask.get(order_id=order.id)

    async def take(task: PickTask, picker: str) -> None:
        async with unit_of_work() as conn:
            await TASK_LIFECYCLE.move(
                task, T.ASSIGNED, conn=conn, message="taken", field="task", conflict="taken meanwhile", assignee=picker
            )

    # When
    await take(alice_copy, "alice")
    with pytest.raises(DomainError) as refused:
        await take(bob_copy, "bob")

    # Then
    stored = await PickTask.get(id=alice_copy.id)
    assert order.status == OS.ALLOCATED
    assert refused.value.problems == [Problem(ErrorCode.CONFLICT, "taken meanwhile", ("task",))]
    assert (stored.status, stored.assignee) == (T.ASSIGNED, "alice")


async def test_a_done_task_cannot_be_reopened(place: Place) -> None:
    await adjust_stock(SYSTEM, sku="SKU-A", warehouse="east", delta=2, reason=MovementReason.RECEIPT)
    order = await place("T-2", 2)
    task = await PickTask.get(order_id=order.id)
    async with unit_of_work() as conn:
        await TASK_LIFECYCLE.move(task, T.DONE, conn=conn, message="-", field="task", conflict="-")

    with pytest.raises(DomainError) as refused:
        async with unit_of_work() as conn:
            await TASK_LIFECYCLE.move(task, T.OPEN, conn=conn, message="Task is DONE.", field="task", conflict="-")

    assert refused.value.problems == [Problem(ErrorCode.INVALID_TRANSITION, "Task is DONE.", ("task",))]
    assert (await PickTask.get(id=task.id)).status == T.DONE
