"""Load what a selection of orders will read before graphql-core walks it.

A root resolver that returns orders (`order`, `orders`) asks here for the children its
selection names: the page's lines, allocations, customers and the allocations' warehouses,
each one batch through the request's loaders, as the fields would have loaded them. Those
fields (schema.orders, schema.inventory) are plain functions that answer at once from a
loaded value (resolvers.loaded.now_or_later), so the page completes without a coroutine,
future and gather per item; what is not prefetched (an unnamed field, a fragment on a
directive) is loaded by the field itself, as before. Same rows, same statements, same answer
(tests/graphql/test_read_identity.py)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from strawberry.types.nodes import FragmentSpread, InlineFragment, SelectedField, Selection

from resolvers.context import Info
from resolvers.loaded import MISSING, fill, loaded
from resolvers.loaders import Loaders


def fields_under(selections: Iterable[Selection], *path: str) -> dict[str, SelectedField]:
    """The fields selected at `path` below `selections` (through fragments), by name; a field
    under a directive (@skip, @include) is left out: it may not run."""
    level = list(selections)
    for name in path:
        level = [child for field in _fields(level) if field.name == name for child in field.selections]
    return {field.name: field for field in _fields(level)}


def _fields(selections: Iterable[Selection]) -> list[SelectedField]:
    found: list[SelectedField] = []
    for selection in selections:
        if isinstance(selection, FragmentSpread | InlineFragment):
            if not selection.directives:
                found += _fields(selection.selections)
        elif not selection.directives:
            found.append(selection)
    return found


@dataclass(frozen=True)
class Plan:
    """What a selection of orders reads below them."""

    lines: bool
    allocations: bool
    customer: bool
    warehouses: bool


# Plans by the field nodes they were made for (the parsed document is cached, so the same
# document brings the same nodes): each is made once, not walked again for every request.
_PLANS: dict[tuple[tuple[int, ...], tuple[str, ...]], tuple[tuple[object, ...], Plan]] = {}
_PLANS_LIMIT = 512


def order_plan(info: Info, *path: str) -> Plan:
    """What the order fields selected at `path` (below the resolver's field) read below them."""
    nodes = tuple(info._raw_info.field_nodes)
    key = (tuple(id(node) for node in nodes), path)
    hit = _PLANS.get(key)
    if hit is not None and all(a is b for a, b in zip(hit[0], nodes, strict=True)):
        return hit[1]
    selected = fields_under(info.selected_fields, *path)
    line_fields = fields_under(selected["lines"].selections) if "lines" in selected else {}
    allocation_fields = fields_under(selected["allocations"].selections) if "allocations" in selected else {}
    plan = Plan(
        lines="lines" in selected or "allocations" in selected,
        allocations="allocations" in selected
        or bool({"allocatedQuantity", "backorderedQuantity"} & line_fields.keys()),
        customer="customer" in selected,
        warehouses="warehouse" in allocation_fields,
    )
    if len(_PLANS) >= _PLANS_LIMIT:
        _PLANS.clear()
    _PLANS[key] = (nodes, plan)  # the nodes held: their ids stay theirs while cached
    return plan


def reads_customer(info: Info, *path: str) -> bool:
    """Whether the order fields selected at `path` read the order's customer: a resolver
    that reads one order then reads its customer in the same statement (`joined_customers`)."""
    return order_plan(info, *path).customer


def joined_customers(info: Info, rows: Iterable[Any]) -> None:
    """The customers read with their orders (models.Order rows read with select_related):
    the request's customer loader holds them, and the prefetch sends no statement for them."""
    loader = info.context.loaders.customer
    for row in rows:
        if row.customer_id is not None:
            loader.prime(row.customer_id, row.customer)


async def prefetch_orders(info: Info, orders: Sequence[Any], *path: str, plan: Plan | None = None) -> None:
    """Load, one batch each, what the order fields selected at `path` (below this root field)
    read for `orders` (schema.orders.Order objects); `plan`: order_plan's, when the caller
    has it already."""
    if not orders:
        return
    plan = plan if plan is not None else order_plan(info, *path)
    loaders: Loaders = info.context.loaders
    pks = [order._pk for order in orders]
    batches: list[Any] = []
    # (lines read with their order, services.orders.get_order_with_lines: held already)
    if plan.lines and any(loaded(loaders.order_lines, pk) is MISSING for pk in pks):
        batches.append(fill(loaders.order_lines, pks))
    if plan.allocations:
        batches.append(fill(loaders.order_allocations, pks))
    if plan.customer:
        customer_ids = [order._customer_id for order in orders]
        # (read with their orders, joined_customers: held already, nothing to fill)
        if any(loaded(loaders.customer, pk) is MISSING for pk in customer_ids):
            batches.append(fill(loaders.customer, customer_ids))
    # A failure stays in the loader: the field that reads it raises it in its place, as before.
    if len(batches) > 1:
        await asyncio.gather(*batches, return_exceptions=True)
    elif batches:
        # One batch is awaited in this task: gather would wrap it in a task of its own and a
        # future (~4% of an `order(id)` request's CPU, where the customer came with the order).
        with contextlib.suppress(Exception):
            await batches[0]
    if plan.warehouses:
        held = (loaded(loaders.order_allocations, pk) for pk in pks)
        ids = sorted({a.warehouse_id for rows in held if rows is not MISSING for a in rows if a.warehouse_id})
        if ids:
            await fill(loaders.warehouse, ids)
