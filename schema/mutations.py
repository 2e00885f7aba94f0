"""The one mutation pipeline: every root mutation answers with its payload, never a fault,
for what is the client's to fix.

`MutationPayload` (a field extension on every Mutation field, added by `schema.root`):
  - input holding a NUL character -> the payload with an INVALID userError naming the field
    (PostgreSQL cannot store NUL: refused before the resolver runs);
  - input outside the domain of the column it lands in (too long, too large, too precise, out
    of the date range, not valid Unicode, a list too long: `schema.input_domains`) -> the
    payload with a userError per value, naming its field, before the resolver runs;
  - `DomainError` from the resolver or the services -> the payload with the problems as
    `userErrors` (field, message, code);
  - success (no userErrors) by a caller with a token -> one audit event (`services.audit`):
    the operation, the object the payload returns, the input (secrets redacted), the field
    changes the services noted (`audit.note_change`), who; written with the mutation's own
    transaction where its service names the object (`audit.record_with`), else right after
    it (each service owns its unit of work).
A resolver is then input -> service -> payload, with no error handling of its own. Every
payload type has defaults for all but `userErrors` (no object, no errors).
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

import strawberry
from strawberry.extensions import FieldExtension
from strawberry.extensions.field_extension import AsyncExtensionResolver
from strawberry.types.field import StrawberryField

from schema.common import ErrorCode, UserError, to_global_id, user_errors
from schema.input_domains import CheckArguments, input_problems
from schema.input_names import given_names
from schema.nul import MESSAGE as NUL_MESSAGE
from schema.nul import nul_path
from services import audit
from services.errors import DomainError

log = logging.getLogger("oms.mutations")


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
        principal = info.context.principal
        running = audit.Running(
            principal=principal if info.field_name not in NOT_AUDITED else None,
            operation=info.field_name,
            given=lambda: _as_given(kwargs.get("input")),
            global_id=to_global_id,
        )
        try:
            with audit.collecting(running):
                result = await next_(source, info, **kwargs)
        except DomainError as error:
            return self.payload(user_errors=user_errors(error))
        if running.principal is not None and not result.user_errors:
            object_type, object_id = _object_of(result)
            if running.committed is None:
                await audit.record(running, object_type=object_type, object_id=object_id)
            elif running.committed != (object_type, object_id):  # the service named another object
                log.error("audit event for %s names %s, the payload %s", info.field_name, running.committed, object_id)
        return result


# Mutations that change nothing: not audited.
NOT_AUDITED = frozenset({"allocationPreview", "orderEditPreview"})


def _as_given(value: Any) -> Any:
    """An input as the client gave it: input objects as dicts with their GraphQL field names."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {given: _as_given(getattr(value, name)) for name, given in given_names(type(value))}
    if isinstance(value, list):
        return [_as_given(item) for item in value]
    return value


def _object_of(payload: Any) -> tuple[str | None, str | None]:
    """The type and global id of the first object a payload returns (none for lists)."""
    for field in dataclasses.fields(payload):
        value = getattr(payload, field.name)
        if field.name != "user_errors" and isinstance(getattr(value, "id", None), str):
            return type(value).__name__, value.id
    return None, None


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
