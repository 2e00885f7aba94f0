"""Shipping: the root fields for packing and dispatch, the shipment list and its live feed."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

import strawberry

from resolvers.context import Info, principal_of
from resolvers.errors import from_domain
from resolvers.live import stream
from resolvers.paging import page_of
from schema.common import connection, decode_pk, pk_of, renamed
from schema.event_kinds import ShipmentEventKind
from schema.shipping import (
    Shipment,
    ShipmentConnection,
    ShipmentDispatchInput,
    ShipmentEvent,
    ShipmentFilter,
    ShipmentPackInput,
    ShipmentPayload,
)
from schema.sorts import ShipmentSort, sort_args
from schema.tracking import ShipmentStatus
from services import shipping as svc
from services.errors import DomainError
from subscriptions.envelope import Envelope
from subscriptions.topics import SHIPMENT_CHANGED


@strawberry.type
class Query:
    @strawberry.field
    async def shipments(
        self,
        info: Info,
        filter: ShipmentFilter | None = None,
        sort_by: ShipmentSort | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> ShipmentConnection:
        f = filter or ShipmentFilter()
        query = svc.search_shipments(
            principal_of(info),
            svc.ShipmentSearch(
                order_id=(pk_of(f.order, "Order") or -1) if f.order else None,
                carrier=f.carrier,
                statuses=f.status,
                tracking_number=f.tracking_number,
            ),
        )
        return connection(
            await page_of(
                info, query, first=first, after=after, last=last, before=before, **sort_args(sort_by or ShipmentSort())
            ),
            Shipment.from_model,
        )


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def shipment_pack(self, info: Info, input: ShipmentPackInput) -> ShipmentPayload:
        shipment = await svc.pack(
            principal_of(info),
            task_id=decode_pk(input.task, "PickTask", field="task"),
            packages=[
                svc.PackageDraft(
                    weight_grams=p.weight_grams, length_mm=p.length_mm, width_mm=p.width_mm, height_mm=p.height_mm
                )
                for p in input.packages
            ],
        )
        return ShipmentPayload(shipment=Shipment.from_model(shipment))

    @strawberry.mutation(description="Hand a packed shipment to a carrier; stock leaves (SHIP).")
    async def shipment_dispatch(self, info: Info, input: ShipmentDispatchInput) -> ShipmentPayload:
        shipment = await svc.dispatch(
            principal_of(info),
            shipment_id=decode_pk(input.shipment, "Shipment", field="shipment"),
            carrier=input.carrier,
            tracking_number=input.tracking_number,
        )
        return ShipmentPayload(shipment=Shipment.from_model(shipment))


@strawberry.type
class Subscription:
    @strawberry.subscription(description="Shipments packed, dispatched and tracked.")
    async def shipment_updates(
        self,
        info: Info,
        shipment: Annotated[
            strawberry.ID | None, strawberry.argument(description="Only this shipment (its global id).")
        ] = None,
        tracking_number: Annotated[
            str | None, strawberry.argument(description="Only the shipment with this tracking number.")
        ] = None,
        after: str | None = None,
        shipment_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(
                description="The former name of `shipment`.",
                deprecation_reason="Use `shipment` (arguments name the object, not its id). "
                "Removed in the next release.",
            ),
        ] = None,
    ) -> AsyncIterator[ShipmentEvent]:
        principal = principal_of(info)
        try:
            one = renamed(shipment, shipment_id, field="shipment", old_field="shipmentId")
            wanted = await svc.require_followed_shipment(
                principal,
                shipment_id=(pk_of(one, "Shipment") or -1) if one is not None else None,
                tracking_number=tracking_number,
            )
        except DomainError as error:
            raise from_domain(error) from None
        scope = svc.ShipmentScope(principal)

        def accept(env: Envelope) -> bool:
            return wanted is None or env.aggregate_id == wanted

        async for env in stream(info, topics={SHIPMENT_CHANGED}, after=after, accept=accept, grouped=True):
            if not await scope.allows(env.aggregate_id):
                continue
            row = await svc.get_shipment(principal, env.aggregate_id)
            yield ShipmentEvent(
                cursor=env.cursor,
                occurred_at=env.occurred_at,
                kind=str(env.payload["kind"]),
                event_kind=ShipmentEventKind(env.payload["kind"]),
                status=ShipmentStatus(env.payload["status"]),
                shipment=Shipment.from_model(row) if row else None,
            )
