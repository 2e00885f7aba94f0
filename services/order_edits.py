"""Editing an order before fulfilment (Shopify's `orderEdit*`, Saleor's order lines update):
add and remove lines, change quantities, change the shipping address, as one staged edit
committed in one unit of work.

The edit is refused as a whole (nothing written) when a changed line has units already
picked or shipped (LINE_ALREADY_PICKED), is drop-shipped (LINE_NOT_EDITABLE), or when the
order is past picking (ORDER_NOT_EDITABLE). Otherwise, under the same locks as a cancel
(the order's tasks and shipments, then the order, then the stock rows it touches, in id
order), the touched products' reservations are released and their unpicked task lines
removed, the lines and totals are rewritten, the touched products are sourced again by the
channel's planner (`services.allocation.allocate_order`) into pick tasks, the status settles,
and one history entry (EDITED, with the diff) and one `order.edited` event are recorded.

Touched products: the lines whose quantity changes, and, when the address changes, every
line with nothing picked yet (the destination ranks the warehouses again).

Customers change only the shipping address of their own order (`change_address`), where
their channel allows it and only before any unit is picked.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from tortoise.backends.base.client import BaseDBAsyncClient

from models.access import Role
from models.catalog import BackorderPolicy, Channel, Product
from models.event_kinds import OrderEventKind, PickTaskEventKind
from models.fulfilment import PickTaskLine, PickTaskStatus
from models.inventory import Allocation, AllocationStatus
from models.orders import Order, OrderLine, OrderStatus
from services.access import Principal
from services.allocation import (
    allocate_order,
    outstanding_needs,
    release_reservations,
)
from services.errors import DomainError, ErrorCode, Problem, not_found
from services.order_actions import customer_before_picking
from services.order_changes import (
    EDITABLE,
    LIVE_TASKS,
    LineChange,
    recompute_totals,
    record_change,
    settle_after_change,
)
from services.order_drafts import MAX_LINES, MAX_QUANTITY, AddressDraft, address_problems, money
from services.order_work import Work, hold_tasks, lock_work
from services.orders import require_order
from services.picking import move_task, task_event
from services.stock import lock_rows, stock_arrived
from services.task_creation import create_pick_tasks
from services.uow import unit_of_work
from subscriptions.outbox import record_events

S = OrderStatus
T = PickTaskStatus


@dataclass(frozen=True)
class LineEdit:
    """A line as it should be after the edit: `quantity` 0 removes it; an SKU not on the
    order adds a line at the catalogue price."""

    sku: str
    quantity: int


@dataclass(frozen=True)
class OrderEditDraft:
    reason: str
    lines: Sequence[LineEdit] = ()
    shipping_address: AddressDraft | None = None


@dataclass(frozen=True)
class EditedOrder:
    order: Order
    changes: list[LineChange]
    shipping_address_changed: bool


def _validate(draft: OrderEditDraft) -> list[Problem]:
    problems: list[Problem] = []
    if not draft.reason.strip():
        problems.append(Problem(ErrorCode.REQUIRED, "A reason is required to edit an order.", ("reason",)))
    if not draft.lines and draft.shipping_address is None:
        problems.append(Problem(ErrorCode.REQUIRED, "Say what to change: lines or a shipping address.", ("lines",)))
    if len(draft.lines) > MAX_LINES:
        problems.append(Problem(ErrorCode.INVALID, f"An edit changes at most {MAX_LINES} lines.", ("lines",)))
    seen: set[str] = set()
    for i, line in enumerate(draft.lines[:MAX_LINES]):
        if not 0 <= line.quantity <= MAX_QUANTITY:
            problems.append(
                Problem(
                    ErrorCode.INVALID_QUANTITY,
                    f"quantity must be between 0 (remove the line) and {MAX_QUANTITY}.",
                    ("lines", str(i), "quantity"),
                )
            )
        if line.sku in seen:
            problems.append(
                Problem(ErrorCode.DUPLICATE, f"SKU {line.sku} appears more than once.", ("lines", str(i), "sku"))
            )
        seen.add(line.sku)
    if draft.shipping_address is not None:
        problems += address_problems(draft.shipping_address)
    return problems


def _address_of(order: Order) -> AddressDraft:
    return AddressDraft(
        country=order.ship_country,
        region=order.ship_region,
        city=order.ship_city,
        postal_code=order.ship_postal_code,
        line1=order.ship_line1,
        latitude=order.ship_latitude,
        longitude=order.ship_longitude,
    )


def _normalised(address: AddressDraft) -> AddressDraft:
    return AddressDraft(
        country=address.country.strip().upper(),
        region=address.region,
        city=address.city,
        postal_code=address.postal_code,
        line1=address.line1,
        latitude=address.latitude,
        longitude=address.longitude,
    )


async def _started_products(order: Order, work: Work, conn: BaseDBAsyncClient) -> dict[int, int]:
    """Product id -> units of the order already picked (in a task not cancelled) or shipped."""
    started: dict[int, int] = {}
    live = [t.id for t in work.tasks if t.status != T.CANCELLED]
    for line in await PickTaskLine.filter(task_id__in=live, picked_quantity__gt=0).using_db(conn):
        started[line.product_id] = started.get(line.product_id, 0) + line.picked_quantity
    shipped = Allocation.filter(order_id=order.id, status=AllocationStatus.SHIPPED, warehouse_id__isnull=False)
    for alloc in await shipped.using_db(conn):
        started[alloc.product_id] = started.get(alloc.product_id, 0) + alloc.quantity
    return started


def _plan_changes(
    order: Order, draft: OrderEditDraft, lines: dict[str, OrderLine], products: dict[str, Product]
) -> tuple[list[LineChange], list[Problem]]:
    """The line changes the draft asks for (no-ops dropped), and what makes them impossible
    before looking at the warehouse work."""
    changes: list[LineChange] = []
    problems: list[Problem] = []
    for i, edit in enumerate(draft.lines):
        current = lines.get(edit.sku)
        product = products.get(edit.sku)
        if current is None and product is None:
            problems.append(Problem(ErrorCode.UNKNOWN_SKU, f"Unknown SKU {edit.sku!r}.", ("lines", str(i), "sku")))
        elif current is None and edit.quantity == 0:
            problems.append(
                Problem(ErrorCode.NOT_FOUND, f"SKU {edit.sku} is not on this order.", ("lines", str(i), "sku"))
            )
        elif current is None and product is not None and product.currency != order.currency:
            problems.append(
                Problem(
                    ErrorCode.CURRENCY_MISMATCH,
                    f"SKU {edit.sku} is priced in {product.currency}, not {order.currency}.",
                    ("lines", str(i), "sku"),
                )
            )
        elif (
            product is not None
            and product.archived_at is not None
            and edit.quantity > (current.quantity if current else 0)
        ):
            # Ordering more of an archived product is ordering it (order_drafts refuses it too);
            # fewer units, or none, stays possible.
            problems.append(
                Problem(
                    ErrorCode.ARCHIVED, f"SKU {edit.sku} is archived: it cannot be ordered.", ("lines", str(i), "sku")
                )
            )
        elif current is None or current.quantity != edit.quantity:
            changes.append(LineChange(edit.sku, current.quantity if current else 0, edit.quantity))
    remaining = {sku: line.quantity for sku, line in lines.items()} | {c.sku: c.quantity for c in changes}
    if not problems and not any(remaining.values()):
        problems.append(
            Problem(ErrorCode.INVALID, "An edit cannot remove every line; cancel the order instead.", ("lines",))
        )
    return changes, problems


def _work_problems(
    draft: OrderEditDraft, changes: list[LineChange], products: dict[str, Product], started: dict[int, int]
) -> list[Problem]:
    changed = {c.sku for c in changes}
    problems = []
    for i, edit in enumerate(draft.lines):
        product = products.get(edit.sku)
        if edit.sku not in changed or product is None:
            continue
        if product.id in started:
            problems.append(
                Problem(
                    ErrorCode.LINE_ALREADY_PICKED,
                    f"{started[product.id]} unit(s) of {edit.sku} are already picked; the line can no longer change.",
                    ("lines", str(i), "quantity"),
                )
            )
        elif product.dropship_supplier_id is not None:
            problems.append(
                Problem(
                    ErrorCode.LINE_NOT_EDITABLE,
                    f"{edit.sku} is drop-shipped by its supplier; change it with the supplier.",
                    ("lines", str(i), "sku"),
                )
            )
    return problems


# Called with the edit as applied and the transaction's connection before it commits
# (services.order_edit_preview reads the result and rolls it back by raising).
BeforeCommit = Callable[["EditedOrder", BaseDBAsyncClient], Awaitable[None]]


async def edit_order(
    principal: Principal, *, order_id: int, draft: OrderEditDraft, before_commit: BeforeCommit | None = None
) -> EditedOrder:
    """Apply a staged edit atomically (see the module doc); raises DomainError with every
    problem found, and then writes nothing."""
    problems = _validate(draft)
    if problems:
        raise DomainError(problems)
    found = await require_order(principal, order_id)
    skus = [line.sku for line in draft.lines]
    products = {p.sku: p for p in await Product.filter(sku__in=skus)} if skus else {}
    async with unit_of_work() as conn:
        work = await lock_work(found.id, conn=conn)
        order = await Order.filter(id=found.id).using_db(conn).select_for_update().get()
        if principal.role is Role.CUSTOMER:
            await customer_before_picking(
                order,
                work,
                conn,
                allowed=lambda c: c.customer_address_change_allowed,
                refused="This shop does not let customers change the shipping address; please contact it.",
                too_late="its shipping address can no longer be changed here",
                code=ErrorCode.ORDER_NOT_EDITABLE,
            )
        if order.status not in EDITABLE:
            raise DomainError.one(
                ErrorCode.ORDER_NOT_EDITABLE,
                f"Order {order.number} is {order.status}; only orders not yet packed or shipped can be edited.",
                ["id"],
            )
        lines = {ln.sku: ln for ln in await OrderLine.filter(order_id=order.id).using_db(conn).order_by("id")}
        changes, problems = _plan_changes(order, draft, lines, products)
        started = await _started_products(order, work, conn)
        problems += _work_problems(draft, changes, products, started)
        if problems:
            raise DomainError(problems)
        address = _normalised(draft.shipping_address) if draft.shipping_address else None
        moved = address is not None and address != _address_of(order)
        if not changes and not moved:
            return EditedOrder(order, [], False)
        touched = {products[c.sku].id for c in changes}
        if moved:
            stock_lines = await Product.filter(
                id__in=[ln.product_id for ln in lines.values()], dropship_supplier_id__isnull=True
            ).using_db(conn)
            touched |= {p.id for p in stock_lines if p.id not in started}
        # Every stock row the edit may move, locked at once in id order (release and sourcing
        # then only re-read rows this transaction holds).
        await lock_rows(conn, product_ids=touched)
        freed = await release_reservations(order, actor=principal.actor, conn=conn, product_ids=touched)
        await _drop_task_lines(work, touched, conn)
        await _rewrite_lines(order, changes, lines, products, address, conn)
        await _record(principal, order, changes, address if moved else None, draft.reason, conn)
        await _source_again(principal, order, touched, work, conn)
        if freed:
            await stock_arrived(conn, sorted(freed), actor=principal.actor)
        if before_commit is not None:
            await before_commit(EditedOrder(order, changes, moved), conn)
    return EditedOrder(order, changes, moved)


CUSTOMER_REASON = "shipping address changed by the customer"


async def change_address(principal: Principal, *, order_id: int, address: AddressDraft) -> EditedOrder:
    """A customer moves the delivery of their own order: an edit of the address alone (another
    customer's order is NOT_FOUND, like a missing one)."""
    if principal.role is not Role.CUSTOMER:  # the permission table lets only customers here
        raise not_found("Order", ["id"])
    draft = OrderEditDraft(reason=CUSTOMER_REASON, shipping_address=address)
    return await edit_order(principal, order_id=order_id, draft=draft)


async def _drop_task_lines(work: Work, touched: set[int], conn: BaseDBAsyncClient) -> None:
    """The touched products' lines leave the unfinished tasks (none of their units is picked);
    a task left with nothing to pick is cancelled."""
    live = {t.id: t for t in work.tasks if t.status in LIVE_TASKS}
    if not live or not touched:
        return
    dropped = await PickTaskLine.filter(task_id__in=list(live), product_id__in=sorted(touched)).using_db(conn)
    if not dropped:
        return
    await PickTaskLine.filter(id__in=[ln.id for ln in dropped]).using_db(conn).delete()
    left = set(await PickTaskLine.filter(task_id__in=list(live)).using_db(conn).values_list("task_id", flat=True))
    events = []
    for task_id in sorted({ln.task_id for ln in dropped}):
        task = live[task_id]
        if task_id in left:
            events.append(task_event(task, PickTaskEventKind.UPDATED))
        else:
            await move_task(
                task, T.CANCELLED, kind=PickTaskEventKind.CANCELLED, conn=conn, message=f"Task is {task.status}."
            )
    await record_events(events, using_db=conn)


async def _rewrite_lines(
    order: Order,
    changes: list[LineChange],
    lines: dict[str, OrderLine],
    products: dict[str, Product],
    address: AddressDraft | None,
    conn: BaseDBAsyncClient,
) -> None:
    for change in changes:
        line = lines.get(change.sku)
        if line is None:
            product = products[change.sku]
            price = money(product.price)
            lines[change.sku] = await OrderLine.create(
                order_id=order.id,
                product_id=product.id,
                sku=product.sku,
                name=product.name,
                quantity=change.quantity,
                unit_price=price,
                line_total=money(price * change.quantity),
                using_db=conn,
            )
        elif change.quantity == 0:
            await OrderLine.filter(id=line.id).using_db(conn).delete()
            del lines[change.sku]
        else:
            line.quantity, line.line_total = change.quantity, money(line.unit_price * change.quantity)
            await OrderLine.filter(id=line.id).using_db(conn).update(quantity=line.quantity, line_total=line.line_total)
    await recompute_totals(order, conn)
    if address is not None:
        fields = {
            "ship_country": address.country,
            "ship_region": address.region,
            "ship_city": address.city,
            "ship_postal_code": address.postal_code,
            "ship_line1": address.line1,
            "ship_latitude": address.latitude,
            "ship_longitude": address.longitude,
        }
        await Order.filter(id=order.id).using_db(conn).update(**fields)
        order.update_from_dict(fields)


async def _source_again(
    principal: Principal, order: Order, touched: set[int], work: Work, conn: BaseDBAsyncClient
) -> None:
    """Source the touched products again by the channel's rules; their new reservations
    become pick tasks (held, when the order is); the status follows the outcome."""
    channel = await Channel.filter(id=order.channel_id).using_db(conn).get()
    total, needs = await outstanding_needs(order, conn)
    wanted = [n for n in needs if n.product_id in touched]
    plan = await allocate_order(order, channel=channel, needs=wanted, actor=principal.actor, conn=conn)
    if not plan.complete and channel.backorder_policy == BackorderPolicy.REJECT:
        codes = [p.sku for p in await Product.filter(id__in=list(plan.unfilled)).using_db(conn)]
        raise DomainError.one(
            ErrorCode.INSUFFICIENT_STOCK,
            f"Not enough stock for {', '.join(sorted(codes))}; this channel does not take backorders.",
            ["lines"],
        )
    await create_pick_tasks(order, plan.picks, conn=conn)
    outstanding = sum(n.quantity for n in needs if n.product_id not in touched) + sum(plan.unfilled.values())
    if order.status == S.ON_HOLD:
        await hold_tasks(await lock_work(order.id, conn=conn), conn=conn)
    await settle_after_change(principal, order, total=total, outstanding=outstanding, reason=plan.reason, conn=conn)


def describe_changes(changes: list[LineChange], address: AddressDraft | None) -> str:
    parts = []
    for c in changes:
        if not c.previous_quantity:
            parts.append(f"{c.sku} added x{c.quantity}")
        elif not c.quantity:
            parts.append(f"{c.sku} removed (was x{c.previous_quantity})")
        else:
            parts.append(f"{c.sku} x{c.previous_quantity} -> x{c.quantity}")
    if address is not None:
        where = ", ".join(p for p in (address.line1, address.city, address.postal_code, address.country) if p)
        parts.append(f"ship to {where}")
    return "; ".join(parts)


async def _record(
    principal: Principal,
    order: Order,
    changes: list[LineChange],
    address: AddressDraft | None,
    reason: str,
    conn: BaseDBAsyncClient,
) -> None:
    note = describe_changes(changes, address)
    await record_change(
        principal,
        order,
        kind=OrderEventKind.EDITED,
        reason=reason,
        note=note,
        changes=changes,
        address_changed=address is not None,
        conn=conn,
    )
