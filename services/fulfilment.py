"""Warehouse execution: pick tasks, scans, shorts, packing, dispatch, carrier tracking.

Order status moves through `services.order_status.transition` only:
first accepted scan -> PICKING; every task done and packed -> PACKED; dispatch ->
PARTIALLY_SHIPPED / SHIPPED; every shipment delivered -> DELIVERED.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from models.access import Role
from models.catalog import Carrier, Product, Warehouse
from models.fulfilment import (
    Package,
    PickTask,
    PickTaskLine,
    PickTaskStatus,
    ScanEvent,
    ScanResult,
    Shipment,
    ShipmentLine,
    ShipmentStatus,
    TrackingEvent,
)
from models.inventory import Allocation, AllocationStatus, MovementReason
from models.orders import Order, OrderLine, OrderStatus
from services.access import Principal
from services.errors import DomainError, ErrorCode, Problem, not_found
from services.order_status import transition
from services.sql import is_postgres, sql
from services.stock import StockChange, apply_changes, lock_rows
from subscriptions.outbox import NewEvent, after_commit, record_events

T = PickTaskStatus
PICK_TOPIC = "pick_task.changed"
SHIPMENT_TOPIC = "shipment.changed"
ACTIVE = (T.ASSIGNED, T.IN_PROGRESS)
CARRIER_STATUSES = frozenset(
    {ShipmentStatus.IN_TRANSIT, ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERED, ShipmentStatus.EXCEPTION}
)
MAX_UNITS = 1_000_000


@dataclass(frozen=True)
class PickRequest:
    """Units reserved for an order at a warehouse, to be picked."""

    product_id: int
    warehouse_id: int
    quantity: int


@dataclass(frozen=True)
class ScanOutcome:
    task: PickTask
    result: ScanResult
    message: str | None
    sku: str | None
    replayed: bool


@dataclass(frozen=True)
class PackageDraft:
    weight_grams: int
    length_mm: int | None = None
    width_mm: int | None = None
    height_mm: int | None = None


# --- scoping ---------------------------------------------------------------------------------


def visible_tasks(principal: Principal) -> QuerySet[PickTask]:
    query = PickTask.all()
    if principal.is_staff:
        return query
    if principal.role is Role.WAREHOUSE:
        return query.filter(warehouse__code=principal.scope)
    return query.filter(id__in=[])


def visible_shipments(principal: Principal) -> QuerySet[Shipment]:
    query = Shipment.all()
    if principal.is_staff:
        return query
    if principal.role is Role.WAREHOUSE:
        return query.filter(warehouse__code=principal.scope)
    if principal.role is Role.CARRIER:
        return query.filter(carrier__code=principal.scope)
    if principal.role is Role.CUSTOMER:
        return query.filter(order__customer__email=principal.scope)
    if principal.role is Role.CHANNEL:
        return query.filter(order__channel__code=principal.scope)
    return query.filter(id__in=[])


async def _task_for_update(principal: Principal, task_id: int, conn: BaseDBAsyncClient) -> PickTask:
    task = await visible_tasks(principal).filter(id=task_id).using_db(conn).select_for_update().first()
    if task is None:
        raise not_found("Pick task", ["task"])
    return task


def _task_event(task: PickTask, kind: str) -> NewEvent:
    return NewEvent(
        topic=PICK_TOPIC,
        aggregate_type="pick_task",
        aggregate_id=task.id,
        payload={
            "task_id": task.id,
            "order_id": task.order_id,
            "warehouse_id": task.warehouse_id,
            "kind": kind,
            "status": PickTaskStatus(task.status).value,
            "assignee": task.assignee,
        },
    )


def _shipment_event(shipment: Shipment, kind: str) -> NewEvent:
    return NewEvent(
        topic=SHIPMENT_TOPIC,
        aggregate_type="shipment",
        aggregate_id=shipment.id,
        payload={
            "shipment_id": shipment.id,
            "order_id": shipment.order_id,
            "warehouse_id": shipment.warehouse_id,
            "carrier_id": shipment.carrier_id,
            "tracking_number": shipment.tracking_number,
            "kind": kind,
            "status": ShipmentStatus(shipment.status).value,
        },
    )


# --- task creation (called from allocation) ---------------------------------------------------


async def create_pick_tasks(
    order: Order,
    requests: list[PickRequest],
    *,
    conn: BaseDBAsyncClient,
    may_exist: bool = True,
    products: dict[int, Product] | None = None,
) -> None:
    """Turn new reservations into picking work: one task per (order, warehouse), added to
    the warehouse's OPEN task for the order when there is one."""
    if not requests:
        return
    by_warehouse: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for r in requests:
        by_warehouse[r.warehouse_id][r.product_id] += r.quantity
    wanted = sorted({r.product_id for r in requests})
    if products is None or not set(wanted) <= set(products):
        products = {p.id: p for p in await Product.filter(id__in=wanted).using_db(conn)}
    events: list[NewEvent] = []
    new_lines: list[PickTaskLine] = []
    for warehouse_id, units in sorted(by_warehouse.items()):
        task = None
        if may_exist:
            task = (
                await PickTask.filter(order_id=order.id, warehouse_id=warehouse_id, status=T.OPEN)
                .using_db(conn)
                .first()
            )
        if task is None:
            task = await PickTask.create(order_id=order.id, warehouse_id=warehouse_id, using_db=conn)
            events.append(_task_event(task, "CREATED"))
            existing: dict[int, PickTaskLine] = {}
        else:
            existing = {ln.product_id: ln for ln in await PickTaskLine.filter(task_id=task.id).using_db(conn)}
            events.append(_task_event(task, "UPDATED"))
        for product_id, quantity in sorted(units.items()):
            if product_id in existing:
                line = existing[product_id]
                await PickTaskLine.filter(id=line.id).using_db(conn).update(quantity=line.quantity + quantity)
            else:
                product = products[product_id]
                new_lines.append(
                    PickTaskLine(
                        task_id=task.id,
                        product_id=product_id,
                        sku=product.sku,
                        barcode=product.barcode,
                        quantity=quantity,
                    )
                )
    if new_lines:
        await PickTaskLine.bulk_create(new_lines, using_db=conn)
    await record_events(events, using_db=conn)


