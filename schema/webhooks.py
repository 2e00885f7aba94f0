"""Outbound webhooks: subscriptions, deliveries and their attempt log; inputs and payloads."""

from __future__ import annotations

from datetime import UTC, datetime

import strawberry

from models import webhooks as m
from resolvers.context import Info
from schema.access import Role
from schema.common import Connection, UserError, to_global_id
from services.webhook_circuit import CircuitState, circuit_state

WebhookDeliveryStatus = m.DeliveryStatus
strawberry.enum(WebhookDeliveryStatus, name="WebhookDeliveryStatus")
strawberry.enum(
    CircuitState,
    name="WebhookCircuitState",
    description="CLOSED: deliveries go as due; OPEN: the endpoint failed too often in a row and "
    "its deliveries wait; HALF_OPEN: cooled down, the next delivery probes it.",
)


@strawberry.type(description="Where we POST signed events of the chosen topics (see API.md, Webhooks).")
class WebhookSubscription:
    id: strawberry.ID
    url: str
    topics: list[str]
    active: bool
    created_at: datetime
    owner_role: Role | None = strawberry.field(description="The partner role that manages it; null: staff.")
    owner_scope: str | None
    circuit: CircuitState
    consecutive_failures: int = strawberry.field(description="Failed attempts in a row (no answer, 5xx, 408/425/429).")
    circuit_open_until: datetime | None = strawberry.field(description="While OPEN: when the next probe may go.")

    @classmethod
    def from_model(cls, row: m.WebhookSubscription) -> WebhookSubscription:
        return cls(
            id=to_global_id("WebhookSubscription", row.id),
            url=row.url,
            topics=list(row.topics),
            active=row.active,
            created_at=row.created_at,
            owner_role=Role(row.owner_role) if row.owner_role else None,
            owner_scope=row.owner_scope,
            circuit=circuit_state(row, datetime.now(UTC)),
            consecutive_failures=row.consecutive_failures,
            circuit_open_until=row.circuit_open_until,
        )


@strawberry.type(description="One POST of a delivery and what came back.")
class WebhookAttempt:
    attempted_at: datetime
    status_code: int | None = strawberry.field(description="Null: no answer (timeout, connection refused).")
    latency_ms: int
    error: str | None
    response_excerpt: str | None = strawberry.field(description="The first bytes of the answer's body.")


@strawberry.type(description="One event on its way to one subscription.")
class WebhookDelivery:
    id: strawberry.ID
    event_id: str = strawberry.field(description="X-Event-Id: the same on every attempt.")
    topic: str
    status: WebhookDeliveryStatus
    attempts: int
    next_attempt_at: datetime | None = strawberry.field(description="While PENDING: when it is tried next.")
    occurred_at: datetime
    created_at: datetime
    subscription: strawberry.ID
    _pk: strawberry.Private[int]

    @classmethod
    def from_model(cls, row: m.WebhookDelivery) -> WebhookDelivery:
        status = m.DeliveryStatus(row.status)
        return cls(
            id=to_global_id("WebhookDelivery", row.id),
            event_id=row.event_id,
            topic=row.topic,
            status=status,
            attempts=row.attempts,
            next_attempt_at=row.next_attempt_at if status is m.DeliveryStatus.PENDING else None,
            occurred_at=row.occurred_at,
            created_at=row.created_at,
            subscription=to_global_id("WebhookSubscription", row.subscription_id),
            _pk=row.id,
        )

    @strawberry.field(description="Every attempt, oldest first.")
    async def attempt_log(self, info: Info) -> list[WebhookAttempt]:
        return [
            WebhookAttempt(
                attempted_at=a.attempted_at,
                status_code=a.status_code,
                latency_ms=a.latency_ms,
                error=a.error,
                response_excerpt=a.response_excerpt,
            )
            for a in await info.context.loaders.webhook_attempts.load(self._pk)
        ]


WebhookSubscriptionConnection = Connection[WebhookSubscription]
WebhookDeliveryConnection = Connection[WebhookDelivery]


@strawberry.input
class WebhookDeliveryFilter:
    subscription: strawberry.ID | None = None
    status: list[WebhookDeliveryStatus] | None = None


@strawberry.input
class WebhookSubscriptionCreateInput:
    url: str
    topics: list[str]
    secret: str | None = strawberry.field(
        default=None, description="The signing secret (16-128 characters); omitted: one is generated."
    )


@strawberry.input(description="What to change on a subscription; fields left out stay as they are.")
class WebhookSubscriptionUpdateInput:
    id: strawberry.ID = strawberry.field(description="The subscription.")
    url: str | None = strawberry.field(default=None, description="The new URL (checked as at creation).")
    topics: list[str] | None = strawberry.field(default=None, description="The new topics, replacing the old.")


@strawberry.type(description="The subscription after the change.")
class WebhookSubscriptionUpdatePayload:
    webhook_subscription: WebhookSubscription | None = strawberry.field(
        default=None, description="The subscription as it is now."
    )
    user_errors: list[UserError] = strawberry.field(default_factory=list, description="Why nothing changed.")


@strawberry.input
class WebhookSubscriptionIdInput:
    id: strawberry.ID


@strawberry.type
class WebhookSubscriptionCreatePayload:
    webhook_subscription: WebhookSubscription | None = None
    secret: str | None = strawberry.field(default=None, description="The signing secret: shown only here, once.")
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class WebhookSubscriptionDeletePayload:
    deleted_id: strawberry.ID | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class WebhookDeliveryRetryInput:
    id: strawberry.ID


@strawberry.type
class WebhookDeliveryPayload:
    delivery: WebhookDelivery | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class WebhookSubscriptionTestPayload:
    delivery: WebhookDelivery | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)
