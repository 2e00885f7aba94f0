"""`CurrencyCode` (ISO 4217) and `CountryCode` (ISO 3166-1 alpha-2) as GraphQL enums, each
value described by its English name (models/currencies.py, models/countries.py say where the
tables come from). Outputs answer `currencyCode`/`countryCode` beside the deprecated strings;
inputs take the enum, or the deprecated string for a release (`code_input`). The enums are
wrapped in schema.common, which Money needs and everything imports first."""

from __future__ import annotations

from enum import Enum

from models.countries import CountryCode, country_code_of
from models.currencies import CurrencyCode, currency_code_of
from schema.common import renamed
from services.errors import DomainError, ErrorCode

__all__ = [
    "COUNTRY_DEPRECATION",
    "CURRENCY_DEPRECATION",
    "CountryCode",
    "CurrencyCode",
    "code_input",
    "country_code_of",
    "currency_code_of",
]

CURRENCY_DEPRECATION = "Use `currencyCode` (the same code, as an enum). Removed in the next release."
COUNTRY_DEPRECATION = "Use `countryCode` (the same code, as an enum). Removed in the next release."


def code_input(new: Enum | None, old: str | None, *, field: str, old_field: str, required: bool) -> str | None:
    """The code an input gave as the enum (`field`) or as its deprecated string (`old_field`,
    checked as before: its column's length); both and different is INVALID, neither REQUIRED
    where the input needs one."""
    value = renamed(new.value if new is not None else None, old, field=field, old_field=old_field)
    if value is None and required:
        raise DomainError.one(ErrorCode.REQUIRED, f"Give {field}.", [field])
    return value
