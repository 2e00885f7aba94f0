"""Query cost (Shopify-style) and the extension that budgets it per caller.

Objects cost 1, scalars 0, a connection costs `first`/`last` (default 20) times what
one of its nodes costs, a mutation 10 more. Over `max_query_cost` the query is refused
(MAX_COST_EXCEEDED); a caller without enough points left is refused (THROTTLED). Every
response carries `extensions.cost`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    VariableNode,
    get_named_type,
    is_leaf_type,
)
from graphql.execution import ExecutionResult as GraphQLExecutionResult
from strawberry.extensions import SchemaExtension

from services.throttle import CostBuckets

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
            except (TypeError, ValueError):
                return DEFAULT_PAGE
    return DEFAULT_PAGE


def selection_cost(
    schema: GraphQLSchema,
    selection_set: SelectionSetNode | None,
    parent: Any,
    fragments: dict[str, FragmentDefinitionNode],
    variables: dict[str, Any],
    seen: frozenset[str] = frozenset(),
) -> int:
    if selection_set is None:
        return 0
    total = 0
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            if selection.name.value.startswith("__") or not isinstance(
                parent, GraphQLObjectType | GraphQLInterfaceType
            ):
                continue
            field_def = parent.fields.get(selection.name.value)
            if field_def is None:
                continue
            named = get_named_type(field_def.type)
            if is_leaf_type(named):
                continue
            inner = selection_cost(schema, selection.selection_set, named, fragments, variables, seen)
            if named.name.endswith("Connection"):
                total += 1 + _page_size(selection, variables) * max(inner, 1)
            else:
                total += 1 + inner
        elif isinstance(selection, InlineFragmentNode):
            target = schema.get_type(selection.type_condition.name.value) if selection.type_condition else parent
            total += selection_cost(schema, selection.selection_set, target, fragments, variables, seen)
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            if name in seen or name not in fragments:
                continue
            fragment = fragments[name]
            target = schema.get_type(fragment.type_condition.name.value)
            total += selection_cost(schema, fragment.selection_set, target, fragments, variables, seen | {name})
    return total


def query_cost(schema: GraphQLSchema, document: Any, operation_name: str | None, variables: dict[str, Any]) -> int:
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
    chosen = (
        next((o for o in operations if o.name and o.name.value == operation_name), None) if operation_name else None
    )
    operation = chosen or (operations[0] if operations else None)
    if operation is None:
        return 0
    root = {
        OperationType.QUERY: schema.query_type,
        OperationType.MUTATION: schema.mutation_type,
        OperationType.SUBSCRIPTION: schema.subscription_type,
    }[operation.operation]
    cost = selection_cost(schema, operation.selection_set, root, fragments, variables)
    return cost + (MUTATION_COST if operation.operation is OperationType.MUTATION else 0)


def cost_extension(*, max_query_cost: int, buckets: CostBuckets) -> type[SchemaExtension]:
    class QueryCost(SchemaExtension):
        """Computes the cost once the document is valid; refuses or spends before execution."""

        cost: dict[str, Any] | None = None

        def on_execute(self) -> Iterator[None]:
            ctx = self.execution_context
            document = ctx.graphql_document
            if document is not None and ctx.result is None:
                requested = query_cost(ctx.schema._schema, document, ctx.operation_name, ctx.variables or {})
                context = ctx.context
                principal = getattr(context, "principal", None)
                request = getattr(context, "request", None)
                client = getattr(getattr(request, "client", None), "host", None) or "anonymous"
                caller = f"token:{principal.token_id}" if principal and principal.token_id else f"ip:{client}"
                error: GraphQLError | None = None
                if requested > max_query_cost:
                    _, status = buckets.spend(caller, 0)
                    error = GraphQLError(
                        f"Query cost {requested} exceeds the maximum of {max_query_cost}; ask for fewer items.",
                        extensions={"code": "MAX_COST_EXCEEDED"},
                    )
                else:
                    allowed, status = buckets.spend(caller, requested)
                    if not allowed:
                        error = GraphQLError(
                            f"Throttled: this query costs {requested}, {status.currently_available} points are available "
                            f"(restoring {status.restore_rate}/s).",
                            extensions={"code": "THROTTLED"},
                        )
                self.cost = {
                    "requestedQueryCost": requested,
                    "actualQueryCost": 0 if error else requested,
                    "throttleStatus": {
                        "maximumAvailable": status.maximum_available,
                        "currentlyAvailable": status.currently_available,
                        "restoreRate": status.restore_rate,
                    },
                }
                if error is not None:
                    ctx.result = GraphQLExecutionResult(data=None, errors=[error])
            yield

        def get_results(self) -> dict[str, Any]:
            return {"cost": self.cost} if self.cost is not None else {}

    return QueryCost
