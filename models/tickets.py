"""Support tickets (a conversation between a customer and staff) and order feedback."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class TicketStatus(StrEnum):
    OPEN = "OPEN"  # nobody from staff has answered yet
    PENDING_CUSTOMER = "PENDING_CUSTOMER"  # staff answered; the customer's turn
    PENDING_STAFF = "PENDING_STAFF"  # the customer answered (or reopened); staff's turn
    RESOLVED = "RESOLVED"  # done; a reply or ticketReopen opens it again
    CLOSED = "CLOSED"  # final; only staff can reopen it


class TicketKind(StrEnum):
    QUESTION = "QUESTION"
    COMPLAINT = "COMPLAINT"
    RETURN = "RETURN"
    DELIVERY = "DELIVERY"
    OTHER = "OTHER"


class TicketAuthor(StrEnum):
    CUSTOMER = "CUSTOMER"
    STAFF = "STAFF"


class Ticket(Model):
    id = fields.IntField(primary_key=True)
    order: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Order", related_name="tickets", on_delete=fields.SET_NULL, null=True
    )
    # Whose ticket it is: the CUSTOMER token's scope (customers are known by email).
    customer_email = fields.CharField(max_length=254)
    kind = fields.CharEnumField(TicketKind, max_length=20)
    subject = fields.CharField(max_length=200)
    status = fields.CharEnumField(TicketStatus, max_length=20, default=TicketStatus.OPEN)
    assignee = fields.CharField(max_length=200, null=True)
    opened_by = fields.CharField(max_length=200)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    first_response_at = fields.DatetimeField(null=True)  # staff's first reply
    resolved_at = fields.DatetimeField(null=True)  # the last move to RESOLVED/CLOSED (cleared on reopen)
    sla_due_at = fields.DatetimeField(null=True)  # complaints: answer and resolve by then

    order_id: int | None

    class Meta:
        table = "ticket"
        indexes = (("customer_email",), ("status",), ("order_id",))


class TicketMessage(Model):
    id = fields.IntField(primary_key=True)
    ticket: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Ticket", related_name="messages", on_delete=fields.CASCADE
    )
    author = fields.CharEnumField(TicketAuthor, max_length=10)
    actor = fields.CharField(max_length=200)
    body = fields.TextField()
    created_at = fields.DatetimeField(auto_now_add=True)

    ticket_id: int

    class Meta:
        table = "ticket_message"
        indexes = (("ticket_id",),)


class TicketAttachment(Model):
    """Metadata of a file kept elsewhere: no bytes are stored here."""

    id = fields.IntField(primary_key=True)
    message: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.TicketMessage", related_name="attachments", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=255)
    size = fields.BigIntField()
    content_type = fields.CharField(max_length=100)
    url = fields.CharField(max_length=2000)

    message_id: int

    class Meta:
        table = "ticket_attachment"
        indexes = (("message_id",),)


class TicketEvent(Model):
    """A ticket's history: opened, status changes, assignments."""

    id = fields.IntField(primary_key=True)
    ticket: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Ticket", related_name="events", on_delete=fields.CASCADE
    )
    kind = fields.CharField(max_length=20)
    from_status = fields.CharEnumField(TicketStatus, max_length=20, null=True)
    to_status = fields.CharEnumField(TicketStatus, max_length=20)
    note = fields.CharField(max_length=500, null=True)
    actor = fields.CharField(max_length=200)
    created_at = fields.DatetimeField(auto_now_add=True)

    ticket_id: int

    class Meta:
        table = "ticket_event"
        indexes = (("ticket_id",),)


class OrderFeedback(Model):
    """A customer's rating of a delivered order: one per order, editable for a while."""

    id = fields.IntField(primary_key=True)
    order: fields.OneToOneRelation = fields.OneToOneField(
        "models.Order", related_name="feedback", on_delete=fields.CASCADE
    )
    rating = fields.SmallIntField()
    comment = fields.TextField(null=True)
    actor = fields.CharField(max_length=200)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    order_id: int

    class Meta:
        table = "order_feedback"
