"""Compiled execution of validated queries (the graphql-jit idea, for graphql-core).

graphql-core executes a document by walking it for every request: for each field of each
object it builds a path and an info object, looks the field up, calls its resolver through
strawberry's wrapper, inspects the result for awaitables and completes it through a generic
`complete_value` (~2-3 us per field: most of an order page's CPU). A document that validated
once is the same tree every time, so the walk can be done once: `compile_query` turns the
operation into nested steps, one per field, each knowing its response key, how to get the
value (read the attribute for a plain strawberry field, else call the field's own resolver,
with its permission and argument handling, as graphql-core would; a root field's resolver
behind the same checks, without strawberry's wrapper: schema.compiled_root) and how to
complete it (the leaf type's own `coerce_output_value`, a list, an object's steps). Executing
is then a loop over prepared steps.

The compiled path covers what the hot reads are made of and steps aside for everything
else, so that its answers are graphql-core's answers:

* compile time (`Unsupported`: the document is always served by graphql-core): anything but
  a query; directives (@skip/@include); abstract types (interfaces, unions); introspection
  other than `__typename`; a response key selected twice (graphql-core merges them);
  fragments on another type or with variables.
* run time (`Bail`: this request is served by graphql-core): a variable that does not
  coerce; a resolver that raises or returns an exception; a null where the schema says
  non-null; a value of the wrong type; a field below the root whose value is not there yet
  (an awaitable: the root resolvers prefetch what the hot selections read, resolvers.prefetch).
  Errors, their paths and masking are thereby always graphql-core's.

Identity is tested, not assumed: with `Settings.compiled_check` (every test server) each
query the test suite sends is executed by both and the data compared (graphql_view), and
tests/graphql/test_compiled.py compares generated selections and whole responses.
"""

from __future__ import annotations

import inspect
import types
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLEnumType,
    GraphQLField,
    GraphQLID,
    GraphQLInt,
    GraphQLLeafType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLSchema,
    GraphQLString,
    InlineFragmentNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    Undefined,
    get_named_type,
    get_operation_ast,
    parse,
)
from graphql.execution.collect_fields import FragmentDetails
from graphql.execution.get_variable_signature import GraphQLVariableSignature, get_variable_signature
from graphql.type.scalars import GRAPHQL_MAX_INT, GRAPHQL_MIN_INT
from strawberry.types.field import StrawberryField

from schema.compiled_root import GuardedRoot, Guards, guarded_root
from schema.projection import NotProjected, Projected, RootProjection, Selected, project_root
from schema.returned_cost import ReturnedCost

# strawberry keeps its field definition on each graphql-core field under this key.
STRAWBERRY_DEFINITION = "strawberry-definition"
# The root fields a compiled document may select: reads without side effects. A request that
# bails out is executed again by graphql-core, so a resolver that counts something (the
# public orderTrack spends rate limits on misses) must never run twice for one request.
COMPILED_ROOTS = frozenset(
    {
        "order",
        "orders",
        "orderByNumber",
        "myOrders",
        "customers",
        "products",
        "channels",
        "warehouses",
        "stockLevels",
        "shipments",
        "returns",
        "purchaseOrders",
        "pickTaskList",
    }
)
# A document whose requests keep bailing out stops being tried (each bail is a wasted
# partial execution before graphql-core's).
GIVE_UP_AFTER_BAILS = 8


class Unsupported(Exception):
    """The document uses something the compiled path does not do: graphql-core serves it."""


class Bail(Exception):
    """This request left what the compiled path does: graphql-core serves it."""


class NotLoaded(Bail):
    """A field below the root answered with an awaitable (loaded one by one, not prefetched):
    from now on the document's objects are completed asynchronously (Run.object_async)."""


# (value, run: schema.compiled_run.Run) -> the completed value
Complete = Callable[[Any, Any], Any]


