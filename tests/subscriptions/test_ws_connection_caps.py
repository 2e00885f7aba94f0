"""Open WebSockets are capped (SECURITY.md, "abuse"), over real sockets:

* per client address, from the handshake on (an idle socket costs memory before it says who
  it is): the socket over the cap is closed with 4429, another address is not affected, and
  a closed socket gives its slot back;
* per token, from connection_init on: over the cap, 4429; another token is not affected;
* a socket that initialised without a token is closed at the init timeout (4408), like one
  that never initialised;
* on Redis, the caps count the sockets of every worker process.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from typing import Any

import pytest
import websockets
from websockets.exceptions import ConnectionClosed

from models.access import Role
from tests.fixtures.backends import Backends, settings_for
from tests.fixtures.database import make_token
from tests.fixtures.processes import oms_process
from tests.fixtures.server import Server, serve_clean
from tests.fixtures.waiting import eventually
from tests.subscriptions.test_ws_limits import closed_with, init, receive, send

TOO_MANY = 4429


def connect(server: Server, address: str | None = None) -> Any:
    # The test server trusts 127.0.0.1 as a proxy: X-Forwarded-For stands for other addresses.
    headers = {"X-Forwarded-For": address} if address else None
    return websockets.connect(server.ws_url, subprotocols=["graphql-transport-ws"], additional_headers=headers)  # type: ignore[list-item]


async def answers(ws: Any) -> bool:
    """The socket is open and served: a ping gets its pong."""
    await send(ws, {"type": "ping"})
    return await receive(ws) == {"type": "pong"}


async def served_from(server: Server, address: str) -> bool:
    """Whether a new socket from `address` is served (or closed over the cap)."""
    async with connect(server, address) as ws:
        try:
            return await answers(ws)
        except ConnectionClosed:
            return False


@pytest.fixture
async def capped(backends: Backends) -> AsyncIterator[Server]:
    settings = settings_for(backends, ws_connections_per_address=3, ws_connections_per_token=2)
    async with serve_clean(settings, live=True) as server:
        yield server


async def test_sockets_over_the_per_address_cap_are_closed_with_4429(capped: Server) -> None:
    async with AsyncExitStack() as stack:
        held = [await stack.enter_async_context(connect(capped, "203.0.113.5")) for _ in range(3)]
        async with connect(capped, "203.0.113.5") as over:
            refused = await closed_with(over)
        async with connect(capped, "203.0.113.6") as elsewhere:
            other_address = await answers(elsewhere)
        served = [await answers(ws) for ws in held]
        await held[0].close()
        # The closed socket's slot is given back once the server has finished with it.
        await eventually(lambda: served_from(capped, "203.0.113.5"), what="the closed socket's slot is back")

    assert refused == (TOO_MANY, "Too many open connections from this address.")
    assert other_address and served == [True] * 3


async def test_sockets_over_the_per_token_cap_are_closed_with_4429(capped: Server) -> None:
    token, other = await make_token(Role.ADMIN), await make_token(Role.ADMIN)
    async with AsyncExitStack() as stack:
        held = [await stack.enter_async_context(connect(capped, f"198.51.100.{i}")) for i in range(2)]
        for ws in held:
            await init(ws, token)
        async with connect(capped, "198.51.100.9") as over:
            await send(over, {"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}})
            refused = await closed_with(over)
        async with connect(capped, "198.51.100.9") as other_token:
            await init(other_token, other)
            served_other = await answers(other_token)

    assert refused == (TOO_MANY, "Too many open connections with this token.")
    assert served_other


async def test_a_socket_initialised_without_a_token_is_closed_at_the_init_timeout(backends: Backends) -> None:
    settings = settings_for(backends, ws_init_timeout_seconds=0.5)
    async with serve_clean(settings, live=True) as server:
        admin = await make_token(Role.ADMIN)
        async with connect(server) as anonymous, connect(server) as authenticated:
            await init(anonymous, None)
            await init(authenticated, admin)
            public = await answers(anonymous)
            code, reason = await closed_with(anonymous)
            # `authenticated` opened at the same time: the deadline has passed for it too.
            still = await answers(authenticated)

    assert public, "until the deadline an anonymous socket is served (public queries)"
    assert (code, reason) == (4408, "Unauthenticated connection: closed at the init timeout")
    assert still


@pytest.mark.postgres  # Redis, two server processes
async def test_on_redis_the_caps_count_the_sockets_of_every_worker(backends: Backends, database: None) -> None:
    shared = {"OMS_WS_CONNECTIONS_PER_ADDRESS": "2", "OMS_NAMESPACE": f"oms-test-{uuid.uuid4().hex[:12]}"}
    async with oms_process(backends, env=shared) as a, oms_process(backends, env=shared) as b:
        async with connect(a, "192.0.2.44") as first, connect(b, "192.0.2.44") as second:
            served = [await answers(first), await answers(second)]
            async with connect(a, "192.0.2.44") as over_a, connect(b, "192.0.2.44") as over_b:
                refused = [(await closed_with(over_a))[0], (await closed_with(over_b))[0]]

    assert served == [True, True]
    assert refused == [TOO_MANY, TOO_MANY]
