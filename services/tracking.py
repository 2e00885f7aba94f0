"""Public self-service tracking: an order number and its customer's email, nothing else.

The lookup needs no token, so it is limited twice: lookups per client address, and lookups
that match nothing per order number, so that an email cannot be guessed by spreading the
attempts over many addresses. Over either limit the caller is told to wait (Throttled).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from models.catalog import Carrier
from models.fulfilment import Shipment, TrackingEvent
from models.orders import Order, parse_order_number
from services.throttle import Limits, ensure, take


@dataclass(frozen=True)
class TrackedShipment:
    shipment: Shipment
    carrier_name: str | None
    events: list[TrackingEvent]  # newest first


@dataclass(frozen=True)
class Tracking:
    order: Order
    shipments: list[TrackedShipment]  # dispatched ones, in dispatch order

    @property
    def estimated_delivery_at(self) -> datetime | None:
        """The latest ETA of the shipments still on their way."""
        etas = [
            t.shipment.estimated_delivery_at
            for t in self.shipments
            if t.shipment.estimated_delivery_at and t.shipment.delivered_at is None
        ]
        return max(etas) if etas else None


async def track_order(*, number: str, email: str, client: str, limits: Limits) -> Tracking | None:
    """The order's tracking when `number` and `email` match; None otherwise (as for an order
    that does not exist). Raises Throttled over the limits."""
    await take(limits.track_lookups, client, what="tracking lookups from this address")
    order_id = parse_order_number(number)
    if order_id is None or not email.strip():
        return None
    key = str(order_id)  # one bucket per order, however its number is written
    await ensure(limits.track_misses, key, what="failed lookups of this order number")
    order = await Order.get_or_none(id=order_id, customer__email=email.strip().lower())
    if order is None:
        await limits.track_misses.spend(key, 1)
        return None
    shipments = await Shipment.filter(order_id=order.id, dispatched_at__isnull=False).order_by("id")
    events = await TrackingEvent.filter(shipment_id__in=[s.id for s in shipments])
    carriers = {c.id: c.name for c in await Carrier.filter(id__in=[s.carrier_id for s in shipments if s.carrier_id])}
    return Tracking(
        order=order,
        shipments=[
            TrackedShipment(
                shipment=s,
                carrier_name=carriers.get(s.carrier_id) if s.carrier_id else None,
                events=sorted(
                    (e for e in events if e.shipment_id == s.id), key=lambda e: (e.occurred_at, e.id), reverse=True
                ),
            )
            for s in shipments
        ],
    )
