"""Support tickets and order feedback: types, inputs and payloads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from enum import Enum

import strawberry

from models import tickets as m
from models.event_kinds import TicketEventKind
from resolvers.context import Info
from schema.common import Connection, Node, SortDirection, UserError, describe_values, to_global_id
from schema.event_kinds import KIND_DEPRECATION
from schema.orders import Order
from services.feedback import EDIT_DAYS

TicketStatus = m.TicketStatus
strawberry.enum(
    TicketStatus,
    name="TicketStatus",
    description="OPEN (no answer yet), PENDING_CUSTOMER / PENDING_STAFF (whose turn it is), "
    "RESOLVED (a reply or ticketReopen opens it again), CLOSED (final; staff can reopen).",
)
describe_values(
    TicketStatus,
    OPEN="Opened; nobody from staff has answered yet.",
    PENDING_CUSTOMER="Staff answered; the customer's turn.",
    PENDING_STAFF="The customer answered or reopened it; staff's turn.",
    RESOLVED="Done; a reply or ticketReopen opens it again.",
    CLOSED="Final; only staff can reopen it.",
)
TicketKind = m.TicketKind
strawberry.enum(TicketKind, name="TicketKind", description="What a ticket is about; a COMPLAINT has an SLA.")
describe_values(
    TicketKind,
    QUESTION="A question about an order, a product or the shop.",
    COMPLAINT="A complaint: due within the complaint SLA.",
    RETURN="About returning goods.",
    DELIVERY="About a delivery: late, damaged, missing.",
    OTHER="Anything else.",
)
TicketAuthor = m.TicketAuthor
strawberry.enum(TicketAuthor, name="TicketAuthor", description="Who wrote a message: the customer or staff.")
describe_values(TicketAuthor, CUSTOMER="The ticket's customer.", STAFF="A staff member (ADMIN or OPS).")


def _seconds(start: datetime, end: datetime | None) -> int | None:
    return None if end is None else int((end - start).total_seconds())


@strawberry.type(description="A file kept elsewhere, attached to a message: metadata only.")
class TicketAttachment:
    name: str = strawberry.field(description="The file's name.")
    size: int = strawberry.field(description="Its size in bytes (as the client said).")
    content_type: str = strawberry.field(description="Its MIME type.")
    url: str = strawberry.field(description="Where it is kept (https).")

    @classmethod
    def from_model(cls, row: m.TicketAttachment) -> TicketAttachment:
        return cls(name=row.name, size=row.size, content_type=row.content_type, url=row.url)


@strawberry.type(description="One message of a ticket's conversation.")
class TicketMessage:
    id: strawberry.ID = strawberry.field(description="The message's id.")
    author: TicketAuthor = strawberry.field(description="The customer or staff.")
    body: str = strawberry.field(description="What was written.")
    created_at: datetime = strawberry.field(description="When it was posted.")
    _pk: strawberry.Private[int]

    @classmethod
    def from_model(cls, row: m.TicketMessage) -> TicketMessage:
        return cls(
            id=to_global_id("TicketMessage", row.id),
            author=m.TicketAuthor(row.author),
            body=row.body,
            created_at=row.created_at,
            _pk=row.id,
        )

    @strawberry.field(description="Files attached to the message (metadata only).")
    async def attachments(self, info: Info) -> list[TicketAttachment]:
        rows = await info.context.loaders.message_attachments.load(self._pk)
        return [TicketAttachment.from_model(r) for r in rows]


@strawberry.type(description="One entry of a ticket's history: opened, a status change, an assignment.")
class TicketHistoryEntry:
    kind: str = strawberry.field(description="OPENED, STATUS_CHANGED or ASSIGNED.", deprecation_reason=KIND_DEPRECATION)
    event_kind: TicketEventKind = strawberry.field(description="What happened.")
    from_status: TicketStatus | None = strawberry.field(description="The status before.")
    to_status: TicketStatus = strawberry.field(description="The status after.")
    note: str | None = strawberry.field(description="The reason given, or the assignee.")
    occurred_at: datetime = strawberry.field(description="When.")


@strawberry.type(description="A support conversation between a customer and staff, about an order or not.")
class Ticket(Node):
    subject: str = strawberry.field(description="What it is about, in a line.")
    kind: TicketKind = strawberry.field(description="QUESTION, COMPLAINT, RETURN, DELIVERY or OTHER.")
    status: TicketStatus = strawberry.field(description="Whose turn it is, or whether it is done.")
    customer_email: str = strawberry.field(description="The customer whose ticket it is.")
    assignee: str | None = strawberry.field(description="The agent handling it (staff assign).")
    created_at: datetime = strawberry.field(description="When it was opened.")
    updated_at: datetime = strawberry.field(description="When it last changed.")
    first_response_at: datetime | None = strawberry.field(description="When staff first replied.")
    resolved_at: datetime | None = strawberry.field(
        description="When it was last resolved or closed (null while it is open)."
    )
    sla_due_at: datetime | None = strawberry.field(description="Complaints: when it must be resolved by.")
    first_response_seconds: int | None = strawberry.field(description="From opening to staff's first reply.")
    resolution_seconds: int | None = strawberry.field(description="From opening to its resolution.")
    _pk: strawberry.Private[int]
    _order_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, row: m.Ticket) -> Ticket:
        return cls(
            id=to_global_id("Ticket", row.id),
            subject=row.subject,
            kind=m.TicketKind(row.kind),
            status=m.TicketStatus(row.status),
            customer_email=row.customer_email,
            assignee=row.assignee,
            created_at=row.created_at,
            updated_at=row.updated_at,
            first_response_at=row.first_response_at,
            resolved_at=row.resolved_at,
            sla_due_at=row.sla_due_at,
            first_response_seconds=_seconds(row.created_at, row.first_response_at),
            resolution_seconds=_seconds(row.created_at, row.resolved_at),
            _pk=row.id,
            _order_id=row.order_id,
        )

    @strawberry.field(description="Complaints: resolved after the SLA, or still open past it.")
    def sla_breached(self) -> bool:
        if self.sla_due_at is None:
            return False
        return (self.resolved_at or datetime.now(UTC)) > self.sla_due_at

    @strawberry.field(description="The order it is about, if any.")
    async def order(self, info: Info) -> Order | None:
        if self._order_id is None:
            return None
        row = await info.context.loaders.visible_order.load((info.context.principal, self._order_id))
        return Order.from_model(row) if row else None

    @strawberry.field(description="The conversation, oldest first.")
    async def messages(self, info: Info) -> list[TicketMessage]:
        return [TicketMessage.from_model(r) for r in await info.context.loaders.ticket_messages.load(self._pk)]

    @strawberry.field(description="Opened, status changes and assignments, oldest first.")
    async def history(self, info: Info) -> list[TicketHistoryEntry]:
        return [
            TicketHistoryEntry(
                kind=r.kind,
                event_kind=TicketEventKind(r.kind),
                from_status=m.TicketStatus(r.from_status) if r.from_status else None,
                to_status=m.TicketStatus(r.to_status),
                note=r.note,
                occurred_at=r.created_at,
            )
            for r in await info.context.loaders.ticket_events.load(self._pk)
        ]


TicketConnection = Connection[Ticket]


@strawberry.enum(description="What happened in a ticket's live thread.")
class TicketThreadEventKind(Enum):
    MESSAGE = "MESSAGE"
    STATUS_CHANGED = "STATUS_CHANGED"
    TYPING = "TYPING"


describe_values(
    TicketThreadEventKind,
    MESSAGE="A new message in the thread.",
    STATUS_CHANGED="The ticket's status changed.",
    TYPING="The other side is typing (never stored, never replayed).",
)


@strawberry.type(description="An event of a ticket's live thread (ticketMessages).")
class TicketThreadEvent:
    cursor: str = strawberry.field(
        description="Resume after this event with `after:`. A TYPING event (never stored, never "
        "replayed) carries the cursor of the last stored event before it."
    )
    occurred_at: datetime = strawberry.field(description="When it happened.")
    kind: TicketThreadEventKind = strawberry.field(description="MESSAGE, STATUS_CHANGED or TYPING.")
    ticket: Ticket | None = strawberry.field(description="The ticket as it is now.")
    message: TicketMessage | None = strawberry.field(default=None, description="MESSAGE: the message posted.")
    status: TicketStatus | None = strawberry.field(default=None, description="STATUS_CHANGED: the new status.")
    previous_status: TicketStatus | None = strawberry.field(
        default=None, description="STATUS_CHANGED: the status before."
    )
    typing: TicketAuthor | None = strawberry.field(default=None, description="TYPING: who is typing (the other side).")


@strawberry.input(description="A file kept elsewhere: metadata only, nothing is uploaded here.")
class TicketAttachmentInput:
    name: str = strawberry.field(description="A plain file name.")
    size: int = strawberry.field(description="Size in bytes.")
    content_type: str = strawberry.field(description="MIME type, e.g. image/png.")
    url: str = strawberry.field(description="An absolute https URL without credentials.")


@strawberry.input(description="Open a ticket: customers for themselves (and their own orders), staff for anyone.")
class TicketOpenInput:
    subject: str = strawberry.field(description="What it is about, in a line.")
    message: str = strawberry.field(description="The first message.")
    kind: TicketKind = strawberry.field(default=TicketKind.QUESTION, description="What kind of ticket.")
    order: strawberry.ID | None = strawberry.field(default=None, description="The order it is about.")
    customer_email: str | None = strawberry.field(
        default=None, description="Staff, without an order: whose ticket it is."
    )
    attachments: list[TicketAttachmentInput] | None = strawberry.field(default=None, description="Attached files.")


@strawberry.input(description="Add a message to a ticket.")
class TicketReplyInput:
    id: strawberry.ID = strawberry.field(description="The ticket.")
    message: str = strawberry.field(description="What to say.")
    attachments: list[TicketAttachmentInput] | None = strawberry.field(default=None, description="Attached files.")


@strawberry.input(description="Hand a ticket to an agent.")
class TicketAssignInput:
    id: strawberry.ID = strawberry.field(description="The ticket.")
    assignee: str | None = strawberry.field(description="The agent's name; null unassigns.")


@strawberry.input(description="Resolve a ticket, or close it for good.")
class TicketCloseInput:
    id: strawberry.ID = strawberry.field(description="The ticket.")
    final: bool = strawberry.field(
        default=False, description="CLOSED (final; only staff can reopen) instead of RESOLVED."
    )
    note: str | None = strawberry.field(default=None, description="Why (kept in the history).")


@strawberry.input(description="Open a resolved (or, staff, a closed) ticket again.")
class TicketReopenInput:
    id: strawberry.ID = strawberry.field(description="The ticket.")
    note: str | None = strawberry.field(default=None, description="Why (kept in the history).")


@strawberry.input(description="Say that the caller is typing in a ticket (not stored).")
class TicketTypingInput:
    id: strawberry.ID = strawberry.field(description="The ticket.")


@strawberry.input(description="Which tickets to list.")
class TicketFilter:
    status: list[TicketStatus] | None = strawberry.field(default=None, description="Any of these statuses.")
    kind: list[TicketKind] | None = strawberry.field(default=None, description="Any of these kinds.")
    assignee: str | None = strawberry.field(default=None, description="Assigned to this agent.")
    customer_email: str | None = strawberry.field(default=None, description="This customer's tickets.")
    order: strawberry.ID | None = strawberry.field(default=None, description="About this order.")
    overdue: bool | None = strawberry.field(
        default=None, description="true: unresolved past their SLA; false: the others."
    )


@strawberry.enum(description="How to sort tickets.")
class TicketSortField(Enum):
    CREATED_AT = "created_at"
    STATUS = "status"


describe_values(TicketSortField, CREATED_AT="When the ticket was opened.", STATUS="The ticket's status.")


@strawberry.input(description="Sort order of a ticket list.")
class TicketSort:
    field: TicketSortField = strawberry.field(default=TicketSortField.CREATED_AT, description="By what.")
    direction: SortDirection = strawberry.field(default=SortDirection.DESC, description="Which way.")


@strawberry.type(description="The ticket changed (or null), or why not.")
class TicketPayload:
    ticket: Ticket | None = strawberry.field(default=None, description="The ticket.")
    user_errors: list[UserError] = strawberry.field(default_factory=list, description="Why it did not happen.")


@strawberry.type(description="The message posted and its ticket, or why not.")
class TicketReplyPayload:
    ticket: Ticket | None = strawberry.field(default=None, description="The ticket.")
    message: TicketMessage | None = strawberry.field(default=None, description="The message posted.")
    user_errors: list[UserError] = strawberry.field(default_factory=list, description="Why it did not happen.")


# --- feedback ------------------------------------------------------------------------------------


@strawberry.type(description="A customer's rating of a delivered order.")
class OrderFeedback:
    rating: int = strawberry.field(description="1 (bad) to 5 (excellent).")
    comment: str | None = strawberry.field(description="What the customer wrote.")
    created_at: datetime = strawberry.field(description="When it was first given.")
    updated_at: datetime = strawberry.field(description="When it was last changed.")
    editable_until: datetime = strawberry.field(description="Until when the customer can change it.")
    _order_id: strawberry.Private[int]

    @classmethod
    def from_model(cls, row: m.OrderFeedback) -> OrderFeedback:
        return cls(
            rating=row.rating,
            comment=row.comment,
            created_at=row.created_at,
            updated_at=row.updated_at,
            editable_until=row.created_at + timedelta(days=EDIT_DAYS),
            _order_id=row.order_id,
        )

    @strawberry.field(description="The order rated.")
    async def order(self, info: Info) -> Order | None:
        row = await info.context.loaders.visible_order.load((info.context.principal, self._order_id))
        return Order.from_model(row) if row else None


OrderFeedbackConnection = Connection[OrderFeedback]


@strawberry.input(description="Rate a delivered order (its customer); again within the edit window to change it.")
class OrderFeedbackInput:
    order: strawberry.ID = strawberry.field(description="The delivered order.")
    rating: int = strawberry.field(description="1 to 5.")
    comment: str | None = strawberry.field(default=None, description="What to say.")


@strawberry.input(description="Which feedback to list.")
class OrderFeedbackFilter:
    channel: str | None = strawberry.field(default=None, description="Orders of this channel.")
    rating_at_most: int | None = strawberry.field(default=None, description="Ratings up to this.")
    rating_at_least: int | None = strawberry.field(default=None, description="Ratings from this.")
    created_after: datetime | None = strawberry.field(default=None, description="Given at or after.")
    created_before: datetime | None = strawberry.field(default=None, description="Given before.")


@strawberry.type(description="The feedback given or changed, or why not.")
class OrderFeedbackPayload:
    feedback: OrderFeedback | None = strawberry.field(default=None, description="The feedback.")
    created: bool = strawberry.field(default=False, description="false: an edit of feedback given before.")
    user_errors: list[UserError] = strawberry.field(default_factory=list, description="Why it did not happen.")
