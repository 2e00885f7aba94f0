"""The order status table without HTTP (services/order_status.py: TRANSITIONS, can_transition,
can_hold): which moves exist, which states are final, and that every state can be reached."""

from __future__ import annotations

import pytest

from models.orders import OrderStatus
from services.order_status import TRANSITIONS, can_hold, can_transition

S = OrderStatus


def test_every_status_has_a_row_and_moves_only_to_other_statuses() -> None:
    assert set(TRANSITIONS) == set(OrderStatus)
    assert all(status not in TRANSITIONS[status] for status in OrderStatus), "no move to the same status"


def test_cancelled_and_returned_are_final() -> None:
    final = {status for status, allowed in TRANSITIONS.items() if not allowed}

    assert final == {S.CANCELLED, S.RETURNED}


def test_every_status_is_reachable_from_pending() -> None:
    reached, frontier = {S.PENDING}, [S.PENDING]
    while frontier:
        for following in TRANSITIONS[frontier.pop()]:
            if following not in reached:
                reached.add(following)
                frontier.append(following)

    assert reached == set(OrderStatus)


@pytest.mark.parametrize("status", list(OrderStatus))
def test_can_transition_follows_the_table(status: OrderStatus) -> None:
    allowed = {to for to in OrderStatus if can_transition(status, to)}

    assert allowed == TRANSITIONS[status]


@pytest.mark.parametrize(
    ("current", "to"),
    [
        (S.PENDING, S.ALLOCATED),
        (S.ALLOCATED, S.PICKING),
        (S.PICKING, S.PACKED),
        (S.PACKED, S.SHIPPED),
        (S.SHIPPED, S.DELIVERED),
        (S.DELIVERED, S.RETURNED),
        (S.ON_HOLD, S.PENDING),
        (S.BACKORDERED, S.ALLOCATED),
        (S.PACKED, S.CANCELLED),  # cancelled before dispatch: the box is unpacked and restocked
        (S.ON_HOLD, S.PICKING),  # released: back to where its picking is
        (S.PARTIALLY_SHIPPED, S.SHIPPED),  # shipped in full, or the remainder cancelled
    ],
)
def test_the_forward_path_is_allowed(current: OrderStatus, to: OrderStatus) -> None:
    assert can_transition(current, to)


@pytest.mark.parametrize(
    ("current", "to"),
    [
        (S.PICKING, S.ALLOCATED),  # no way back once picking started
        (S.SHIPPED, S.CANCELLED),  # gone: returned, not cancelled
        (S.PARTIALLY_SHIPPED, S.CANCELLED),  # part is gone: the remainder is cancelled, the order ships
        (S.DELIVERED, S.SHIPPED),
        (S.CANCELLED, S.PENDING),
        (S.RETURNED, S.DELIVERED),
        (S.PENDING, S.SHIPPED),  # no skipping the warehouse
    ],
)
def test_backward_and_skipping_moves_are_refused(current: OrderStatus, to: OrderStatus) -> None:
    assert not can_transition(current, to)


def test_only_orders_with_nothing_shipped_can_be_held() -> None:
    holdable = {status for status in OrderStatus if can_hold(status)}

    assert holdable == {S.PENDING, S.BACKORDERED, S.PARTIALLY_ALLOCATED, S.ALLOCATED, S.PICKING, S.PACKED}
    assert all(S.ON_HOLD in TRANSITIONS[status] for status in holdable), "the table lets every holdable order be held"
