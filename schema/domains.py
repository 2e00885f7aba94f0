"""The domain of an input value: what the column it lands in can hold, derived from the model.

A `Domain` is read off a tortoise field (`column(Model, "field")`): an IntField holds 32 bits,
a BigIntField 64 and a SmallIntField 16; a CharField its `max_length`; a TextField is capped at
TEXT_CAP (the database would take a megabyte of "note", nobody means one); a DecimalField its
digits and places; a DatetimeField the supported date range. A mapping may narrow a column's
domain to what makes sense (`column(Package, "weight_grams", minimum=1, maximum=...)`), never
widen it. Input that lands in no column is declared with `text`, `integer` or `ID_TEXT`
directly, so that nothing is unbounded.

`Domain.refuse(value)` says what is wrong with a value (None when it fits); the walker over
inputs and the tests' generators (`tests/graphql/test_input_domains.py`) are built from the
same domains.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model

from models import DATETIME_MAX, DATETIME_MIN
from services.errors import ErrorCode

# Free text (notes, reasons): what a person writes, not a document.
TEXT_CAP = 2_000
DATE_MIN, DATE_MAX = DATETIME_MIN, DATETIME_MAX


class Kind(StrEnum):
    INT = "INT"
    FLOAT = "FLOAT"
    TEXT = "TEXT"
    DECIMAL = "DECIMAL"
    DATETIME = "DATETIME"


def _signed(bits: int) -> tuple[int, int]:
    return -(2 ** (bits - 1)), 2 ** (bits - 1) - 1


# Most specific first: BigIntField and SmallIntField are IntFields.
_INT_WIDTHS: tuple[tuple[type[fields.Field[Any]], int], ...] = (
    (fields.BigIntField, 64),
    (fields.SmallIntField, 16),
    (fields.IntField, 32),
)


@dataclass(frozen=True)
class Domain:
    """What one input value may be. `code` is the userError code when it is not."""

    kind: Kind
    minimum: int | None = None  # INT
    maximum: int | None = None  # INT
    max_length: int | None = None  # TEXT
    max_digits: int | None = None  # DECIMAL
    decimal_places: int | None = None  # DECIMAL
    nullable: bool = True
    code: ErrorCode = ErrorCode.INVALID
    # The column it was derived from (None: input that lands in no column).
    source: tuple[type[Model], str] | None = dataclasses.field(default=None, compare=False)

    def refuse(self, value: object) -> str | None:
        """Why `value` does not fit (a sentence to follow the field's name), or None."""
        if self.kind is Kind.TEXT and isinstance(value, str):
            return self._refuse_text(value)
        if self.kind is Kind.INT and isinstance(value, int):
            assert self.minimum is not None and self.maximum is not None
            if not self.minimum <= value <= self.maximum:
                return f"must be between {self.minimum} and {self.maximum}."
            return None
        if self.kind is Kind.DECIMAL and isinstance(value, Decimal):
            return self._refuse_decimal(value)
        if self.kind is Kind.DATETIME and isinstance(value, datetime):
            # The year first: comparing aware times converts to UTC, which overflows at the
            # ends of the calendar.
            when = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
            if not DATE_MIN.year <= when.year < DATE_MAX.year or not DATE_MIN <= when < DATE_MAX:
                return f"must be between {DATE_MIN:%Y-%m-%d} and {DATE_MAX:%Y-%m-%d}."
            return None
        if self.kind is Kind.FLOAT and isinstance(value, float):
            return None if value == value and abs(value) != float("inf") else "must be a finite number."
        return None

    def _refuse_text(self, value: str) -> str | None:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate ("\ud800"): no database can store it
            return "must be valid Unicode text."
        if self.max_length is not None and len(value) > self.max_length:
            return f"must be at most {self.max_length} characters."
        return None

    def _refuse_decimal(self, value: Decimal) -> str | None:
        assert self.max_digits is not None and self.decimal_places is not None
        if not value.is_finite():
            return "must be a finite number."
        whole = self.max_digits - self.decimal_places
        too_large = f"must be less than 10^{whole} once rounded to {self.decimal_places} decimal places."
        if value != 0 and value.adjusted() >= whole:
            return too_large
        # Extra places are rounded when stored (the column's DECIMAL(digits, places)); what
        # must not happen is a value that fits only before rounding (999999999999.995).
        if value.quantize(Decimal(1).scaleb(-self.decimal_places)).adjusted() >= whole:
            return too_large
        return None


def of_field(field: fields.Field[Any]) -> Domain:
    """The domain of a tortoise field: what its column holds."""
    null = bool(field.null)
    for kind, bits in _INT_WIDTHS:
        if isinstance(field, kind):
            low, high = _signed(bits)
            return Domain(Kind.INT, minimum=low, maximum=high, nullable=null)
    if isinstance(field, fields.CharField):
        return Domain(Kind.TEXT, max_length=field.max_length, nullable=null)
    if isinstance(field, fields.TextField):
        return Domain(Kind.TEXT, max_length=TEXT_CAP, nullable=null)
    if isinstance(field, fields.DecimalField):
        return Domain(Kind.DECIMAL, max_digits=field.max_digits, decimal_places=field.decimal_places, nullable=null)
    if isinstance(field, fields.DatetimeField):
        return Domain(Kind.DATETIME, nullable=null)
    if isinstance(field, fields.FloatField):
        return Domain(Kind.FLOAT, nullable=null)
    raise TypeError(f"no input domain for {type(field).__name__}")


def column(
    model: type[Model],
    name: str,
    *,
    minimum: int | None = None,
    maximum: int | None = None,
    max_length: int | None = None,
    code: ErrorCode | None = None,
) -> Domain:
    """The domain of `model.name`, optionally narrowed (never widened: checked here)."""
    domain = dataclasses.replace(of_field(model._meta.fields_map[name]), source=(model, name))
    result = dataclasses.replace(
        domain,
        minimum=domain.minimum if minimum is None else minimum,
        maximum=domain.maximum if maximum is None else maximum,
        max_length=domain.max_length if max_length is None else max_length,
        code=domain.code if code is None else code,
    )
    if domain.kind is Kind.INT:
        assert result.minimum is not None and result.maximum is not None
        assert domain.minimum is not None and domain.maximum is not None
        assert domain.minimum <= result.minimum <= result.maximum <= domain.maximum, f"{model.__name__}.{name}"
    if domain.max_length is not None and result.max_length is not None:
        assert result.max_length <= domain.max_length, f"{model.__name__}.{name}"
    return result


def text(max_length: int) -> Domain:
    """Text that lands in no column (a search term, a cursor): bounded all the same."""
    return Domain(Kind.TEXT, max_length=max_length)


def integer(minimum: int, maximum: int) -> Domain:
    return Domain(Kind.INT, minimum=minimum, maximum=maximum)


# A global id (base64 of "Type:pk", pk at most 18 digits) is far shorter than this.
ID_TEXT = text(100)


class _Marker:
    """A spec that is not a domain (see schema.input_domains)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


NESTED = _Marker("NESTED")  # an input object: its own entry in schema.input_domains.INPUTS
CHOICE = _Marker("CHOICE")  # an enum or a boolean: nothing outside it gets through GraphQL


@dataclass(frozen=True)
class Items:
    """A list input: at most `max_items` items, each of `item`."""

    max_items: int
    item: Spec


Spec = Domain | Items | _Marker
