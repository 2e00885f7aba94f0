"""Order feedback: a rating (1-5) and a comment from the order's customer, once the order is
delivered; one per order, editable for `EDIT_DAYS` after it was first given."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet

from models.access import Role
from models.orders import OrderStatus
from models.tickets import OrderFeedback
from services.access import Principal
from services.errors import DomainError, ErrorCode, Problem, not_found
from services.orders import get_order
from services.uow import unit_of_work

EDIT_DAYS = 14
MAX_COMMENT = 2_000


@dataclass(frozen=True)
class FeedbackSearch:
    channel: str | None = None
    rating_at_most: int | None = None
    rating_at_least: int | None = None
    created_after: datetime | None = None
    created_before: datetime | None = None


@dataclass(frozen=True)
class Given:
    feedback: OrderFeedback
    created: bool


def visible_feedback(principal: Principal) -> QuerySet[OrderFeedback]:
    """Staff read all feedback; a customer its own; nobody else any."""
    if principal.is_staff:
        return OrderFeedback.all()
    if principal.role is Role.CUSTOMER and principal.scope:
        return OrderFeedback.filter(order__customer__email=principal.scope)
    return OrderFeedback.filter(id__in=[])


def search_feedback(principal: Principal, criteria: FeedbackSearch) -> QuerySet[OrderFeedback]:
    query = visible_feedback(principal)
    if criteria.channel:
        query = query.filter(order__channel__code=criteria.channel)
    if criteria.rating_at_most is not None:
        query = query.filter(rating__lte=criteria.rating_at_most)
    if criteria.rating_at_least is not None:
        query = query.filter(rating__gte=criteria.rating_at_least)
    if criteria.created_after:
        query = query.filter(created_at__gte=criteria.created_after)
    if criteria.created_before:
        query = query.filter(created_at__lt=criteria.created_before)
    return query


async def give_feedback(principal: Principal, *, order_id: int, rating: int, comment: str | None) -> Given:
    """The order's customer rates it once it is delivered; giving it again within EDIT_DAYS
    edits it, later is EDIT_WINDOW_CLOSED."""
    if principal.role is not Role.CUSTOMER:  # the permission table lets only customers here
        raise not_found("Order", ["order"])
    order = await get_order(principal, order_id=order_id)
    if order is None:
        raise not_found("Order", ["order"])
    problems: list[Problem] = []
    if not 1 <= rating <= 5:
        problems.append(Problem(ErrorCode.INVALID, "rating must be between 1 and 5.", ("rating",)))
    text = comment.strip() if comment is not None else None
    if text is not None and len(text) > MAX_COMMENT:
        problems.append(Problem(ErrorCode.INVALID, f"comment must be at most {MAX_COMMENT} characters.", ("comment",)))
    if problems:
        raise DomainError(problems)
    existing = await OrderFeedback.get_or_none(order_id=order.id)
    if existing is not None:
        if datetime.now(UTC) - existing.created_at > timedelta(days=EDIT_DAYS):
            raise DomainError.one(
                ErrorCode.EDIT_WINDOW_CLOSED,
                f"Feedback can be changed for {EDIT_DAYS} days after it was given.",
                ["order"],
            )
        async with unit_of_work() as conn:
            await (
                OrderFeedback.filter(id=existing.id)
                .using_db(conn)
                .update(rating=rating, comment=text or None, actor=principal.actor, updated_at=datetime.now(UTC))
            )
        return Given(await OrderFeedback.get(id=existing.id), created=False)
    if order.status != OrderStatus.DELIVERED:
        raise DomainError.one(
            ErrorCode.INVALID_TRANSITION,
            f"Order {order.number} is {order.status}; feedback is given once it is delivered.",
            ["order"],
        )
    try:
        async with unit_of_work() as conn:
            row = await OrderFeedback.create(
                order_id=order.id, rating=rating, comment=text or None, actor=principal.actor, using_db=conn
            )
    except IntegrityError:  # given at the same moment by another request
        raise DomainError.one(
            ErrorCode.CONFLICT, "Feedback was just given for this order; retry to edit it.", ["order"]
        ) from None
    return Given(row, created=True)
