"""Picking, packing, dispatch, tracking; their live streams."""

from __future__ import annotations

from collections.abc import AsyncIterator

from tortoise.expressions import Subquery

from models.access import Role
from models.catalog import Warehouse as WarehouseRow
from models.fulfilment import PickTask as PickTaskRow
from models.fulfilment import ScanEvent as ScanEventRow
from models.fulfilment import ScanResult as ScanResultModel
from models.fulfilment import Shipment as ShipmentRow
from models.fulfilment import ShipmentStatus as ShipmentStatusModel
from resolvers.context import Info, principal_of
from resolvers.errors import PublicError
from resolvers.live import stream
from resolvers.paging import page_of
from schema.common import UserError, connection, pk_of, user_errors
from schema.fulfilment import (
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
    ScanEvent,
    ScanEventConnection,
    ScanEventFilter,
    Shipment,
    ShipmentConnection,
    ShipmentDispatchInput,
    ShipmentEvent,
    ShipmentFilter,
    ShipmentPackInput,
    ShipmentPayload,
    TrackingEventRecordInput,
)
from services import fulfilment as svc
from services.errors import DomainError, ErrorCode, not_found
from subscriptions.envelope import Envelope

SCAN_ERRORS = {
    ScanResultModel.WRONG_ITEM: ErrorCode.WRONG_ITEM,
    ScanResultModel.OVER_PICK: ErrorCode.OVER_PICK,
    ScanResultModel.NOT_PICKABLE: ErrorCode.INVALID_TRANSITION,
}


def _pk(global_id: str, type_name: str, field: str) -> int:
    pk = pk_of(global_id, type_name)
    if pk is None:
        raise not_found(type_name.replace("PickTask", "Pick task"), [field])
    return pk


async def pick_task_claim(info: Info, data: PickTaskClaimInput) -> PickTaskPayload:
    try:
        task = await svc.claim_next_task(principal_of(info), warehouse=data.warehouse, picker=data.picker)
    except DomainError as error:
        return PickTaskPayload(user_errors=user_errors(error))
    return PickTaskPayload(pick_task=PickTask.from_model(task) if task else None)


async def pick_task_assign(info: Info, data: PickTaskAssignInput) -> PickTaskPayload:
    try:
        task = await svc.assign_task(principal_of(info), task_id=_pk(data.task, "PickTask", "task"), picker=data.picker)
    except DomainError as error:
        return PickTaskPayload(user_errors=user_errors(error))
    return PickTaskPayload(pick_task=PickTask.from_model(task))


async def pick_scan(info: Info, data: PickScanInput) -> PickScanPayload:
    try:
        outcome = await svc.scan(
            principal_of(info),
            task_id=_pk(data.task, "PickTask", "task"),
            barcode=data.barcode,
            quantity=data.quantity,
            client_scan_id=data.client_scan_id,
            device=data.device,
        )
    except DomainError as error:
        return PickScanPayload(user_errors=user_errors(error))
    errors = []
    if outcome.result in SCAN_ERRORS:
        errors.append(UserError(field=["barcode"], message=outcome.message or "", code=SCAN_ERRORS[outcome.result]))
    return PickScanPayload(
        pick_task=PickTask.from_model(outcome.task),
        result=outcome.result,
        replayed=outcome.replayed,
        user_errors=errors,
    )


async def pick_short(info: Info, data: PickShortInput) -> PickTaskPayload:
    try:
        task = await svc.report_short(
            principal_of(info),
            task_id=_pk(data.task, "PickTask", "task"),
            sku=data.sku,
            quantity=data.quantity,
            note=data.note,
        )
    except DomainError as error:
        return PickTaskPayload(user_errors=user_errors(error))
    return PickTaskPayload(pick_task=PickTask.from_model(task))


async def pick_task_complete(info: Info, data: PickTaskCompleteInput) -> PickTaskPayload:
    try:
        task = await svc.complete_task(principal_of(info), task_id=_pk(data.task, "PickTask", "task"))
    except DomainError as error:
        return PickTaskPayload(user_errors=user_errors(error))
    return PickTaskPayload(pick_task=PickTask.from_model(task))


async def shipment_pack(info: Info, data: ShipmentPackInput) -> ShipmentPayload:
    try:
        shipment = await svc.pack(
            principal_of(info),
            task_id=_pk(data.task, "PickTask", "task"),
            packages=[
                svc.PackageDraft(
                    weight_grams=p.weight_grams, length_mm=p.length_mm, width_mm=p.width_mm, height_mm=p.height_mm
                )
                for p in data.packages
            ],
        )
    except DomainError as error:
        return ShipmentPayload(user_errors=user_errors(error))
    return ShipmentPayload(shipment=Shipment.from_model(shipment))


async def shipment_dispatch(info: Info, data: ShipmentDispatchInput) -> ShipmentPayload:
    try:
        shipment = await svc.dispatch(
            principal_of(info),
            shipment_id=_pk(data.shipment, "Shipment", "shipment"),
            carrier=data.carrier,
            tracking_number=data.tracking_number,
        )
    except DomainError as error:
        return ShipmentPayload(user_errors=user_errors(error))
    return ShipmentPayload(shipment=Shipment.from_model(shipment))


