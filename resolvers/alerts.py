"""Risk alerts: the list, acknowledge and resolve, and the live stream of raised alerts."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

import strawberry

from resolvers.context import Info, principal_of
from resolvers.live import stream
from resolvers.paging import page_of
from schema.alerts import (
    Alert,
    AlertConnection,
    AlertFilter,
    AlertIdInput,
    AlertKind,
    AlertPayload,
    AlertRaised,
    ChannelAlertPolicy,
    ChannelAlertPolicyPayload,
    ChannelAlertPolicyUpdateInput,
)
from schema.common import connection, decode_pk
from schema.sorts import AlertSort, sort_args
from services import alert_policy
from services import alerts as svc
from subscriptions.envelope import Envelope
from subscriptions.topics import ALERT_RAISED


@strawberry.type
class Query:
    @strawberry.field(description="Risk alerts, newest first (a CHANNEL token: its own channel's orders').")
    async def alerts(
        self,
        info: Info,
        filter: AlertFilter | None = None,
        sort_by: AlertSort | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> AlertConnection:
        f = filter or AlertFilter()
        query = svc.search_alerts(principal_of(info), statuses=f.status, kinds=f.kind)
        return connection(
            await page_of(
                info, query, first=first, after=after, last=last, before=before, **sort_args(sort_by or AlertSort())
            ),
            Alert.from_model,
        )

    @strawberry.field(description="A channel's alert policy (staff); null for an unknown channel.")
    async def channel_alert_policy(
        self, info: Info, channel: Annotated[str, strawberry.argument(description="The channel's code.")]
    ) -> ChannelAlertPolicy | None:
        found = await alert_policy.alert_policy_of(code=channel)
        return ChannelAlertPolicy.of(channel, found) if found is not None else None


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Someone is on it: OPEN -> ACKNOWLEDGED.")
    async def alert_acknowledge(self, info: Info, input: AlertIdInput) -> AlertPayload:
        row = await svc.acknowledge_alert(principal_of(info), alert_id=decode_pk(input.id, "Alert", field="id"))
        return AlertPayload(alert=Alert.from_model(row))

    @strawberry.mutation(
        description="Set a channel's alert policy: which rules run for its orders, their thresholds, and whether "
        "a suspicious order is checked at intake and held."
    )
    async def channel_alert_policy_update(
        self, info: Info, input: ChannelAlertPolicyUpdateInput
    ) -> ChannelAlertPolicyPayload:
        channel, policy = await alert_policy.update_alert_policy(
            code=input.channel,
            rules=input.rules,
            check_at_intake=input.check_at_intake,
            hold_suspicious=input.hold_suspicious,
            value_multiple=input.value_multiple,
            min_history=input.min_history,
            address_window_minutes=input.address_window_minutes,
            address_order_count=input.address_order_count,
            country_mismatch=input.country_mismatch,
            stalled_hours=input.stalled_hours,
        )
        return ChannelAlertPolicyPayload(alert_policy=ChannelAlertPolicy.of(channel.code, policy))

    @strawberry.mutation(description="Handled: -> RESOLVED; the same cause may raise a new alert afterwards.")
    async def alert_resolve(self, info: Info, input: AlertIdInput) -> AlertPayload:
        row = await svc.resolve_alert(principal_of(info), alert_id=decode_pk(input.id, "Alert", field="id"))
        return AlertPayload(alert=Alert.from_model(row))


@strawberry.type
class Subscription:
    @strawberry.subscription(
        description="Alerts as they are raised, of these kinds (all when empty); resumable with `after`."
    )
    async def alert_raised(
        self,
        info: Info,
        kinds: Annotated[
            list[AlertKind] | None, strawberry.argument(description="Only alerts of these kinds (all when empty).")
        ] = None,
        after: str | None = None,
    ) -> AsyncIterator[AlertRaised]:
        principal = principal_of(info)
        wanted = {k.value for k in kinds or []}

        def accept(env: Envelope) -> bool:
            return not wanted or env.payload.get("kind") in wanted

        async for env in stream(info, topics={ALERT_RAISED}, after=after, accept=accept, grouped=True):
            row = await svc.get_alert(principal, env.aggregate_id)
            if row is None:  # another channel's
                continue
            yield AlertRaised(cursor=env.cursor, occurred_at=env.occurred_at, alert=Alert.from_model(row))
