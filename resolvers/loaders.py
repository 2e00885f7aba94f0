"""Per-request DataLoaders: built fresh for every request so nothing leaks between callers.

Object types reach data only through these. What depends on who is asking is keyed by
the principal too (`visible_order`), and its rule is the service's (`visible_orders`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from strawberry.dataloader import DataLoader
from tortoise.models import Model

from models.catalog import Carrier, Channel, Product, Supplier, Warehouse
from models.dropship import DropShipLine
from models.fulfilment import Package, PickTask, PickTaskLine, ScanEvent, Shipment, ShipmentLine, TrackingEvent
from models.inventory import Allocation
from models.order_money import OrderPayment, OrderTag
from models.orders import Customer, Order, OrderEvent, OrderLine
from models.returns import Refund, ReturnLine, ReturnRequest
from models.supply import PurchaseOrderLine
from models.webhooks import WebhookAttempt
from services.access import Principal
from services.inventory import available_to_sell
from services.orders import visible_orders
from services.supply import incoming_units

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


def _available_to_sell(
    products: DataLoader[int, Product | None], channels: DataLoader[str, Channel | None]
) -> DataLoader[tuple[str, int], int | None]:
    """(channel code, product id) -> units sellable; one batch per channel code."""

    async def load(keys: Sequence[tuple[str, int]]) -> list[int | None]:
        by_channel: dict[str, list[int]] = defaultdict(list)
        for code, product_id in keys:
            by_channel[code].append(product_id)
        answers: dict[tuple[str, int], int | None] = {}
        found = dict(zip(by_channel, await channels.load_many(list(by_channel)), strict=True))
        for code, product_ids in by_channel.items():
            channel = found[code]
            rows = [p for p in await products.load_many(product_ids) if p is not None]
            totals = await available_to_sell(rows, channel) if channel else {}
            for product_id in product_ids:
                answers[(code, product_id)] = totals.get(product_id, 0) if channel else None
        return [answers[key] for key in keys]

    return DataLoader(load_fn=load)


def _incoming() -> DataLoader[tuple[int, int], int]:
    async def load(keys: Sequence[tuple[int, int]]) -> list[int]:
        totals = await incoming_units(list(keys))
        return [totals.get(key, 0) for key in keys]

    return DataLoader(load_fn=load)


def _visible_order() -> DataLoader[tuple[Principal | None, int], Order | None]:
    """(caller, order id) -> the order if the caller may see it; one query per caller per batch."""

    async def load(keys: Sequence[tuple[Principal | None, int]]) -> list[Order | None]:
        by_principal: dict[Principal, list[int]] = defaultdict(list)
        for principal, order_id in keys:
            if principal is not None:
                by_principal[principal].append(order_id)
        found: dict[tuple[Principal | None, int], Order] = {}
        for principal, ids in by_principal.items():
            for row in await visible_orders(principal).filter(id__in=sorted(set(ids))):
                found[(principal, row.id)] = row
        return [found.get(key) for key in keys]

    return DataLoader(load_fn=load)


def _channel_by_code() -> DataLoader[str, Channel | None]:
    async def load(codes: Sequence[str]) -> list[Channel | None]:
        rows = {c.code: c for c in await Channel.filter(code__in=list(codes))}
        return [rows.get(code) for code in codes]

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
    carrier: DataLoader[int, Carrier | None] = field(default_factory=lambda: _by_id(Carrier))
    pick_task_lines: DataLoader[int, list[PickTaskLine]] = field(
        default_factory=lambda: _children(PickTaskLine, "task_id")
    )
    task_scans: DataLoader[int, list[ScanEvent]] = field(default_factory=lambda: _children(ScanEvent, "task_id"))
    shipment_lines: DataLoader[int, list[ShipmentLine]] = field(
        default_factory=lambda: _children(ShipmentLine, "shipment_id")
    )
    shipment_packages: DataLoader[int, list[Package]] = field(default_factory=lambda: _children(Package, "shipment_id"))
    tracking_events: DataLoader[int, list[TrackingEvent]] = field(
        default_factory=lambda: _children(TrackingEvent, "shipment_id")
    )
    order_shipments: DataLoader[int, list[Shipment]] = field(default_factory=lambda: _children(Shipment, "order_id"))
    order_pick_tasks: DataLoader[int, list[PickTask]] = field(default_factory=lambda: _children(PickTask, "order_id"))
    incoming: DataLoader[tuple[int, int], int] = field(default_factory=_incoming)
    channel_by_code: DataLoader[str, Channel | None] = field(default_factory=_channel_by_code)
    order_returns: DataLoader[int, list[ReturnRequest]] = field(
        default_factory=lambda: _children(ReturnRequest, "order_id")
    )
    return_lines: DataLoader[int, list[ReturnLine]] = field(
        default_factory=lambda: _children(ReturnLine, "return_request_id")
    )
    order_refunds: DataLoader[int, list[Refund]] = field(default_factory=lambda: _children(Refund, "order_id"))
    order_payments: DataLoader[int, list[OrderPayment]] = field(
        default_factory=lambda: _children(OrderPayment, "order_id")
    )
    order_tags: DataLoader[int, list[OrderTag]] = field(default_factory=lambda: _children(OrderTag, "order_id"))
    visible_order: DataLoader[tuple[Principal | None, int], Order | None] = field(default_factory=_visible_order)
    # Unscoped: only for what a scoped parent shows of its order (a drop-ship request's ship-to).
    order: DataLoader[int, Order | None] = field(default_factory=lambda: _by_id(Order))
    drop_ship_lines: DataLoader[int, list[DropShipLine]] = field(
        default_factory=lambda: _children(DropShipLine, "request_id")
    )
    drop_ship_shipments: DataLoader[int, list[Shipment]] = field(
        default_factory=lambda: _children(Shipment, "drop_ship_request_id")
    )
    webhook_attempts: DataLoader[int, list[WebhookAttempt]] = field(
        default_factory=lambda: _children(WebhookAttempt, "delivery_id")
    )
    available_to_sell: DataLoader[tuple[str, int], int | None] = field(init=False)

    def __post_init__(self) -> None:
        self.available_to_sell = _available_to_sell(self.product, self.channel_by_code)
