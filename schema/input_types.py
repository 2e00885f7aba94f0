"""Where a JSON value does not fit a GraphQL input type, with structured paths.

graphql-core's `validate_input_value` reports each problem with its path as a list
(`["lines", 0, "quantity"]`), so nobody has to read paths back out of error messages. Used
where a document arrives outside GraphQL (POST /intake, `oms import`) before it is sent
through the schema as a variable.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from graphql import GraphQLError, GraphQLInputObjectType, GraphQLNonNull
from graphql.utilities import validate_input_value
from strawberry.schema.base import BaseSchema


def type_problems(schema: BaseSchema, type_name: str, value: Any) -> list[tuple[list[str], str]]:
    """(path, message) for each place `value` does not fit the input type `type_name`."""
    input_type = schema._schema.get_type(type_name)  # type: ignore[attr-defined]
    assert isinstance(input_type, GraphQLInputObjectType), type_name
    found: list[tuple[list[str], str]] = []

    def on_error(error: GraphQLError, path: Sequence[str | int]) -> None:
        found.append(([str(p) for p in path], error.message))

    validate_input_value(value, GraphQLNonNull(input_type), on_error, True)
    return found
