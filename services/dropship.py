"""Drop-shipping: the lines a supplier ships for us, as fulfilment services do in Saleor and
Shopify. One request per (order, supplier), opened when allocation routes lines to the
supplier (the DROP_SHIP_ROUTED reaction); the supplier confirms it, then dispatches it with a
carrier and tracking number, which makes a shipment like our own (tracked, delivered, shown
by orderTrack) and ships the order through `shipping.settle_shipping`. A cancelled order
cancels its open requests (the ORDER_CANCELLED reaction). Both reactions are wired in
`services.wiring`.

A request's status is written only by `move_request` (table: `DROP_SHIP_LIFECYCLE`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet

from models.access import Role
from models.catalog import Product, Supplier
from models.dropship import DropShipLine, DropShipRequest, DropShipStatus
from models.event_kinds import ShipmentEventKind
from models.fulfilment import Shipment, ShipmentLine, ShipmentStatus
from models.orders import Order, OrderStatus
from services.access import Principal, scoped
from services.allocation import DropShipRouted, ship_drop_ship
from services.errors import DomainError, ErrorCode, not_found
from services.lifecycle import Lifecycle
from services.shipping import dispatching_carrier, move_shipment, settle_shipping, shipment_event
from services.uow import unit_of_work
from subscriptions.outbox import NewEvent, record_events
from subscriptions.topics import DROP_SHIP_REQUEST_CHANGED

D = DropShipStatus
DROP_SHIP_LIFECYCLE = Lifecycle(
    DropShipStatus,
    {
        D.REQUESTED: frozenset({D.CONFIRMED, D.CANCELLED}),
        D.CONFIRMED: frozenset({D.SHIPPED, D.CANCELLED}),
        D.SHIPPED: frozenset(),
        D.CANCELLED: frozenset(),
    },
)
OPEN = (D.REQUESTED, D.CONFIRMED)
# Orders whose drop-shipped lines may leave: allocated, being picked or shipped in part
# (not on hold, not cancelled).
SHIPPABLE = frozenset(
    {
        OrderStatus.ALLOCATED,
        OrderStatus.PARTIALLY_ALLOCATED,
        OrderStatus.PICKING,
        OrderStatus.PACKED,
        OrderStatus.PARTIALLY_SHIPPED,
    }
)


# --- scoping -------------------------------------------------------------------------------


def visible_drop_ship_requests(principal: Principal) -> QuerySet[DropShipRequest]:
    return scoped(DropShipRequest.all(), principal, {Role.SUPPLIER: "supplier__code"})


@dataclass(frozen=True)
class DropShipSearch:
    statuses: list[DropShipStatus] | None = None
    supplier: str | None = None
    order_id: int | None = None


def search_drop_ship_requests(principal: Principal, criteria: DropShipSearch) -> QuerySet[DropShipRequest]:
    query = visible_drop_ship_requests(principal)
    if criteria.statuses:
        query = query.filter(status__in=[s.value for s in criteria.statuses])
    if criteria.supplier:
        query = query.filter(supplier__code=criteria.supplier)
    if criteria.order_id is not None:
        query = query.filter(order_id=criteria.order_id)
    return query


async def get_drop_ship_request(principal: Principal, request_id: int) -> DropShipRequest | None:
    return await visible_drop_ship_requests(principal).get_or_none(id=request_id)


class DropShipScope:
    """Which `drop_ship_request.changed` events a live subscriber may hear, from the event's
    payload alone (its supplier id): staff all, a SUPPLIER its own, nobody else any."""

    def __init__(self, principal: Principal) -> None:
        self._principal = principal
        self._supplier_id: int | None = None
        self._resolved = principal.is_staff or principal.role is not Role.SUPPLIER

    async def allows(self, payload: dict[str, object]) -> bool:
        if self._principal.is_staff:
            return True
        if not self._resolved:  # the supplier's id, read once per subscription
            supplier = await Supplier.get_or_none(code=self._principal.scope)
            self._supplier_id = supplier.id if supplier else None
            self._resolved = True
        return self._supplier_id is not None and payload.get("supplier_id") == self._supplier_id


# --- the one writer of a request's status ---------------------------------------------------


def request_event(request: DropShipRequest, previous: DropShipStatus | None) -> NewEvent:
    return NewEvent(
        topic=DROP_SHIP_REQUEST_CHANGED,
        aggregate_type="drop_ship_request",
        aggregate_id=request.id,
        payload={
            "drop_ship_request_id": request.id,
            "order_id": request.order_id,
            "supplier_id": request.supplier_id,
            "previous_status": previous.value if previous else None,
            "status": DropShipStatus(request.status).value,
        },
    )


async def move_request(
    request: DropShipRequest, to: DropShipStatus, *, conn: BaseDBAsyncClient, **changes: object
) -> None:
    """Checked compare-and-set of the status, with its `drop_ship_request.changed` event."""
    previous = await DROP_SHIP_LIFECYCLE.move(
        request,
        to,
        conn=conn,
        message=f"The drop-ship request is {DropShipStatus(request.status).value}; it cannot become {to.value}.",
        field="id",
        conflict="The drop-ship request was changed meanwhile; reload and try again.",
        **changes,
    )
    await record_events([request_event(request, previous)], using_db=conn)


# --- reactions (wired in services.wiring) ---------------------------------------------------


async def open_requests(conn: BaseDBAsyncClient, routed: DropShipRouted) -> None:
    """DROP_SHIP_ROUTED: add the routed lines to the order's request for each supplier."""
    by_supplier: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for line in routed.lines:
        by_supplier[line.supplier_id].append((line.product_id, line.quantity))
    skus = dict(
        await Product.filter(id__in=[ln.product_id for ln in routed.lines]).using_db(conn).values_list("id", "sku")
    )
    events = []
    for supplier_id, lines in sorted(by_supplier.items()):
        request = await DropShipRequest.filter(order_id=routed.order.id, supplier_id=supplier_id).using_db(conn).first()
        if request is None:
            request = await DropShipRequest.create(order_id=routed.order.id, supplier_id=supplier_id, using_db=conn)
            events.append(request_event(request, None))
        await DropShipLine.bulk_create(
            [DropShipLine(request_id=request.id, product_id=p, sku=skus[p], quantity=q) for p, q in lines],
            using_db=conn,
        )
    await record_events(events, using_db=conn)