@dataclass(eq=False)
class FieldStep:
    key: str  # the response key (the alias, else the name)
    node: FieldNode
    parent: GraphQLObjectType
    field_def: GraphQLField | None  # None: __typename
    attribute: str | None  # a plain strawberry field: the attribute read
    takes_args: bool
    complete: Complete
    child: ObjectStep | None = None  # the selection below, for an object (or list of objects)
    # A resolver method taking (self) or (self, info), without extensions or arguments: called
    # directly, as strawberry's wrapper would call it (schema_converter.get_arguments).
    method: Callable[..., Any] | None = None
    takes_info: bool = False
    definition: StrawberryField | None = None
    # A String or ID leaf (null or not, not a list): a str completes as itself.
    passes_str: bool = False
    guarded: GuardedRoot | None = None  # a root field called directly (Run.resolve_guarded)
    projection: Projected | None = None  # a root field PostgreSQL answers (schema.projection)


@dataclass(eq=False)
class ObjectStep:
    type: GraphQLObjectType
    fields: list[FieldStep]
    # The object's completion as one generated function (schema.compiled_run.object_function),
    # made on its first use.
    run: Callable[[Any, Any], dict[str, Any]] | None = None


@dataclass(frozen=True)
class Prepared:
    """What graphql-core's `Executor.build` works out of the document on every execution and
    is the same every time (schema.compiled_run builds the executor from it): the operation,
    the fragments, and the variables' signatures (None: one has a default value, or is not
    an input type, and `build` coerces the variables itself)."""

    operation: OperationDefinitionNode
    fragment_definitions: dict[str, FragmentDefinitionNode]
    fragments: dict[str, FragmentDetails]
    signatures: tuple[GraphQLVariableSignature, ...] | None


def _prepared(
    schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: dict[str, FragmentDefinitionNode]
) -> Prepared:
    signatures = [get_variable_signature(schema, node) for node in operation.variable_definitions or ()]
    plain = all(isinstance(s, GraphQLVariableSignature) and s.default is None for s in signatures)
    return Prepared(
        operation,
        fragments,
        {name: FragmentDetails(definition, None) for name, definition in fragments.items()},  # no fragment variables
        tuple(s for s in signatures if isinstance(s, GraphQLVariableSignature)) if plain else None,
    )


@dataclass(eq=False)
class CompiledQuery:
    document: DocumentNode
    operation_name: str | None
    root: ObjectStep
    returned_cost: ReturnedCost  # what an answer cost, for the budget's settlement
    prepared: Prepared
    hits: int = 0
    bails: int = 0
    asynchronous: bool = False  # some field below the root loads by itself (NotLoaded)

    @property
    def worth_trying(self) -> bool:
        return self.bails < GIVE_UP_AFTER_BAILS or self.hits > self.bails


# -- compiling ---------------------------------------------------------------------------


def compile_query(
    schema: GraphQLSchema,
    query: str,
    operation_name: str | None,
    guards: Guards | None = None,
    projections: Mapping[str, RootProjection] | None = None,
) -> CompiledQuery:
    """The steps of a (validated) query document; Unsupported if any part is not compiled.
    `guards`: which root fields' resolvers are called directly (GuardedRoot); `projections`:
    the root fields PostgreSQL may answer, by name (schema.projection)."""
    document = parse(query)
    operation = get_operation_ast(document, operation_name)
    if operation is None or operation.operation is not OperationType.QUERY or schema.query_type is None:
        raise Unsupported("not a query")
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
    if any(f.variable_definitions for f in fragments.values()):
        raise Unsupported("fragment variables")
    compiler = _Compiler(schema, fragments)
    root = compiler.object(schema.query_type, operation.selection_set)
    if any(step.field_def is not None and step.node.name.value not in COMPILED_ROOTS for step in root.fields):
        raise Unsupported("a root field that is not a plain read")
    for step in root.fields:
        if guards is not None and step.definition is not None:
            step.guarded = guarded_root(schema, step.definition, step.node.name.value, guards)
        root_projection = (projections or {}).get(step.node.name.value)
        if root_projection is not None and step.guarded is not None and step.child is not None:
            try:
                step.projection = project_root(_selected(step.child), root_projection)
            except NotProjected:
                pass
    return CompiledQuery(
        document,
        operation_name,
        root,
        returned_cost=ReturnedCost(schema, document, operation_name),
        prepared=_prepared(schema, operation, fragments),
    )


