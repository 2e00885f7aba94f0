"""Per-request DataLoaders: built fresh for every request so nothing leaks between callers.

Object types reach data only through these. What depends on who is asking is keyed by
the principal too (`visible_order`), and its rule is the service's (`visible_orders`)."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from functools import cached_property
from typing import Any, TypeVar

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
from models.tickets import TicketAttachment, TicketEvent, TicketMessage
from models.transfers import StockTransferLine
from models.webhooks import WebhookAttempt
from resolvers.live_groups import LiveGroups
from resolvers.shared_results import SharedResults
from services import statements
from services.access import Principal
from services.inventory import available_to_sell
from services.master_data import customer_order_summaries
from services.order_reads import ScopeFacts, read_order
from services.orders import visible_orders
from services.supply import incoming_units
from subscriptions.bus import Resync
from subscriptions.envelope import Envelope

M = TypeVar("M", bound=Model)
K = TypeVar("K")
T = TypeVar("T")
R = TypeVar("R")


def _by_id(model: type[M]) -> DataLoader[int, M | None]:
    async def load(ids: Sequence[int]) -> list[M | None]:
        keys = list(ids)
        found = await statements.select(model, "by_id", keys, lambda: model.filter(id__in=keys))
        rows = {row.pk: row for row in found}
        return [rows.get(i) for i in ids]

    return DataLoader(load_fn=load)


def _children(model: type[M], parent_field: str, order: str = "id") -> DataLoader[int, list[M]]:
    async def load(ids: Sequence[int]) -> list[list[M]]:
        groups: dict[int, list[M]] = defaultdict(list)
        keys = list(ids)
        found = await statements.select(
            model,
            ("children", parent_field, order),
            keys,
            lambda: model.filter(**{f"{parent_field}__in": keys}).order_by(order),
        )
        for row in found:
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


def _customer_orders() -> DataLoader[tuple[Principal | None, int], tuple[int, dict[str, Decimal]]]:
    """(caller, customer id) -> (orders, total per currency) of the orders the caller may see."""

    async def load(keys: Sequence[tuple[Principal | None, int]]) -> list[tuple[int, dict[str, Decimal]]]:
        by_principal: dict[Principal, list[int]] = defaultdict(list)
        for principal, customer_id in keys:
            if principal is not None:
                by_principal[principal].append(customer_id)
        found: dict[tuple[Principal | None, int], tuple[int, dict[str, Decimal]]] = {}
        for principal, ids in by_principal.items():
            for customer_id, summary in (await customer_order_summaries(principal, ids)).items():
                found[(principal, customer_id)] = summary
        return [found.get(key, (0, {})) for key in keys]

    return DataLoader(load_fn=load)


def _channel_by_code() -> DataLoader[str, Channel | None]:
    async def load(codes: Sequence[str]) -> list[Channel | None]:
        rows = {c.code: c for c in await Channel.filter(code__in=list(codes))}
        return [rows.get(code) for code in codes]

    return DataLoader(load_fn=load)


class Loaders:
    """The request's loaders, each built when first used: a request (or an idle subscription)
    pays only for the ones it reads, not for the thirty-odd it does not."""

    def release(self) -> None:
        """Forget what the request loaded, once its answer is made. graphql-core's executor
        holds itself in a cycle (its helpers are its own bound methods) and the context with
        it, so everything the loaders hold -- a page's model instances and futures -- waited
        for the cycle collector instead of being freed with the request."""
        for value in list(vars(self).values()):
            if isinstance(value, DataLoader):
                value.clear_all()
        vars(self).clear()

    @cached_property
    def nodes(self) -> dict[Any, Any]:
        """Objects of the schema made once per request (shared_now_or_later)."""
        return {}

    @cached_property
    def channel(self) -> DataLoader[int, Channel | None]:
        return _by_id(Channel)

    @cached_property
    def customer(self) -> DataLoader[int, Customer | None]:
        return _by_id(Customer)

    @cached_property
    def order_lines(self) -> DataLoader[int, list[OrderLine]]:
        return _children(OrderLine, "order_id")

    @cached_property
    def order_events(self) -> DataLoader[int, list[OrderEvent]]:
        return _children(OrderEvent, "order_id")

    @cached_property
    def order_allocations(self) -> DataLoader[int, list[Allocation]]:
        return _children(Allocation, "order_id")

    @cached_property
    def product(self) -> DataLoader[int, Product | None]:
        return _by_id(Product)

    @cached_property
    def warehouse(self) -> DataLoader[int, Warehouse | None]:
        return _by_id(Warehouse)

    @cached_property
    def supplier(self) -> DataLoader[int, Supplier | None]:
        return _by_id(Supplier)

    @cached_property
    def purchase_order_lines(self) -> DataLoader[int, list[PurchaseOrderLine]]:
        return _children(PurchaseOrderLine, "purchase_order_id")

    @cached_property
    def carrier(self) -> DataLoader[int, Carrier | None]:
        return _by_id(Carrier)

    @cached_property
    def pick_task_lines(self) -> DataLoader[int, list[PickTaskLine]]:
        return _children(PickTaskLine, "task_id")

    @cached_property
    def task_scans(self) -> DataLoader[int, list[ScanEvent]]:
        return _children(ScanEvent, "task_id")

    @cached_property
    def shipment_lines(self) -> DataLoader[int, list[ShipmentLine]]:
        return _children(ShipmentLine, "shipment_id")

    @cached_property
    def shipment_packages(self) -> DataLoader[int, list[Package]]:
        return _children(Package, "shipment_id")

    @cached_property
    def tracking_events(self) -> DataLoader[int, list[TrackingEvent]]:
        return _children(TrackingEvent, "shipment_id")

    @cached_property
    def order_shipments(self) -> DataLoader[int, list[Shipment]]:
        return _children(Shipment, "order_id")

    @cached_property
    def order_pick_tasks(self) -> DataLoader[int, list[PickTask]]:
        return _children(PickTask, "order_id")

    @cached_property
    def incoming(self) -> DataLoader[tuple[int, int], int]:
        return _incoming()

    @cached_property
    def channel_by_code(self) -> DataLoader[str, Channel | None]:
        return _channel_by_code()

    @cached_property
    def order_returns(self) -> DataLoader[int, list[ReturnRequest]]:
        return _children(ReturnRequest, "order_id")

    @cached_property
    def return_lines(self) -> DataLoader[int, list[ReturnLine]]:
        return _children(ReturnLine, "return_request_id")

    @cached_property
    def order_refunds(self) -> DataLoader[int, list[Refund]]:
        return _children(Refund, "order_id")

    @cached_property
    def visible_order(self) -> DataLoader[tuple[Principal | None, int], Order | None]:
        return _visible_order()

    @cached_property
    def order(self) -> DataLoader[int, Order | None]:
        return _by_id(Order)

    @cached_property
    def drop_ship_lines(self) -> DataLoader[int, list[DropShipLine]]:
        return _children(DropShipLine, "request_id")

    @cached_property
    def drop_ship_shipments(self) -> DataLoader[int, list[Shipment]]:
        return _children(Shipment, "drop_ship_request_id")

    @cached_property
    def webhook_attempts(self) -> DataLoader[int, list[WebhookAttempt]]:
        return _children(WebhookAttempt, "delivery_id")

    @cached_property
    def ticket_messages(self) -> DataLoader[int, list[TicketMessage]]:
        return _children(TicketMessage, "ticket_id")

    @cached_property
    def message_attachments(self) -> DataLoader[int, list[TicketAttachment]]:
        return _children(TicketAttachment, "message_id")

    @cached_property
    def ticket_events(self) -> DataLoader[int, list[TicketEvent]]:
        return _children(TicketEvent, "ticket_id")

    @cached_property
    def stock_transfer_lines(self) -> DataLoader[int, list[StockTransferLine]]:
        return _children(StockTransferLine, "transfer_id")

    @cached_property
    def customer_orders(self) -> DataLoader[tuple[Principal | None, int], tuple[int, dict[str, Decimal]]]:
        return _customer_orders()

    @cached_property
    def order_payments(self) -> DataLoader[int, list[OrderPayment]]:
        return _children(OrderPayment, "order_id")

    @cached_property
    def order_tags(self) -> DataLoader[int, list[OrderTag]]:
        return _children(OrderTag, "order_id")

    @cached_property
    def available_to_sell(self) -> DataLoader[tuple[str, int], int | None]:
        return _available_to_sell(self.product, self.channel_by_code)


class EventReads:
    """What the live subscribers of this process read for an event, read once and shared.

    For an event (its order and sequence number) the first subscriber to ask reads the order
    (`services.order_reads.read_order`); every other subscriber handling the same event awaits
    that read and gets the same loaders for what its selection reads below the order, so a
    status change costs the same statements for one subscriber or a thousand. Scoping stays
    per subscriber (`sees_order`, `ScopeFacts.allows`); loaders only hold rows, and what a
    caller may see of them is decided by the types with its principal, as in a request.

    A read is "the order as it is now" for the event: it is made after the event arrived, is
    reused for at most FRESH_SECONDS, and is dropped as soon as a later event about the same
    order (its own, or one whose payload names it: a shipment, a return) comes by the bus.
    """

    FRESH_SECONDS = 1.0
    LIMIT = 1024

    def __init__(self) -> None:
        self.facts = ScopeFacts()
        self.results = SharedResults(self.FRESH_SECONDS, self.LIMIT)
        self.groups = LiveGroups()
        self._reads: dict[tuple[int, int], tuple[float, asyncio.Future[Order | None], Loaders]] = {}

    def observe(self, item: Envelope | Resync) -> None:
        """The bus watcher: forget reads of an order that a newer event is about; end the
        grouped followers of a revoked token."""
        self.groups.observe(item)
        if not isinstance(item, Envelope):
            self._reads.clear()
            self.results.forget(None)
            return
        order_id = item.aggregate_id if item.aggregate_type == "order" else item.payload.get("order_id")
        if isinstance(order_id, int):
            self.results.forget(("order", order_id))
            for key in [key for key in self._reads if key[0] == order_id]:
                del self._reads[key]

    async def order(self, order_id: int, seq: int) -> Order | None:
        """The order an event is about, with its channel and customer, unscoped."""
        return await asyncio.shield(self._entry(order_id, seq)[1])

    def loaders(self, order_id: int, seq: int) -> Loaders:
        """The loaders every subscriber handling this event reads the order's fields through."""
        return self._entry(order_id, seq)[2]

    def _entry(self, order_id: int, seq: int) -> tuple[float, asyncio.Future[Order | None], Loaders]:
        now = asyncio.get_running_loop().time()
        key = (order_id, seq)
        entry = self._reads.get(key)
        if entry is not None:
            read_at, future, _ = entry
            failed = future.done() and (future.cancelled() or future.exception() is not None)
            if now - read_at <= self.FRESH_SECONDS and not failed:
                return entry
        while len(self._reads) >= self.LIMIT:
            del self._reads[next(iter(self._reads))]
        loaders = Loaders()
        future = asyncio.ensure_future(self._read(order_id, loaders))
        future.add_done_callback(_retrieve)
        entry = (now, future, loaders)
        self._reads[key] = entry
        return entry

    async def _read(self, order_id: int, loaders: Loaders) -> Order | None:
        row = await read_order(order_id)
        if row is not None:
            self.facts.learn(row)
            # Read with the order: its `channel` and `customer` fields need no statement more.
            loaders.channel.prime(row.channel_id, row.channel)
            loaders.customer.prime(row.customer_id, row.customer)
        return row


def _retrieve(future: asyncio.Future[Any]) -> None:
    """A read nobody awaits any more (its subscribers left) does not log an unretrieved error."""
    if not future.cancelled():
        future.exception()
