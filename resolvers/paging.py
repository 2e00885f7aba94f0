"""Connections: one way to turn a scoped, filtered queryset into a page."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any, TypeVar

from tortoise.models import Model
from tortoise.queryset import QuerySet

from resolvers.context import Info
from resolvers.errors import from_domain
from services.errors import DomainError
from services.pagination import Page, paginate, paginate_projected

M = TypeVar("M", bound=Model)


async def page_of(
    info: Info,
    query: QuerySet[M],
    *,
    first: int | None,
    after: str | None,
    last: int | None = None,
    before: str | None = None,
    sort: str = "id",
    descending: bool = True,
    joined: Sequence[str] = (),
    shape: tuple[Hashable, Sequence[Any]] | None = None,
) -> Page[M]:
    """A page of `query` (keyset cursors, page size capped); bad arguments are INVALID.
    `joined` and `shape`: services.pagination.paginate's."""
    try:
        return await paginate(
            query,
            sort=sort,
            descending=descending,
            first=first,
            after=after,
            last=last,
            before=before,
            max_page_size=info.context.settings.max_page_size,
            joined=joined,
            shape=shape,
        )
    except DomainError as error:
        raise from_domain(error) from None


async def page_json_of(
    info: Info, query: QuerySet[Any], project: Callable[[str, Sequence[str]], str], **window: Any
) -> Page[str] | None:
    """page_of's page (`window`: its first, after, last, before, sort, descending and shape)
    with each item its row's JSON (services.pagination.paginate_projected); None where it is
    not read so."""
    try:
        return await paginate_projected(query, project, max_page_size=info.context.settings.max_page_size, **window)
    except DomainError as error:
        raise from_domain(error) from None
