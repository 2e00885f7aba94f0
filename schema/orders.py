"""Orders: the Order type, its lines and history, inputs, payloads and the connection."""

from __future__ import annotations

from collections.abc import Hashable
from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

import strawberry

from models import inventory as m_inventory
from models import orders as m
from models.event_kinds import OrderEventKind
from resolvers.context import Info
from resolvers.loaded import MISSING, loaded, now_or_later
from schema import order_money
from schema.addresses import Address
from schema.catalog import Channel
from schema.codes import CURRENCY_DEPRECATION, CurrencyCode, currency_code_of
from schema.common import Connection, Money, Node, SortDirection, describe_values, pk_of, to_global_id
from schema.event_kinds import KIND_DEPRECATION
from schema.inventory import Allocation
from schema.order_money import (
    Discount,
    FinancialStatus,
    MetadataItem,
    Payment,
    TaxLine,
    metadata_items,
)
from schema.picking import PickTask
from schema.returns import Refund, ReturnRequest
from schema.shipping import Shipment
from services.allocation import units_sourced
from services.order_details import sees_private_metadata
from services.order_search import OrderSearch
from services.order_status import CLOSED_STATUSES
from services.orders import own_parts, sees_whole_order
from services.picking_reads import may_see_tasks

W = TypeVar("W", bound=Any)

OrderStatus = m.OrderStatus
strawberry.enum(
    OrderStatus,
    name="OrderStatus",
    description="Where an order stands. Only the transitions of the order state machine are allowed (see orderCancel, orderHold, ...).",
)
describe_values(
    OrderStatus,
    PENDING="Accepted, not yet allocated.",
    ON_HOLD="Held by staff: nothing moves until it is released.",
    BACKORDERED="Waiting for stock for all of its lines.",
    PARTIALLY_ALLOCATED="Some lines reserved, the rest waiting for stock.",
    ALLOCATED="Every unit reserved in a warehouse or with a drop-ship supplier.",
    PICKING="Being picked from the shelves.",
    PACKED="Packed, waiting for the carrier.",
    PARTIALLY_SHIPPED="Some shipments dispatched, others not yet.",
    SHIPPED="Everything handed to carriers.",
    DELIVERED="Every shipment delivered.",
    CANCELLED="Cancelled; its reservations released.",
    PARTIALLY_RETURNED="Some shipped units came back.",
    RETURNED="Every shipped unit came back.",
)


@strawberry.type(description="Who placed an order.")
class Customer(Node):
    email: str = strawberry.field(description="The customer's email address.")
    name: str | None = strawberry.field(description="The customer's name.")

    @classmethod
    def from_model(cls, row: m.Customer) -> Customer:
        return cls(id=to_global_id("Customer", row.id), email=row.email, name=row.name)

    @strawberry.field(description="How many of this customer's orders the caller may see.")
    async def order_count(self, info: Info) -> int:
        count, _ = await info.context.loaders.customer_orders.load((info.context.principal, _customer_pk(self.id)))
        return count

    @strawberry.field(description="The totals of those orders, one amount per currency.")
    async def order_totals(self, info: Info) -> list[Money]:
        _, totals = await info.context.loaders.customer_orders.load((info.context.principal, _customer_pk(self.id)))
        return [Money(amount=amount, currency=currency) for currency, amount in sorted(totals.items())]


def _customer_pk(global_id: str) -> int:
    pk = pk_of(global_id, "Customer")
    assert pk is not None
    return pk


