"""Query cost (Shopify-style) and the extension that budgets it per caller.

Objects cost 1, scalars 0, a connection costs `first`/`last` (default 20) times what
one of its nodes costs, a list sized by a list argument (`nodes(ids:)`) costs one object
per item it is given, a mutation 10 more. Over `max_query_cost` the query is refused
(MAX_COST_EXCEEDED); a caller without enough points left is refused (THROTTLED). Every
response carries `extensions.cost`.

A list without paging (an order's lines) is asked for as one object, since its length is
not known before execution; the actual cost counts every item it returned, and the caller
is charged the difference after execution (below zero if need be, so the next request
waits), so the budget pays for the objects really returned. Connections are paid up front
by `first`; what they did not return is given back.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from functools import lru_cache
from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLField,
    GraphQLID,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    ListValueNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    VariableNode,
    get_named_type,
    get_nullable_type,
    is_leaf_type,
    is_list_type,
    value_from_ast_untyped,
)
from graphql.execution import ExecutionResult as GraphQLExecutionResult
from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType as ExecutedType  # strawberry's, not graphql-core's

from resolvers.errors import PublicError
from resolvers.live_groups import LIVE_OPERATION
from services.throttle import ThrottleStatus

DEFAULT_PAGE = 20
MUTATION_COST = 10


def _page_size(field: FieldNode, variables: dict[str, Any]) -> int:
    for arg in field.arguments or ():
        if arg.name.value in ("first", "last"):
            value = arg.value
            if isinstance(value, VariableNode):
                raw = variables.get(value.name.value)
            else:
                raw = getattr(value, "value", None)
            try:
                return max(int(raw), 0) if raw is not None else DEFAULT_PAGE
            except (TypeError, ValueError, OverflowError):  # OverflowError: an infinite float
                # Not an Int: the variable's coercion refuses it (INVALID), after this cost.
                return DEFAULT_PAGE
    return DEFAULT_PAGE


def _argument_size(field: FieldNode, field_def: GraphQLField, variables: dict[str, Any]) -> int | None:
    """How many objects a list field returns when a list of ids says it (`nodes(ids:)`
    returns one per id): that list's length (a single value is a list of one); None when no
    argument is a list of ids. (Other list arguments filter; their length says nothing.)"""
    for arg in field.arguments or ():
        definition = field_def.args.get(arg.name.value)
        if definition is None or not _is_id_list(definition.type):
            continue
        value = arg.value
        if isinstance(value, ListValueNode):
            return len(value.values)
        if isinstance(value, VariableNode):
            raw = variables.get(value.name.value)
            if isinstance(raw, list):
                return len(raw)
    return None


def _is_id_list(type_: Any) -> bool:
    nullable = get_nullable_type(type_)
    return is_list_type(nullable) and get_named_type(nullable) is GraphQLID


class _Requested:
    """Marker: cost what is asked for (no result to look at)."""


REQUESTED = _Requested()


def selection_cost(
    schema: GraphQLSchema,
    selection_set: SelectionSetNode | None,
    parent: Any,
    fragments: dict[str, FragmentDefinitionNode],
    variables: dict[str, Any],
    seen: frozenset[str] = frozenset(),
    data: Any = REQUESTED,
    counted: set[str] | None = None,
) -> int:
    """The cost of `selection_set` on `parent`: as requested, or (given the `data` the
    execution returned at this level) as actually returned, where a connection counts the
    edges it returned instead of `first`, and a null or absent object costs nothing."""
    if selection_set is None:
        return 0
    actual = data is not REQUESTED
    total = 0
    # Actual cost: a response key once per object, however many fragments name it.
    counted = set() if counted is None else counted
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            costing = costing_field(selection, parent)
            if costing is None:
                continue
            field_def, named = costing
            connection = named.name.endswith("Connection")
            # A list of objects whose length a list argument gives: each item is an object.
            sized = (
                _argument_size(selection, field_def, variables)
                if is_list_type(get_nullable_type(field_def.type))
                else None
            )
            if not actual:
                inner = selection_cost(schema, selection.selection_set, named, fragments, variables, seen)
                if sized is not None:
                    total += sized * (1 + inner)
                    continue
                total += 1 + (_page_size(selection, variables) * max(inner, 1) if connection else inner)
                continue
            key = selection.alias.value if selection.alias else selection.name.value
            value = data.get(key) if isinstance(data, dict) else None
            if value is None or key in counted:
                continue
            counted.add(key)
            # A list of objects costs as one of them (as requested): the dearest. No item can
            # cost more than the selection as requested (a connection returns at most its
            # page), so once one does, the rest need not be walked: a full page costs its
            # first complete item, not a walk of the whole result.
            items = [v for v in value if isinstance(v, dict)] if isinstance(value, list) else [value]
            ceiling = selection_cost(schema, selection.selection_set, named, fragments, variables, seen)
            inner = 0
            for item in items:
                inner = max(
                    inner, selection_cost(schema, selection.selection_set, named, fragments, variables, seen, item)
                )
                if inner >= ceiling:
                    break
            if sized is not None:
                total += len(items) * (1 + inner)
            elif connection:
                returned = max((len(v) for v in value.values() if isinstance(v, list)), default=0)
                total += 1 + returned * max(inner, 1)
            elif isinstance(value, list) and not parent.name.endswith("Connection"):
                # A list without paging (an order's lines, history, shipments): asked for, it
                # costs as one object; answered, it costs what it returned, one object per
                # item (the caller is charged the difference after execution).
                total += len(items) * (1 + inner)
            else:
                total += 1 + inner
        elif isinstance(selection, InlineFragmentNode):
            target = schema.get_type(selection.type_condition.name.value) if selection.type_condition else parent
            total += selection_cost(schema, selection.selection_set, target, fragments, variables, seen, data, counted)
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            if name in seen or name not in fragments:
                continue
            fragment = fragments[name]
            target = schema.get_type(fragment.type_condition.name.value)
            total += selection_cost(
                schema, fragment.selection_set, target, fragments, variables, seen | {name}, data, counted
            )
    return total


def costing_field(selection: FieldNode, parent: Any) -> tuple[GraphQLField, Any] | None:
    """The definition and named type of a field that can cost: an object's (or interface's)
    field that selects objects; None for leaves, `__` fields and fields not on `parent`."""
    if selection.name.value.startswith("__") or not isinstance(parent, GraphQLObjectType | GraphQLInterfaceType):
        return None
    field_def = parent.fields.get(selection.name.value)
    if field_def is None:
        return None
    named = get_named_type(field_def.type)
    return None if is_leaf_type(named) else (field_def, named)


def chosen_operation(
    schema: GraphQLSchema, document: Any, operation_name: str | None
) -> tuple[OperationDefinitionNode, Any, dict[str, FragmentDefinitionNode], dict[str, Any]] | None:
    """The operation a cost is of (by name, else the first), its root type, the document's
    fragments and the variables' defaults; None for a document without operations."""
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
    chosen = (
        next((o for o in operations if o.name and o.name.value == operation_name), None) if operation_name else None
    )
    operation = chosen or (operations[0] if operations else None)
    if operation is None:
        return None
    # A variable the client leaves out takes its default from the document: cost with it
    # (`query($n: Int = 100) { orders(first: $n) ... }` is a page of 100, not of 20).
    defaults = {
        d.variable.name.value: value_from_ast_untyped(d.default_value)
        for d in operation.variable_definitions or ()
        if d.default_value is not None
    }
    root = {
        OperationType.QUERY: schema.query_type,
        OperationType.MUTATION: schema.mutation_type,
        OperationType.SUBSCRIPTION: schema.subscription_type,
    }[operation.operation]
    return operation, root, fragments, defaults


