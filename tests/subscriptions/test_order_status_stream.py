"""orderStatusChanged over a real graphql-transport-ws WebSocket: live, resumable, scoped."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
import websockets

from models.access import Role
from tests.fixtures.catalog import ORDER_STATUS_SUB, place
from tests.fixtures.database import make_token
from tests.fixtures.live import subscribe, wait_for_listeners
from tests.fixtures.server import Server

# Every test here subscribes over a real WebSocket.
pytestmark = pytest.mark.live_server

HOLD = "mutation($i: OrderHoldInput!) { orderHold(input: $i) { order { status } userErrors { code } } }"
RELEASE = "mutation($i: OrderReleaseInput!) { orderRelease(input: $i) { order { status } userErrors { code } } }"
CANCEL = "mutation($i: OrderCancelInput!) { orderCancel(input: $i) { order { status } userErrors { code } } }"


async def hold(server: Server, token: str, order_id: str) -> None:
    body = await server.gql(HOLD, {"i": {"id": order_id, "reason": "fraud check"}}, token=token)
    assert body["data"]["orderHold"]["userErrors"] == [], body


async def release(server: Server, token: str, order_id: str) -> None:
    body = await server.gql(RELEASE, {"i": {"id": order_id}}, token=token)
    assert body["data"]["orderRelease"]["userErrors"] == [], body


async def test_status_changes_arrive_live_in_order(server: Server, admin_token: str, catalog: dict[str, Any]) -> None:
    async with subscribe(server, ORDER_STATUS_SUB, token=admin_token) as sub:
        order = (await place(server, admin_token))["order"]
        await hold(server, admin_token, order["id"])
        await release(server, admin_token, order["id"])

        events = [(await sub.next())["orderStatusChanged"] for _ in range(4)]

    assert [(e["previousStatus"], e["status"]) for e in events] == [
        (None, "PENDING"),
        ("PENDING", "ALLOCATED"),
        ("ALLOCATED", "ON_HOLD"),
        ("ON_HOLD", "ALLOCATED"),
    ]
    assert all(e["order"]["id"] == order["id"] for e in events)
    cursors = [int(e["cursor"]) for e in events]
    assert cursors == sorted(cursors) and len(set(cursors)) == 4


async def test_resume_after_cursor_replays_exactly_the_missed_events_then_continues_live(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    async with subscribe(server, ORDER_STATUS_SUB, token=admin_token) as sub:
        order = (await place(server, admin_token))["order"]
        first = (await sub.next())["orderStatusChanged"]
    # Disconnected: two changes happen.
    await hold(server, admin_token, order["id"])
    await release(server, admin_token, order["id"])

    async with subscribe(server, ORDER_STATUS_SUB, {"after": first["cursor"]}, token=admin_token) as sub:
        missed = [(await sub.next())["orderStatusChanged"] for _ in range(3)]
        await hold(server, admin_token, order["id"])
        live = (await sub.next())["orderStatusChanged"]
        await sub.nothing_within(0.3)

    assert (first["previousStatus"], first["status"]) == (None, "PENDING")
    assert [(e["previousStatus"], e["status"]) for e in missed] == [
        ("PENDING", "ALLOCATED"),
        ("ALLOCATED", "ON_HOLD"),
        ("ON_HOLD", "ALLOCATED"),
    ]
    assert (live["previousStatus"], live["status"]) == ("ALLOCATED", "ON_HOLD")
    cursors = [int(e["cursor"]) for e in [first, *missed, live]]
    assert cursors == sorted(set(cursors))


async def test_resume_under_concurrent_writes_has_no_gap_and_no_duplicate(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    """Orders keep arriving while a client reconnects with its cursor."""
    await place(server, admin_token, externalRef="seed")
    async with subscribe(server, ORDER_STATUS_SUB, {"after": "0"}, token=admin_token) as sub:
        await sub.next()  # created
        seed = (await sub.next())["orderStatusChanged"]  # allocated

    writing = asyncio.Event()

    async def writer() -> None:
        for i in range(30):
            await place(server, admin_token, externalRef=f"W-{i}")
            writing.set()

    task = asyncio.create_task(writer())
    await asyncio.wait_for(writing.wait(), 10)  # the first order is in: the client reconnects mid-stream
    async with subscribe(server, ORDER_STATUS_SUB, {"after": seed["cursor"]}, token=admin_token) as sub:
        received = [(await sub.next())["orderStatusChanged"] for _ in range(60)]
        await task
        await sub.nothing_within(0.3)

    cursors = [int(e["cursor"]) for e in received]
    assert cursors == sorted(set(cursors)), "in order, no duplicates"
    by_order: dict[str, list[str]] = {}
    for e in received:
        by_order.setdefault(e["order"]["number"], []).append(e["status"])
    assert len(by_order) == 30
    assert all(statuses == ["PENDING", "ALLOCATED"] for statuses in by_order.values())


async def test_order_id_filter(server: Server, admin_token: str, catalog: dict[str, Any]) -> None:
    a = (await place(server, admin_token, externalRef="A"))["order"]
    b = (await place(server, admin_token, externalRef="B"))["order"]
    async with subscribe(server, ORDER_STATUS_SUB, {"orderId": b["id"]}, token=admin_token) as sub:
        await hold(server, admin_token, a["id"])
        await hold(server, admin_token, b["id"])
        event = (await sub.next())["orderStatusChanged"]
        await sub.nothing_within(0.3)

    assert (event["order"]["id"], event["status"]) == (b["id"], "ON_HOLD")


async def test_customer_and_channel_tokens_receive_only_their_orders(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    ada = await make_token(Role.CUSTOMER, "ada@example.com")
    market = await make_token(Role.CHANNEL, "market")
    async with (
        subscribe(server, ORDER_STATUS_SUB, token=ada) as ada_sub,
        subscribe(server, ORDER_STATUS_SUB, token=market) as market_sub,
    ):
        await place(server, admin_token, externalRef="1", customer={"email": "bob@example.com"})
        mine = (await place(server, admin_token, externalRef="2"))["order"]
        on_market = (
            await place(server, admin_token, channel="market", externalRef="3", customer={"email": "bob@example.com"})
        )["order"]

        ada_events = [(await ada_sub.next())["orderStatusChanged"] for _ in range(2)]
        market_events = [(await market_sub.next())["orderStatusChanged"] for _ in range(2)]
        await ada_sub.nothing_within(0.3)
        await market_sub.nothing_within(0.1)

    assert {e["order"]["id"] for e in ada_events} == {mine["id"]}
    assert {e["order"]["id"] for e in market_events} == {on_market["id"]}


async def test_scoped_token_cannot_subscribe_to_someone_elses_order(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    theirs = (await place(server, admin_token, customer={"email": "bob@example.com"}))["order"]
    ada = await make_token(Role.CUSTOMER, "ada@example.com")
    async with websockets.connect(server.ws_url, subprotocols=["graphql-transport-ws"]) as ws:  # type: ignore[list-item]
        await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {ada}"}}))
        assert json.loads(await ws.recv())["type"] == "connection_ack"
        await ws.send(
            json.dumps(
                {
                    "id": "1",
                    "type": "subscribe",
                    "payload": {"query": ORDER_STATUS_SUB, "variables": {"orderId": theirs["id"]}},
                }
            )
        )
        message = json.loads(await asyncio.wait_for(ws.recv(), 10))

    assert message["type"] in ("error", "next")
    errors = message["payload"] if message["type"] == "error" else message["payload"]["errors"]
    assert errors[0]["message"] == "Order not found."


async def test_fifty_concurrent_subscribers_all_receive(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    async def one() -> dict[str, Any]:
        async with websockets.connect(server.ws_url, subprotocols=["graphql-transport-ws"]) as ws:  # type: ignore[list-item]
            await ws.send(
                json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {admin_token}"}})
            )
            assert json.loads(await ws.recv())["type"] == "connection_ack"
            await ws.send(json.dumps({"id": "s", "type": "subscribe", "payload": {"query": ORDER_STATUS_SUB}}))
            ready.release()
            message: dict[str, Any] = json.loads(await asyncio.wait_for(ws.recv(), 15))
            return message

    ready = asyncio.Semaphore(0)
    tasks = [asyncio.create_task(one()) for _ in range(50)]
    for _ in range(50):
        await ready.acquire()
    await wait_for_listeners(server, at_least=50)
    order = (await place(server, admin_token))["order"]
    messages = await asyncio.gather(*tasks)

    assert [m["type"] for m in messages] == ["next"] * 50
    assert {m["payload"]["data"]["orderStatusChanged"]["order"]["id"] for m in messages} == {order["id"]}


async def test_invalid_cursor_is_an_error_not_a_hang(server: Server, admin_token: str) -> None:
    async with websockets.connect(server.ws_url, subprotocols=["graphql-transport-ws"]) as ws:  # type: ignore[list-item]
        await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {admin_token}"}}))
        assert json.loads(await ws.recv())["type"] == "connection_ack"
        await ws.send(
            json.dumps(
                {
                    "id": "1",
                    "type": "subscribe",
                    "payload": {"query": ORDER_STATUS_SUB, "variables": {"after": "garbage"}},
                }
            )
        )
        message = json.loads(await asyncio.wait_for(ws.recv(), 10))

    errors = message["payload"] if message["type"] == "error" else message["payload"]["errors"]
    assert "Invalid cursor" in errors[0]["message"]


@pytest.mark.parametrize("payload", [{"Authorization": "Bearer oms_not-a-real-token"}, {"Authorization": "Bearer "}])
async def test_bad_token_closes_the_websocket(server: Server, payload: dict[str, str]) -> None:
    async with websockets.connect(server.ws_url, subprotocols=["graphql-transport-ws"]) as ws:  # type: ignore[list-item]
        await ws.send(json.dumps({"type": "connection_init", "payload": payload}))
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await asyncio.wait_for(ws.recv(), 10)

    assert closed.value.rcvd is not None and closed.value.rcvd.code in (4401, 4403)


async def test_no_token_cannot_subscribe(server: Server) -> None:
    async with websockets.connect(server.ws_url, subprotocols=["graphql-transport-ws"]) as ws:  # type: ignore[list-item]
        await ws.send(json.dumps({"type": "connection_init", "payload": {}}))
        assert json.loads(await ws.recv())["type"] == "connection_ack"
        await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": ORDER_STATUS_SUB}}))
        message = json.loads(await asyncio.wait_for(ws.recv(), 10))

    errors = message["payload"] if message["type"] == "error" else message["payload"]["errors"]
    assert errors[0]["extensions"]["code"] == "UNAUTHENTICATED"
