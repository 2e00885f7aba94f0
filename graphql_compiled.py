"""The /graphql endpoint's compiled path: serve a known query without graphql-core's walk.

`OmsGraphQL.execute_single` asks `CompiledPath.answer` first; None means graphql-core serves
the request (a new document, an unsupported one, or a request that bailed out), and the
endpoint then tells `learned` what graphql-core did so the document is compiled for the next
time. The compiled answer passes the same gates as graphql-core's: the document validated
under every limit when it was learned, NUL in variables is refused (by graphql-core's path),
and the query-cost budget is spent, settled and reported with the QueryCost extension's own
functions (schema.cost), so `extensions.cost` is the same.
"""

from __future__ import annotations

import dataclasses
import json
from collections import OrderedDict
from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from graphql import GraphQLSchema
from strawberry.extensions.field_extension import FieldExtension
from strawberry.permission import PermissionExtension
from strawberry.types import ExecutionResult
from strawberry.types.field import StrawberryField

import metrics
from resolvers.context import Context
from resolvers.customers import MY_ORDERS_PROJECTION
from resolvers.loaders import Loaders
from resolvers.orders import PROJECTIONS as ORDER_PROJECTIONS
from resolvers.permissions import RequireRole, permits
from schema.compiled import Bail, CompiledQuery, Unsupported, compile_query
from schema.compiled_root import Guards, RootGuard
from schema.compiled_run import execute_compiled
from schema.cost import caller_of, cost_report, requested_costs, settle_returned, spend_requested
from schema.input_domains import CheckArguments, argument_problems
from schema.nul import nul_path
from schema.projection import RootProjection
from settings import Settings

PLANS_LIMIT = 512
# The root fields whose selections PostgreSQL may answer as JSON (schema.projection).
PROJECTIONS: dict[str, RootProjection] = {**ORDER_PROJECTIONS, "myOrders": MY_ORDERS_PROJECTION}
# Set while compiled_check re-executes a request (and so in the tasks its loads start): what
# it sends to the database is the check's, not the request's (tests count the request's).
CHECKING: ContextVar[bool] = ContextVar("oms_compiled_check", default=False)
# How often a mismatch is re-run before it fails the check: a background worker may change
# the data between the two executions (an order allocated by the reaction worker).
CHECK_ATTEMPTS = 3


def root_guard(definition: StrawberryField, name: str) -> RootGuard | None:
    """What the extensions of a root Query field check, when they are the argument check
    inside the permission table's guard (schema.mutations.pipe_arguments, schema.root.guard):
    RequireRole's table for an HTTP caller, then CheckArguments' domains. None for a field
    with any other extension: strawberry's wrapper runs those."""
    extensions = definition.extensions
    if [type(e) for e in extensions] != [CheckArguments, PermissionExtension]:
        return None
    permission = extensions[1]
    assert isinstance(permission, PermissionExtension)
    if permission.fail_silently or [type(p) for p in permission.permissions] != [RequireRole]:
        return None
    if any(type(e).map_arguments is not FieldExtension.map_arguments for e in extensions):
        return None

    def allows(info: Any, kwargs: dict[str, Any]) -> bool:
        context = info.context
        if context.request.scope["type"] != "http":  # RequireRole checks a WebSocket's token again
            return False
        return permits(name, context.principal) and not argument_problems(kwargs)

    return allows


@dataclass
class CompiledQueries:
    """The compiled documents of a process, by (document, operation name), bounded (LRU).

    A document is compiled once it has been executed by graphql-core without errors (so it
    parsed and validated, with every limit of the schema's extensions); the unsupported are
    remembered as such."""

    schema: GraphQLSchema
    guards: Guards | None = None  # root fields called directly (schema.compiled_root)
    projections: Mapping[str, RootProjection] | None = None  # root connections PostgreSQL answers
    _plans: OrderedDict[tuple[str, str | None], CompiledQuery | None] = field(default_factory=OrderedDict)

    def get(self, query: str, operation_name: str | None) -> CompiledQuery | None:
        key = (query, operation_name)
        plan = self._plans.get(key)
        if plan is None:
            return None
        self._plans.move_to_end(key)
        return plan if plan.worth_trying else None

    def learn(self, query: str, operation_name: str | None) -> CompiledQuery | None:
        """The document's compiled form, compiled now if it is new (None: unsupported)."""
        key = (query, operation_name)
        if key in self._plans:
            return self._plans[key]
        try:
            plan: CompiledQuery | None = compile_query(
                self.schema, query, operation_name, self.guards, self.projections
            )
        except Unsupported:
            plan = None
        self._plans[key] = plan
        if len(self._plans) > PLANS_LIMIT:
            self._plans.popitem(last=False)
        return plan


