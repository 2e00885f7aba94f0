"""A revoked token stops working at once, open WebSocket subscriptions included."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
import websockets

from models.access import ApiToken, Role
from schema.common import to_global_id
from tests.fixtures.catalog import ORDER_STATUS_SUB, place
from tests.fixtures.database import make_token
from tests.fixtures.live import subscribe
from tests.fixtures.server import Server

# Every test here subscribes over a real WebSocket.
pytestmark = pytest.mark.live_server

REVOKE = (
    "mutation($i: ApiTokenRevokeInput!) { apiTokenRevoke(input: $i) { apiToken { revokedAt } userErrors { code } } }"
)


async def test_revoking_a_token_ends_its_open_subscription_and_refuses_new_ones(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    ops = await make_token(Role.OPS)
    row = await ApiToken.filter(role=Role.OPS).get()
    async with subscribe(server, ORDER_STATUS_SUB, token=ops) as sub:
        await place(server, admin_token, externalRef="before")
        first = (await sub.next())["orderStatusChanged"]

        revoked = await server.gql(REVOKE, {"i": {"id": to_global_id("ApiToken", row.id)}}, token=admin_token)
        ended = await sub.raw()
        while ended["type"] == "next" and "errors" not in ended["payload"]:  # events already in flight
            ended = await sub.raw()
        # The same connection cannot start anything new either.
        await sub.ws.send(json.dumps({"id": "2", "type": "subscribe", "payload": {"query": ORDER_STATUS_SUB}}))
        refused = await sub.raw()
        while refused.get("id") != "2":  # the first operation's `complete`
            refused = await sub.raw()

    assert first["status"] == "PENDING"
    assert revoked["data"]["apiTokenRevoke"]["userErrors"] == []
    errors = ended["payload"] if ended["type"] == "error" else ended["payload"]["errors"]
    assert errors[0]["message"] == "The token was revoked."
    refused_errors = refused["payload"] if refused["type"] == "error" else refused["payload"]["errors"]
    assert refused_errors[0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert (await server.post("{ viewer { role } }", token=ops)).status_code == 401


async def test_a_revoked_token_cannot_open_a_websocket(server: Server, admin_token: str) -> None:
    ops = await make_token(Role.OPS)
    row = await ApiToken.filter(role=Role.OPS).get()
    await server.gql(REVOKE, {"i": {"id": to_global_id("ApiToken", row.id)}}, token=admin_token)

    async with websockets.connect(server.ws_url, subprotocols=["graphql-transport-ws"]) as ws:  # type: ignore[list-item]
        await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {ops}"}}))
        try:
            await asyncio.wait_for(ws.recv(), 10)
            closed_code = None
        except websockets.ConnectionClosed as closed:
            closed_code = closed.rcvd.code if closed.rcvd else None

    assert closed_code == 4403
