"""The schema: the root Query, Mutation and Subscription assembled from each domain's pieces
(`resolvers.<domain>`), guarded, and the extensions that limit and shape every request.

Every root field carries `RequireRole`, which checks `resolvers.permissions.OPERATION_ROLES`;
every mutation goes through the one pipeline of `schema.mutations`.
"""

from __future__ import annotations

import json
import logging
import traceback
from functools import lru_cache
from typing import Any

import strawberry
from graphql import ASTValidationRule, DocumentNode, GraphQLError, GraphQLSchema, validate
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import (
    AddValidationRules,
    MaskErrors,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    SchemaExtension,
    ValidationCache,
)
from strawberry.permission import BasePermission, PermissionExtension
from strawberry.schema.config import StrawberryConfig
from strawberry.schema.validation_rules.maybe_null import MaybeNullValidationRule
from strawberry.schema.validation_rules.one_of import OneOfInputValidationRule
from strawberry.tools import merge_types
from strawberry.types import ExecutionContext
from strawberry.utils.str_converters import to_camel_case

from resolvers import (
    access,
    alerts,
    analytics,
    audit,
    bulk,
    catalog,
    customers,
    dropship,
    forecast,
    inventory,
    master_data,
    nodes,
    order_edits,
    orders,
    picking,
    returns,
    shipping,
    supply,
    tickets,
    tracking,
    transfers,
    webhooks,
)
from resolvers.analytics import Analytics
from resolvers.errors import service_unavailable
from resolvers.permissions import RequireRole, describe
from schema.access import ApiToken
from schema.common import PAGE_ARGUMENTS, STREAM_ARGUMENTS, describe_arguments
from schema.cost import cost_extension
from schema.input_conversion import install as install_input_converters
from schema.live_execution import NoSuggestionsExecutor, SharedEventExecutor
from schema.mutations import pipe_arguments, pipe_mutations
from schema.nul import RejectNul
from schema.scalars import SCALARS
from services import db
from settings import Settings

log = logging.getLogger("oms.graphql")
fault_log = logging.getLogger("strawberry.execution")  # where strawberry logs faults

# A fault's log entry is bounded whatever the request: each part is cut to these many
# characters (a 1 MiB query would otherwise be written out about three times over).
LOGGED_TEXT = 2_000
LOGGED_LINE = 500
LOGGED_TRACEBACK = 8_000

GUARD: list[type[BasePermission]] = [RequireRole]

# Each domain declares its root fields next to their resolvers; here they are only merged,
# in this order (the order of the schema), and guarded.
QUERIES = (
    nodes,
    access,
    orders,
    inventory,
    catalog,
    supply,
    forecast,
    dropship,
    picking,
    shipping,
    tracking,
    analytics,
    webhooks,
    tickets,
    customers,
    alerts,
    transfers,
    master_data,
    audit,
    order_edits,
)
MUTATIONS = (
    catalog,
    orders,
    inventory,
    supply,
    dropship,
    picking,
    shipping,
    tracking,
    returns,
    access,
    webhooks,
    tickets,
    customers,
    alerts,
    bulk,
    transfers,
    master_data,
    order_edits,
)
SUBSCRIPTIONS = (orders, inventory, picking, shipping, dropship, tickets, alerts)
Query = merge_types("Query", tuple(domain.Query for domain in QUERIES))
Mutation = merge_types("Mutation", tuple(domain.Mutation for domain in MUTATIONS))
Subscription = merge_types("Subscription", tuple(domain.Subscription for domain in SUBSCRIPTIONS))
ROOT_DESCRIPTIONS = {
    Query: "What can be read. Every field says which roles may call it; lists are connections "
    "(`first`/`after`), scoped to what the caller may see.",
    Mutation: "What can be changed. Every mutation answers with a payload: the result, or `userErrors` "
    "(field, message, code) saying why not.",
    Subscription: "What can be followed live over WebSocket (graphql-transport-ws). Every event has a "
    "`cursor`; resubscribe with `after` to replay what was missed.",
}
for _root, _description in ROOT_DESCRIPTIONS.items():
    _root.__strawberry_definition__.description = _description  # type: ignore[attr-defined]


