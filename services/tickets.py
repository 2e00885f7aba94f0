"""Support tickets: a conversation between a customer and staff about an order (or not).

A ticket's status is written only through `move` (the transition table `TICKET_LIFECYCLE`),
which writes the status, a history entry and a `ticket.status_changed` outbox event in the
caller's transaction. Every message is a `ticket.message_posted` event too, so the
`ticketMessages` subscription can replay a thread from any cursor. Typing is not stored: it
is a bus `Signal` (`typing_signal`) the resolver publishes.

Scoping: staff see every ticket; a CUSTOMER token the tickets of its email; nobody else any.
Out of scope looks like not found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.queryset import QuerySet

from models.access import Role
from models.event_kinds import TicketEventKind
from models.orders import Customer
from models.tickets import Ticket, TicketAttachment, TicketAuthor, TicketEvent, TicketKind, TicketMessage, TicketStatus
from services.access import EMAIL, Principal
from services.errors import DomainError, ErrorCode, Problem, not_found
from services.lifecycle import Lifecycle
from services.notifications import on_staff_reply
from services.orders import get_order
from services.uow import unit_of_work
from subscriptions.envelope import Signal
from subscriptions.outbox import NewEvent, record_events
from subscriptions.topics import TICKET_MESSAGE_POSTED, TICKET_STATUS_CHANGED, TICKET_TYPING

T = TicketStatus
TICKET_LIFECYCLE = Lifecycle(
    TicketStatus,
    {
        T.OPEN: frozenset({T.PENDING_CUSTOMER, T.RESOLVED, T.CLOSED}),
        T.PENDING_CUSTOMER: frozenset({T.PENDING_STAFF, T.RESOLVED, T.CLOSED}),
        T.PENDING_STAFF: frozenset({T.PENDING_CUSTOMER, T.RESOLVED, T.CLOSED}),
        # A reply or ticketReopen opens a resolved ticket again; CLOSED is final but for staff.
        T.RESOLVED: frozenset({T.PENDING_STAFF, T.PENDING_CUSTOMER, T.CLOSED}),
        T.CLOSED: frozenset({T.PENDING_STAFF}),
    },
)
DONE = frozenset({T.RESOLVED, T.CLOSED})
MAX_BODY = 2_000  # what a person writes in one message (schema.domains.TEXT_CAP)
MAX_ATTACHMENTS = 10
MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024  # metadata only, but nobody means a bigger "attachment"
_CONTENT_TYPE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,62}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,62}$")


@dataclass(frozen=True)
class AttachmentDraft:
    name: str
    size: int
    content_type: str
    url: str


@dataclass(frozen=True)
class TicketSearch:
    statuses: list[TicketStatus] | None = None
    kinds: list[TicketKind] | None = None
    assignee: str | None = None
    customer_email: str | None = None
    order_id: int | None = None
    overdue: bool | None = None


# --- scoping ---------------------------------------------------------------------------------


def visible_tickets(principal: Principal) -> QuerySet[Ticket]:
    """The tickets `principal` may see: all for staff, its own for a customer, none otherwise."""
    if principal.is_staff:
        return Ticket.all()
    if principal.role is Role.CUSTOMER and principal.scope:
        return Ticket.filter(customer_email=principal.scope)
    return Ticket.filter(id__in=[])


async def get_ticket(principal: Principal, ticket_id: int) -> Ticket | None:
    return await visible_tickets(principal).get_or_none(id=ticket_id)


async def require_ticket(principal: Principal, ticket_id: int, field: str = "id") -> Ticket:
    ticket = await get_ticket(principal, ticket_id)
    if ticket is None:
        raise not_found("Ticket", [field])
    return ticket


def search_tickets(principal: Principal, criteria: TicketSearch) -> QuerySet[Ticket]:
    query = visible_tickets(principal)
    if criteria.statuses:
        query = query.filter(status__in=[s.value for s in criteria.statuses])
    if criteria.kinds:
        query = query.filter(kind__in=[k.value for k in criteria.kinds])
    if criteria.assignee:
        query = query.filter(assignee=criteria.assignee.strip())
    if criteria.customer_email:
        query = query.filter(customer_email=criteria.customer_email.strip().lower())
    if criteria.order_id is not None:
        query = query.filter(order_id=criteria.order_id)
    if criteria.overdue is not None:
        late = {"sla_due_at__isnull": False, "sla_due_at__lt": datetime.now(UTC), "resolved_at__isnull": True}
        query = query.filter(**late) if criteria.overdue else query.exclude(**late)
    return query


# --- checks ----------------------------------------------------------------------------------


def _author(principal: Principal) -> TicketAuthor:
    return TicketAuthor.STAFF if principal.is_staff else TicketAuthor.CUSTOMER


def _check_body(body: str, field: tuple[str, ...]) -> list[Problem]:
    if not body.strip():
        return [Problem(ErrorCode.REQUIRED, "Write a message.", field)]
    if len(body) > MAX_BODY:
        return [Problem(ErrorCode.INVALID, f"A message is at most {MAX_BODY} characters.", field)]
    return []


def _check_url(url: str, field: tuple[str, ...]) -> list[Problem]:
    bad = [Problem(ErrorCode.INVALID, "url must be an absolute https URL without credentials or spaces.", field)]
    if not url or len(url) > 2_000 or any(c.isspace() or ord(c) < 32 for c in url):
        return bad
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 -- raises ValueError on a port out of range
    except ValueError:
        return bad
    if parts.scheme != "https" or not parts.hostname or parts.username is not None or parts.password is not None:
        return bad
    return []


def check_attachments(attachments: list[AttachmentDraft], path: tuple[str, ...]) -> list[Problem]:
    """Metadata of files stored elsewhere: a plain file name, a size, a MIME type, an https URL."""
    problems: list[Problem] = []
    if len(attachments) > MAX_ATTACHMENTS:
        problems.append(Problem(ErrorCode.INVALID, f"At most {MAX_ATTACHMENTS} attachments per message.", path))
    for i, a in enumerate(attachments):
        at = (*path, str(i))
        name = a.name.strip()
        if not name or len(name) > 255 or any(c in "/\\" or ord(c) < 32 for c in name) or name in (".", ".."):
            problems.append(Problem(ErrorCode.INVALID, "name must be a plain file name.", (*at, "name")))
        if not 0 <= a.size <= MAX_ATTACHMENT_BYTES:
            problems.append(
                Problem(ErrorCode.INVALID, f"size must be between 0 and {MAX_ATTACHMENT_BYTES} bytes.", (*at, "size"))
            )
        if not _CONTENT_TYPE.match(a.content_type.strip()):
            problems.append(
                Problem(ErrorCode.INVALID, "contentType must be a MIME type (type/subtype).", (*at, "contentType"))
            )
        problems += _check_url(a.url.strip(), (*at, "url"))
    return problems


# --- writing -----------------------------------------------------------------------------------


def _status_event(ticket: Ticket, previous: TicketStatus | None, status: TicketStatus) -> NewEvent:
    return NewEvent(
        topic=TICKET_STATUS_CHANGED,
        aggregate_type="ticket",
        aggregate_id=ticket.id,
        payload={
            "ticket_id": ticket.id,
            "customer_email": ticket.customer_email,
            "previous_status": previous.value if previous else None,
            "status": status.value,
        },
    )


async def move(
    ticket: Ticket,
    to: TicketStatus,
    *,
    principal: Principal,
    conn: BaseDBAsyncClient,
    note: str | None = None,
    **changes: object,
) -> None:
    """The one writer of a ticket's status: table check, compare-and-set, history, event."""
    previous = await TICKET_LIFECYCLE.move(
        ticket,
        to,
        conn=conn,
        message=f"Ticket {ticket.id} is {TicketStatus(ticket.status).value}; it cannot become {to.value}.",
        field="id",
        conflict="This ticket was changed meanwhile; reload and retry.",
        **changes,
    )
    await TicketEvent.create(
        ticket_id=ticket.id,
        kind=TicketEventKind.STATUS_CHANGED,
        from_status=previous,
        to_status=to,
        note=note,
        actor=principal.actor,
        using_db=conn,
    )
    await record_events([_status_event(ticket, previous, to)], using_db=conn)


