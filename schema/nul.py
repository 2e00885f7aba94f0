"""NUL characters in string input: refused as bad input before they reach the database.

PostgreSQL cannot store NUL in text and fails the statement deep inside a transaction, so
such input is refused up front: in a mutation's input as a `userError` (code INVALID, with
the field's path, like every other validation failure: `schema.mutations`), anywhere else
(query and subscription arguments, which have no payload) as a top-level INVALID error.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from graphql.execution import ExecutionResult as GraphQLExecutionResult
from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType

from resolvers.errors import PublicError
from schema.input_names import given_names

NUL = "\x00"
MESSAGE = "Strings may not contain NUL characters."


def nul_path(value: object, path: tuple[str, ...] = ()) -> tuple[str, ...] | None:
    """Where the first NUL is, or None: in a mutation's converted input (camelCase field
    names, list indexes as strings, as userErrors name fields) or in raw variables."""
    if isinstance(value, str):
        return path if NUL in value else None
    if isinstance(value, dict):  # raw variables
        for key, item in value.items():
            found = nul_path(item, (*path, str(key)))
            if found is not None:
                return found
        return None
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            found = nul_path(item, (*path, str(index)))
            if found is not None:
                return found
        return None
    if dataclasses.is_dataclass(value) and not isinstance(value, type):  # strawberry inputs
        for name, given in given_names(type(value)):
            found = nul_path(getattr(value, name), (*path, given))
            if found is not None:
                return found
    return None


class RejectNul(SchemaExtension):
    """Queries and subscriptions: a top-level INVALID error. Mutations are left to the
    mutation pipeline (`schema.mutations.MutationPayload`)."""

    def on_execute(self) -> Iterator[None]:
        ctx = self.execution_context
        if ctx.result is None and ctx.operation_type is not OperationType.MUTATION:
            query = ctx.query or ""
            if NUL in query or "\\u0000" in query.lower() or nul_path(ctx.variables) is not None:
                ctx.result = GraphQLExecutionResult(data=None, errors=[PublicError(MESSAGE, "INVALID")])
        yield