class CompiledMismatch(AssertionError):
    """compiled_check: the compiled path's data differ from graphql-core's."""


class CompiledPath:
    def __init__(self, schema: GraphQLSchema, settings: Settings) -> None:
        self.schema = schema
        self.settings = settings
        self.queries = CompiledQueries(schema, root_guard, PROJECTIONS if settings.sql_projections else None)

    def serves(self, query: str, operation_name: str | None) -> bool:
        """Whether `answer` may answer this document (it is compiled, and served compiled)."""
        return (
            self.settings.compiled_queries
            and not self.settings.compiled_check
            and self.queries.get(query, operation_name) is not None
        )

    async def answer(
        self, query: str | None, operation_name: str | None, variables: Any, context: Context
    ) -> ExecutionResult | None:
        """The compiled answer, or None for graphql-core to give it."""
        if not self.settings.compiled_queries or self.settings.compiled_check or query is None:
            return None
        plan = self.queries.get(query, operation_name)
        if plan is None or not isinstance(variables or {}, dict) or nul_path(variables) is not None:
            return None
        variables = variables or {}
        requested = requested_costs(self.schema, plan.document, operation_name).requested(
            self.schema, plan.document, operation_name, variables
        )
        caller, buckets = caller_of(context), context.limits.query_cost
        error, status = await spend_requested(buckets, caller, requested, max_query_cost=self.settings.max_query_cost)
        if error is not None:
            return None  # refused (nothing was spent): graphql-core refuses it the same way
        try:
            data = await execute_compiled(self.schema, plan, context, variables)
        except Bail:
            metrics.count_compiled("bail")
            buckets.settle(caller, -requested, status)  # given back: graphql-core spends it again
            return None
        metrics.count_compiled("hit")
        actual = plan.returned_cost(variables, data)
        status = settle_returned(buckets, caller, requested, actual, status)
        return ExecutionResult(data=data, errors=None, extensions={"cost": cost_report(requested, actual, status)})

    async def learned(
        self,
        query: str | None,
        operation_name: str | None,
        variables: Any,
        context: Context,
        result: ExecutionResult,
        generic: Any,
    ) -> None:
        """graphql-core answered a query: compile its document if it ran without errors; with
        compiled_check, execute it compiled too and fail on different data. `generic` runs the
        document through graphql-core again (a fresh context), for a mismatch's re-check."""
        if not self.settings.compiled_queries or query is None or result.errors or result.data is None:
            return
        plan = self.queries.learn(query, operation_name)
        if plan is not None and self.settings.compiled_check:
            token = CHECKING.set(True)
            try:
                await self._check(plan, variables or {}, context, result.data, generic)
            finally:
                CHECKING.reset(token)

    async def _check(
        self, plan: CompiledQuery, variables: dict[str, Any], context: Context, expected: Any, generic: Any
    ) -> None:
        for _ in range(CHECK_ATTEMPTS):
            fresh = dataclasses.replace(context, loaders=Loaders())
            try:
                data = await execute_compiled(self.schema, plan, fresh, variables)
            except Bail:
                metrics.count_compiled("bail")
                return  # graphql-core serves such requests: nothing to compare
            finally:
                fresh.loaders.release()
            if json.dumps(data) == json.dumps(expected):
                metrics.count_compiled("checked")
                return
            other = dataclasses.replace(context, loaders=Loaders())
            try:
                again = await generic(other)
            finally:
                other.loaders.release()
            if again.errors:
                return  # the data moved so that graphql-core now fails: nothing to compare
            if json.dumps(again.data) == json.dumps(expected):
                # graphql-core gives the same answer twice: the compiled one is wrong.
                raise CompiledMismatch(
                    f"compiled {json.dumps(data)[:2000]}\n!= graphql-core {json.dumps(expected)[:2000]}"
                )
            expected = again.data  # the data moved between the runs: compare again
        raise CompiledMismatch("the data kept changing between compiled and graphql-core runs")
