"""Support tickets and order feedback: the root fields, and the live thread of a ticket."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Annotated

import strawberry

from resolvers.context import Info, principal_of
from resolvers.errors import from_domain
from resolvers.live import stream_with_signals
from resolvers.paging import page_of
from schema.common import SortDirection, connection, decode_pk, pk_of, renamed
from schema.tickets import (
    OrderFeedback,
    OrderFeedbackConnection,
    OrderFeedbackFilter,
    OrderFeedbackInput,
    OrderFeedbackPayload,
    Ticket,
    TicketAssignInput,
    TicketAttachmentInput,
    TicketAuthor,
    TicketCloseInput,
    TicketConnection,
    TicketFilter,
    TicketMessage,
    TicketOpenInput,
    TicketPayload,
    TicketReopenInput,
    TicketReplyInput,
    TicketReplyPayload,
    TicketSort,
    TicketStatus,
    TicketThreadEvent,
    TicketThreadEventKind,
    TicketTypingInput,
)
from services import feedback as feedback_svc
from services import tickets as svc
from services.errors import DomainError, ErrorCode
from subscriptions.envelope import Envelope, Signal
from subscriptions.topics import TICKET_MESSAGE_POSTED, TICKET_STATUS_CHANGED, TICKET_TYPING


def _attachments(items: list[TicketAttachmentInput] | None) -> list[svc.AttachmentDraft]:
    return [svc.AttachmentDraft(name=a.name, size=a.size, content_type=a.content_type, url=a.url) for a in items or []]


async def _ticket_page(
    info: Info,
    criteria: svc.TicketSearch,
    sort_by: TicketSort | None,
    first: int | None,
    after: str | None,
    last: int | None,
    before: str | None,
) -> TicketConnection:
    sort = sort_by or TicketSort()
    page = await page_of(
        info,
        svc.search_tickets(principal_of(info), criteria),
        first=first,
        after=after,
        last=last,
        before=before,
        sort=sort.field.value,
        descending=sort.direction is SortDirection.DESC,
    )
    return connection(page, Ticket.from_model)


def _criteria(f: TicketFilter | None) -> svc.TicketSearch:
    f = f or TicketFilter()
    # An id that is not an order's matches nothing (as an order that does not exist).
    order_pk = None if f.order is None else pk_of(f.order, "Order") or -1
    return svc.TicketSearch(
        statuses=f.status,
        kinds=f.kind,
        assignee=f.assignee,
        customer_email=f.customer_email,
        order_id=order_pk,
        overdue=f.overdue,
    )


@strawberry.type
class Query:
    @strawberry.field(description="A ticket by id; null if absent or not yours.")
    async def ticket(
        self, info: Info, id: Annotated[strawberry.ID, strawberry.argument(description="The ticket's global id.")]
    ) -> Ticket | None:
        pk = pk_of(id, "Ticket")
        row = None if pk is None else await svc.get_ticket(principal_of(info), pk)
        return Ticket.from_model(row) if row else None

    @strawberry.field(description="Every ticket (staff), newest first unless sorted otherwise.")
    async def tickets(
        self,
        info: Info,
        filter: TicketFilter | None = None,
        sort_by: TicketSort | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> TicketConnection:
        return await _ticket_page(info, _criteria(filter), sort_by, first, after, last, before)

    @strawberry.field(description="The calling customer's own tickets, newest first unless sorted otherwise.")
    async def my_tickets(
        self,
        info: Info,
        filter: TicketFilter | None = None,
        sort_by: TicketSort | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> TicketConnection:
        return await _ticket_page(info, _criteria(filter), sort_by, first, after, last, before)

    @strawberry.field(description="Customers' ratings of delivered orders, newest first.")
    async def order_feedbacks(
        self,
        info: Info,
        filter: OrderFeedbackFilter | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> OrderFeedbackConnection:
        f = filter or OrderFeedbackFilter()
        query = feedback_svc.search_feedback(
            principal_of(info),
            feedback_svc.FeedbackSearch(
                channel=f.channel,
                rating_at_most=f.rating_at_most,
                rating_at_least=f.rating_at_least,
                created_after=f.created_after,
                created_before=f.created_before,
            ),
        )
        page = await page_of(
            info, query, first=first, after=after, last=last, before=before, sort="created_at", descending=True
        )
        return connection(page, OrderFeedback.from_model)


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Open a support ticket with its first message: a customer for itself (about its own "
        "order, or none), staff for any customer. A COMPLAINT gets an SLA due time."
    )
    async def ticket_open(self, info: Info, input: TicketOpenInput) -> TicketPayload:
        ticket = await svc.open_ticket(
            principal_of(info),
            subject=input.subject,
            message=input.message,
            kind=input.kind,
            order_id=decode_pk(input.order, "Order", field="order") if input.order is not None else None,
            customer_email=input.customer_email,
            attachments=_attachments(input.attachments),
            complaint_sla=timedelta(hours=info.context.settings.complaint_sla_hours),
        )
        return TicketPayload(ticket=Ticket.from_model(ticket))

    @strawberry.mutation(
        description="Add a message. Staff replying hands the turn to the customer, the customer replying "
        "to staff; a resolved ticket opens again; a closed one must be reopened first."
    )
    async def ticket_reply(self, info: Info, input: TicketReplyInput) -> TicketReplyPayload:
        ticket, message = await svc.reply(
            principal_of(info),
            ticket_id=decode_pk(input.id, "Ticket", field="id"),
            message=input.message,
            attachments=_attachments(input.attachments),
        )
        return TicketReplyPayload(ticket=Ticket.from_model(ticket), message=TicketMessage.from_model(message))

    @strawberry.mutation(description="Hand a ticket to an agent (null: unassign).")
    async def ticket_assign(self, info: Info, input: TicketAssignInput) -> TicketPayload:
        ticket = await svc.assign(
            principal_of(info), ticket_id=decode_pk(input.id, "Ticket", field="id"), assignee=input.assignee
        )
        return TicketPayload(ticket=Ticket.from_model(ticket))

    @strawberry.mutation(description="Resolve a ticket (RESOLVED), or close it for good (final: CLOSED).")
    async def ticket_close(self, info: Info, input: TicketCloseInput) -> TicketPayload:
        ticket = await svc.close(
            principal_of(info), ticket_id=decode_pk(input.id, "Ticket", field="id"), final=input.final, note=input.note
        )
        return TicketPayload(ticket=Ticket.from_model(ticket))

    @strawberry.mutation(description="Open a resolved ticket again (staff: a closed one too); staff's turn then.")
    async def ticket_reopen(self, info: Info, input: TicketReopenInput) -> TicketPayload:
        ticket = await svc.reopen(
            principal_of(info), ticket_id=decode_pk(input.id, "Ticket", field="id"), note=input.note
        )
        return TicketPayload(ticket=Ticket.from_model(ticket))

    @strawberry.mutation(
        description="Tell the other side of a ticket that the caller is typing: a TYPING event on their "
        "ticketMessages stream, live only (not stored, not replayed)."
    )
    async def ticket_typing(self, info: Info, input: TicketTypingInput) -> TicketPayload:
        principal = principal_of(info)
        signal = await svc.typing_signal(principal, ticket_id=decode_pk(input.id, "Ticket", field="id"))
        await info.context.bus.publish_signal(signal)
        ticket = await svc.require_ticket(principal, signal.aggregate_id)
        return TicketPayload(ticket=Ticket.from_model(ticket))

    @strawberry.mutation(
        description="Rate a delivered order (1-5, with a comment), once per order, by its customer; "
        f"giving it again within {feedback_svc.EDIT_DAYS} days changes it, later is EDIT_WINDOW_CLOSED."
    )
    async def order_feedback(self, info: Info, input: OrderFeedbackInput) -> OrderFeedbackPayload:
        given = await feedback_svc.give_feedback(
            principal_of(info),
            order_id=decode_pk(input.order, "Order", field="order"),
            rating=input.rating,
            comment=input.comment,
        )
        return OrderFeedbackPayload(feedback=OrderFeedback.from_model(given.feedback), created=given.created)


async def _thread_event(info: Info, item: Envelope | Signal) -> TicketThreadEvent:
    principal = principal_of(info)
    row = await svc.get_ticket(principal, item.aggregate_id)
    ticket = Ticket.from_model(row) if row else None
    if isinstance(item, Signal):
        return TicketThreadEvent(
            cursor=item.cursor,
            occurred_at=item.occurred_at,
            kind=TicketThreadEventKind.TYPING,
            ticket=ticket,
            typing=TicketAuthor(item.payload["author"]),
        )
    if item.topic == TICKET_MESSAGE_POSTED:
        message = await svc.get_message(principal, int(item.payload["message_id"]))
        return TicketThreadEvent(
            cursor=item.cursor,
            occurred_at=item.occurred_at,
            kind=TicketThreadEventKind.MESSAGE,
            ticket=ticket,
            message=TicketMessage.from_model(message) if message else None,
        )
    previous = item.payload.get("previous_status")
    return TicketThreadEvent(
        cursor=item.cursor,
        occurred_at=item.occurred_at,
        kind=TicketThreadEventKind.STATUS_CHANGED,
        ticket=ticket,
        status=TicketStatus(item.payload["status"]),
        previous_status=TicketStatus(previous) if previous else None,
    )


@strawberry.type
class Subscription:
    @strawberry.subscription(
        description="A ticket's conversation, live: messages, status changes, and the other side typing. "
        "With `after` (a cursor), replays the messages and status changes since first (typing is never replayed)."
    )
    async def ticket_messages(
        self,
        info: Info,
        ticket: Annotated[
            strawberry.ID | None, strawberry.argument(description="The ticket's global id (required).")
        ] = None,
        after: str | None = None,
        ticket_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(
                description="The former name of `ticket`.",
                deprecation_reason="Use `ticket` (arguments name the object, not its id). Removed in the next release.",
            ),
        ] = None,
    ) -> AsyncIterator[TicketThreadEvent]:
        principal = principal_of(info)
        try:
            # Optional in the schema only while the deprecated name lives: one of them is required.
            wanted = renamed(ticket, ticket_id, field="ticket", old_field="ticketId")
            if wanted is None:
                raise DomainError.one(ErrorCode.INVALID, "ticket is required.", ["ticket"])
            pk = decode_pk(wanted, "Ticket", field="ticket")
            await svc.require_ticket(principal, pk, field="ticket")
        except DomainError as error:
            raise from_domain(error) from None

        def accept(env: Envelope) -> bool:
            return env.aggregate_id == pk and svc.may_hear(principal, env.payload)

        def accept_signal(signal: Signal) -> bool:
            mine = principal.token_id is not None and signal.payload.get("token_id") == principal.token_id
            return signal.aggregate_id == pk and not mine and svc.may_hear(principal, signal.payload)

        async for item in stream_with_signals(
            info,
            topics={TICKET_MESSAGE_POSTED, TICKET_STATUS_CHANGED},
            after=after,
            accept=accept,
            signals={TICKET_TYPING},
            accept_signal=accept_signal,
        ):
            yield await _thread_event(info, item)
