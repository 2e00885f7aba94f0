"""Returns, refunds and public tracking."""

from __future__ import annotations

from models.fulfilment import ShipmentStatus as ShipmentStatusModel
from models.orders import OrderStatus as OrderStatusModel
from models.returns import ReturnCondition as ReturnConditionModel
from models.returns import ReturnLine as ReturnLineRow
from models.returns import ReturnRequest as ReturnRequestRow
from resolvers.context import Info, principal_of
from resolvers.errors import throttled
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
from services.throttle import Throttled
from services.tracking import track_order


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
    context = info.context
    try:
        tracking = await track_order(number=number, email=email, client=context.client_address, limits=context.limits)
    except Throttled as exc:
        raise throttled(exc) from None
    if tracking is None:
        return None
    return OrderTracking(
        number=tracking.order.number,
        status=OrderStatusModel(tracking.order.status),
        placed_at=tracking.order.created_at,
        estimated_delivery_at=tracking.estimated_delivery_at,
        shipments=[
            TrackedShipment(
                status=ShipmentStatusModel(t.shipment.status),
                carrier=t.carrier_name,
                tracking_number=t.shipment.tracking_number,
                estimated_delivery_at=t.shipment.estimated_delivery_at,
                delivered_at=t.shipment.delivered_at,
                events=[
                    TrackingEvent(
                        status=ShipmentStatusModel(e.status),
                        occurred_at=e.occurred_at,
                        location=e.location,
                        estimated_delivery_at=e.estimated_delivery_at,
                    )
                    for e in t.events
                ],
            )
            for t in tracking.shipments
        ],
    )
