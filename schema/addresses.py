"""Where things ship to: the address type shared by orders, shipments and drop-ship requests."""

from __future__ import annotations

import strawberry

from models import orders as m
from services.order_drafts import AddressDraft


@strawberry.type
class Address:
    country: str
    region: str | None
    city: str | None
    postal_code: str | None
    line1: str | None
    latitude: float | None
    longitude: float | None


def address_of(row: m.Order) -> Address:
    """Where an order ships to."""
    return Address(
        country=row.ship_country,
        region=row.ship_region,
        city=row.ship_city,
        postal_code=row.ship_postal_code,
        line1=row.ship_line1,
        latitude=row.ship_latitude,
        longitude=row.ship_longitude,
    )


@strawberry.input
class AddressInput:
    country: str
    region: str | None = None
    city: str | None = None
    postal_code: str | None = None
    line1: str | None = None
    latitude: float | None = None
    longitude: float | None = None

    def to_draft(self) -> AddressDraft:
        return AddressDraft(
            country=self.country,
            region=self.region,
            city=self.city,
            postal_code=self.postal_code,
            line1=self.line1,
            latitude=self.latitude,
            longitude=self.longitude,
        )