@strawberry.type(description="One product on an order: how many, at what price, how much of it is sourced.")
class OrderLine(Node):
    sku: str = strawberry.field(description="The product's SKU.")
    name: str = strawberry.field(description="The product's name when the order was placed.")
    quantity: int = strawberry.field(description="Units ordered.")

    # Made when selected: a page's lines made two Money objects each whatever was read.
    @strawberry.field(description="Price of one unit.")
    def unit_price(self) -> Money:
        return Money(amount=self._unit_price, currency=self._currency)

    @strawberry.field(description="Quantity times unit price.")
    def line_total(self) -> Money:
        return Money(amount=self._line_total, currency=self._currency)

    # A resolver too, only to keep its place after them in the schema.
    @strawberry.field(
        description="Units cancelled from this line (orderLineCancel); `quantity` is what is still ordered."
    )
    def cancelled_quantity(self) -> int:
        return self._cancelled_quantity

    _order_id: strawberry.Private[int]
    _product_id: strawberry.Private[int]
    _order_status: strawberry.Private[m.OrderStatus]
    _cancelled_quantity: strawberry.Private[int]
    _unit_price: strawberry.Private[Decimal]
    _line_total: strawberry.Private[Decimal]
    _currency: strawberry.Private[str]

    @classmethod
    def from_model(cls, row: m.OrderLine, currency: str, order_status: m.OrderStatus) -> OrderLine:
        return cls(
            id=to_global_id("OrderLine", row.id),
            sku=row.sku,
            name=row.name,
            quantity=row.quantity,
            _cancelled_quantity=row.cancelled_quantity,
            _order_id=row.order_id,
            _product_id=row.product_id,
            _order_status=order_status,
            _unit_price=row.unit_price,
            _line_total=row.line_total,
            _currency=currency,
        )

    def _sourced(self, rows: list[m_inventory.Allocation]) -> int:
        """Units reserved or shipped for this line, of the order's allocations."""
        return units_sourced(rows).get(self._product_id, 0)

    # Plain functions: the value at once when the order's allocations are loaded already
    # (resolvers.prefetch), an awaitable otherwise (resolvers.loaded.now_or_later).
    @strawberry.field(description="Units reserved in (or shipped from) a warehouse.")
    def allocated_quantity(self, info: Info) -> int:
        return now_or_later(info.context.loaders.order_allocations, self._order_id, self._sourced)  # type: ignore[no-any-return]

    @strawberry.field(
        description="Units waiting for stock (none once the order is closed: cancelled, or shipped "
        "with its remainder cancelled)."
    )
    def backordered_quantity(self, info: Info) -> int:
        if self._order_status in CLOSED_STATUSES:
            return 0
        return now_or_later(  # type: ignore[no-any-return]
            info.context.loaders.order_allocations, self._order_id, lambda rows: self.quantity - self._sourced(rows)
        )


@strawberry.type(name="OrderEvent", description="One entry of an order's history.")
class OrderHistoryEntry:
    kind: str = strawberry.field(
        description="What happened: CREATED, STATUS_CHANGED or STOCK_SHORT (a count found units missing).",
        deprecation_reason=KIND_DEPRECATION,
    )
    event_kind: OrderEventKind = strawberry.field(description="What happened.")
    from_status: OrderStatus | None = strawberry.field(
        description="The status before (null if the status did not change)."
    )
    to_status: OrderStatus | None = strawberry.field(
        description="The status after (null if the status did not change)."
    )
    reason: str | None = strawberry.field(description="Why, as given by whoever did it.")
    actor: str = strawberry.field(description="Who did it: a token's name, or the system.")
    occurred_at: datetime = strawberry.field(description="When it happened.")

    @classmethod
    def from_model(cls, row: m.OrderEvent) -> OrderHistoryEntry:
        return cls(
            kind=row.kind,
            event_kind=OrderEventKind(row.kind),
            from_status=row.from_status,
            to_status=row.to_status,
            reason=row.reason,
            actor=row.actor,
            occurred_at=row.created_at,
        )


