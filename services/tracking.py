"""Tracking: carriers report progress on their shipments; the public looks an order up.

Carrier reports (`record_tracking`) move a shipment through `services.shipping.move_shipment`
and deliver the order once every shipment has arrived.

Public self-service tracking takes an order number and its customer's email, nothing else.
The lookup needs no token, so it is limited per client address three times: all lookups,
lookups that match nothing whatever the number (so an address cannot enumerate), and lookups
of one number that match nothing (so an email cannot be guessed). Over any limit the caller
is told to wait (Throttled), a right lookup included, so a refusal says nothing. No limit is
keyed by the order alone: then a stranger's wrong guesses would lock the customer out of
their own order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from models.catalog import Carrier
from models.event_kinds import ShipmentEventKind
from models.fulfilment import Shipment, ShipmentStatus, TrackingEvent
from models.orders import Order, OrderStatus, parse_order_number
from services.access import Principal
from services.errors import DomainError, ErrorCode, not_found
from services.notifications import on_eta_later
from services.order_status import transition
from services.shipping import CARRIER_STATUSES, move_shipment, shipment_event, visible_shipments
from services.throttle import Limits, ensure, take
from services.uow import unit_of_work
from subscriptions.outbox import record_events


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
    key = f"{order_id}@{client}"  # one bucket per order (however its number is written) and address
    await ensure(limits.track_address_misses, client, what="failed lookups from this address")
    await ensure(limits.track_misses, key, what="failed lookups of this order number")
    order = await Order.get_or_none(id=order_id, customer__email=email.strip().lower())
    if order is None:
        await limits.track_address_misses.spend(client, 1)
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


# How far from now a carrier's report may be: a clock may run a little ahead, an archive may be
# replayed, but a report from next month or a delivery in 2090 is a typo or a broken clock.
REPORT_AHEAD = timedelta(days=1)
ETA_AHEAD = timedelta(days=365)
BACK = timedelta(days=3652)


def _check_times(occurred_at: datetime, estimated_delivery_at: datetime | None) -> None:
    now = datetime.now(UTC)
    if not now - BACK <= occurred_at <= now + REPORT_AHEAD:
        raise DomainError.one(
            ErrorCode.INVALID, "occurredAt must be at most a day ahead and at most 10 years back.", ["occurredAt"]
        )
    if estimated_delivery_at is not None and not now - BACK <= estimated_delivery_at <= now + ETA_AHEAD:
        raise DomainError.one(
            ErrorCode.INVALID,
            "estimatedDeliveryAt must be at most a year ahead and at most 10 years back.",
            ["estimatedDeliveryAt"],
        )


def _later(previous: datetime | None, now_expected: datetime | None) -> bool:
    """Whether a report delays the delivery: a later day than the ETA known before (a change of
    hours within the same day is not worth a message)."""
    if previous is None or now_expected is None:
        return False
    return now_expected.astimezone(UTC).date() > previous.astimezone(UTC).date()


async def record_tracking(
    principal: Principal,
    *,
    tracking_number: str,
    status: ShipmentStatus,
    occurred_at: datetime,
    location: str | None = None,
    estimated_delivery_at: datetime | None = None,
) -> Shipment:
    """A carrier reports progress. The same report twice is recorded once."""
    if status not in CARRIER_STATUSES:
        raise DomainError.one(
            ErrorCode.INVALID, "status must be IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED or EXCEPTION.", ["status"]
        )
    if occurred_at.tzinfo is None:
        occurred_at = occurred_at.replace(tzinfo=UTC)
    if estimated_delivery_at is not None and estimated_delivery_at.tzinfo is None:
        estimated_delivery_at = estimated_delivery_at.replace(tzinfo=UTC)
    _check_times(occurred_at, estimated_delivery_at)
    if location is not None and len(location) > 200:
        raise DomainError.one(ErrorCode.INVALID, "location is longer than 200 characters.", ["location"])
    async with unit_of_work() as conn:
        shipment = (
            await visible_shipments(principal)
            .filter(tracking_number=tracking_number)
            .using_db(conn)
            .select_for_update()
            .first()
        )
        if shipment is None:
            raise not_found("Shipment", ["trackingNumber"])
        if shipment.status == ShipmentStatus.PACKED:
            raise DomainError.one(
                ErrorCode.INVALID_TRANSITION, "The shipment has not been dispatched.", ["trackingNumber"]
            )
        duplicate = (
            await TrackingEvent.filter(shipment_id=shipment.id, status=status, occurred_at=occurred_at)
            .using_db(conn)
            .exists()
        )
        if duplicate:
            return shipment
        await TrackingEvent.create(
            shipment_id=shipment.id,
            status=status,
            occurred_at=occurred_at,
            location=location,
            estimated_delivery_at=estimated_delivery_at,
            using_db=conn,
        )
        latest = (
            await TrackingEvent.filter(shipment_id=shipment.id).using_db(conn).order_by("-occurred_at", "-id").first()
        )
        assert latest is not None
        # Reports can arrive out of order: the shipment shows the latest by occurrence, and
        # a delivered shipment stays delivered (a late report is kept in its history).
        current = ShipmentStatus(shipment.status)
        target = ShipmentStatus.DELIVERED if status == ShipmentStatus.DELIVERED else ShipmentStatus(latest.status)
        if current == ShipmentStatus.DELIVERED:
            target = current
        changes: dict[str, object] = {}
        previous_eta = shipment.estimated_delivery_at
        if status == ShipmentStatus.DELIVERED:
            changes["delivered_at"] = occurred_at
        if estimated_delivery_at is not None:
            changes["estimated_delivery_at"] = estimated_delivery_at
        if target != current:
            await move_shipment(
                shipment,
                target,
                conn=conn,
                message=f"Shipment is {current.value}.",
                field="trackingNumber",
                **changes,
            )
        elif changes:
            await Shipment.filter(id=shipment.id).using_db(conn).update(**changes)
            for name, value in changes.items():
                setattr(shipment, name, value)
        await record_events([shipment_event(shipment, ShipmentEventKind(status.value))], using_db=conn)
        if _later(previous_eta, estimated_delivery_at) and shipment.status != ShipmentStatus.DELIVERED:
            assert previous_eta is not None
            await on_eta_later(conn, shipment, previous_eta)
        if shipment.status == ShipmentStatus.DELIVERED:
            order = await Order.filter(id=shipment.order_id).using_db(conn).select_for_update().get()
            undelivered = (
                await Shipment.filter(order_id=order.id)
                .exclude(status__in=[ShipmentStatus.DELIVERED, ShipmentStatus.CANCELLED])
                .using_db(conn)
                .exists()
            )
            if order.status == OrderStatus.SHIPPED and not undelivered:
                await transition(
                    order, OrderStatus.DELIVERED, reason="all shipments delivered", actor=principal.actor, using_db=conn
                )
    return shipment
