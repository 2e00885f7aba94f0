"""Several server processes on PostgreSQL + Redis: events cross processes, retries stay single."""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from models.access import Role
from models.orders import Order
from settings import ROOT
from tests.conftest import SECRET, make_token
from tests.fixtures.backends import Backends
from tests.fixtures.server import Server, free_port, subscribe
from tests.helpers import ORDER_STATUS_SUB, create_catalog, place

pytestmark = pytest.mark.postgres

OMS = str(Path(sys.executable).parent / "oms")


@contextlib.asynccontextmanager
async def oms_process(backends: Backends, *extra: str) -> AsyncIterator[Server]:
    port = free_port()
    env = {
        **os.environ,
        "OMS_DATABASE_URL": backends.database_url,
        "OMS_BROADCAST_URL": backends.broadcast_url,
        "OMS_SECRET_KEY": SECRET,
        "OMS_LOG_LEVEL": "WARNING",
    }
    proc = await asyncio.create_subprocess_exec(
        OMS,
        "serve",
        "--port",
        str(port),
        *extra,
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        async with httpx.AsyncClient(base_url=base, timeout=30) as http:
            for _ in range(300):
                if proc.returncode is not None:
                    raise RuntimeError(f"oms serve exited: {(await proc.stderr.read()).decode()[-2000:]}")  # type: ignore[union-attr]
                with contextlib.suppress(httpx.TransportError):
                    if (await http.get("/readyz")).status_code == 200:
                        break
                await asyncio.sleep(0.05)
            else:
                raise RuntimeError("oms serve did not become ready")
            from settings import Settings

            yield Server(base, Settings(database_url=backends.database_url, broadcast_url=backends.broadcast_url), http)
    finally:
        with contextlib.suppress(ProcessLookupError):
            proc.terminate()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(proc.wait(), 15)
        if proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()


async def test_subscriber_on_one_process_sees_mutations_made_through_another(
    backends: Backends, database: None
) -> None:
    admin = await make_token(Role.ADMIN)
    async with oms_process(backends) as a, oms_process(backends) as b:
        await create_catalog(b, admin)
        async with subscribe(a, ORDER_STATUS_SUB, token=admin) as sub:
            orders = [(await place(b, admin, externalRef=f"X-{i}"))["order"] for i in range(5)]
            events = [(await sub.next(timeout=15))["orderStatusChanged"] for _ in range(5)]

    assert [e["order"]["id"] for e in events] == [o["id"] for o in orders]


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
            events = [(await sub.next(timeout=15))["orderStatusChanged"] for _ in range(6)]

    assert [e["order"]["id"] for e in events] == [o["id"] for o in placed]
