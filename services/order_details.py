"""An order's details beyond lines and money: billing address, phone, note, tags, and
key/value metadata (public, and private: staff only, as Saleor keeps them)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from models.order_money import OrderTag
from models.orders import Order
from services.access import Principal
from services.errors import DomainError, ErrorCode, Problem
from services.order_drafts import (
    MAX_METADATA,
    AddressDraft,
    detail_columns,
    details_problems,
    metadata_problems,
    normalise_tags,
)
from services.orders import require_order
from services.uow import unit_of_work


def sees_private_metadata(principal: Principal | None) -> bool:
    """Private metadata is for staff only."""
    return principal is not None and principal.is_staff


@dataclass(frozen=True)
class DetailsDraft:
    billing_address: AddressDraft | None = None
    phone: str | None = None
    note: str | None = None
    tags: Sequence[str] | None = None  # replaces the order's tags when given


def _problems(draft: DetailsDraft) -> list[Problem]:
    return details_problems(draft.billing_address, draft.phone, draft.tags)


async def update_details(principal: Principal, *, order_id: int, draft: DetailsDraft) -> Order:
    """Set the given details (None leaves one as it is; an empty phone or note clears it)."""
    problems = _problems(draft)
    if problems:
        raise DomainError(problems)
    found = await require_order(principal, order_id)
    async with unit_of_work() as conn:
        order = await Order.filter(id=found.id).using_db(conn).select_for_update().get()
        fields = detail_columns(draft.billing_address, draft.phone, draft.note)
        if fields:
            await Order.filter(id=order.id).using_db(conn).update(**fields)
            order.update_from_dict(fields)
        if draft.tags is not None:
            await OrderTag.filter(order_id=order.id).using_db(conn).delete()
            tags = normalise_tags(draft.tags)
            if tags:
                await OrderTag.bulk_create([OrderTag(order_id=order.id, tag=t) for t in tags], using_db=conn)
    return order


async def update_metadata(
    principal: Principal,
    *,
    order_id: int,
    items: Sequence[tuple[str, str]],
    remove: Sequence[str],
    private: bool,
) -> Order:
    """Set and remove metadata keys (public, or private: staff only)."""
    if private and not sees_private_metadata(principal):
        raise DomainError.one(ErrorCode.FORBIDDEN, "Private metadata is for staff only.", ["private"])
    problems = metadata_problems(items)
    if problems:
        raise DomainError(problems)
    found = await require_order(principal, order_id)
    column = "private_metadata" if private else "metadata"
    async with unit_of_work() as conn:
        order = await Order.filter(id=found.id).using_db(conn).select_for_update().get()
        data = dict(getattr(order, column) or {})
        for key in remove:
            data.pop(key.strip(), None)
        data |= {key.strip(): value for key, value in items}
        if len(data) > MAX_METADATA:
            raise DomainError.one(ErrorCode.INVALID, f"An order keeps at most {MAX_METADATA} keys.", ["items"])
        await Order.filter(id=order.id).using_db(conn).update(**{column: data})
        setattr(order, column, data)
    return order
