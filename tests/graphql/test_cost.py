"""Query cost: computed per query, capped, budgeted per token, reported on every response.

The budgets are leaky buckets (services/throttle.py): in the process with memory://, in
Redis with redis:// so that every worker shares one budget per token; when Redis cannot be
reached a process falls back to its own buckets instead of failing requests.
"""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import pytest
import redis.asyncio as aioredis

from models.access import Role
from schema.common import to_global_id
from services.throttle import Limits, LocalBuckets, RedisBuckets
from settings import Settings
from tests.fixtures.backends import Backends, settings_for
from tests.fixtures.catalog import place_through_services, seed_catalog, seed_order
from tests.fixtures.database import make_token
from tests.fixtures.processes import oms_process
from tests.fixtures.server import serve_clean
from tests.fixtures.waiting import eventually

ORDERS = "query($n: Int) { orders(first: $n) { edges { node { number lines { sku } channel { code } } } } }"
COST_OF_TEN = 1 + 10 * 4  # orders, then per edge: the edge, its node, lines, channel


async def points_available(server: Any, token: str, *, at_least: float) -> bool:
    """Whether the token's bucket holds `at_least` points, read with a query that costs nothing."""
    body = await server.gql("{ __typename }", token=token, extensions=True)
    assert body["extensions"]["cost"]["requestedQueryCost"] == 0, body
    return bool(body["extensions"]["cost"]["throttleStatus"]["currentlyAvailable"] >= at_least)


async def refilled(buckets: RedisBuckets, key: str, *, at_least: float) -> bool:
    allowed, status = await buckets.spend(key, 0)
    return allowed and status.currently_available >= at_least


async def test_every_response_reports_its_cost_and_connections_scale_with_first(server: Any, admin_token: str) -> None:
    small = await server.gql(ORDERS, {"n": 10}, token=admin_token, extensions=True)
    large = await server.gql(ORDERS, {"n": 100}, token=admin_token, extensions=True)
    flat = await server.gql("{ viewer { role } }", token=admin_token, extensions=True)

    assert small["extensions"]["cost"]["requestedQueryCost"] == COST_OF_TEN
    assert large["extensions"]["cost"]["requestedQueryCost"] == 1 + 100 * 4
    assert flat["extensions"]["cost"]["requestedQueryCost"] == 1
    assert set(flat["extensions"]["cost"]["throttleStatus"]) == {
        "maximumAvailable",
        "currentlyAvailable",
        "restoreRate",
    }


async def test_graphql_core_s_path_reports_each_operation_s_cost_for_its_own_variables(settings: Settings) -> None:
    # given the generic execution only (the compiled path off) and one document of two
    # operations whose costs read `first` (its requested costs are kept per document)
    document = (
        "query Small($n: Int) { orders(first: $n) { edges { node { number } } } } "
        "query Large($n: Int = 50) { orders(first: $n) { edges { node { number lines { sku } } } } }"
    )
    async with serve_clean(settings.model_copy(update={"compiled_queries": False})) as server:
        token = await make_token(Role.ADMIN)

        # when it is sent again and again, with either operation, `n` given or not
        costs = []
        for operation, variables in [("Small", {"n": 3}), ("Large", {"n": 3}), ("Small", {"n": 3}), ("Large", {})] * 2:
            response = await server.http.post(
                "/graphql",
                json={"query": document, "variables": variables, "operationName": operation},
                headers={"Authorization": f"Bearer {token}"},
            )
            body = response.json()
            assert "errors" not in body, body
            costs.append(body["extensions"]["cost"]["requestedQueryCost"])

    # then each answer costs what that operation asks for with those variables
    assert costs == [1 + 3 * 2, 1 + 3 * 3, 1 + 3 * 2, 1 + 50 * 3] * 2


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
    async with serve_clean(settings_for(backends, cost_bucket_size=100, cost_restore_rate=0.001)) as server:
        await place_through_services(10)
        spender = await make_token(Role.ADMIN)
        other = await make_token(Role.ADMIN)
        responses = [await server.post(ORDERS, {"n": 10}, token=spender) for _ in range(3)]
        answers = [r.json() for r in responses]
        bystander = await server.gql(ORDERS, {"n": 10}, token=other)

    assert [r.status_code for r in responses] == [200, 200, 429]
    assert responses[2].headers["retry-after"] == str(answers[2]["errors"][0]["extensions"]["retryAfter"])
    assert ["errors" in a for a in answers] == [False, False, True]
    assert answers[2]["errors"][0]["extensions"]["code"] == "THROTTLED"
    assert answers[2]["data"] is None
    assert answers[1]["extensions"]["cost"]["actualQueryCost"] == COST_OF_TEN
    assert answers[1]["extensions"]["cost"]["throttleStatus"]["currentlyAvailable"] == 100 - 2 * COST_OF_TEN
    assert "errors" not in bystander


