"""graphql-transport-ws limits (SECURITY.md, "abuse" and "disclosure"), over real WebSockets.

* A socket that never sends `connection_init` is closed with 4408 once the configured init
  timeout passes (a server started with a short `ws_init_timeout_seconds`); pings do not keep
  it alive, and a socket that did initialise is not affected.
* One socket carries at most `max_subscriptions_per_connection` operations: the next one is
  refused with an `error` message while the earlier ones keep receiving events, and a slot
  freed by `complete` can be used again.
* Only graphql-transport-ws is spoken: the legacy graphql-ws protocol (which has no init
  timeout) is refused with 4406.
* Keep-alive: the server pings at the WebSocket level every `ws_ping_interval_seconds`; a
  peer that answers stays connected and keeps receiving events, a peer that stops answering
  is dropped after `ws_ping_timeout_seconds` and its subscriptions end.
* An unexpected fault inside a running subscription reaches the client masked as
  "Unexpected error." (no traceback, no SQL, no driver names). The fault is genuine: a
  dedicated SQLite database loses the "order" table while the server runs, and a
  subscription replaying order events has to read it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import websockets
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed
from websockets.frames import Frame, Opcode
from websockets.protocol import Event

from models.access import Role
from settings import Settings
from tests.fixtures.backends import SECRET, Backends, settings_for
from tests.fixtures.catalog import ORDER_STATUS_SUB, place, seed_catalog
from tests.fixtures.database import make_token
from tests.fixtures.live import live_subscribers, wait_for_listeners
from tests.fixtures.server import Server, serve, serve_clean
from tests.fixtures.waiting import eventually

INIT_TIMEOUT = 0.5
# Generous bounds on waits, so a slow machine does not fail a test; not timing assertions.
# The init-timeout bound is well under the 10 s default: a server that ignored the setting fails.
CLOSE_WITHIN = 5.0
LEAKS = ("Traceback", 'File "', "no such table", "SELECT", "sqlite", "OperationalError", "tortoise", "aiosqlite")


@pytest.fixture
async def short_init_server(backends: Backends) -> AsyncIterator[Server]:
    """The real app with a short WebSocket init timeout, on the clean shared test database."""
    async with serve_clean(settings_for(backends, ws_init_timeout_seconds=INIT_TIMEOUT), live=True) as running:
        yield running


def connect(server: Server, **options: Any) -> Any:
    return websockets.connect(server.ws_url, subprotocols=["graphql-transport-ws"], **options)  # type: ignore[list-item]


class PingCountingConnection(ClientConnection):
    """websockets' client, which answers every WebSocket ping, counting the pings it answered."""

    pings = 0

    def process_event(self, event: Event) -> None:
        if isinstance(event, Frame) and event.opcode is Opcode.PING:
            self.pings += 1
        super().process_event(event)


async def listeners_are(server: Server, count: int) -> bool:
    return await live_subscribers(server) == count


async def send(ws: Any, message: dict[str, Any]) -> None:
    await ws.send(json.dumps(message))


async def receive(ws: Any, timeout: float = 10.0) -> dict[str, Any]:
    """The next message that is not a keep-alive ping (answered)."""
    while True:
        message: dict[str, Any] = json.loads(await asyncio.wait_for(ws.recv(), timeout))
        if message["type"] == "ping":
            await send(ws, {"type": "pong"})
            continue
        return message


async def receive_for(ws: Any, operation: str) -> dict[str, Any]:
    """The next message of one operation (other operations' messages are skipped)."""
    for _ in range(1000):
        message = await receive(ws)
        if message.get("id") == operation:
            return message
    raise AssertionError(f"no message for operation {operation}")


async def init(ws: Any, token: str | None) -> None:
    await send(ws, {"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"} if token else {}})
    ack = await receive(ws)
    assert ack["type"] == "connection_ack", ack


async def closed_with(ws: Any) -> tuple[int | None, str | None]:
    """Wait (bounded) for the server to close the socket; its close code and reason."""
    with pytest.raises(ConnectionClosed):
        while True:
            await asyncio.wait_for(ws.recv(), CLOSE_WITHIN)
    return ws.close_code, ws.close_reason


# --- connection_init timeout --------------------------------------------------------------------


async def test_a_socket_that_never_initialises_is_closed_with_4408_after_the_configured_timeout(
    short_init_server: Server,
) -> None:
    server = short_init_server
    async with connect(server) as idle:
        code, reason = await closed_with(idle)

    assert server.settings.ws_init_timeout_seconds == INIT_TIMEOUT
    assert (code, reason) == (4408, "Connection initialisation timeout")


