"""Risk alerts: the list, acknowledge and resolve, and the live stream of raised alerts."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

import strawberry

from resolvers.context import Info, principal_of
from resolvers.live import stream
from resolvers.paging import page_of
from schema.alerts import Alert, AlertConnection, AlertFilter, AlertIdInput, AlertKind, AlertPayload, AlertRaised
from schema.common import connection, decode_pk
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
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> AlertConnection:
        f = filter or AlertFilter()
        query = svc.search_alerts(principal_of(info), statuses=f.status, kinds=f.kind)
        return connection(
            await page_of(info, query, first=first, after=after, last=last, before=before), Alert.from_model
        )


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Someone is on it: OPEN -> ACKNOWLEDGED.")
    async def alert_acknowledge(self, info: Info, input: AlertIdInput) -> AlertPayload:
        row = await svc.acknowledge_alert(principal_of(info), alert_id=decode_pk(input.id, "Alert", field="id"))
        return AlertPayload(alert=Alert.from_model(row))

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

        async for env in stream(info, topics={ALERT_RAISED}, after=after, accept=accept):
            row = await svc.get_alert(principal, env.aggregate_id)
            if row is None:  # another channel's
                continue
            yield AlertRaised(cursor=env.cursor, occurred_at=env.occurred_at, alert=Alert.from_model(row))
