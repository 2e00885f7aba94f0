"""resolvers.loaded.fill: what load_many leaves in a DataLoader, in one call of its batch
function, for the prefetch of a page (resolvers.prefetch)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest
from strawberry.dataloader import DataLoader
from strawberry.exceptions import WrongNumberOfResultsReturned

from resolvers.loaded import MISSING, fill, loaded


def squares(calls: list[list[int]], *, fail: Exception | None = None, short: bool = False) -> DataLoader[int, int]:
    async def load(keys: Sequence[int]) -> list[int]:
        calls.append(list(keys))
        if fail is not None:
            raise fail
        return [k * k for k in keys][: -1 if short else None]

    return DataLoader(load_fn=load)


async def test_fill_holds_each_value_after_one_batch_of_the_keys_not_held() -> None:
    calls: list[list[int]] = []
    loader = squares(calls)
    await loader.load(2)

    await fill(loader, [1, 2, 3, 3, 1])

    assert calls == [[2], [1, 3]], "held keys are not asked for again, repeated ones once"
    assert [loaded(loader, k) for k in (1, 2, 3)] == [1, 4, 9]
    assert await loader.load_many([1, 3]) == [1, 9]
    assert calls == [[2], [1, 3]]


@pytest.mark.parametrize("short", [False, True])
async def test_a_failed_batch_is_raised_where_each_key_is_read_as_load_many_would(short: bool) -> None:
    calls: list[list[int]] = []
    loader = squares(calls, fail=None if short else ValueError("down"), short=short)

    await fill(loader, [1, 2])

    expected = WrongNumberOfResultsReturned if short else ValueError
    assert loaded(loader, 1) is MISSING
    for key in (1, 2):
        with pytest.raises(expected):
            await loader.load(key)
    assert calls == [[1, 2]]


async def test_keys_another_batch_is_loading_are_waited_for() -> None:
    calls: list[list[int]] = []
    loader = squares(calls)
    pending = loader.load(5)  # scheduled, not dispatched yet

    await fill(loader, [5, 6])

    assert loaded(loader, 5) == 25 and loaded(loader, 6) == 36
    assert await pending == 25
    assert sorted(calls) == [[5], [6]]
    await asyncio.sleep(0)
