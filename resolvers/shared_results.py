"""Subscription results shared by the live subscribers of a process that would get the same answer."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from graphql import ExecutionResult, OperationDefinitionNode

if TYPE_CHECKING:
    from services.access import Principal


def live_scope(
    operation: OperationDefinitionNode, variables: Mapping[str, Any], principal: Principal | None, extensions: object
) -> tuple[Hashable, ...] | None:
    """What decides a subscription's payload for an event, besides the event: the operation's
    text, name and coerced variables, and the caller's role, scope and channel (which orders,
    which of their fields). Its token, name, operator and expiry decide no field of a payload;
    they end the stream. None: no caller, or extensions the client added (its own results)."""
    if principal is None or operation.loc is None or extensions:
        return None
    return (
        operation.loc.source.body,
        operation.name.value if operation.name else None,
        json.dumps(variables, sort_keys=True, default=str),
        principal.role,
        principal.scope,
        principal.channel,
    )


@dataclass(slots=True)
class _Run:
    """One execution held for the subscribers of the same key: when it started and ended."""

    started: float
    future: asyncio.Future[ExecutionResult]
    ended: float | None = None

    def end(self, future: asyncio.Future[ExecutionResult]) -> None:
        self.ended = asyncio.get_running_loop().time()


class SharedResults:
    """One execution of a subscription event per process for every subscriber that would get
    the same answer, and its `next` payload encoded once.

    The key (made by schema.live_execution.SharedEventExecutor) is the event's subject and cursor, the
    operation's text, name and variables, and what decides what a caller reads: its role,
    scope and channel. The first subscriber to handle an event executes it; the others with
    the same key await that result and get the same `data` object, so that the WebSocket
    handler encodes it once. Each subscriber still runs its own source stream (who hears the
    event, token revocation and expiry), and a result with errors is not shared (errors are
    masked and logged per subscriber). A result is reused for the same event only, for at
    most `fresh_seconds` after it was made (a run still going is followed for up to
    `RUNNING_SECONDS`), and dropped when a later event about the same subject comes by.
    Counted from the end of the run, not its start: a worker that needs longer than
    `fresh_seconds` to reach all its subscribers must not have the late ones execute again
    (each doing so slows the rest further).
    """

    RUNNING_SECONDS = 10.0

    def __init__(self, fresh_seconds: float, limit: int) -> None:
        self.fresh_seconds = fresh_seconds
        self.limit = limit
        # Counters for /metrics and tests: executions run, and results handed on instead.
        self.executions = 0
        self.reused = 0
        # Per-event executors built for events that could be shared (a subscriber handed a
        # result already there builds none: schema.live_execution.SharedEventExecutor).
        self.event_executors = 0
        self._runs: dict[tuple[Hashable, Hashable], _Run] = {}
        self._encoded: dict[int, tuple[object, str | None]] = {}  # id(data) -> (data, its JSON)
        # Runs still going -> the subscribers waiting for them (their own futures) and their `run`.
        self._waiters: dict[
            asyncio.Future[ExecutionResult],
            list[tuple[asyncio.Future[ExecutionResult], Callable[[], Awaitable[ExecutionResult] | ExecutionResult]]],
        ] = {}

    def forget(self, subject: Hashable | None) -> None:
        """Drop the results about `subject` (None: all of them)."""
        for key in [key for key in self._runs if subject is None or key[0] == subject]:
            del self._runs[key]

    def _fresh(self, run: _Run) -> bool:
        now = asyncio.get_running_loop().time()
        if run.ended is None:
            return now - run.started <= self.RUNNING_SECONDS
        return not _failed(run.future) and now - run.ended <= self.fresh_seconds

    def execute(
        self, subject: Hashable, key: Hashable, run: Callable[[], Awaitable[ExecutionResult] | ExecutionResult]
    ) -> Awaitable[ExecutionResult] | ExecutionResult:
        """`run()`'s result, or the one another subscriber's `run()` gave for the same key."""
        followed = self.follow(subject, key, run)
        if followed is not None:
            return followed
        now = asyncio.get_running_loop().time()
        self.executions += 1
        result = run()
        future: asyncio.Future[ExecutionResult]
        if isinstance(result, ExecutionResult):
            future = asyncio.get_running_loop().create_future()
            future.set_result(result)
        else:
            future = asyncio.ensure_future(result)
            future.add_done_callback(_retrieve)
        future.add_done_callback(self._hold_data)
        held = _Run(now, future)
        if future.done():
            held.ended = now
        else:
            future.add_done_callback(held.end)
        while len(self._runs) >= self.limit:
            del self._runs[next(iter(self._runs))]
        self._runs[(subject, key)] = held
        # Shielded: the subscriber that started it may leave while others wait for it.
        return result if isinstance(result, ExecutionResult) else asyncio.shield(future)

    def follow(
        self, subject: Hashable, key: Hashable, run: Callable[[], Awaitable[ExecutionResult] | ExecutionResult]
    ) -> Awaitable[ExecutionResult] | ExecutionResult | None:
        """The result another subscriber's `run()` gave (or is giving) for the same key, when
        it is fresh; None when this subscriber has to execute (`execute`).

        A result already there is handed on at once; one still running is awaited through a
        future of this subscriber's own (its leaving cancels only that one), all of them
        settled by one callback when the run ends: not a shield and a coroutine for each
        subscriber (`asyncio.shield` was ~8% of a worker's time at 500 subscribers)."""
        entry = self._runs.get((subject, key))
        if entry is None or not self._fresh(entry):
            return None
        self.reused += 1
        future = entry.future
        if future.done() and not future.result().errors:
            shared = future.result()
            return ExecutionResult(shared.data, None, shared.extensions)
        if future.done():
            return self._own(run)
        waiter: asyncio.Future[ExecutionResult] = asyncio.get_running_loop().create_future()
        waiters = self._waiters.get(future)
        if waiters is None:
            waiters = self._waiters[future] = []
            future.add_done_callback(self._settle)
        waiters.append((waiter, run))
        return waiter

    def _settle(self, future: asyncio.Future[ExecutionResult]) -> None:
        """The run ended: each subscriber still waiting gets its result, or (the result had
        errors: those are not shared) runs its own; the run's failure is each one's."""
        for waiter, run in self._waiters.pop(future, ()):
            if waiter.done():  # its subscriber left
                continue
            if future.cancelled():
                waiter.cancel()
            elif (error := future.exception()) is not None:
                waiter.set_exception(error)
            elif future.result().errors:
                _chain(asyncio.ensure_future(self._own(run)), waiter)
            else:
                shared = future.result()
                waiter.set_result(ExecutionResult(shared.data, None, shared.extensions))

    async def _own(self, run: Callable[[], Awaitable[ExecutionResult] | ExecutionResult]) -> ExecutionResult:
        """This subscriber's own execution: the shared one had errors."""
        self.reused -= 1
        self.executions += 1
        own = run()
        return own if isinstance(own, ExecutionResult) else await own

    def _hold_data(self, future: asyncio.Future[ExecutionResult]) -> None:
        if future.cancelled() or future.exception() is not None:
            return
        result = future.result()
        if result.data is not None and not result.errors:
            while len(self._encoded) >= self.limit:
                del self._encoded[next(iter(self._encoded))]
            self._encoded[id(result.data)] = (result.data, None)

    def encoded(self, data: object, encode: Callable[[object], str]) -> str:
        """`encode(data)`, once for a shared result's data (held here, so its id stays its own)."""
        held = self._encoded.get(id(data))
        if held is None or held[0] is not data:
            return encode(data)
        if held[1] is None:
            held = (data, encode(data))
            self._encoded[id(data)] = held
        assert held[1] is not None
        return held[1]


def _failed(future: asyncio.Future[Any]) -> bool:
    return future.done() and (future.cancelled() or future.exception() is not None)


def _chain(source: asyncio.Future[ExecutionResult], waiter: asyncio.Future[ExecutionResult]) -> None:
    """`waiter` gets `source`'s outcome; a waiter cancelled (its subscriber left) cancels `source`."""

    def settle(done: asyncio.Future[ExecutionResult]) -> None:
        if waiter.done():
            return
        if done.cancelled():
            waiter.cancel()
        elif (error := done.exception()) is not None:
            waiter.set_exception(error)
        else:
            waiter.set_result(done.result())

    source.add_done_callback(settle)
    waiter.add_done_callback(lambda w: source.cancel() if w.cancelled() else None)


def _retrieve(future: asyncio.Future[Any]) -> None:
    """A run nobody awaits any more (its subscribers left) does not log an unretrieved error."""
    if not future.cancelled():
        future.exception()
