"""Live subscribers of the same operation, variables and scope that start live form a group:
one of them (the leader) runs the source stream, and each event's payload is written to the
others (followers) encoded once. Each follower still ends with its own token, gets only what
came after it joined, and the group goes on when its leader leaves, with nothing lost or
repeated. Counted through /metrics: oms_live_streams (bus listeners), oms_live_subscribers,
oms_live_group_deliveries_total, oms_live_executions_total."""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from models.access import ApiToken, Role
from schema.common import to_global_id
from services.access import create_token
from tests.fixtures.backends import SECRET
from tests.fixtures.catalog import ORDER_STATUS_SUB, place
from tests.fixtures.database import make_token
from tests.fixtures.fulfilment import PICK_TASKS_SUB, seed_fulfilment
from tests.fixtures.live import Subscription, metric, subscribe
from tests.fixtures.server import Server
from tests.fixtures.stock import placed
from tests.fixtures.waiting import eventually

pytestmark = pytest.mark.live_server  # WebSockets need a real server

REVOKE = "mutation($i: ApiTokenRevokeInput!) { apiTokenRevoke(input: $i) { userErrors { code } } }"


async def _figures(server: Server) -> dict[str, float]:
    names = ("oms_live_streams", "oms_live_subscribers", "oms_live_group_deliveries_total", "oms_live_executions_total")
    return {name.removeprefix("oms_live_"): await metric(server, name) for name in names}


async def _ending(sub: Subscription) -> dict[str, Any]:
    """The first message that is not an event: the subscription's error."""
    while True:
        message = await sub.raw(timeout=20)
        if message["type"] == "ping":
            await sub.ws.send(json.dumps({"type": "pong"}))
        elif message["type"] != "next" or "errors" in message["payload"]:
            return message


def _errors(message: dict[str, Any]) -> list[tuple[str, str]]:
    errors = message["payload"] if message["type"] == "error" else message["payload"]["errors"]
    return [(e["message"], e["extensions"]["code"]) for e in errors]


async def _numbers(subs: list[Subscription]) -> list[str]:
    """The order each subscriber heard of next: placing one is two events (PENDING, ALLOCATED),
    and each subscriber must get both, in order, once."""
    numbers = []
    for sub in subs:
        events = [(await sub.next())["orderStatusChanged"] for _ in range(2)]
        assert [e["status"] for e in events] == ["PENDING", "ALLOCATED"], events
        assert events[0]["order"]["number"] == events[1]["order"]["number"], events
        numbers.append(events[0]["order"]["number"])
    return numbers


