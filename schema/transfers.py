"""Stock transfers between warehouses: types, inputs, payloads."""

from __future__ import annotations

from datetime import datetime

import strawberry

from models import transfers as m
from resolvers.context import Info
from schema.catalog import Warehouse
from schema.common import Connection, Node, UserError, describe_values, to_global_id

StockTransferStatus = m.StockTransferStatus
strawberry.enum(
    StockTransferStatus,
    name="StockTransferStatus",
    description="DRAFT -> IN_TRANSIT (dispatched) -> PARTIALLY_RECEIVED -> RECEIVED; a draft can be CANCELLED.",
)
describe_values(
    StockTransferStatus,
    DRAFT="Planned; nothing has left the source yet.",
    IN_TRANSIT="Dispatched: the units left the source and count as incoming at the destination.",
    PARTIALLY_RECEIVED="Some of the units arrived at the destination.",
    RECEIVED="Every unit arrived.",
    CANCELLED="Cancelled before dispatch.",
)


@strawberry.type(description="Units of one SKU on a transfer.")
class StockTransferLine:
    sku: str = strawberry.field(description="The product moved.")
    quantity: int = strawberry.field(description="Units sent.")
    received_quantity: int = strawberry.field(description="Units booked in at the destination so far.")
    in_transit_quantity: int = strawberry.field(
        description="Units dispatched and not yet received (0 before dispatch and after receipt)."
    )


@strawberry.type(description="Stock moving from one of our warehouses to another.")
class StockTransfer(Node):
    number: str = strawberry.field(description="TR-000042.")
    status: StockTransferStatus = strawberry.field(description="Where the transfer is in its lifecycle.")
    note: str | None = strawberry.field(description="Free text given at creation.")
    created_by: str = strawberry.field(description="Who created it (as history records callers).")
    dispatched_at: datetime | None = strawberry.field(description="When the units left the source.")
    received_at: datetime | None = strawberry.field(description="When the last units were received.")
    created_at: datetime = strawberry.field(description="When it was created.")
    updated_at: datetime = strawberry.field(description="When it last changed.")
    _pk: strawberry.Private[int]
    _source_id: strawberry.Private[int]
    _destination_id: strawberry.Private[int]

    @classmethod
    def from_model(cls, row: m.StockTransfer) -> StockTransfer:
        return cls(
            id=to_global_id("StockTransfer", row.id),
            number=row.number,
            status=m.StockTransferStatus(row.status),
            note=row.note,
            created_by=row.created_by,
            dispatched_at=row.dispatched_at,
            received_at=row.received_at,
            created_at=row.created_at,
            updated_at=row.updated_at,
            _pk=row.id,
            _source_id=row.source_id,
            _destination_id=row.destination_id,
        )

    @strawberry.field(description="Where the units come from.")
    async def source(self, info: Info) -> Warehouse:
        row = await info.context.loaders.warehouse.load(self._source_id)
        assert row is not None
        return Warehouse.from_model(row)

    @strawberry.field(description="Where the units go.")
    async def destination(self, info: Info) -> Warehouse:
        row = await info.context.loaders.warehouse.load(self._destination_id)
        assert row is not None
        return Warehouse.from_model(row)

    @strawberry.field(description="One line per SKU.")
    async def lines(self, info: Info) -> list[StockTransferLine]:
        rows = await info.context.loaders.stock_transfer_lines.load(self._pk)
        products = await info.context.loaders.product.load_many([r.product_id for r in rows])
        moving = self.status in (m.StockTransferStatus.IN_TRANSIT, m.StockTransferStatus.PARTIALLY_RECEIVED)
        return [
            StockTransferLine(
                sku=p.sku if p else "",
                quantity=r.quantity,
                received_quantity=r.received_quantity,
                in_transit_quantity=r.quantity - r.received_quantity if moving else 0,
            )
            for r, p in zip(rows, products, strict=True)
        ]


StockTransferConnection = Connection[StockTransfer]


@strawberry.input(description="Which transfers to list.")
class StockTransferFilter:
    status: list[StockTransferStatus] | None = strawberry.field(default=None, description="Any of these statuses.")
    source: str | None = strawberry.field(default=None, description="Leaving this warehouse (code).")
    destination: str | None = strawberry.field(default=None, description="Going to this warehouse (code).")
    warehouse: str | None = strawberry.field(default=None, description="Leaving or reaching this warehouse (code).")


@strawberry.input(description="Units of one SKU to move.")
class StockTransferLineInput:
    sku: str = strawberry.field(description="The product.")
    quantity: int = strawberry.field(description="Units, at least 1.")


@strawberry.input(description="A new transfer (DRAFT): nothing moves until it is dispatched.")
class StockTransferCreateInput:
    source: str = strawberry.field(description="The sending warehouse's code.")
    destination: str = strawberry.field(description="The receiving warehouse's code.")
    lines: list[StockTransferLineInput] = strawberry.field(description="One line per SKU.")
    note: str | None = strawberry.field(default=None, description="Free text.")


@strawberry.input(description="A transfer by its global id.")
class StockTransferIdInput:
    id: strawberry.ID = strawberry.field(description="The transfer's global id.")


@strawberry.input(description="Units of one SKU that arrived.")
class StockTransferReceivedLineInput:
    sku: str = strawberry.field(description="The product.")
    quantity: int = strawberry.field(description="Units booked in now (at most what is still in transit).")


@strawberry.input(description="Book arrived units at the destination (partial receipts allowed).")
class StockTransferReceiveInput:
    id: strawberry.ID = strawberry.field(description="The transfer's global id.")
    lines: list[StockTransferReceivedLineInput] = strawberry.field(description="What arrived, one line per SKU.")


@strawberry.type(description="The transfer as it is after the mutation.")
class StockTransferPayload:
    stock_transfer: StockTransfer | None = strawberry.field(default=None, description="Null when refused.")
    user_errors: list[UserError] = strawberry.field(default_factory=list, description="Why it was refused.")