def guard(*roots: type) -> None:
    """Every root field checks the permission table (RequireRole) and ends its description with
    who may call it, so GraphiQL and schema.graphql show the same truth RequireRole enforces.

    Strawberry wraps a field's resolver in its extensions in list order, so the LAST one is
    the outermost: the guard goes last, after the pipeline's input checks, so that a refused
    caller is refused before anything about its input is said."""
    for root in roots:
        for field in root.__strawberry_definition__.fields:  # type: ignore[attr-defined]
            field.permission_classes = list(GUARD)
            field.extensions.append(PermissionExtension([RequireRole()], use_directives=False))
            line = describe(field.graphql_name or to_camel_case(field.python_name))
            field.description = f"{field.description}\n\n{line}" if field.description else line


describe_arguments(Query, PAGE_ARGUMENTS)
describe_arguments(Mutation, PAGE_ARGUMENTS)
describe_arguments(Analytics, PAGE_ARGUMENTS)
describe_arguments(Subscription, {**PAGE_ARGUMENTS, **STREAM_ARGUMENTS})
pipe_mutations(Mutation)
pipe_arguments(Query, Subscription)
guard(Query, Mutation, Subscription)  # last: outermost (see guard)


def _should_mask(error: GraphQLError) -> bool:
    """Mask faults; show our PublicErrors and GraphQL's own (syntax, validation) errors."""
    original = error.original_error
    # graphql-core wraps variable-coercion errors in a GraphQLError: those are the
    # client's mistake and say what is wrong, so they stay visible.
    return original is not None and not isinstance(original, GraphQLError)


# strawberry wants extension classes, not instances: configure by subclassing.
class OmsMaskErrors(MaskErrors):
    def __init__(self) -> None:
        super().__init__(should_mask_error=_should_mask, error_message="Unexpected error.")

    def _process_result(self, result: object) -> None:
        # strawberry's `isinstance(result, _ResultWithErrors)` (a runtime Protocol: it walks the
        # members) for every subscriber's every result was ~3% of a worker under the fan-out bench.
        if getattr(result, "errors", None):
            super()._process_result(result)

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        """A fault is masked, except that the database being unreachable is said as such
        (SERVICE_UNAVAILABLE, retry later): the client can do something about that."""
        if not db.unavailable(error.original_error):
            return super().anonymise_error(error)
        public = service_unavailable()
        return GraphQLError(
            public.message,
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            extensions=public.extensions,
        )


class OmsParserCache(ParserCache):
    def __init__(self) -> None:
        super().__init__(maxsize=512)


VALIDATION_CACHE_SIZE = 512


def _validator(hide_suggestions: bool) -> Any:
    """strawberry's validate_document (its own rules added), cached, with graphql-core's
    `hide_suggestions`: strawberry's `disable_field_suggestions` only strips the hint from
    "Cannot query field" after the fact, while graphql-core suggests in several rules
    (arguments, type names, enum values, input fields), each of which honours the flag."""

    @lru_cache(maxsize=VALIDATION_CACHE_SIZE)
    def validate_document(
        schema: GraphQLSchema, document: DocumentNode, rules: tuple[type[ASTValidationRule], ...]
    ) -> list[GraphQLError]:
        rules = (*rules, MaybeNullValidationRule, OneOfInputValidationRule)
        return validate(schema, document, rules, hide_suggestions=hide_suggestions)

    return validate_document


VALIDATORS = {hide: _validator(hide) for hide in (False, True)}


def validation_cache(*, hide_suggestions: bool) -> type[ValidationCache]:
    class OmsValidationCache(ValidationCache):
        def __init__(self) -> None:
            super().__init__(maxsize=VALIDATION_CACHE_SIZE)
            self.cached_validate_document = VALIDATORS[hide_suggestions]

    return OmsValidationCache


class NoIntrospection(AddValidationRules):
    def __init__(self) -> None:
        super().__init__([NoSchemaIntrospectionCustomRule])


