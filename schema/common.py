"""Shared GraphQL shapes: Node and global ids, UserError, Money, PageInfo, sorting."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from typing import Any, Generic, TypeVar

import strawberry
from strawberry.types.lazy_type import LazyType
from strawberry.utils.str_converters import to_camel_case
from tortoise.models import Model as TortoiseModel

from models import countries, currencies
from models.countries import CountryCode
from models.currencies import CurrencyCode, currency_code_of
from services.errors import DomainError, not_found
from services.errors import ErrorCode as DomainErrorCode
from services.pagination import Page

ErrorCode = DomainErrorCode
MAX_PK = 2**31 - 1


def describe_values(enum: type[Enum], **descriptions: str) -> None:
    """Describe every value of an enum strawberry wraps, right after it is wrapped. One way for
    all enums: the models' and services' enums never import strawberry, and our own keep plain
    values (`strawberry.enum_value` would make `.value` an EnumValueDefinition to mypy).
    Naming a value that is not there, or leaving one out, fails at import."""
    definition = enum.__strawberry_definition__  # type: ignore[attr-defined]
    names = {value.name for value in definition.values}
    if set(descriptions) != names:
        raise ValueError(f"{definition.name}: describe exactly {sorted(names)}, not {sorted(descriptions)}")
    for value in definition.values:
        value.description = descriptions[value.name]


# Wrapped here, before any type names them (an enum first met unwrapped is wrapped again
# without descriptions); schema.codes has the helpers. Each value is described by its name.
strawberry.enum(CurrencyCode, name="CurrencyCode", description="An ISO 4217 currency code.")
describe_values(CurrencyCode, **currencies.NAMES)
strawberry.enum(CountryCode, name="CountryCode", description="An ISO 3166-1 alpha-2 country code.")
describe_values(CountryCode, **countries.NAMES)

strawberry.enum(ErrorCode, name="ErrorCode", description="Why a mutation did not do what was asked.")
describe_values(
    ErrorCode,
    INVALID="The value is malformed or outside its allowed range or length.",
    REQUIRED="A value must be given.",
    NOT_FOUND="No such object, or not one the caller may see.",
    UNKNOWN_SKU="No product has this SKU.",
    UNKNOWN_CHANNEL="No sales channel has this code.",
    INVALID_QUANTITY="The quantity is not a positive number of units, or more than there are.",
    DUPLICATE="Something with this code or key already exists.",
    CONFLICT="The object changed meanwhile or is in a state that does not allow this.",
    IDEMPOTENCY_CONFLICT="The idempotency key was used before with different input.",
    INVALID_TRANSITION="The status cannot move from where it is to where this would take it.",
    CURRENCY_MISMATCH="The amount's currency differs from the order's or channel's.",
    INSUFFICIENT_STOCK="Not enough available stock, and the channel does not backorder.",
    FORBIDDEN="The caller's role or scope does not allow this.",
    WRONG_ITEM="The scanned barcode is not on the pick task.",
    OVER_PICK="More units than the task line still needs.",
    ORDER_ON_HOLD="The order is on hold: release it first.",
    EDIT_WINDOW_CLOSED="The time in which this could still be changed has passed.",
    ARCHIVED="The product, channel or warehouse is archived: kept for history, not for new work.",
    ORDER_NOT_EDITABLE="The order is too far along (packed or later) to be edited.",
    LINE_ALREADY_PICKED="Units of the line are already picked: they cannot be changed or cancelled.",
    LINE_NOT_EDITABLE="The line cannot be edited here (a drop-shipped line).",
    BELOW_MINIMUM_ORDER_QUANTITY="Fewer units than the supplier's minimum order quantity for the product.",
    NOT_A_PACK_MULTIPLE="Not a whole number of the supplier's packs of the product.",
)


@strawberry.interface(description="An object with a global id, fetchable with `node(id:)`.")
class Node:
    id: strawberry.ID = strawberry.field(
        description="The global id: opaque, stable; fetch the object again with `node(id:)`."
    )


_URL_SAFE = bytes.maketrans(b"+/", b"-_")


def to_global_id(type_name: str, pk: int) -> strawberry.ID:
    # base64.urlsafe_b64encode's bytes, without its two Python-level calls: a page makes
    # hundreds of ids (bench/RESULTS.md).
    # strawberry.ID is a NewType: calling it is a Python-level call that returns its argument.
    encoded = binascii.b2a_base64(f"{type_name}:{pk}".encode(), newline=False).translate(_URL_SAFE)
    return encoded.rstrip(b"=").decode()  # type: ignore[return-value]


def from_global_id(global_id: str) -> tuple[str, int] | None:
    """(type name, primary key) for one of our ids, or None for anything else."""
    try:
        padded = global_id + "=" * (-len(global_id) % 4)
        type_name, _, pk = base64.urlsafe_b64decode(padded.encode()).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    # ASCII digits only ("²".isdigit() is true, int("²") fails), and a key an IntField holds:
    # every node's primary key is one, and PostgreSQL refuses to compare it with more.
    if not type_name or not (pk.isascii() and pk.isdigit()) or len(pk) > 10 or int(pk) > MAX_PK:
        return None
    return type_name, int(pk)


def pk_of(global_id: str, type_name: str) -> int | None:
    parsed = from_global_id(global_id)
    return parsed[1] if parsed and parsed[0] == type_name else None


# How a type is named in "... not found." (the default: its GraphQL name).
_NOT_FOUND_NAMES = {
    "PickTask": "Pick task",
    "PurchaseOrder": "Purchase order",
    "ReturnRequest": "Return",
    "ApiToken": "Token",
}


def decode_pk(global_id: str, type_name: str, *, field: str) -> int:
    """The primary key behind a global id of `type_name`; NOT_FOUND on `field` otherwise
    (a malformed id, or another type's, is as absent as a deleted object)."""
    pk = pk_of(global_id, type_name)
    if pk is None:
        raise not_found(_NOT_FOUND_NAMES.get(type_name, type_name), [field])
    return pk


def lazy_node(module: str, type_name: str) -> Callable[[Any], Any]:
    """`from_model` of a type that refers back to the caller's module (an order's tasks and a
    task's order): resolved through strawberry's lazy reference on first use, as the
    `Annotated[..., strawberry.lazy(...)]` annotation of the field is."""
    lazy: LazyType[str, str] = LazyType(type_name, module)

    def from_model(row: Any) -> Any:
        return lazy.resolve_type().from_model(row)

    return from_model


def given(**values: Any) -> dict[str, Any]:
    """The arguments a client actually sent (None left out), so that the services'
    signatures keep the one copy of every default."""
    return {name: value for name, value in values.items() if value is not None}


T_ = TypeVar("T_")


def renamed(new: T_ | None, old: T_ | None, *, field: str, old_field: str) -> T_ | None:
    """The value of a renamed input, sent under its new name or its deprecated one (kept for a
    release, see CHANGELOG); both with different values is INVALID rather than a silent pick."""
    if new is not None and old is not None and new != old:
        raise DomainError.one(
            DomainErrorCode.INVALID, f"Give {field} or its deprecated name {old_field}, not both.", [field]
        )
    return new if new is not None else old


@strawberry.type(description="An expected failure of a mutation: which input field, what, and a stable code.")
class UserError:
    field: list[str] | None = strawberry.field(
        description="Path to the input field at fault (null when it is not one field)."
    )
    message: str = strawberry.field(description="What is wrong, in English, for a person.")
    code: ErrorCode = strawberry.field(description="What is wrong, for a program.")


def user_errors(error: DomainError) -> list[UserError]:
    return [
        UserError(field=list(p.field) if p.field is not None else None, message=p.message, code=p.code)
        for p in error.problems
    ]


@strawberry.type(description="An amount in a currency, as a decimal string.")
class Money:
    amount: Decimal = strawberry.field(description='The amount, as a decimal string (e.g. "12.50").')
    currency: str = strawberry.field(
        description='ISO 4217 currency code (e.g. "EUR").',
        deprecation_reason="Use `currencyCode` (the same code, as an enum). Removed in the next release.",
    )

    @strawberry.field(description="ISO 4217 currency code, as an enum (null if the stored code is not one).")
    def currency_code(self) -> CurrencyCode | None:
        return currency_code_of(self.currency)


@strawberry.type(description="Where a page is in the whole list: whether there is more, and the cursors to ask for it.")
class PageInfo:
    has_next_page: bool = strawberry.field(description="Whether there are more objects after this page.")
    has_previous_page: bool = strawberry.field(description="Whether there are objects before this page.")
    start_cursor: str | None = strawberry.field(
        description="Cursor of the first object of the page (null for an empty page)."
    )
    end_cursor: str | None = strawberry.field(
        description="Cursor of the last object of the page: pass it as `after` for the next page."
    )

    @classmethod
    def from_page(cls, page: Page[Any]) -> PageInfo:
        return cls(
            has_next_page=page.has_next_page,
            has_previous_page=page.has_previous_page,
            start_cursor=page.cursor(0) if page.items else None,
            end_cursor=page.cursor(-1) if page.items else None,
        )


N = TypeVar("N")
R = TypeVar("R", bound=TortoiseModel)


@strawberry.type(description="One object of a page, with its cursor.")
class Edge(Generic[N]):
    node: N = strawberry.field(description="The object.")
    _page: strawberry.Private[Page[Any]]
    _index: strawberry.Private[int]

    @strawberry.field(
        description="Where this object is in the list: pass it as `after` (or `before`) for the page after (or before) it."
    )
    def cursor(self) -> str:
        return self._page.cursor(self._index)


@strawberry.type(
    description="A page of a list (keyset cursors): its objects, where it is, and how many there are in all."
)
class Connection(Generic[N]):
    """A page of a list (named `<Node>Connection` in the schema, with `<Node>Edge`s)."""

    edges: list[Edge[N]] = strawberry.field(description="The objects of this page, each with its cursor.")
    page_info: PageInfo = strawberry.field(description="Whether there are more pages, and the cursors to ask for them.")
    _page: strawberry.Private[Page[Any]]

    @strawberry.field(description="How many match the filter in all (one COUNT, only when asked).")
    async def total_count(self) -> int:
        return await self._page.total_count()


def connection(page: Page[R], to_node: Callable[[R], N]) -> Connection[N]:
    """A page of rows as a connection of the nodes `to_node` makes of them."""
    return Connection(
        edges=[Edge(node=to_node(row), _page=page, _index=index) for index, row in enumerate(page.items)],
        page_info=PageInfo.from_page(page),
        _page=page,
    )


@strawberry.enum(description="Ascending or descending.")
class SortDirection(Enum):
    ASC = "ASC"
    DESC = "DESC"


describe_values(SortDirection, ASC="Smallest (or earliest) first.", DESC="Largest (or latest) first.")


# Arguments that mean the same wherever they appear, described once (`describe_arguments`).
PAGE_ARGUMENTS = {
    "first": "At most this many from the start (after `after`); the server caps the page size.",
    "after": "A cursor (an edge's `cursor` or `pageInfo.endCursor`): the page starts after it.",
    "last": "At most this many from the end (before `before`).",
    "before": "A cursor (an edge's `cursor` or `pageInfo.startCursor`): the page ends before it.",
    "filter": "Only what matches every given field of the filter (none: everything the caller may see).",
    "sortBy": "The order of the list (default: newest first).",
    "input": "What to do: see the input type's fields.",
}
STREAM_ARGUMENTS = {
    "after": "A cursor of an event already received: first replays what happened since, then streams live "
    "(none: live only).",
}


def describe_arguments(root: type, descriptions: dict[str, str]) -> None:
    """Give the arguments of `root`'s fields named (in GraphQL) in `descriptions` that
    description, unless the field describes its own."""
    for field in root.__strawberry_definition__.fields:  # type: ignore[attr-defined]
        for argument in field.arguments:
            name = argument.graphql_name or to_camel_case(argument.python_name)
            if argument.description is None and name in descriptions:
                argument.description = descriptions[name]
