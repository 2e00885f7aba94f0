"""Order operations: map inputs to services, domain errors to payloads."""

from __future__ import annotations

from collections.abc import AsyncIterator

from tortoise.expressions import Q, Subquery

from models.inventory import Allocation
from models.orders import Order as OrderRow
from models.orders import parse_order_number
from resolvers.context import Info, principal_of
from resolvers.errors import PublicError
from resolvers.live import stream
from resolvers.paging import page_of
from schema.common import SortDirection, connection, pk_of, user_errors
from schema.orders import (
    Order,
    OrderAllocateInput,
    OrderAllocatePayload,
    OrderCancelInput,
    OrderCancelPayload,
    OrderConnection,
    OrderCreateInput,
    OrderCreatePayload,
    OrderFilter,
    OrderHoldInput,
    OrderHoldPayload,
    OrderReleaseInput,
    OrderReleasePayload,
    OrderSort,
    OrderStatusEvent,
)
from services import orders as svc
from services.errors import DomainError, not_found
from services.order_status import STATUS_TOPIC
from subscriptions.envelope import Envelope


def draft_from_input(data: OrderCreateInput) -> svc.OrderDraft:
    address = data.shipping_address
    return svc.OrderDraft(
        channel=data.channel,
        external_ref=data.external_ref,
        customer_email=data.customer.email,
        customer_name=data.customer.name,
        shipping_address=svc.AddressDraft(
            country=address.country,
            region=address.region,
            city=address.city,
            postal_code=address.postal_code,
            line1=address.line1,
            latitude=address.latitude,
            longitude=address.longitude,
        ),
        lines=[svc.LineDraft(sku=ln.sku, quantity=ln.quantity, unit_price=ln.unit_price) for ln in data.lines],
        currency=data.currency,
        idempotency_key=data.idempotency_key,
    )


async def order_create(info: Info, data: OrderCreateInput) -> OrderCreatePayload:
    try:
        placed = await svc.place_order(principal_of(info), draft_from_input(data))
    except DomainError as error:
        return OrderCreatePayload(user_errors=user_errors(error))
    loaders = info.context.loaders
    if placed.channel is not None:
        loaders.channel.prime(placed.channel.id, placed.channel)
    if placed.customer is not None:
        loaders.customer.prime(placed.customer.id, placed.customer)
    return OrderCreatePayload(order=Order.from_model(placed.order))


async def order_cancel(info: Info, data: OrderCancelInput) -> OrderCancelPayload:
    try:
        order = await svc.cancel_order(principal_of(info), order_id=_order_pk(data.id), reason=data.reason)
    except DomainError as error:
        return OrderCancelPayload(user_errors=user_errors(error))
    return OrderCancelPayload(order=Order.from_model(order))


async def order_hold(info: Info, data: OrderHoldInput) -> OrderHoldPayload:
    try:
        order = await svc.hold_order(principal_of(info), order_id=_order_pk(data.id), reason=data.reason)
    except DomainError as error:
        return OrderHoldPayload(user_errors=user_errors(error))
    return OrderHoldPayload(order=Order.from_model(order))


async def order_allocate(info: Info, data: OrderAllocateInput) -> OrderAllocatePayload:
    try:
        order = await svc.allocate_now(principal_of(info), order_id=_order_pk(data.id))
    except DomainError as error:
        return OrderAllocatePayload(user_errors=user_errors(error))
    return OrderAllocatePayload(order=Order.from_model(order))


async def order_release(info: Info, data: OrderReleaseInput) -> OrderReleasePayload:
    try:
        order = await svc.release_order(principal_of(info), order_id=_order_pk(data.id), reason=data.reason)
    except DomainError as error:
        return OrderReleasePayload(user_errors=user_errors(error))
    return OrderReleasePayload(order=Order.from_model(order))


def _order_pk(global_id: str) -> int:
    pk = pk_of(global_id, "Order")
    if pk is None:
        raise not_found("Order", ["id"])
    return pk


async def order(info: Info, id: str) -> Order | None:
    pk = pk_of(id, "Order")
    row = None if pk is None else await svc.get_order(principal_of(info), order_id=pk)
    return Order.from_model(row) if row else None


async def visible_order(info: Info, order_id: int) -> Order | None:
    """An order by primary key if the caller may see it (nested fields use this)."""
    row = await svc.get_order(principal_of(info), order_id=order_id)
    return Order.from_model(row) if row else None


async def order_by_number(info: Info, number: str) -> Order | None:
    row = await svc.get_order_by_number(principal_of(info), number=number)
    return Order.from_model(row) if row else None


async def orders(
    info: Info,
    filter: OrderFilter | None,
    sort_by: OrderSort | None,
    first: int | None,
    after: str | None,
    last: int | None,
    before: str | None,
) -> OrderConnection:
    query = svc.visible_orders(principal_of(info))
    if filter is not None:
        if filter.status:
            query = query.filter(status__in=[s.value for s in filter.status])
        if filter.channel:
            query = query.filter(channel__code=filter.channel)
        if filter.warehouse:
            query = query.filter(
                id__in=Subquery(Allocation.filter(warehouse__code=filter.warehouse).values("order_id"))
            )
        if filter.customer_email:
            query = query.filter(customer__email=filter.customer_email.strip().lower())
        if filter.created_after:
            query = query.filter(created_at__gte=filter.created_after)
        if filter.created_before:
            query = query.filter(created_at__lt=filter.created_before)
        if filter.search and filter.search.strip():
            term = filter.search.strip()
            match = (
                Q(external_ref__icontains=term) | Q(customer__email__icontains=term) | Q(customer__name__icontains=term)
            )
            number_pk = parse_order_number(term)
            if number_pk is not None:
                match |= Q(id=number_pk)
            query = query.filter(match)
    sort = sort_by or OrderSort()
    page = await page_of(
        info,
        query,
        first=first,
        after=after,
        last=last,
        before=before,
        sort=sort.field.value,
        descending=sort.direction is SortDirection.DESC,
    )
    return connection(page, Order.from_model)


async def order_status_changed(info: Info, order_id: str | None, after: str | None) -> AsyncIterator[OrderStatusEvent]:
    principal = principal_of(info)
    wanted_pk: int | None = None
    if order_id is not None:
        wanted_pk = _order_pk_or_error(order_id)
        if await svc.get_order(principal, order_id=wanted_pk) is None:
            raise PublicError("Order not found.", "NOT_FOUND")
    scope = svc.EventScope(principal)

    def accept(env: Envelope) -> bool:
        return wanted_pk is None or env.aggregate_id == wanted_pk

    async for env in stream(info, topics={STATUS_TOPIC}, after=after, accept=accept):
        if not await scope.allows(env.payload):
            continue
        row = await OrderRow.get_or_none(id=env.aggregate_id)
        payload = env.payload
        yield OrderStatusEvent(
            cursor=env.cursor,
            occurred_at=env.occurred_at,
            order=Order.from_model(row) if row else None,
            previous_status=payload["previous_status"],
            status=payload["status"],
        )


def _order_pk_or_error(global_id: str) -> int:
    pk = pk_of(global_id, "Order")
    if pk is None:
        raise PublicError("Order not found.", "NOT_FOUND")
    return pk
