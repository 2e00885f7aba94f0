"""Load what a selection of orders will read before graphql-core walks it.

A root resolver that returns orders (`order`, `orders`) asks here for the children its
selection names: the page's lines, allocations, customers and the allocations' warehouses,
each one batch through the request's loaders, as the fields would have loaded them. Those
fields (schema.orders, schema.inventory) are plain functions that answer at once from a
loaded value (resolvers.loaders.now_or_later), so the page completes without a coroutine,
future and gather per item; what is not prefetched (an unnamed field, a fragment on a
directive) is loaded by the field itself, as before. Same rows, same statements, same answer
(tests/graphql/test_read_identity.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from typing import Any

from strawberry.types.nodes import FragmentSpread, InlineFragment, SelectedField, Selection

from resolvers.context import Info
from resolvers.loaders import MISSING, Loaders, loaded


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


async def prefetch_orders(info: Info, orders: Sequence[Any], *path: str) -> None:
    """Load, one batch each, what the order fields selected at `path` (below this root field)
    read for `orders` (schema.orders.Order objects)."""
    if not orders:
        return
    selected = fields_under(info.selected_fields, *path)
    loaders: Loaders = info.context.loaders
    pks = [order._pk for order in orders]
    line_fields = fields_under(selected["lines"].selections) if "lines" in selected else {}
    wants_allocations = "allocations" in selected or bool(
        {"allocatedQuantity", "backorderedQuantity"} & line_fields.keys()
    )
    batches: list[Any] = []
    if "lines" in selected or "allocations" in selected:
        batches.append(loaders.order_lines.load_many(pks))
    if wants_allocations:
        batches.append(loaders.order_allocations.load_many(pks))
    if "customer" in selected:
        batches.append(loaders.customer.load_many([order._customer_id for order in orders]))
    if not batches:
        return
    # A failure stays in the loader: the field that reads it raises it in its place, as before.
    await asyncio.gather(*batches, return_exceptions=True)
    allocation_fields = fields_under(selected["allocations"].selections) if "allocations" in selected else {}
    if "warehouse" in allocation_fields:
        held = (loaded(loaders.order_allocations, pk) for pk in pks)
        ids = sorted({a.warehouse_id for rows in held if rows is not MISSING for a in rows if a.warehouse_id})
        if ids:
            await asyncio.gather(loaders.warehouse.load_many(ids), return_exceptions=True)
