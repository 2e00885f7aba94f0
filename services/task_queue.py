"""The claim queue of pick tasks: staff set a task's priority (claims take the highest
first, then the oldest: `picking.claim_next_task`), and a picker puts a claimed task back.

Kept apart from `services.picking` (near the module size cap); both writes go through
`picking.move_task`/`task_for_update`, so the status still has one writer and every change
reaches the `pickTasks` feed.
"""

from __future__ import annotations

from models.event_kinds import PickTaskEventKind
from models.fulfilment import PickTask, PickTaskStatus
from services.access import Principal
from services.errors import DomainError, ErrorCode
from services.picking import move_task, task_event, task_for_update
from services.uow import unit_of_work
from subscriptions.outbox import record_events

T = PickTaskStatus
# 0 is every new task's; rush work goes above. The bound keeps it a number people reason about.
MIN_PRIORITY = 0
MAX_PRIORITY = 10_000


async def prioritize_task(principal: Principal, *, task_id: int, priority: int) -> PickTask:
    """Set a task's priority (higher is claimed first). Finished tasks keep theirs."""
    if not principal.is_staff:
        raise DomainError.one(ErrorCode.FORBIDDEN, "Only staff set priorities.", ["task"])
    if not MIN_PRIORITY <= priority <= MAX_PRIORITY:
        raise DomainError.one(
            ErrorCode.INVALID, f"priority must be between {MIN_PRIORITY} and {MAX_PRIORITY}.", ["priority"]
        )
    async with unit_of_work() as conn:
        task = await task_for_update(principal, task_id, conn)
        if task.status in (T.DONE, T.CANCELLED):
            raise DomainError.one(
                ErrorCode.INVALID_TRANSITION, f"Task is {task.status}; its priority no longer matters.", ["task"]
            )
        if task.priority != priority:
            # Not a status change: the row is locked (FOR UPDATE), so a plain update is safe.
            await PickTask.filter(id=task.id).using_db(conn).update(priority=priority)
            task.priority = priority
            await record_events([task_event(task, PickTaskEventKind.PRIORITIZED)], using_db=conn)
    return task


async def unclaim_task(principal: Principal, *, task_id: int, picker: str | None = None) -> PickTask:
    """Put an assigned task back (OPEN, nobody's): by its assignee, or by staff.

    A warehouse token speaks for its pickers the way `claim_next_task` does: `picker`
    (default: the token) must be the task's assignee. Once scanning started the units are
    in someone's hands, so only an ASSIGNED task can go back.
    """
    async with unit_of_work() as conn:
        task = await task_for_update(principal, task_id, conn)
        if task.status != T.ASSIGNED:
            # ON_HOLD -> OPEN is in the table too, but that is a release, not this.
            raise DomainError.one(
                ErrorCode.INVALID_TRANSITION, f"Task is {task.status}; only an assigned task can be put back.", ["task"]
            )
        if not principal.is_staff and task.assignee != (picker or principal.actor)[:200]:
            raise DomainError.one(ErrorCode.FORBIDDEN, "Only the assignee or staff can put the task back.", ["task"])
        await move_task(
            task,
            T.OPEN,
            kind=PickTaskEventKind.UNCLAIMED,
            conn=conn,
            message="The task cannot be put back.",
            assignee=None,
        )
    return task
