"""Drop-ship requests: what a supplier ships for us; types, inputs and payloads."""

from __future__ import annotations

from datetime import datetime

import strawberry

from models import dropship as m
from resolvers.context import Info
from schema.addresses import Address, address_of
from schema.catalog import Carrier, Supplier
from schema.common import Connection, Node, UserError, to_global_id

DropShipStatus = m.DropShipStatus
strawberry.enum(DropShipStatus, name="DropShipStatus")


@strawberry.type
class DropShipLine:
    sku: str
    quantity: int


@strawberry.type(description="Lines of one order that one supplier ships for us.")
class DropShipRequest(Node):
    status: DropShipStatus
    created_at: datetime
    confirmed_at: datetime | None
    shipped_at: datetime | None
    _pk: strawberry.Private[int]
    _order_id: strawberry.Private[int]
    _supplier_id: strawberry.Private[int]

    @classmethod
    def from_model(cls, row: m.DropShipRequest) -> DropShipRequest:
        return cls(
            id=to_global_id("DropShipRequest", row.id),
            status=m.DropShipStatus(row.status),
            created_at=row.created_at,
            confirmed_at=row.confirmed_at,
            shipped_at=row.shipped_at,
            _pk=row.id,
            _order_id=row.order_id,
            _supplier_id=row.supplier_id,
        )

    @strawberry.field(description="The order's number (the supplier's reference for this request).")
    async def order_number(self, info: Info) -> str:
        row = await info.context.loaders.order.load(self._order_id)
        assert row is not None
        return row.number

    @strawberry.field(description="Whom to ship to: the customer's name on the order.")
    async def recipient_name(self, info: Info) -> str | None:
        row = await info.context.loaders.order.load(self._order_id)
        assert row is not None
        return row.customer_name

    @strawberry.field
    async def ship_to(self, info: Info) -> Address:
        row = await info.context.loaders.order.load(self._order_id)
        assert row is not None
        return address_of(row)

    @strawberry.field
    async def supplier(self, info: Info) -> Supplier:
        row = await info.context.loaders.supplier.load(self._supplier_id)
        assert row is not None
        return Supplier.from_model(row)

    @strawberry.field
    async def lines(self, info: Info) -> list[DropShipLine]:
        return [
            DropShipLine(sku=r.sku, quantity=r.quantity)
            for r in await info.context.loaders.drop_ship_lines.load(self._pk)
        ]

    @strawberry.field(description="Set once dispatched; the carrier reports on it as on our own shipments.")
    async def tracking_number(self, info: Info) -> str | None:
        shipments = await info.context.loaders.drop_ship_shipments.load(self._pk)
        return shipments[0].tracking_number if shipments else None

    @strawberry.field
    async def carrier(self, info: Info) -> Carrier | None:
        shipments = await info.context.loaders.drop_ship_shipments.load(self._pk)
        if not shipments or shipments[0].carrier_id is None:
            return None
        row = await info.context.loaders.carrier.load(shipments[0].carrier_id)
        return Carrier.from_model(row) if row else None


DropShipRequestConnection = Connection[DropShipRequest]


@strawberry.input
class DropShipRequestFilter:
    status: list[DropShipStatus] | None = None
    supplier: str | None = None
    order: strawberry.ID | None = None


@strawberry.input
class DropShipConfirmInput:
    id: strawberry.ID


@strawberry.input
class DropShipDispatchInput:
    id: strawberry.ID
    carrier: str
    tracking_number: str


@strawberry.type
class DropShipRequestPayload:
    drop_ship_request: DropShipRequest | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type(description="A drop-ship request was opened, confirmed, shipped or cancelled.")
class DropShipRequestEvent:
    cursor: str
    occurred_at: datetime
    previous_status: DropShipStatus | None
    status: DropShipStatus
    drop_ship_request: DropShipRequest | None = strawberry.field(
        description="The request as it is now; null if no longer visible."
    )
