"""Webhook subscriptions' channel and warehouse filters: which events a filtered subscription
hears (services/webhooks.py fans out through `Places.matches`).

An event is placed by its aggregate, read when it is fanned out: an order (and its returns,
drop-ship requests, pick tasks and shipments) belongs to the order's channel; an order to the
warehouses its units are allocated from, a pick task or shipment to its warehouse, a return
to its order's warehouses; a purchase order, stock level or stock transfer to its
warehouse(s) and no channel; an alert to its channel. A filtered subscription hears an event
only when, for each filter it has, the event belongs to one of the named codes: an event that
has no channel is not heard by a channel-filtered subscription.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from models.alerts import Alert
from models.catalog import Channel, Warehouse
from models.dropship import DropShipRequest
from models.events import OutboxEvent
from models.fulfilment import PickTask, Shipment
from models.inventory import Allocation, StockLevel
from models.orders import Order
from models.returns import ReturnRequest
from models.supply import PurchaseOrder
from models.transfers import StockTransfer
from models.webhooks import WebhookSubscription
from services.errors import DomainError, ErrorCode, Problem

MAX_FILTER_CODES = 100  # as schema.input_specs.MAX_FILTER_VALUES


@dataclass(frozen=True)
class Places:
    """The channel and warehouse codes an event belongs to."""

    channels: frozenset[str] = frozenset()
    warehouses: frozenset[str] = frozenset()

    def matches(self, sub: WebhookSubscription) -> bool:
        if sub.channels is not None and not self.channels & set(sub.channels):
            return False
        return sub.warehouses is None or bool(self.warehouses & set(sub.warehouses))


def is_filtered(sub: WebhookSubscription) -> bool:
    return sub.channels is not None or sub.warehouses is not None


async def check_codes(
    channels: Sequence[str] | None, warehouses: Sequence[str] | None, *, known_only: bool
) -> tuple[list[str] | None, list[str] | None]:
    """The filters as stored; an empty list means no filter (stored as NULL). With
    `known_only` (staff) each code must name a channel / warehouse (NOT_FOUND at its index
    otherwise). A partner's codes are not looked up: its answer must not tell which channels
    and warehouses exist (another tenant's look like missing ones); an unknown code matches
    nothing."""
    problems: list[Problem] = []
    found: list[list[str] | None] = []
    for field, model, given in (("channels", Channel, channels), ("warehouses", Warehouse, warehouses)):
        if given is None:
            found.append(None)
            continue
        codes = list(dict.fromkeys(code.strip() for code in given))
        if not codes:
            found.append(None)
            continue
        if len(codes) > MAX_FILTER_CODES:
            message = f"Name at most {MAX_FILTER_CODES} codes (an empty list: no filter)."
            problems.append(Problem(ErrorCode.INVALID, message, (field,)))
            found.append(None)
            continue
        if not known_only:
            found.append(codes)
            continue
        known = set(await model.filter(code__in=codes).values_list("code", flat=True))
        problems += [
            Problem(ErrorCode.NOT_FOUND, f"{model.__name__} {code!r} not found.", (field, str(i)))
            for i, code in enumerate(codes)
            if code not in known
        ]
        found.append(codes)
    if problems:
        raise DomainError(problems)
    return found[0], found[1]


async def _order_places(order_id: int, *, warehouses: frozenset[str] | None = None) -> Places:
    channel = await Order.filter(id=order_id).values_list("channel__code", flat=True)
    if warehouses is None:
        codes = await Allocation.filter(order_id=order_id, warehouse_id__isnull=False).values_list(
            "warehouse__code", flat=True
        )
        warehouses = frozenset(str(c) for c in codes)
    return Places(frozenset(str(c) for c in channel), warehouses)


async def places_of(event: OutboxEvent) -> Places:
    """Where `event`'s aggregate belongs (nothing, when it is gone or has no place)."""
    kind, pk = event.aggregate_type, event.aggregate_id
    if kind == "order":
        return await _order_places(pk)
    if kind in ("shipment", "pick_task"):
        model = Shipment if kind == "shipment" else PickTask
        row = await model.filter(id=pk).values("order_id", "warehouse__code")
        if not row:
            return Places()
        own = row[0]["warehouse__code"]
        return await _order_places(row[0]["order_id"], warehouses=frozenset([own]) if own else frozenset())
    if kind in ("return", "drop_ship_request"):
        parent = ReturnRequest if kind == "return" else DropShipRequest
        order_ids = await parent.filter(id=pk).values_list("order_id", flat=True)
        if not order_ids:
            return Places()
        places = await _order_places(int(order_ids[0]))  # type: ignore[call-overload]
        return places if kind == "return" else Places(places.channels)
    if kind in ("purchase_order", "stock_level"):
        holder = PurchaseOrder if kind == "purchase_order" else StockLevel
        codes = await holder.filter(id=pk).values_list("warehouse__code", flat=True)
        return Places(warehouses=frozenset(str(c) for c in codes))
    if kind == "stock_transfer":
        ends = await StockTransfer.filter(id=pk).values_list("source__code", "destination__code")
        return Places(warehouses=frozenset(str(c) for pair in ends for c in pair))
    if kind == "alert":
        codes = await Alert.filter(id=pk, channel_id__isnull=False).values_list("channel__code", flat=True)
        return Places(channels=frozenset(str(c) for c in codes))
    return Places()
