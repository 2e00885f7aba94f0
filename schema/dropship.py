"""Drop-ship requests: what a supplier ships for us; types, inputs and payloads."""

from __future__ import annotations

from datetime import datetime

import strawberry

from models import dropship as m
from resolvers.context import Info
from schema.addresses import Address, address_of
from schema.catalog import Carrier, Supplier
from schema.common import Connection, Node, UserError, describe_values, to_global_id

DropShipStatus = m.DropShipStatus
strawberry.enum(DropShipStatus, name="DropShipStatus", description="Where a drop-ship request stands.")
describe_values(
    DropShipStatus,
    REQUESTED="Sent to the supplier, not yet confirmed.",
    CONFIRMED="The supplier will ship it.",
    SHIPPED="The supplier handed it to a carrier.",
    CANCELLED="Will not be shipped (the order was cancelled).",
)


@strawberry.type(description="Units of one product a supplier is asked to ship.")
class DropShipLine:
    sku: str = strawberry.field(description="The product's SKU.")
    quantity: int = strawberry.field(description="Number of units.")


@strawberry.type(description="Lines of one order that one supplier ships for us.")
class DropShipRequest(Node):
    status: DropShipStatus = strawberry.field(description="Where the request stands.")
    created_at: datetime = strawberry.field(description="When it was created.")
    confirmed_at: datetime | None = strawberry.field(description="When the supplier confirmed it.")
    shipped_at: datetime | None = strawberry.field(description="When the supplier shipped it.")
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

    @strawberry.field(description="Where the supplier ships to.")
    async def ship_to(self, info: Info) -> Address:
        row = await info.context.loaders.order.load(self._order_id)
        assert row is not None
        return address_of(row)

    @strawberry.field(description="The supplier asked to ship.")
    async def supplier(self, info: Info) -> Supplier:
        row = await info.context.loaders.supplier.load(self._supplier_id)
        assert row is not None
        return Supplier.from_model(row)

    @strawberry.field(description="What to ship.")
    async def lines(self, info: Info) -> list[DropShipLine]:
        return [
            DropShipLine(sku=r.sku, quantity=r.quantity)
            for r in await info.context.loaders.drop_ship_lines.load(self._pk)
        ]

    @strawberry.field(description="Set once dispatched; the carrier reports on it as on our own shipments.")
    async def tracking_number(self, info: Info) -> str | None:
        shipments = await info.context.loaders.drop_ship_shipments.load(self._pk)
        return shipments[0].tracking_number if shipments else None

    @strawberry.field(description="The carrier the supplier used (once shipped).")
    async def carrier(self, info: Info) -> Carrier | None:
        shipments = await info.context.loaders.drop_ship_shipments.load(self._pk)
        if not shipments or shipments[0].carrier_id is None:
            return None
        row = await info.context.loaders.carrier.load(shipments[0].carrier_id)
        return Carrier.from_model(row) if row else None


DropShipRequestConnection = Connection[DropShipRequest]


@strawberry.input(description="Which drop-ship requests to list: every given field must match.")
class DropShipRequestFilter:
    status: list[DropShipStatus] | None = strawberry.field(
        default=None, description="Only requests in one of these statuses."
    )
    supplier: str | None = strawberry.field(default=None, description="Only this supplier's requests (its code).")
    order: strawberry.ID | None = strawberry.field(
        default=None, description="Only this order's requests (its global id)."
    )


@strawberry.input(description="What `dropShipConfirm` is asked to do.")
class DropShipConfirmInput:
    id: strawberry.ID = strawberry.field(description="The drop-ship request's global id.")


@strawberry.input(description="What `dropShipDispatch` is asked to do.")
class DropShipDispatchInput:
    id: strawberry.ID = strawberry.field(description="The drop-ship request's global id.")
    carrier: str = strawberry.field(description="The carrier's code.")
    tracking_number: str = strawberry.field(description="The carrier's tracking number.")


@strawberry.type(
    description="What `dropShipConfirm` and `dropShipDispatch` did: the result, or userErrors saying why not."
)
class DropShipRequestPayload:
    drop_ship_request: DropShipRequest | None = strawberry.field(
        default=None, description="The drop ship request as it is now (null when userErrors say why not)."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )


@strawberry.type(description="A drop-ship request was opened, confirmed, shipped or cancelled.")
class DropShipRequestEvent:
    cursor: str = strawberry.field(
        description="The event's place in the stream: subscribe again with `after` set to it to resume after it."
    )
    occurred_at: datetime = strawberry.field(description="When it happened.")
    previous_status: DropShipStatus | None = strawberry.field(description="The status before (null for a new request).")
    status: DropShipStatus = strawberry.field(description="The status now.")
    drop_ship_request: DropShipRequest | None = strawberry.field(
        description="The request as it is now; null if no longer visible."
    )
