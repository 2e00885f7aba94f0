"""Sending webhook deliveries: claim the due ones, POST them signed, log every attempt,
and decide what happens next (the one writer of a delivery's status).

* Several workers (processes, hosts) may run at once: a worker claims due deliveries in a
  short transaction (`FOR UPDATE SKIP LOCKED` on PostgreSQL) by moving their
  `next_attempt_at` past a lease, commits, and only then calls out; a worker that dies
  mid-call leaves the delivery to be claimed again once the lease has run out (at least
  once: receivers dedupe by `X-Event-Id`).
* Order per aggregate: a delivery is due only while no earlier delivery of the same
  subscription and aggregate is still PENDING (succeeded, failed or given up first).
* After a failure: 2xx succeeds; a 4xx other than 408/425/429 fails for good (the receiver
  refuses this body; sending it again cannot help); anything else (5xx, 408/425/429, no
  answer) is tried again after an exponential backoff with jitter, or after what the
  receiver's Retry-After asks, until the delivery is older than the give-up age.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

import httpx

from models.webhooks import DeliveryStatus, WebhookAttempt, WebhookDelivery, WebhookSubscription
from services.access import Principal
from services.errors import DomainError, not_found
from services.intake import signature
from services.lifecycle import Lifecycle
from services.poll_worker import PollWorker
from services.sql import is_postgres
from services.uow import unit_of_work
from services.webhook_circuit import admit, held_subscriptions, record_outcome
from services.webhooks import check_url, fan_out, visible_deliveries
from settings import Settings

log = logging.getLogger("oms.webhooks")

D = DeliveryStatus
DELIVERY_LIFECYCLE = Lifecycle(
    DeliveryStatus,
    {
        D.PENDING: frozenset({D.SUCCEEDED, D.FAILED, D.GIVEN_UP}),
        D.SUCCEEDED: frozenset(),
        # Redelivery (webhookDeliveryRetry): sent again, from a fresh give-up age.
        D.FAILED: frozenset({D.PENDING}),
        D.GIVEN_UP: frozenset({D.PENDING}),
    },
)
# 4xx answers that mean "not now" rather than "never" (RFC 9110, RFC 8470, RFC 6585).
RETRYABLE_4XX = frozenset({408, 425, 429})
EXCERPT_BYTES = WebhookAttempt._meta.fields_map["response_excerpt"].max_length  # type: ignore[attr-defined]
ERROR_CHARS = WebhookAttempt._meta.fields_map["error"].max_length  # type: ignore[attr-defined]
CLAIM_BATCH = 50


@dataclass(frozen=True)
class Answer:
    """What one POST got back."""

    status_code: int | None
    latency_ms: int
    excerpt: str | None = None
    error: str | None = None
    retry_after: float | None = None


def body_of(delivery: WebhookDelivery) -> bytes:
    """The documented body: `{id, topic, occurredAt, data}` (the bytes that are signed)."""
    document = {
        "id": delivery.event_id,
        "topic": delivery.topic,
        "occurredAt": delivery.occurred_at.isoformat(),
        "data": delivery.payload,
    }
    return json.dumps(document, separators=(",", ":"), sort_keys=True).encode()


def backoff_seconds(attempts: int, *, base: float, cap: float) -> float:
    """The wait after the `attempts`-th failure: doubling from `base`, at most `cap`, and
    between half and all of that ("equal jitter"), so failed receivers are not hit in step."""
    full = min(cap, base * 2 ** min(attempts - 1, 32))
    return full / 2 + random.uniform(0, full / 2)


def retry_after_seconds(value: str | None, *, now: datetime) -> float | None:
    """Retry-After as seconds from `now`: delay-seconds or an HTTP-date; None if absent or bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


