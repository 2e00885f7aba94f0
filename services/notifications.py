"""Customer notifications: what is recorded for whom, and customers' preferences
(services/notifiers.py sends them).

A notification is recorded in the transaction of its cause, with a `customer.notification`
outbox event beside it (held back to the commit like every event): by the service that
makes the change (a sign-in code, a return received, a refund, a later ETA, a staff reply to
a ticket), or by the reactions wired in `services.wiring` to an order being placed and a
shipment moving (dispatched, out for delivery, delivered). Opt-outs and the language are
applied when it is sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.queryset import QuerySet

from models.access import Role
from models.catalog import Carrier
from models.customers import CustomerNotification, NotificationKind, NotificationPreference, NotificationStatus
from models.events import OutboxEvent
from models.fulfilment import Shipment, ShipmentStatus
from models.inserts import insert_later, new_row
from models.orders import Order, format_order_number
from models.tickets import Ticket
from services.access import Principal
from services.errors import DomainError, ErrorCode
from services.notification_templates import LANGUAGES
from services.reactions import OrderPlaced
from services.uow import unit_of_work
from subscriptions import topics as t

K = NotificationKind
# Sign-in codes go out whatever the customer chose.
ALWAYS_SENT = frozenset({K.SIGN_IN_CODE})
SHIPMENT_KINDS = {
    ShipmentStatus.DISPATCHED: K.ORDER_SHIPPED,
    ShipmentStatus.OUT_FOR_DELIVERY: K.OUT_FOR_DELIVERY,
    ShipmentStatus.DELIVERED: K.DELIVERED,
}


def check_language(language: str | None, field: str = "language") -> str | None:
    if language is None:
        return None
    language = language.strip().lower()
    if language not in LANGUAGES:
        raise DomainError.one(ErrorCode.INVALID, f"language must be one of {', '.join(LANGUAGES)}.", [field])
    return language


async def record_notification(
    conn: BaseDBAsyncClient,
    *,
    email: str,
    kind: NotificationKind,
    data: dict[str, Any],
    about: tuple[str, int],
    language: str | None = None,
) -> None:
    """Record a notification to `email` and its `customer.notification` event (about the
    aggregate `about`: type and id) in the caller's transaction; the worker sends it after
    commit. Both rows are held back to the commit with the transaction's other rows."""
    now = datetime.now(UTC)
    row = new_row(
        CustomerNotification,
        email=email,
        kind=kind,
        language=language or "",
        data=data,
        status="PENDING",
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )
    event = new_row(
        OutboxEvent,
        topic=t.CUSTOMER_NOTIFICATION,
        aggregate_type=about[0],
        aggregate_id=about[1],
        # No template values: a sign-in code stays out of the event log.
        payload={"kind": kind.value, "email": email, "language": language, "number": data.get("number")},
        occurred_at=now,
    )
    await insert_later([row], using_db=conn)
    await insert_later([event], using_db=conn)


async def notify_order_customer(
    conn: BaseDBAsyncClient, order: Order, kind: NotificationKind, *, email: str | None = None, **data: Any
) -> None:
    """Record `kind` for the customer of `order` (in the caller's transaction)."""
    if email is None:
        email = await _email_of(conn, order.id)
    if email:
        await record_notification(
            conn, email=str(email), kind=kind, data={"number": order.number, **data}, about=("order", order.id)
        )


async def _email_of(conn: BaseDBAsyncClient, order_id: int) -> str | None:
    found = await Order.filter(id=order_id).using_db(conn).limit(1).values_list("customer__email", flat=True)
    return str(found[0]) if found else None


# --- reactions (services/wiring.py) -------------------------------------------------------


async def on_order_placed(conn: BaseDBAsyncClient, placed: OrderPlaced) -> None:
    await notify_order_customer(conn, placed.order, K.ORDER_CONFIRMED, email=placed.email)


async def on_shipment_moved(conn: BaseDBAsyncClient, shipment: Shipment) -> None:
    kind = SHIPMENT_KINDS.get(ShipmentStatus(shipment.status))
    if kind is None:
        return
    email = await _email_of(conn, shipment.order_id)
    if not email:
        return
    carrier = await Carrier.filter(id=shipment.carrier_id).using_db(conn).first() if shipment.carrier_id else None
    data = {
        "number": format_order_number(shipment.order_id),
        "tracking_number": shipment.tracking_number or "",
        "carrier": carrier.name if carrier else "",
    }
    await record_notification(conn, email=str(email), kind=kind, data=data, about=("shipment", shipment.id))


