"""A database that hangs, for real, and a request that does not hang with it.

The fault: the test's own session takes a lock and keeps it (what a stuck migration, a
forgotten `BEGIN` in psql or a runaway batch job does). A request that needs what is locked
waits for it only as long as the statement timeout (`database_statement_timeout_seconds`,
short here), then is answered HTTP 503 with Retry-After and SERVICE_UNAVAILABLE, as in an
outage: retry later. Nothing was written. The server is not stuck: a request that needs
nothing locked is served while the lock is held, and once it is gone the same request that
was refused succeeds.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlsplit

import asyncpg
import httpx
import pytest

from graphql_http import APPLICATION_JSON, GRAPHQL_RESPONSE_JSON
from models.access import Role
from models.orders import parse_order_number
from tests.fixtures.backends import Backends, settings_for
from tests.fixtures.catalog import create_catalog, place, without_cost
from tests.fixtures.database import make_token
from tests.fixtures.faults import FreezingProxy
from tests.fixtures.server import Server, serve_clean
from tests.fixtures.waiting import eventually

pytestmark = pytest.mark.postgres

STATEMENT_TIMEOUT = 0.5
HOLD = (
    'mutation($id: ID!) { orderHold(input: {id: $id, reason: "call back"}) { order { status } userErrors { code } } }'
)
ORDERS = "{ orders(first: 5) { totalCount } }"


@contextlib.asynccontextmanager
async def locked(backends: Backends, statement: str) -> AsyncIterator[None]:
    """`statement` (a lock) run by the test's own session in a transaction kept open for the body."""
    conn = await asyncpg.connect(backends.database_url.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute("BEGIN")
        await conn.execute(statement)
        yield
    finally:
        await conn.close()  # rolls back: the lock is gone


async def post(server: Server, query: str, variables: dict[str, Any], *, token: str, accept: str) -> httpx.Response:
    headers = {"Accept": accept, "Authorization": f"Bearer {token}"}
    return await server.http.post("/graphql", json={"query": query, "variables": variables}, headers=headers)


def unavailable(response: httpx.Response) -> tuple[int, str | None, list[str]]:
    body = response.json()
    return (
        response.status_code,
        response.headers.get("retry-after"),
        [e.get("extensions", {}).get("code") for e in body.get("errors", [])],
    )


async def test_a_request_blocked_by_a_held_lock_is_503_after_the_statement_timeout_and_the_server_serves_on(
    backends: Backends,
) -> None:
    settings = settings_for(backends, database_statement_timeout_seconds=STATEMENT_TIMEOUT)
    async with serve_clean(settings) as server:
        admin = await make_token(Role.ADMIN)
        await create_catalog(server, admin)
        order = (await place(server, admin))["order"]
        variables = {"id": order["id"]}

        # A write that waits for a row another session holds.
        async with locked(
            backends, f'SELECT 1 FROM "order" WHERE id = {parse_order_number(order["number"])} FOR UPDATE'
        ):
            blocked_write = {
                accept: unavailable(await post(server, HOLD, variables, token=admin, accept=accept))
                for accept in (APPLICATION_JSON, GRAPHQL_RESPONSE_JSON)
            }
            meanwhile = await server.gql("{ viewer { role } }", token=admin)
        # A read that waits for a table another session has locked.
        async with locked(backends, 'LOCK TABLE "order" IN ACCESS EXCLUSIVE MODE'):
            blocked_read = unavailable(await post(server, ORDERS, {}, token=admin, accept=APPLICATION_JSON))

        status_after = await server.gql("query($id: ID!) { order(id: $id) { status } }", variables, token=admin)
        held = await server.gql(HOLD, variables, token=admin)
        read = await server.gql(ORDERS, token=admin)

    for accept, refused in blocked_write.items():
        assert refused == (503, "5", ["SERVICE_UNAVAILABLE"]), (accept, refused)
    assert blocked_read == (503, "5", ["SERVICE_UNAVAILABLE"])
    assert meanwhile == {"data": {"viewer": {"role": "ADMIN"}}}, "the server serves while the lock is held"
    assert status_after["data"]["order"]["status"] == order["status"], "the refused write wrote nothing"
    assert held["data"]["orderHold"] == {"order": {"status": "ON_HOLD"}, "userErrors": []}
    assert read == {"data": {"orders": {"totalCount": 1}}}


async def test_a_database_that_hangs_silently_is_503_once_the_client_stops_waiting_and_the_server_recovers(
    backends: Backends,
) -> None:
    # A hung server (or network) answers nothing, not even its statement_timeout: the client
    # side (asyncpg's command_timeout) gives up.
    target = urlsplit(backends.database_url)
    async with FreezingProxy.to(target.hostname or "127.0.0.1", target.port or 5432) as proxy:
        settings = settings_for(
            backends,
            database_url=proxy.url_for(backends.database_url),
            database_statement_timeout_seconds=STATEMENT_TIMEOUT,
        )
        async with serve_clean(settings) as server:
            admin = await make_token(Role.ADMIN)
            await create_catalog(server, admin)
            await place(server, admin)
            proxy.freeze()
            try:
                hung = unavailable(await post(server, ORDERS, {}, token=admin, accept=APPLICATION_JSON))
                static = await server.gql("{ __typename }")
            finally:
                proxy.thaw()
            recovered = await eventually(lambda: served(server, admin), what="served again after the hang")

    assert hung == (503, "5", ["SERVICE_UNAVAILABLE"])
    assert static == {"data": {"__typename": "Query"}}, "what needs no database is served during the hang"
    assert recovered == {"data": {"orders": {"totalCount": 1}}}


async def served(server: Server, token: str) -> dict[str, Any] | None:
    response = await post(server, ORDERS, {}, token=token, accept=APPLICATION_JSON)
    return without_cost(response.json()) if response.status_code == 200 else None