async def cancel_open_tasks(order: Order, *, conn: BaseDBAsyncClient) -> None:
    """The order is cancelled: its unfinished tasks are too (pickers see it live)."""
    tasks = await PickTask.filter(order_id=order.id, status__in=[T.OPEN, *ACTIVE]).using_db(conn)
    if not tasks:
        return
    await (
        PickTask.filter(id__in=[t.id for t in tasks])
        .using_db(conn)
        .update(status=T.CANCELLED, updated_at=datetime.now(UTC))
    )
    for task in tasks:
        task.status = T.CANCELLED
    await record_events([_task_event(t, "CANCELLED") for t in tasks], using_db=conn)


# --- claiming and assigning -------------------------------------------------------------------


async def claim_next_task(principal: Principal, *, warehouse: str, picker: str | None = None) -> PickTask | None:
    """Atomically take the next OPEN task of a warehouse (priority, then age); None when idle.

    On PostgreSQL, FOR UPDATE SKIP LOCKED lets concurrent pickers each get a different task
    without waiting on each other; the conditional UPDATE is the backstop everywhere.
    """
    found = await Warehouse.get_or_none(code=warehouse)
    if found is None or (principal.role is Role.WAREHOUSE and principal.scope != found.code):
        raise DomainError.one(ErrorCode.NOT_FOUND, f"Warehouse {warehouse!r} not found.", ["warehouse"])
    assignee = (picker or principal.actor)[:200]
    for _attempt in range(20):
        async with in_transaction() as conn:
            query = (
                "SELECT id FROM pick_task WHERE warehouse_id = ? AND status = ? "
                "ORDER BY priority DESC, created_at, id LIMIT 1"
            )
            if is_postgres(conn):
                query += " FOR UPDATE SKIP LOCKED"
            rows = await conn.execute_query_dict(sql(conn, query), [found.id, T.OPEN.value])
            if not rows:
                return None
            task_id = rows[0]["id"]
            updated = (
                await PickTask.filter(id=task_id, status=T.OPEN)
                .using_db(conn)
                .update(status=T.ASSIGNED, assignee=assignee, updated_at=datetime.now(UTC))
            )
            if updated != 1:
                continue  # someone else took it between our read and write (no row locks)
            task = await PickTask.filter(id=task_id).using_db(conn).get()
            await record_events([_task_event(task, "ASSIGNED")], using_db=conn)
        after_commit()
        return task
    raise DomainError.one(ErrorCode.CONFLICT, "Too many pickers at once; try again.", ["warehouse"])


