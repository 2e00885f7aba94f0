"""Picking: the root fields for pick tasks, scans, shorts and the live task feed."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import aclosing
from typing import Annotated

import strawberry

from resolvers.context import Info, principal_of
from resolvers.errors import PublicError
from resolvers.live import stream
from resolvers.paging import page_of
from schema.common import UserError, connection, decode_pk, pk_of
from schema.event_kinds import PickTaskEventKind
from schema.picking import (
    PickScanInput,
    PickScanPayload,
    PickShortInput,
    PickTask,
    PickTaskAssignInput,
    PickTaskClaimInput,
    PickTaskCompleteInput,
    PickTaskConnection,
    PickTaskEvent,
    PickTaskFilter,
    PickTaskPayload,
    PickTaskPrioritizeInput,
    PickTaskUnclaimInput,
    ScanEvent,
    ScanEventConnection,
    ScanEventFilter,
    ScanResult,
)
from schema.sorts import PickTaskSort, sort_args
from services import catalog, picking_reads, task_queue
from services import picking as svc
from services.errors import DomainError, ErrorCode
from subscriptions.envelope import Envelope
from subscriptions.topics import PICK_TASK_CHANGED

# A refused scan is logged and answered (the payload carries the scan), with this code.
SCAN_ERRORS = {
    ScanResult.WRONG_ITEM: ErrorCode.WRONG_ITEM,
    ScanResult.OVER_PICK: ErrorCode.OVER_PICK,
    ScanResult.NOT_PICKABLE: ErrorCode.INVALID_TRANSITION,
}


def _task_pk(global_id: str) -> int:
    return decode_pk(global_id, "PickTask", field="task")


@strawberry.type
class Query:
    @strawberry.field(description="Pick tasks (the live feed is the pickTaskUpdates subscription).")
    async def pick_task_list(
        self,
        info: Info,
        filter: PickTaskFilter | None = None,
        sort_by: PickTaskSort | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> PickTaskConnection:
        f = filter or PickTaskFilter()
        query = picking_reads.search_tasks(
            principal_of(info),
            picking_reads.TaskSearch(
                warehouse=f.warehouse,
                statuses=f.status,
                order_id=(pk_of(f.order, "Order") or -1) if f.order else None,
            ),
        )
        return connection(
            await page_of(
                info, query, first=first, after=after, last=last, before=before, **sort_args(sort_by or PickTaskSort())
            ),
            PickTask.from_model,
        )

    @strawberry.field(description="The scan log, newest first, rejected scans included.")
    async def scan_events(
        self,
        info: Info,
        filter: ScanEventFilter | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> ScanEventConnection:
        f = filter or ScanEventFilter()
        query = picking_reads.search_scans(
            principal_of(info),
            picking_reads.ScanSearch(
                task_id=(pk_of(f.task, "PickTask") or -1) if f.task else None,
                warehouse=f.warehouse,
                results=f.result,
            ),
        )
        return connection(
            await page_of(info, query, first=first, after=after, last=last, before=before), ScanEvent.from_model
        )


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Take the next open task of a warehouse (null when none).")
    async def pick_task_claim(self, info: Info, input: PickTaskClaimInput) -> PickTaskPayload:
        task = await svc.claim_next_task(principal_of(info), warehouse=input.warehouse, picker=input.picker)
        return PickTaskPayload(pick_task=PickTask.from_model(task) if task else None)

    @strawberry.mutation
    async def pick_task_assign(self, info: Info, input: PickTaskAssignInput) -> PickTaskPayload:
        task = await svc.assign_task(principal_of(info), task_id=_task_pk(input.task), picker=input.picker)
        return PickTaskPayload(pick_task=PickTask.from_model(task))

    @strawberry.mutation(description="Scan an item; wrong items and over-picks are logged and refused.")
    async def pick_scan(self, info: Info, input: PickScanInput) -> PickScanPayload:
        outcome = await svc.scan(
            principal_of(info),
            task_id=_task_pk(input.task),
            barcode=input.barcode,
            quantity=input.quantity,
            client_scan_id=input.client_scan_id,
            device=input.device,
        )
        errors = []
        if outcome.result in SCAN_ERRORS:
            errors.append(UserError(field=["barcode"], message=outcome.message or "", code=SCAN_ERRORS[outcome.result]))
        return PickScanPayload(
            pick_task=PickTask.from_model(outcome.task),
            result=outcome.result,
            replayed=outcome.replayed,
            user_errors=errors,
        )

    @strawberry.mutation(description="Report units that are not there; they are sourced again.")
    async def pick_short(self, info: Info, input: PickShortInput) -> PickTaskPayload:
        task = await svc.report_short(
            principal_of(info), task_id=_task_pk(input.task), sku=input.sku, quantity=input.quantity, note=input.note
        )
        return PickTaskPayload(pick_task=PickTask.from_model(task))

    @strawberry.mutation
    async def pick_task_complete(self, info: Info, input: PickTaskCompleteInput) -> PickTaskPayload:
        task = await svc.complete_task(principal_of(info), task_id=_task_pk(input.task))
        return PickTaskPayload(pick_task=PickTask.from_model(task))

    @strawberry.mutation(description="Set a task's priority: claims take the highest first, then the oldest.")
    async def pick_task_prioritize(self, info: Info, input: PickTaskPrioritizeInput) -> PickTaskPayload:
        task = await task_queue.prioritize_task(
            principal_of(info), task_id=_task_pk(input.task), priority=input.priority
        )
        return PickTaskPayload(pick_task=PickTask.from_model(task))

    @strawberry.mutation(description="Put an assigned task back: OPEN again, for the next claim.")
    async def pick_task_unclaim(self, info: Info, input: PickTaskUnclaimInput) -> PickTaskPayload:
        task = await task_queue.unclaim_task(principal_of(info), task_id=_task_pk(input.task), picker=input.picker)
        return PickTaskPayload(pick_task=PickTask.from_model(task))


async def _task_events(info: Info, warehouse: str, after: str | None) -> AsyncGenerator[PickTaskEvent, None]:
    principal = principal_of(info)
    try:
        found = await catalog.require_own_warehouse(principal, warehouse)
    except DomainError:
        raise PublicError("Warehouse not found.", "NOT_FOUND") from None

    def accept(env: Envelope) -> bool:
        return env.payload.get("warehouse_id") == found.id

    async for env in stream(info, topics={PICK_TASK_CHANGED}, after=after, accept=accept, grouped=True):
        row = await picking_reads.get_task(principal, env.aggregate_id)
        yield PickTaskEvent(
            cursor=env.cursor,
            occurred_at=env.occurred_at,
            kind=str(env.payload["kind"]),
            event_kind=PickTaskEventKind(env.payload["kind"]),
            task=PickTask.from_model(row) if row else None,
        )


@strawberry.type
class Subscription:
    @strawberry.subscription(
        description="A warehouse's pick tasks as they are created, assigned, started, done, cancelled."
    )
    async def pick_task_updates(
        self,
        info: Info,
        warehouse: Annotated[str, strawberry.argument(description="The warehouse's code.")],
        after: str | None = None,
    ) -> AsyncIterator[PickTaskEvent]:
        async with aclosing(_task_events(info, warehouse, after)) as events:  # closed with the subscription
            async for event in events:
                yield event

    @strawberry.subscription(
        description="The former name of pickTaskUpdates.",
        deprecation_reason="Use pickTaskUpdates (subscriptions are named for what they stream; the next release "
        "removes this and renames the pickTaskList query to pickTasks). Removed in the next release.",
    )
    async def pick_tasks(
        self,
        info: Info,
        warehouse: Annotated[str, strawberry.argument(description="The warehouse's code.")],
        after: str | None = None,
    ) -> AsyncIterator[PickTaskEvent]:
        async with aclosing(_task_events(info, warehouse, after)) as events:  # closed with the subscription
            async for event in events:
                yield event
