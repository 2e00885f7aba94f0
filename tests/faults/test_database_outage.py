"""A database outage, injected for real, and the way back without a restart.

The fault: the test database stops accepting connections (`ALTER DATABASE ... ALLOW_CONNECTIONS
false`, which binds superusers too) and every session on it is terminated
(`pg_terminate_backend`), so the server's pooled connections die and new ones are refused, as
when PostgreSQL goes away. The shared server keeps running; only this run's database is cut.

While it lasts: a request that needs the database (authenticating a token, or a public field that
reads a table) is HTTP 503 with Retry-After and one SERVICE_UNAVAILABLE error, in both response
media types; a request that needs nothing from the database is still served; a WebSocket
`connection_init` is answered with close code 1013 (try again later) and a reason. Once
connections are allowed again the same server answers normally: queries, mutations, WebSocket
subscriptions and their events.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from typing import Any

import asyncpg
import httpx
import pytest
import websockets
from websockets.exceptions import ConnectionClosed

from graphql_http import APPLICATION_JSON, GRAPHQL_RESPONSE_JSON
from models.access import Role
from tests.fixtures.backends import Backends, settings_for
from tests.fixtures.catalog import ORDER_STATUS_SUB, create_catalog, place
from tests.fixtures.database import make_token
from tests.fixtures.live import subscribe
from tests.fixtures.server import Server, serve_clean
from tests.fixtures.waiting import eventually

pytestmark = pytest.mark.postgres

TRACK = '{ orderTrack(number: "OG-000001", email: "ada@example.com") { status } }'
WAIT_BOUND = 30.0  # generous bounds on waits for conditions, not timing assertions


def _dsn(url: str) -> str:
    return url.replace("postgres://", "postgresql://", 1)


@contextlib.asynccontextmanager
async def database_outage(backends: Backends) -> AsyncIterator[None]:
    """This run's test database refuses connections and loses every session, for the body."""
    assert backends.admin_database_url is not None
    name = backends.database_url.rpartition("/")[2]
    admin = await asyncpg.connect(_dsn(backends.admin_database_url))
    try:
        await admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        try:
            await admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
                name,
            )
            yield
        finally:
            await admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    finally:
        await admin.close()


async def post(server: Server, query: str, *, accept: str, token: str | None = None) -> httpx.Response:
    headers = {"Accept": accept}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return await server.http.post("/graphql", json={"query": query}, headers=headers)


def unavailable_problems(response: httpx.Response, accept: str) -> list[str]:
    text = response.text[:300]
    if response.status_code != 503:
        return [f"HTTP {response.status_code} {response.headers.get('content-type')}: {text}"]
    problems = []
    if not response.headers.get("retry-after", "").isdigit():
        problems.append(f"Retry-After {response.headers.get('retry-after')!r}")
    if response.headers.get("content-type") != accept:
        problems.append(f"content-type {response.headers.get('content-type')}")
    body = response.json()
    if set(body) != {"errors"} or [e["extensions"]["code"] for e in body["errors"]] != ["SERVICE_UNAVAILABLE"]:
        problems.append(f"body {text}")
    return problems


async def ws_init(server: Server, token: str) -> tuple[str, Any]:
    """connection_init with `token`: ("ack", None) or ("closed", (code, reason))."""
    async with websockets.connect(server.ws_url, subprotocols=["graphql-transport-ws"]) as ws:  # type: ignore[list-item]
        await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}))
        try:
            message = json.loads(await asyncio.wait_for(ws.recv(), WAIT_BOUND))
        except ConnectionClosed:
            return "closed", (ws.close_code, ws.close_reason)
        return message["type"], None


async def until_served(server: Server, token: str) -> httpx.Response:
    """Poll (bounded) until an authenticated query is answered with 200."""

    async def served() -> httpx.Response | None:
        response = await post(server, "{ viewer { role } }", accept=APPLICATION_JSON, token=token)
        return response if response.status_code == 200 else None

    answered: httpx.Response = await eventually(served, within=WAIT_BOUND, what="served again after the outage")
    return answered


async def test_a_database_outage_is_503_and_1013_and_the_server_recovers_without_a_restart(
    backends: Backends,
) -> None:
    async with serve_clean(settings_for(backends), live=True) as server:
        admin = await make_token(Role.ADMIN)
        await create_catalog(server, admin)
        await place(server, admin, externalRef="before-the-outage")
        # A token the server has not looked up yet: over HTTP one it has (admin's) is trusted
        # for token_cache_seconds without the database (WebSockets look the token up afresh).
        ops = await make_token(Role.OPS)

        problems: dict[str, list[str]] = {}
        async with database_outage(backends):
            for accept in (APPLICATION_JSON, GRAPHQL_RESPONSE_JSON):
                authenticated = await post(server, "{ viewer { role } }", accept=accept, token=ops)
                anonymous_reading = await post(server, TRACK, accept=accept)
                for name, response in (("authenticated", authenticated), ("anonymous", anonymous_reading)):
                    if found := unavailable_problems(response, accept):
                        problems[f"{name} / {accept}"] = found
            anonymous_static = await post(server, "{ __typename }", accept=GRAPHQL_RESPONSE_JSON)
            during_ws = await ws_init(server, admin)

        recovered = await until_served(server, admin)
        after_ws = await ws_init(server, admin)
        async with subscribe(server, ORDER_STATUS_SUB, token=admin) as sub:
            placed = await place(server, admin, externalRef="after-the-outage")
            event = (await sub.next())["orderStatusChanged"]

    assert during_ws[0] == "closed" and during_ws[1][0] == 1013 and during_ws[1][1], during_ws
    assert problems == {}, json.dumps(problems, indent=1)
    assert anonymous_static.status_code == 200 and anonymous_static.json()["data"] == {"__typename": "Query"}
    assert recovered.status_code == 200 and recovered.json()["data"] == {"viewer": {"role": "ADMIN"}}
    assert after_ws == ("connection_ack", None)
    assert placed["userErrors"] == [] and event["order"]["id"] == placed["order"]["id"]


async def test_metrics_answers_during_a_database_outage(backends: Backends) -> None:
    async with serve_clean(settings_for(backends)) as server:
        before = await server.http.get("/metrics")
        async with database_outage(backends):
            during = await server.http.get("/metrics")
        after = await eventually(
            lambda: _metrics_with_backlog(server), within=WAIT_BOUND, what="the backlog is reported again"
        )

    assert before.status_code == during.status_code == 200
    assert "oms_outbox_backlog " in before.text
    # Without the database the figures that read it are left out; the process's own stay.
    assert "oms_outbox_backlog " not in during.text
    assert "oms_live_subscribers " in during.text and "oms_relay_failures_total " in during.text
    assert "oms_outbox_backlog " in after.text


async def _metrics_with_backlog(server: Server) -> httpx.Response | None:
    response = await server.http.get("/metrics")
    return response if "oms_outbox_backlog " in response.text else None