async def _post(
    ticket: Ticket, principal: Principal, body: str, attachments: list[AttachmentDraft], conn: BaseDBAsyncClient
) -> TicketMessage:
    message = await TicketMessage.create(
        ticket_id=ticket.id, author=_author(principal), actor=principal.actor, body=body.strip(), using_db=conn
    )
    if attachments:
        await TicketAttachment.bulk_create(
            [
                TicketAttachment(
                    message_id=message.id,
                    name=a.name.strip(),
                    size=a.size,
                    content_type=a.content_type.strip().lower(),
                    url=a.url.strip(),
                )
                for a in attachments
            ],
            using_db=conn,
        )
    event = NewEvent(
        topic=TICKET_MESSAGE_POSTED,
        aggregate_type="ticket",
        aggregate_id=ticket.id,
        payload={
            "ticket_id": ticket.id,
            "message_id": message.id,
            "customer_email": ticket.customer_email,
            "author": message.author,
        },
    )
    await record_events([event], using_db=conn)
    return message


async def _owner_email(principal: Principal, order_id: int | None, customer_email: str | None) -> str:
    """Whose ticket it will be: a customer's own; for staff the order's customer, or the email given."""
    given = customer_email.strip().lower() if customer_email is not None else None
    if order_id is not None:
        order = await get_order(principal, order_id=order_id)
        if order is None:
            raise not_found("Order", ["order"])
        customer = await Customer.get(id=order.customer_id)
        if given is not None and given != customer.email:
            raise DomainError.one(ErrorCode.INVALID, "customerEmail is not the order's customer.", ["customerEmail"])
        return str(customer.email)
    if not principal.is_staff:
        if given is not None and given != principal.scope:
            raise DomainError.one(ErrorCode.INVALID, "Customers open tickets for themselves.", ["customerEmail"])
        assert principal.scope is not None
        return principal.scope
    if given is None:
        raise DomainError.one(ErrorCode.REQUIRED, "Name the order or the customer's email.", ["customerEmail"])
    if not EMAIL.match(given) or len(given) > 254:
        raise DomainError.one(ErrorCode.INVALID, "customerEmail is not an email address.", ["customerEmail"])
    return given