def query_cost(
    schema: GraphQLSchema,
    document: Any,
    operation_name: str | None,
    variables: dict[str, Any],
    data: Any = REQUESTED,
    read: set[str] | None = None,
) -> int:
    """The operation's cost as requested, or as returned when given the result's `data`;
    `read`: given, the names of the variables the cost read are added to it."""
    chosen = chosen_operation(schema, document, operation_name)
    if chosen is None:
        return 0
    operation, root, fragments, defaults = chosen
    variables = {**defaults, **variables} if read is None else _Reads({**defaults, **variables}, read)
    cost = selection_cost(schema, operation.selection_set, root, fragments, variables, data=data)
    return cost + (MUTATION_COST if operation.operation is OperationType.MUTATION else 0)


class _Reads(dict[str, Any]):
    """Variables that note which of them are read (the walk reads them with `get` only)."""

    def __init__(self, values: dict[str, Any], read: set[str]) -> None:
        super().__init__(values)
        self.read = read

    def get(self, key: str, default: Any = None) -> Any:
        self.read.add(key)
        return super().get(key, default)


_ABSENT = object()
REQUESTED_COSTS_LIMIT = 64


class CostsByVariables:
    """A cost kept by the values of the variables its walk reads (`first: $n`, `ids: $ids`);
    most documents read none (`order(id: $id)`), so the walk is made once, not for every
    request. Sound: the walk reads variables in an order its earlier values decide, so the same
    values of the names a walk read lead every later walk the same way to the same cost."""

    def __init__(self) -> None:
        self._names: tuple[str, ...] | None = None
        self._costs: dict[tuple[Any, ...], int] = {}

    def of(self, variables: dict[str, Any], walk: Callable[[dict[str, Any], set[str]], int]) -> int:
        """`walk(variables, read)`'s cost, walked again only for values of the variables it
        read (`walk` adds their names to `read`) not seen yet."""
        if self._names is not None:
            found = self._costs.get(_values_of(self._names, variables))
            if found is not None:
                return found
        read: set[str] = set()
        cost = walk(variables, read)
        names = tuple(sorted(read))
        if self._names is None:
            self._names = names
        if names == self._names and len(self._costs) < REQUESTED_COSTS_LIMIT:
            self._costs[_values_of(names, variables)] = cost
        return cost


