"""What an entry of a history or an event of a stream says happened. The services emit only
these members (their writers take the enum, and tests/test_event_kinds.py fails on a string
literal `kind=` in services/), so the GraphQL enums built from them list every kind a client
can receive. The columns stay plain strings: a new kind is a new member here, not a migration."""

from __future__ import annotations

from enum import StrEnum


class OrderEventKind(StrEnum):
    CREATED = "CREATED"
    STATUS_CHANGED = "STATUS_CHANGED"
    FINANCIAL_STATUS_CHANGED = "FINANCIAL_STATUS_CHANGED"
    EDITED = "EDITED"
    LINE_CANCELLED = "LINE_CANCELLED"
    STOCK_SHORT = "STOCK_SHORT"


class TicketEventKind(StrEnum):
    OPENED = "OPENED"
    STATUS_CHANGED = "STATUS_CHANGED"
    ASSIGNED = "ASSIGNED"


class PickTaskEventKind(StrEnum):
    CREATED = "CREATED"
    UPDATED = "UPDATED"
    PRIORITIZED = "PRIORITIZED"
    ASSIGNED = "ASSIGNED"
    UNCLAIMED = "UNCLAIMED"
    STARTED = "STARTED"
    SHORT = "SHORT"
    HELD = "HELD"
    RESUMED = "RESUMED"
    DONE = "DONE"
    CANCELLED = "CANCELLED"


class ShipmentEventKind(StrEnum):
    """PACKED, DISPATCHED and CANCELLED by us; the others are a carrier's tracking report, named
    after the ShipmentStatus it reported (every status is one)."""

    PACKED = "PACKED"
    DISPATCHED = "DISPATCHED"
    IN_TRANSIT = "IN_TRANSIT"
    OUT_FOR_DELIVERY = "OUT_FOR_DELIVERY"
    DELIVERED = "DELIVERED"
    EXCEPTION = "EXCEPTION"
    CANCELLED = "CANCELLED"