@strawberry.type(
    description="A customer's order from a sales channel: its lines, where it stands, how it is sourced and shipped."
)
class Order(Node):
    number: str = strawberry.field(description="The order number shown to customers (unique).")
    status: OrderStatus = strawberry.field(description="Where the order stands.")
    external_ref: str = strawberry.field(description="The channel's own reference for the order (unique per channel).")
    idempotency_key: str | None = strawberry.field(
        description="The key the order was created with, if any (retries with it return this order)."
    )
    currency: str = strawberry.field(
        description="ISO 4217 currency code of every amount on the order.", deprecation_reason=CURRENCY_DEPRECATION
    )
    # The amounts, addresses, tax lines, discounts and metadata are made from the stored row
    # when a selection asks for them (resolvers of `self` alone: the compiled path calls them
    # directly), not for every order of a page: building them all was a fifth of a 50-order
    # page's CPU (bench/RESULTS.md).
    subtotal: Money = strawberry.field(resolver=order_money.subtotal, description="Sum of the line totals.")
    total: Money = strawberry.field(resolver=order_money.total, description="What the customer pays.")
    shipping_address: Address = strawberry.field(
        resolver=order_money.shipping_address, description="Where the order ships to."
    )
    created_at: datetime = strawberry.field(description="When it was created.")
    updated_at: datetime = strawberry.field(description="When it last changed.")
    shipping_amount: Money = strawberry.field(resolver=order_money.shipping_amount, description="The shipping charge.")
    tax_total: Money = strawberry.field(resolver=order_money.tax_total, description="The sum of the tax lines.")
    discount_total: Money = strawberry.field(
        resolver=order_money.discount_total, description="The sum of the discounts."
    )
    tax_lines: list[TaxLine] = strawberry.field(
        resolver=order_money.tax_lines, description="The taxes charged (total = subtotal + shipping + tax - discounts)."
    )
    discounts: list[Discount] = strawberry.field(resolver=order_money.discounts, description="The discounts taken off.")
    financial_status: FinancialStatus = strawberry.field(description="Where the order's money stands.")
    billing_address: Address | None = strawberry.field(
        resolver=order_money.billing_address, description="Where the invoice goes (orderUpdate)."
    )
    phone: str | None = strawberry.field(description="The customer's phone for this order.")
    note: str | None = strawberry.field(description="A note on the order (orderUpdate).")
    metadata: list[MetadataItem] = strawberry.field(
        resolver=order_money.metadata, description="Public key/value metadata."
    )
    _row: strawberry.Private[m.Order]
    _private_metadata: strawberry.Private[dict[str, str]]
    _pk: strawberry.Private[int]
    _channel_id: strawberry.Private[int]
    _customer_id: strawberry.Private[int]
    _customer_name: strawberry.Private[str | None]

    @classmethod
    def from_model(cls, row: m.Order) -> Order:
        return cls(
            id=to_global_id("Order", row.id),
            number=row.number,
            status=m.OrderStatus(row.status),
            external_ref=row.external_ref,
            idempotency_key=row.idempotency_key,
            currency=row.currency,
            created_at=row.created_at,
            updated_at=row.updated_at,
            financial_status=FinancialStatus(row.financial_status),
            phone=row.phone,
            note=row.note,
            _row=row,
            _private_metadata=row.private_metadata,
            _pk=row.id,
            _channel_id=row.channel_id,
            _customer_id=row.customer_id,
            _customer_name=row.customer_name,
        )

    @strawberry.field(
        description="The currency of every amount on the order (null if the stored code is not ISO 4217)."
    )
    def currency_code(self) -> CurrencyCode | None:
        return currency_code_of(self.currency)

    @strawberry.field(description="The sales channel the order came from.")
    async def channel(self, info: Info) -> Channel:
        row = await info.context.loaders.channel.load(self._channel_id)
        assert row is not None
        return Channel.from_model(row)

    # customer, lines and allocations are plain functions: their value at once when a
    # resolver prefetched what they read (resolvers.prefetch), an awaitable otherwise.
    @strawberry.field(description="Who placed the order.")
    def customer(self, info: Info) -> Customer:
        return now_or_later(info.context.loaders.customer, self._customer_id, self._customer)  # type: ignore[no-any-return]

    def _customer(self, row: m.Customer | None) -> Customer:
        assert row is not None
        # The name this order was placed with, not what other orders stored.
        return Customer(id=to_global_id("Customer", row.id), email=row.email, name=self._customer_name)

    @strawberry.field(description="The products ordered.")
    def lines(self, info: Info) -> list[OrderLine]:
        return now_or_later(info.context.loaders.order_lines, self._pk, self._lines)  # type: ignore[no-any-return]

    def _lines(self, rows: list[m.OrderLine]) -> list[OrderLine]:
        return [OrderLine.from_model(r, self.currency, self.status) for r in rows]

    @strawberry.field(description="Where each line's units come from (current and released).")
    def allocations(self, info: Info) -> list[Allocation]:
        loaders = info.context.loaders
        rows, lines = loaded(loaders.order_allocations, self._pk), loaded(loaders.order_lines, self._pk)
        if rows is MISSING or lines is MISSING or not sees_whole_order(info.context.principal):
            return self._allocations_later(info)  # type: ignore[return-value]
        return _allocation_nodes(rows, lines)

    async def _allocations_later(self, info: Info) -> list[Allocation]:
        rows = await _own_warehouse(info, await info.context.loaders.order_allocations.load(self._pk))
        return _allocation_nodes(rows, await info.context.loaders.order_lines.load(self._pk))

    @strawberry.field(description="Shipments packed for this order (a warehouse sees its own).")
    async def shipments(self, info: Info) -> list[Shipment]:
        rows = await _own_warehouse(info, await info.context.loaders.order_shipments.load(self._pk))
        return [Shipment.from_model(r) for r in rows]

    @strawberry.field(description="Picking work for this order (staff, and each warehouse its own).")
    async def pick_tasks(self, info: Info) -> list[PickTask]:
        if not may_see_tasks(info.context.principal):
            return []
        return [
            PickTask.from_model(r)
            for r in await _own_warehouse(info, await info.context.loaders.order_pick_tasks.load(self._pk))
        ]

    @strawberry.field(description="Return requests (RMAs) for this order.")
    async def returns(self, info: Info) -> list[ReturnRequest]:
        rows = await info.context.loaders.order_returns.load(self._pk)
        lines = await info.context.loaders.return_lines.load_many([r.id for r in rows])
        return [ReturnRequest.from_model(r, ls) for r, ls in zip(rows, lines, strict=True)]

    @strawberry.field(description="Money given back on the order.")
    async def refunds(self, info: Info) -> list[Refund]:
        return [Refund.from_model(r) for r in await info.context.loaders.order_refunds.load(self._pk)]

    @strawberry.field(description="Private key/value metadata: staff only (null for anyone else).")
    def private_metadata(self, info: Info) -> list[MetadataItem] | None:
        return metadata_items(self._private_metadata) if sees_private_metadata(info.context.principal) else None

    @strawberry.field(description="The order's tags, sorted (the orders filter finds them).")
    async def tags(self, info: Info) -> list[str]:
        return sorted(t.tag for t in await info.context.loaders.order_tags.load(self._pk))

    @strawberry.field(description="Payment events recorded against the order, oldest first.")
    async def payments(self, info: Info) -> list[Payment]:
        return [Payment.from_model(r) for r in await info.context.loaders.order_payments.load(self._pk)]

    @strawberry.field(description="Sum of the refunds.")
    async def refunded_total(self, info: Info) -> Money:
        rows = await info.context.loaders.order_refunds.load(self._pk)
        return Money(amount=sum((r.amount for r in rows), Decimal("0.00")), currency=self.currency)

    @strawberry.field(description="Every status change, oldest first.")
    async def history(self, info: Info) -> list[OrderHistoryEntry]:
        rows = await info.context.loaders.order_events.load(self._pk)
        return [OrderHistoryEntry.from_model(r) for r in rows]