async def on_eta_later(conn: BaseDBAsyncClient, shipment: Shipment, previous: datetime) -> None:
    """The carrier now expects `shipment` later than it did (`previous`): tell the customer."""
    email = await _email_of(conn, shipment.order_id)
    if not email or shipment.estimated_delivery_at is None:
        return
    data = {
        "number": format_order_number(shipment.order_id),
        "tracking_number": shipment.tracking_number or "",
        "eta": shipment.estimated_delivery_at.astimezone(UTC).date().isoformat(),
        "previous_eta": previous.astimezone(UTC).date().isoformat(),
    }
    await record_notification(conn, email=str(email), kind=K.ORDER_DELAYED, data=data, about=("shipment", shipment.id))


async def on_staff_reply(conn: BaseDBAsyncClient, ticket: Ticket, message: str) -> None:
    """Staff answered `ticket`: the customer gets the answer (they may not be watching the thread live)."""
    data = {"ticket": ticket.id, "subject": ticket.subject, "message": message}
    if ticket.order_id is not None:
        data["number"] = format_order_number(ticket.order_id)
    await record_notification(
        conn, email=ticket.customer_email, kind=K.TICKET_REPLY, data=data, about=("ticket", ticket.id)
    )


# --- preferences ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Preferences:
    email: str
    language: str | None
    opted_out: list[NotificationKind]


def _require_customer(principal: Principal) -> str:
    if principal.role is not Role.CUSTOMER or principal.scope is None:
        raise DomainError.one(ErrorCode.FORBIDDEN, "Only a customer has notification preferences.", None)
    return principal.scope


async def get_preferences(principal: Principal) -> Preferences:
    email = _require_customer(principal)
    row = await NotificationPreference.get_or_none(email=email)
    if row is None:
        return Preferences(email, None, [])
    return Preferences(email, row.language, [K(k) for k in row.opted_out if k in K.__members__])


async def update_preferences(
    principal: Principal, *, opted_out: list[NotificationKind] | None = None, language: str | None = None
) -> Preferences:
    """Set the kinds the customer does not want and/or their language (what is not given stays)."""
    email = _require_customer(principal)
    language = check_language(language)
    if opted_out is not None and (refused := sorted(set(opted_out) & ALWAYS_SENT)):
        raise DomainError.one(
            ErrorCode.INVALID, f"{', '.join(refused)} cannot be opted out of: they sign you in.", ["optedOut"]
        )
    async with unit_of_work() as conn:
        row = await NotificationPreference.filter(email=email).using_db(conn).select_for_update().first()
        if row is None:
            row = NotificationPreference(email=email, language=None, opted_out=[])
        if opted_out is not None:
            row.opted_out = sorted({k.value for k in opted_out})
        if language is not None:
            row.language = language
        await row.save(using_db=conn)
    return await get_preferences(principal)


# --- the log ----------------------------------------------------------------------------------


def without_secrets(data: dict[str, Any]) -> dict[str, Any]:
    """A notification's template values as anyone but its recipient may see them: a sign-in
    code is not (the notifier also drops it from the row once sent)."""
    return {k: v for k, v in data.items() if k != "code"}


@dataclass(frozen=True)
class NotificationSearch:
    email: str | None = None
    kind: NotificationKind | None = None
    status: NotificationStatus | None = None


def search_notifications(principal: Principal, criteria: NotificationSearch) -> QuerySet[CustomerNotification]:
    """The notifications a caller may read: staff every customer's (support answering "did you
    send it?"), a customer their own."""
    query = CustomerNotification.all()
    if not principal.is_staff:
        if principal.role is not Role.CUSTOMER or principal.scope is None:
            return query.filter(id__in=[])
        query = query.filter(email=principal.scope)
    if criteria.email is not None:
        query = query.filter(email=criteria.email.strip().lower())
    if criteria.kind is not None:
        query = query.filter(kind=criteria.kind)
    if criteria.status is not None:
        query = query.filter(status=criteria.status)
    return query
