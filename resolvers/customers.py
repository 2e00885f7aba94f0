"""Customers' own sign-in, sessions, notification preferences, orders and notification log
(staff: every customer's): the root fields."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import strawberry

from resolvers.context import Info, principal_of
from resolvers.errors import from_domain, throttled
from resolvers.orders import order_connection
from resolvers.paging import page_of
from schema.common import connection
from schema.customers import (
    CustomerNotification,
    CustomerNotificationConnection,
    CustomerNotificationFilter,
    CustomerNotificationPreferences,
    CustomerNotificationPreferencesUpdateInput,
    CustomerNotificationPreferencesUpdatePayload,
    CustomerSession,
    CustomerSessionPayload,
    CustomerSignInFinishInput,
    CustomerSignInStartInput,
    CustomerSignInStartPayload,
    CustomerTokenCreateInput,
    CustomerTokenRefreshInput,
)
from schema.order_projection import ORDERS
from schema.orders import OrderConnection, OrderFilter
from schema.projection import RootProjection
from services import customer_access as svc
from services import notifications
from services.customer_access import CustomerSession as Session
from services.errors import DomainError
from services.throttle import Throttled


def _payload(session: Session) -> CustomerSessionPayload:
    return CustomerSessionPayload(
        session=CustomerSession(
            email=session.email,
            token=session.token,
            expires_at=session.expires_at,
            refresh_token=session.refresh_token,
            refresh_expires_at=session.refresh_expires_at,
        )
    )


def _preferences(found: notifications.Preferences) -> CustomerNotificationPreferences:
    return CustomerNotificationPreferences(email=found.email, language=found.language, opted_out=found.opted_out)


async def my_orders_as_json(
    info: Info, wrap: Callable[[str, Sequence[str]], str], filter: OrderFilter | None = None, **window: Any
) -> list[str] | None:
    """Query.my_orders' twin, given its arguments as strawberry converts them: the page's
    nodes as JSON (schema.projection)."""
    return await order_connection(info, filter, field="myOrders", project=wrap, **window)  # type: ignore[no-any-return]


# `myOrders` answered by PostgreSQL where its selection has a form for every field.
MY_ORDERS_PROJECTION = RootProjection(my_orders_as_json, ORDERS)


@strawberry.type
class Query:
    @strawberry.field(description="The calling customer's own orders, newest first.")
    async def my_orders(
        self,
        info: Info,
        filter: OrderFilter | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> OrderConnection:
        # The same search as `orders`: a customer's principal sees only their own.
        return await order_connection(
            info, filter, field="myOrders", first=first, after=after, last=last, before=before
        )

    @strawberry.field(
        description="The messages sent (or being sent) to customers, newest first: staff see every customer's "
        "(did the shipping email go out? why not?), a customer their own."
    )
    async def customer_notifications(
        self,
        info: Info,
        filter: CustomerNotificationFilter | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> CustomerNotificationConnection:
        f = filter or CustomerNotificationFilter()
        principal = principal_of(info)
        criteria = notifications.NotificationSearch(email=f.email, kind=f.kind, status=f.status)
        page = await page_of(
            info,
            notifications.search_notifications(principal, criteria),
            first=first,
            after=after,
            last=last,
            before=before,
        )
        return connection(page, lambda row: CustomerNotification.from_model(row, staff=principal.is_staff))

    @strawberry.field(description="The calling customer's notification preferences.")
    async def customer_notification_preferences(self, info: Info) -> CustomerNotificationPreferences:
        try:
            return _preferences(await notifications.get_preferences(principal_of(info)))
        except DomainError as error:
            raise from_domain(error) from None


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Ask for a one-time sign-in code by email; the answer does not say whether the email has orders."
    )
    async def customer_sign_in_start(self, info: Info, input: CustomerSignInStartInput) -> CustomerSignInStartPayload:
        context = info.context
        try:
            seconds = await svc.start_sign_in(
                email=input.email,
                language=input.language,
                client=context.client_address,
                limits=context.limits,
                settings=context.settings,
            )
        except Throttled as exc:
            raise throttled(exc) from None
        return CustomerSignInStartPayload(code_expires_in_seconds=seconds)

    @strawberry.mutation(description="Trade a one-time code (once, before it expires) for a customer session.")
    async def customer_sign_in_finish(self, info: Info, input: CustomerSignInFinishInput) -> CustomerSessionPayload:
        context = info.context
        try:
            session = await svc.finish_sign_in(
                email=input.email,
                code=input.code,
                client=context.client_address,
                limits=context.limits,
                settings=context.settings,
            )
        except Throttled as exc:
            raise throttled(exc) from None
        return _payload(session)

    @strawberry.mutation(description="Rotate a session: the refresh token works once and a new pair comes back.")
    async def customer_token_refresh(self, info: Info, input: CustomerTokenRefreshInput) -> CustomerSessionPayload:
        return _payload(await svc.refresh_session(refresh_token=input.refresh_token, settings=info.context.settings))

    @strawberry.mutation(
        description="A storefront exchanges its own signed-in customer for a customer session that sees "
        "only this channel's orders."
    )
    async def customer_token_create(self, info: Info, input: CustomerTokenCreateInput) -> CustomerSessionPayload:
        session = await svc.create_for_channel(principal_of(info), email=input.email, settings=info.context.settings)
        return _payload(session)

    @strawberry.mutation(
        description="Choose which notifications to get (sign-in codes always go out) and the language."
    )
    async def customer_notification_preferences_update(
        self, info: Info, input: CustomerNotificationPreferencesUpdateInput
    ) -> CustomerNotificationPreferencesUpdatePayload:
        found = await notifications.update_preferences(
            principal_of(info), opted_out=input.opted_out, language=input.language
        )
        return CustomerNotificationPreferencesUpdatePayload(preferences=_preferences(found))
