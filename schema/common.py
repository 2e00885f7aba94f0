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
from tortoise.models import Model as TortoiseModel

from services.errors import DomainError, not_found
from services.errors import ErrorCode as DomainErrorCode
from services.pagination import Page

ErrorCode = DomainErrorCode
MAX_PK = 2**31 - 1
strawberry.enum(ErrorCode, name="ErrorCode", description="Why a mutation did not do what was asked.")


@strawberry.interface(description="An object with a global id, fetchable with `node(id:)`.")
class Node:
    id: strawberry.ID


def to_global_id(type_name: str, pk: int) -> strawberry.ID:
    return strawberry.ID(base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).decode().rstrip("="))


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


@strawberry.type(description="An expected failure of a mutation: which input field, what, and a stable code.")
class UserError:
    field: list[str] | None
    message: str
    code: ErrorCode


def user_errors(error: DomainError) -> list[UserError]:
    return [
        UserError(field=list(p.field) if p.field is not None else None, message=p.message, code=p.code)
        for p in error.problems
    ]


@strawberry.type(description="An amount in a currency, as a decimal string.")
class Money:
    amount: Decimal
    currency: str


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None

    @classmethod
    def from_page(cls, page: Page[Any]) -> PageInfo:
        return cls(
            has_next_page=page.has_next_page,
            has_previous_page=page.has_previous_page,
            start_cursor=page.cursors[0] if page.cursors else None,
            end_cursor=page.cursors[-1] if page.cursors else None,
        )


N = TypeVar("N")
R = TypeVar("R", bound=TortoiseModel)


@strawberry.type
class Edge(Generic[N]):
    node: N
    cursor: str


@strawberry.type
class Connection(Generic[N]):
    """A page of a list (named `<Node>Connection` in the schema, with `<Node>Edge`s)."""

    edges: list[Edge[N]]
    page_info: PageInfo
    _page: strawberry.Private[Page[Any]]

    @strawberry.field(description="How many match the filter in all (one COUNT, only when asked).")
    async def total_count(self) -> int:
        return await self._page.total_count()


def connection(page: Page[R], to_node: Callable[[R], N]) -> Connection[N]:
    """A page of rows as a connection of the nodes `to_node` makes of them."""
    return Connection(
        edges=[Edge(node=to_node(row), cursor=cursor) for row, cursor in zip(page.items, page.cursors, strict=True)],
        page_info=PageInfo.from_page(page),
        _page=page,
    )


@strawberry.enum
class SortDirection(Enum):
    ASC = "ASC"
    DESC = "DESC"