async def test_pings_do_not_keep_an_uninitialised_socket_alive_and_an_initialised_one_is_not_closed(
    short_init_server: Server,
) -> None:
    server = short_init_server
    admin = await make_token(Role.ADMIN)
    async with connect(server) as pinging, connect(server) as ready:
        await init(ready, admin)
        await send(pinging, {"type": "ping"})
        assert await receive(pinging) == {"type": "pong"}
        code, _ = await closed_with(pinging)
        # The init timeout has certainly passed for `ready` too (it opened first): still served.
        await send(ready, {"id": "q", "type": "subscribe", "payload": {"query": "{ viewer { role } }"}})
        answer = await receive(ready)
        done = await receive(ready)

    assert code == 4408
    assert (answer["id"], answer["type"], answer["payload"]["data"]) == ("q", "next", {"viewer": {"role": "ADMIN"}})
    assert done == {"id": "q", "type": "complete"}


async def test_an_operation_before_connection_init_closes_the_socket_unauthorised(short_init_server: Server) -> None:
    async with connect(short_init_server) as ws:
        await send(ws, {"id": "1", "type": "subscribe", "payload": {"query": ORDER_STATUS_SUB}})
        code, _ = await closed_with(ws)

    assert code == 4401


# --- operations per connection --------------------------------------------------------------------


