"""One naming scheme across the live schema: every connection pages both ways, inputs and
arguments name the object rather than its id, one spelling per word, and list queries are
plain plurals. Renamed names stay as `@deprecated` aliases for a release (CHANGELOG); the
checks skip deprecated names and say which ones they still allow, and why."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from graphql import (
    GraphQLArgument,
    GraphQLField,
    GraphQLID,
    GraphQLInputField,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLSchema,
    get_named_type,
)

from schema.root import build_schema

RELAY_ARGUMENTS = {"first", "after", "last", "before"}

# An audit event's object may be of any type, or deleted since: its id is the filter.
ID_NAMED_INPUTS = {"AuditEventFilter.objectId"}

# Renamed to `pickTasks` in the next release, once the deprecated subscription of that name
# (now `pickTaskUpdates`) is gone: GraphQL root field names must be unique across roots here.
LIST_SUFFIXED_QUERIES = {"pickTaskList"}


def schema() -> GraphQLSchema:
    return build_schema()._schema


def fields(schema: GraphQLSchema) -> Iterator[tuple[str, str, GraphQLField]]:
    for type_name, type_ in sorted(schema.type_map.items()):
        if not type_name.startswith("__") and isinstance(type_, GraphQLObjectType | GraphQLInterfaceType):
            for name, field in type_.fields.items():
                yield type_name, name, field


def inputs(schema: GraphQLSchema) -> Iterator[tuple[str, GraphQLArgument | GraphQLInputField]]:
    """Every argument (`Type.field(argument)`) and input field (`Input.field`), by name."""
    for type_name, name, field in fields(schema):
        for arg_name, argument in field.args.items():
            yield f"{type_name}.{name}({arg_name})", argument
    for type_name, type_ in sorted(schema.type_map.items()):
        if not type_name.startswith("__") and isinstance(type_, GraphQLInputObjectType):
            for name, value in type_.fields.items():
                yield f"{type_name}.{name}", value


def test_every_connection_pages_forwards_and_backwards() -> None:
    lacking = {
        f"{type_name}.{name}": sorted(RELAY_ARGUMENTS - set(field.args))
        for type_name, name, field in fields(schema())
        if get_named_type(field.type).name.endswith("Connection") and not RELAY_ARGUMENTS <= set(field.args)
    }

    assert lacking == {}


def test_inputs_and_arguments_name_the_object_not_its_id() -> None:
    id_named = [
        where
        for where, value in inputs(schema())
        if get_named_type(value.type) is GraphQLID
        and re.search(r"[a-z]Ids?$", where.rsplit(".", 1)[-1].strip(")").split("(")[-1])
        and not value.deprecation_reason
        and where not in ID_NAMED_INPUTS
    ]

    assert id_named == []


def test_one_spelling_per_name() -> None:
    """`dropshipSupplier` beside `dropShipSupplier` is one name spelt twice."""
    spellings: dict[str, set[str]] = defaultdict(set)
    for _, name, field in fields(schema()):
        if not field.deprecation_reason:
            spellings[name.lower()].add(name)
    for where, value in inputs(schema()):
        if not value.deprecation_reason:
            name = where.rsplit(".", 1)[-1].strip(")").split("(")[-1]
            spellings[name.lower()].add(name)

    assert {key: sorted(names) for key, names in spellings.items() if len(names) > 1} == {}


def test_list_queries_are_plain_plurals() -> None:
    query = schema().query_type
    assert query is not None
    suffixed = {name for name, field in query.fields.items() if name.endswith("List") and not field.deprecation_reason}

    assert suffixed == LIST_SUFFIXED_QUERIES
