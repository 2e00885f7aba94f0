"""Per-request DataLoaders: built fresh for every request so nothing leaks between callers."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from strawberry.dataloader import DataLoader
from tortoise.models import Model

from models.catalog import Channel, Product, Supplier, Warehouse
from models.inventory import Allocation, PurchaseOrderLine
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


def _available_to_sell(products: DataLoader[int, Product | None]) -> DataLoader[tuple[str, int], int | None]:
    """(channel code, product id) -> units sellable; one batch per channel code."""

    async def load(keys: Sequence[tuple[str, int]]) -> list[int | None]:
        from services.inventory import available_to_sell

        by_channel: dict[str, list[int]] = defaultdict(list)
        for code, product_id in keys:
            by_channel[code].append(product_id)
        answers: dict[tuple[str, int], int | None] = {}
        for code, product_ids in by_channel.items():
            channel = await Channel.get_or_none(code=code)
            rows = [p for p in await products.load_many(product_ids) if p is not None]
            totals = await available_to_sell(rows, channel) if channel else {}
            for product_id in product_ids:
                answers[(code, product_id)] = totals.get(product_id, 0) if channel else None
        return [answers[key] for key in keys]

    return DataLoader(load_fn=load)


def _incoming(keys_model: type[PurchaseOrderLine]) -> DataLoader[tuple[int, int], int]:
    async def load(keys: Sequence[tuple[int, int]]) -> list[int]:
        from services.supply import incoming_units

        totals = await incoming_units(list(keys))
        return [totals.get(key, 0) for key in keys]

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
    supplier: DataLoader[int, Supplier | None] = field(default_factory=lambda: _by_id(Supplier))
    purchase_order_lines: DataLoader[int, list[PurchaseOrderLine]] = field(
        default_factory=lambda: _children(PurchaseOrderLine, "purchase_order_id")
    )
    incoming: DataLoader[tuple[int, int], int] = field(default_factory=lambda: _incoming(PurchaseOrderLine))
    available_to_sell: DataLoader[tuple[str, int], int | None] = field(init=False)

    def __post_init__(self) -> None:
        self.available_to_sell = _available_to_sell(self.product)
