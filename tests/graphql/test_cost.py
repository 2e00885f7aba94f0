"""Query cost: computed per query, capped, budgeted per token, reported on every response."""

from __future__ import annotations

from typing import Any

from models.access import Role
from services import db
from services.throttle import CostBuckets
from settings import Settings
from tests.conftest import make_token, reset_database, settings_for
from tests.fixtures.backends import Backends
from tests.fixtures.server import serve

ORDERS = "query($n: Int) { orders(first: $n) { edges { node { number lines { sku } channel { code } } } } }"


async def test_every_response_reports_its_cost_and_connections_scale_with_first(server: Any, admin_token: str) -> None:
    small = await server.gql(ORDERS, {"n": 10}, token=admin_token, extensions=True)
    large = await server.gql(ORDERS, {"n": 100}, token=admin_token, extensions=True)
    flat = await server.gql("{ viewer { role } }", token=admin_token, extensions=True)

    assert small["extensions"]["cost"]["requestedQueryCost"] == 1 + 10 * 4
    assert large["extensions"]["cost"]["requestedQueryCost"] == 1 + 100 * 4
    assert flat["extensions"]["cost"]["requestedQueryCost"] == 1
    assert set(flat["extensions"]["cost"]["throttleStatus"]) == {
        "maximumAvailable",
        "currentlyAvailable",
        "restoreRate",
    }


async def test_a_query_over_the_maximum_cost_is_refused_with_a_clear_code(server: Any, admin_token: str) -> None:
    nested = (
        "{ orders(first: 100) { edges { node { shipments { lines { sku } packages { weightGrams } }"
        " pickTasks { lines { sku } scans { barcode } } history { kind } allocations { sku } lines { sku }"
        " returns { lines { sku } } refunds { note } } } } }"
    )

    body = (await server.post(nested, token=admin_token)).json()

    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "MAX_COST_EXCEEDED"
    assert "exceeds the maximum of 1000" in body["errors"][0]["message"]
    assert body["extensions"]["cost"]["actualQueryCost"] == 0


async def test_a_token_that_spends_its_budget_is_throttled_and_others_are_not(backends: Backends) -> None:
    settings = settings_for(backends, cost_bucket_size=100, cost_restore_rate=0.001)
    await db.open_database(settings)
    try:
        await reset_database()
    finally:
        await db.close_database()
    async with serve(settings) as server:
        spender = await make_token(Role.ADMIN)
        other = await make_token(Role.ADMIN)
        answers = [await server.gql(ORDERS, {"n": 10}, token=spender, extensions=True) for _ in range(3)]
        bystander = await server.gql(ORDERS, {"n": 10}, token=other)

    assert ["errors" in a for a in answers] == [False, False, True]
    assert answers[2]["errors"][0]["extensions"]["code"] == "THROTTLED"
    assert answers[2]["data"] is None
    assert answers[1]["extensions"]["cost"]["throttleStatus"]["currentlyAvailable"] == 100 - 2 * 41
    assert "errors" not in bystander


def test_buckets_restore_at_their_rate() -> None:
    now = [0.0]
    buckets = CostBuckets(capacity=100, restore_rate=10, clock=lambda: now[0])

    first = buckets.spend("t", 90)
    refused = buckets.spend("t", 50)
    now[0] = 4.0  # 40 points back
    after_wait = buckets.spend("t", 50)
    now[0] = 1000.0
    full = buckets.spend("t", 0)

    assert first[0] and not refused[0] and after_wait[0]
    assert refused[1].currently_available == 10
    assert after_wait[1].currently_available == 0
    assert full[1].currently_available == 100  # never above capacity


def test_settings_defaults_are_sane() -> None:
    defaults = Settings()

    assert defaults.max_query_cost <= defaults.cost_bucket_size
