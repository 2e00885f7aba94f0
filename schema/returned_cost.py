"""What an answer cost (schema.cost.query_cost given the answer's `data`), the document's part
of the walk made once.

query_cost walks the document for every answer: for each selection it looks the field up,
unwraps its type, skips leaves and follows fragments, though none of that depends on the
answer (~6% of a compiled `order(id)` request's CPU, bench/RESULTS.md). ReturnedCost does that
part once per compiled document, into a tree of the fields that can cost (the objects), and
then walks only the answer. It gives query_cost's number for any answer and variables (test:
hypothesis against query_cost, junk answers included); query_cost stays the definition.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from functools import partial
from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLField,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    get_nullable_type,
    is_list_type,
)

from schema.cost import (
    MUTATION_COST,
    CostsByVariables,
    _argument_size,
    chosen_operation,
    costing_field,
    reading,
    selection_cost,
)


@dataclass(eq=False)
class _Costed:
    """A field of an object type that selects an object (leaves and `__` fields cost nothing,
    and are left out), with what selection_cost decides of it before looking at an answer."""

    key: str  # the response key
    node: FieldNode
    field_def: GraphQLField
    named: Any
    connection: bool
    listed: bool  # a list type (a list argument may size it: nodes(ids:))
    in_connection: bool  # the parent is a connection (its edges are paid by `first`)
    seen: frozenset[str]  # the fragments on the way here, as selection_cost carries them
    fields: list[_Costed]  # of its selection, fragments flattened, in the walk's order
    # Its selection's requested cost (what an item of it costs at most), by the variables it reads.
    ceilings: CostsByVariables = dataclass_field(default_factory=CostsByVariables)


def _costed(
    schema: GraphQLSchema,
    selection_set: SelectionSetNode | None,
    parent: Any,
    fragments: dict[str, FragmentDefinitionNode],
    seen: frozenset[str],
) -> list[_Costed]:
    """selection_cost's walk of a selection set without an answer: the fields it would look
    at, in its order. The fields of fragments take their place in the list (selection_cost
    walks them with the level's own `counted` set)."""
    found: list[_Costed] = []
    if selection_set is None:
        return found
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            costing = costing_field(selection, parent)
            if costing is None:
                continue
            field_def, named = costing
            found.append(
                _Costed(
                    key=selection.alias.value if selection.alias else selection.name.value,
                    node=selection,
                    field_def=field_def,
                    named=named,
                    connection=named.name.endswith("Connection"),
                    listed=is_list_type(get_nullable_type(field_def.type)),
                    in_connection=parent.name.endswith("Connection"),
                    seen=seen,
                    fields=_costed(schema, selection.selection_set, named, fragments, seen),
                )
            )
        elif isinstance(selection, InlineFragmentNode):
            target = schema.get_type(selection.type_condition.name.value) if selection.type_condition else parent
            found += _costed(schema, selection.selection_set, target, fragments, seen)
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            if name in seen or name not in fragments:
                continue
            fragment = fragments[name]
            target = schema.get_type(fragment.type_condition.name.value)
            found += _costed(schema, fragment.selection_set, target, fragments, seen | {name})
    return found


class ReturnedCost:
    """`query_cost(schema, document, operation_name, variables, data=data)` as
    `ReturnedCost(schema, document, operation_name)(variables, data)`."""

    def __init__(self, schema: GraphQLSchema, document: Any, operation_name: str | None) -> None:
        self._schema = schema
        chosen = chosen_operation(schema, document, operation_name)
        self._operation: OperationDefinitionNode | None = None
        self._fragments: dict[str, FragmentDefinitionNode] = {}
        self._defaults: dict[str, Any] = {}
        self._fields: list[_Costed] = []
        self._extra = 0
        if chosen is None:
            return
        operation, root, self._fragments, self._defaults = chosen
        self._operation = operation
        self._fields = _costed(schema, operation.selection_set, root, self._fragments, frozenset())
        self._extra = MUTATION_COST if operation.operation is OperationType.MUTATION else 0

    def __call__(self, variables: dict[str, Any], data: Any) -> int:
        if self._operation is None:
            return 0
        merged = {**self._defaults, **variables} if self._defaults else variables
        return self._walk(self._fields, data, merged) + self._extra

    def _ceiling(self, field: _Costed, variables: dict[str, Any], read: set[str]) -> int:
        return selection_cost(
            self._schema, field.node.selection_set, field.named, self._fragments, reading(variables, read), field.seen
        )

    def _walk(self, fields: list[_Costed], data: Any, variables: dict[str, Any]) -> int:
        total = 0
        counted: set[str] = set()
        for field in fields:
            # Read before the value, as selection_cost does (it reads the variables).
            sized = _argument_size(field.node, field.field_def, variables) if field.listed else None
            value = data.get(field.key) if isinstance(data, dict) else None
            if value is None or field.key in counted:
                continue
            counted.add(field.key)
            items = [v for v in value if isinstance(v, dict)] if isinstance(value, list) else [value]
            # A field's ceiling reads only the variables: walked once per document and values
            # of the variables it reads, not per answer (~5% of an `order(id)` request's CPU).
            ceiling = field.ceilings.of(variables, partial(self._ceiling, field))
            inner = 0
            for item in items:
                inner = max(inner, self._walk(field.fields, item, variables))
                if inner >= ceiling:
                    break
            if sized is not None:
                total += len(items) * (1 + inner)
            elif field.connection:
                returned = max((len(v) for v in value.values() if isinstance(v, list)), default=0)
                total += 1 + returned * max(inner, 1)
            elif isinstance(value, list) and not field.in_connection:
                total += len(items) * (1 + inner)
            else:
                total += 1 + inner
        return total