async def assign_task(principal: Principal, *, task_id: int, picker: str) -> PickTask:
    if not picker.strip():
        raise DomainError.one(ErrorCode.REQUIRED, "Say who picks.", ["picker"])
    async with in_transaction() as conn:
        task = await _task_for_update(principal, task_id, conn)
        if task.status not in (T.OPEN, T.ASSIGNED):
            raise DomainError.one(
                ErrorCode.INVALID_TRANSITION,
                f"Task is {task.status}; only open or assigned tasks can be assigned.",
                ["task"],
            )
        task.status, task.assignee = T.ASSIGNED, picker.strip()[:200]
        await task.save(using_db=conn, update_fields=["status", "assignee", "updated_at"])
        await record_events([_task_event(task, "ASSIGNED")], using_db=conn)
    after_commit()
    return task


# --- scanning ------------------------------------------------------------------------------


async def scan(
    principal: Principal,
    *,
    task_id: int,
    barcode: str,
    quantity: int = 1,
    client_scan_id: str | None = None,
    device: str | None = None,
) -> ScanOutcome:
    """Record a scan. Wrong items and over-picks are logged and answered, not applied.

    A repeated `client_scan_id` returns the first answer without applying anything again.
    """
    if not 0 < quantity <= MAX_UNITS:
        raise DomainError.one(ErrorCode.INVALID_QUANTITY, "quantity must be at least 1.", ["quantity"])
    if not barcode.strip() or len(barcode) > 64:
        raise DomainError.one(ErrorCode.INVALID, "barcode must be 1-64 characters.", ["barcode"])
    if client_scan_id is not None and not 0 < len(client_scan_id) <= 64:
        raise DomainError.one(ErrorCode.INVALID, "clientScanId must be 1-64 characters.", ["clientScanId"])
    became_picking = False
    async with in_transaction() as conn:
        task = await _task_for_update(principal, task_id, conn)
        if client_scan_id is not None:
            earlier = await ScanEvent.filter(task_id=task.id, client_scan_id=client_scan_id).using_db(conn).first()
            if earlier is not None and (earlier.barcode != barcode or earlier.quantity != quantity):
                raise DomainError.one(
                    ErrorCode.IDEMPOTENCY_CONFLICT,
                    f"clientScanId {client_scan_id} was used for another scan ({earlier.barcode} x {earlier.quantity}).",
                    ["clientScanId"],
                )
            if earlier is not None:
                return ScanOutcome(
                    task,
                    ScanResult(earlier.result),
                    _message(ScanResult(earlier.result), earlier.sku, barcode),
                    earlier.sku,
                    True,
                )
        lines = await PickTaskLine.filter(task_id=task.id).using_db(conn)
        line = next((ln for ln in lines if barcode in (ln.barcode, ln.sku)), None)
        if task.status not in (T.OPEN, *ACTIVE):
            result = ScanResult.NOT_PICKABLE
        elif line is None:
            result = ScanResult.WRONG_ITEM
        elif line.picked_quantity + line.short_quantity + quantity > line.quantity:
            result = ScanResult.OVER_PICK
        else:
            result = ScanResult.ACCEPTED
        await ScanEvent.create(
            task_id=task.id,
            client_scan_id=client_scan_id,
            actor=principal.actor,
            device=device,
            barcode=barcode,
            quantity=quantity,
            result=result,
            sku=line.sku if line else None,
            using_db=conn,
        )
        if result is ScanResult.ACCEPTED:
            assert line is not None
            await PickTaskLine.filter(id=line.id).using_db(conn).update(picked_quantity=line.picked_quantity + quantity)
            if task.status != T.IN_PROGRESS:
                task.status, task.started_at = T.IN_PROGRESS, datetime.now(UTC)
                task.assignee = task.assignee or principal.actor
                await task.save(using_db=conn, update_fields=["status", "started_at", "assignee", "updated_at"])
                await record_events([_task_event(task, "STARTED")], using_db=conn)
            order = await Order.filter(id=task.order_id).using_db(conn).select_for_update().get()
            if order.status in (OrderStatus.ALLOCATED, OrderStatus.PARTIALLY_ALLOCATED):
                await transition(
                    order, OrderStatus.PICKING, reason="picking started", actor=principal.actor, using_db=conn
                )
                became_picking = True
    after_commit()
    del became_picking
    return ScanOutcome(
        task, result, _message(result, line.sku if line else None, barcode), line.sku if line else None, False
    )


