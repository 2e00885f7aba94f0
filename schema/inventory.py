"""Stock levels, movements, allocations, low-stock alerts."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry

from models import inventory as m
from resolvers.context import Info
from resolvers.loaders import now_or_later
from schema.catalog import Product, Warehouse, warehouse_node, warehouse_of
from schema.common import Connection, Node, UserError, to_global_id

MovementReason = m.MovementReason
strawberry.enum(MovementReason, name="MovementReason")
AllocationStatus = m.AllocationStatus
strawberry.enum(AllocationStatus, name="AllocationStatus")


@strawberry.enum(description="What a stockAdjust is: goods received, or a correction (damage, loss, found).")
class StockAdjustReason(Enum):
    RECEIPT = "RECEIPT"
    ADJUSTMENT = "ADJUSTMENT"


async def _product(info: Info, product_id: int) -> Product:
    row = await info.context.loaders.product.load(product_id)
    assert row is not None
    return Product.from_model(row)


@strawberry.type
class StockLevel(Node):
    on_hand: int
    reserved: int
    available: int = strawberry.field(description="onHand - reserved; never negative.")
    safety_stock: int
    reorder_point: int
    reorder_quantity: int
    below_safety_stock: bool
    auto_reorder: bool = strawberry.field(description="Draft a purchase order when this level crosses to low stock.")
    updated_at: datetime
    _product_id: strawberry.Private[int]
    _warehouse_id: strawberry.Private[int]

    @classmethod
    def from_model(cls, row: m.StockLevel) -> StockLevel:
        return cls(
            id=to_global_id("StockLevel", row.id),
            on_hand=row.on_hand,
            reserved=row.reserved,
            available=row.on_hand - row.reserved,
            safety_stock=row.safety_stock,
            reorder_point=row.reorder_point,
            reorder_quantity=row.reorder_quantity,
            below_safety_stock=row.on_hand - row.reserved <= row.safety_stock,
            auto_reorder=row.auto_reorder,
            updated_at=row.updated_at,
            _product_id=row.product_id,
            _warehouse_id=row.warehouse_id,
        )

    @strawberry.field(description="Units on open (sent, confirmed, partly received) purchase orders.")
    async def incoming(self, info: Info) -> int:
        return await info.context.loaders.incoming.load((self._product_id, self._warehouse_id))

    @strawberry.field
    async def product(self, info: Info) -> Product:
        return await _product(info, self._product_id)

    @strawberry.field
    async def warehouse(self, info: Info) -> Warehouse:
        return await warehouse_of(info, self._warehouse_id)


@strawberry.type
class StockMovement(Node):
    reason: MovementReason
    on_hand_delta: int
    reserved_delta: int
    actor: str
    reference: str | None
    note: str | None
    occurred_at: datetime
    _product_id: strawberry.Private[int]
    _warehouse_id: strawberry.Private[int]

    @classmethod
    def from_model(cls, row: m.StockMovement) -> StockMovement:
        return cls(
            id=to_global_id("StockMovement", row.id),
            reason=m.MovementReason(row.reason),
            on_hand_delta=row.on_hand_delta,
            reserved_delta=row.reserved_delta,
            actor=row.actor,
            reference=row.reference,
            note=row.note,
            occurred_at=row.created_at,
            _product_id=row.product_id,
            _warehouse_id=row.warehouse_id,
        )

    @strawberry.field
    async def product(self, info: Info) -> Product:
        return await _product(info, self._product_id)

    @strawberry.field
    async def warehouse(self, info: Info) -> Warehouse:
        return await warehouse_of(info, self._warehouse_id)


@strawberry.type(description="Units of an order line sourced from a warehouse.")
class Allocation(Node):
    sku: str
    quantity: int
    status: AllocationStatus
    created_at: datetime
    _warehouse_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, row: m.Allocation, sku: str) -> Allocation:
        return cls(
            id=to_global_id("Allocation", row.id),
            sku=sku,
            quantity=row.quantity,
            status=m.AllocationStatus(row.status),
            created_at=row.created_at,
            _warehouse_id=row.warehouse_id,
        )

    @strawberry.field
    def warehouse(self, info: Info) -> Warehouse | None:
        # At once when the warehouse is loaded already (resolvers.prefetch), else an awaitable.
        if self._warehouse_id is None:
            return None
        return now_or_later(info.context.loaders.warehouse, self._warehouse_id, warehouse_node)  # type: ignore[no-any-return]


StockLevelConnection = Connection[StockLevel]


StockMovementConnection = Connection[StockMovement]


@strawberry.input
class StockLevelFilter:
    sku: str | None = None
    warehouse: str | None = strawberry.field(default=None, description="Warehouse code.")
    below_safety_stock: bool | None = None


@strawberry.input
class StockMovementFilter:
    sku: str | None = None
    warehouse: str | None = None
    reason: list[MovementReason] | None = None
    reference: str | None = strawberry.field(default=None, description='e.g. "order:OG-000042".')


@strawberry.input
class StockAdjustInput:
    sku: str
    warehouse: str
    delta: int
    reason: StockAdjustReason
    note: str | None = None


@strawberry.input
class StockCountInput:
    sku: str
    warehouse: str
    on_hand: int
    note: str | None = None


@strawberry.input
class StockPolicyUpdateInput:
    sku: str
    warehouse: str
    safety_stock: int | None = None
    reorder_point: int | None = None
    reorder_quantity: int | None = None
    auto_reorder: bool | None = None


@strawberry.type
class StockAdjustPayload:
    stock_level: StockLevel | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class StockCountPayload:
    stock_level: StockLevel | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class StockPolicyUpdatePayload:
    stock_level: StockLevel | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type(description="Available stock crossed to or below its safety stock (once per crossing).")
class LowStockAlert:
    cursor: str
    occurred_at: datetime
    stock_level: StockLevel | None
    available: int
    safety_stock: int


@strawberry.input
class StockSyncItemInput:
    sku: str
    on_hand: int


@strawberry.input
class StockSyncInput:
    warehouse: str
    as_of: datetime = strawberry.field(description="When the feed counted; older than the last applied count = STALE.")
    items: list[StockSyncItemInput]


@strawberry.enum
class StockSyncStatus(Enum):
    APPLIED = "APPLIED"
    UNCHANGED = "UNCHANGED"
    STALE = "STALE"
    REJECTED = "REJECTED"


@strawberry.type
class StockSyncResult:
    sku: str
    status: StockSyncStatus
    message: str | None


@strawberry.type
class StockSyncPayload:
    results: list[StockSyncResult] = strawberry.field(default_factory=list)
    user_errors: list[UserError] = strawberry.field(default_factory=list)
