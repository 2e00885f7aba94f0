"""SharedResults hands a running execution's result to the subscribers waiting for it, each
through a future of its own: one leaving does not cancel the run or the others' wait, and a
result with errors is not handed on (each waiter executes its own)."""

from __future__ import annotations

import asyncio
import contextlib

from graphql import ExecutionResult, GraphQLError

from resolvers.shared_results import SharedResults

EVENT = ("order", 1)


async def _run(gate: asyncio.Event, result: ExecutionResult, ran: list[str], who: str) -> ExecutionResult:
    ran.append(who)
    await gate.wait()
    return result


async def test_waiters_get_the_running_result_and_one_leaving_does_not_stop_the_others() -> None:
    # given a run in progress and three subscribers of the same key waiting for it
    results = SharedResults(fresh_seconds=60, limit=16)
    gate, ran = asyncio.Event(), list[str]()
    answer = ExecutionResult({"orderStatusChanged": {"status": "ON_HOLD"}}, None)
    first = asyncio.ensure_future(results.execute(EVENT, "k", lambda: _run(gate, answer, ran, "first")))  # type: ignore[arg-type]
    await asyncio.sleep(0)
    waiting = [results.execute(EVENT, "k", lambda: _run(gate, answer, ran, "other")) for _ in range(3)]
    futures = [asyncio.ensure_future(w) for w in waiting]  # type: ignore[arg-type]

    # when one of them leaves, and then the run ends
    futures[0].cancel()
    await asyncio.sleep(0)
    gate.set()
    got = await asyncio.gather(first, *futures[1:])

    # then the run was made once, and the others got its data (the same object: encoded once)
    assert ran == ["first"]
    assert (results.executions, results.reused) == (1, 3)
    assert all(r.data is answer.data and not r.errors for r in got)
    with contextlib.suppress(asyncio.CancelledError):
        await futures[0]
    assert futures[0].cancelled()


async def test_a_result_with_errors_is_not_handed_on() -> None:
    # given a run that will end with an error, and two subscribers waiting for it
    results = SharedResults(fresh_seconds=60, limit=16)
    gate, ran = asyncio.Event(), list[str]()
    failed = ExecutionResult(None, [GraphQLError("Unexpected error.")])
    own = ExecutionResult({"orderStatusChanged": {"status": "ON_HOLD"}}, None)
    first = asyncio.ensure_future(results.execute(EVENT, "k", lambda: _run(gate, failed, ran, "first")))  # type: ignore[arg-type]
    await asyncio.sleep(0)
    others = [
        asyncio.ensure_future(results.execute(EVENT, "k", lambda: own))  # type: ignore[arg-type]
        for _ in range(2)
    ]

    # when the run ends
    gate.set()
    got = await asyncio.gather(first, *others)

    # then the first got its errors and each of the others executed its own
    assert got[0].errors
    assert [r.data for r in got[1:]] == [own.data, own.data]
    assert (results.executions, results.reused) == (3, 0)
    # and a subscriber coming after the failed run ends executes its own too
    late = results.execute(EVENT, "k", lambda: own)
    assert (await late if not isinstance(late, ExecutionResult) else late).data == own.data  # type: ignore[misc]
    assert results.executions == 4


async def test_a_result_is_fresh_for_its_time_after_the_run_ended_not_after_it_started() -> None:
    # given a run that takes longer than a result stays fresh
    results = SharedResults(fresh_seconds=0.5, limit=16)
    gate, ran = asyncio.Event(), list[str]()
    answer = ExecutionResult({"orderStatusChanged": {"status": "SHIPPED"}}, None)
    first = asyncio.ensure_future(results.execute(EVENT, "k", lambda: _run(gate, answer, ran, "first")))  # type: ignore[arg-type]
    await asyncio.sleep(0.8)
    gate.set()
    await first

    # when a late subscriber of the same event comes just after it ended, and another once
    # the result has aged past its freshness
    late = results.execute(EVENT, "k", lambda: _run(gate, answer, ran, "late"))
    got = late if isinstance(late, ExecutionResult) else await late
    await asyncio.sleep(0.7)
    stale = results.execute(EVENT, "k", lambda: _run(gate, answer, ran, "stale"))
    if not isinstance(stale, ExecutionResult):
        await stale

    # then the late one got the result made (the same data), the stale one ran its own
    assert got.data is answer.data
    assert ran == ["first", "stale"]
