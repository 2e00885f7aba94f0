"""Shipments and their packages: types, inputs, payloads and the live event."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from models import fulfilment as m
from models.event_kinds import ShipmentEventKind
from resolvers.context import Info
from schema.addresses import Address, address_of
from schema.catalog import Carrier, Warehouse, warehouse_of
from schema.common import Connection, Node, UserError, lazy_node, to_global_id
from schema.event_kinds import KIND_DEPRECATION
from schema.tracking import ShipmentStatus, TrackingEvent
from services.shipping import sees_contents

if TYPE_CHECKING:
    from schema.orders import Order

# Orders show their tasks and tasks their order: the reference back is lazy (strawberry).
OrderRef = Annotated["Order", strawberry.lazy("schema.orders")]
_order_node = lazy_node("schema.orders", "Order")


@strawberry.type(description="Units of one product in a shipment.")
class ShipmentLine:
    sku: str = strawberry.field(description="The product's SKU.")
    quantity: int = strawberry.field(description="Number of units.")


@strawberry.type(description="One parcel of a shipment: its weight and dimensions.")
class Package:
    weight_grams: int = strawberry.field(description="Weight in grams.")
    length_mm: int | None = strawberry.field(description="Length in millimetres.")
    width_mm: int | None = strawberry.field(description="Width in millimetres.")
    height_mm: int | None = strawberry.field(description="Height in millimetres.")


@strawberry.type(description="Goods packed for one order in one warehouse, then handed to a carrier.")
class Shipment(Node):
    status: ShipmentStatus = strawberry.field(description="Where the shipment stands.")
    tracking_number: str | None = strawberry.field(description="The carrier's tracking number (once dispatched).")
    estimated_delivery_at: datetime | None = strawberry.field(description="When the carrier expects to deliver.")
    packed_at: datetime = strawberry.field(description="When it was packed.")
    dispatched_at: datetime | None = strawberry.field(description="When it was handed to the carrier.")
    delivered_at: datetime | None = strawberry.field(description="When it was delivered.")
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

    @strawberry.field(description="Who delivers it (once dispatched).")
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

    @strawberry.field(description="The parcels.")
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


@strawberry.input(description="Which shipments to list: every given field must match.")
class ShipmentFilter:
    order: strawberry.ID | None = strawberry.field(
        default=None, description="Only this order's shipments (its global id)."
    )
    carrier: str | None = strawberry.field(default=None, description="Only this carrier's (its code).")
    status: list[ShipmentStatus] | None = strawberry.field(
        default=None, description="Only shipments in one of these statuses."
    )
    tracking_number: str | None = strawberry.field(
        default=None, description="Only the shipment with this tracking number."
    )


@strawberry.input(description="One parcel: weight in grams, dimensions in millimetres.")
class PackageInput:
    weight_grams: int = strawberry.field(description="Weight in grams.")
    length_mm: int | None = strawberry.field(default=None, description="Length in millimetres.")
    width_mm: int | None = strawberry.field(default=None, description="Width in millimetres.")
    height_mm: int | None = strawberry.field(default=None, description="Height in millimetres.")


@strawberry.input(description="What `shipmentPack` is asked to do.")
class ShipmentPackInput:
    task: strawberry.ID = strawberry.field(description="The done pick task whose units are packed (its global id).")
    packages: list[PackageInput] = strawberry.field(description="The parcels (at least one).")


@strawberry.input(description="What `shipmentDispatch` is asked to do.")
class ShipmentDispatchInput:
    shipment: strawberry.ID = strawberry.field(description="The shipment's global id.")
    carrier: str = strawberry.field(description="The carrier's code.")
    tracking_number: str = strawberry.field(description="The carrier's tracking number.")


@strawberry.type(
    description="What `shipmentPack` and `shipmentDispatch` and `trackingEventRecord` did: the result, or userErrors saying why not."
)
class ShipmentPayload:
    shipment: Shipment | None = strawberry.field(
        default=None, description="The shipment as it is now (null when userErrors say why not)."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )


@strawberry.type(description="A shipment was packed, dispatched or tracked.")
class ShipmentEvent:
    cursor: str = strawberry.field(
        description="The event's place in the stream: subscribe again with `after` set to it to resume after it."
    )
    occurred_at: datetime = strawberry.field(description="When it happened.")
    kind: str = strawberry.field(
        description="What happened: PACKED, DISPATCHED, CANCELLED, or the status a carrier reported.",
        deprecation_reason=KIND_DEPRECATION,
    )
    event_kind: ShipmentEventKind = strawberry.field(
        description="What happened: packed, dispatched or cancelled here, or the status a carrier reported."
    )
    status: ShipmentStatus = strawberry.field(description="The shipment's status now.")
    shipment: Shipment | None = strawberry.field(description="The shipment now (null if no longer visible).")