class RequestedCosts(CostsByVariables):
    """One document's cost as requested, kept by the values of the variables it reads (~2% of
    an `order(id)` request's CPU)."""

    def requested(
        self, schema: GraphQLSchema, document: Any, operation_name: str | None, variables: dict[str, Any]
    ) -> int:
        return self.of(variables, lambda given, read: query_cost(schema, document, operation_name, given, read=read))


@lru_cache(maxsize=512)  # as many as the parser and validation caches keep documents
def requested_costs(schema: GraphQLSchema, document: Any, operation_name: str | None) -> RequestedCosts:
    """The requested costs kept for one operation of a parsed document, on either path (the
    parser cache's document for graphql-core, a compiled plan's for schema.compiled: a
    repeated query is the same object; kept by identity)."""
    return RequestedCosts()


def reading(variables: dict[str, Any], read: set[str]) -> dict[str, Any]:
    """`variables` that add the names read from them to `read` (for CostsByVariables' walks)."""
    return _Reads(variables, read)


def _values_of(names: tuple[str, ...], variables: dict[str, Any]) -> tuple[Any, ...]:
    # By type and repr: 1, 1.0 and True are kept apart, and any JSON value is a key.
    return tuple((type(value).__name__, repr(value)) for value in (variables.get(n, _ABSENT) for n in names))


def caller_of(context: Any) -> str:
    """Whose budget a request spends: its token's, else its address's."""
    principal = context.principal
    return f"token:{principal.token_id}" if principal and principal.token_id else f"ip:{context.client_address}"


async def spend_requested(
    buckets: Any, caller: str, requested: int, *, max_query_cost: int
) -> tuple[PublicError | None, ThrottleStatus]:
    """Spend what a query asks for before it runs; the refusal, if any, as the error to answer."""
    if requested > max_query_cost:
        _, status = await buckets.spend(caller, 0)
        return PublicError(
            f"Query cost {requested} exceeds the maximum of {max_query_cost}; ask for fewer items.",
            "MAX_COST_EXCEEDED",
        ), status
    allowed, status = await buckets.spend(caller, requested)
    if allowed:
        return None, status
    return PublicError(
        f"Throttled: this query costs {requested}, {status.currently_available} points are available "
        f"(restoring {status.restore_rate}/s).",
        "THROTTLED",
        retryAfter=status.retry_after(requested),
    ), status


def settle_returned(buckets: Any, caller: str, requested: int, returned: int, status: ThrottleStatus) -> ThrottleStatus:
    """After execution: give back what the answer did not use, or charge the lists it returned
    beyond one object each (on Redis with the caller's next spend or a moment later: one round
    trip per request, services.throttle.RedisBuckets.settle)."""
    if returned == requested:
        return status
    return buckets.settle(caller, returned - requested, status)  # type: ignore[no-any-return]


def cost_report(requested: int, actual: int, status: ThrottleStatus) -> dict[str, Any]:
    """`extensions.cost` of a response."""
    return {
        "requestedQueryCost": requested,
        "actualQueryCost": actual,
        "throttleStatus": {
            "maximumAvailable": status.maximum_available,
            "currentlyAvailable": status.currently_available,
            "restoreRate": status.restore_rate,
        },
    }


def cost_extension(*, max_query_cost: int) -> type[SchemaExtension]:
    class QueryCost(SchemaExtension):
        """Computes the requested cost once the document is valid and refuses or spends it
        before execution; after execution, gives back what the answer did not use (fewer
        edges than `first`, null objects), as Shopify does. The caller's bucket is in
        `context.limits.query_cost` (shared across processes on Redis). The compiled path
        (schema.compiled) budgets with the same functions."""

        cost: dict[str, Any] | None = None

        async def on_execute(self) -> AsyncIterator[None]:
            ctx = self.execution_context
            document = ctx.graphql_document
            context = ctx.context
            if document is None or ctx.result is not None or context is None:
                yield
                return
            schema, variables = ctx.schema._schema, ctx.variables or {}
            requested = requested_costs(schema, document, ctx.operation_name).requested(
                schema, document, ctx.operation_name, variables
            )
            caller = caller_of(context)
            buckets = context.limits.query_cost
            error, status = await spend_requested(buckets, caller, requested, max_query_cost=max_query_cost)
            if error is not None:
                ctx.result = GraphQLExecutionResult(data=None, errors=[error])
            yield
            actual = 0
            if error is None:
                actual = requested
                result = ctx.result
                if ctx.operation_type is not ExecutedType.SUBSCRIPTION and isinstance(result, GraphQLExecutionResult):
                    actual = query_cost(
                        ctx.schema._schema, document, ctx.operation_name, ctx.variables or {}, data=result.data or {}
                    )
                    status = settle_returned(buckets, caller, requested, actual, status)
            self.cost = cost_report(requested, actual, status)
            outlet = LIVE_OPERATION.get() if ctx.operation_type is ExecutedType.SUBSCRIPTION else None
            if outlet is not None:  # a grouped follower's payloads carry its own cost (resolvers.live_groups)
                outlet.extensions.update(self.get_results())

        def get_results(self) -> dict[str, Any]:
            return {"cost": self.cost} if self.cost is not None else {}

    return QueryCost