async def test_the_actual_cost_counts_what_was_returned_and_the_rest_is_given_back(backends: Backends) -> None:
    async with serve_clean(settings_for(backends, cost_bucket_size=1000, cost_restore_rate=0.001)) as server:
        await place_through_services(3)
        token = await make_token(Role.ADMIN)
        few = (await server.gql(ORDERS, {"n": 100}, token=token, extensions=True))["extensions"]["cost"]
        missing = await server.gql(
            "query($id: ID!) { order(id: $id) { lines { sku } channel { code } } viewer { role } }",
            {"id": "T3JkZXI6OTk5"},
            token=token,
            extensions=True,
        )

    assert few["requestedQueryCost"] == 1 + 100 * 4
    assert few["actualQueryCost"] == 1 + 3 * 4
    # Spent 401 up front, 388 given back: the bucket is down by what was returned.
    assert few["throttleStatus"]["currentlyAvailable"] == 1000 - 13
    assert missing["data"]["order"] is None
    assert missing["extensions"]["cost"]["requestedQueryCost"] == 4  # order, lines, channel, viewer
    assert missing["extensions"]["cost"]["actualQueryCost"] == 1  # the null order costs nothing
    assert missing["extensions"]["cost"]["throttleStatus"]["currentlyAvailable"] == 1000 - 13 - 1


def test_buckets_restore_at_their_rate() -> None:
    now = [0.0]
    buckets = LocalBuckets(capacity=100, restore_rate=10, clock=lambda: now[0])

    first = buckets.spend_now("t", 90)
    refused = buckets.spend_now("t", 50)
    now[0] = 4.0  # 40 points back
    after_wait = buckets.spend_now("t", 50)
    now[0] = 1000.0
    full = buckets.spend_now("t", 0)

    assert first[0] and not refused[0] and after_wait[0]
    assert refused[1].currently_available == 10
    assert after_wait[1].currently_available == 0
    assert full[1].currently_available == 100  # never above capacity


def test_the_level_shown_never_overstates_what_a_query_may_spend() -> None:
    now = [0.0]
    buckets = LocalBuckets(capacity=100, restore_rate=1, clock=lambda: now[0])
    buckets.spend_now("t", 100)
    now[0] = 40.96

    refused = buckets.spend_now("t", 41)

    # Rounded to the nearest it read 41.0 while 41 was refused.
    assert not refused[0] and refused[1].currently_available == 40.9


def test_settings_defaults_are_sane() -> None:
    defaults = Settings()

    assert defaults.max_query_cost <= defaults.cost_bucket_size


async def test_a_throttled_token_is_served_again_once_its_points_are_back(backends: Backends) -> None:
    # 5 points back per second: the third query is refused unless the first two took over 4.6 s
    # (at 50 per second a loaded CI machine got the 23 missing points back in time).
    async with serve_clean(settings_for(backends, cost_bucket_size=100, cost_restore_rate=5)) as server:
        await place_through_services(10)
        token = await make_token(Role.ADMIN)
        spent = [await server.gql(ORDERS, {"n": 10}, token=token, extensions=True) for _ in range(2)]
        response = await server.post(ORDERS, {"n": 10}, token=token)
        error = response.json()["errors"][0]
        # The bucket refills with time: wait until it reports the points back (a query that
        # costs nothing reads the level without spending).
        await eventually(lambda: points_available(server, token, at_least=COST_OF_TEN), what="the points are back")
        served = await server.gql(ORDERS, {"n": 10}, token=token, extensions=True)

    assert ["errors" in a for a in spent] == [False, False]
    assert error["extensions"]["code"] == "THROTTLED"
    # 41 wanted, 18 left after the second and more with every second since: 1 to 5 s to wait.
    assert 1 <= error["extensions"]["retryAfter"] <= 5
    assert (response.status_code, response.headers["retry-after"]) == (429, str(error["extensions"]["retryAfter"]))
    assert "errors" not in served and served["data"]["orders"] is not None