async def claim_due(*, now: datetime, lease: timedelta, limit: int = CLAIM_BATCH) -> list[WebhookDelivery]:
    """Claim up to `limit` due deliveries, each the oldest PENDING one of its aggregate."""
    async with unit_of_work() as conn:
        query = (
            WebhookDelivery.filter(status=D.PENDING, next_attempt_at__lte=now)
            .exclude(subscription_id__in=await held_subscriptions(now=now, conn=conn))
            .order_by("id")
            .limit(limit)
            .using_db(conn)
        )
        if is_postgres(conn):
            query = query.select_for_update(skip_locked=True)
        due = await query
        if not due:
            return []
        # The oldest PENDING delivery per (subscription, aggregate) among those touched.
        oldest: dict[tuple[int, str, int], int] = {}
        earlier = (
            await WebhookDelivery.filter(
                status=D.PENDING,
                subscription_id__in={d.subscription_id for d in due},
                aggregate_id__in={d.aggregate_id for d in due},
                id__lte=max(d.id for d in due),
            )
            .using_db(conn)
            .order_by("id")
            .values("id", "subscription_id", "aggregate_type", "aggregate_id")
        )
        for row in earlier:
            oldest.setdefault((row["subscription_id"], row["aggregate_type"], row["aggregate_id"]), row["id"])
        heads = [d for d in due if oldest.get((d.subscription_id, d.aggregate_type, d.aggregate_id)) == d.id]
        claimed = await admit(heads, now=now, lease=lease, conn=conn)
        if claimed:
            await (
                WebhookDelivery.filter(id__in=[d.id for d in claimed], status=D.PENDING)
                .using_db(conn)
                .update(next_attempt_at=now + lease)
            )
    return claimed


async def post(client: httpx.AsyncClient, delivery: WebhookDelivery, secret: str, url: str) -> Answer:
    body = body_of(delivery)
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "Ordergraph-Webhooks/1",
        "X-Signature": signature(secret, body, int(time.time())),
        "X-Event-Id": delivery.event_id,
        "X-Event-Topic": delivery.topic,
    }
    started = time.monotonic()
    try:
        async with client.stream("POST", url, content=body, headers=headers) as response:
            head = b""
            async for chunk in response.aiter_bytes():
                head += chunk
                if len(head) >= EXCERPT_BYTES:
                    break
            excerpt = head[:EXCERPT_BYTES].decode("utf-8", "replace").replace("\x00", "")[:EXCERPT_BYTES]
            return Answer(
                status_code=response.status_code,
                latency_ms=_ms_since(started),
                excerpt=excerpt or None,
                retry_after=retry_after_seconds(response.headers.get("retry-after"), now=datetime.now(UTC)),
            )
    except httpx.HTTPError as exc:
        return Answer(None, _ms_since(started), error=f"{type(exc).__name__}: {exc}"[:ERROR_CHARS])


async def _refused_address(url: str, settings: Settings) -> Answer | None:
    """Where private addresses are not allowed, the URL's host is resolved again before each
    send: a name that pointed at a public address when the subscription was made may point
    at an internal one now (DNS rebinding). Such an attempt is not made; it is logged as a
    failed attempt (retried with backoff, counted by the circuit) in case the name moves back.
    A gap remains: the HTTP client resolves the name once more to connect."""
    if settings.webhooks_may_reach_private_addresses:
        return None
    try:
        await check_url(url, allow_private=False)
    except DomainError as refused:
        return Answer(None, 0, error=f"Not sent: {refused}"[:ERROR_CHARS])
    return None


def _ms_since(started: float) -> int:
    return int((time.monotonic() - started) * 1000)


