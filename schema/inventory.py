"""Stock levels, movements, allocations, low-stock alerts."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry

from models import inventory as m
from resolvers.context import Info
from resolvers.loaded import shared_now_or_later
from schema.catalog import Product, Warehouse, warehouse_node, warehouse_of
from schema.common import Connection, Node, UserError, describe_values, to_global_id

MovementReason = m.MovementReason
strawberry.enum(MovementReason, name="MovementReason", description="Why stock changed.")
describe_values(
    MovementReason,
    RECEIPT="Goods received (stockAdjust or a purchase order receipt).",
    ADJUSTMENT="A correction: damage, loss, found.",
    COUNT="A stock count set on-hand units.",
    RESERVE="Units reserved for an order.",
    RELEASE="A reservation given back.",
    SHIP="Units left in a shipment.",
    RETURN_RESTOCK="Returned units put back on the shelf.",
    CANCEL_RESTOCK="Units of a cancelled, already picked order put back.",
    TRANSFER="Units moved between warehouses.",
)
AllocationStatus = m.AllocationStatus
strawberry.enum(
    AllocationStatus, name="AllocationStatus", description="Where a reservation of stock for an order line stands."
)
describe_values(
    AllocationStatus,
    RESERVED="Units held in the warehouse for the line.",
    RELEASED="Given back to available stock (cancelled or re-planned).",
    SHIPPED="Left the warehouse in a shipment.",
)


@strawberry.enum(description="What a stockAdjust is: goods received, or a correction (damage, loss, found).")
class StockAdjustReason(Enum):
    RECEIPT = "RECEIPT"
    ADJUSTMENT = "ADJUSTMENT"


describe_values(StockAdjustReason, RECEIPT="Goods received.", ADJUSTMENT="A correction: damage, loss, found.")


async def _product(info: Info, product_id: int) -> Product:
    row = await info.context.loaders.product.load(product_id)
    assert row is not None
    return Product.from_model(row)


@strawberry.type(
    description="Stock of one product in one warehouse: on hand, reserved, available, and its replenishment policy."
)
class StockLevel(Node):
    on_hand: int = strawberry.field(description="Units physically in the warehouse.")
    reserved: int = strawberry.field(description="Units held for orders.")
    available: int = strawberry.field(description="onHand - reserved; never negative.")
    safety_stock: int = strawberry.field(description="Units kept back from channels that respect safety stock.")
    reorder_point: int = strawberry.field(description="At or below this many available units, replenish.")
    reorder_quantity: int = strawberry.field(description="How many units to order when replenishing.")
    below_safety_stock: bool = strawberry.field(description="Whether available units are below the safety stock.")
    auto_reorder: bool = strawberry.field(description="Draft a purchase order when this level crosses to low stock.")
    updated_at: datetime = strawberry.field(description="When it last changed.")
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

    @strawberry.field(description="The product.")
    async def product(self, info: Info) -> Product:
        return await _product(info, self._product_id)

    @strawberry.field(description="The warehouse.")
    async def warehouse(self, info: Info) -> Warehouse:
        return await warehouse_of(info, self._warehouse_id)


@strawberry.type(description="One entry of the stock ledger: a change to on-hand or reserved units, and why.")
class StockMovement(Node):
    reason: MovementReason = strawberry.field(description="Why stock changed.")
    on_hand_delta: int = strawberry.field(description="Change to on-hand units.")
    reserved_delta: int = strawberry.field(description="Change to reserved units.")
    actor: str = strawberry.field(description="Who or what changed it.")
    reference: str | None = strawberry.field(
        description="What it belongs to (an order, purchase order or return number)."
    )
    note: str | None = strawberry.field(description="A note given with the change.")
    occurred_at: datetime = strawberry.field(description="When it happened.")
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

    @strawberry.field(description="The product.")
    async def product(self, info: Info) -> Product:
        return await _product(info, self._product_id)

    @strawberry.field(description="The warehouse.")
    async def warehouse(self, info: Info) -> Warehouse:
        return await warehouse_of(info, self._warehouse_id)


@strawberry.type(description="Units of an order line sourced from a warehouse.")
class Allocation(Node):
    sku: str = strawberry.field(description="The product's SKU.")
    quantity: int = strawberry.field(description="Number of units.")
    status: AllocationStatus = strawberry.field(description="Reserved, released or shipped.")
    created_at: datetime = strawberry.field(description="When it was created.")
    _warehouse_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, row: m.Allocation, sku: str) -> Allocation:
        return cls(
            id=to_global_id("Allocation", row.id),
            sku=sku,
            quantity=row.quantity,
            # A row read holds the member already (the call is for a row made in memory).
            status=row.status if type(row.status) is m.AllocationStatus else m.AllocationStatus(row.status),
            created_at=row.created_at,
            _warehouse_id=row.warehouse_id,
        )

    @strawberry.field(description="Where the units are reserved (null for a drop-shipped line).")
    def warehouse(self, info: Info) -> Warehouse | None:
        # At once when the warehouse is loaded already (resolvers.prefetch), else an awaitable.
        if self._warehouse_id is None:
            return None
        loaders = info.context.loaders
        return shared_now_or_later(loaders.nodes, loaders.warehouse, self._warehouse_id, warehouse_node)  # type: ignore[no-any-return]


StockLevelConnection = Connection[StockLevel]


StockMovementConnection = Connection[StockMovement]


@strawberry.input(description="Which stock levels to list: every given field must match.")
class StockLevelFilter:
    sku: str | None = strawberry.field(default=None, description="The product's SKU.")
    warehouse: str | None = strawberry.field(default=None, description="Warehouse code.")
    below_safety_stock: bool | None = strawberry.field(
        default=None, description="Only those below (true) or not below (false) their safety stock."
    )


@strawberry.input(description="Which ledger entries to list: every given field must match.")
class StockMovementFilter:
    sku: str | None = strawberry.field(default=None, description="The product's SKU.")
    warehouse: str | None = strawberry.field(default=None, description="The warehouse's code.")
    reason: list[MovementReason] | None = strawberry.field(
        default=None, description="Only entries with one of these reasons."
    )
    reference: str | None = strawberry.field(default=None, description='e.g. "order:OG-000042".')


@strawberry.input(description="What `stockAdjust` is asked to do.")
class StockAdjustInput:
    sku: str = strawberry.field(description="The product's SKU.")
    warehouse: str = strawberry.field(description="The warehouse's code.")
    delta: int = strawberry.field(description="Units to add (positive) or remove (negative).")
    reason: StockAdjustReason = strawberry.field(description="Goods received, or a correction.")
    note: str | None = strawberry.field(default=None, description="A free-text note, kept with the record.")


@strawberry.input(description="What `stockCount` is asked to do.")
class StockCountInput:
    sku: str = strawberry.field(description="The product's SKU.")
    warehouse: str = strawberry.field(description="The warehouse's code.")
    on_hand: int = strawberry.field(description="The units counted on the shelf.")
    note: str | None = strawberry.field(default=None, description="A free-text note, kept with the record.")


@strawberry.input(description="What `stockPolicyUpdate` is asked to do.")
class StockPolicyUpdateInput:
    sku: str = strawberry.field(description="The product's SKU.")
    warehouse: str = strawberry.field(description="The warehouse's code.")
    safety_stock: int | None = strawberry.field(
        default=None, description="Units kept back from channels that respect safety stock."
    )
    reorder_point: int | None = strawberry.field(
        default=None, description="At or below this many available units, replenish."
    )
    reorder_quantity: int | None = strawberry.field(
        default=None, description="How many units to order when replenishing."
    )
    auto_reorder: bool | None = strawberry.field(
        default=None, description="Whether to raise purchase orders automatically at the reorder point."
    )


@strawberry.type(description="What `stockAdjust` did: the result, or userErrors saying why not.")
class StockAdjustPayload:
    stock_level: StockLevel | None = strawberry.field(
        default=None, description="The stock level as it is now (null when userErrors say why not)."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )


@strawberry.type(description="What `stockCount` did: the result, or userErrors saying why not.")
class StockCountPayload:
    stock_level: StockLevel | None = strawberry.field(
        default=None, description="The stock level as it is now (null when userErrors say why not)."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )


@strawberry.type(description="What `stockPolicyUpdate` did: the result, or userErrors saying why not.")
class StockPolicyUpdatePayload:
    stock_level: StockLevel | None = strawberry.field(
        default=None, description="The stock level as it is now (null when userErrors say why not)."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )


@strawberry.type(description="Available stock crossed to or below its safety stock (once per crossing).")
class LowStockAlert:
    cursor: str = strawberry.field(
        description="The event's place in the stream: subscribe again with `after` set to it to resume after it."
    )
    occurred_at: datetime = strawberry.field(description="When it happened.")
    stock_level: StockLevel | None = strawberry.field(
        description="The stock level that fell (null if no longer visible)."
    )
    available: int = strawberry.field(description="Available units when the alert was raised.")
    safety_stock: int = strawberry.field(description="The safety stock it fell below.")


@strawberry.input(description="The counted on-hand units of one SKU.")
class StockSyncItemInput:
    sku: str = strawberry.field(description="The product's SKU.")
    on_hand: int = strawberry.field(description="The units counted.")


@strawberry.input(description="What `stockSync` is asked to do.")
class StockSyncInput:
    warehouse: str = strawberry.field(description="The warehouse's code.")
    as_of: datetime = strawberry.field(description="When the feed counted; older than the last applied count = STALE.")
    items: list[StockSyncItemInput] = strawberry.field(description="The counts, one per SKU.")


@strawberry.enum(description="What a stock sync did with one SKU.")
class StockSyncStatus(Enum):
    APPLIED = "APPLIED"
    UNCHANGED = "UNCHANGED"
    STALE = "STALE"
    REJECTED = "REJECTED"


describe_values(
    StockSyncStatus,
    APPLIED="On-hand set to the count.",
    UNCHANGED="The count equals what we have.",
    STALE="Older than a change we already have: ignored.",
    REJECTED="Not applied: see the message.",
)


@strawberry.type(description="What a stock sync did with one SKU.")
class StockSyncResult:
    sku: str = strawberry.field(description="The product's SKU.")
    status: StockSyncStatus = strawberry.field(description="What the sync did with it.")
    message: str | None = strawberry.field(description="Why, when STALE or REJECTED.")


@strawberry.type(description="What `stockSync` did: the result, or userErrors saying why not.")
class StockSyncPayload:
    results: list[StockSyncResult] = strawberry.field(
        default_factory=list, description="What happened to each SKU, in the order sent."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )
