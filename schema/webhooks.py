"""Outbound webhooks: subscriptions, deliveries and their attempt log; inputs and payloads."""

from __future__ import annotations

from datetime import UTC, datetime

import strawberry

from models import webhooks as m
from resolvers.context import Info
from schema.access import Role
from schema.common import Connection, UserError, describe_values, to_global_id
from services.webhook_circuit import CircuitState, circuit_state

WebhookDeliveryStatus = m.DeliveryStatus
strawberry.enum(WebhookDeliveryStatus, name="WebhookDeliveryStatus", description="Where a webhook delivery stands.")
describe_values(
    WebhookDeliveryStatus,
    PENDING="Not delivered yet (waiting for its first or next attempt).",
    SUCCEEDED="The endpoint answered 2xx.",
    FAILED="The last attempt failed; another is scheduled.",
    GIVEN_UP="Every attempt failed; retry it by hand with webhookDeliveryRetry.",
)
strawberry.enum(
    CircuitState,
    name="WebhookCircuitState",
    description="CLOSED: deliveries go as due; OPEN: the endpoint failed too often in a row and "
    "its deliveries wait; HALF_OPEN: cooled down, the next delivery probes it.",
)
describe_values(
    CircuitState,
    CLOSED="Deliveries go out.",
    OPEN="Too many failures: deliveries wait until the circuit half-opens.",
    HALF_OPEN="One trial delivery decides whether the circuit closes again.",
)


