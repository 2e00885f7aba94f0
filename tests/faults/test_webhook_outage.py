"""Webhooks through an outage of the receiver and of Redis (issue 12's proof).

Two real `oms serve` processes on PostgreSQL and a private redis-server, each running its own
webhook worker, send order events to a real local receiver. Orders are created and changed
(edits, holds, releases, cancels) on both servers at once; mid-way the receiver and Redis
are stopped while the traffic goes on, until the receiver's circuit breaker has opened; then
both are started again. Once every event is fanned out and delivered: each event of the
outbox reached the receiver at least once; a duplicate carries the same X-Event-Id and the
same body; the first deliveries of each order's events arrive in outbox sequence order; and
every signature verifies with the documented algorithm (scripts/webhook_receiver.py, the
README's example) when it arrives."""

from __future__ import annotations

import asyncio
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from models.access import Role
from models.events import OutboxEvent
from models.webhooks import DeliveryStatus, WebhookAttempt, WebhookDelivery, WebhookSubscription
from scripts.webhook_receiver import verify
from subscriptions.topics import ORDER_EDITED, ORDER_STATUS_CHANGED
from tests.fixtures.backends import Backends
from tests.fixtures.catalog import create_catalog, place
from tests.fixtures.database import make_token
from tests.fixtures.faults import PrivateRedis
from tests.fixtures.processes import oms_process
from tests.fixtures.server import Server, free_port
from tests.fixtures.stock import USER_ERRORS, ok
from tests.fixtures.waiting import until
from tests.fixtures.webhook_receiver import Received, Reply, Script, receiver

pytestmark = pytest.mark.postgres

TOPICS = [ORDER_STATUS_CHANGED, ORDER_EDITED]
# Short waits so the test sees retries, the breaker opening and its half-open probe in
# seconds: backoff from 0.2 s (at most 1 s), the circuit open for 1 s after 3 failures.
WEBHOOK_ENV = {
    "OMS_BUS_CONNECT_TIMEOUT_SECONDS": "1",
    "OMS_WEBHOOK_POLL_SECONDS": "0.1",
    "OMS_WEBHOOK_TIMEOUT_SECONDS": "2",
    "OMS_WEBHOOK_BACKOFF_BASE_SECONDS": "0.2",
    "OMS_WEBHOOK_BACKOFF_MAX_SECONDS": "1",
    "OMS_WEBHOOK_CIRCUIT_FAILURES": "3",
    "OMS_WEBHOOK_CIRCUIT_OPEN_SECONDS": "1",
    "OMS_WEBHOOK_ALLOW_PRIVATE_ADDRESSES": "true",
}
ROUNDS_PER_PHASE = 6  # before, during and after the outage
REFUSE_EVERY = 7

SUBSCRIBE = (
    """mutation($i: WebhookSubscriptionCreateInput!) {
  webhookSubscriptionCreate(input: $i) { webhookSubscription { id } secret %s } }"""
    % USER_ERRORS
)
EDIT = "mutation($i: OrderEditInput!) { orderEdit(input: $i) { order { status } %s } }" % USER_ERRORS
HOLD = "mutation($i: OrderHoldInput!) { orderHold(input: $i) { order { status } %s } }" % USER_ERRORS
RELEASE = "mutation($i: OrderReleaseInput!) { orderRelease(input: $i) { order { status } %s } }" % USER_ERRORS
CANCEL = "mutation($i: OrderCancelInput!) { orderCancel(input: $i) { order { status } %s } }" % USER_ERRORS


def checking(secret: str, log: list[tuple[Received, bool]]) -> Script:
    """Answer as a careful receiver does: verify the signature on arrival (tolerance included).
    Every request goes into `log` in arrival order (the receiver calls this under its lock),
    with its verdict: one list across the receiver's restart, which a request still in
    flight when the receiver stops reaches too. Every REFUSE_EVERY-th request is answered
    503 (the receiver's own trouble), so some events arrive twice and later events of the
    same order must wait for the retry."""

    def script(request: Received) -> Reply:
        valid = verify([secret], request.headers.get("x-signature"), request.body)
        log.append((request, valid))
        if not valid:
            return 401, {}, b"bad signature"
        return (503, {}, b"busy") if len(log) % REFUSE_EVERY == 0 else (200, {}, b"ok")

    return script


class Traffic:
    """Orders created and changed on both servers at once. Round n creates order n and moves
    the earlier ones on, each step of an order on the other server than its previous step, so
    one order's events are committed (and sent) by both processes."""

    def __init__(self, servers: tuple[Server, Server], token: str) -> None:
        self.servers = servers
        self.token = token
        self.orders: list[str] = []
        self.round = 0

    def server(self, n: int) -> Server:
        return self.servers[n % 2]

    async def create(self, n: int) -> None:
        result = await place(self.server(n), self.token, externalRef=f"HOOK-{n}")
        assert result["userErrors"] == [], result
        self.orders.append(result["order"]["id"])

    async def step(self, order: int, step: int) -> None:
        server, order_id = self.server(order + step), self.orders[order]
        if step == 1:
            lines = [{"sku": "SKU-A", "quantity": 3}, {"sku": "SKU-B", "quantity": 1}]
            await ok(server, self.token, EDIT, {"i": {"id": order_id, "reason": "more", "lines": lines}}, "orderEdit")
        elif step == 2:
            await ok(server, self.token, HOLD, {"i": {"id": order_id, "reason": "call back"}}, "orderHold")
        elif step == 3:
            await ok(server, self.token, RELEASE, {"i": {"id": order_id}}, "orderRelease")
        elif step == 4 and order % 2 == 0:
            await ok(server, self.token, CANCEL, {"i": {"id": order_id, "reason": "changed mind"}}, "orderCancel")

    async def rounds(self, count: int) -> None:
        for _ in range(count):
            n = self.round
            await self.create(n)
            await asyncio.gather(*(self.step(n - back, back) for back in range(1, 5) if n - back >= 0))
            self.round += 1

    async def finish(self) -> None:
        """The remaining steps of the last orders, so every order has all of its changes."""
        for back in range(1, 5):
            await asyncio.gather(*(self.step(n, back) for n in range(len(self.orders)) if n + back >= self.round))


