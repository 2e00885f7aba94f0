"""A circuit breaker per webhook endpoint (subscription): after `webhook_circuit_failures`
failed attempts in a row, its deliveries wait `webhook_circuit_open_seconds` (OPEN) instead
of each backing off on its own against a receiver that is down; then one delivery goes as a
probe (HALF_OPEN): its success closes the circuit, its failure opens it again.

The state lives on the subscription row, so every worker process sees it: `circuit_open_until`
NULL is CLOSED, in the future OPEN, in the past HALF_OPEN. A worker that takes the probe moves
`circuit_open_until` forward by its lease (compare-and-set), so two workers cannot both probe.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from enum import StrEnum

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import F, Q

from models.webhooks import WebhookDelivery, WebhookSubscription
from settings import Settings


class CircuitState(StrEnum):
    CLOSED = "CLOSED"  # deliveries go as they fall due
    OPEN = "OPEN"  # too many failures in a row: nothing goes until the cool-down ends
    HALF_OPEN = "HALF_OPEN"  # cooled down: the next delivery is a probe


def circuit_state(sub: WebhookSubscription, now: datetime) -> CircuitState:
    if sub.circuit_open_until is None:
        return CircuitState.CLOSED
    return CircuitState.OPEN if sub.circuit_open_until > now else CircuitState.HALF_OPEN


async def held_subscriptions(*, now: datetime, conn: BaseDBAsyncClient) -> list[int]:
    """The subscriptions whose deliveries must wait: a circuit OPEN (or a probe in flight), or
    paused by its owner (`active` false)."""
    rows = await WebhookSubscription.filter(Q(circuit_open_until__gt=now) | Q(active=False)).using_db(conn).values("id")
    return [row["id"] for row in rows]


async def admit(
    candidates: Sequence[WebhookDelivery], *, now: datetime, lease: timedelta, conn: BaseDBAsyncClient
) -> list[WebhookDelivery]:
    """`candidates` (none of an OPEN circuit) less all but one delivery of each HALF_OPEN
    circuit, whose probe this worker then holds for `lease`."""
    half_open = {
        row["id"]: row["circuit_open_until"]
        for row in await WebhookSubscription.filter(
            id__in={d.subscription_id for d in candidates}, circuit_open_until__lte=now
        )
        .using_db(conn)
        .values("id", "circuit_open_until")
    }
    admitted: list[WebhookDelivery] = []
    probed: set[int] = set()
    for delivery in candidates:
        sub_id = delivery.subscription_id
        if sub_id not in half_open:
            admitted.append(delivery)
            continue
        if sub_id in probed:
            continue  # one probe per circuit
        probed.add(sub_id)
        took = (
            await WebhookSubscription.filter(id=sub_id, circuit_open_until=half_open[sub_id])
            .using_db(conn)
            .update(circuit_open_until=now + lease)
        )
        if took == 1:  # else another worker took the probe first
            admitted.append(delivery)
    return admitted


async def record_outcome(
    subscription_id: int, *, endpoint_ok: bool, now: datetime, settings: Settings, conn: BaseDBAsyncClient
) -> None:
    """An answer from the endpoint (any status it chose to give) closes the circuit; no answer,
    a 5xx or a "not now" counts towards opening it."""
    subs = WebhookSubscription.filter(id=subscription_id).using_db(conn)
    if endpoint_ok:
        closed = Q(consecutive_failures=0, circuit_open_until__isnull=True)
        await subs.exclude(closed).update(consecutive_failures=0, circuit_open_until=None)
        return
    await subs.update(consecutive_failures=F("consecutive_failures") + 1)
    await subs.filter(consecutive_failures__gte=settings.webhook_circuit_failures).update(
        circuit_open_until=now + timedelta(seconds=settings.webhook_circuit_open_seconds)
    )
