"""Per-request DataLoaders: built fresh for every request so nothing leaks between callers."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from strawberry.dataloader import DataLoader
from tortoise.models import Model

from models.catalog import Channel, Product, Warehouse
from models.inventory import Allocation
from models.orders import Customer, OrderEvent, OrderLine

M = TypeVar("M", bound=Model)


def _by_id(model: type[M]) -> DataLoader[int, M | None]:
    async def load(ids: Sequence[int]) -> list[M | None]:
        rows = {row.pk: row for row in await model.filter(id__in=list(ids))}
        return [rows.get(i) for i in ids]

    return DataLoader(load_fn=load)


def _children(model: type[M], parent_field: str, order: str = "id") -> DataLoader[int, list[M]]:
    async def load(ids: Sequence[int]) -> list[list[M]]:
        groups: dict[int, list[M]] = defaultdict(list)
        for row in await model.filter(**{f"{parent_field}__in": list(ids)}).order_by(order):
            groups[getattr(row, parent_field)].append(row)
        return [groups.get(i, []) for i in ids]

    return DataLoader(load_fn=load)


@dataclass
class Loaders:
    channel: DataLoader[int, Channel | None] = field(default_factory=lambda: _by_id(Channel))
    customer: DataLoader[int, Customer | None] = field(default_factory=lambda: _by_id(Customer))
    order_lines: DataLoader[int, list[OrderLine]] = field(default_factory=lambda: _children(OrderLine, "order_id"))
    order_events: DataLoader[int, list[OrderEvent]] = field(default_factory=lambda: _children(OrderEvent, "order_id"))
    order_allocations: DataLoader[int, list[Allocation]] = field(
        default_factory=lambda: _children(Allocation, "order_id")
    )
    product: DataLoader[int, Product | None] = field(default_factory=lambda: _by_id(Product))
    warehouse: DataLoader[int, Warehouse | None] = field(default_factory=lambda: _by_id(Warehouse))
