"""Reading picking work: which tasks and scans a caller may see, and searching them."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.expressions import Subquery
from tortoise.queryset import QuerySet

from models.access import Role
from models.fulfilment import PickTask, PickTaskStatus, ScanEvent, ScanResult
from services.access import Principal, scoped


def visible_tasks(principal: Principal) -> QuerySet[PickTask]:
    return scoped(PickTask.all(), principal, {Role.WAREHOUSE: "warehouse__code"})


def may_see_tasks(principal: Principal | None) -> bool:
    """Staff and warehouses see picking work; customers, channels, suppliers, carriers do not."""
    return principal is not None and (principal.is_staff or principal.role is Role.WAREHOUSE)


@dataclass(frozen=True)
class TaskSearch:
    warehouse: str | None = None
    statuses: list[PickTaskStatus] | None = None
    order_id: int | None = None


def search_tasks(principal: Principal, criteria: TaskSearch) -> QuerySet[PickTask]:
    query = visible_tasks(principal)
    if criteria.warehouse:
        query = query.filter(warehouse__code=criteria.warehouse)
    if criteria.statuses:
        query = query.filter(status__in=[s.value for s in criteria.statuses])
    if criteria.order_id is not None:
        query = query.filter(order_id=criteria.order_id)
    return query


@dataclass(frozen=True)
class ScanSearch:
    task_id: int | None = None
    warehouse: str | None = None
    results: list[ScanResult] | None = None


def search_scans(principal: Principal, criteria: ScanSearch) -> QuerySet[ScanEvent]:
    """The scan log of the tasks the caller may see."""
    query = ScanEvent.filter(task_id__in=Subquery(visible_tasks(principal).values("id")))
    if criteria.task_id is not None:
        query = query.filter(task_id=criteria.task_id)
    if criteria.warehouse:
        query = query.filter(task__warehouse__code=criteria.warehouse)
    if criteria.results:
        query = query.filter(result__in=[r.value for r in criteria.results])
    return query


async def get_task(principal: Principal, task_id: int) -> PickTask | None:
    return await visible_tasks(principal).get_or_none(id=task_id)
