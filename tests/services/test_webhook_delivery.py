"""Outbound webhooks (issue 12) at the service level, against a real local HTTP receiver:
signed deliveries, retries with backoff, no retry on a refusing 4xx, Retry-After, and the
order of one aggregate's events. The clock deliveries are due by is passed in (`now`), so
"not yet due" and "due later" are checked without sleeping."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from models.webhooks import DeliveryStatus, WebhookAttempt, WebhookDelivery, WebhookSubscription
from services.access import SYSTEM
from services.errors import DomainError, ErrorCode
from services.uow import unit_of_work
from services.webhook_circuit import circuit_state
from services.webhook_delivery import deliver_due, redeliver
from services.webhooks import create_subscription, fan_out
from settings import Settings
from subscriptions.outbox import record_event
from subscriptions.relay import sequence_pending
from subscriptions.topics import ORDER_STATUS_CHANGED, SHIPMENT_CHANGED
from tests.fixtures.webhook_receiver import Receiver, always, receiver

pytestmark = pytest.mark.usefixtures("database")
LATER = timedelta(days=1) / 2  # past any backoff, short of the give-up age


@pytest.fixture
def hooks() -> Iterator[Receiver]:
    with receiver() as running:
        yield running


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(timeout=5) as c:
        yield c


async def emit(topic: str, aggregate_id: int, **payload: object) -> None:
    async with unit_of_work() as conn:
        await record_event(
            topic=topic, aggregate_type=topic.split(".")[0], aggregate_id=aggregate_id, payload=payload, using_db=conn
        )
    await sequence_pending()


async def subscribe(hooks: Receiver, *topics: str) -> str:
    _row, secret = await create_subscription(
        SYSTEM, url=hooks.url, topics=list(topics or [ORDER_STATUS_CHANGED]), allow_private=True
    )
    return secret


async def statuses() -> list[tuple[str, DeliveryStatus, int]]:
    return [(d.event_id, DeliveryStatus(d.status), d.attempts) for d in await WebhookDelivery.all().order_by("id")]


async def test_a_delivery_is_signed_as_documented_and_carries_the_event(
    hooks: Receiver, client: httpx.AsyncClient, settings: Settings
) -> None:
    await emit(ORDER_STATUS_CHANGED, 1, status="OPEN")  # before the subscription: not sent
    secret = await subscribe(hooks)
    await emit(ORDER_STATUS_CHANGED, 7, status="ALLOCATED")
    await emit(SHIPMENT_CHANGED, 3, status="PACKED")  # a topic it did not take

    assert await fan_out() == 1
    assert await deliver_due(client, settings) == 1

    [got] = hooks.received
    delivery = await WebhookDelivery.get()
    assert got.headers["x-event-id"] == delivery.event_id == f"evt_{delivery.event_seq}"
    assert got.headers["x-event-topic"] == ORDER_STATUS_CHANGED
    assert got.headers["content-type"] == "application/json"
    body = json.loads(got.body)
    assert body == {
        "id": delivery.event_id,
        "topic": ORDER_STATUS_CHANGED,
        "occurredAt": body["occurredAt"],
        "data": {"status": "ALLOCATED"},
    }
    assert datetime.fromisoformat(body["occurredAt"]) == delivery.occurred_at
    # The documented algorithm, computed here from scratch: t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>.
    fields = dict(part.split("=", 1) for part in got.headers["x-signature"].split(","))
    expected = hmac.new(secret.encode(), fields["t"].encode() + b"." + got.body, hashlib.sha256).hexdigest()
    assert set(fields) == {"t", "v1"} and hmac.compare_digest(fields["v1"], expected)
    assert await statuses() == [(delivery.event_id, DeliveryStatus.SUCCEEDED, 1)]
    [attempt] = await WebhookAttempt.all()
    assert (attempt.status_code, attempt.response_excerpt, attempt.error) == (200, "ok", None)


async def test_a_server_error_is_retried_after_a_backoff_with_the_same_event_id(
    hooks: Receiver, client: httpx.AsyncClient, settings: Settings
) -> None:
    hooks.answer_in_turn((500, {}, b"boom"), (200, {}, b"ok"))
    await subscribe(hooks)
    await emit(ORDER_STATUS_CHANGED, 7, status="ALLOCATED")
    await fan_out()
    now = datetime.now(UTC)

    assert await deliver_due(client, settings, now=now) == 1
    [(event_id, status, attempts)] = await statuses()
    assert (status, attempts) == (DeliveryStatus.PENDING, 1)
    assert await deliver_due(client, settings, now=now) == 0  # backing off: not due yet
    assert await deliver_due(client, settings, now=now + LATER) == 1

    assert await statuses() == [(event_id, DeliveryStatus.SUCCEEDED, 2)]
    assert [r.headers["x-event-id"] for r in hooks.received] == [event_id, event_id]
    log = await WebhookAttempt.all().order_by("id").values_list("status_code", "response_excerpt")
    assert log == [(500, "boom"), (200, "ok")]


async def test_the_backoff_grows_with_each_failure(
    hooks: Receiver, client: httpx.AsyncClient, settings: Settings
) -> None:
    hooks.script = always(502)
    await subscribe(hooks)
    await emit(ORDER_STATUS_CHANGED, 7, status="ALLOCATED")
    await fan_out()
    now = datetime.now(UTC)
    waits = []
    for _ in range(4):
        assert await deliver_due(client, settings, now=now) == 1
        delivery = await WebhookDelivery.get()
        waits.append((delivery.next_attempt_at - now).total_seconds())
        now = delivery.next_attempt_at

    base = settings.webhook_backoff_base_seconds
    # Doubling, with jitter between half and all of it.
    for n, wait in enumerate(waits):
        assert base * 2**n / 2 <= wait <= base * 2**n + 1
    assert len(hooks.received) == 4


@pytest.mark.parametrize("code", [400, 401, 404, 410, 422])
async def test_a_refusing_client_error_fails_the_delivery_without_a_retry(
    hooks: Receiver, client: httpx.AsyncClient, settings: Settings, code: int
) -> None:
    hooks.script = always(code, body=b"no such hook")
    await subscribe(hooks)
    await emit(ORDER_STATUS_CHANGED, 7, status="ALLOCATED")
    await fan_out()

    assert await deliver_due(client, settings) == 1
    assert await deliver_due(client, settings, now=datetime.now(UTC) + LATER) == 0

    [(_id, status, attempts)] = await statuses()
    assert (status, attempts) == (DeliveryStatus.FAILED, 1)
    assert len(hooks.received) == 1


@pytest.mark.parametrize("code", [408, 425, 429, 503])
async def test_not_now_answers_are_retried(
    hooks: Receiver, client: httpx.AsyncClient, settings: Settings, code: int
) -> None:
    hooks.answer_in_turn((code, {}, b""), (204, {}, b""))
    await subscribe(hooks)
    await emit(ORDER_STATUS_CHANGED, 7, status="ALLOCATED")
    await fan_out()

    await deliver_due(client, settings)
    await deliver_due(client, settings, now=datetime.now(UTC) + LATER)

    [(_id, status, attempts)] = await statuses()
    assert (status, attempts) == (DeliveryStatus.SUCCEEDED, 2)


async def test_retry_after_is_honoured(hooks: Receiver, client: httpx.AsyncClient, settings: Settings) -> None:
    hooks.answer_in_turn((429, {"Retry-After": "600"}, b"slow down"), (200, {}, b"ok"))
    await subscribe(hooks)
    await emit(ORDER_STATUS_CHANGED, 7, status="ALLOCATED")
    await fan_out()
    now = datetime.now(UTC)

    await deliver_due(client, settings, now=now)
    # The plain backoff after a first failure is at most the base (5 s); the receiver asked for 600.
    assert await deliver_due(client, settings, now=now + timedelta(seconds=300)) == 0
    assert await deliver_due(client, settings, now=now + timedelta(seconds=602)) == 1

    [(_id, status, attempts)] = await statuses()
    assert (status, attempts) == (DeliveryStatus.SUCCEEDED, 2)


async def test_a_delivery_still_failing_past_the_give_up_age_is_given_up_and_kept(
    hooks: Receiver, client: httpx.AsyncClient, settings: Settings
) -> None:
    hooks.script = always(500)
    await subscribe(hooks)
    await emit(ORDER_STATUS_CHANGED, 7, status="ALLOCATED")
    await fan_out()
    old = datetime.now(UTC) + timedelta(seconds=settings.webhook_give_up_after_seconds + 1)

    assert await deliver_due(client, settings, now=old) == 1
    assert await deliver_due(client, settings, now=old + LATER) == 0

    [(_id, status, attempts)] = await statuses()
    assert (status, attempts) == (DeliveryStatus.GIVEN_UP, 1)


async def test_one_aggregates_events_arrive_in_order_while_others_go_ahead(
    hooks: Receiver, client: httpx.AsyncClient, settings: Settings
) -> None:
    failed_once: set[str] = set()

    def script(request: object) -> tuple[int, dict[str, str], bytes]:
        body = json.loads(request.body)  # type: ignore[attr-defined]
        if body["data"]["n"] == 1 and "first" not in failed_once:
            failed_once.add("first")
            return 500, {}, b""
        return 200, {}, b""

    hooks.script = script
    await subscribe(hooks)
    for n, aggregate in [(1, 7), (2, 7), (3, 8), (4, 7)]:
        await emit(ORDER_STATUS_CHANGED, aggregate, n=n)
    await fan_out()
    now = datetime.now(UTC)

    # Order 7's first event fails; its later ones wait behind it; order 8 goes ahead.
    assert await deliver_due(client, settings, now=now) == 2
    assert await deliver_due(client, settings, now=now) == 0
    while await deliver_due(client, settings, now=now + LATER):
        pass

    sent = [json.loads(r.body)["data"]["n"] for r in hooks.received]
    assert sorted(sent[:2]) == [1, 3]
    assert [n for n in sent if n != 3] == [1, 1, 2, 4]
    assert {s for _i, s, _a in await statuses()} == {DeliveryStatus.SUCCEEDED}


async def test_several_workers_at_once_keep_each_aggregates_order_and_send_each_event_once(
    hooks: Receiver, settings: Settings
) -> None:
    await subscribe(hooks)
    for n in range(30):
        await emit(ORDER_STATUS_CHANGED, n % 3, n=n)
    assert await fan_out() == 30

    async def worker() -> None:
        # Each worker sends what it can claim; a delivery another worker holds (or one
        # waiting behind it) is left to that worker, until nothing is pending.
        async with httpx.AsyncClient(timeout=5) as c:
            for _ in range(10_000):
                sent = await deliver_due(c, settings)
                if not sent and not await WebhookDelivery.filter(status=DeliveryStatus.PENDING).exists():
                    return
                await asyncio.sleep(0)

    await asyncio.gather(*(worker() for _ in range(4)))

    sent = [json.loads(r.body)["data"]["n"] for r in hooks.received]
    assert sorted(sent) == list(range(30))
    for aggregate in range(3):
        assert [n for n in sent if n % 3 == aggregate] == list(range(aggregate, 30, 3))


async def test_a_failed_delivery_is_sent_again_on_request_with_the_same_event_id(
    hooks: Receiver, client: httpx.AsyncClient, settings: Settings
) -> None:
    hooks.answer_in_turn((400, {}, b"bad"), (200, {}, b"ok"))
    await subscribe(hooks)
    await emit(ORDER_STATUS_CHANGED, 7, status="ALLOCATED")
    await fan_out()
    await deliver_due(client, settings)
    delivery = await WebhookDelivery.get()
    assert delivery.status == DeliveryStatus.FAILED

    again = await redeliver(SYSTEM, delivery_id=delivery.id)
    assert again.status == DeliveryStatus.PENDING
    assert await deliver_due(client, settings) == 1

    assert await statuses() == [(delivery.event_id, DeliveryStatus.SUCCEEDED, 2)]
    assert [r.headers["x-event-id"] for r in hooks.received] == [delivery.event_id] * 2
    with pytest.raises(DomainError) as refused:
        await redeliver(SYSTEM, delivery_id=delivery.id)  # succeeded: nothing to send again
    assert [p.code for p in refused.value.problems] == [ErrorCode.INVALID_TRANSITION]


async def test_a_redelivered_delivery_gets_a_fresh_give_up_age(
    hooks: Receiver, client: httpx.AsyncClient, settings: Settings
) -> None:
    hooks.script = always(500)
    await subscribe(hooks)
    await emit(ORDER_STATUS_CHANGED, 7, status="ALLOCATED")
    await fan_out()
    old = datetime.now(UTC) + timedelta(seconds=settings.webhook_give_up_after_seconds + 1)
    await deliver_due(client, settings, now=old)
    delivery = await WebhookDelivery.get()
    assert delivery.status == DeliveryStatus.GIVEN_UP

    await redeliver(SYSTEM, delivery_id=delivery.id)
    await deliver_due(client, settings)

    [(_id, status, attempts)] = await statuses()
    assert (status, attempts) == (DeliveryStatus.PENDING, 2)  # failing again, but not given up


async def test_an_endpoint_that_keeps_failing_opens_its_circuit_then_one_probe_closes_it(
    hooks: Receiver, client: httpx.AsyncClient, settings: Settings
) -> None:
    settings = settings.model_copy(update={"webhook_circuit_failures": 2, "webhook_circuit_open_seconds": 600})
    hooks.script = always(503)
    await subscribe(hooks)
    for aggregate in (1, 2, 3):  # three aggregates: nothing waits for order's sake
        await emit(ORDER_STATUS_CHANGED, aggregate, n=aggregate)
    await fan_out()
    now = datetime.now(UTC)

    async def circuit() -> tuple[str, int]:
        sub = await WebhookSubscription.get()
        return circuit_state(sub, now).value, sub.consecutive_failures

    assert await deliver_due(client, settings, now=now) == 3
    assert await circuit() == ("OPEN", 3)
    # Backed off and due again, but the circuit holds them back.
    assert await deliver_due(client, settings, now=now + timedelta(seconds=300)) == 0

    now += timedelta(seconds=601)
    assert await circuit() == ("HALF_OPEN", 3)
    assert await deliver_due(client, settings, now=now) == 1  # one probe; it fails
    assert await circuit() == ("OPEN", 4)

    hooks.script = always(200)
    now += timedelta(seconds=601)
    assert await deliver_due(client, settings, now=now) == 1  # the probe succeeds
    assert await circuit() == ("CLOSED", 0)
    assert await deliver_due(client, settings, now=now) == 2
    assert {s for _i, s, _a in await statuses()} == {DeliveryStatus.SUCCEEDED}
    assert len(hooks.received) == 3 + 1 + 1 + 2


async def test_where_private_addresses_are_not_allowed_the_address_is_checked_again_at_send_time(
    hooks: Receiver, client: httpx.AsyncClient, settings: Settings
) -> None:
    # given a subscription made while its host was allowed (or resolved to a public address)
    await subscribe(hooks)
    await emit(ORDER_STATUS_CHANGED, 7, status="ALLOCATED")
    await fan_out()
    strict = settings.model_copy(update={"webhook_allow_private_addresses": False})

    assert await deliver_due(client, strict) == 1

    assert hooks.received == []
    [attempt] = await WebhookAttempt.all()
    assert (attempt.status_code, attempt.error) == (
        None,
        "Not sent: url names a private, loopback or link-local address, which this server does not call.",
    )
    [(_, status, attempts)] = await statuses()
    assert (status, attempts) == (DeliveryStatus.PENDING, 1)
