"""Where things ship to: the address type shared by orders, shipments and drop-ship requests."""

from __future__ import annotations

import strawberry

from models import orders as m
from schema.codes import COUNTRY_DEPRECATION, CountryCode, code_input, country_code_of
from services.order_drafts import AddressDraft


@strawberry.type(description="A postal address, with optional coordinates used to pick the closest warehouse.")
class Address:
    country: str = strawberry.field(
        description="ISO 3166-1 alpha-2 country code.", deprecation_reason=COUNTRY_DEPRECATION
    )
    region: str | None = strawberry.field(description="State, province or region.")
    city: str | None = strawberry.field(description="City.")
    postal_code: str | None = strawberry.field(description="Postal code.")
    line1: str | None = strawberry.field(description="Street and number.")
    latitude: float | None = strawberry.field(description="Latitude in degrees (WGS 84).")
    longitude: float | None = strawberry.field(description="Longitude in degrees (WGS 84).")

    @strawberry.field(description="ISO 3166-1 alpha-2 country code, as an enum (null if the stored code is not one).")
    def country_code(self) -> CountryCode | None:
        return country_code_of(self.country)


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


@strawberry.input(description="A postal address: the country is required (countryCode), the rest as known.")
class AddressInput:
    country_code: CountryCode | None = strawberry.field(
        default=None, description="The country (required, or its deprecated string `country`)."
    )
    country: str | None = strawberry.field(
        default=None,
        description="ISO 3166-1 alpha-2 country code, as a string.",
        deprecation_reason=COUNTRY_DEPRECATION,
    )
    region: str | None = strawberry.field(default=None, description="State, province or region.")
    city: str | None = strawberry.field(default=None, description="City.")
    postal_code: str | None = strawberry.field(default=None, description="Postal code.")
    line1: str | None = strawberry.field(default=None, description="Street and number.")
    latitude: float | None = strawberry.field(default=None, description="Latitude in degrees (WGS 84).")
    longitude: float | None = strawberry.field(default=None, description="Longitude in degrees (WGS 84).")

    def to_draft(self) -> AddressDraft:
        return AddressDraft(
            country=code_input(self.country_code, self.country, field="countryCode", old_field="country", required=True)
            or "",
            region=self.region,
            city=self.city,
            postal_code=self.postal_code,
            line1=self.line1,
            latitude=self.latitude,
            longitude=self.longitude,
        )