def _allocation_nodes(rows: list[m_inventory.Allocation], lines: list[m.OrderLine]) -> list[Allocation]:
    skus = {ln.product_id: ln.sku for ln in lines}
    return [Allocation.from_model(a, skus.get(a.product_id, "")) for a in rows]


async def _own_warehouse(info: Info, rows: list[W]) -> list[W]:
    """The parts of the order the caller may see (a warehouse: its own, on a split order)."""
    principal = info.context.principal
    if sees_whole_order(principal):
        return rows
    ids = sorted({r.warehouse_id for r in rows if r.warehouse_id is not None})
    codes = {w.id: w.code for w in await info.context.loaders.warehouse.load_many(ids) if w}
    return own_parts(principal, rows, codes)


OrderConnection = Connection[Order]


@strawberry.input(description="Which orders to list: every given field must match (lists match any of their values).")
class OrderFilter:
    status: list[OrderStatus] | None = strawberry.field(
        default=None, description="Only orders in one of these statuses."
    )
    channel: str | None = strawberry.field(default=None, description="Channel code.")
    warehouse: str | None = strawberry.field(default=None, description="Orders with stock allocated at this warehouse.")
    customer_email: str | None = strawberry.field(
        default=None, description="Only orders of the customer with this email."
    )
    created_after: datetime | None = strawberry.field(
        default=None, description="Only orders placed at or after this instant."
    )
    created_before: datetime | None = strawberry.field(
        default=None, description="Only orders placed before this instant."
    )
    search: str | None = strawberry.field(
        default=None, description="Order number, external ref, customer email or name."
    )
    sku: str | None = strawberry.field(default=None, description="Orders with a line of this SKU.")
    tracking_number: str | None = strawberry.field(
        default=None, description="The order of the shipment with this tracking number."
    )
    external_ref: str | None = strawberry.field(default=None, description="The channel's reference, exactly.")
    tag: str | None = strawberry.field(default=None, description="Orders with this tag.")

    def to_search(self) -> OrderSearch:
        """The criteria the order lists (`orders`, `myOrders`) search with: every field, in one place."""
        return OrderSearch(
            statuses=self.status,
            channel=self.channel,
            warehouse=self.warehouse,
            customer_email=self.customer_email,
            created_after=self.created_after,
            created_before=self.created_before,
            search=self.search,
            sku=self.sku,
            tracking_number=self.tracking_number,
            external_ref=self.external_ref,
            tag=self.tag,
        )


