"""Outbound webhooks: the root fields (staff manage every subscription; a CARRIER or SUPPLIER
token its own, which hear only its own objects' events)."""

from __future__ import annotations

import strawberry

from resolvers.context import Info, principal_of
from resolvers.paging import page_of
from schema.common import connection, decode_pk, given, pk_of
from schema.webhooks import (
    WebhookDelivery,
    WebhookDeliveryConnection,
    WebhookDeliveryFilter,
    WebhookDeliveryPayload,
    WebhookDeliveryRetryInput,
    WebhookSubscription,
    WebhookSubscriptionConnection,
    WebhookSubscriptionCreateInput,
    WebhookSubscriptionCreatePayload,
    WebhookSubscriptionDeletePayload,
    WebhookSubscriptionIdInput,
    WebhookSubscriptionTestPayload,
    WebhookSubscriptionUpdateInput,
    WebhookSubscriptionUpdatePayload,
)
from services import webhook_delivery
from services import webhooks as svc


def _pk(global_id: str) -> int:
    return decode_pk(global_id, "WebhookSubscription", field="id")


@strawberry.type
class Query:
    @strawberry.field(description="Webhook subscriptions (a partner token: the ones it created).")
    async def webhook_subscriptions(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> WebhookSubscriptionConnection:
        query = svc.visible_subscriptions(principal_of(info))
        return connection(
            await page_of(info, query, first=first, after=after, last=last, before=before),
            WebhookSubscription.from_model,
        )

    @strawberry.field(description="The delivery log, newest first (a partner token: its own subscriptions').")
    async def webhook_deliveries(
        self,
        info: Info,
        filter: WebhookDeliveryFilter | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> WebhookDeliveryConnection:
        f = filter or WebhookDeliveryFilter()
        query = svc.visible_deliveries(
            principal_of(info),
            # An id that names no subscription of this caller matches nothing (not an error).
            subscription_id=(pk_of(f.subscription, "WebhookSubscription") or -1) if f.subscription else None,
            statuses=f.status,
        )
        return connection(
            await page_of(info, query, first=first, after=after, last=last, before=before), WebhookDelivery.from_model
        )


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Subscribe a URL to topics (optionally of some channels or warehouses only): each event is "
        "POSTed to it, signed with its secret."
    )
    async def webhook_subscription_create(
        self, info: Info, input: WebhookSubscriptionCreateInput
    ) -> WebhookSubscriptionCreatePayload:
        row, secret = await svc.create_subscription(
            principal_of(info),
            url=input.url,
            topics=input.topics,
            allow_private=info.context.settings.webhooks_may_reach_private_addresses,
            channels=input.channels,
            warehouses=input.warehouses,
            **given(secret=input.secret),
        )
        return WebhookSubscriptionCreatePayload(webhook_subscription=WebhookSubscription.from_model(row), secret=secret)

    @strawberry.mutation(description="Delete a subscription and its delivery log; nothing more is sent to it.")
    async def webhook_subscription_delete(
        self, info: Info, input: WebhookSubscriptionIdInput
    ) -> WebhookSubscriptionDeletePayload:
        pk = await svc.delete_subscription(principal_of(info), subscription_id=_pk(input.id))
        return WebhookSubscriptionDeletePayload(deleted_id=strawberry.ID(input.id) if pk else None)

    @strawberry.mutation(description="Send a signed `webhook.test` event to the subscription's URL.")
    async def webhook_subscription_test(
        self, info: Info, input: WebhookSubscriptionIdInput
    ) -> WebhookSubscriptionTestPayload:
        row = await svc.send_test(principal_of(info), subscription_id=_pk(input.id))
        return WebhookSubscriptionTestPayload(delivery=WebhookDelivery.from_model(row))

    @strawberry.mutation(description="Send a FAILED or GIVEN_UP delivery again, with the same event id.")
    async def webhook_delivery_retry(self, info: Info, input: WebhookDeliveryRetryInput) -> WebhookDeliveryPayload:
        row = await webhook_delivery.redeliver(
            principal_of(info), delivery_id=decode_pk(input.id, "WebhookDelivery", field="id")
        )
        return WebhookDeliveryPayload(delivery=WebhookDelivery.from_model(row))

    @strawberry.mutation(description="Change a subscription's URL, topics or filters; the secret stays.")
    async def webhook_subscription_update(
        self, info: Info, input: WebhookSubscriptionUpdateInput
    ) -> WebhookSubscriptionUpdatePayload:
        row = await svc.update_subscription(
            principal_of(info),
            subscription_id=_pk(input.id),
            allow_private=info.context.settings.webhooks_may_reach_private_addresses,
            url=input.url,
            topics=input.topics,
            channels=input.channels,
            warehouses=input.warehouses,
            active=input.active,
        )
        return WebhookSubscriptionUpdatePayload(webhook_subscription=WebhookSubscription.from_model(row))
