"""Shipping: packing picked units into shipments and handing them to carriers.

A shipment's status is written only by `move_shipment` (table: `SHIPMENT_LIFECYCLE`); carrier
progress after dispatch is `services.tracking`. The order follows through
`services.order_status.transition`: every task done and packed -> PACKED; dispatch ->
PARTIALLY_SHIPPED / SHIPPED.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet

from models.access import Role
from models.catalog import Carrier
from models.event_kinds import ShipmentEventKind
from models.fulfilment import Package, PickTask, PickTaskLine, PickTaskStatus, Shipment, ShipmentLine, ShipmentStatus
from models.inventory import AllocationStatus, MovementReason
from models.orders import Order, OrderLine, OrderStatus
from services.access import Principal, scoped
from services.allocation import consume, units_shipped
from services.errors import DomainError, ErrorCode, Problem, not_found
from services.lifecycle import Lifecycle
from services.order_status import transition
from services.picking import WORKABLE, task_for_update
from services.reactions import Within, run_within
from services.stock import StockChange, apply_changes, lock_rows
from services.uow import unit_of_work
from subscriptions.outbox import NewEvent, record_events
from subscriptions.topics import SHIPMENT_CHANGED

S = ShipmentStatus
CARRIER_STATUSES = frozenset({S.IN_TRANSIT, S.OUT_FOR_DELIVERY, S.DELIVERED, S.EXCEPTION})
SHIPMENT_LIFECYCLE = Lifecycle(
    ShipmentStatus,
    {
        S.PACKED: frozenset({S.DISPATCHED, S.CANCELLED}),
        S.DISPATCHED: CARRIER_STATUSES,
        # Carrier reports arrive out of order: the shipment shows the latest by occurrence.
        S.IN_TRANSIT: CARRIER_STATUSES,
        S.OUT_FOR_DELIVERY: CARRIER_STATUSES,
        S.EXCEPTION: CARRIER_STATUSES,
        S.DELIVERED: frozenset(),
        S.CANCELLED: frozenset(),  # the order was cancelled before dispatch
    },
    touch=None,
)


@dataclass(frozen=True)
class PackageDraft:
    weight_grams: int
    length_mm: int | None = None
    width_mm: int | None = None
    height_mm: int | None = None


# Whose shipments a scoped role sees (a drop-shipped one has no warehouse: staff and its carrier).
SHIPMENT_OWNERS = {
    Role.WAREHOUSE: "warehouse__code",
    Role.CARRIER: "carrier__code",
    Role.CUSTOMER: "order__customer__email",
    Role.CHANNEL: "order__channel__code",
}


def visible_shipments(principal: Principal) -> QuerySet[Shipment]:
    return scoped(Shipment.all(), principal, SHIPMENT_OWNERS)


def sees_contents(principal: Principal) -> bool:
    """What is in a shipment (its lines) is for everyone who may see the shipment except the
    carrier: it moves the box to the address on it (shipTo, recipientName) and needs no more."""
    return principal.role is not Role.CARRIER


@dataclass(frozen=True)
class ShipmentSearch:
    order_id: int | None = None
    carrier: str | None = None
    statuses: list[ShipmentStatus] | None = None
    tracking_number: str | None = None


def search_shipments(principal: Principal, criteria: ShipmentSearch) -> QuerySet[Shipment]:
    query = visible_shipments(principal)
    if criteria.order_id is not None:
        query = query.filter(order_id=criteria.order_id)
    if criteria.carrier:
        query = query.filter(carrier__code=criteria.carrier)
    if criteria.statuses:
        query = query.filter(status__in=[s.value for s in criteria.statuses])
    if criteria.tracking_number:
        query = query.filter(tracking_number=criteria.tracking_number)
    return query


async def get_shipment(principal: Principal, shipment_id: int) -> Shipment | None:
    return await visible_shipments(principal).get_or_none(id=shipment_id)


async def require_followed_shipment(
    principal: Principal, *, shipment_id: int | None, tracking_number: str | None
) -> int | None:
    """The one shipment a live subscriber asks to follow (by id and/or tracking number, both
    naming the same one), None for all of its shipments; NOT_FOUND when not the caller's."""
    wanted: int | None = None
    if shipment_id is not None:
        row = await get_shipment(principal, shipment_id)
        if row is None:
            raise DomainError.one(ErrorCode.NOT_FOUND, "Shipment not found.")
        wanted = row.id
    if tracking_number is not None:
        row = await visible_shipments(principal).get_or_none(tracking_number=tracking_number)
        if row is None or (wanted is not None and row.id != wanted):
            raise DomainError.one(ErrorCode.NOT_FOUND, "Shipment not found.")
        wanted = row.id
    return wanted


