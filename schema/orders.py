"""Orders: the Order type, its lines and history, inputs, payloads and the connection."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

import strawberry

from models import orders as m
from models.inventory import AllocationStatus as AllocationStatusModel
from resolvers.context import Info
from schema.addresses import Address, AddressInput, address_of
from schema.catalog import Channel, Warehouse
from schema.common import Connection, Money, Node, SortDirection, UserError, to_global_id
from schema.inventory import Allocation
from schema.order_money import (
    Discount,
    FinancialStatus,
    MetadataItem,
    Payment,
    TaxLine,
    billing_address_of,
    discounts_of,
    metadata_items,
    tax_lines_of,
)
from schema.picking import PickTask
from schema.returns import Refund, ReturnRequest
from schema.shipping import Shipment
from services.order_details import sees_private_metadata
from services.order_status import CLOSED_STATUSES
from services.orders import own_parts, sees_whole_order
from services.picking_reads import may_see_tasks

W = TypeVar("W", bound=Any)

OrderStatus = m.OrderStatus
strawberry.enum(OrderStatus, name="OrderStatus")


@strawberry.type
class Customer(Node):
    email: str
    name: str | None

    @classmethod
    def from_model(cls, row: m.Customer) -> Customer:
        return cls(id=to_global_id("Customer", row.id), email=row.email, name=row.name)


@strawberry.type
class OrderLine(Node):
    sku: str
    name: str
    quantity: int
    unit_price: Money
    line_total: Money
    cancelled_quantity: int = strawberry.field(
        description="Units cancelled from this line (orderLineCancel); `quantity` is what is still ordered."
    )
    _order_id: strawberry.Private[int]
    _product_id: strawberry.Private[int]
    _order_status: strawberry.Private[m.OrderStatus]

    @classmethod
    def from_model(cls, row: m.OrderLine, currency: str, order_status: m.OrderStatus) -> OrderLine:
        return cls(
            id=to_global_id("OrderLine", row.id),
            sku=row.sku,
            name=row.name,
            quantity=row.quantity,
            unit_price=Money(amount=row.unit_price, currency=currency),
            line_total=Money(amount=row.line_total, currency=currency),
            cancelled_quantity=row.cancelled_quantity,
            _order_id=row.order_id,
            _product_id=row.product_id,
            _order_status=order_status,
        )

    async def _sourced(self, info: Info) -> int:
        """Units reserved or shipped for this line (released ones do not count)."""
        rows = await info.context.loaders.order_allocations.load(self._order_id)
        return sum(
            a.quantity for a in rows if a.product_id == self._product_id and a.status != AllocationStatusModel.RELEASED
        )

    @strawberry.field(description="Units reserved in (or shipped from) a warehouse.")
    async def allocated_quantity(self, info: Info) -> int:
        return await self._sourced(info)

    @strawberry.field(
        description="Units waiting for stock (none once the order is closed: cancelled, or shipped "
        "with its remainder cancelled)."
    )
    async def backordered_quantity(self, info: Info) -> int:
        if self._order_status in CLOSED_STATUSES:
            return 0
        return self.quantity - await self._sourced(info)


@strawberry.type(name="OrderEvent", description="One entry of an order's history.")
class OrderHistoryEntry:
    kind: str
    from_status: OrderStatus | None
    to_status: OrderStatus | None
    reason: str | None
    actor: str
    occurred_at: datetime

    @classmethod
    def from_model(cls, row: m.OrderEvent) -> OrderHistoryEntry:
        return cls(
            kind=row.kind,
            from_status=row.from_status,
            to_status=row.to_status,
            reason=row.reason,
            actor=row.actor,
            occurred_at=row.created_at,
        )


@strawberry.type
class Order(Node):
    number: str
    status: OrderStatus
    external_ref: str
    idempotency_key: str | None
    currency: str
    subtotal: Money
    total: Money
    shipping_address: Address
    created_at: datetime
    updated_at: datetime
    shipping_amount: Money = strawberry.field(description="The shipping charge.")
    tax_total: Money = strawberry.field(description="The sum of the tax lines.")
    discount_total: Money = strawberry.field(description="The sum of the discounts.")
    tax_lines: list[TaxLine] = strawberry.field(
        description="The taxes charged (total = subtotal + shipping + tax - discounts)."
    )
    discounts: list[Discount] = strawberry.field(description="The discounts taken off.")
    financial_status: FinancialStatus = strawberry.field(description="Where the order's money stands.")
    billing_address: Address | None = strawberry.field(description="Where the invoice goes (orderUpdate).")
    phone: str | None = strawberry.field(description="The customer's phone for this order.")
    note: str | None = strawberry.field(description="A note on the order (orderUpdate).")
    metadata: list[MetadataItem] = strawberry.field(description="Public key/value metadata.")
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
            subtotal=Money(amount=row.subtotal, currency=row.currency),
            total=Money(amount=row.total, currency=row.currency),
            shipping_address=address_of(row),
            created_at=row.created_at,
            updated_at=row.updated_at,
            shipping_amount=Money(amount=row.shipping_amount, currency=row.currency),
            tax_total=Money(amount=row.tax_amount, currency=row.currency),
            discount_total=Money(amount=row.discount_amount, currency=row.currency),
            tax_lines=tax_lines_of(row.tax_lines, row.currency),
            discounts=discounts_of(row.discounts, row.currency),
            financial_status=FinancialStatus(row.financial_status),
            billing_address=billing_address_of(row),
            phone=row.phone,
            note=row.note,
            metadata=metadata_items(row.metadata),
            _private_metadata=row.private_metadata,
            _pk=row.id,
            _channel_id=row.channel_id,
            _customer_id=row.customer_id,
            _customer_name=row.customer_name,
        )

    @strawberry.field
    async def channel(self, info: Info) -> Channel:
        row = await info.context.loaders.channel.load(self._channel_id)
        assert row is not None
        return Channel.from_model(row)

    @strawberry.field
    async def customer(self, info: Info) -> Customer:
        row = await info.context.loaders.customer.load(self._customer_id)
        assert row is not None
        # The name this order was placed with, not what other orders stored.
        return Customer(id=to_global_id("Customer", row.id), email=row.email, name=self._customer_name)

    @strawberry.field
    async def lines(self, info: Info) -> list[OrderLine]:
        rows = await info.context.loaders.order_lines.load(self._pk)
        return [OrderLine.from_model(r, self.currency, self.status) for r in rows]

    @strawberry.field(description="Where each line's units come from (current and released).")
    async def allocations(self, info: Info) -> list[Allocation]:
        rows = await _own_warehouse(info, await info.context.loaders.order_allocations.load(self._pk))
        skus = {ln.product_id: ln.sku for ln in await info.context.loaders.order_lines.load(self._pk)}
        return [Allocation.from_model(a, skus.get(a.product_id, "")) for a in rows]

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

    @strawberry.field
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

    @strawberry.field
    async def refunded_total(self, info: Info) -> Money:
        rows = await info.context.loaders.order_refunds.load(self._pk)
        return Money(amount=sum((r.amount for r in rows), Decimal("0.00")), currency=self.currency)

    @strawberry.field(description="Every status change, oldest first.")
    async def history(self, info: Info) -> list[OrderHistoryEntry]:
        rows = await info.context.loaders.order_events.load(self._pk)
        return [OrderHistoryEntry.from_model(r) for r in rows]


async def _own_warehouse(info: Info, rows: list[W]) -> list[W]:
    """The parts of the order the caller may see (a warehouse: its own, on a split order)."""
    principal = info.context.principal
    if sees_whole_order(principal):
        return rows
    ids = sorted({r.warehouse_id for r in rows if r.warehouse_id is not None})
    codes = {w.id: w.code for w in await info.context.loaders.warehouse.load_many(ids) if w}
    return own_parts(principal, rows, codes)


OrderConnection = Connection[Order]


@strawberry.input
class OrderFilter:
    status: list[OrderStatus] | None = None
    channel: str | None = strawberry.field(default=None, description="Channel code.")
    warehouse: str | None = strawberry.field(default=None, description="Orders with stock allocated at this warehouse.")
    customer_email: str | None = None
    created_after: datetime | None = None
    created_before: datetime | None = None
    search: str | None = strawberry.field(
        default=None, description="Order number, external ref, customer email or name."
    )
    sku: str | None = strawberry.field(default=None, description="Orders with a line of this SKU.")
    tracking_number: str | None = strawberry.field(
        default=None, description="The order of the shipment with this tracking number."
    )
    external_ref: str | None = strawberry.field(default=None, description="The channel's reference, exactly.")
    tag: str | None = strawberry.field(default=None, description="Orders with this tag.")


@strawberry.enum
class OrderSortField(Enum):
    CREATED_AT = "created_at"
    NUMBER = "id"
    STATUS = "status"


@strawberry.input
class OrderSort:
    field: OrderSortField = OrderSortField.CREATED_AT
    direction: SortDirection = SortDirection.DESC


@strawberry.input
class CustomerInput:
    email: str
    name: str | None = None


@strawberry.input
class OrderLineInput:
    sku: str
    quantity: int
    unit_price: Decimal | None = None


@strawberry.input
class OrderCreateInput:
    channel: str = strawberry.field(description="Channel code.")
    external_ref: str = strawberry.field(description="The order's id in the sales channel; idempotency key #1.")
    customer: CustomerInput
    shipping_address: AddressInput
    lines: list[OrderLineInput]
    currency: str | None = None
    idempotency_key: str | None = None


@strawberry.input
class OrderCancelInput:
    id: strawberry.ID
    reason: str


@strawberry.input(description="Close a partly shipped order: what has not shipped is cancelled.")
class OrderCancelRemainderInput:
    id: strawberry.ID
    reason: str


@strawberry.input
class OrderHoldInput:
    id: strawberry.ID
    reason: str


@strawberry.input
class OrderAllocateInput:
    id: strawberry.ID


@strawberry.type
class OrderAllocatePayload:
    order: Order | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class OrderReleaseInput:
    id: strawberry.ID
    reason: str | None = None


@strawberry.type
class OrderCreatePayload:
    order: Order | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)
    replayed: bool = strawberry.field(
        default=False,
        description="True when this request repeated one already taken (same externalRef or idempotencyKey): "
        "`order` is the order it created then, and nothing new was written.",
    )


@strawberry.type
class OrderCancelPayload:
    order: Order | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class OrderCancelRemainderPayload:
    order: Order | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class OrderHoldPayload:
    order: Order | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class OrderReleasePayload:
    order: Order | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type(description="An order's status changed (creation included: previousStatus is null).")
class OrderStatusEvent:
    cursor: str
    occurred_at: datetime
    order: Order | None = strawberry.field(description="The order as it is now; null if no longer visible.")
    previous_status: OrderStatus | None
    status: OrderStatus


@strawberry.type
class AllocationPick:
    sku: str
    quantity: int
    warehouse: Warehouse | None
    drop_ship_supplier: str | None = strawberry.field(description="Supplier code for drop-shipped lines.")


@strawberry.type
class UnfilledLine:
    sku: str
    quantity: int


@strawberry.type(description="One way to source an order, with why it ranks where it does.")
class AllocationPlan:
    rank: int
    strategy: str
    allow_split: bool
    chosen: bool = strawberry.field(description="What orderCreate would do now under the channel's rules.")
    complete: bool
    shipments: int
    distance_km: float | None = strawberry.field(description="Farthest warehouse used, when coordinates are known.")
    picks: list[AllocationPick]
    unfilled: list[UnfilledLine]
    reason: str


@strawberry.type
class AllocationPreviewPayload:
    plans: list[AllocationPlan] = strawberry.field(
        default_factory=list, description="The chosen plan first (rank 1), then the alternatives, best first."
    )
    would_reject: bool = strawberry.field(
        default=False, description="orderCreate would refuse this order now (a REJECT channel that cannot ship it all)."
    )
    rejection: list[UserError] = strawberry.field(
        default_factory=list, description="The userErrors orderCreate would answer with, when it would reject."
    )
    user_errors: list[UserError] = strawberry.field(default_factory=list)