def _message(result: ScanResult, sku: str | None, barcode: str) -> str | None:
    return {
        ScanResult.ACCEPTED: None,
        ScanResult.WRONG_ITEM: f"Barcode {barcode} is not on this task.",
        ScanResult.OVER_PICK: f"More {sku} than this task needs.",
        ScanResult.NOT_PICKABLE: "This task is not open for picking.",
    }[result]


# --- shorts and completion -----------------------------------------------------------------


async def report_short(
    principal: Principal, *, task_id: int, sku: str, quantity: int, note: str | None = None
) -> PickTask:
    """The picker cannot find units: they leave stock (ADJUSTMENT), the order's reservation
    shrinks, and the shortfall is sourced again (another warehouse, or backorder)."""
    if not 0 < quantity <= MAX_UNITS:
        raise DomainError.one(ErrorCode.INVALID_QUANTITY, "quantity must be at least 1.", ["quantity"])
    async with in_transaction() as conn:
        task = await _task_for_update(principal, task_id, conn)
        if task.status not in (T.OPEN, *ACTIVE):
            raise DomainError.one(ErrorCode.INVALID_TRANSITION, f"Task is {task.status}.", ["task"])
        line = await PickTaskLine.filter(task_id=task.id).filter(sku=sku).using_db(conn).first()
        if line is None:
            line = await PickTaskLine.filter(task_id=task.id, barcode=sku).using_db(conn).first()
        if line is None:
            raise DomainError.one(ErrorCode.WRONG_ITEM, f"{sku} is not on this task.", ["sku"])
        remaining = line.quantity - line.picked_quantity - line.short_quantity
        if quantity > remaining:
            raise DomainError.one(
                ErrorCode.INVALID_QUANTITY, f"Only {remaining} units of {line.sku} are still to pick.", ["quantity"]
            )
        await PickTaskLine.filter(id=line.id).using_db(conn).update(short_quantity=line.short_quantity + quantity)
        rows = await lock_rows(conn, product_ids=[line.product_id], warehouse_ids=[task.warehouse_id])
        order = await Order.filter(id=task.order_id).using_db(conn).select_for_update().get()
        await apply_changes(
            conn,
            [
                StockChange(
                    rows[(line.product_id, task.warehouse_id)],
                    MovementReason.ADJUSTMENT,
                    on_hand_delta=-quantity,
                    reserved_delta=-quantity,
                    reference=f"order:{order.number}",
                    note=note or "short pick",
                )
            ],
            actor=principal.actor,
        )
        await _shrink_reservation(order.id, line.product_id, task.warehouse_id, quantity, conn)
        await record_events([_task_event(task, "SHORT")], using_db=conn)
    after_commit()
    from services.orders import source_shortfall

    await source_shortfall(order_id=task.order_id, actor=principal.actor)
    return task


async def _shrink_reservation(
    order_id: int, product_id: int, warehouse_id: int, quantity: int, conn: BaseDBAsyncClient
) -> None:
    left = quantity
    for alloc in (
        await Allocation.filter(
            order_id=order_id, product_id=product_id, warehouse_id=warehouse_id, status=AllocationStatus.RESERVED
        )
        .using_db(conn)
        .order_by("-id")
    ):
        take = min(left, alloc.quantity)
        if take == alloc.quantity:
            await Allocation.filter(id=alloc.id).using_db(conn).update(status=AllocationStatus.RELEASED)
        else:
            await Allocation.filter(id=alloc.id).using_db(conn).update(quantity=alloc.quantity - take)
        left -= take
        if not left:
            return


async def complete_task(principal: Principal, *, task_id: int) -> PickTask:
    async with in_transaction() as conn:
        task = await _task_for_update(principal, task_id, conn)
        if task.status not in (T.OPEN, *ACTIVE):
            raise DomainError.one(ErrorCode.INVALID_TRANSITION, f"Task is {task.status}.", ["task"])
        lines = await PickTaskLine.filter(task_id=task.id).using_db(conn)
        missing = sum(ln.quantity - ln.picked_quantity - ln.short_quantity for ln in lines)
        if missing:
            raise DomainError.one(
                ErrorCode.INVALID, f"{missing} unit(s) are neither picked nor reported short.", ["task"]
            )
        task.status, task.completed_at = T.DONE, datetime.now(UTC)
        await task.save(using_db=conn, update_fields=["status", "completed_at", "updated_at"])
        await record_events([_task_event(task, "DONE")], using_db=conn)
    after_commit()
    return task


