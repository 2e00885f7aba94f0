"""Subscribers of the same operation, variables and scope share one execution per event and
get the same encoded frame; any difference in what decides a read gets its own execution.
Counted through the server's /metrics counters (oms_live_executions, oms_live_results_shared).

These subscribers resume from a cursor (`after`), so each runs a stream of its own and shares
results through SharedResults; those that start live are grouped (test_live_groups.py)."""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import Any

import pytest

from models.access import Role
from schema.common import from_global_id
from services.order_actions import hold_order
from subscriptions.envelope import encode_cursor
from subscriptions.streams import latest_seq
from tests.fixtures.catalog import principal_of
from tests.fixtures.database import make_token
from tests.fixtures.live import Subscription, metric, outbox_drained, subscribe
from tests.fixtures.server import Server
from tests.fixtures.stock import placed

pytestmark = pytest.mark.live_server  # WebSockets need a real server

SUB = """
subscription($o: ID, $after: String) { orderStatusChanged(order: $o, after: $after) {
  status order { number pickTasks { status } privateMetadata { key } lines { sku quantity } }
} }
"""


async def _counts(server: Server) -> tuple[float, float]:
    return await metric(server, "oms_live_executions_total"), await metric(server, "oms_live_results_shared_total")


async def _frame(sub: Subscription) -> str:
    """The next `next` frame exactly as the server wrote it."""
    while True:
        text = await asyncio.wait_for(sub.ws.recv(), 10)
        message = json.loads(text)
        if message["type"] == "ping":
            await sub.ws.send(json.dumps({"type": "pong"}))
            continue
        assert message["type"] == "next", message
        return str(text)


async def _hold_under(
    server: Server, admin: str, order: dict[str, Any], subscribers: list[tuple[Role, str | None, dict[str, Any]]]
) -> tuple[list[str], float, float]:
    """Open the subscribers (each with a token of its own), hold the order; each one's frame
    and the executions run and results shared for that event."""
    # The cursor must follow the order's own status events (placing it moved it): read before
    # the relay has sequenced them, it would replay them, and the frames would be of those.
    await outbox_drained(server)
    after = encode_cursor(await latest_seq())
    async with contextlib.AsyncExitStack() as stack:
        subs = []
        for role, scope, variables in subscribers:
            token = await make_token(role, scope)
            resuming = {**variables, "after": after}
            subs.append(await stack.enter_async_context(subscribe(server, SUB, resuming, token=token)))
        executions, shared = await _counts(server)
        pk = from_global_id(order["id"])
        assert pk is not None
        await hold_order(await principal_of(admin), order_id=pk[1], reason="check")
        frames = [await _frame(sub) for sub in subs]
        after_executions, after_shared = await _counts(server)
    return frames, after_executions - executions, after_shared - shared


async def test_identical_subscribers_get_one_execution_and_byte_identical_frames(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    # given three ADMIN subscribers (three tokens) of the same document and variables
    order = await placed(server, admin_token, "SHARE-1", [("SKU-A", 2)])

    # when the order is held
    frames, executions, shared = await _hold_under(server, admin_token, order, [(Role.ADMIN, None, {})] * 3)

    # then the event was executed once and handed to the other two
    assert (executions, shared) == (1, 2)
    # and every socket got the same bytes, the whole answer
    assert frames[0] == frames[1] == frames[2]
    data = json.loads(frames[0])["payload"]["data"]["orderStatusChanged"]
    assert data["status"] == "ON_HOLD"
    assert data["order"]["number"] == order["number"]
    assert data["order"]["lines"] == [{"sku": "SKU-A", "quantity": 2}]
    assert data["order"]["privateMetadata"] == []
    assert data["order"]["pickTasks"] != []


async def test_subscribers_of_different_scopes_or_variables_get_their_own_results(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    # given subscribers of one document: staff of two roles, the order's channel and its
    # customer (two tokens each), and an ADMIN naming the order in its variables
    order = await placed(server, admin_token, "SHARE-2", [("SKU-A", 1)])
    subscribers: list[tuple[Role, str | None, dict[str, Any]]] = [
        (Role.ADMIN, None, {}),
        (Role.OPS, None, {}),
        (Role.CHANNEL, "web", {}),
        (Role.CHANNEL, "web", {}),
        (Role.CUSTOMER, "ada@example.com", {}),
        (Role.CUSTOMER, "ada@example.com", {}),
        (Role.ADMIN, None, {"o": order["id"]}),
    ]

    # when the order is held
    frames, executions, shared = await _hold_under(server, admin_token, order, subscribers)

    # then one execution per distinct (role, scope, variables): ADMIN, OPS, web, ada, ADMIN+order
    assert (executions, shared) == (5, 2)
    # and each got what its token may see: staff the picking work and private metadata,
    # the channel and the customer neither
    events = [json.loads(f)["payload"]["data"]["orderStatusChanged"] for f in frames]
    assert [e["status"] for e in events] == ["ON_HOLD"] * len(subscribers)
    seen = [e["order"] for e in events]
    assert all(s["number"] == order["number"] and s["lines"] == [{"sku": "SKU-A", "quantity": 1}] for s in seen)
    staff = [(s["pickTasks"] != [], s["privateMetadata"]) for s in seen]
    assert staff == [(True, [])] * 2 + [(False, None)] * 4 + [(True, [])]
    # and the shared frames are the same bytes, the others' differ where the scope does
    assert frames[2] == frames[3] and frames[4] == frames[5]
    assert frames[0] != frames[2]


async def test_subscribers_handed_a_shared_result_build_no_executor_of_their_own(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    # given four ADMIN subscribers (four tokens) of the same document and variables
    order = await placed(server, admin_token, "SHARE-4", [("SKU-A", 1)])
    built = await metric(server, "oms_live_event_executors_total")

    # when the order is held
    frames, executions, shared = await _hold_under(server, admin_token, order, [(Role.ADMIN, None, {})] * 4)

    # then one per-event executor was built, for the one execution: the other three were
    # handed its result before any copy of their executor was made
    assert (executions, shared) == (1, 3)
    assert await metric(server, "oms_live_event_executors_total") - built == 1
    # and they got the same bytes
    assert len(set(frames)) == 1
    assert json.loads(frames[0])["payload"]["data"]["orderStatusChanged"]["status"] == "ON_HOLD"
