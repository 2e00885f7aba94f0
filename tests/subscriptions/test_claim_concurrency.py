"""Pickers racing each other: two server processes on PostgreSQL, concurrent claims and scans."""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

import httpx
import pytest

from models.access import Role
from models.events import OutboxEvent
from models.fulfilment import PickTask, PickTaskStatus, ScanEvent
from schema.common import pk_of, to_global_id
from tests.fixtures.backends import Backends
from tests.fixtures.database import make_token
from tests.fixtures.fulfilment import BARCODES, CLAIM, PRIORITIZE, SCAN, UNCLAIM, claimed, setup_fulfilment
from tests.fixtures.processes import oms_process
from tests.fixtures.server import Server
from tests.fixtures.stock import placed

pytestmark = pytest.mark.postgres


async def storm(servers: list[Server], token: str, doc: str, inputs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Send every operation at once, alternating between the processes; their response bodies."""
    async with httpx.AsyncClient(timeout=120, limits=httpx.Limits(max_connections=100)) as http:

        async def one(i: int, variables: dict[str, Any]) -> dict[str, Any]:
            response = await http.post(
                f"{servers[i % len(servers)].base_url}/graphql",
                json={"query": doc, "variables": {"i": variables}},
                headers={"Authorization": f"Bearer {token}"},
            )
            assert response.status_code == 200, response.text
            body: dict[str, Any] = response.json()
            assert "errors" not in body, body
            return body["data"]

        return await asyncio.gather(*(one(i, v) for i, v in enumerate(inputs)))


async def test_40_concurrent_claims_for_30_tasks_hand_out_each_task_exactly_once(
    backends: Backends, database: None
) -> None:
    admin = await make_token(Role.ADMIN)
    picker = await make_token(Role.WAREHOUSE, "east")
    async with oms_process(backends) as a, oms_process(backends) as b:
        await setup_fulfilment(a, admin, stock={("SKU-A", "east"): 30})
        for i in range(30):
            await placed(b if i % 2 else a, admin, f"CC-{i}", [("SKU-A", 1)])
        results = await storm(
            [a, b], picker, CLAIM, [{"warehouse": "east", "picker": f"picker-{i}"} for i in range(40)]
        )

    payloads = [r["pickTaskClaim"] for r in results]
    assert all(p["userErrors"] == [] for p in payloads), [p for p in payloads if p["userErrors"]][:3]
    won = {f"picker-{i}": p["pickTask"]["id"] for i, p in enumerate(payloads) if p["pickTask"] is not None}
    assert len(won) == 30 and sum(p["pickTask"] is None for p in payloads) == 10
    assert len(set(won.values())) == 30, "no task handed to two pickers"
    tasks = {t.id: t for t in await PickTask.all()}
    assert len(tasks) == 30
    assert {t.status for t in tasks.values()} == {PickTaskStatus.ASSIGNED}
    for name, task_id in won.items():
        assert tasks[pk_of(task_id, "PickTask")].assignee == name, "the winner is the one recorded"
    assigned = [e for e in await OutboxEvent.filter(topic="pick_task.changed") if e.payload["kind"] == "ASSIGNED"]
    assert Counter(e.aggregate_id for e in assigned) == Counter(dict.fromkeys(tasks, 1))


async def test_devices_racing_for_the_last_units_of_a_line_never_over_pick(backends: Backends, database: None) -> None:
    admin = await make_token(Role.ADMIN)
    picker = await make_token(Role.WAREHOUSE, "east")
    async with oms_process(backends) as a, oms_process(backends) as b:
        await setup_fulfilment(a, admin)
        await placed(a, admin, "RC-1", [("SKU-A", 4)])
        task = await claimed(a, picker, "east")
        scans = [
            {"task": task["id"], "barcode": BARCODES["SKU-A"], "clientScanId": f"dev-{i}", "device": f"gun-{i}"}
            for i in range(10)
        ]
        results = await storm([a, b], picker, SCAN, scans)

    outcomes = Counter(r["pickScan"]["result"] for r in results)
    assert outcomes == {"ACCEPTED": 4, "OVER_PICK": 6}
    assert all(r["pickScan"]["replayed"] is False for r in results)
    line = (await PickTask.get(id=pk_of(task["id"], "PickTask")).prefetch_related("lines")).lines[0]
    assert (line.quantity, line.picked_quantity) == (4, 4)
    assert await ScanEvent.all().count() == 10


async def test_concurrent_retries_of_one_scan_across_processes_apply_it_once(
    backends: Backends, database: None
) -> None:
    admin = await make_token(Role.ADMIN)
    picker = await make_token(Role.WAREHOUSE, "east")
    async with oms_process(backends) as a, oms_process(backends) as b:
        await setup_fulfilment(a, admin)
        await placed(a, admin, "RC-2", [("SKU-A", 5)])
        task = await claimed(a, picker, "east")
        retry = {"task": task["id"], "barcode": BARCODES["SKU-A"], "quantity": 2, "clientScanId": "same-scan"}
        results = await storm([a, b], picker, SCAN, [retry] * 12)

    payloads = [r["pickScan"] for r in results]
    assert all((p["result"], p["userErrors"]) == ("ACCEPTED", []) for p in payloads), payloads
    assert sorted(p["replayed"] for p in payloads) == [False] + [True] * 11
    line = (await PickTask.get(id=pk_of(task["id"], "PickTask")).prefetch_related("lines")).lines[0]
    assert line.picked_quantity == 2
    assert await ScanEvent.all().count() == 1


async def test_claims_racing_unclaims_take_rush_tasks_first_and_never_share_a_task(
    backends: Backends, database: None
) -> None:
    admin = await make_token(Role.ADMIN)
    picker = await make_token(Role.WAREHOUSE, "east")
    async with oms_process(backends) as a, oms_process(backends) as b:
        await setup_fulfilment(a, admin, stock={("SKU-A", "east"): 12})
        for i in range(12):
            await placed(a, admin, f"PQ-{i}", [("SKU-A", 1)])
        ids = [t.id for t in await PickTask.all().order_by("id")]
        rush = ids[-4:]  # the newest four are urgent
        await storm([a, b], admin, PRIORITIZE, [{"task": to_global_id("PickTask", t), "priority": 7} for t in rush])
        first = await storm([a, b], picker, CLAIM, [{"warehouse": "east", "picker": f"first-{i}"} for i in range(6)])
        # The rush tasks go back while six more pickers claim.
        mixed = await asyncio.gather(
            storm([a, b], admin, UNCLAIM, [{"task": to_global_id("PickTask", t)} for t in rush]),
            storm([a, b], picker, CLAIM, [{"warehouse": "east", "picker": f"second-{i}"} for i in range(6)]),
        )

    won_first = [pk_of(r["pickTaskClaim"]["pickTask"]["id"], "PickTask") for r in first]
    assert len(set(won_first)) == 6 and set(rush) <= set(won_first), "rush first, each task to one picker"
    unclaims, claims = mixed
    assert all(r["pickTaskUnclaim"]["userErrors"] == [] for r in unclaims), unclaims
    won_second = {
        r["pickTaskClaim"]["pickTask"]["id"]: f"second-{i}"
        for i, r in enumerate(claims)
        if r["pickTaskClaim"]["pickTask"] is not None
    }
    assert len(won_second) == sum(r["pickTaskClaim"]["pickTask"] is not None for r in claims) == 6
    assert not set(won_second) & {to_global_id("PickTask", t) for t in won_first if t not in rush}
    final = {t.id: t for t in await PickTask.all()}
    for task_id, name in won_second.items():
        assert (final[pk_of(task_id, "PickTask")].status, final[pk_of(task_id, "PickTask")].assignee) == (
            PickTaskStatus.ASSIGNED,
            name,
        )