# --- packing, dispatch, tracking ---------------------------------------------------------------


async def pack(principal: Principal, *, task_id: int, packages: list[PackageDraft]) -> Shipment:
    """Put a finished task's picked units into a shipment with its packages."""
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
    if problems:
        raise DomainError(problems)
    async with in_transaction() as conn:
        task = await _task_for_update(principal, task_id, conn)
        if task.status != T.DONE:
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
        await record_events([_shipment_event(shipment, "PACKED")], using_db=conn)
        order = await Order.filter(id=task.order_id).using_db(conn).select_for_update().get()
        unfinished = await PickTask.filter(order_id=order.id, status__in=[T.OPEN, *ACTIVE]).using_db(conn).exists()
        unpacked = (
            await PickTask.filter(order_id=order.id, status=T.DONE, shipments__id__isnull=True).using_db(conn).exists()
        )
        if order.status == OrderStatus.PICKING and not unfinished and not unpacked:
            await transition(
                order, OrderStatus.PACKED, reason="all picked units packed", actor=principal.actor, using_db=conn
            )
    after_commit()
    return shipment


async def dispatch(principal: Principal, *, shipment_id: int, carrier: str, tracking_number: str) -> Shipment:
    """Hand a packed shipment to a carrier: stock leaves (SHIP), the order ships."""
    if not tracking_number.strip() or len(tracking_number) > 64:
        raise DomainError.one(ErrorCode.INVALID, "trackingNumber must be 1-64 characters.", ["trackingNumber"])
    found_carrier = await Carrier.get_or_none(code=carrier)
    if found_carrier is None:
        raise DomainError.one(ErrorCode.NOT_FOUND, f"Carrier {carrier!r} not found.", ["carrier"])
    try:
        async with in_transaction() as conn:
            shipment = (
                await visible_shipments(principal).filter(id=shipment_id).using_db(conn).select_for_update().first()
            )
            if shipment is None:
                raise not_found("Shipment", ["shipment"])
            if shipment.status != ShipmentStatus.PACKED:
                raise DomainError.one(
                    ErrorCode.INVALID_TRANSITION,
                    f"Shipment is {shipment.status}; only packed ones dispatch.",
                    ["shipment"],
                )
            order = await Order.filter(id=shipment.order_id).using_db(conn).select_for_update().get()
            lines = await ShipmentLine.filter(shipment_id=shipment.id).using_db(conn)
            rows = await lock_rows(
                conn, product_ids=[ln.product_id for ln in lines], warehouse_ids=[shipment.warehouse_id]
            )
            reference = f"order:{order.number}"
            await apply_changes(
                conn,
                [
                    StockChange(
                        rows[(ln.product_id, shipment.warehouse_id)],
                        MovementReason.SHIP,
                        on_hand_delta=-ln.quantity,
                        reserved_delta=-ln.quantity,
                        reference=reference,
                    )
                    for ln in sorted(lines, key=lambda ln: rows[(ln.product_id, shipment.warehouse_id)].id)
                ],
                actor=principal.actor,
            )
            for ln in lines:
                await _mark_shipped(order.id, ln.product_id, shipment.warehouse_id, ln.quantity, conn)
            shipment.status = ShipmentStatus.DISPATCHED
            shipment.carrier_id = found_carrier.id
            shipment.tracking_number = tracking_number.strip()
            shipment.dispatched_at = datetime.now(UTC)
            await shipment.save(
                using_db=conn, update_fields=["status", "carrier_id", "tracking_number", "dispatched_at"]
            )
            await record_events([_shipment_event(shipment, "DISPATCHED")], using_db=conn)
            await _settle_shipping(order, principal.actor, conn)
    except IntegrityError as exc:
        raise DomainError.one(
            ErrorCode.DUPLICATE, "That tracking number is already in use.", ["trackingNumber"]
        ) from exc
    after_commit()
    return shipment


