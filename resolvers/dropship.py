"""Drop-ship requests: the root fields (suppliers see and act on their own)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import strawberry

from resolvers.context import Info, principal_of
from resolvers.live import stream
from resolvers.paging import page_of
from schema.common import connection, decode_pk, pk_of
from schema.dropship import (
    DropShipConfirmInput,
    DropShipDispatchInput,
    DropShipRequest,
    DropShipRequestConnection,
    DropShipRequestEvent,
    DropShipRequestFilter,
    DropShipRequestPayload,
    DropShipStatus,
)
from services import dropship as svc
from subscriptions.envelope import Envelope
from subscriptions.topics import DROP_SHIP_REQUEST_CHANGED


def _pk(global_id: str) -> int:
    return decode_pk(global_id, "DropShipRequest", field="id")


@strawberry.type
class Query:
    @strawberry.field(description="Drop-ship requests (a SUPPLIER token: the ones sent to it).")
    async def drop_ship_requests(
        self,
        info: Info,
        filter: DropShipRequestFilter | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> DropShipRequestConnection:
        f = filter or DropShipRequestFilter()
        criteria = svc.DropShipSearch(
            statuses=f.status,
            supplier=f.supplier,
            order_id=(pk_of(f.order, "Order") or -1) if f.order else None,
        )
        query = svc.search_drop_ship_requests(principal_of(info), criteria)
        return connection(
            await page_of(info, query, first=first, after=after, last=last, before=before), DropShipRequest.from_model
        )


@strawberry.type
class Mutation:
    @strawberry.mutation(description="The supplier accepts a drop-ship request: it will ship the lines.")
    async def drop_ship_confirm(self, info: Info, input: DropShipConfirmInput) -> DropShipRequestPayload:
        row = await svc.confirm_request(principal_of(info), request_id=_pk(input.id))
        return DropShipRequestPayload(drop_ship_request=DropShipRequest.from_model(row))

    @strawberry.mutation(
        description="The supplier hands a confirmed request to a carrier: a tracked shipment; the order ships."
    )
    async def drop_ship_dispatch(self, info: Info, input: DropShipDispatchInput) -> DropShipRequestPayload:
        row, _shipment = await svc.dispatch_request(
            principal_of(info), request_id=_pk(input.id), carrier=input.carrier, tracking_number=input.tracking_number
        )
        return DropShipRequestPayload(drop_ship_request=DropShipRequest.from_model(row))


@strawberry.type
class Subscription:
    @strawberry.subscription(
        description="Drop-ship requests opened, confirmed, shipped or cancelled (a SUPPLIER: its own)."
    )
    async def drop_ship_request_updates(
        self, info: Info, after: str | None = None
    ) -> AsyncIterator[DropShipRequestEvent]:
        principal = principal_of(info)
        scope = svc.DropShipScope(principal)

        def accept(env: Envelope) -> bool:
            return True

        async for env in stream(info, topics={DROP_SHIP_REQUEST_CHANGED}, after=after, accept=accept, grouped=True):
            if not await scope.allows(env.payload):
                continue
            row = await svc.get_drop_ship_request(principal, env.aggregate_id)
            previous = env.payload.get("previous_status")
            yield DropShipRequestEvent(
                cursor=env.cursor,
                occurred_at=env.occurred_at,
                previous_status=DropShipStatus(previous) if previous else None,
                status=DropShipStatus(env.payload["status"]),
                drop_ship_request=DropShipRequest.from_model(row) if row else None,
            )
