"""Customers' own access (passwordless sign-in, storefront exchange, refresh) and their
notification preferences."""

from __future__ import annotations

from datetime import datetime
from typing import cast

import strawberry
from strawberry.scalars import JSON

from models import customers as m
from schema.common import Connection, UserError, describe_values, to_global_id
from services.notifications import without_secrets

NotificationKind = m.NotificationKind
strawberry.enum(
    NotificationKind,
    name="NotificationKind",
    description="What a customer notification is about (SIGN_IN_CODE cannot be opted out of).",
)
describe_values(
    NotificationKind,
    SIGN_IN_CODE="A one-time sign-in code (always sent).",
    ORDER_CONFIRMED="The order was accepted.",
    ORDER_SHIPPED="A shipment left, with its tracking link.",
    OUT_FOR_DELIVERY="A shipment is out for delivery.",
    DELIVERED="A shipment was delivered.",
    RETURN_RECEIVED="Returned goods arrived.",
    REFUND_RECORDED="A refund was recorded.",
    ORDER_DELAYED="The carrier moved a shipment's expected delivery to a later day, or its expected day passed "
    "without a delivery (once per expected day).",
    TICKET_REPLY="Staff answered the customer's support ticket.",
)


@strawberry.input(description="Ask for a one-time sign-in code, sent to the email through the notifier.")
class CustomerSignInStartInput:
    email: str = strawberry.field(description="The email the customer orders with.")
    language: str | None = strawberry.field(
        default=None, description="Language of the message: en or zh (default: the customer's, else the shop's)."
    )


@strawberry.type(description="Always the same for a well-formed email, whether or not it has orders.")
class CustomerSignInStartPayload:
    code_expires_in_seconds: int | None = strawberry.field(
        default=None, description="How long the code works once it arrives (if the email is a customer's)."
    )
    user_errors: list[UserError] = strawberry.field(default_factory=list, description="What was wrong with the input.")


@strawberry.input(description="Trade the one-time code for a customer session.")
class CustomerSignInFinishInput:
    email: str = strawberry.field(description="The email the code was sent to.")
    code: str = strawberry.field(description="The code from the message (six digits).")


@strawberry.input(description="Trade a refresh token (once) for a new session.")
class CustomerTokenRefreshInput:
    refresh_token: str = strawberry.field(description="The refresh token of the current session.")


@strawberry.input(description="A storefront's own signed-in customer, by email.")
class CustomerTokenCreateInput:
    email: str = strawberry.field(description="The customer's email.")


@strawberry.type(description="A customer's session: a short-lived CUSTOMER token and a single-use refresh token.")
class CustomerSession:
    email: str = strawberry.field(description="The customer (the token's scope).")
    token: str = strawberry.field(description="A CUSTOMER bearer token; shown only here, once.")
    expires_at: datetime = strawberry.field(description="When the token stops working.")
    refresh_token: str = strawberry.field(description="Trades once for a new session (customerTokenRefresh).")
    refresh_expires_at: datetime = strawberry.field(description="When the refresh token stops working.")


@strawberry.type(description="A new customer session, or why not.")
class CustomerSessionPayload:
    session: CustomerSession | None = strawberry.field(default=None, description="The session.")
    user_errors: list[UserError] = strawberry.field(default_factory=list, description="What went wrong.")


@strawberry.type(description="What a customer chose about their notifications.")
class CustomerNotificationPreferences:
    email: str = strawberry.field(description="The customer.")
    language: str | None = strawberry.field(description="Their language (en, zh); null: the shop's default.")
    opted_out: list[NotificationKind] = strawberry.field(description="The kinds they do not want.")


@strawberry.input(description="Change what notifications the customer gets, and in which language.")
class CustomerNotificationPreferencesUpdateInput:
    opted_out: list[NotificationKind] | None = strawberry.field(
        default=None, description="The kinds not to send (replaces the list; SIGN_IN_CODE is refused)."
    )
    language: str | None = strawberry.field(default=None, description="en or zh.")


@strawberry.type(description="The customer's preferences after the change.")
class CustomerNotificationPreferencesUpdatePayload:
    preferences: CustomerNotificationPreferences | None = strawberry.field(default=None, description="As now stored.")
    user_errors: list[UserError] = strawberry.field(default_factory=list, description="What went wrong.")


NotificationStatus = m.NotificationStatus
strawberry.enum(NotificationStatus, name="NotificationStatus", description="Where a customer notification stands.")
describe_values(
    NotificationStatus,
    PENDING="Waiting for its first or next attempt (the provider failed: see lastError).",
    SENT="The shop's email/SMS provider took it.",
    SKIPPED="Not sent: the customer opted out of its kind, or a sign-in code was asked for an unknown email.",
    GIVEN_UP="Still failing when it grew older than the give-up age.",
)


@strawberry.type(
    description="One message to a customer: what it was about, where it stands, and the values its template got."
)
class CustomerNotification:
    id: strawberry.ID = strawberry.field(description="The notification's global id.")
    email: str = strawberry.field(description="To whom.")
    kind: NotificationKind = strawberry.field(description="What about.")
    language: str | None = strawberry.field(description="The language asked for (null: the customer's or the shop's).")
    status: NotificationStatus = strawberry.field(description="Where it stands.")
    attempts: int = strawberry.field(description="Attempts made (the provider taking it counts as one).")
    last_error: str | None = strawberry.field(
        description="The provider's last failure, or why it was skipped (staff only: null for a customer)."
    )
    data: JSON = strawberry.field(
        description="The template's values: the order number, tracking number, dates... (a sign-in code left out)."
    )
    created_at: datetime = strawberry.field(description="When what caused it happened.")
    sent_at: datetime | None = strawberry.field(description="When the provider took it.")

    @classmethod
    def from_model(cls, row: m.CustomerNotification, *, staff: bool) -> CustomerNotification:
        return cls(
            id=to_global_id("CustomerNotification", row.id),
            email=row.email,
            kind=NotificationKind(row.kind),
            language=row.language or None,
            status=NotificationStatus(row.status),
            attempts=row.attempts,
            last_error=row.last_error if staff else None,
            data=cast(JSON, without_secrets(row.data)),
            created_at=row.created_at,
            sent_at=row.sent_at,
        )


CustomerNotificationConnection = Connection[CustomerNotification]


@strawberry.input(description="Which customer notifications to list.")
class CustomerNotificationFilter:
    email: str | None = strawberry.field(default=None, description="To this customer.")
    kind: NotificationKind | None = strawberry.field(default=None, description="Of this kind.")
    status: NotificationStatus | None = strawberry.field(default=None, description="In this state.")