async def _mark_shipped(
    order_id: int, product_id: int, warehouse_id: int, quantity: int, conn: BaseDBAsyncClient
) -> None:
    left = quantity
    for alloc in (
        await Allocation.filter(
            order_id=order_id, product_id=product_id, warehouse_id=warehouse_id, status=AllocationStatus.RESERVED
        )
        .using_db(conn)
        .order_by("id")
    ):
        take = min(left, alloc.quantity)
        if take == alloc.quantity:
            await Allocation.filter(id=alloc.id).using_db(conn).update(status=AllocationStatus.SHIPPED)
        else:
            await Allocation.filter(id=alloc.id).using_db(conn).update(quantity=alloc.quantity - take)
            await Allocation.create(
                order_id=order_id,
                product_id=product_id,
                warehouse_id=warehouse_id,
                quantity=take,
                status=AllocationStatus.SHIPPED,
                using_db=conn,
            )
        left -= take
        if not left:
            return


async def _settle_shipping(order: Order, actor: str, conn: BaseDBAsyncClient) -> None:
    ordered = sum(ln.quantity for ln in await OrderLine.filter(order_id=order.id).using_db(conn))
    shipped = sum(
        a.quantity for a in await Allocation.filter(order_id=order.id, status=AllocationStatus.SHIPPED).using_db(conn)
    )
    target = OrderStatus.SHIPPED if shipped >= ordered else OrderStatus.PARTIALLY_SHIPPED
    if order.status != target:
        await transition(order, target, reason=f"{shipped} of {ordered} units shipped", actor=actor, using_db=conn)


async def record_tracking(
    principal: Principal,
    *,
    tracking_number: str,
    status: ShipmentStatus,
    occurred_at: datetime,
    location: str | None = None,
    estimated_delivery_at: datetime | None = None,
) -> Shipment:
    """A carrier reports progress. The same report twice is recorded once."""
    if status not in CARRIER_STATUSES:
        raise DomainError.one(
            ErrorCode.INVALID, "status must be IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED or EXCEPTION.", ["status"]
        )
    if occurred_at.tzinfo is None:
        occurred_at = occurred_at.replace(tzinfo=UTC)
    if estimated_delivery_at is not None and estimated_delivery_at.tzinfo is None:
        estimated_delivery_at = estimated_delivery_at.replace(tzinfo=UTC)
    if location is not None and len(location) > 200:
        raise DomainError.one(ErrorCode.INVALID, "location is longer than 200 characters.", ["location"])
    async with in_transaction() as conn:
        shipment = (
            await visible_shipments(principal)
            .filter(tracking_number=tracking_number)
            .using_db(conn)
            .select_for_update()
            .first()
        )
        if shipment is None:
            raise not_found("Shipment", ["trackingNumber"])
        if shipment.status == ShipmentStatus.PACKED:
            raise DomainError.one(
                ErrorCode.INVALID_TRANSITION, "The shipment has not been dispatched.", ["trackingNumber"]
            )
        duplicate = (
            await TrackingEvent.filter(shipment_id=shipment.id, status=status, occurred_at=occurred_at)
            .using_db(conn)
            .exists()
        )
        if duplicate:
            return shipment
        await TrackingEvent.create(
            shipment_id=shipment.id,
            status=status,
            occurred_at=occurred_at,
            location=location,
            estimated_delivery_at=estimated_delivery_at,
            using_db=conn,
        )
        latest = (
            await TrackingEvent.filter(shipment_id=shipment.id).using_db(conn).order_by("-occurred_at", "-id").first()
        )
        assert latest is not None
        # Reports can arrive out of order: the shipment shows the latest by occurrence.
        shipment.status = (
            ShipmentStatus(latest.status) if shipment.status != ShipmentStatus.DELIVERED else shipment.status
        )
        if status == ShipmentStatus.DELIVERED:
            shipment.status = ShipmentStatus.DELIVERED
            shipment.delivered_at = occurred_at
        if estimated_delivery_at is not None:
            shipment.estimated_delivery_at = estimated_delivery_at
        await shipment.save(using_db=conn, update_fields=["status", "delivered_at", "estimated_delivery_at"])
        await record_events([_shipment_event(shipment, status.value)], using_db=conn)
        if shipment.status == ShipmentStatus.DELIVERED:
            order = await Order.filter(id=shipment.order_id).using_db(conn).select_for_update().get()
            undelivered = (
                await Shipment.filter(order_id=order.id)
                .exclude(status=ShipmentStatus.DELIVERED)
                .using_db(conn)
                .exists()
            )
            if order.status == OrderStatus.SHIPPED and not undelivered:
                await transition(
                    order, OrderStatus.DELIVERED, reason="all shipments delivered", actor=principal.actor, using_db=conn
                )
    after_commit()
    return shipment
