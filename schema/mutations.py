"""The one mutation pipeline: every root mutation answers with its payload, never a fault,
for what is the client's to fix.

`MutationPayload` (a field extension on every Mutation field, added by `schema.root`):
  - input holding a NUL character -> the payload with an INVALID userError naming the field
    (PostgreSQL cannot store NUL: refused before the resolver runs);
  - input outside the domain of the column it lands in (too long, too large, too precise, out
    of the date range, not valid Unicode, a list too long: `schema.input_domains`) -> the
    payload with a userError per value, naming its field, before the resolver runs;
  - `DomainError` from the resolver or the services -> the payload with the problems as
    `userErrors` (field, message, code).
A resolver is then input -> service -> payload, with no error handling of its own. Every
payload type has defaults for all but `userErrors` (no object, no errors).
"""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.extensions import FieldExtension
from strawberry.extensions.field_extension import AsyncExtensionResolver
from strawberry.types.field import StrawberryField

from schema.common import ErrorCode, UserError, user_errors
from schema.input_domains import CheckArguments, input_problems
from schema.nul import MESSAGE as NUL_MESSAGE
from schema.nul import nul_path
from services.errors import DomainError


class MutationPayload(FieldExtension):
    def apply(self, field: StrawberryField) -> None:
        self.payload: Any = field.type

    async def resolve_async(
        self, next_: AsyncExtensionResolver, source: Any, info: strawberry.Info, **kwargs: Any
    ) -> Any:
        path = nul_path(kwargs.get("input"))
        if path is not None:
            return self.payload(user_errors=[UserError(field=list(path), message=NUL_MESSAGE, code=ErrorCode.INVALID)])
        problems = input_problems(kwargs.get("input"))
        if problems:
            return self.payload(user_errors=user_errors(DomainError(problems)))
        try:
            return await next_(source, info, **kwargs)
        except DomainError as error:
            return self.payload(user_errors=user_errors(error))


def pipe_mutations(mutation_type: type) -> None:
    """Give every field of the root Mutation the pipeline."""
    for field in mutation_type.__strawberry_definition__.fields:  # type: ignore[attr-defined]
        field.extensions.append(MutationPayload())


def _answers_with_payload(field: StrawberryField) -> bool:
    definition = getattr(field.type, "__strawberry_definition__", None)
    return definition is not None and any(f.python_name == "user_errors" for f in definition.fields)


def pipe_arguments(*roots: type) -> None:
    """Root Query and Subscription fields check their arguments' domains: those answering with
    a payload (allocationPreview) through the pipeline, as userErrors; the others, which have
    nowhere to put them, with a top-level INVALID error (`CheckArguments`)."""
    for root in roots:
        for field in root.__strawberry_definition__.fields:  # type: ignore[attr-defined]
            field.extensions.append(MutationPayload() if _answers_with_payload(field) else CheckArguments())