async def cancel_requests(conn: BaseDBAsyncClient, order: Order) -> None:
    """ORDER_CANCELLED: the order's open requests are cancelled (the supplier sees it)."""
    for request in await DropShipRequest.filter(order_id=order.id, status__in=list(OPEN)).using_db(conn):
        await move_request(request, D.CANCELLED, conn=conn)


# --- the supplier's actions -----------------------------------------------------------------


async def _request_for_update(principal: Principal, request_id: int, conn: BaseDBAsyncClient) -> DropShipRequest:
    request = (
        await visible_drop_ship_requests(principal).filter(id=request_id).using_db(conn).select_for_update().first()
    )
    if request is None:
        raise not_found("Drop-ship request", ["id"])
    return request


async def confirm_request(principal: Principal, *, request_id: int) -> DropShipRequest:
    """The supplier accepts the request: it will ship the lines."""
    async with unit_of_work() as conn:
        request = await _request_for_update(principal, request_id, conn)
        await move_request(request, D.CONFIRMED, conn=conn, confirmed_at=datetime.now(UTC))
    return request


async def dispatch_request(
    principal: Principal, *, request_id: int, carrier: str, tracking_number: str
) -> tuple[DropShipRequest, Shipment]:
    """The supplier hands the lines to a carrier: a dispatched shipment (tracked like ours),
    the supplier's allocations SHIPPED, and the order SHIPPED once every unit has left."""
    found_carrier = await dispatching_carrier(carrier, tracking_number)
    found = await get_drop_ship_request(principal, request_id)
    if found is None:
        raise not_found("Drop-ship request", ["id"])
    try:
        async with unit_of_work() as conn:
            # The order first, as cancelling does (order, then its requests): no lock cycle.
            order = await Order.filter(id=found.order_id).using_db(conn).select_for_update().get()
            request = await _request_for_update(principal, request_id, conn)
            DROP_SHIP_LIFECYCLE.require(
                D(request.status),
                D.SHIPPED,
                message=f"The drop-ship request is {DropShipStatus(request.status).value}; "
                "only a confirmed one can be dispatched.",
                field="id",
            )
            if order.status not in SHIPPABLE:
                raise DomainError.one(
                    ErrorCode.INVALID_TRANSITION, f"Order {order.number} is {order.status}; it cannot ship.", ["id"]
                )
            shipment = await Shipment.create(order_id=order.id, drop_ship_request_id=request.id, using_db=conn)
            lines = await DropShipLine.filter(request_id=request.id).using_db(conn).order_by("id")
            await ShipmentLine.bulk_create(
                [
                    ShipmentLine(shipment_id=shipment.id, product_id=ln.product_id, sku=ln.sku, quantity=ln.quantity)
                    for ln in lines
                ],
                using_db=conn,
            )
            now = datetime.now(UTC)
            await move_shipment(
                shipment,
                ShipmentStatus.DISPATCHED,
                conn=conn,
                message="The shipment was dispatched already.",
                field="id",
                carrier_id=found_carrier.id,
                tracking_number=tracking_number.strip(),
                dispatched_at=now,
            )
            await record_events([shipment_event(shipment, ShipmentEventKind.DISPATCHED)], using_db=conn)
            await ship_drop_ship(conn, order_id=order.id, supplier_id=request.supplier_id)
            await move_request(request, D.SHIPPED, conn=conn, shipped_at=now)
            await settle_shipping(order, principal.actor, conn)
    except IntegrityError as exc:
        raise DomainError.one(
            ErrorCode.DUPLICATE, "That tracking number is already in use.", ["trackingNumber"]
        ) from exc
    return request, shipment