async def record_answer(delivery: WebhookDelivery, answer: Answer, *, now: datetime, settings: Settings) -> None:
    """Log the attempt and move the delivery on: done, failed for good, given up, or due again."""
    attempts = delivery.attempts + 1
    code = answer.status_code
    async with unit_of_work() as conn:
        await WebhookAttempt.create(
            delivery_id=delivery.id,
            attempted_at=now,
            status_code=code,
            latency_ms=answer.latency_ms,
            error=answer.error,
            response_excerpt=answer.excerpt,
            using_db=conn,
        )
        # Any answer but a 5xx or a "not now" shows the endpoint is up (a 4xx refuses this body).
        endpoint_ok = code is not None and code < 500 and code not in RETRYABLE_4XX
        await record_outcome(delivery.subscription_id, endpoint_ok=endpoint_ok, now=now, settings=settings, conn=conn)
        to: DeliveryStatus | None = None
        if code is not None and 200 <= code < 300:
            to = D.SUCCEEDED
        elif code is not None and 400 <= code < 500 and code not in RETRYABLE_4XX:
            to = D.FAILED
        elif (
            now - (delivery.redelivered_at or delivery.created_at)
        ).total_seconds() >= settings.webhook_give_up_after_seconds:
            to = D.GIVEN_UP
        if to is not None:
            await DELIVERY_LIFECYCLE.move(
                delivery,
                to,
                conn=conn,
                message=f"The delivery is already {delivery.status}.",
                field="id",
                conflict="The delivery changed meanwhile.",
                attempts=attempts,
            )
            return
        wait = backoff_seconds(
            attempts, base=settings.webhook_backoff_base_seconds, cap=settings.webhook_backoff_max_seconds
        )
        if answer.retry_after is not None:
            wait = min(answer.retry_after, settings.webhook_backoff_max_seconds)
        await (
            WebhookDelivery.filter(id=delivery.id, status=D.PENDING)
            .using_db(conn)
            .update(attempts=attempts, next_attempt_at=now + timedelta(seconds=wait))
        )


async def redeliver(principal: Principal, *, delivery_id: int) -> WebhookDelivery:
    """Send a FAILED or GIVEN_UP delivery again (same event id), due now. Like any PENDING
    delivery it goes before the later events of its aggregate that are still pending."""
    row = await visible_deliveries(principal).get_or_none(id=delivery_id)
    if row is None:
        raise not_found("Webhook delivery", ["id"])
    now = datetime.now(UTC)
    async with unit_of_work() as conn:
        await DELIVERY_LIFECYCLE.move(
            row,
            D.PENDING,
            conn=conn,
            message=f"Only a FAILED or GIVEN_UP delivery can be sent again; this one is {row.status}.",
            field="id",
            conflict="The delivery changed meanwhile; read it again.",
            next_attempt_at=now,
            redelivered_at=now,
        )
    return row


async def deliver_due(client: httpx.AsyncClient, settings: Settings, *, now: datetime | None = None) -> int:
    """Claim the due deliveries, send them (different aggregates at once) and record each
    answer; returns how many were attempted. `now` is the clock deliveries are due by."""
    now = now or datetime.now(UTC)
    lease = timedelta(seconds=settings.webhook_timeout_seconds * 2 + 30)
    claimed = await claim_due(now=now, lease=lease)
    if not claimed:
        return 0
    subs = {s.id: s for s in await WebhookSubscription.filter(id__in={d.subscription_id for d in claimed})}
    by_sub: dict[int, list[WebhookDelivery]] = defaultdict(list)
    for d in claimed:
        by_sub[d.subscription_id].append(d)

    async def send(delivery: WebhookDelivery) -> None:
        sub = subs.get(delivery.subscription_id)
        if sub is None:  # deleted meanwhile: its deliveries went with it
            return
        refused = await _refused_address(sub.url, settings)
        answer = refused or await post(client, delivery, sub.secret, sub.url)
        # The answer's time, not the claim's: backoff and Retry-After count from the answer.
        answered = now + timedelta(milliseconds=answer.latency_ms)
        await record_answer(delivery, answer, now=answered, settings=settings)

    await asyncio.gather(*(send(d) for d in claimed))
    return len(claimed)


class WebhookWorker(PollWorker):
    """Fans events out into deliveries and sends the due ones, until stopped (background.py)."""

    name = "webhook"
    log = log

    def __init__(self, settings: Settings) -> None:
        super().__init__(poll_seconds=settings.webhook_poll_seconds, timeout_seconds=settings.webhook_timeout_seconds)
        self._settings = settings

    async def run_once(self, client: httpx.AsyncClient) -> int:
        await fan_out()
        return await deliver_due(client, self._settings)
