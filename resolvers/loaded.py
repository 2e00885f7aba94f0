"""What a request's DataLoaders already hold, read without awaiting: the prefetched page's
fields answer at once from it (resolvers.prefetch), and a prefetch fills them in one call."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, TypeVar

from strawberry.dataloader import DataLoader
from strawberry.exceptions import WrongNumberOfResultsReturned

K = TypeVar("K")
T = TypeVar("T")
R = TypeVar("R")


def now_or_later(loader: DataLoader[K, T], key: K, then: Callable[[T], R]) -> Any:
    """`then(value)` at once when `loader` already holds `key`'s value (a resolver prefetched
    it: resolvers.prefetch), else an awaitable of it. A field resolved this way is a plain
    function: graphql-core completes a value at once and awaits an awaitable, so a page whose
    children were prefetched completes without a coroutine, a task or a gather per item."""
    value = loaded(loader, key)
    return _later(loader.load(key), then) if value is MISSING else then(value)


MISSING: Any = object()


def shared_now_or_later(nodes: dict[Any, Any], loader: DataLoader[K, T], key: K, then: Callable[[T], R]) -> Any:
    """`now_or_later` for an object many parents share (an allocation's warehouse): made once
    per request (`nodes`: Loaders.nodes) and key, not once per parent -- a page's 150
    allocations name two warehouses. `then` must be a plain function of the value."""
    found = nodes.get((then, key), MISSING)
    if found is not MISSING:
        return found
    value = loaded(loader, key)
    if value is MISSING:
        return _later(loader.load(key), then)
    made = nodes[(then, key)] = then(value)
    return made


def loaded(loader: DataLoader[K, T], key: K) -> T:
    """The value `loader` already holds for `key` (loaded without error), else MISSING."""
    future = loader.cache_map.get(key)
    if future is not None and future.done() and not future.cancelled() and future.exception() is None:
        return future.result()
    return MISSING


async def fill(loader: DataLoader[K, T], keys: Iterable[K]) -> None:
    """What `await loader.load_many(keys)` leaves in `loader` (each key's value, or the error
    its batch raised), without a future, batch entry and gather callback per key: one call of
    the batch function for the keys it does not hold yet. A page's prefetch (resolvers.prefetch)
    asks for 50 keys of each of three loaders; that machinery was ~9% of the page's CPU."""
    cache = loader.cache_map
    keys = list(keys)
    wanted = list(dict.fromkeys(key for key in keys if _not_held(cache.get(key))))
    on_their_way = [f for key in keys if (f := cache.get(key)) is not None and not f.done()]
    if on_their_way:  # loaded by another batch: wait for it, as load_many would
        await asyncio.gather(*on_their_way, return_exceptions=True)
    if not wanted:
        return
    futures = []
    for key in wanted:
        future: asyncio.Future[T] = loader.loop.create_future()
        cache.set(key, future)
        futures.append(future)
    try:
        values = list(await loader.load_fn(wanted))
        if len(values) != len(wanted):
            raise WrongNumberOfResultsReturned(expected=len(wanted), received=len(values))
    except Exception as exc:  # as strawberry's dispatch: every key of the batch holds the error
        values = [exc] * len(wanted)
    for future, value in zip(futures, values, strict=True):
        if future.cancelled():
            continue
        if isinstance(value, BaseException):
            future.set_exception(value)
            future.exception()  # retrieved: the field that reads it raises it, no warning at exit
        else:
            future.set_result(value)


def _not_held(future: asyncio.Future[Any] | None) -> bool:
    return future is None or future.cancelled()


async def _later(value: Awaitable[T], then: Callable[[T], R]) -> R:
    return then(await value)
