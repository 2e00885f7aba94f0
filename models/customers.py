"""Customers' own access and notifications: one-time sign-in codes, refresh tokens, their
notification preferences, and the notifications waiting to go out (a work queue like
webhook deliveries). Codes and refresh tokens are stored as hashes only."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model


class NotificationKind(StrEnum):
    SIGN_IN_CODE = "SIGN_IN_CODE"
    ORDER_CONFIRMED = "ORDER_CONFIRMED"
    ORDER_SHIPPED = "ORDER_SHIPPED"
    OUT_FOR_DELIVERY = "OUT_FOR_DELIVERY"
    DELIVERED = "DELIVERED"
    RETURN_RECEIVED = "RETURN_RECEIVED"
    REFUND_RECORDED = "REFUND_RECORDED"
    ORDER_DELAYED = "ORDER_DELAYED"  # the carrier moved a shipment's ETA later, or its ETA day passed
    TICKET_REPLY = "TICKET_REPLY"  # staff answered the customer's support ticket


class NotificationStatus(StrEnum):
    PENDING = "PENDING"  # waiting for its next attempt
    SENT = "SENT"  # the notifier took it
    SKIPPED = "SKIPPED"  # nobody to send it to (no such customer), or the customer opted out
    GIVEN_UP = "GIVEN_UP"  # still failing when it grew older than the give-up age


class SignInCode(Model):
    id = fields.BigIntField(primary_key=True)
    email = fields.CharField(max_length=254)
    code_hash = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)
    # Wrong codes tried against it; at the limit it is spent.
    failed_attempts = fields.IntField(default=0)

    class Meta:
        table = "sign_in_code"
        indexes = (("email", "used_at"),)


class CustomerRefreshToken(Model):
    """Trades once for a new customer token and a new refresh token (rotation). `family`
    ties a chain together: presenting a spent one again spends the whole chain."""

    id = fields.BigIntField(primary_key=True)
    token_hash = fields.CharField(max_length=64, unique=True)
    family = fields.CharField(max_length=32, db_index=True)
    email = fields.CharField(max_length=254)
    # A storefront's exchange (customerTokenCreate) limits the chain to its channel.
    channel_code = fields.CharField(max_length=64, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "customer_refresh_token"


class NotificationPreference(Model):
    """A customer's language and the kinds they do not want (sign-in codes always go out)."""

    id = fields.IntField(primary_key=True)
    email = fields.CharField(max_length=254, unique=True)
    language = fields.CharField(max_length=8, null=True)
    opted_out: list[str] = fields.JSONField(default=list)  # type: ignore[assignment]
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "notification_preference"


class CustomerNotification(Model):
    """One message to one customer, written in the transaction of what caused it (with its
    `customer.notification` outbox event) and sent by the notification worker until the
    notifier takes it."""

    id = fields.BigIntField(primary_key=True)
    email = fields.CharField(max_length=254)
    kind = fields.CharEnumField(NotificationKind, max_length=32)
    language = fields.CharField(max_length=8)
    # The template's values; a sign-in code's code is removed once sent.
    data: dict[str, Any] = fields.JSONField()  # type: ignore[assignment]
    status = fields.CharEnumField(NotificationStatus, max_length=16, default=NotificationStatus.PENDING)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField()
    last_error = fields.CharField(max_length=500, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    sent_at = fields.DatetimeField(null=True)

    class Meta:
        table = "customer_notification"
        indexes = (("status", "next_attempt_at"), ("email",))
