"""The custom scalars, each with its format written down and `@specifiedBy` the document
that defines it. Parsing and serialising are strawberry's (unchanged); only what the
schema says about them is ours. `build_schema` passes `SCALARS` as StrawberryConfig's `scalar_map`."""

from __future__ import annotations

import datetime as dt
import decimal

import strawberry
from strawberry.scalars import JSON
from strawberry.schema.types.base_scalars import DateDefinition, DateTimeDefinition, DecimalDefinition
from strawberry.types.scalar import ScalarDefinition


def _isoformat(value: dt.date) -> str:
    return value.isoformat()


DATE_TIME_URL = "https://scalars.graphql.org/andimarek/date-time"
DATE_URL = "https://www.rfc-editor.org/rfc/rfc3339#section-5.6"
DECIMAL_URL = "https://speleotrove.com/decimal/daconvs.html#reftostr"

DateTime = strawberry.scalar(
    name="DateTime",
    description=(
        "An instant: an RFC 3339 date-time with a UTC offset, e.g. `2026-12-02T04:06:42.123456+00:00` "
        "(answers are always in UTC, with microseconds when there are any). Input without an offset "
        "is taken as UTC."
    ),
    specified_by_url=DATE_TIME_URL,
    serialize=_isoformat,
    parse_value=DateTimeDefinition.parse_value,
)

Date = strawberry.scalar(
    name="Date",
    description="A calendar day: an RFC 3339 full-date `YYYY-MM-DD`, e.g. `2026-12-02` (days are UTC days).",
    specified_by_url=DATE_URL,
    serialize=_isoformat,
    parse_value=DateDefinition.parse_value,
)

Decimal = strawberry.scalar(
    name="Decimal",
    description=(
        'An exact decimal number as a string, e.g. `"12.50"`: never a float, so no cents are lost. '
        "Answers keep the column's places (money has 2). Input may be a string or a number; it must fit "
        "the field's column (digits and places), or the mutation answers INVALID."
    ),
    specified_by_url=DECIMAL_URL,
    serialize=str,
    parse_value=DecimalDefinition.parse_value,
)

JSON_URL = "https://ecma-international.org/publications-and-standards/standards/ecma-404/"

Json = strawberry.scalar(
    name="JSON",
    description=(
        'A JSON value as ECMA-404 defines it, sent as is (not as a string), e.g. `{"order": "SO-00012", '
        '"value": "480.00"}`. Used only where the shape depends on a kind (an alert\'s facts).'
    ),
    specified_by_url=JSON_URL,
    serialize=lambda value: value,
    parse_value=lambda value: value,
)

SCALARS: dict[object, ScalarDefinition] = {
    dt.datetime: DateTime,
    dt.date: Date,
    decimal.Decimal: Decimal,
    JSON: Json,
}