async def tracking_event_record(info: Info, data: TrackingEventRecordInput) -> ShipmentPayload:
    try:
        shipment = await svc.record_tracking(
            principal_of(info),
            tracking_number=data.tracking_number,
            status=ShipmentStatusModel(data.status),
            occurred_at=data.occurred_at,
            location=data.location,
            estimated_delivery_at=data.estimated_delivery_at,
        )
    except DomainError as error:
        return ShipmentPayload(user_errors=user_errors(error))
    return ShipmentPayload(shipment=Shipment.from_model(shipment))


async def pick_task_list(
    info: Info, filter: PickTaskFilter | None, first: int | None, after: str | None
) -> PickTaskConnection:
    query = svc.visible_tasks(principal_of(info))
    if filter is not None:
        if filter.warehouse:
            query = query.filter(warehouse__code=filter.warehouse)
        if filter.status:
            query = query.filter(status__in=[s.value for s in filter.status])
        if filter.order:
            query = query.filter(order_id=pk_of(filter.order, "Order") or -1)
    return connection(await page_of(info, query, first=first, after=after), PickTask.from_model)


async def scan_events(
    info: Info, filter: ScanEventFilter | None, first: int | None, after: str | None
) -> ScanEventConnection:
    principal = principal_of(info)
    query = ScanEventRow.filter(task_id__in=Subquery(svc.visible_tasks(principal).values("id")))
    if filter is not None:
        if filter.task:
            query = query.filter(task_id=pk_of(filter.task, "PickTask") or -1)
        if filter.warehouse:
            query = query.filter(task__warehouse__code=filter.warehouse)
        if filter.result:
            query = query.filter(result__in=[r.value for r in filter.result])
    return connection(await page_of(info, query, first=first, after=after), ScanEvent.from_model)


async def shipments(
    info: Info, filter: ShipmentFilter | None, first: int | None, after: str | None
) -> ShipmentConnection:
    query = svc.visible_shipments(principal_of(info))
    if filter is not None:
        if filter.order:
            query = query.filter(order_id=pk_of(filter.order, "Order") or -1)
        if filter.carrier:
            query = query.filter(carrier__code=filter.carrier)
        if filter.status:
            query = query.filter(status__in=[s.value for s in filter.status])
        if filter.tracking_number:
            query = query.filter(tracking_number=filter.tracking_number)
    return connection(await page_of(info, query, first=first, after=after), Shipment.from_model)


async def pick_task_events(info: Info, warehouse: str, after: str | None) -> AsyncIterator[PickTaskEvent]:
    principal = principal_of(info)
    if principal.role is Role.WAREHOUSE and principal.scope != warehouse:
        raise PublicError("Warehouse not found.", "NOT_FOUND")
    found = await WarehouseRow.get_or_none(code=warehouse)
    if found is None:
        raise PublicError("Warehouse not found.", "NOT_FOUND")

    def accept(env: Envelope) -> bool:
        return env.payload.get("warehouse_id") == found.id

    async for env in stream(info, topics={svc.PICK_TOPIC}, after=after, accept=accept):
        row = await PickTaskRow.get_or_none(id=env.aggregate_id)
        yield PickTaskEvent(
            cursor=env.cursor,
            occurred_at=env.occurred_at,
            kind=str(env.payload["kind"]),
            task=PickTask.from_model(row) if row else None,
        )


async def shipment_events(
    info: Info, shipment_id: str | None, tracking_number: str | None, after: str | None
) -> AsyncIterator[ShipmentEvent]:
    principal = principal_of(info)
    visible = svc.visible_shipments(principal)
    wanted: int | None = None
    if shipment_id is not None:
        pk = pk_of(shipment_id, "Shipment")
        row = await visible.get_or_none(id=pk) if pk is not None else None
        if row is None:
            raise PublicError("Shipment not found.", "NOT_FOUND")
        wanted = row.id
    if tracking_number is not None:
        row = await visible.get_or_none(tracking_number=tracking_number)
        if row is None or (wanted is not None and row.id != wanted):
            raise PublicError("Shipment not found.", "NOT_FOUND")
        wanted = row.id
    memo: dict[int, bool] = {}

    def accept(env: Envelope) -> bool:
        return wanted is None or env.aggregate_id == wanted

    async for env in stream(info, topics={svc.SHIPMENT_TOPIC}, after=after, accept=accept):
        # Only "visible" is remembered: a carrier's shipment becomes visible on dispatch.
        if env.aggregate_id not in memo:
            if not await visible.filter(id=env.aggregate_id).exists():
                continue
            if len(memo) > 10_000:
                memo.clear()
            memo[env.aggregate_id] = True
        row = await ShipmentRow.get_or_none(id=env.aggregate_id)
        yield ShipmentEvent(
            cursor=env.cursor,
            occurred_at=env.occurred_at,
            kind=str(env.payload["kind"]),
            status=ShipmentStatusModel(env.payload["status"]),
            shipment=Shipment.from_model(row) if row else None,
        )
