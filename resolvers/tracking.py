"""Tracking: carriers' progress reports, and the public order lookup."""

from __future__ import annotations

from typing import Annotated

import strawberry

from resolvers.context import Info, principal_of
from resolvers.errors import throttled
from schema.orders import OrderStatus
from schema.shipping import Shipment, ShipmentPayload
from schema.tracking import OrderTracking, ShipmentStatus, TrackedShipment, TrackingEvent, TrackingEventRecordInput
from services import tracking as svc
from services.throttle import Throttled


@strawberry.type
class Query:
    @strawberry.field(
        description="Public self-service tracking (no token): the order number and the customer's email must match."
    )
    async def order_track(
        self,
        info: Info,
        number: Annotated[str, strawberry.argument(description="The order number from the confirmation.")],
        email: Annotated[
            str, strawberry.argument(description="The email address the order was placed with (both must match).")
        ],
    ) -> OrderTracking | None:
        context = info.context
        try:
            tracking = await svc.track_order(
                number=number, email=email, client=context.client_address, limits=context.limits
            )
        except Throttled as exc:
            raise throttled(exc) from None
        if tracking is None:
            return None
        return OrderTracking(
            number=tracking.order.number,
            status=OrderStatus(tracking.order.status),
            placed_at=tracking.order.created_at,
            estimated_delivery_at=tracking.estimated_delivery_at,
            shipments=[
                TrackedShipment(
                    status=ShipmentStatus(t.shipment.status),
                    carrier=t.carrier_name,
                    tracking_number=t.shipment.tracking_number,
                    estimated_delivery_at=t.shipment.estimated_delivery_at,
                    delivered_at=t.shipment.delivered_at,
                    events=[TrackingEvent.from_model(e) for e in t.events],
                )
                for t in tracking.shipments
            ],
        )


@strawberry.type
class Mutation:
    @strawberry.mutation(description="A carrier reports progress on one of its shipments.")
    async def tracking_event_record(self, info: Info, input: TrackingEventRecordInput) -> ShipmentPayload:
        shipment = await svc.record_tracking(
            principal_of(info),
            tracking_number=input.tracking_number,
            status=ShipmentStatus(input.status),
            occurred_at=input.occurred_at,
            location=input.location,
            estimated_delivery_at=input.estimated_delivery_at,
        )
        return ShipmentPayload(shipment=Shipment.from_model(shipment))
