"""Returns, refunds and public tracking."""

from __future__ import annotations

from models.catalog import Carrier as CarrierRow
from models.fulfilment import Shipment as ShipmentRow
from models.fulfilment import ShipmentStatus as ShipmentStatusModel
from models.fulfilment import TrackingEvent as TrackingEventRow
from models.orders import OrderStatus as OrderStatusModel
from models.returns import ReturnCondition as ReturnConditionModel
from models.returns import ReturnLine as ReturnLineRow
from models.returns import ReturnRequest as ReturnRequestRow
from resolvers.context import Info, principal_of
from schema.common import pk_of, user_errors
from schema.fulfilment import TrackingEvent
from schema.returns import (
    OrderTracking,
    Refund,
    RefundRecordInput,
    RefundRecordPayload,
    ReturnReceiveInput,
    ReturnRequest,
    ReturnRequestInput,
    ReturnRequestPayload,
    TrackedShipment,
)
from services import returns as svc
from services.errors import DomainError, not_found
from services.orders import find_order_for_tracking


def _pk(global_id: str, type_name: str, field: str) -> int:
    pk = pk_of(global_id, type_name)
    if pk is None:
        raise not_found("Order" if type_name == "Order" else "Return", [field])
    return pk


async def _payload(row: ReturnRequestRow) -> ReturnRequest:
    return ReturnRequest.from_model(row, list(await ReturnLineRow.filter(return_request_id=row.id).order_by("id")))


async def return_request(info: Info, data: ReturnRequestInput) -> ReturnRequestPayload:
    try:
        rma = await svc.request_return(
            principal_of(info),
            order_id=_pk(data.order, "Order", "order"),
            lines=[svc.ReturnLineDraft(sku=ln.sku, quantity=ln.quantity, reason=ln.reason) for ln in data.lines],
        )
    except DomainError as error:
        return ReturnRequestPayload(user_errors=user_errors(error))
    return ReturnRequestPayload(return_request=await _payload(rma))


async def return_receive(info: Info, data: ReturnReceiveInput) -> ReturnRequestPayload:
    try:
        rma = await svc.receive_return(
            principal_of(info),
            return_id=_pk(data.id, "ReturnRequest", "id"),
            warehouse=data.warehouse,
            lines=[
                svc.ReceivedLine(sku=ln.sku, quantity=ln.quantity, condition=ReturnConditionModel(ln.condition))
                for ln in data.lines
            ],
        )
    except DomainError as error:
        return ReturnRequestPayload(user_errors=user_errors(error))
    return ReturnRequestPayload(return_request=await _payload(rma))


async def refund_record(info: Info, data: RefundRecordInput) -> RefundRecordPayload:
    try:
        refund = await svc.record_refund(
            principal_of(info),
            order_id=_pk(data.order, "Order", "order"),
            amount=data.amount,
            return_id=_pk(data.return_id, "ReturnRequest", "returnId") if data.return_id else None,
            note=data.note,
        )
    except DomainError as error:
        return RefundRecordPayload(user_errors=user_errors(error))
    return RefundRecordPayload(refund=Refund.from_model(refund))


async def order_track(info: Info, number: str, email: str) -> OrderTracking | None:
    order = await find_order_for_tracking(number=number, email=email)
    if order is None:
        return None
    shipments = await ShipmentRow.filter(order_id=order.id, dispatched_at__isnull=False).order_by("id")
    events = await TrackingEventRow.filter(shipment_id__in=[s.id for s in shipments])
    carriers = {c.id: c.name for c in await CarrierRow.filter(id__in=[s.carrier_id for s in shipments if s.carrier_id])}
    tracked = []
    for s in shipments:
        mine = sorted((e for e in events if e.shipment_id == s.id), key=lambda e: (e.occurred_at, e.id), reverse=True)
        tracked.append(
            TrackedShipment(
                status=ShipmentStatusModel(s.status),
                carrier=carriers.get(s.carrier_id) if s.carrier_id else None,
                tracking_number=s.tracking_number,
                estimated_delivery_at=s.estimated_delivery_at,
                delivered_at=s.delivered_at,
                events=[
                    TrackingEvent(
                        status=ShipmentStatusModel(e.status),
                        occurred_at=e.occurred_at,
                        location=e.location,
                        estimated_delivery_at=e.estimated_delivery_at,
                    )
                    for e in mine
                ],
            )
        )
    etas = [t.estimated_delivery_at for t in tracked if t.estimated_delivery_at and t.delivered_at is None]
    return OrderTracking(
        number=order.number,
        status=OrderStatusModel(order.status),
        placed_at=order.created_at,
        estimated_delivery_at=max(etas) if etas else None,
        shipments=tracked,
    )
