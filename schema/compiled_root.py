"""Root fields of a compiled query called without strawberry's resolver wrapper.

strawberry calls a root field's resolver through a chain: its info made, the arguments
converted (strawberry.types.arguments), each field extension's resolve_async awaited around
the next, the resolver last. For the root Query fields whose extensions only check (the
permission table and the arguments' domains: graphql_compiled.root_guard), the compiled path
asks the same checks and calls the resolver itself, as `StrawberryField.get_result` does:
one coroutine instead of five to resume at every await. Anything the checks refuse bails
out, and graphql-core refuses it with strawberry's own errors (schema.compiled).
"""

from __future__ import annotations

import inspect
import types
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from graphql import GraphQLSchema
from strawberry.relay.types import GlobalID

# Private helpers of the pinned strawberry: its own test of an argument it leaves as it is.
from strawberry.types.arguments import _is_leaf_type, _is_optional_leaf_type, convert_arguments
from strawberry.types.base import StrawberryMaybe
from strawberry.types.field import StrawberryField

# (strawberry's info, the converted arguments) -> whether the root field's extensions would
# let its resolver run (False: the request bails, and graphql-core refuses it as they do).
RootGuard = Callable[[Any, dict[str, Any]], bool]
# What the assembly knows of a root field's extensions: its guard when calling them all is
# the same as asking it (None: strawberry's wrapper runs them).
Guards = Callable[[StrawberryField, str], RootGuard | None]


@dataclass(frozen=True)
class GuardedRoot:
    """How a root field's resolver is called directly (schema.compiled_run.Run.resolve_guarded):
    the arguments converted as strawberry converts them, the guard asked what the extensions
    check, then the resolver called as `StrawberryField.get_result` calls it."""

    func: Callable[..., Any]
    takes_self: bool  # a method (given the root value, None) or a function
    info_name: str | None  # the resolver's info parameter, passed by name
    convert: Callable[[dict[str, Any], Any], dict[str, Any]] | None  # None: no arguments
    allows: RootGuard


def guarded_root(schema: GraphQLSchema, definition: StrawberryField, name: str, guards: Guards) -> GuardedRoot | None:
    """`definition`'s direct call, when its extensions have a guard and its resolver's
    parameters are perhaps `self` (given the root value, None), perhaps info, and arguments."""
    allows = guards(definition, name)
    resolver = definition.base_resolver
    if allows is None or resolver is None or resolver.parent_parameter or resolver.root_parameter:
        return None
    func = resolver.wrapped_func
    if not isinstance(func, types.FunctionType):
        return None
    info = resolver.info_parameter
    # Named `info`: strawberry hands an info of another name to the extensions among the arguments.
    if info is not None and (info.name != "info" or info.kind is not inspect.Parameter.POSITIONAL_OR_KEYWORD):
        return None
    convert = None
    if definition.arguments:
        strawberry_schema = getattr(schema, "_strawberry_schema", None)
        if strawberry_schema is None:
            return None
        convert = _converter(definition, strawberry_schema.schema_converter)
    takes_self = resolver.self_parameter is not None
    return GuardedRoot(func, takes_self, info.name if info is not None else None, convert, allows)


def _converter(definition: StrawberryField, converter: Any) -> Callable[[dict[str, Any], Any], dict[str, Any]]:
    """strawberry's conversion of the field's arguments (graphql-core's values by GraphQL
    name -> the resolver's keyword arguments). Where every argument is a scalar, perhaps
    optional, strawberry's convert_argument gives each value back as it is (by its own leaf
    tests; GlobalID aside, which it decodes): then only the names change, without its
    per-value walk (~3% of an `order(id)` request's CPU)."""
    arguments, registry, config = definition.arguments, converter.scalar_registry, converter.config
    plain = all(
        not isinstance(a.type, StrawberryMaybe)
        and (
            _is_leaf_type(a.type, registry, skip_classes=(GlobalID,))
            or _is_optional_leaf_type(a.type, registry, skip_classes=(GlobalID,))
        )
        for a in arguments
    )
    if not plain:
        return lambda values, info: convert_arguments(values, arguments, registry, config, info)
    names = [(config.name_converter.from_argument(a), a.python_name) for a in arguments]
    return lambda values, info: {python: values[name] for name, python in names if name in values}
