"""Abuse limits: query depth, aliases, tokens, body size, time; clear errors, never a 500."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import asyncpg
import pytest
import websockets

from models.access import Role
from models.inventory import StockLevel, StockMovement
from tests.fixtures.backends import Backends, settings_for
from tests.fixtures.catalog import STOCK_ADJUST, adjust, seed_catalog
from tests.fixtures.database import make_token
from tests.fixtures.server import Server, serve_clean

ADJUST = {"sku": "SKU-A", "warehouse": "east", "delta": 5, "reason": "RECEIPT"}


async def test_a_too_deep_query_is_refused(server: Server, admin_token: str) -> None:
    deep = "{ orders { edges { node { lines { id } channel { id } " + "customer { id } " + "} } } }"
    nested = '{ node(id: "x") { ... on Order { ' + "channel { id } " * 1 + " } } }"
    too_deep = "{ orders { edges { node {" + " shipments { order {" * 6 + " id" + " } }" * 6 + " } } } }"

    fine = await server.gql(deep, token=admin_token)
    fine_too = await server.gql(nested, token=admin_token)
    refused = await server.post(too_deep, token=admin_token)

    assert "errors" not in fine and "errors" not in fine_too
    assert refused.status_code in (200, 400)
    assert "exceeds maximum operation depth" in refused.json()["errors"][0]["message"]


async def test_too_many_aliases_are_refused(server: Server, admin_token: str) -> None:
    query = "{ " + " ".join(f"a{i}: viewer {{ role }}" for i in range(31)) + " }"

    body = (await server.post(query, token=admin_token)).json()

    assert "aliases" in body["errors"][0]["message"].lower()


async def test_too_many_tokens_are_refused(server: Server, admin_token: str) -> None:
    query = "{ viewer { " + " ".join(["role"] * 3100) + " } }"

    body = (await server.post(query, token=admin_token)).json()

    assert "token" in body["errors"][0]["message"].lower()


async def test_a_body_over_the_limit_is_413_before_it_is_read(server: Server, admin_token: str) -> None:
    padding = "x" * (1_048_576 + 10)

    response = await server.http.post(
        "/graphql",
        content=('{"query": "{ viewer { role } }", "extensions": {"pad": "' + padding + '"}}').encode(),
        headers={"Authorization": f"Bearer {admin_token}", "content-type": "application/json"},
    )

    assert response.status_code == 413


async def test_a_streamed_body_over_the_limit_is_413(server: Server, admin_token: str) -> None:
    async def chunks() -> Any:
        yield b'{"query": "{ viewer { role } }", "x": "'
        for _ in range(20):
            yield b"y" * 65_536
        yield b'"}'

    response = await server.http.post(
        "/graphql",
        content=chunks(),
        headers={"Authorization": f"Bearer {admin_token}", "content-type": "application/json"},
    )

    assert response.status_code == 413


async def test_batching_is_not_accepted(server: Server, admin_token: str) -> None:
    response = await server.http.post(
        "/graphql",
        json=[{"query": "{ viewer { role } }"}, {"query": "{ viewer { role } }"}],
        headers={"Authorization": f"Bearer {admin_token}"},
    )

    assert response.status_code == 400


@pytest.mark.postgres
async def test_a_request_over_the_time_limit_is_refused_and_leaves_nothing_half_written(backends: Backends) -> None:
    """A stock adjustment waits on a row lock the test holds past the request time limit,
    once over HTTP and once over a WebSocket: HTTP answers 503 TIMEOUT, the WebSocket
    operation ends with a TIMEOUT error while the socket stays usable, each transaction is
    rolled back (no ledger entry, no counter change), and the server goes on serving once
    the lock is gone."""
    async with serve_clean(settings_for(backends, request_timeout_seconds=1), live=True) as server:
        admin = await make_token(Role.ADMIN)
        await seed_catalog(admin, stock=10)
        before = await StockMovement.all().count()
        locker = await asyncpg.connect(backends.database_url)
        try:
            async with locker.transaction():
                await locker.execute("SELECT id FROM stock_level FOR UPDATE")
                slow = await server.http.post(
                    "/graphql",
                    json={"query": STOCK_ADJUST, "variables": {"i": ADJUST}},
                    headers={"Authorization": f"Bearer {admin}"},
                )
                async with websockets.connect(server.ws_url, subprotocols=["graphql-transport-ws"]) as ws:  # type: ignore[list-item]
                    await ws.send(
                        json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {admin}"}})
                    )
                    assert json.loads(await ws.recv())["type"] == "connection_ack"
                    await ws.send(
                        json.dumps(
                            {
                                "id": "m",
                                "type": "subscribe",
                                "payload": {"query": STOCK_ADJUST, "variables": {"i": ADJUST}},
                            }
                        )
                    )
                    over_ws = json.loads(await asyncio.wait_for(ws.recv(), 10))
                    await ws.send(
                        json.dumps({"id": "q", "type": "subscribe", "payload": {"query": "{ viewer { role } }"}})
                    )
                    still_usable = json.loads(await asyncio.wait_for(ws.recv(), 10))
        finally:
            await locker.close()
        after_timeout = await StockMovement.all().count()
        on_hand = await StockLevel.filter(product__sku="SKU-A", warehouse__code="east").first().values("on_hand")
        again = await adjust(server, admin, sku="SKU-A", warehouse="east", delta=1)

    assert slow.status_code == 503
    assert slow.json() == {"errors": [{"message": "The request took too long.", "extensions": {"code": "TIMEOUT"}}]}
    assert over_ws == {
        "id": "m",
        "type": "error",
        "payload": [{"message": "The request took too long.", "extensions": {"code": "TIMEOUT"}}],
    }
    assert still_usable["id"] == "q" and still_usable["payload"]["data"] == {"viewer": {"role": "ADMIN"}}
    assert after_timeout == before
    assert on_hand == {"on_hand": 10}
    assert again["userErrors"] == [] and again["stockLevel"]["onHand"] == 11