@strawberry.type(description="Where we POST signed events of the chosen topics (see API.md, Webhooks).")
class WebhookSubscription:
    id: strawberry.ID = strawberry.field(description="The subscription's id.")
    url: str = strawberry.field(description="Where events are POSTed.")
    topics: list[str] = strawberry.field(description="The event topics sent.")
    channels: list[str] | None = strawberry.field(
        description="Only events of orders of these channels (codes); null: every channel."
    )
    warehouses: list[str] | None = strawberry.field(
        description="Only events placed at these warehouses (codes); null: every warehouse."
    )
    active: bool = strawberry.field(description="Whether events are sent.")
    created_at: datetime = strawberry.field(description="When it was created.")
    owner_role: Role | None = strawberry.field(description="The partner role that manages it; null: staff.")
    owner_scope: str | None = strawberry.field(description="The scope of the token that created it.")
    circuit: CircuitState = strawberry.field(description="Whether deliveries go out or wait after repeated failures.")
    consecutive_failures: int = strawberry.field(description="Failed attempts in a row (no answer, 5xx, 408/425/429).")
    circuit_open_until: datetime | None = strawberry.field(description="While OPEN: when the next probe may go.")

    @classmethod
    def from_model(cls, row: m.WebhookSubscription) -> WebhookSubscription:
        return cls(
            id=to_global_id("WebhookSubscription", row.id),
            url=row.url,
            topics=list(row.topics),
            channels=list(row.channels) if row.channels is not None else None,
            warehouses=list(row.warehouses) if row.warehouses is not None else None,
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
    attempted_at: datetime = strawberry.field(description="When it was attempted.")
    status_code: int | None = strawberry.field(description="Null: no answer (timeout, connection refused).")
    latency_ms: int = strawberry.field(description="How long the endpoint took, in milliseconds.")
    error: str | None = strawberry.field(description="Why it failed (a network error or the HTTP status).")
    response_excerpt: str | None = strawberry.field(description="The first bytes of the answer's body.")


@strawberry.type(description="One event on its way to one subscription.")
class WebhookDelivery:
    id: strawberry.ID = strawberry.field(description="The delivery's id.")
    event_id: str = strawberry.field(description="X-Event-Id: the same on every attempt.")
    topic: str = strawberry.field(description="The event topic.")
    status: WebhookDeliveryStatus = strawberry.field(description="Where the delivery stands.")
    attempts: int = strawberry.field(description="How many attempts so far.")
    next_attempt_at: datetime | None = strawberry.field(description="While PENDING: when it is tried next.")
    occurred_at: datetime = strawberry.field(description="When the event happened.")
    created_at: datetime = strawberry.field(description="When it was created.")
    subscription: strawberry.ID = strawberry.field(description="The webhook subscription's id.")
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


@strawberry.input(description="Which deliveries to list: every given field must match.")
class WebhookDeliveryFilter:
    subscription: strawberry.ID | None = strawberry.field(
        default=None, description="Only this subscription's deliveries (its id)."
    )
    status: list[WebhookDeliveryStatus] | None = strawberry.field(
        default=None, description="Only deliveries in one of these statuses."
    )


@strawberry.input(description="What `webhookSubscriptionCreate` is asked to do.")
class WebhookSubscriptionCreateInput:
    url: str = strawberry.field(description="Where to POST events (an absolute http or https URL).")
    topics: list[str] = strawberry.field(description="Which event topics to send.")
    secret: str | None = strawberry.field(
        default=None, description="The signing secret (16-128 characters); omitted: one is generated."
    )
    channels: list[str] | None = strawberry.field(
        default=None,
        description="Only events of these channels (codes): an order's and its shipments', pick tasks', returns' "
        "and alerts'. Events without a channel (stock, purchase orders, transfers) are then not sent. Omitted or empty: no filter.",
    )
    warehouses: list[str] | None = strawberry.field(
        default=None,
        description="Only events placed at these warehouses (codes): a shipment's or pick task's warehouse, the "
        "warehouses an order is allocated from, a purchase order's, stock level's or transfer's. Omitted or empty: no filter.",
    )


@strawberry.input(description="What to change on a subscription; fields left out stay as they are.")
class WebhookSubscriptionUpdateInput:
    id: strawberry.ID = strawberry.field(description="The subscription.")
    url: str | None = strawberry.field(default=None, description="The new URL (checked as at creation).")
    topics: list[str] | None = strawberry.field(default=None, description="The new topics, replacing the old.")
    channels: list[str] | None = strawberry.field(
        default=None,
        description="Only events of these channels (codes): an order's and its shipments', pick tasks', returns' "
        "and alerts'. Events without a channel (stock, purchase orders, transfers) are then not sent. Omitted: unchanged; empty: no filter.",
    )
    warehouses: list[str] | None = strawberry.field(
        default=None,
        description="Only events placed at these warehouses (codes): a shipment's or pick task's warehouse, the "
        "warehouses an order is allocated from, a purchase order's, stock level's or transfer's. Omitted: unchanged; empty: no filter.",
    )
    active: bool | None = strawberry.field(
        default=None,
        description="false pauses the subscription: no event is queued for it and no queued delivery is attempted. "
        "true resumes it, and the events committed while it was paused are then delivered, in order. "
        "Omitted: unchanged.",
    )


@strawberry.type(description="The subscription after the change.")
class WebhookSubscriptionUpdatePayload:
    webhook_subscription: WebhookSubscription | None = strawberry.field(
        default=None, description="The subscription as it is now."
    )
    user_errors: list[UserError] = strawberry.field(default_factory=list, description="Why nothing changed.")


@strawberry.input(description="What `webhookSubscriptionDelete` and `webhookSubscriptionTest` is asked to do.")
class WebhookSubscriptionIdInput:
    id: strawberry.ID = strawberry.field(description="The subscription's id.")


@strawberry.type(description="What `webhookSubscriptionCreate` did: the result, or userErrors saying why not.")
class WebhookSubscriptionCreatePayload:
    webhook_subscription: WebhookSubscription | None = strawberry.field(
        default=None, description="The webhook subscription as it is now (null when userErrors say why not)."
    )
    secret: str | None = strawberry.field(default=None, description="The signing secret: shown only here, once.")
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )


@strawberry.type(description="What `webhookSubscriptionDelete` did: the result, or userErrors saying why not.")
class WebhookSubscriptionDeletePayload:
    deleted_id: strawberry.ID | None = strawberry.field(default=None, description="The id of the deleted subscription.")
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )


@strawberry.input(description="What `webhookDeliveryRetry` is asked to do.")
class WebhookDeliveryRetryInput:
    id: strawberry.ID = strawberry.field(description="The delivery's id.")


@strawberry.type(description="What `webhookDeliveryRetry` did: the result, or userErrors saying why not.")
class WebhookDeliveryPayload:
    delivery: WebhookDelivery | None = strawberry.field(
        default=None, description="The delivery (null when userErrors say why not)."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )


@strawberry.type(description="What `webhookSubscriptionTest` did: the result, or userErrors saying why not.")
class WebhookSubscriptionTestPayload:
    delivery: WebhookDelivery | None = strawberry.field(
        default=None, description="The test delivery (null when userErrors say why not)."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )
