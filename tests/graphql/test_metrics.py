"""/metrics through prometheus_client: requests by operation, coded errors, process figures,
and the counts of several `oms serve` workers added up (multiprocess mode)."""

from __future__ import annotations

import contextlib

import httpx
import pytest

from models.access import Role
from tests.fixtures.backends import Backends
from tests.fixtures.catalog import ORDER_STATUS_SUB
from tests.fixtures.database import make_token
from tests.fixtures.live import subscribe
from tests.fixtures.processes import oms_process
from tests.fixtures.prometheus import scrape, value
from tests.fixtures.server import Server
from tests.fixtures.waiting import eventually

PING = "query Ping { __typename }"
SUBSCRIPTIONS = 6


async def test_requests_are_counted_by_operation_name_type_and_status(server: Server) -> None:
    before = await scrape(server)

    for _ in range(3):
        assert (await server.gql(PING)) == {"data": {"__typename": "Query"}}
    after = await scrape(server)

    labels = {"operation": "Ping", "operation_type": "query", "status": "200"}
    assert value(after, "oms_requests_total", **labels) - value(before, "oms_requests_total", **labels) == 3
    assert (
        value(after, "oms_request_duration_seconds_count", operation="Ping", operation_type="query")
        - value(before, "oms_request_duration_seconds_count", operation="Ping", operation_type="query")
        == 3
    )


async def test_graphql_errors_are_counted_by_code(server: Server) -> None:
    before = await scrape(server)

    body = (await server.post("query Broken { noSuchField }")).json()
    after = await scrape(server)

    assert [e["extensions"]["code"] for e in body["errors"]] == ["GRAPHQL_VALIDATION_FAILED"]
    code = "GRAPHQL_VALIDATION_FAILED"
    assert (
        value(after, "oms_graphql_errors_total", code=code) - value(before, "oms_graphql_errors_total", code=code) == 1
    )


async def test_metrics_keeps_todays_figures_and_adds_process_ones(server: Server) -> None:
    found = {name for name, _ in await scrape(server)}

    kept = {
        "oms_uptime_seconds",
        "oms_outbox_backlog",
        "oms_outbox_oldest_unpublished_seconds",
        "oms_relay_last_success_seconds_ago",
        "oms_relay_last_sequenced_seconds_ago",
        "oms_relay_failures_total",
        "oms_bus_connected",
        "oms_live_subscribers",
        "oms_reactions_pending",
        "oms_reaction_worker_last_success_seconds_ago",
        "oms_reaction_worker_failures_total",
        "oms_subscriber_overflows_total",
    }
    assert kept - found == set()
    assert {"process_cpu_seconds_total", "process_resident_memory_bytes"} <= found


async def test_an_operation_name_cannot_grow_the_label_set_without_bound(server: Server) -> None:
    # Operation names are the client's to choose: a long one is cut, so a scrape stays small.
    name = "Q" + "x" * 300
    await server.post(f"query {name} {{ __typename }}")

    operations = {
        dict(labels).get("operation", "") for metric, labels in await scrape(server) if metric == "oms_requests_total"
    }
    assert name not in operations
    assert name[:64] in operations


@pytest.mark.postgres
async def test_two_workers_count_every_request_whichever_answers_the_scrape(backends: Backends) -> None:
    requests = 20
    async with oms_process(backends, "--workers", "2") as server:
        before = await scrape(server)
        # A fresh connection per request, so the kernel hands them to either worker.
        for _ in range(requests):
            async with httpx.AsyncClient(base_url=server.base_url) as fresh:
                assert (await fresh.post("/graphql", json={"query": PING})).status_code == 200
        scrapes = await _scrapes(server, 6)

    labels = {"operation": "Ping", "operation_type": "query", "status": "200"}
    assert value(before, "oms_requests_total", **labels) == 0
    assert [value(found, "oms_requests_total", **labels) for found in scrapes] == [requests] * len(scrapes)
    # The state figures are one sample each, added up over the workers (not one per worker).
    last = scrapes[-1]
    assert value(last, "oms_live_subscribers") == 0 and value(last, "oms_bus_connected") == 1
    assert value(last, "oms_db_pool_size") >= 1
    assert [n for n, labels in last if n == "oms_outbox_backlog"] == ["oms_outbox_backlog"]


async def _scrapes(server: Server, count: int) -> list[dict[tuple[str, frozenset[tuple[str, str]]], float]]:
    """`count` scrapes, each on a fresh connection (answered by whichever worker accepts it)."""
    found = []
    for _ in range(count):
        async with httpx.AsyncClient(base_url=server.base_url) as fresh:
            found.append(await scrape(Server(server.base_url, server.settings, fresh)))
    return found


@pytest.mark.postgres
async def test_two_workers_report_the_live_subscriptions_of_both_added_up(backends: Backends, database: None) -> None:
    admin = await make_token(Role.ADMIN)
    async with oms_process(backends, "--workers", "2") as server:
        # Six WebSockets, each a fresh connection: the kernel hands them to either worker.
        async with contextlib.AsyncExitStack() as stack:
            for _ in range(SUBSCRIPTIONS):
                await stack.enter_async_context(subscribe(server, ORDER_STATUS_SUB, token=admin, wait=False))

            async def all_say_six() -> bool:
                scrapes = await _scrapes(server, 6)
                return all(value(found, "oms_live_subscribers") == SUBSCRIPTIONS for found in scrapes)

            # Every scrape, whichever worker answers it, counts the subscriptions of both.
            await eventually(all_say_six, within=30, what="every scrape counts every subscription")

        async def all_say_none() -> bool:
            return all(value(found, "oms_live_subscribers") == 0 for found in await _scrapes(server, 6))

        await eventually(all_say_none, within=30, what="closed subscriptions are no longer counted")


@pytest.mark.postgres
async def test_the_database_pool_is_reported_on_postgres(server: Server) -> None:
    found = await scrape(server)

    assert value(found, "oms_db_pool_size") >= 1
    assert 0 <= value(found, "oms_db_pool_in_use") <= value(found, "oms_db_pool_size")
