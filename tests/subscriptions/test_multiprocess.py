"""Several server processes on PostgreSQL + Redis: events cross processes, retries stay single."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from models.access import ApiToken, Role
from models.orders import Order
from schema.common import to_global_id
from tests.fixtures.backends import Backends
from tests.fixtures.catalog import ORDER_STATUS_SUB, create_catalog, place
from tests.fixtures.database import make_token
from tests.fixtures.live import subscribe
from tests.fixtures.processes import oms_process
from tests.fixtures.server import Server

pytestmark = pytest.mark.postgres

OMS = str(Path(sys.executable).parent / "oms")
VIEWER = "{ viewer { role } }"
REVOKE = "mutation($i: ApiTokenRevokeInput!) { apiTokenRevoke(input: $i) { userErrors { code } } }"


async def test_subscriber_on_one_process_sees_mutations_made_through_another(
    backends: Backends, database: None
) -> None:
    admin = await make_token(Role.ADMIN)
    async with oms_process(backends) as a, oms_process(backends) as b:
        await create_catalog(b, admin)
        async with subscribe(a, ORDER_STATUS_SUB, token=admin) as sub:
            orders = [(await place(b, admin, externalRef=f"X-{i}"))["order"] for i in range(5)]
            events = [(await sub.next(timeout=15))["orderStatusChanged"] for _ in range(10)]

    assert [(e["order"]["id"], e["status"]) for e in events] == [
        (o["id"], status) for o in orders for status in ("PENDING", "ALLOCATED")
    ]


async def test_concurrent_retries_across_two_processes_make_one_order(backends: Backends, database: None) -> None:
    admin = await make_token(Role.ADMIN)
    async with oms_process(backends) as a, oms_process(backends) as b:
        await create_catalog(a, admin)
        results = await asyncio.gather(*(place(server, admin, idempotencyKey="k-1") for server in [a, b] * 10))

    assert all(r["userErrors"] == [] for r in results), results
    assert len({r["order"]["id"] for r in results}) == 1
    assert await Order.all().count() == 1


async def test_workers_flag_serves_with_several_workers(backends: Backends, database: None) -> None:
    admin = await make_token(Role.ADMIN)
    async with oms_process(backends, "--workers", "2") as server:
        await create_catalog(server, admin)
        # `after: "0"` replays from the start, so it does not matter when the worker
        # that holds this WebSocket registers its listener.
        async with subscribe(server, ORDER_STATUS_SUB, {"after": "0"}, token=admin, wait=False) as sub:
            placed: list[dict[str, Any]] = []
            for i in range(6):
                # A fresh connection each time, so requests spread over the workers.
                async with httpx.AsyncClient(base_url=server.base_url, timeout=30) as http:
                    placed.append(
                        (await place(Server(server.base_url, server.settings, http), admin, externalRef=f"W-{i}"))[
                            "order"
                        ]
                    )
            events = [(await sub.next(timeout=15))["orderStatusChanged"] for _ in range(12)]

    assert [(e["order"]["id"], e["status"]) for e in events] == [
        (o["id"], status) for o in placed for status in ("PENDING", "ALLOCATED")
    ]


async def test_a_token_revoked_through_one_process_is_refused_by_the_other_at_once(
    backends: Backends, database: None
) -> None:
    """Each process keeps the tokens it has looked up (for an hour here, so that only the bus
    can make it forget); the revocation reaches the other process's cache before it reaches
    any subscriber there, so once a subscription there has ended, requests are refused too."""
    admin = await make_token(Role.ADMIN)
    ops = await make_token(Role.OPS)
    row = await ApiToken.get(role=Role.OPS)
    hour = {"OMS_TOKEN_CACHE_SECONDS": "3600"}
    async with oms_process(backends, env=hour) as a, oms_process(backends, env=hour) as b:
        trusted = [(await server.post(VIEWER, token=ops)).status_code for server in (a, b)]
        async with subscribe(b, ORDER_STATUS_SUB, token=ops) as sub:
            revoked = await a.gql(REVOKE, {"i": {"id": to_global_id("ApiToken", row.id)}}, token=admin)
            ended = await sub.raw(timeout=15)
            while ended["type"] == "next" and "errors" not in ended["payload"]:
                ended = await sub.raw(timeout=15)
            refused = [(await server.post(VIEWER, token=ops)).status_code for server in (b, a)]

    assert trusted == [200, 200]
    assert revoked["data"]["apiTokenRevoke"]["userErrors"] == []
    errors = ended["payload"] if ended["type"] == "error" else ended["payload"]["errors"]
    assert errors[0]["message"] == "The token was revoked."
    assert refused == [401, 401]