@strawberry.enum(description="What orders are sorted by.")
class OrderSortField(Enum):
    CREATED_AT = "created_at"
    NUMBER = "id"
    STATUS = "status"


describe_values(
    OrderSortField, CREATED_AT="When the order was placed.", NUMBER="The order number.", STATUS="The order status."
)


@strawberry.input(description="The order in which orders are listed.")
class OrderSort:
    field: OrderSortField = strawberry.field(default=OrderSortField.CREATED_AT, description="What to sort by.")
    direction: SortDirection = strawberry.field(default=SortDirection.DESC, description="Ascending or descending.")


@strawberry.type(description="An order's status changed (creation included: previousStatus is null).")
class OrderStatusEvent:
    cursor: str = strawberry.field(
        description="The event's place in the stream: subscribe again with `after` set to it to resume after it."
    )
    occurred_at: datetime = strawberry.field(description="When it happened.")
    order: Order | None = strawberry.field(description="The order as it is now; null if no longer visible.")
    previous_status: OrderStatus | None = strawberry.field(description="The status before (null for a new order).")
    status: OrderStatus = strawberry.field(description="The status now.")
    # What the event is about and which answer it is, for the subscribers that may share its
    # execution (schema.live_execution.SharedEventExecutor): set by the resolver once it has scoped it.
    shared_as: strawberry.Private[tuple[Hashable, Hashable] | None] = None
