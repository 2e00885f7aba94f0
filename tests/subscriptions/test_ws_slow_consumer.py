"""A WebSocket whose peer stops reading: its messages wait in a bounded queue, and the one
over Settings.ws_send_queue_size closes it with 1008 (graphql_ws.SLOW_CONSUMER) and a reason;
the other subscribers of the process keep getting every event.

The peer stops reading for real: its socket's receive buffer is small and its client reads
nothing, so the server's socket buffers fill and writing blocks. Each event's answer is made
large (100 private metadata values of 2,000 characters, selected five times) so that a few
events fill those buffers."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from websockets.client import ClientProtocol
from websockets.frames import Frame, Opcode
from websockets.protocol import State
from websockets.typing import Subprotocol
from websockets.uri import parse_uri

from graphql_ws import SLOW_CONSUMER
from models.access import Role
from schema.common import from_global_id
from services.order_actions import hold_order, release_order
from services.order_details import update_metadata
from tests.fixtures.backends import Backends, settings_for
from tests.fixtures.catalog import place, principal_of, seed_catalog
from tests.fixtures.database import make_token
from tests.fixtures.live import live_subscribers, metric, subscribe, wait_for_listeners
from tests.fixtures.server import Server, serve_clean
from tests.fixtures.waiting import eventually

pytestmark = pytest.mark.live_server

QUEUE = 4
EVENTS = 30  # far more than the socket buffers (a few MB) and QUEUE hold at ~1 MB each
BIG = (
    "subscription { orderStatusChanged { "
    + " ".join(f"a{i}: order {{ privateMetadata {{ key value }} }}" for i in range(5))
    + " } }"
)
SMALL = "subscription { orderStatusChanged { status } }"


async def slow_closes(server: Server, *, at_least: float) -> bool:
    return await metric(server, "oms_ws_slow_consumers_total") >= at_least


@pytest.fixture
async def small_queue_server(backends: Backends) -> AsyncIterator[Server]:
    async with serve_clean(settings_for(backends, ws_send_queue_size=QUEUE), live=True) as running:
        yield running


class StalledPeer:
    """A graphql-transport-ws client that reads only when told to: websockets' sans-I/O
    protocol over a plain socket with a small receive buffer (websockets' asyncio client
    keeps reading from its socket whatever its queue size)."""

    def __init__(self, server: Server) -> None:
        address = urlsplit(server.base_url)
        assert address.hostname is not None and address.port is not None
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        self.sock.connect((address.hostname, address.port))
        self.sock.setblocking(False)
        self.protocol = ClientProtocol(
            parse_uri(server.ws_url), subprotocols=[Subprotocol("graphql-transport-ws")], max_size=None
        )
        self.protocol.send_request(self.protocol.connect())

    async def _flush(self) -> None:
        for data in self.protocol.data_to_send():
            if data:
                await asyncio.get_running_loop().sock_sendall(self.sock, data)

    async def send(self, message: dict[str, Any]) -> None:
        while self.protocol.state is State.CONNECTING:  # the handshake's response first
            await self._events()
        self.protocol.send_text(json.dumps(message).encode())
        await self._flush()

    async def _events(self) -> list[Any]:
        await self._flush()  # the handshake's request, at first
        data = await asyncio.wait_for(asyncio.get_running_loop().sock_recv(self.sock, 1 << 20), 10)
        if data:
            self.protocol.receive_data(data)
        else:
            self.protocol.receive_eof()
        await self._flush()  # pongs, and the reply to a close
        return self.protocol.events_received()

    async def message(self) -> dict[str, Any]:
        while True:
            for event in await self._events():
                if isinstance(event, Frame) and event.opcode is Opcode.TEXT:
                    return json.loads(bytes(event.data))  # type: ignore[no-any-return]

    async def closed(self) -> tuple[int, str]:
        """Read everything (what waited, then the close frame); its code and reason."""
        while self.protocol.close_rcvd is None:
            await self._events()
        return self.protocol.close_rcvd.code, self.protocol.close_rcvd.reason


async def test_a_peer_that_stops_reading_is_closed_with_1008_while_the_others_get_every_event(
    small_queue_server: Server,
) -> None:
    server = small_queue_server
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin)
    order: dict[str, Any] = (await place(server, admin))["order"]
    pk = from_global_id(order["id"])
    assert pk is not None
    principal = await principal_of(admin)
    await update_metadata(
        principal, order_id=pk[1], items=[(f"k{i}", "x" * 2000) for i in range(100)], remove=[], private=True
    )
    before = await live_subscribers(server)
    before_slow = await metric(server, "oms_ws_slow_consumers_total")

    # given a subscriber that reads nothing (its client takes one message off the socket at
    # most) and one that reads every event
    stalled = StalledPeer(server)
    async with subscribe(server, SMALL, token=admin) as healthy:
        await stalled.send({"type": "connection_init", "payload": {"Authorization": f"Bearer {admin}"}})
        assert (await stalled.message())["type"] == "connection_ack"
        await stalled.send({"id": "1", "type": "subscribe", "payload": {"query": BIG}})
        await wait_for_listeners(server, at_least=before + 2)

        # when many status changes come
        statuses = []
        for n in range(EVENTS):
            if n % 2 == 0:
                await hold_order(principal, order_id=pk[1], reason="slow")
            else:
                await release_order(principal, order_id=pk[1], reason=None)
            statuses.append((await healthy.next())["orderStatusChanged"]["status"])

        # then the one that read nothing is closed as too slow (once its own answers pile up:
        # they are larger and slower to make than the other's), with a reason
        await eventually(lambda: slow_closes(server, at_least=before_slow + 1), what="the stalled peer is closed")
        code, reason = await stalled.closed()
    stalled.sock.close()

    assert code == SLOW_CONSUMER
    assert reason == f"Too slow: {QUEUE} messages were waiting. Resume with `after`."
    # and the other got every event, in order
    assert len(statuses) == EVENTS
    assert statuses[:2] == ["ON_HOLD", statuses[1]] and statuses[1] != "ON_HOLD"
    assert json.dumps(statuses).count("ON_HOLD") == EVENTS // 2
