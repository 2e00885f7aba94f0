"""Risk alerts: types, inputs and payloads (services/alerts.py)."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.scalars import JSON

from models import alerts as m
from schema.common import Connection, UserError, describe_values, to_global_id
from services.alert_policy import AlertPolicy

AlertKind = m.AlertKind
strawberry.enum(AlertKind, name="AlertKind", description="What rule raised an alert.")
describe_values(
    AlertKind,
    SLA_BREACH="An order not shipped by its channel's ship-by time.",
    STOCKOUT_RISK="Days of cover below the supplier's lead time.",
    SUSPICIOUS_ORDER="An order far above the customer's usual value, one of many to one address in a short "
    "time, or billed to another country than it ships to.",
    TRACKING_EXCEPTION="The carrier reports a shipment in EXCEPTION.",
    STALLED_SHIPMENT="A dispatched shipment with no carrier report for the channel's stalledHours.",
    WEBHOOK_FAILING="A webhook endpoint whose circuit is open or whose deliveries keep failing.",
    DEMAND_SPIKE="A SKU's units of the last day far above its daily average of the 28 days before.",
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
    subject: str = strawberry.field(
        description='What it is about: "order:<id>", "stock:<sku>@<warehouse>", "shipment:<id>", "webhook:<id>" '
        'or "demand:<sku>@<date>".'
    )
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


@strawberry.type(
    description="A channel's alert policy: which alert rules run for its orders, their thresholds, and whether "
    "a suspicious order is checked as it is placed and held."
)
class ChannelAlertPolicy:
    channel: str = strawberry.field(description="The channel's code.")
    rules: list[AlertKind] = strawberry.field(
        description="The rules on for the channel's orders (of SLA_BREACH, SUSPICIOUS_ORDER, TRACKING_EXCEPTION, "
        "STALLED_SHIPMENT; the others run shop-wide)."
    )
    check_at_intake: bool = strawberry.field(
        description="Whether each new order is checked against the suspicious-order rules as it is placed."
    )
    hold_suspicious: bool = strawberry.field(
        description="Whether an order found suspicious at intake goes ON_HOLD (staff release it)."
    )
    value_multiple: float = strawberry.field(
        description="Suspicious: worth more than this multiple of the customer's average earlier order."
    )
    min_history: int = strawberry.field(description="Earlier orders a customer needs before their value is judged.")
    address_window_minutes: int = strawberry.field(description="The window for counting orders to one address.")
    address_order_count: int = strawberry.field(
        description="Suspicious: this many orders (the new one included) to one address within the window."
    )
    country_mismatch: bool = strawberry.field(
        description="Whether an order billed to another country than it ships to is suspicious."
    )
    stalled_hours: int = strawberry.field(
        description="A dispatched shipment with no carrier report for this many hours is stalled."
    )

    @classmethod
    def of(cls, channel: str, policy: AlertPolicy) -> ChannelAlertPolicy:
        return cls(
            channel=channel,
            rules=sorted(policy.rules, key=lambda k: list(m.AlertKind).index(k)),
            check_at_intake=policy.check_at_intake,
            hold_suspicious=policy.hold_suspicious,
            value_multiple=policy.value_multiple,
            min_history=policy.min_history,
            address_window_minutes=policy.address_window_minutes,
            address_order_count=policy.address_order_count,
            country_mismatch=policy.country_mismatch,
            stalled_hours=policy.stalled_hours,
        )


@strawberry.input(description="Change a channel's alert policy: what is given changes, the rest stays.")
class ChannelAlertPolicyUpdateInput:
    channel: str = strawberry.field(description="The channel's code.")
    rules: list[AlertKind] | None = strawberry.field(
        default=None,
        description="The rules on for its orders (replaces the list; of SLA_BREACH, SUSPICIOUS_ORDER, "
        "TRACKING_EXCEPTION, STALLED_SHIPMENT).",
    )
    check_at_intake: bool | None = strawberry.field(
        default=None, description="Check each new order for suspicion as it is placed."
    )
    hold_suspicious: bool | None = strawberry.field(
        default=None, description="Put an order found suspicious at intake ON_HOLD."
    )
    value_multiple: float | None = strawberry.field(
        default=None, description="1.1..1000: the multiple of the customer's average order that is suspicious."
    )
    min_history: int | None = strawberry.field(
        default=None, description="1..1000: earlier orders needed before a customer's value is judged."
    )
    address_window_minutes: int | None = strawberry.field(
        default=None, description="1..10080: the window for counting orders to one address."
    )
    address_order_count: int | None = strawberry.field(
        default=None, description="2..1000: orders to one address within the window that are suspicious."
    )
    country_mismatch: bool | None = strawberry.field(
        default=None, description="Billing and shipping countries that differ are suspicious."
    )
    stalled_hours: int | None = strawberry.field(
        default=None, description="1..720: hours without a carrier report after which a shipment is stalled."
    )


@strawberry.type(description="The channel's alert policy after the change, or why not.")
class ChannelAlertPolicyPayload:
    alert_policy: ChannelAlertPolicy | None = strawberry.field(default=None, description="Null when refused.")
    user_errors: list[UserError] = strawberry.field(default_factory=list, description="Why it was refused.")
