"""Tracking: carrier reports on a shipment, and the public order tracking view."""

from __future__ import annotations

from datetime import datetime

import strawberry

from models import fulfilment as m
from models.orders import OrderStatus

ShipmentStatus = m.ShipmentStatus
strawberry.enum(ShipmentStatus, name="ShipmentStatus")


@strawberry.type
class TrackingEvent:
    status: ShipmentStatus
    occurred_at: datetime
    location: str | None
    estimated_delivery_at: datetime | None

    @classmethod
    def from_model(cls, row: m.TrackingEvent) -> TrackingEvent:
        return cls(
            status=m.ShipmentStatus(row.status),
            occurred_at=row.occurred_at,
            location=row.location,
            estimated_delivery_at=row.estimated_delivery_at,
        )


@strawberry.input
class TrackingEventRecordInput:
    tracking_number: str
    status: ShipmentStatus
    occurred_at: datetime
    location: str | None = None
    estimated_delivery_at: datetime | None = None


@strawberry.type(description="What a customer may see without signing in: status, shipments, tracking, ETA.")
class TrackedShipment:
    status: ShipmentStatus
    carrier: str | None
    tracking_number: str | None
    estimated_delivery_at: datetime | None
    delivered_at: datetime | None
    events: list[TrackingEvent]


@strawberry.type
class OrderTracking:
    number: str
    status: OrderStatus
    placed_at: datetime
    estimated_delivery_at: datetime | None = strawberry.field(
        description="The latest ETA of shipments still on their way."
    )
    shipments: list[TrackedShipment]