@pytest.mark.live_server  # WebSockets
async def test_operations_beyond_the_per_connection_limit_are_refused_while_the_earlier_ones_keep_working(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    limit = server.settings.max_subscriptions_per_connection
    assert limit == 20, "SECURITY.md promises 20 operations per connection"
    before = await live_subscribers(server)
    async with connect(server) as ws:
        await init(ws, admin_token)
        for n in range(1, limit + 1):
            await send(ws, {"id": str(n), "type": "subscribe", "payload": {"query": ORDER_STATUS_SUB}})
        await wait_for_listeners(server, at_least=before + limit)
        await send(ws, {"id": "over", "type": "subscribe", "payload": {"query": ORDER_STATUS_SUB}})
        refused = await receive(ws)
        order = (await place(server, admin_token))["order"]
        events: dict[str, list[dict[str, Any]]] = {str(n): [] for n in range(1, limit + 1)}
        while any(not got for got in events.values()):
            message = await receive(ws)
            assert message["type"] == "next" and message["id"] in events, message
            events[message["id"]].append(message["payload"])
        listening = await live_subscribers(server)

        # A slot freed by `complete` is usable again, and the limit still holds after that.
        await send(ws, {"id": "1", "type": "complete"})
        await eventually(lambda: listeners_are(server, before + limit - 1), what="the completed operation ends")
        freed = await live_subscribers(server)
        await send(ws, {"id": "again", "type": "subscribe", "payload": {"query": ORDER_STATUS_SUB}})
        await wait_for_listeners(server, at_least=before + limit)
        await send(ws, {"id": "over-again", "type": "subscribe", "payload": {"query": ORDER_STATUS_SUB}})
        refused_again = await receive_for(ws, "over-again")
        second = (await place(server, admin_token, externalRef="WEB-1002"))["order"]
        reused = await receive_for(ws, "again")

    assert refused["id"] == "over" and refused["type"] == "error", refused
    assert [e["message"] for e in refused["payload"]] == ["Subscription limit reached"], refused
    assert listening == before + limit, "the refused operation registered no listener"
    for payloads in events.values():
        assert "errors" not in payloads[0], payloads[0]
        assert payloads[0]["data"]["orderStatusChanged"]["order"]["number"] == order["number"]
    assert freed == before + limit - 1, "complete frees the operation's slot"
    assert (refused_again["id"], refused_again["type"]) == ("over-again", "error"), refused_again
    assert reused["type"] == "next", reused
    assert reused["payload"]["data"]["orderStatusChanged"]["order"]["number"] == second["number"]


# --- protocols and keep-alive ----------------------------------------------------------------------


@pytest.mark.live_server  # WebSockets
async def test_the_legacy_graphql_ws_protocol_is_refused(server: Server) -> None:
    async with websockets.connect(server.ws_url, subprotocols=["graphql-ws"]) as legacy:  # type: ignore[list-item]
        code, reason = await closed_with(legacy)

    assert (code, reason) == (4406, "Subprotocol not acceptable")


class SilentPeer:
    """A graphql-transport-ws client that initialises, subscribes, and then never answers the
    server's WebSocket pings (what a vanished phone looks like): websockets' sans-I/O client
    frames the messages, and nothing it would send back after that is sent."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.pings = 0

    async def __aenter__(self) -> SilentPeer:
        from websockets.client import ClientProtocol
        from websockets.uri import parse_uri

        self.protocol = ClientProtocol(parse_uri(self.server.ws_url), subprotocols=["graphql-transport-ws"])  # type: ignore[list-item]
        host, port = self.server.base_url.removeprefix("http://").split(":")
        self.reader, self.writer = await asyncio.open_connection(host, int(port))
        self.protocol.send_request(self.protocol.connect())
        await self._flush()
        await self._events()  # the handshake response
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.writer.close()
        with contextlib.suppress(Exception):
            await self.writer.wait_closed()

    async def send(self, message: dict[str, Any]) -> None:
        self.protocol.send_text(json.dumps(message).encode())
        await self._flush()

    async def _flush(self) -> None:
        for data in self.protocol.data_to_send():
            self.writer.write(data)
        await self.writer.drain()

    async def _events(self) -> list[Any]:
        data = await asyncio.wait_for(self.reader.read(65536), CLOSE_WITHIN)
        if not data:
            raise ConnectionResetError("closed by the server")
        self.protocol.receive_data(data)
        return list(self.protocol.events_received())

    async def wait_until_dropped(self) -> None:
        """Read (bounded) until the server closes the connection; pong nothing."""
        from websockets.frames import Opcode

        with contextlib.suppress(ConnectionResetError):
            while True:
                for event in await self._events():
                    if getattr(event, "opcode", None) is Opcode.PING:
                        self.pings += 1
                self.protocol.data_to_send()  # the automatic pongs: dropped, never sent


async def test_a_peer_that_stops_answering_pings_is_dropped_and_one_that_answers_is_kept(backends: Backends) -> None:
    settings = settings_for(backends, ws_ping_interval_seconds=0.2, ws_ping_timeout_seconds=0.3)
    async with serve_clean(settings, live=True) as server:
        admin = await make_token(Role.ADMIN)
        await seed_catalog(admin)
        before = await live_subscribers(server)
        async with connect(server, create_connection=PingCountingConnection) as alive, SilentPeer(server) as silent:
            await init(alive, admin)
            await send(alive, {"id": "a", "type": "subscribe", "payload": {"query": ORDER_STATUS_SUB}})
            await silent.send({"type": "connection_init", "payload": {"Authorization": f"Bearer {admin}"}})
            await silent.send({"id": "s", "type": "subscribe", "payload": {"query": ORDER_STATUS_SUB}})
            await wait_for_listeners(server, at_least=before + 2)

            await silent.wait_until_dropped()
            # the dropped peer's subscription ends with it
            await eventually(lambda: listeners_are(server, before + 1), what="the dropped peer's subscription ends")
            remaining = await live_subscribers(server)
            # several more ping intervals, each answered, for the peer that answers
            answered = alive.pings
            await eventually(lambda: alive.pings >= answered + 3, what="three more pings answered")
            order = (await place(server, admin))["order"]
            event = await receive_for(alive, "a")

    assert silent.pings >= 1, "the server pinged the silent peer before dropping it"
    assert remaining == before + 1
    assert event["payload"]["data"]["orderStatusChanged"]["order"]["number"] == order["number"]


# --- masked faults -------------------------------------------------------------------------------


def _drop_order_table(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path, timeout=30)) as conn:
        conn.execute('DROP TABLE "order"')
        conn.commit()


@pytest.mark.parametrize("env", ["development", "production"])
async def test_an_unexpected_fault_inside_a_subscription_is_masked(migrated_sqlite: Path, env: str) -> None:
    # The shared test database is untouched (whichever backends the suite uses): the fault
    # happens in a dedicated SQLite file (migrated by `oms migrate`) that loses a table while
    # the server runs.
    path = migrated_sqlite
    settings = Settings(
        database_url=f"sqlite://{path}",
        broadcast_url="memory://",
        secret_key=SECRET,
        env=env,
        log_level="CRITICAL",
        allow_embedded_in_production=True,
    )
    async with serve(settings) as server:
        admin = await make_token(Role.ADMIN)
        await seed_catalog(admin)
        await place(server, admin)
        await asyncio.to_thread(_drop_order_table, path)
        messages: list[dict[str, Any]] = []
        async with connect(server) as ws:
            await init(ws, admin)
            # Replays the order's status events: each one reads the order, which is gone.
            await send(
                ws,
                {"id": "1", "type": "subscribe", "payload": {"query": ORDER_STATUS_SUB, "variables": {"after": "0"}}},
            )
            messages.append(await receive(ws))
            with contextlib.suppress(TimeoutError):
                while messages[-1]["type"] == "next":
                    messages.append(await receive(ws, timeout=2))
            # The socket still serves other operations after the fault.
            await send(ws, {"id": "2", "type": "subscribe", "payload": {"query": "{ viewer { role } }"}})
            for _ in range(10):
                answer = await receive(ws)
                if answer.get("id") == "2":
                    break
                messages.append(answer)

    errors = [e for m in messages if m["type"] == "next" for e in m["payload"].get("errors", [])]
    errors += [e for m in messages if m["type"] == "error" for e in m["payload"]]
    assert errors, messages
    assert {e["message"] for e in errors} == {"Unexpected error."}, errors
    for error in errors:
        assert set(error) <= {"message", "locations", "path"}, error
    text = json.dumps(messages)
    for leak in LEAKS:
        assert leak.lower() not in text.lower(), (leak, text)
    assert {m["id"] for m in messages} == {"1"} and messages[-1] == {"id": "1", "type": "complete"}, messages
    assert answer["type"] == "next" and answer["payload"]["data"] == {"viewer": {"role": "ADMIN"}}, answer
