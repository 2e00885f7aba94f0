"""The GraphQL enums of what happened in a history entry or a stream event, wrapped from the
models' enums the services emit (so every kind a client can receive is a value here). They
type the `eventKind` fields; the older `kind: String!` fields stay, deprecated, for a release."""

from __future__ import annotations

import strawberry

from models.event_kinds import OrderEventKind, PickTaskEventKind, ShipmentEventKind, TicketEventKind
from schema.common import describe_values

__all__ = ["KIND_DEPRECATION", "OrderEventKind", "PickTaskEventKind", "ShipmentEventKind", "TicketEventKind"]

KIND_DEPRECATION = "Use `eventKind` (the same value, as an enum). Removed in the next release."

strawberry.enum(OrderEventKind, name="OrderEventKind", description="What an entry of an order's history records.")
describe_values(
    OrderEventKind,
    CREATED="The order was placed.",
    STATUS_CHANGED="The order's status changed (fromStatus -> toStatus).",
    FINANCIAL_STATUS_CHANGED="Where the order's money stands changed (payment, capture, refund, void).",
    EDITED="Lines or the shipping address were changed after the order was placed.",
    LINE_CANCELLED="Units of a line were cancelled.",
    STOCK_SHORT="A count found units missing that were reserved for the order.",
)

strawberry.enum(TicketEventKind, name="TicketEventKind", description="What an entry of a ticket's history records.")
describe_values(
    TicketEventKind,
    OPENED="The ticket was opened.",
    STATUS_CHANGED="The ticket's status changed (fromStatus -> toStatus).",
    ASSIGNED="The ticket was assigned to an agent, or unassigned (note names the agent).",
)

strawberry.enum(PickTaskEventKind, name="PickTaskEventKind", description="What happened to a pick task.")
describe_values(
    PickTaskEventKind,
    CREATED="The task was created for an order's reserved units.",
    UPDATED="Units were added to or taken from the task (a new reservation, an edit, a cancelled line).",
    PRIORITIZED="The task's priority was set.",
    ASSIGNED="A picker took the task, or was given it.",
    UNCLAIMED="The task was put back: OPEN again for the next claim.",
    STARTED="The first item was scanned: the task is in progress.",
    SHORT="Units could not be found: the task was shorted.",
    HELD="The order was put on hold: the task waits.",
    RESUMED="The order's hold was released: the task can be worked again.",
    DONE="Every unit was picked: the task is finished.",
    CANCELLED="The task was cancelled (its order or lines were cancelled, or nothing is left to pick).",
)

strawberry.enum(
    ShipmentEventKind,
    name="ShipmentEventKind",
    description="What happened to a shipment: packed, dispatched or cancelled here, or a status a carrier reported.",
)
describe_values(
    ShipmentEventKind,
    PACKED="The shipment was packed.",
    DISPATCHED="The shipment left the warehouse (or the drop-ship supplier).",
    IN_TRANSIT="The carrier reported it in transit.",
    OUT_FOR_DELIVERY="The carrier reported it out for delivery.",
    DELIVERED="The carrier reported it delivered.",
    EXCEPTION="The carrier reported a problem (delay, damage, failed delivery).",
    CANCELLED="The packed shipment was cancelled with its order before dispatch; its units went back on hand.",
)