def build_schema(settings: Settings | None = None) -> strawberry.Schema:
    """The schema, with the abuse limits (depth, aliases, tokens) from `settings`."""
    settings = settings or Settings()
    limits = settings
    # The depth and alias limiters build a new rule class in each __init__, and strawberry
    # makes a new extension per request: rules built there would key ValidationCache anew
    # every time (it never hit, and every request was validated again). The rules are built
    # here, once per schema; each request's extension adds these same classes.
    alias_rules = MaxAliasesLimiter(max_alias_count=limits.max_aliases).validation_rules
    depth_rules = QueryDepthLimiter(max_depth=limits.max_query_depth).validation_rules

    class AliasLimit(AddValidationRules):
        def __init__(self) -> None:
            super().__init__(alias_rules)

    class DepthLimit(AddValidationRules):
        def __init__(self) -> None:
            super().__init__(depth_rules)

    class TokenLimit(MaxTokensLimiter):
        def __init__(self) -> None:
            super().__init__(max_token_count=limits.max_tokens)

    extensions: list[type[SchemaExtension]] = [
        TokenLimit,
        OmsParserCache,
        AliasLimit,
        DepthLimit,
        validation_cache(hide_suggestions=settings.production),
        RejectNul,
        cost_extension(max_query_cost=settings.max_query_cost),
        OmsMaskErrors,
    ]
    if settings.production:
        extensions.append(NoIntrospection)
    schema = OmsSchema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        types=[ApiToken],
        extensions=extensions,
        # Production: no "Did you mean ...?" hints that would map the schema for a prober,
        # neither from validation (validation_cache) nor from coercing variables (the executor).
        config=StrawberryConfig(
            auto_camel_case=True, disable_field_suggestions=settings.production, scalar_map=SCALARS
        ),
        execution_context_class=NoSuggestionsExecutor if settings.production else SharedEventExecutor,
    )
    install_input_converters(schema)
    return schema


def _cut(text: str, limit: int = LOGGED_TEXT) -> str:
    return text if len(text) <= limit else f"{text[:limit]}... [{len(text) - limit} more characters]"


def _traceback(error: BaseException) -> str:
    """The traceback, every line cut to LOGGED_LINE, the whole to its last LOGGED_TRACEBACK
    characters (the innermost frames and the exception, which say the most)."""
    lines = "".join(traceback.format_exception(error)).splitlines()
    text = "\n".join(_cut(line, LOGGED_LINE) for line in lines)
    return (
        text
        if len(text) <= LOGGED_TRACEBACK
        else f"[{len(text) - LOGGED_TRACEBACK} characters cut]...{text[-LOGGED_TRACEBACK:]}"
    )


def log_fault(error: GraphQLError, execution_context: ExecutionContext | None) -> None:
    """One bounded entry for a fault: its message, where, the operation, its document and
    variables (each cut), the traceback (cut). Not `str(error)`: that repeats the document's
    line at the error's location, and a whole document can be one line."""
    query = execution_context.query if execution_context else None
    variables = execution_context.variables if execution_context else None
    operation = execution_context.operation_name if execution_context else None
    fault_log.error(
        "%s\npath: %s\noperation: %s\nquery: %s\nvariables: %s\n%s",
        _cut(error.message),
        _cut(json.dumps(error.path)),
        _cut(str(operation)),
        _cut(query or ""),
        _cut(json.dumps(variables, default=str)),
        _traceback(error.original_error) if error.original_error is not None else "",
    )


def client_error_code(error: GraphQLError) -> str:
    """The code of a GraphQL error graphql-core raised about the request itself: a value
    that does not coerce to its type (a variable, or a literal argument) is INVALID input,
    like a value outside its column's domain; otherwise the document does not parse or
    does not validate."""
    message = error.message
    if message.startswith("Variable '$") or "cannot represent" in message or "Expected value of type" in message:
        return "INVALID"
    if message.startswith("Syntax Error"):
        return "GRAPHQL_PARSE_FAILED"
    return "GRAPHQL_VALIDATION_FAILED"


class OmsSchema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None) -> None:
        # Log faults only: a client's bad query or a refused operation is an answer, not an incident.
        for error in errors:
            if not _should_mask(error) and not (error.extensions or {}).get("code"):
                # Every error has extensions.code (API.md), graphql-core's own included.
                error.extensions = {**(error.extensions or {}), "code": client_error_code(error)}
            if not _should_mask(error):
                continue
            if db.unavailable(error.original_error):
                # An outage, not a bug: one line per request, no traceback.
                log.warning("database unavailable: %s", repr(error.original_error)[:500])
            else:
                log_fault(error, execution_context)