async def test_identical_live_subscribers_run_one_stream_and_get_the_same_bytes(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    # given three ADMIN subscribers (three tokens) of the same document, starting live
    before = await _figures(server)
    async with contextlib.AsyncExitStack() as stack:
        subs = [
            await stack.enter_async_context(subscribe(server, ORDER_STATUS_SUB, token=await make_token(Role.ADMIN)))
            for _ in range(3)
        ]
        during = await _figures(server)

        # when an order is placed
        placed = await place(server, admin_token, externalRef="grouped")
        frames = [[await sub.ws.recv() for _ in range(2)] for sub in subs]
        await eventually(lambda: _delivered(server, before, 4), what="two events to the two followers counted")
        after = await _figures(server)

    # then one of them listens on the bus and the three are live subscriptions
    assert during["streams"] - before["streams"] == 1
    assert during["subscribers"] - before["subscribers"] == 3
    # and each event was executed once and written to the two others, the same bytes to all
    assert after["executions_total"] - before["executions_total"] == 2
    assert frames[0] == frames[1] == frames[2], frames
    data = [json.loads(frame)["payload"]["data"]["orderStatusChanged"] for frame in frames[0]]
    assert [(d["status"], d["order"]["number"]) for d in data] == [
        ("PENDING", placed["order"]["number"]),
        ("ALLOCATED", placed["order"]["number"]),
    ]


async def _delivered(server: Server, before: dict[str, float], count: int) -> bool:
    return await metric(server, "oms_live_group_deliveries_total") - before["group_deliveries_total"] == count


async def test_groups_are_per_scope_and_a_resuming_subscriber_runs_its_own_stream(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    # given two OPS subscribers, a CHANNEL web one, and an OPS one resuming from a cursor
    first = await place(server, admin_token, externalRef="earlier")
    async with subscribe(server, ORDER_STATUS_SUB, token=await make_token(Role.OPS)) as probe:
        await place(server, admin_token, externalRef="cursor")
        cursor = [(await probe.next())["orderStatusChanged"]["cursor"] for _ in range(2)][-1]
    before = await _figures(server)
    async with contextlib.AsyncExitStack() as stack:
        ops = [await make_token(Role.OPS) for _ in range(2)]
        subs = [await stack.enter_async_context(subscribe(server, ORDER_STATUS_SUB, token=t)) for t in ops]
        web = await stack.enter_async_context(
            subscribe(server, ORDER_STATUS_SUB, token=await make_token(Role.CHANNEL, "web"))
        )
        resuming = await stack.enter_async_context(
            subscribe(server, ORDER_STATUS_SUB, {"after": cursor}, token=await make_token(Role.OPS))
        )
        during = await _figures(server)

        # when an order is placed on web
        placed = await place(server, admin_token, externalRef="scoped")
        numbers = await _numbers([*subs, web, resuming])

    # then three streams ran for four subscribers: the OPS group, web's, and the resuming one
    assert during["streams"] - before["streams"] == 3
    assert during["subscribers"] - before["subscribers"] == 4
    assert numbers == [placed["order"]["number"]] * 4
    assert first["order"]["number"] != placed["order"]["number"]


async def test_a_followers_revoked_token_ends_only_its_subscription(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    # given a group of three OPS subscribers, each with a token of its own
    tokens = [await make_token(Role.OPS) for _ in range(3)]
    rows = await ApiToken.filter(role=Role.OPS).order_by("id")
    async with contextlib.AsyncExitStack() as stack:
        subs = [await stack.enter_async_context(subscribe(server, ORDER_STATUS_SUB, token=t)) for t in tokens]

        # when the last one's token (a follower's) is revoked, and an order is placed
        revoked = await server.gql(REVOKE, {"i": {"id": to_global_id("ApiToken", rows[-1].id)}}, token=admin_token)
        ended = await _ending(subs[2])
        placed = await place(server, admin_token, externalRef="after-revoke")
        numbers = await _numbers(subs[:2])

    # then it ended with UNAUTHENTICATED, and the other two got the event
    assert revoked["data"]["apiTokenRevoke"]["userErrors"] == []
    assert _errors(ended) == [("The token was revoked.", "UNAUTHENTICATED")]
    assert numbers == [placed["order"]["number"]] * 2


async def test_when_the_leader_leaves_the_followers_go_on_with_nothing_lost_or_repeated(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    # given a group of three, which has handed on one event
    tokens = [await make_token(Role.ADMIN) for _ in range(3)]
    rows = await ApiToken.filter(role=Role.ADMIN).order_by("-id").limit(3)
    async with contextlib.AsyncExitStack() as stack:
        subs = [await stack.enter_async_context(subscribe(server, ORDER_STATUS_SUB, token=t)) for t in tokens]
        one = await place(server, admin_token, externalRef="one")
        assert await _numbers(subs) == [one["order"]["number"]] * 3

        # when the leader (the first) completes, and then its successor's token is revoked
        await subs[0].ws.send(json.dumps({"id": "1", "type": "complete"}))
        await eventually(lambda: _streams_are(server, 1), what="a follower leads")
        two = await place(server, admin_token, externalRef="two")
        second = await _numbers(subs[1:])
        revoked = await server.gql(REVOKE, {"i": {"id": to_global_id("ApiToken", rows[1].id)}}, token=admin_token)
        ended = await _ending(subs[1])
        three = await place(server, admin_token, externalRef="three")
        third = await _numbers(subs[2:])
        # nothing else is on its way to the last one
        await subs[2].nothing_within(0.5)

    # then each event reached those still there exactly once, in order
    assert revoked["data"]["apiTokenRevoke"]["userErrors"] == []
    assert second == [two["order"]["number"]] * 2
    assert _errors(ended) == [("The token was revoked.", "UNAUTHENTICATED")]
    assert third == [three["order"]["number"]]


async def _streams_are(server: Server, count: int) -> bool:
    return await metric(server, "oms_live_streams") == count


async def test_a_followers_token_ends_at_its_expiry(server: Server, admin_token: str, catalog: dict[str, Any]) -> None:
    # given a group led by a lasting OPS token and followed by one that expires in 3 s
    expires_at = datetime.now(UTC) + timedelta(seconds=3)
    _, short = await create_token(role=Role.OPS, scope=None, secret=SECRET, expires_at=expires_at)
    async with (
        subscribe(server, ORDER_STATUS_SUB, token=await make_token(Role.OPS)) as leader,
        subscribe(server, ORDER_STATUS_SUB, token=short) as follower,
    ):
        before = await _figures(server)
        # when the expiry passes
        ended = await _ending(follower)
        ended_at = datetime.now(UTC)
        placed = await place(server, admin_token, externalRef="after-expiry")
        [number] = await _numbers([leader])
        await eventually(lambda: _subscribers_are(server, before["subscribers"] - 1), what="the follower gone")

    # then the follower ended then, with UNAUTHENTICATED, and the leader went on
    assert _errors(ended) == [("The token expired.", "UNAUTHENTICATED")]
    assert ended_at >= expires_at
    assert number == placed["order"]["number"]
    assert before["streams"] >= 1


async def _subscribers_are(server: Server, count: float) -> bool:
    return await metric(server, "oms_live_subscribers") == count


async def test_a_follower_gets_only_what_came_after_it_joined(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    # given a leader that has had one event
    async with subscribe(server, ORDER_STATUS_SUB, token=await make_token(Role.ADMIN)) as leader:
        one = await place(server, admin_token, externalRef="before-joining")
        assert await _numbers([leader]) == [one["order"]["number"]]

        # when a follower joins and the next order is placed
        async with subscribe(server, ORDER_STATUS_SUB, token=await make_token(Role.ADMIN)) as follower:
            two = await place(server, admin_token, externalRef="after-joining")
            got = await _numbers([leader, follower])

    # then the follower's first event is the second order
    assert got == [two["order"]["number"]] * 2


async def test_pickers_of_one_warehouse_share_a_stream_and_another_warehouse_has_its_own(
    server: Server, admin_token: str
) -> None:
    # given three pickers' apps at east (a token each) and one at eu, all following their tasks
    await seed_fulfilment(admin_token, stock={("SKU-A", "east"): 20, ("SKU-B", "eu"): 20})
    before = await _figures(server)
    async with contextlib.AsyncExitStack() as stack:
        east = [
            await stack.enter_async_context(
                subscribe(server, PICK_TASKS_SUB, {"warehouse": "east"}, token=await make_token(Role.WAREHOUSE, "east"))
            )
            for _ in range(3)
        ]
        eu = await stack.enter_async_context(
            subscribe(server, PICK_TASKS_SUB, {"warehouse": "eu"}, token=await make_token(Role.WAREHOUSE, "eu"))
        )
        during = await _figures(server)

        # when an order for each warehouse is placed
        await placed(server, admin_token, "EU-G", [("SKU-B", 1)])
        order = await placed(server, admin_token, "EAST-G", [("SKU-A", 1)])
        seen = [(await sub.next())["pickTaskUpdates"] for sub in east]
        other = (await eu.next())["pickTaskUpdates"]
        await east[0].nothing_within(0.3)

    # then east's three apps ran one stream, eu's its own
    assert during["streams"] - before["streams"] == 2
    assert during["subscribers"] - before["subscribers"] == 4
    # and each app got its warehouse's task, once
    assert [(e["kind"], e["task"]["order"]["number"], e["task"]["warehouse"]["code"]) for e in seen] == [
        ("CREATED", order["number"], "east")
    ] * 3
    assert (other["kind"], other["task"]["warehouse"]["code"]) == ("CREATED", "eu")