class ShipmentScope:
    """Which shipment events a live subscriber may hear, without a query per event: a shipment
    once visible stays so (a carrier's becomes visible on dispatch, so "not yet" is not kept)."""

    _MEMO_LIMIT = 10_000

    def __init__(self, principal: Principal) -> None:
        self._visible = visible_shipments(principal)
        self._seen: set[int] = set()

    async def allows(self, shipment_id: int) -> bool:
        if shipment_id in self._seen:
            return True
        if not await self._visible.filter(id=shipment_id).exists():
            return False
        if len(self._seen) >= self._MEMO_LIMIT:
            self._seen.clear()
        self._seen.add(shipment_id)
        return True


def shipment_event(shipment: Shipment, kind: ShipmentEventKind) -> NewEvent:
    return NewEvent(
        topic=SHIPMENT_CHANGED,
        aggregate_type="shipment",
        aggregate_id=shipment.id,
        payload={
            "shipment_id": shipment.id,
            "order_id": shipment.order_id,
            "warehouse_id": shipment.warehouse_id,
            "carrier_id": shipment.carrier_id,
            "tracking_number": shipment.tracking_number,
            "kind": kind.value,
            "status": ShipmentStatus(shipment.status).value,
        },
    )


async def move_shipment(
    shipment: Shipment, to: ShipmentStatus, *, conn: BaseDBAsyncClient, message: str, field: str, **changes: object
) -> None:
    """The one writer of a shipment's status (checked, compare-and-set); the caller records the event."""
    await SHIPMENT_LIFECYCLE.move(
        shipment,
        to,
        conn=conn,
        message=message,
        field=field,
        conflict="The shipment was changed meanwhile; reload and try again.",
        **changes,
    )
    await run_within(Within.SHIPMENT_MOVED, conn, shipment)


def _package_problems(packages: list[PackageDraft]) -> list[Problem]:
    problems = []
    if not packages:
        problems.append(Problem(ErrorCode.REQUIRED, "A shipment needs at least one package.", ("packages",)))
    for i, p in enumerate(packages):
        if not 0 < p.weight_grams <= 1_000_000:
            problems.append(
                Problem(ErrorCode.INVALID, "weightGrams must be positive.", ("packages", str(i), "weightGrams"))
            )
        for name, value in (("lengthMm", p.length_mm), ("widthMm", p.width_mm), ("heightMm", p.height_mm)):
            if value is not None and not 0 < value <= 10_000:
                problems.append(Problem(ErrorCode.INVALID, f"{name} must be positive.", ("packages", str(i), name)))
    return problems


def require_not_held(order: Order) -> None:
    if order.status == OrderStatus.ON_HOLD:
        raise DomainError.one(
            ErrorCode.ORDER_ON_HOLD, f"Order {order.number} is on hold: release it before shipping.", ["id"]
        )


async def all_work_packed(order_id: int, conn: BaseDBAsyncClient) -> bool:
    """Every pick task of the order is finished, and every finished one is packed (or was
    cancelled): what moves an order to PACKED."""
    unfinished = (
        await PickTask.filter(order_id=order_id, status__in=[*WORKABLE, PickTaskStatus.ON_HOLD]).using_db(conn).exists()
    )
    unpacked = (
        await PickTask.filter(order_id=order_id, status=PickTaskStatus.DONE, shipments__id__isnull=True)
        .using_db(conn)
        .exists()
    )
    return not unfinished and not unpacked


async def pack(principal: Principal, *, task_id: int, packages: list[PackageDraft]) -> Shipment:
    """Put a finished task's picked units into a shipment with its packages."""
    problems = _package_problems(packages)
    if problems:
        raise DomainError(problems)
    async with unit_of_work() as conn:
        task = await task_for_update(principal, task_id, conn)
        # Locked before the checks (tasks, then the order: the order cancellation locks that way too).
        order = await Order.filter(id=task.order_id).using_db(conn).select_for_update().get()
        require_not_held(order)
        if task.status != PickTaskStatus.DONE:
            raise DomainError.one(
                ErrorCode.INVALID_TRANSITION, f"Task is {task.status}; finish picking first.", ["task"]
            )
        if await Shipment.filter(task_id=task.id).using_db(conn).exists():
            raise DomainError.one(ErrorCode.DUPLICATE, "This task is already packed.", ["task"])
        lines = [ln for ln in await PickTaskLine.filter(task_id=task.id).using_db(conn) if ln.picked_quantity]
        if not lines:
            raise DomainError.one(ErrorCode.INVALID, "Nothing was picked on this task.", ["task"])
        shipment = await Shipment.create(
            order_id=task.order_id, warehouse_id=task.warehouse_id, task_id=task.id, using_db=conn
        )
        await ShipmentLine.bulk_create(
            [
                ShipmentLine(shipment_id=shipment.id, product_id=ln.product_id, sku=ln.sku, quantity=ln.picked_quantity)
                for ln in lines
            ],
            using_db=conn,
        )
        await Package.bulk_create(
            [
                Package(
                    shipment_id=shipment.id,
                    weight_grams=p.weight_grams,
                    length_mm=p.length_mm,
                    width_mm=p.width_mm,
                    height_mm=p.height_mm,
                )
                for p in packages
            ],
            using_db=conn,
        )
        await record_events([shipment_event(shipment, ShipmentEventKind.PACKED)], using_db=conn)
        if order.status == OrderStatus.PICKING and await all_work_packed(order.id, conn):
            await transition(
                order, OrderStatus.PACKED, reason="all picked units packed", actor=principal.actor, using_db=conn
            )
    return shipment


