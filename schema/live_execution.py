"""The executors of the schema (schema.root): a subscription event executed once per process
for every subscriber that would get the same answer, and variables coerced without "Did you
mean" hints in production."""

from __future__ import annotations

from collections.abc import Awaitable, Hashable
from typing import Any, cast

from graphql import ExecutionResult
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from resolvers.shared_results import SharedResults, live_scope


class SharedEventExecutor(StrawberryGraphQLCoreExecutionContext):
    """Executes a subscription event once per process for all the subscribers that would get
    the same answer (resolvers.shared_results.SharedResults), when the event says what it is
    (`shared_as`, set by its resolver after the subscriber's own scoping).

    Two subscribers share a result only with the same operation text, name and variables and
    the same role, scope and channel: the Principal's fields that decide what a caller reads
    (which orders, which of their fields). Its token, name, operator and expiry decide no
    field of a subscription payload; they end the stream, which stays each subscriber's own."""

    # What the key of a shared result holds besides the event (None: this operation's results
    # are its own), worked out once per subscription rather than once per event.
    _scope_key: tuple[Hashable, ...] | None
    _scope_known = False

    def _scope(self) -> tuple[Hashable, ...] | None:
        if not self._scope_known:
            self._scope_key = live_scope(
                self.operation,
                self.variable_values.coerced,
                getattr(self.context_value, "principal", None),
                self.operation_extensions,
            )
            self._scope_known = True
        return self._scope_key

    def build_per_event_executor(self, payload: Any) -> Any:
        """A subscriber whose event's result is already there (or on its way) for its key
        is handed that result: no per-event executor (a copy of this one) is built for it."""
        shared_as = getattr(payload, "shared_as", None)
        scope = self._scope() if shared_as is not None else None
        if shared_as is None or scope is None:
            return super().build_per_event_executor(payload)
        subject, event = shared_as
        results: SharedResults = self.context_value.event_reads.results

        def run() -> Awaitable[ExecutionResult] | ExecutionResult:
            # The shared result had errors: this subscriber executes its own event.
            results.event_executors += 1
            own = super(SharedEventExecutor, self).build_per_event_executor(payload)
            return cast(
                "Awaitable[ExecutionResult] | ExecutionResult",
                StrawberryGraphQLCoreExecutionContext.execute_operation(own, False),
            )

        followed = results.follow(subject, (event, *scope), run)
        if followed is not None:
            return _Followed(followed)
        results.event_executors += 1
        return super().build_per_event_executor(payload)

    def execute_operation(self, serially: bool | None = None) -> Any:
        shared_as = getattr(self.root_value, "shared_as", None)
        # graphql-core executes each subscription event with serially=False.
        scope = self._scope() if serially is False and shared_as is not None else None
        if shared_as is None or scope is None:
            return super().execute_operation(serially)
        subject, event = shared_as
        results: SharedResults = self.context_value.event_reads.results

        def run() -> Awaitable[ExecutionResult] | ExecutionResult:
            # A subscription event never defers or streams: one ExecutionResult.
            return cast(
                "Awaitable[ExecutionResult] | ExecutionResult",
                StrawberryGraphQLCoreExecutionContext.execute_operation(self, False),
            )

        return results.execute(subject, (event, *scope), run)


class _Followed:
    """Stands for a per-event executor (graphql-core's execute_subscription_event calls only
    `execute_operation(False)` on it) for a subscriber handed another's result."""

    __slots__ = ("result",)

    def __init__(self, result: Awaitable[ExecutionResult] | ExecutionResult) -> None:
        self.result = result

    def execute_operation(self, serially: bool | None = None) -> Awaitable[ExecutionResult] | ExecutionResult:
        return self.result


class NoSuggestionsExecutor(SharedEventExecutor):
    """Coerces variables (enum values, input fields) without "Did you mean" hints: graphql-core
    suggests there too, unless the executor is built with `hide_suggestions`."""

    @classmethod
    def build(cls, *args: Any, **kwargs: Any) -> Any:
        kwargs["hide_suggestions"] = True
        return super().build(*args, **kwargs)