@pytest.mark.postgres
async def test_on_redis_every_worker_process_draws_on_the_same_budget(backends: Backends, database: None) -> None:
    shared = {
        "OMS_COST_BUCKET_SIZE": "100",
        "OMS_COST_RESTORE_RATE": "0.001",
        "OMS_NAMESPACE": f"oms-test-{uuid.uuid4().hex[:12]}",
    }
    token = await make_token(Role.ADMIN)
    async with oms_process(backends, env=shared) as a, oms_process(backends, env=shared) as b:
        await place_through_services(10)
        first = await a.gql(ORDERS, {"n": 10}, token=token, extensions=True)
        second = await b.gql(ORDERS, {"n": 10}, token=token, extensions=True)
        third = await a.post(ORDERS, {"n": 10}, token=token)

    # 41 points each: the third query finds what the other process spent gone too.
    assert first["extensions"]["cost"]["throttleStatus"]["currentlyAvailable"] == 59
    assert second["extensions"]["cost"]["throttleStatus"]["currentlyAvailable"] == 18
    assert third.status_code == 429
    assert third.json()["errors"][0]["extensions"]["code"] == "THROTTLED"


@pytest.mark.postgres
async def test_redis_buckets_leak_and_refill_like_the_local_ones(backends: Backends) -> None:
    client = aioredis.from_url(backends.broadcast_url)
    try:
        buckets = RedisBuckets(client, prefix=f"oms-test-{uuid.uuid4().hex}:", capacity=100, restore_rate=20)
        first = await buckets.spend("t", 90)
        refused = await buckets.spend("t", 50)
        other = await buckets.spend("u", 100)
        # Time refills the bucket (20 points a second: slow enough that the refusal above holds on
        # a loaded machine): wait until it holds 40 again (spending nothing reads the level).
        await eventually(lambda: refilled(buckets, "t", at_least=40), every=0.02, what="40 points back")
        later = await buckets.spend("t", 40)
        ttl = await client.pttl(f"{buckets._prefix}t")
    finally:
        await client.aclose()

    assert first[0] and first[1].currently_available == 10
    assert not refused[0] and refused[1].currently_available < 50
    assert other[0] and other[1].currently_available == 0, "each key has its own bucket"
    assert later[0]
    assert 0 < ttl <= 100 / 20 * 1000 + 1000, "a bucket expires once it would be full again (5 s from empty)"


async def test_with_redis_unreachable_limits_fall_back_to_the_process() -> None:
    client = aioredis.from_url("redis://127.0.0.1:1", socket_connect_timeout=0.5)  # nothing listens there
    try:
        buckets = RedisBuckets(client, prefix="x:", capacity=100, restore_rate=0.001)
        spent = await buckets.spend("t", 60)
        refused = await buckets.spend("t", 60)
    finally:
        await client.aclose()

    assert spent[0] and spent[1].currently_available == 40
    assert not refused[0], "the process's own bucket still limits"


async def test_a_redis_that_accepts_and_never_answers_does_not_stall_requests(backends: Backends) -> None:
    connections = 0

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        await reader.read()  # accept, read, never answer

    listener = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = listener.sockets[0].getsockname()[1]
    limits = Limits(
        settings_for(backends, broadcast_url=f"redis://127.0.0.1:{port}", cost_bucket_size=100, cost_restore_rate=0.001)
    )
    try:
        # Bounded wait: without the client's timeouts this never returns.
        spent = await asyncio.wait_for(limits.query_cost.spend("t", 60), 10)
        refused = await asyncio.wait_for(limits.query_cost.spend("t", 60), 10)
    finally:
        await limits.close()
        listener.close()

    assert spent[0] and not refused[0], "the process's own bucket took over"
    assert connections == 1, "after one timeout, Redis is left alone for a while"


@pytest.mark.parametrize("accept", ["application/json", "application/graphql-response+json", "*/*"])
async def test_throttled_is_http_429_with_retry_after_whatever_the_accept_header(
    backends: Backends, accept: str
) -> None:
    async with serve_clean(settings_for(backends, cost_bucket_size=50, cost_restore_rate=0.001)) as server:
        await place_through_services(10)
        token = await make_token(Role.ADMIN)
        headers = {"Authorization": f"Bearer {token}", "Accept": accept}
        body = {"query": ORDERS, "variables": {"n": 10}}
        first = await server.http.post("/graphql", json=body, headers=headers)
        second = await server.http.post("/graphql", json=body, headers=headers)

    assert first.status_code == 200
    assert second.status_code == 429
    assert second.json()["errors"][0]["extensions"]["code"] == "THROTTLED"
    assert int(second.headers["retry-after"]) >= 1