async def open_ticket(
    principal: Principal,
    *,
    subject: str,
    message: str,
    kind: TicketKind,
    order_id: int | None = None,
    customer_email: str | None = None,
    attachments: list[AttachmentDraft] | None = None,
    complaint_sla: timedelta,
) -> Ticket:
    """A customer (about its own order, or none) or staff (for anyone) starts a conversation.
    A complaint is due `complaint_sla` from now."""
    attachments = attachments or []
    problems: list[Problem] = []
    if not subject.strip():
        problems.append(Problem(ErrorCode.REQUIRED, "Give the ticket a subject.", ("subject",)))
    problems += _check_body(message, ("message",))
    problems += check_attachments(attachments, ("attachments",))
    if problems:
        raise DomainError(problems)
    email = await _owner_email(principal, order_id, customer_email)
    now = datetime.now(UTC)
    async with unit_of_work() as conn:
        ticket = await Ticket.create(
            order_id=order_id,
            customer_email=email,
            kind=kind,
            subject=subject.strip(),
            status=TicketStatus.OPEN,
            opened_by=principal.actor,
            created_at=now,
            sla_due_at=now + complaint_sla if kind is TicketKind.COMPLAINT else None,
            using_db=conn,
        )
        await TicketEvent.create(
            ticket_id=ticket.id,
            kind=TicketEventKind.OPENED,
            to_status=TicketStatus.OPEN,
            actor=principal.actor,
            using_db=conn,
        )
        await record_events([_status_event(ticket, None, TicketStatus.OPEN)], using_db=conn)
        await _post(ticket, principal, message, attachments, conn)
    return ticket


async def reply(
    principal: Principal, *, ticket_id: int, message: str, attachments: list[AttachmentDraft] | None = None
) -> tuple[Ticket, TicketMessage]:
    """Add a message. Staff answering hands the turn to the customer (the first answer is the
    first response); the customer answering hands it back. A resolved ticket opens again; a
    closed one must be reopened first."""
    attachments = attachments or []
    ticket = await require_ticket(principal, ticket_id)
    problems = _check_body(message, ("message",)) + check_attachments(attachments, ("attachments",))
    if problems:
        raise DomainError(problems)
    status = TicketStatus(ticket.status)
    if status is T.CLOSED:
        raise DomainError.one(ErrorCode.INVALID_TRANSITION, "This ticket is closed; reopen it to reply.", ["id"])
    staff = principal.is_staff
    async with unit_of_work() as conn:
        ticket = await Ticket.filter(id=ticket.id).using_db(conn).select_for_update().get()
        status = TicketStatus(ticket.status)
        if status is T.CLOSED:  # closed meanwhile: a reply must not reopen it
            raise DomainError.one(ErrorCode.INVALID_TRANSITION, "This ticket is closed; reopen it to reply.", ["id"])
        changes: dict[str, object] = {}
        if staff and ticket.first_response_at is None:
            changes["first_response_at"] = datetime.now(UTC)
        if staff:
            target = T.PENDING_CUSTOMER
        else:
            target = status if status in (T.OPEN, T.PENDING_STAFF) else T.PENDING_STAFF
        if status in DONE:
            changes["resolved_at"] = None
        if target is not status:
            await move(ticket, target, principal=principal, conn=conn, note="reply", **changes)
        elif changes:
            await Ticket.filter(id=ticket.id).using_db(conn).update(**changes, updated_at=datetime.now(UTC))
            for name, value in changes.items():
                setattr(ticket, name, value)
        posted = await _post(ticket, principal, message, attachments, conn)
        if staff:
            await on_staff_reply(conn, ticket, posted.body)
    return ticket, posted


