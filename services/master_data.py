"""Master data over time: list, update and archive channels, warehouses, products, suppliers
and carriers (creating them is `services.catalog`).

Archiving keeps the row (orders, shipments and the ledger still refer to it) and takes it out
of new work: an archived product cannot be ordered (ARCHIVED), an archived warehouse gets no
new allocations (`services.allocation.eligible_warehouses`) and no transfers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from tortoise.expressions import Q
from tortoise.models import Model
from tortoise.queryset import QuerySet

from models.catalog import AllocationStrategy, BackorderPolicy, Carrier, Channel, Product, Supplier, Warehouse
from models.orders import Customer
from services.access import Principal
from services.audit import note_change
from services.catalog import archived_or_not
from services.errors import DomainError, ErrorCode, Problem
from services.orders import visible_orders

# kind -> (model, the field that names it)
KINDS: dict[str, tuple[type[Model], str]] = {
    "Channel": (Channel, "code"),
    "Warehouse": (Warehouse, "code"),
    "Product": (Product, "sku"),
    "Supplier": (Supplier, "code"),
    "Carrier": (Carrier, "code"),
}
MAX_PRICE = Decimal("1e12")


@dataclass(frozen=True)
class SetupSearch:
    search: str | None = None  # in the code (SKU) or name
    archived: bool | None = None  # None: both


def search_setup(kind: str, criteria: SetupSearch) -> QuerySet[Any]:
    model, key = KINDS[kind]
    query = model.all()
    if criteria.search and criteria.search.strip():
        term = criteria.search.strip()
        query = query.filter(Q(**{f"{key}__icontains": term}) | Q(name__icontains=term))
    return archived_or_not(query, criteria.archived)


async def _require(kind: str, code: str, field: str) -> Any:
    model, key = KINDS[kind]
    found = await model.filter(**{key: code}).first()
    if found is None:
        raise DomainError.one(ErrorCode.NOT_FOUND, f"{kind} {code!r} not found.", [field])
    return found


async def set_archived(kind: str, *, code: str, archived: bool) -> Any:
    """Archive (or restore) a master-data row; idempotent."""
    row = await _require(kind, code, "code")
    if (row.archived_at is not None) != archived:
        before, row.archived_at = row.archived_at, datetime.now(UTC) if archived else None
        await row.save(update_fields=["archived_at"])
        note_change("archived_at", before, row.archived_at)
    return row


def _name(value: str | None, problems: list[Problem]) -> None:
    if value is not None and (not value.strip() or len(value) > 200):
        problems.append(Problem(ErrorCode.REQUIRED, "name must be 1-200 characters.", ("name",)))


async def _apply(row: Any, problems: list[Problem], **values: Any) -> Any:
    if problems:
        raise DomainError(problems)
    changes = {k: v for k, v in values.items() if v is not None}
    if changes:
        for name, value in changes.items():
            note_change(name, getattr(row, name), value)  # the audit's before and after
            setattr(row, name, value)
        await row.save(update_fields=list(changes))
    return row


async def update_product(
    *, sku: str, name: str | None = None, price: Decimal | None = None, weight_grams: int | None = None
) -> Product:
    """A new price applies to new orders; existing lines keep the price they were sold at."""
    row = await _require("Product", sku, "sku")
    problems: list[Problem] = []
    _name(name, problems)
    if price is not None and (not price.is_finite() or price < 0 or price >= MAX_PRICE):
        problems.append(Problem(ErrorCode.INVALID, "price must be a non-negative amount.", ("price",)))
    if weight_grams is not None and weight_grams < 0:
        problems.append(Problem(ErrorCode.INVALID, "weightGrams must not be negative.", ("weightGrams",)))
    price = price.quantize(Decimal("0.01")) if price is not None and not problems else price
    return await _apply(row, problems, name=name, price=price, weight_grams=weight_grams)


async def update_warehouse(
    *, code: str, name: str | None = None, region: str | None = None, priority: int | None = None
) -> Warehouse:
    row = await _require("Warehouse", code, "code")
    problems: list[Problem] = []
    _name(name, problems)
    return await _apply(row, problems, name=name, region=region, priority=priority)


async def update_channel(
    *,
    code: str,
    name: str | None = None,
    allocation_strategy: AllocationStrategy | None = None,
    allow_split: bool | None = None,
    backorder_policy: BackorderPolicy | None = None,
    respect_safety_stock: bool | None = None,
    customer_cancel_allowed: bool | None = None,
    customer_address_change_allowed: bool | None = None,
) -> Channel:
    row = await _require("Channel", code, "code")
    problems: list[Problem] = []
    _name(name, problems)
    return await _apply(
        row,
        problems,
        name=name,
        allocation_strategy=allocation_strategy,
        allow_split=allow_split,
        backorder_policy=backorder_policy,
        respect_safety_stock=respect_safety_stock,
        customer_cancel_allowed=customer_cancel_allowed,
        customer_address_change_allowed=customer_address_change_allowed,
    )


async def update_supplier(*, code: str, name: str | None = None, lead_time_days: int | None = None) -> Supplier:
    row = await _require("Supplier", code, "code")
    problems: list[Problem] = []
    _name(name, problems)
    if lead_time_days is not None and not 0 <= lead_time_days <= 365:
        problems.append(Problem(ErrorCode.INVALID, "leadTimeDays must be within 0..365.", ("leadTimeDays",)))
    return await _apply(row, problems, name=name, lead_time_days=lead_time_days)


async def update_carrier(*, code: str, name: str | None = None, webhook_url: str | None = None) -> Carrier:
    row = await _require("Carrier", code, "code")
    problems: list[Problem] = []
    _name(name, problems)
    if webhook_url is not None and not re.match(r"^https?://\S+$", webhook_url):
        problems.append(Problem(ErrorCode.INVALID, "webhookUrl must be an http(s) URL.", ("webhookUrl",)))
    return await _apply(row, problems, name=name, webhook_url=webhook_url)


def search_customers(search: str | None = None) -> QuerySet[Customer]:
    """Customers (staff), by a term in the email or name."""
    query = Customer.all()
    if search and search.strip():
        term = search.strip()
        query = query.filter(Q(email__icontains=term) | Q(name__icontains=term))
    return query


async def customer_order_summaries(
    principal: Principal, customer_ids: list[int]
) -> dict[int, tuple[int, dict[str, Decimal]]]:
    """customer id -> (orders, total per currency), counting only the orders the caller may
    see (a channel: its own), so a shared customer tells no channel of another's sales."""
    rows = (
        await visible_orders(principal)
        .filter(customer_id__in=sorted(set(customer_ids)))
        .values("customer_id", "currency", "total")
    )
    summaries: dict[int, tuple[int, dict[str, Decimal]]] = {}
    for row in rows:
        count, totals = summaries.get(row["customer_id"], (0, {}))
        totals[row["currency"]] = totals.get(row["currency"], Decimal("0.00")) + row["total"]
        summaries[row["customer_id"]] = (count + 1, totals)
    return summaries
