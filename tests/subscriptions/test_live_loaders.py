"""A WebSocket connection lives long and its context with it: every event a subscription
sends must read its nested fields afresh, not from loaders an earlier event filled."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
import websockets

from tests.fixtures.live import subscribe
from tests.fixtures.server import Server
from tests.fixtures.stock import placed, receive

pytestmark = pytest.mark.live_server  # WebSockets need a real server

ORDER_LINES_SUB = """
subscription($id: ID) {
  orderStatusChanged(order: $id) { status order { lines { sku allocatedQuantity backorderedQuantity } } }
}
"""
HOLD = "mutation($i: OrderHoldInput!) { orderHold(input: $i) { userErrors { code } } }"
RELEASE = "mutation($i: OrderReleaseInput!) { orderRelease(input: $i) { userErrors { code } } }"


async def test_each_event_shows_the_order_as_it_is_at_that_event(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    order = await placed(server, admin_token, "LIVE-1", [("SKU-A", 150)])  # 100 at east: 50 wait

    async with subscribe(server, ORDER_LINES_SUB, {"id": order["id"]}, token=admin_token) as sub:
        await server.gql(HOLD, {"i": {"id": order["id"], "reason": "check"}}, token=admin_token)
        held = (await sub.next())["orderStatusChanged"]
        await server.gql(RELEASE, {"i": {"id": order["id"]}}, token=admin_token)
        released = (await sub.next())["orderStatusChanged"]
        await receive(server, admin_token, "SKU-A", "eu", 50)
        allocated = (await sub.next())["orderStatusChanged"]

    lines = [(e["status"], e["order"]["lines"]) for e in (held, released, allocated)]
    assert lines == [
        ("ON_HOLD", [{"sku": "SKU-A", "allocatedQuantity": 100, "backorderedQuantity": 50}]),
        ("PARTIALLY_ALLOCATED", [{"sku": "SKU-A", "allocatedQuantity": 100, "backorderedQuantity": 50}]),
        ("ALLOCATED", [{"sku": "SKU-A", "allocatedQuantity": 150, "backorderedQuantity": 0}]),
    ]


async def test_queries_over_one_connection_each_read_afresh(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    order = await placed(server, admin_token, "LIVE-2", [("SKU-A", 150)])
    query = "query($id: ID!) { order(id: $id) { lines { allocatedQuantity } } }"

    async with websockets.connect(server.ws_url, subprotocols=["graphql-transport-ws"]) as ws:  # type: ignore[list-item]
        await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {admin_token}"}}))
        assert json.loads(await ws.recv())["type"] == "connection_ack"

        async def ask(op_id: str) -> int:
            await ws.send(
                json.dumps(
                    {"id": op_id, "type": "subscribe", "payload": {"query": query, "variables": {"id": order["id"]}}}
                )
            )
            message = json.loads(await asyncio.wait_for(ws.recv(), 10))
            assert message["type"] == "next", message
            complete = json.loads(await asyncio.wait_for(ws.recv(), 10))
            assert complete == {"id": op_id, "type": "complete"}
            units: int = message["payload"]["data"]["order"]["lines"][0]["allocatedQuantity"]
            return units

        before = await ask("1")
        await receive(server, admin_token, "SKU-A", "eu", 50)
        after = await ask("2")

    assert (before, after) == (100, 150)