def _selected(step: ObjectStep) -> list[Selected]:
    """An object step's fields as schema.projection reads a selection."""
    return [
        Selected(
            field.key,
            field.node.name.value,
            None if field.field_def is None else field.field_def.type,
            field.parent,
            field.takes_args,
            None if field.child is None else _selected(field.child),
            _extended(field.field_def),
        )
        for field in step.fields
    ]


def _extended(field_def: GraphQLField | None) -> bool:
    definition = None if field_def is None else (field_def.extensions or {}).get(STRAWBERRY_DEFINITION)
    return isinstance(definition, StrawberryField) and bool(definition.extensions or definition.directives)


class _Compiler:
    def __init__(self, schema: GraphQLSchema, fragments: dict[str, FragmentDefinitionNode]) -> None:
        self.schema = schema
        self.fragments = fragments

    def object(self, type_: GraphQLObjectType, selection_set: SelectionSetNode | None) -> ObjectStep:
        if selection_set is None:
            raise Unsupported("object without a selection")
        steps: list[FieldStep] = []
        seen: set[str] = set()
        for node in self._fields(type_, selection_set):
            key = node.alias.value if node.alias else node.name.value
            if key in seen:
                raise Unsupported(f"{key} selected twice")
            seen.add(key)
            steps.append(self.field(type_, node, key))
        return ObjectStep(type_, steps)

    def _fields(self, type_: GraphQLObjectType, selection_set: SelectionSetNode) -> list[FieldNode]:
        found: list[FieldNode] = []
        for selection in selection_set.selections:
            if selection.directives:
                raise Unsupported("directives")
            if isinstance(selection, FieldNode):
                found.append(selection)
                continue
            if isinstance(selection, FragmentSpreadNode):
                fragment = self.fragments.get(selection.name.value)
                if fragment is None:
                    raise Unsupported("unknown fragment")
                if fragment.directives or fragment.type_condition.name.value != type_.name:
                    raise Unsupported("fragment on another type")
                found += self._fields(type_, fragment.selection_set)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                if condition is not None and condition.name.value != type_.name:
                    raise Unsupported("inline fragment on another type")
                found += self._fields(type_, selection.selection_set)
        return found

    def field(self, parent: GraphQLObjectType, node: FieldNode, key: str) -> FieldStep:
        name = node.name.value
        if name == "__typename":
            return FieldStep(key, node, parent, None, None, False, _leaf_identity)
        if name.startswith("__"):
            raise Unsupported("introspection")
        field_def = parent.fields.get(name)
        if field_def is None:
            raise Unsupported(f"unknown field {parent.name}.{name}")
        definition = (field_def.extensions or {}).get(STRAWBERRY_DEFINITION)
        attribute = None
        if getattr(field_def.resolve, "_is_default", False):
            # strawberry's resolver for a field without one reads the attribute (its
            # config's default_resolver, getattr) and nothing else.
            if not isinstance(definition, StrawberryField) or definition.default_resolver is not getattr:
                raise Unsupported(f"{parent.name}.{name}: unknown default resolver")
            attribute = definition.python_name
        elif field_def.resolve is None:
            raise Unsupported(f"{parent.name}.{name}: no resolver")
        takes_args = bool(field_def.args or node.arguments)
        named = get_named_type(field_def.type)
        if isinstance(named, GraphQLObjectType):
            child: ObjectStep | None = self.object(named, node.selection_set)
        elif isinstance(named, GraphQLLeafType):
            child = None
        else:
            raise Unsupported(f"abstract type {named}")
        complete = self.completer(field_def.type, child)
        step = FieldStep(key, node, parent, field_def, attribute, takes_args, complete, child)
        nullable = field_def.type.of_type if isinstance(field_def.type, GraphQLNonNull) else field_def.type
        step.passes_str = nullable is GraphQLString or nullable is GraphQLID
        if attribute is None and isinstance(definition, StrawberryField):
            step.definition = definition
            step.method, step.takes_info = _direct_method(definition)
        return step

    def completer(self, type_: GraphQLOutputType, child: ObjectStep | None) -> Complete:
        if isinstance(type_, GraphQLNonNull):
            inner = self._nullable(type_.of_type, child)

            def non_null(value: Any, run: Any) -> Any:
                if value is None or isinstance(value, Exception):
                    raise Bail("null or error where non-null")
                return inner(value, run)

            return non_null
        inner = self._nullable(type_, child)

        def nullable(value: Any, run: Any) -> Any:
            if isinstance(value, Exception):
                raise Bail("an error as a value")
            return None if value is None else inner(value, run)

        return nullable

    def _nullable(self, type_: GraphQLOutputType, child: ObjectStep | None) -> Complete:
        if isinstance(type_, GraphQLList):
            item = self.completer(type_.of_type, child)

            def list_of(value: Any, run: Any) -> Any:
                if not isinstance(value, list | tuple):
                    raise Bail("not a list")
                return [item(v, run) for v in value]

            return list_of
        if isinstance(type_, GraphQLLeafType):
            coerce = type_.coerce_output_value

            def leaf(value: Any, run: Any) -> Any:
                coerced = coerce(value)
                if coerced is Undefined or coerced is None:
                    raise Bail("leaf did not coerce")
                return coerced

            if type_ is GraphQLString or type_ is GraphQLID:
                # graphql-core's serialize_string and serialize_id give a str back as it is.
                def text(value: Any, run: Any) -> Any:
                    return value if type(value) is str else leaf(value, run)

                return text
            if type_ is GraphQLInt:
                # graphql-core's serialize_int gives an int in the 32-bit range back as it is.
                def integer(value: Any, run: Any) -> Any:
                    return (
                        value
                        if type(value) is int and GRAPHQL_MIN_INT <= value <= GRAPHQL_MAX_INT
                        else leaf(value, run)
                    )

                return integer
            members = getattr(type_, "wrapped_cls", None)
            if isinstance(type_, GraphQLEnumType) and isinstance(members, type) and issubclass(members, Enum):
                # strawberry's enum type names a member by a walk over its values, the first
                # whose value is the member's: the same names, looked up.
                names: dict[Any, str] = {}
                for name, defined in type_.values.items():
                    if isinstance(defined.value, str | int):  # hashable as strawberry compares them
                        names.setdefault(defined.value, name)

                enum_class: type[Enum] = members

                def enum(value: Any, run: Any) -> Any:
                    if isinstance(value, enum_class):
                        found = names.get(value.value)
                        if found is not None:
                            return found
                    return leaf(value, run)

                return enum
            return leaf
        if isinstance(type_, GraphQLObjectType) and child is not None:
            step = child
            is_type_of = type_.is_type_of

            def object_of(value: Any, run: Any) -> Any:
                if is_type_of is not None and is_type_of(value, None) is not True:  # type: ignore[arg-type]  # reads no info
                    raise Bail("not of the type")
                return run.object(step, value)

            return object_of
        raise Unsupported(f"abstract type {type_}")


def _direct_method(definition: StrawberryField) -> tuple[Callable[..., Any] | None, bool]:
    """The resolver method to call directly with (source) or (source, info), when strawberry's
    wrapper would do nothing else: no field extensions (permissions are one), no arguments,
    a method whose parameters are `self` and perhaps strawberry's info."""
    resolver = definition.base_resolver
    if resolver is None or definition.extensions or definition.arguments:
        return None, False
    if resolver.self_parameter is None or resolver.parent_parameter or resolver.root_parameter:
        return None, False
    names = list(resolver.signature.parameters)
    info = resolver.info_parameter
    func = resolver.wrapped_func
    if not isinstance(func, types.FunctionType):
        return None, False
    if names == [resolver.self_parameter.name]:
        return func, False
    if (
        info is not None
        and names == [resolver.self_parameter.name, info.name]
        and info.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD  # strawberry passes it by name
    ):
        return func, True
    return None, False


def _leaf_identity(value: Any, run: Any) -> Any:
    return value