async def settled(sub_id: int) -> dict[str, int]:
    """What is still on its way: events not sequenced or not fanned out, deliveries pending;
    and how many deliveries ended otherwise than delivered."""
    sub = await WebhookSubscription.get(id=sub_id)
    events = OutboxEvent.filter(topic__in=TOPICS)
    return {
        "unsequenced": await events.filter(seq__isnull=True).count(),
        "not_fanned_out": await events.filter(seq__gt=sub.last_seq).count(),
        "pending": await WebhookDelivery.filter(subscription_id=sub_id, status=DeliveryStatus.PENDING).count(),
        "not_delivered": await WebhookDelivery.filter(subscription_id=sub_id)
        .exclude(status__in=[DeliveryStatus.PENDING, DeliveryStatus.SUCCEEDED])
        .count(),
    }


async def test_every_order_event_is_delivered_in_order_through_a_receiver_and_redis_outage(
    backends: Backends, database: None, tmp_path: Path
) -> None:
    admin = await make_token(Role.ADMIN)
    port = free_port()
    url = f"http://127.0.0.1:{port}/hooks"
    log: list[tuple[Received, bool]] = []
    async with PrivateRedis.stopped(tmp_path) as redis:
        await redis.start()
        env = {"OMS_BROADCAST_URL": redis.url, **WEBHOOK_ENV}
        async with oms_process(backends, env=env) as one, oms_process(backends, env=env) as two:
            await create_catalog(one, admin, stock=1000)
            created = await ok(
                one, admin, SUBSCRIBE, {"i": {"url": url, "topics": TOPICS}}, "webhookSubscriptionCreate"
            )
            secret = created["secret"]
            sub = await WebhookSubscription.get(url=url)
            traffic = Traffic((one, two), admin)

            # Given deliveries flowing to the receiver
            with receiver(port) as hooks:
                hooks.script = checking(secret, log)
                await traffic.rounds(ROUNDS_PER_PHASE)
                await until(lambda: _count(log), lambda n: n > 0, what="deliveries flow", within=30)
            delivered_before = len(log)

            # When the receiver and Redis go down while orders are created and changed,
            await redis.stop()
            await traffic.rounds(ROUNDS_PER_PHASE)
            # long enough for the workers to fail and the breaker to open
            await until(
                lambda: WebhookSubscription.get(id=sub.id),
                lambda s: s.circuit_open_until is not None,
                what="the circuit opens",
                within=60,
            )
            failed_attempts = await _failed_attempts(sub.id)

            # and then both come back while the traffic goes on,
            await redis.start()
            with receiver(port) as hooks:
                hooks.script = checking(secret, log)
                await traffic.rounds(ROUNDS_PER_PHASE)
                await traffic.finish()
                # Then everything settles: sequenced, fanned out, sent (after the half-open probe).
                remaining = await until(
                    lambda: settled(sub.id),
                    lambda r: r["unsequenced"] == r["not_fanned_out"] == r["pending"] == 0,
                    what="all events delivered",
                    within=120,
                )
            circuit = await WebhookSubscription.get(id=sub.id)

    events = await OutboxEvent.filter(topic__in=TOPICS, seq__gt=0).order_by("seq")
    by_id = {f"evt_{e.seq}": e for e in events}

    assert remaining["not_delivered"] == 0, remaining
    assert delivered_before > 0 and failed_attempts > 0
    assert len(traffic.orders) == 3 * ROUNDS_PER_PHASE
    # Each order's events: created (PENDING, ALLOCATED), edited, held, released; every other
    # one cancelled: none missing from the outbox, whether Redis was up or not.
    assert len(events) == 5 * len(traffic.orders) + len(traffic.orders) // 2
    assert [valid for _, valid in log] == [True] * len(log)
    received = [request for request, _ in log]
    # Every event delivered at least once; nothing delivered that is not an event of the outbox.
    first: dict[str, Received] = {}
    for request in received:
        first.setdefault(request.headers["x-event-id"], request)
    assert sorted(first) == sorted(by_id)
    assert len(received) > len(first), "some events were delivered twice (answered 503 first)"
    # A duplicate is the same delivery again: same X-Event-Id, same body (so the same id inside).
    for request in received:
        original = first[request.headers["x-event-id"]]
        assert request.body == original.body
        body = json.loads(request.body)
        event = by_id[body["id"]]
        assert body["id"] == request.headers["x-event-id"]
        assert body["topic"] == request.headers["x-event-topic"] == event.topic
        assert body["data"] == event.payload
    # Per order, the first deliveries arrive in the outbox's sequence order.
    arrived: dict[int, list[int]] = defaultdict(list)
    for event_id in first:  # dicts keep insertion (arrival) order
        event = by_id[event_id]
        arrived[event.aggregate_id].append(event.seq or 0)
    expected: dict[int, list[int]] = defaultdict(list)
    for event in events:
        expected[event.aggregate_id].append(event.seq or 0)
    assert dict(arrived) == dict(expected)
    # The breaker closed again after its probe succeeded.
    assert circuit.circuit_open_until is None and circuit.consecutive_failures == 0


async def _count(items: list[Any]) -> int:
    return len(items)


async def _failed_attempts(sub_id: int) -> int:
    return await WebhookAttempt.filter(delivery__subscription_id=sub_id, status_code__isnull=True).count()
