"""Risk alerts: raised by rules (services/alerts.py), acknowledged and resolved by staff."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model


class AlertKind(StrEnum):
    SLA_BREACH = "SLA_BREACH"
    STOCKOUT_RISK = "STOCKOUT_RISK"
    SUSPICIOUS_ORDER = "SUSPICIOUS_ORDER"
    TRACKING_EXCEPTION = "TRACKING_EXCEPTION"
    STALLED_SHIPMENT = "STALLED_SHIPMENT"
    WEBHOOK_FAILING = "WEBHOOK_FAILING"
    DEMAND_SPIKE = "DEMAND_SPIKE"


class AlertSeverity(StrEnum):
    INFO = "INFO"
    WARNING = "WARNING"
    CRITICAL = "CRITICAL"


class AlertStatus(StrEnum):
    OPEN = "OPEN"
    ACKNOWLEDGED = "ACKNOWLEDGED"
    RESOLVED = "RESOLVED"


class Alert(Model):
    id = fields.IntField(primary_key=True)
    kind = fields.CharEnumField(AlertKind, max_length=32)
    severity = fields.CharEnumField(AlertSeverity, max_length=16)
    # What it is about, e.g. "order:OG-000042" or "stock:SKU-A@east".
    subject = fields.CharField(max_length=200)
    # The cause while the alert is not resolved (kind + subject): unique, so a rule that finds
    # the same cause again raises nothing (no storms); cleared on resolve, so it may recur.
    open_cause = fields.CharField(max_length=240, null=True, unique=True)
    facts: dict[str, Any] = fields.JSONField(default=dict)  # type: ignore[assignment]
    status = fields.CharEnumField(AlertStatus, max_length=16, default=AlertStatus.OPEN)
    # The order's channel, when about an order: a CHANNEL token sees its own channel's alerts.
    channel: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Channel", related_name="alerts", on_delete=fields.CASCADE, null=True
    )
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)
    updated_at = fields.DatetimeField(auto_now=True)
    acknowledged_at = fields.DatetimeField(null=True)
    resolved_at = fields.DatetimeField(null=True)
    actor = fields.CharField(max_length=200, null=True)  # who acknowledged or resolved it last

    channel_id: int | None

    class Meta:
        table = "alert"
        indexes = (("status", "kind"),)
