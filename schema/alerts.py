"""Risk alerts: types, inputs and payloads (services/alerts.py)."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.scalars import JSON

from models import alerts as m
from schema.common import Connection, UserError, describe_values, to_global_id

AlertKind = m.AlertKind
strawberry.enum(AlertKind, name="AlertKind", description="What rule raised an alert.")
describe_values(
    AlertKind,
    SLA_BREACH="An order not shipped by its channel's ship-by time.",
    STOCKOUT_RISK="Days of cover below the supplier's lead time.",
    SUSPICIOUS_ORDER="An order far above the customer's usual value.",
)
AlertSeverity = m.AlertSeverity
strawberry.enum(AlertSeverity, name="AlertSeverity", description="How urgent an alert is.")
describe_values(AlertSeverity, INFO="For information.", WARNING="Needs a look soon.", CRITICAL="Needs action now.")
AlertStatus = m.AlertStatus
strawberry.enum(AlertStatus, name="AlertStatus", description="OPEN -> ACKNOWLEDGED -> RESOLVED (or OPEN -> RESOLVED).")
describe_values(
    AlertStatus,
    OPEN="Raised; nobody has taken it yet.",
    ACKNOWLEDGED="Someone is on it.",
    RESOLVED="Dealt with; the same cause may raise a new alert.",
)


@strawberry.type(description="A risk found by a rule: once per cause while it is not resolved.")
class Alert:
    id: strawberry.ID = strawberry.field(description="The alert's global id.")
    kind: AlertKind = strawberry.field(description="The rule that raised it.")
    severity: AlertSeverity = strawberry.field(description="How urgent.")
    subject: str = strawberry.field(description='What it is about: "order:<id>" or "stock:<sku>@<warehouse>".')
    facts: JSON = strawberry.field(description="What the rule found (figures, the order's number, why).")
    status: AlertStatus = strawberry.field(description="OPEN, ACKNOWLEDGED or RESOLVED.")
    created_at: datetime = strawberry.field(description="When it was raised.")
    acknowledged_at: datetime | None = strawberry.field(description="When it was acknowledged.")
    resolved_at: datetime | None = strawberry.field(description="When it was resolved.")
    actor: str | None = strawberry.field(description="Who acknowledged or resolved it last.")

    @classmethod
    def from_model(cls, row: m.Alert) -> Alert:
        return cls(
            id=strawberry.ID(to_global_id("Alert", row.id)),
            kind=m.AlertKind(row.kind),
            severity=m.AlertSeverity(row.severity),
            subject=row.subject,
            facts=row.facts,  # type: ignore[arg-type]
            status=m.AlertStatus(row.status),
            created_at=row.created_at,
            acknowledged_at=row.acknowledged_at,
            resolved_at=row.resolved_at,
            actor=row.actor,
        )


AlertConnection = Connection[Alert]


@strawberry.input(description="Which alerts to list.")
class AlertFilter:
    status: list[AlertStatus] | None = strawberry.field(default=None, description="Any of these statuses.")
    kind: list[AlertKind] | None = strawberry.field(default=None, description="Any of these kinds.")


@strawberry.input(description="The alert to acknowledge or resolve.")
class AlertIdInput:
    id: strawberry.ID = strawberry.field(description="The alert's global id.")


@strawberry.type(description="The alert after the change, or why not.")
class AlertPayload:
    alert: Alert | None = strawberry.field(default=None, description="The alert.")
    user_errors: list[UserError] = strawberry.field(default_factory=list, description="Why it was refused.")


@strawberry.type(description="An alert raised: its place in the stream and the alert.")
class AlertRaised:
    cursor: str = strawberry.field(description="Resume after this with `after`.")
    occurred_at: datetime = strawberry.field(description="When it was raised.")
    alert: Alert | None = strawberry.field(description="The alert (null if no longer visible).")