async def assign(principal: Principal, *, ticket_id: int, assignee: str | None) -> Ticket:
    """Staff hand a ticket to an agent (None: unassign)."""
    ticket = await require_ticket(principal, ticket_id)
    name = assignee.strip() if assignee is not None else None
    if name is not None and not name:
        raise DomainError.one(ErrorCode.REQUIRED, "Name the agent (or pass null to unassign).", ["assignee"])
    async with unit_of_work() as conn:
        await Ticket.filter(id=ticket.id).using_db(conn).update(assignee=name, updated_at=datetime.now(UTC))
        status = TicketStatus(ticket.status)
        await TicketEvent.create(
            ticket_id=ticket.id,
            kind=TicketEventKind.ASSIGNED,
            from_status=status,
            to_status=status,
            note=name,
            actor=principal.actor,
            using_db=conn,
        )
    ticket.assignee = name
    return ticket


async def close(principal: Principal, *, ticket_id: int, final: bool, note: str | None = None) -> Ticket:
    """RESOLVED (it can be reopened, a reply reopens it) or, `final`, CLOSED. The resolution
    time is when it was last resolved or closed."""
    ticket = await require_ticket(principal, ticket_id)
    to = T.CLOSED if final else T.RESOLVED
    async with unit_of_work() as conn:
        changes: dict[str, object] = {}
        if TicketStatus(ticket.status) not in DONE:
            changes["resolved_at"] = datetime.now(UTC)
        await move(ticket, to, principal=principal, conn=conn, note=note, **changes)
    return ticket


async def reopen(principal: Principal, *, ticket_id: int, note: str | None = None) -> Ticket:
    """Back to staff's turn. A customer may reopen a resolved ticket; only staff a closed one."""
    ticket = await require_ticket(principal, ticket_id)
    status = TicketStatus(ticket.status)
    if status not in DONE or (status is T.CLOSED and not principal.is_staff):
        raise DomainError.one(
            ErrorCode.INVALID_TRANSITION, f"Ticket {ticket.id} is {status.value}; it cannot be reopened.", ["id"]
        )
    async with unit_of_work() as conn:
        await move(ticket, T.PENDING_STAFF, principal=principal, conn=conn, note=note, resolved_at=None)
    return ticket


async def typing_signal(principal: Principal, *, ticket_id: int) -> Signal:
    """What `ticketTyping` publishes: who is typing in a ticket the caller may see (not stored)."""
    ticket = await require_ticket(principal, ticket_id)
    if TicketStatus(ticket.status) is T.CLOSED:
        raise DomainError.one(ErrorCode.INVALID_TRANSITION, "This ticket is closed.", ["id"])
    return Signal(
        topic=TICKET_TYPING,
        aggregate_type="ticket",
        aggregate_id=ticket.id,
        payload={
            "ticket_id": ticket.id,
            "customer_email": ticket.customer_email,
            "author": _author(principal).value,
            "token_id": principal.token_id,
        },
        occurred_at=datetime.now(UTC),
    )


def may_hear(principal: Principal, payload: dict[str, object]) -> bool:
    """Whether a ticket event (or typing signal) belongs to a ticket `principal` may see."""
    if principal.is_staff:
        return True
    return principal.role is Role.CUSTOMER and payload.get("customer_email") == principal.scope


async def get_message(principal: Principal, message_id: int) -> TicketMessage | None:
    """A message of a ticket the caller may see."""
    message = await TicketMessage.get_or_none(id=message_id)
    if message is None or await get_ticket(principal, message.ticket_id) is None:
        return None
    return message