async def dispatching_carrier(carrier: str, tracking_number: str) -> Carrier:
    """The carrier a shipment is handed to, with its tracking number checked (ours and drop-shipped)."""
    if not tracking_number.strip() or len(tracking_number) > 64:
        raise DomainError.one(ErrorCode.INVALID, "trackingNumber must be 1-64 characters.", ["trackingNumber"])
    found_carrier = await Carrier.get_or_none(code=carrier)
    if found_carrier is None:
        raise DomainError.one(ErrorCode.NOT_FOUND, f"Carrier {carrier!r} not found.", ["carrier"])
    return found_carrier


async def dispatch(principal: Principal, *, shipment_id: int, carrier: str, tracking_number: str) -> Shipment:
    """Hand a packed shipment to a carrier: stock leaves (SHIP), the order ships."""
    found_carrier = await dispatching_carrier(carrier, tracking_number)
    try:
        async with unit_of_work() as conn:
            shipment = (
                await visible_shipments(principal).filter(id=shipment_id).using_db(conn).select_for_update().first()
            )
            if shipment is None:
                raise not_found("Shipment", ["shipment"])
            SHIPMENT_LIFECYCLE.require(
                S(shipment.status),
                S.DISPATCHED,
                message=f"Shipment is {shipment.status}; only packed ones dispatch.",
                field="shipment",
            )
            warehouse_id = shipment.warehouse_id
            assert warehouse_id is not None  # packed ones are ours; a drop-shipped one is born DISPATCHED
            order = await Order.filter(id=shipment.order_id).using_db(conn).select_for_update().get()
            require_not_held(order)
            lines = await ShipmentLine.filter(shipment_id=shipment.id).using_db(conn)
            rows = await lock_rows(conn, product_ids=[ln.product_id for ln in lines], warehouse_ids=[warehouse_id])
            reference = f"order:{order.number}"
            await apply_changes(
                conn,
                [
                    StockChange(
                        rows[(ln.product_id, warehouse_id)],
                        MovementReason.SHIP,
                        on_hand_delta=-ln.quantity,
                        reserved_delta=-ln.quantity,
                        reference=reference,
                    )
                    for ln in sorted(lines, key=lambda ln: rows[(ln.product_id, warehouse_id)].id)
                ],
                actor=principal.actor,
            )
            for ln in lines:
                await consume(
                    conn,
                    order_id=order.id,
                    product_id=ln.product_id,
                    warehouse_id=warehouse_id,
                    quantity=ln.quantity,
                    to=AllocationStatus.SHIPPED,
                )
            await move_shipment(
                shipment,
                S.DISPATCHED,
                conn=conn,
                message=f"Shipment is {shipment.status}; only packed ones dispatch.",
                field="shipment",
                carrier_id=found_carrier.id,
                tracking_number=tracking_number.strip(),
                dispatched_at=datetime.now(UTC),
            )
            await record_events([shipment_event(shipment, ShipmentEventKind.DISPATCHED)], using_db=conn)
            await settle_shipping(order, principal.actor, conn)
    except IntegrityError as exc:
        raise DomainError.one(
            ErrorCode.DUPLICATE, "That tracking number is already in use.", ["trackingNumber"]
        ) from exc
    return shipment


async def settle_shipping(order: Order, actor: str, conn: BaseDBAsyncClient) -> None:
    """PARTIALLY_SHIPPED / SHIPPED by the units shipped so far (drop-shipped ones included)."""
    ordered = sum(ln.quantity for ln in await OrderLine.filter(order_id=order.id).using_db(conn))
    shipped = await units_shipped(order.id, conn)
    target = OrderStatus.SHIPPED if shipped >= ordered else OrderStatus.PARTIALLY_SHIPPED
    if order.status != target:
        await transition(order, target, reason=f"{shipped} of {ordered} units shipped", actor=actor, using_db=conn)
