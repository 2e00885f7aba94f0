"""Finding orders: the search criteria of `orders` and `myOrders`, the queryset they make for
a caller, and the form of that queryset's filter for a page statement built once."""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from models.fulfilment import Shipment
from models.inventory import Allocation
from models.order_money import OrderTag
from models.orders import Order, OrderLine, OrderStatus, parse_order_number
from services.access import Principal
from services.orders import visible_orders, visible_values


@dataclass(frozen=True)
class OrderSearch:
    statuses: list[OrderStatus] | None = None
    channel: str | None = None
    warehouse: str | None = None
    customer_email: str | None = None
    created_after: datetime | None = None
    created_before: datetime | None = None
    search: str | None = None
    sku: str | None = None
    tracking_number: str | None = None
    external_ref: str | None = None
    tag: str | None = None


def search_orders(principal: Principal, criteria: OrderSearch) -> QuerySet[Order]:
    """The caller's orders that match every given criterion (`search`: the order number, the
    external ref, or the customer's email or name; `sku`, `tracking_number`, `external_ref`:
    exactly, through their indexes)."""
    query = visible_orders(principal)
    if criteria.statuses:
        query = query.filter(status__in=[s.value for s in criteria.statuses])
    if criteria.channel:
        query = query.filter(channel__code=criteria.channel)
    if criteria.warehouse:
        query = query.filter(id__in=Subquery(Allocation.filter(warehouse__code=criteria.warehouse).values("order_id")))
    if criteria.customer_email:
        query = query.filter(customer__email=criteria.customer_email.strip().lower())
    if criteria.created_after:
        query = query.filter(created_at__gte=criteria.created_after)
    if criteria.created_before:
        query = query.filter(created_at__lt=criteria.created_before)
    if criteria.sku:
        query = query.filter(id__in=Subquery(OrderLine.filter(sku=criteria.sku.strip()).values("order_id")))
    if criteria.tracking_number:
        shipped = Shipment.filter(tracking_number=criteria.tracking_number.strip())
        query = query.filter(id__in=Subquery(shipped.values("order_id")))
    if criteria.external_ref:
        query = query.filter(external_ref=criteria.external_ref.strip())
    if criteria.tag:
        query = query.filter(id__in=Subquery(OrderTag.filter(tag=criteria.tag.strip()).values("order_id")))
    if criteria.search and criteria.search.strip():
        term = criteria.search.strip()
        match = Q(external_ref__icontains=term) | Q(customer__email__icontains=term) | Q(customer__name__icontains=term)
        number_pk = parse_order_number(term)
        if number_pk is not None:
            match |= Q(id=number_pk)
        query = query.filter(match)
    return query


def page_shape(principal: Principal, criteria: OrderSearch) -> tuple[Hashable, list[Any]] | None:
    """The form and bound values of `search_orders(principal, criteria)` for a page statement
    built once (services.pagination.paginate's `shape`); None with any criterion: those
    pages are built per request."""
    if any(getattr(criteria, field.name) for field in dataclasses.fields(criteria)):
        return None
    form, values = visible_values(principal)
    return ("orders", form), values
