"""Outbound webhooks: who is told about which events, and every delivery and attempt.

A subscription's `last_seq` is its fan-out cursor over the outbox (`outbox_event.seq`): the
events after it have not yet been turned into deliveries. Delivery status changes only
through services.webhook_delivery (its Lifecycle).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model


class DeliveryStatus(StrEnum):
    PENDING = "PENDING"  # waiting for its next attempt (or for an earlier event of its aggregate)
    SUCCEEDED = "SUCCEEDED"  # the receiver answered 2xx
    FAILED = "FAILED"  # the receiver refused it for good (a 4xx other than 408/425/429)
    GIVEN_UP = "GIVEN_UP"  # still failing when it grew older than the give-up age


class WebhookSubscription(Model):
    id = fields.IntField(primary_key=True)
    url = fields.CharField(max_length=2000)
    # Signs every delivery (X-Signature); shown to its creator once.
    secret = fields.CharField(max_length=128)
    topics: list[str] = fields.JSONField()  # type: ignore[assignment]
    # Filters (services/webhook_filters.py): only events of these channels / warehouses (codes);
    # NULL: no filter.
    channels: list[str] | None = fields.JSONField(null=True)  # type: ignore[assignment]
    warehouses: list[str] | None = fields.JSONField(null=True)  # type: ignore[assignment]
    # Who manages it: NULL for staff; a partner role and its scope for a partner's own.
    owner_role = fields.CharField(max_length=16, null=True)
    owner_scope = fields.CharField(max_length=254, null=True)
    active = fields.BooleanField(default=True)
    last_seq = fields.BigIntField(default=0)
    # The endpoint's circuit breaker (services/webhook_circuit.py): failed attempts in a row,
    # and until when its deliveries wait (NULL: closed).
    consecutive_failures = fields.IntField(default=0)
    circuit_open_until = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "webhook_subscription"


class WebhookDelivery(Model):
    id = fields.BigIntField(primary_key=True)
    subscription: fields.ForeignKeyRelation[WebhookSubscription] = fields.ForeignKeyField(
        "models.WebhookSubscription", related_name="deliveries", on_delete=fields.CASCADE
    )
    subscription_id: int
    # X-Event-Id, stable across retries: "evt_<seq>" for outbox events, "test_<n>" for tests.
    event_id = fields.CharField(max_length=64)
    event_seq = fields.BigIntField(null=True)
    topic = fields.CharField(max_length=64)
    aggregate_type = fields.CharField(max_length=32)
    aggregate_id = fields.BigIntField()
    payload: dict[str, Any] = fields.JSONField()  # type: ignore[assignment]
    occurred_at = fields.DatetimeField()
    status = fields.CharEnumField(DeliveryStatus, max_length=16, default=DeliveryStatus.PENDING)
    attempts = fields.IntField(default=0)
    # When it may be tried next; a worker that claims it moves this forward by its lease.
    next_attempt_at = fields.DatetimeField()
    created_at = fields.DatetimeField(auto_now_add=True)
    # Set when staff or its owner send it again: the give-up age counts from then.
    redelivered_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "webhook_delivery"
        unique_together = (("subscription", "event_id"),)
        indexes = (("status", "next_attempt_at"), ("subscription", "aggregate_type", "aggregate_id", "status"))


class WebhookAttempt(Model):
    """One POST of a delivery and what came back (the delivery log)."""

    id = fields.BigIntField(primary_key=True)
    delivery: fields.ForeignKeyRelation[WebhookDelivery] = fields.ForeignKeyField(
        "models.WebhookDelivery", related_name="attempt_log", on_delete=fields.CASCADE
    )
    delivery_id: int
    attempted_at = fields.DatetimeField()
    status_code = fields.IntField(null=True)  # NULL: no answer (timeout, refused connection)
    latency_ms = fields.IntField()
    error = fields.CharField(max_length=500, null=True)
    response_excerpt = fields.CharField(max_length=512, null=True)

    class Meta:
        table = "webhook_attempt"
