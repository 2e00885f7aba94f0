"""A status change read once per process, whatever the number of live subscribers, each
still scoped to its own token: what N subscribers cost the database per event is fixed."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import pytest

from models.access import Role
from schema.common import from_global_id
from services.access import Principal
from services.order_actions import hold_order
from tests.fixtures.catalog import principal_of
from tests.fixtures.database import SqlCounter, make_token
from tests.fixtures.live import Subscription, subscribe
from tests.fixtures.server import Server
from tests.fixtures.stock import placed

pytestmark = pytest.mark.live_server  # WebSockets need a real server

STATUS_SUB = """
subscription { orderStatusChanged {
  previousStatus status
  order { number status customer { email } lines { sku quantity allocatedQuantity } allocations { warehouse { code } } }
} }
"""


async def _hold(principal: Principal, order_id: str) -> None:
    """orderHold through the service, in a task the statement counter leaves out (named oms-):
    what is counted is what the subscribers read."""
    pk = from_global_id(order_id)
    assert pk is not None

    async def write() -> None:
        await hold_order(principal, order_id=pk[1], reason="check")

    await asyncio.create_task(write(), name="oms-test-writer")


async def _fan_out(
    server: Server, admin: str, order_id: str, roles: list[tuple[Role, str | None]], sql_counter: SqlCounter
) -> tuple[int, list[dict[str, Any]]]:
    """Open a subscriber per role, hold the order; the statements the subscribers sent for
    that one event and what each received (the stream's first message: the hold)."""
    async with contextlib.AsyncExitStack() as stack:
        subs: list[Subscription] = []
        for role, scope in roles:
            token = await make_token(role, scope)
            subs.append(await stack.enter_async_context(subscribe(server, STATUS_SUB, token=token)))
        principal = await principal_of(admin)
        sql_counter.statements.clear()
        await _hold(principal, order_id)
        received = [(await sub.next())["orderStatusChanged"] for sub in subs]
        return len(sql_counter.statements), received


async def test_a_status_change_costs_the_same_statements_for_three_subscribers_or_nine(
    server: Server, admin_token: str, catalog: dict[str, Any], sql_counter: SqlCounter
) -> None:
    # given two orders of ada's on the web channel
    first = await placed(server, admin_token, "FAN-1", [("SKU-A", 2), ("SKU-B", 1)])
    second = await placed(server, admin_token, "FAN-2", [("SKU-A", 2), ("SKU-B", 1)])
    few: list[tuple[Role, str | None]] = [(Role.ADMIN, None), (Role.CHANNEL, "web"), (Role.CUSTOMER, "ada@example.com")]

    # when one is held under 3 subscribers, the other under 9
    small, small_received = await _fan_out(server, admin_token, first["id"], few, sql_counter)
    large, large_received = await _fan_out(server, admin_token, second["id"], few * 3, sql_counter)

    # then the subscribers together read the same, few statements for either event
    assert (small, large) == (4, 4)  # the order (with channel and customer), lines, allocations, warehouses
    # and each got the order as its token may see it
    expected = {
        "previousStatus": "ALLOCATED",
        "status": "ON_HOLD",
        "order": {
            "status": "ON_HOLD",
            "customer": {"email": "ada@example.com"},
            "lines": [
                {"sku": "SKU-A", "quantity": 2, "allocatedQuantity": 2},
                {"sku": "SKU-B", "quantity": 1, "allocatedQuantity": 1},
            ],
            "allocations": [{"warehouse": {"code": "east"}}, {"warehouse": {"code": "east"}}],
        },
    }
    assert small_received == [{**expected, "order": {**expected["order"], "number": first["number"]}}] * 3
    assert large_received == [{**expected, "order": {**expected["order"], "number": second["number"]}}] * 9


async def test_a_channel_subscriber_hears_only_its_channel_orders_while_staff_hear_all(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    # given an order on the web channel and one on the market channel, and subscribers
    web = await placed(server, admin_token, "FAN-W", [("SKU-A", 1)])
    market = await placed(server, admin_token, "FAN-M", [("SKU-A", 1)], channel="market")
    market_token, ops_token = await make_token(Role.CHANNEL, "market"), await make_token(Role.OPS)

    async with (
        subscribe(server, STATUS_SUB, token=market_token) as market_sub,
        subscribe(server, STATUS_SUB, token=ops_token) as ops_sub,
    ):
        # when the web order is held, then the market one (both read once, shared)
        admin = await principal_of(admin_token)
        await _hold(admin, web["id"])
        await _hold(admin, market["id"])
        heard = {
            "market": [(await market_sub.next())["orderStatusChanged"]["order"]["number"]],
            "ops": [(await ops_sub.next())["orderStatusChanged"]["order"]["number"] for _ in range(2)],
        }

    # then the market channel's first event is its own order's: the web one passed it by
    assert heard == {"market": [market["number"]], "ops": [web["number"], market["number"]]}
