"""Tracking: carrier reports on a shipment, and the public order tracking view."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from models import fulfilment as m
from schema.common import describe_values

if TYPE_CHECKING:
    from schema.orders import OrderStatus

ShipmentStatus = m.ShipmentStatus
strawberry.enum(ShipmentStatus, name="ShipmentStatus", description="Where a shipment stands, from packing to delivery.")
describe_values(
    ShipmentStatus,
    PACKED="Packed, waiting for the carrier.",
    DISPATCHED="Handed to the carrier.",
    IN_TRANSIT="On its way.",
    OUT_FOR_DELIVERY="With the courier for delivery today.",
    DELIVERED="Delivered.",
    EXCEPTION="The carrier reports a problem (address, damage, delay).",
    CANCELLED="Will not be sent.",
)


@strawberry.type(description="A carrier's report on a shipment: a status, when, where.")
class TrackingEvent:
    status: ShipmentStatus = strawberry.field(description="The status the carrier reported.")
    occurred_at: datetime = strawberry.field(description="When, according to the carrier.")
    location: str | None = strawberry.field(description="Where, according to the carrier.")
    estimated_delivery_at: datetime | None = strawberry.field(
        description="The carrier's delivery estimate at that point."
    )

    @classmethod
    def from_model(cls, row: m.TrackingEvent) -> TrackingEvent:
        return cls(
            status=m.ShipmentStatus(row.status),
            occurred_at=row.occurred_at,
            location=row.location,
            estimated_delivery_at=row.estimated_delivery_at,
        )


@strawberry.input(description="What `trackingEventRecord` is asked to do.")
class TrackingEventRecordInput:
    tracking_number: str = strawberry.field(description="The tracking number of the shipment.")
    status: ShipmentStatus = strawberry.field(description="The status to report.")
    occurred_at: datetime = strawberry.field(description="When it happened.")
    location: str | None = strawberry.field(default=None, description="Where it happened.")
    estimated_delivery_at: datetime | None = strawberry.field(default=None, description="The new delivery estimate.")


@strawberry.type(description="What a customer may see without signing in: status, shipments, tracking, ETA.")
class TrackedShipment:
    status: ShipmentStatus = strawberry.field(description="Where the shipment stands.")
    carrier: str | None = strawberry.field(description="The carrier's name.")
    tracking_number: str | None = strawberry.field(description="The carrier's tracking number.")
    estimated_delivery_at: datetime | None = strawberry.field(description="When the carrier expects to deliver.")
    delivered_at: datetime | None = strawberry.field(description="When it was delivered.")
    events: list[TrackingEvent] = strawberry.field(description="What the carrier reported, oldest first.")


@strawberry.type(description="What a customer may see of an order without a token: status, shipments and tracking.")
class OrderTracking:
    number: str = strawberry.field(description="The order number.")
    status: Annotated[OrderStatus, strawberry.lazy("schema.orders")] = strawberry.field(
        description="Where the order stands."
    )
    placed_at: datetime = strawberry.field(description="When the order was placed.")
    estimated_delivery_at: datetime | None = strawberry.field(
        description="The latest ETA of shipments still on their way."
    )
    shipments: list[TrackedShipment] = strawberry.field(description="The order's shipments and their tracking.")
