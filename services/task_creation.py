"""New pick tasks: sourcing turns reservations into picking work, one task per (order,
warehouse). A new order's tasks are made in one statement (`insert_new_tasks`), or, when
an order is placed on PostgreSQL, before its stock rows are locked from the plan on the
unlocked rows, and then kept, cut or added to by the plan made under the lock
(`keep_new_tasks`): the locks serialise a SKU's orders, so what can be written before them is.
The tasks' status is `services.picking`'s (`move_task`).
"""

from __future__ import annotations

from collections import defaultdict

from tortoise.backends.base.client import BaseDBAsyncClient

from models.catalog import Product
from models.event_kinds import PickTaskEventKind
from models.fulfilment import PickTask, PickTaskLine, PickTaskStatus
from models.inserts import change_later, insert_all, insert_later, new_row
from models.orders import Order
from services.allocation import Pick
from services.picking import task_event
from services.sql import placeholders, sql
from subscriptions.outbox import record_events

T = PickTaskStatus

NewTasks = list[tuple[PickTask, dict[int, int]]]  # tasks just made, with units per product


def _by_warehouse(picks: list[Pick]) -> list[tuple[int, dict[int, int]]]:
    by_warehouse: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for p in picks:
        by_warehouse[p.warehouse_id][p.product_id] += p.quantity
    return sorted(by_warehouse.items())


async def insert_new_tasks(work: list[tuple[Order, list[Pick]]], *, conn: BaseDBAsyncClient) -> dict[int, NewTasks]:
    """The pick tasks of new orders (which have none yet): one per (order, warehouse), all
    inserted in one statement; by order id. Their lines and events: `record_new_tasks`."""
    made = {
        order.id: [(new_row(PickTask, order_id=order.id, warehouse_id=w), units) for w, units in _by_warehouse(picks)]
        for order, picks in work
    }
    await insert_all([task for tasks in made.values() for task, _ in tasks], using_db=conn)
    return made


async def record_new_tasks(tasks: NewTasks, *, products: dict[int, Product], conn: BaseDBAsyncClient) -> None:
    """The lines and CREATED events of tasks `insert_new_tasks` made (held back to the commit:
    nobody reads a new order's task lines before it)."""
    lines = [
        new_row(
            PickTaskLine,
            task_id=task.id,
            product_id=product_id,
            sku=products[product_id].sku,
            barcode=products[product_id].barcode,
            quantity=quantity,
        )
        for task, units in tasks
        for product_id, quantity in sorted(units.items())
    ]
    await insert_later(lines, using_db=conn)
    if tasks:
        await record_events([task_event(task, PickTaskEventKind.CREATED) for task, _ in tasks], using_db=conn)


async def keep_new_tasks(
    order: Order, made: NewTasks, picks: list[Pick], *, products: dict[int, Product], conn: BaseDBAsyncClient
) -> None:
    """A new order's tasks made from a guess (`insert_new_tasks` before its stock was
    locked), brought to the plan made under the lock: a task per warehouse the plan picks
    from, with the plan's units, its lines and CREATED event; a task for a warehouse the plan
    does not use is deleted with the held-back rows (nothing was written against it)."""
    wanted = dict(_by_warehouse(picks))
    kept = [(task, wanted[task.warehouse_id]) for task, _ in made if task.warehouse_id in wanted]
    dropped = [task.id for task, _ in made if task.warehouse_id not in wanted]
    if dropped:
        await change_later(
            sql(conn, f"DELETE FROM pick_task WHERE id IN ({placeholders(dropped)})"), list(dropped), using_db=conn
        )
    have = {task.warehouse_id for task, _ in kept}
    missing = [p for p in picks if p.warehouse_id not in have]
    if missing:
        kept += (await insert_new_tasks([(order, missing)], conn=conn))[order.id]
    await record_new_tasks(kept, products=products, conn=conn)


async def create_pick_tasks(
    order: Order,
    picks: list[Pick],
    *,
    conn: BaseDBAsyncClient,
    may_exist: bool = True,
    products: dict[int, Product] | None = None,
) -> None:
    """Turn new reservations into picking work: one task per (order, warehouse), added to
    the warehouse's OPEN task for the order when there is one."""
    if not picks:
        return
    wanted = sorted({p.product_id for p in picks})
    if products is None or not set(wanted) <= set(products):
        products = {p.id: p for p in await Product.filter(id__in=wanted).using_db(conn)}
    if not may_exist:
        made = await insert_new_tasks([(order, picks)], conn=conn)
        await record_new_tasks(made[order.id], products=products, conn=conn)
        return
    # (task, what happened to it, units to add) per warehouse; new tasks are inserted together.
    work: list[tuple[PickTask, PickTaskEventKind, dict[int, int]]] = []
    for warehouse_id, units in _by_warehouse(picks):
        task = await PickTask.filter(order_id=order.id, warehouse_id=warehouse_id, status=T.OPEN).using_db(conn).first()
        if task is None:
            work.append((PickTask(order_id=order.id, warehouse_id=warehouse_id), PickTaskEventKind.CREATED, units))
        else:
            work.append((task, PickTaskEventKind.UPDATED, units))
    await insert_all([task for task, kind, _ in work if kind is PickTaskEventKind.CREATED], using_db=conn)
    new_lines: list[PickTaskLine] = []
    for task, kind, units in work:
        existing: dict[int, PickTaskLine] = {}
        if kind is PickTaskEventKind.UPDATED:
            existing = {ln.product_id: ln for ln in await PickTaskLine.filter(task_id=task.id).using_db(conn)}
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
        await insert_all(new_lines, using_db=conn)
    events = [task_event(task, kind) for task, kind, _ in work]
    await record_events(events, using_db=conn)
