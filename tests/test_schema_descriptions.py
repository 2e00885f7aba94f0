"""A schema people can read: every type, field, argument, enum value and input field of the
live schema has a description, and every custom scalar says its format and `@specifiedBy`."""

from __future__ import annotations

from collections.abc import Iterator

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLSchema,
    specified_scalar_types,
)

from schema.root import build_schema


def undescribed(schema: GraphQLSchema) -> Iterator[str]:
    """Every part of the schema (ours, not GraphQL's own) without a description, named as a
    reader would look for it: `Type`, `Type.field`, `Type.field(argument)`, `Enum.VALUE`."""
    for name, type_ in sorted(schema.type_map.items()):
        if name.startswith("__") or name in specified_scalar_types:
            continue
        if not type_.description:
            yield name
        if isinstance(type_, GraphQLObjectType | GraphQLInterfaceType):
            for field_name, field in type_.fields.items():
                if not field.description:
                    yield f"{name}.{field_name}"
                yield from (
                    f"{name}.{field_name}({arg})" for arg, argument in field.args.items() if not argument.description
                )
        if isinstance(type_, GraphQLInputObjectType):
            yield from (f"{name}.{field}" for field, value in type_.fields.items() if not value.description)
        if isinstance(type_, GraphQLEnumType):
            yield from (f"{name}.{value}" for value, enum_value in type_.values.items() if not enum_value.description)


def custom_scalars(schema: GraphQLSchema) -> list[GraphQLNamedType]:
    return [
        t
        for name, t in schema.type_map.items()
        if isinstance(t, GraphQLScalarType) and name not in specified_scalar_types and not name.startswith("__")
    ]


def test_everything_in_the_schema_is_described() -> None:
    # given the live schema, as the server builds it
    schema = build_schema()._schema

    # when every named part of it is walked
    missing = list(undescribed(schema))

    # then none lacks a description
    assert missing == [], "add a `description=` to: " + ", ".join(missing)


def test_the_walk_finds_what_lacks_a_description() -> None:
    # given a schema with an undescribed type, field, argument, enum value and input field
    from graphql import build_schema as from_sdl

    schema = from_sdl(
        '"Q" type Query { "f" f(a: Int, "b" b: E): Int g(i: I): Int } '
        '"E" enum E { "X" X Y } "I" input I { "x" x: Int y: Int }'
    )

    # when it is walked
    missing = list(undescribed(schema))

    # then each is named
    assert missing == ["E.Y", "I.y", "Query.f(a)", "Query.g", "Query.g(i)"]


def test_custom_scalars_say_their_format_and_where_it_is_specified() -> None:
    # given the live schema
    schema = build_schema()._schema

    # when its custom scalars are listed
    scalars = {t.name: t for t in custom_scalars(schema)}

    # then DateTime, Date and Decimal are there, each with a format and a specification
    assert {"DateTime", "Date", "Decimal"} <= set(scalars)
    for scalar in scalars.values():
        assert isinstance(scalar, GraphQLScalarType)
        assert scalar.description and "e.g." in scalar.description, scalar.name
        assert (scalar.specified_by_url or "").startswith("https://"), scalar.name
    text = build_schema().as_str()
    assert 'scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")' in text