async def test_aliased_nodes_lookups_are_refused_like_a_connection_of_that_size(server: Any, admin_token: str) -> None:
    ids = [f"T3JkZXI6{i}" for i in range(100)]
    aliased = "query($ids: [ID!]!) { " + " ".join(f"a{i}: nodes(ids: $ids) {{ id }}" for i in range(30)) + " }"
    connections = "{ " + " ".join(f"a{i}: orders(first: 100) {{ totalCount }}" for i in range(30)) + " }"

    nodes = (await server.post(aliased, {"ids": ids}, token=admin_token)).json()
    orders = (await server.post(connections, token=admin_token)).json()

    for body in (nodes, orders):
        assert body["data"] is None, body
        assert [e["extensions"]["code"] for e in body["errors"]] == ["MAX_COST_EXCEEDED"], body
    assert nodes["extensions"]["cost"]["requestedQueryCost"] == 30 * 100


async def test_nodes_takes_at_most_a_page_of_ids(server: Any, admin_token: str) -> None:
    query = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }"

    page = await server.gql(query, {"ids": [f"x{i}" for i in range(100)]}, token=admin_token)
    over = await server.gql(query, {"ids": [f"x{i}" for i in range(101)]}, token=admin_token)

    assert page == {"data": {"nodes": [None] * 100}}
    assert over["data"] is None
    assert [(e["message"], e["extensions"]["code"]) for e in over["errors"]] == [
        ("At most 100 ids per call.", "INVALID")
    ]


async def test_a_list_longer_than_asked_for_is_charged_after_the_fact(backends: Backends) -> None:
    # Asked for, an order's lines cost one object; answered with three, they cost three. The
    # two the request did not pay up front are taken afterwards, below zero if need be.
    async with serve_clean(settings_for(backends, cost_bucket_size=3, cost_restore_rate=0.001)) as server:
        admin = await make_token(Role.ADMIN)
        await seed_catalog(admin)
        order = await seed_order(admin, "LONG-1", [("SKU-A", 1), ("SKU-B", 1), ("SKU-C", 1)])
        reader = await make_token(Role.ADMIN)
        query = "query($id: ID!) { order(id: $id) { lines { sku } } }"
        variables = {"id": to_global_id("Order", order.id)}
        first = await server.post(query, variables, token=reader)
        second = await server.post(query, variables, token=reader)

    cost = first.json()["extensions"]["cost"]
    assert first.status_code == 200 and len(first.json()["data"]["order"]["lines"]) == 3
    assert (cost["requestedQueryCost"], cost["actualQueryCost"]) == (2, 4)
    assert cost["throttleStatus"]["currentlyAvailable"] == -1
    assert second.status_code == 429


@pytest.mark.postgres
async def test_what_a_request_settles_afterwards_costs_no_round_trip_and_reaches_other_processes(
    backends: Backends,
) -> None:
    # given two processes' buckets on one Redis, and a count of the round trips of the first
    client, other_client = aioredis.from_url(backends.broadcast_url), aioredis.from_url(backends.broadcast_url)
    sent = commands_sent(client)
    prefix = f"oms-test-{uuid.uuid4().hex}:"
    try:
        here = RedisBuckets(client, prefix=prefix, capacity=100, restore_rate=0.001, spends_in_process=True)
        there = RedisBuckets(other_client, prefix=prefix, capacity=100, restore_rate=0.001, spends_in_process=True)

        # when a request spends 40 up front and gives back 30 it did not use
        _, spent = await here.spend("t", 40)
        given_back = here.settle("t", -30, spent)
        trips_for_the_request = len(sent)
        # and the next request of the same caller spends 5, then is charged 10 for a long list
        _, next_spent = await here.spend("t", 5)
        charged = here.settle("t", 10, next_spent)

        # then the first request was one round trip (nothing was known of the level), the
        # second none (it left over half the bucket), and each reported its level after settling
        assert trips_for_the_request == 1
        assert len(sent) == 1
        assert (spent.currently_available, given_back.currently_available) == (60, 90)
        assert (next_spent.currently_available, charged.currently_available) == (85, 75)
        # and the other process sees the charge once the flush has sent it (a moment later)
        await eventually(lambda: _level_is(there, "t", 75), what="the settled charge in Redis")
    finally:
        await here.close()
        await client.aclose()
        await other_client.aclose()


