"""schema.input_conversion: every input type builds, from graphql-core's coerced value, what
strawberry's own conversion builds (the same classes, the same field values, the same errors),
over generated values of each type: inside its fields' domains, at their edges and past them,
fields omitted, nulls, lists empty and one past their bound."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any

import graphql
from strawberry.relay.types import GlobalID
from strawberry.types.arguments import convert_argument
from strawberry.types.base import StrawberryObjectDefinition

from schema.input_conversion import _Builder, install
from schema.input_domains import NESTED
from schema.root import build_schema
from tests.fixtures.catalog import place, seed_catalog
from tests.fixtures.domain_values import draw, strategy
from tests.fixtures.server import Server

SCHEMA = build_schema()
GQL = SCHEMA._schema
CONVERTER = SCHEMA.schema_converter
DEFINITIONS = {
    concrete.definition.name: concrete.definition
    for concrete in CONVERTER.type_map.values()
    if isinstance(concrete.definition, StrawberryObjectDefinition) and concrete.definition.is_input
}
EXAMPLES = 25  # per input type (derandomized: the same values every run)


@contextmanager
def strawberrys_own() -> Iterator[None]:
    """Every input type converted by strawberry's `convert_argument` alone, for a while."""
    hooks = {name: definition.from_input for name, definition in DEFINITIONS.items()}
    try:
        for definition in DEFINITIONS.values():
            definition.from_input = None
        yield
    finally:
        for name, definition in DEFINITIONS.items():
            definition.from_input = hooks[name]


def converted(value: Any, type_: Any) -> Any:
    """`value` converted to `type_` as strawberry converts an argument."""
    return convert_argument(value, type_, CONVERTER.scalar_registry, CONVERTER.config)


def outcome(build: Callable[[], Any]) -> tuple[str, Any]:
    try:
        return "built", build()
    except Exception as error:  # what strawberry raises, the other way must raise too
        return "raised", (type(error), str(error))


def shape(value: Any) -> Any:
    """A converted value with the class of every part spelled out (== alone would let a
    dict pass for a list's item, or an int for a float)."""
    if isinstance(value, list):
        return ["list", [shape(item) for item in value]]
    if hasattr(value, "__dataclass_fields__"):
        return [type(value), {name: shape(getattr(value, name)) for name in value.__dataclass_fields__}]
    return [type(value), value]


def test_every_input_type_converts_as_strawberry_does() -> None:
    # given every input type of the schema, each with its converter installed
    assert DEFINITIONS and all(getattr(d.from_input, "oms_converter", False) for d in DEFINITIONS.values())
    compared, differing = 0, []

    for name, definition in sorted(DEFINITIONS.items()):
        type_ = GQL.get_type(name)
        assert isinstance(type_, graphql.GraphQLInputObjectType)
        for value in draw(strategy(NESTED, graphql.GraphQLNonNull(type_), {}), EXAMPLES):
            try:
                coerced = graphql.utilities.coerce_input_value(value, type_)
            except graphql.GraphQLError:
                continue  # refused before any conversion, whichever way
            # when the value is converted by the installed converter and by strawberry alone
            ours = outcome(partial(converted, coerced, definition.origin))
            with strawberrys_own():
                theirs = outcome(partial(converted, coerced, definition.origin))
            compared += 1
            # then both build the same thing, or fail the same way
            if (ours[0], shape(ours[1]) if ours[0] == "built" else ours[1]) != (
                theirs[0],
                shape(theirs[1]) if theirs[0] == "built" else theirs[1],
            ):
                differing.append((name, value, ours, theirs))

    assert differing == []
    assert compared >= len(DEFINITIONS) * 10, compared


def test_a_default_list_is_copied_for_each_request_as_strawberry_copies_it() -> None:
    # given an input type with a list field of leaves (the order's tags)
    definition = DEFINITIONS["OrderCreateInput"]
    given_tags = ["a", "b"]
    coerced = {"channel": "web", "externalRef": "R", "customer": {"email": "a@example.com"}, "lines": []}
    coerced["tags"] = given_tags

    # when it is converted
    built = converted(coerced, definition.origin)

    # then the list is the input's own copy, not graphql-core's
    assert built.tags == given_tags and built.tags is not given_tags


def test_a_global_id_is_decoded_or_refused_in_strawberrys_words() -> None:
    # given the converter of a value typed as strawberry's GlobalID
    convert = _Builder(CONVERTER.scalar_registry, CONVERTER.config).value(GlobalID)

    # when a valid and an invalid global id are converted, both ways
    texts = ("T3JkZXI6MQ==", "not an id")
    expected = [outcome(lambda text=text: converted(text, GlobalID)) for text in texts]
    found = [outcome(lambda text=text: convert(text)) for text in texts]

    # then they agree
    assert found == expected
    assert found[0] == ("built", GlobalID("Order", "1"))


async def test_an_order_created_through_the_api_is_built_by_the_installed_converter(
    server: Server, admin_token: str
) -> None:
    # given the converter of OrderCreateInput, counted
    definition = DEFINITIONS["OrderCreateInput"]
    installed = definition.from_input
    assert installed is not None
    calls = []

    def counted(cls: type, value: Any, context: Any) -> Any:
        calls.append(cls)
        return installed(cls, value, context)

    definition.from_input = counted
    try:
        # when an order is created through the API
        await seed_catalog(admin_token)
        body = await place(server, admin_token)
    finally:
        definition.from_input = installed

    # then its input went through the hook, once
    assert body["order"]["status"]
    assert calls == [definition.origin]


def test_a_schema_built_later_keeps_the_converters_and_installs_a_missing_one() -> None:
    # given every input type converted, but one whose nested types are (OrderCreateInput's
    # lines, customer and addresses) without its own
    definition = DEFINITIONS["OrderCreateInput"]
    installed = definition.from_input
    definition.from_input = None
    try:
        # when the converters are installed again (as for another schema of this process)
        count = install(SCHEMA)

        # then every type has one, the missing one made again over its nested types' own
        assert count == len(DEFINITIONS)
        assert getattr(definition.from_input, "oms_converter", None) is not None
        assert all(getattr(d.from_input, "oms_converter", None) is not None for d in DEFINITIONS.values())
    finally:
        definition.from_input = installed
