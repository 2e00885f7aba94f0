"""Shipments and their packages: types, inputs, payloads and the live event."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from models import fulfilment as m
from resolvers.context import Info
from schema.addresses import Address, address_of
from schema.catalog import Carrier, Warehouse, warehouse_of
from schema.common import Connection, Node, UserError, lazy_node, to_global_id
from schema.tracking import ShipmentStatus, TrackingEvent
from services.shipping import sees_contents

if TYPE_CHECKING:
    from schema.orders import Order

# Orders show their tasks and tasks their order: the reference back is lazy (strawberry).
OrderRef = Annotated["Order", strawberry.lazy("schema.orders")]
_order_node = lazy_node("schema.orders", "Order")


@strawberry.type
class ShipmentLine:
    sku: str
    quantity: int


@strawberry.type
class Package:
    weight_grams: int
    length_mm: int | None
    width_mm: int | None
    height_mm: int | None


@strawberry.type
class Shipment(Node):
    status: ShipmentStatus
    tracking_number: str | None
    estimated_delivery_at: datetime | None
    packed_at: datetime
    dispatched_at: datetime | None
    delivered_at: datetime | None
    _pk: strawberry.Private[int]
    _order_id: strawberry.Private[int]
    _warehouse_id: strawberry.Private[int | None]
    _carrier_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, row: m.Shipment) -> Shipment:
        return cls(
            id=to_global_id("Shipment", row.id),
            status=m.ShipmentStatus(row.status),
            tracking_number=row.tracking_number,
            estimated_delivery_at=row.estimated_delivery_at,
            packed_at=row.packed_at,
            dispatched_at=row.dispatched_at,
            delivered_at=row.delivered_at,
            _pk=row.id,
            _order_id=row.order_id,
            _warehouse_id=row.warehouse_id,
            _carrier_id=row.carrier_id,
        )

    @strawberry.field(description="Where it left from; null for a drop-shipped shipment (the supplier's).")
    async def warehouse(self, info: Info) -> Warehouse | None:
        return await warehouse_of(info, self._warehouse_id) if self._warehouse_id is not None else None

    @strawberry.field
    async def carrier(self, info: Info) -> Carrier | None:
        if self._carrier_id is None:
            return None
        row = await info.context.loaders.carrier.load(self._carrier_id)
        return Carrier.from_model(row) if row else None

    @strawberry.field(description="The order (null when the caller may not see it, e.g. carriers).")
    async def order(self, info: Info) -> OrderRef | None:
        row = await info.context.loaders.visible_order.load((info.context.principal, self._order_id))
        return _order_node(row) if row else None

    # Whoever reaches a shipment (services.shipping.visible_shipments) is one of the parties
    # that takes it to its address, carrier included; the order itself stays out of reach.
    @strawberry.field(description="Whom the shipment goes to: the customer's name on the order.")
    async def recipient_name(self, info: Info) -> str | None:
        row = await info.context.loaders.order.load(self._order_id)
        return row.customer_name if row else None

    @strawberry.field(description="Where the shipment goes: the order's shipping address.")
    async def ship_to(self, info: Info) -> Address | None:
        row = await info.context.loaders.order.load(self._order_id)
        return address_of(row) if row else None

    @strawberry.field(description="What is in it (empty for carriers: they see the box, not its contents).")
    async def lines(self, info: Info) -> list[ShipmentLine]:
        if info.context.principal is None or not sees_contents(info.context.principal):
            return []
        return [
            ShipmentLine(sku=r.sku, quantity=r.quantity)
            for r in await info.context.loaders.shipment_lines.load(self._pk)
        ]

    @strawberry.field
    async def packages(self, info: Info) -> list[Package]:
        return [
            Package(weight_grams=r.weight_grams, length_mm=r.length_mm, width_mm=r.width_mm, height_mm=r.height_mm)
            for r in await info.context.loaders.shipment_packages.load(self._pk)
        ]

    @strawberry.field(description="Carrier reports, newest first.")
    async def tracking_events(self, info: Info) -> list[TrackingEvent]:
        rows = await info.context.loaders.tracking_events.load(self._pk)
        return [TrackingEvent.from_model(r) for r in sorted(rows, key=lambda r: (r.occurred_at, r.id), reverse=True)]


ShipmentConnection = Connection[Shipment]


@strawberry.input
class ShipmentFilter:
    order: strawberry.ID | None = None
    carrier: str | None = None
    status: list[ShipmentStatus] | None = None
    tracking_number: str | None = None


@strawberry.input
class PackageInput:
    weight_grams: int
    length_mm: int | None = None
    width_mm: int | None = None
    height_mm: int | None = None


@strawberry.input
class ShipmentPackInput:
    task: strawberry.ID
    packages: list[PackageInput]


@strawberry.input
class ShipmentDispatchInput:
    shipment: strawberry.ID
    carrier: str
    tracking_number: str


@strawberry.type
class ShipmentPayload:
    shipment: Shipment | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type(description="A shipment was packed, dispatched or tracked.")
class ShipmentEvent:
    cursor: str
    occurred_at: datetime
    kind: str
    status: ShipmentStatus
    shipment: Shipment | None