@pytest.mark.postgres
async def test_below_half_the_bucket_every_spend_asks_redis_so_processes_share_the_last_points_exactly(
    backends: Backends,
) -> None:
    # given two processes' buckets on one Redis, and a count of the round trips of the first
    client, other_client = aioredis.from_url(backends.broadcast_url), aioredis.from_url(backends.broadcast_url)
    sent = commands_sent(client)
    prefix = f"oms-test-{uuid.uuid4().hex}:"
    try:
        here = RedisBuckets(client, prefix=prefix, capacity=100, restore_rate=0.001, spends_in_process=True)
        there = RedisBuckets(other_client, prefix=prefix, capacity=100, restore_rate=0.001, spends_in_process=True)

        # when the first spends 10 three times (the level known after the first)
        spent = [(await here.spend("t", 10))[1].currently_available for _ in range(3)]
        in_process = len(sent)
        # and the other process, once the flush has sent them, spends 25, leaving 45 (under
        # half the bucket, so it asks Redis too)
        await eventually(lambda: _level_is(there, "t", 70), what="the spends in the process reach Redis")
        await there.spend("t", 25)
        before_the_floor = len(sent)
        # then the first spends 25, 15 and 10: each would leave under half of what it knows
        # (70), so each asks Redis, sees the other's 25 and is refused once the points are gone
        near = [await here.spend("t", 25), await here.spend("t", 15), await here.spend("t", 10)]

        assert spent == [90, 80, 70]
        assert in_process == 1
        assert [(allowed, status.currently_available) for allowed, status in near] == [
            (True, 20),
            (True, 5),
            (False, 5),
        ]
        assert len(sent) - before_the_floor == 3
    finally:
        await here.close()
        await there.close()
        await client.aclose()
        await other_client.aclose()


@pytest.mark.postgres
async def test_the_query_cost_budget_spends_in_the_process_and_the_limits_against_guessing_never_do(
    backends: Backends,
) -> None:
    limits = Limits(settings_for(backends, namespace=f"oms-test-{uuid.uuid4().hex[:12]}"))
    assert limits.redis is not None
    sent = commands_sent(limits.redis)
    try:
        # when each family is spent from three times in a row, well within its capacity
        trips = {}
        for name in ("query_cost", "track_lookups", "track_misses", "sign_in_email", "sign_in_attempts"):
            before = len(sent)
            for _ in range(3):
                await getattr(limits, name).spend("caller", 1)
            trips[name] = len(sent) - before
    finally:
        await limits.close()

    # then only the budget took the second and third spends in the process
    assert trips == {
        "query_cost": 1,
        "track_lookups": 3,
        "track_misses": 3,
        "sign_in_email": 3,
        "sign_in_attempts": 3,
    }


def commands_sent(client: aioredis.Redis) -> list[object]:
    """The Redis commands `client` sends from now on, by name (one per round trip or
    pipelined command)."""
    sent: list[object] = []
    execute = client.execute_command

    async def counted(*args: Any, **kwargs: Any) -> Any:
        sent.append(args[0])
        return await execute(*args, **kwargs)

    client.execute_command = counted  # type: ignore[method-assign]
    return sent


async def _level_is(buckets: RedisBuckets, key: str, level: float) -> bool:
    _, status = await buckets.spend(key, 0)
    return status.currently_available == level


@pytest.mark.parametrize("size", ["Infinity", "-Infinity", "1e400"])
async def test_a_page_size_json_reads_as_infinite_is_an_invalid_variable_not_a_fault(
    server: Any, admin_token: str, size: str
) -> None:
    # given a page size that Python's JSON reads as an infinite float (not JSON, but read)
    body = '{"query": "query($n: Int) { orders(first: $n) { edges { node { id } } } }", "variables": {"n": %s}}'
    response = await server.http.post(
        "/graphql",
        content=body % size,
        headers={"Authorization": f"Bearer {admin_token}", "Content-Type": "application/json"},
    )

    # then it is refused as any value an Int cannot hold, with its code
    assert response.status_code == 200, response.text
    (error,) = response.json()["errors"]
    assert error["extensions"]["code"] == "INVALID", error
    assert error["message"].startswith("Variable '$n' has invalid value"), error
