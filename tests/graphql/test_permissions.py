"""The permission table is the truth about who may call what.

`resolvers.permissions.OPERATION_ROLES` must name exactly the schema's root fields (a new
operation without a declared permission fails here, and so does a stale entry), every root
field must carry `RequireRole`, and the running server must answer every root field for
every role (and for no token) as the table says. The operations are generated from the
schema, so a new operation is covered without touching this file.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
from typing import Any

import pytest
import websockets
from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLSchema,
    OperationDefinitionNode,
    get_named_type,
    is_composite_type,
    parse,
    validate,
)
from graphql import build_schema as build_sdl_schema
from graphql.execution.values import get_variable_values
from graphql.pyutils import Undefined
from strawberry.permission import PermissionExtension

from models.access import Role
from resolvers.errors import forbidden, unauthenticated
from resolvers.permissions import OPERATION_ROLES, RequireRole, allowed
from schema.root import build_schema
from settings import Settings
from tests.fixtures.database import make_token
from tests.fixtures.live import live_subscribers
from tests.fixtures.server import Server

ROOTS = ("Query", "Mutation", "Subscription")
SCOPES: dict[Role, str | None] = {
    Role.ADMIN: None,
    Role.OPS: None,
    Role.WAREHOUSE: "east",
    Role.CUSTOMER: "ada@example.com",
    Role.SUPPLIER: "acme",
    Role.CARRIER: "ups",
    Role.CHANNEL: "web",
}
CALLERS: list[Role | None] = [*Role, None]
# Values for required arguments of these scalar types. Deliberately junk: a mutation's input
# only has to get past GraphQL's own validation, its resolver may refuse it with userErrors.
SCALAR_SAMPLES: dict[str, Any] = {
    "String": "x",
    "ID": "x",
    "Int": 0,
    "Float": 0.0,
    "Boolean": False,
    "Decimal": "0",
    "DateTime": "2000-01-01T00:00:00+00:00",
    "Date": "2000-01-01",
    "JSON": {},
}

# The outcomes a probe can have. Only the first three are acceptable.
ALLOWED = "allowed"
FORBIDDEN = "FORBIDDEN"
UNAUTHENTICATED = "UNAUTHENTICATED"
FAULT = "unexpected error"
NOT_EXECUTED = "rejected before execution"


def caller_id(role: Role | None) -> str:
    return role.value if role else "no-token"


def root_field_names(schema: Any, root: str) -> list[str]:
    definition = schema.get_type_by_name(root)
    return [schema.config.name_converter.get_graphql_name(field) for field in definition.fields]


# -- the table covers the schema ------------------------------------------------------------


def deprecated_aliases(schema: Any) -> set[str]:
    """Mutations kept for one release under the name of the query that replaced them."""
    graphql_schema = schema._schema
    queries = set(graphql_schema.query_type.fields)
    return {
        name
        for name, field in graphql_schema.mutation_type.fields.items()
        if field.deprecation_reason and name in queries
    }


def test_permission_table_names_exactly_the_root_fields() -> None:
    schema = build_schema()
    aliases = deprecated_aliases(schema)
    fields = [
        name
        for root in ROOTS
        for name in root_field_names(schema, root)
        if not (root == "Mutation" and name in aliases)
    ]

    assert aliases == {"allocationPreview"}
    assert len(fields) == len(set(fields)), "a root field name is used twice across Query/Mutation/Subscription"
    undeclared = sorted(set(fields) - set(OPERATION_ROLES))
    stale = sorted(set(OPERATION_ROLES) - set(fields))
    assert undeclared == [], f"root fields without an entry in OPERATION_ROLES: {undeclared}"
    assert stale == [], f"OPERATION_ROLES entries for fields the schema does not have: {stale}"


def test_production_schema_has_the_same_root_fields() -> None:
    development, production = build_schema(), build_schema(Settings(env="production"))

    for root in ROOTS:
        assert root_field_names(production, root) == root_field_names(development, root)


def test_every_root_field_is_guarded_by_require_role() -> None:
    schema = build_schema()
    unguarded: list[str] = []
    for root in ROOTS:
        for field in schema.get_type_by_name(root).fields:
            name = schema.config.name_converter.get_graphql_name(field)
            extensions = [e for e in field.extensions if isinstance(e, PermissionExtension)]
            enforced = any(isinstance(p, RequireRole) for e in extensions if not e.fail_silently for p in e.permissions)
            if RequireRole not in field.permission_classes or not enforced:
                unguarded.append(f"{root}.{name}")

    assert unguarded == []


def test_table_values_are_role_sets_or_public() -> None:
    for name, roles in OPERATION_ROLES.items():
        assert roles is None or (roles and roles <= frozenset(Role)), name


# What ../shared/API.md states about who may call what, checked for the operations that exist.
STAFF = frozenset({Role.ADMIN, Role.OPS})
CONTRACT: dict[str, frozenset[Role] | None] = {
    "channelCreate": STAFF,
    "warehouseCreate": STAFF,
    "productCreate": STAFF,
    "supplierCreate": STAFF,
    "carrierCreate": STAFF,
    "apiTokenCreate": frozenset({Role.ADMIN}),
    "apiTokenRevoke": frozenset({Role.ADMIN}),
    "apiTokens": frozenset({Role.ADMIN}),
    "orderTrack": None,  # public: no token
    # Customers sign themselves in (issue 14): no token until they have one.
    "customerSignInStart": None,
    "customerSignInFinish": None,
    "customerTokenRefresh": None,
}
CONTRACT_PUBLIC = {name for name, roles in CONTRACT.items() if roles is None}


def test_table_agrees_with_the_contract() -> None:
    stated = {name: roles for name, roles in CONTRACT.items() if name in OPERATION_ROLES}
    public = {name for name, roles in OPERATION_ROLES.items() if roles is None}

    assert {name: OPERATION_ROLES[name] for name in stated} == stated
    assert public <= CONTRACT_PUBLIC, "only what the contract makes public may be called without a token"
    assert "trackingEventRecord" not in OPERATION_ROLES or Role.CARRIER in (
        OPERATION_ROLES["trackingEventRecord"] or ()
    )


# -- the server answers as the table says ---------------------------------------------------


def sample(type_: GraphQLInputType) -> Any:
    """A value for a required input of this type: required fields only, one list item."""
    if isinstance(type_, GraphQLNonNull):
        return sample(type_.of_type)
    if isinstance(type_, GraphQLList):
        return [sample(type_.of_type)]
    if isinstance(type_, GraphQLEnumType):
        return next(iter(type_.values))
    if isinstance(type_, GraphQLInputObjectType):
        return {
            name: sample(field.type)
            for name, field in type_.fields.items()
            if isinstance(field.type, GraphQLNonNull) and field.default_value is Undefined
        }
    assert isinstance(type_, GraphQLScalarType)
    assert type_.name in SCALAR_SAMPLES, f"add a sample value for the scalar {type_.name} to SCALAR_SAMPLES"
    return SCALAR_SAMPLES[type_.name]


def probe(operation: str, name: str, field: GraphQLField) -> tuple[str, dict[str, Any]]:
    """A minimal document for one root field: its required arguments (as variables) and `__typename`."""
    required = {
        arg_name: arg
        for arg_name, arg in field.args.items()
        if isinstance(arg.type, GraphQLNonNull) and arg.default_value is Undefined
    }
    declarations = ", ".join(f"${arg_name}: {arg.type}" for arg_name, arg in required.items())
    arguments = ", ".join(f"{arg_name}: ${arg_name}" for arg_name in required)
    selection = " { __typename }" if is_composite_type(get_named_type(field.type)) else ""
    document = (
        f"{operation} Probe{f'({declarations})' if declarations else ''} "
        f"{{ {name}{f'({arguments})' if arguments else ''}{selection} }}"
    )
    return document, {arg_name: sample(arg.type) for arg_name, arg in required.items()}


@functools.cache
def sdl_schema() -> GraphQLSchema:
    return build_sdl_schema(build_schema().as_str())


def root_fields(kind: str) -> dict[str, GraphQLField]:
    root: GraphQLObjectType | None = getattr(sdl_schema(), f"{kind}_type")
    return dict(root.fields) if root else {}


def outcome(name: str, errors: list[dict[str, Any]]) -> str:
    """What the server did with a probe of root field `name`, from its GraphQL errors."""
    for error in errors:
        if error.get("path") == [name] and error["message"] == forbidden().message:
            return FORBIDDEN
        if error.get("path") == [name] and error["message"] == unauthenticated().message:
            return UNAUTHENTICATED
    if any(error["message"] == "Unexpected error." for error in errors):
        return FAULT
    if any((error.get("extensions") or {}).get("code") in ("NOT_FOUND", "INVALID") for error in errors):
        return ALLOWED  # the resolver ran and refused the junk arguments (e.g. a subscription's unknown warehouse)
    if any(error.get("path") is None for error in errors):
        return NOT_EXECUTED
    return ALLOWED  # answered, perhaps with a resolver's own error (NOT_FOUND, INVALID...)


def expected(name: str, caller: Role | None) -> str:
    if allowed(name, caller):
        return ALLOWED
    return UNAUTHENTICATED if caller is None else FORBIDDEN


def test_probes_are_valid_operations_for_every_root_field() -> None:
    schema = sdl_schema()
    probed = []
    for kind in ("query", "mutation", "subscription"):
        for name, field in root_fields(kind).items():
            document, variables = probe(kind, name, field)
            parsed = parse(document)
            assert validate(schema, parsed) == [], document
            definition = parsed.definitions[0]
            assert isinstance(definition, OperationDefinitionNode)
            coerced = get_variable_values(schema, definition.variable_definitions or [], variables)
            assert not isinstance(coerced, list), (document, variables, coerced)  # a list holds coercion errors
            probed.append(name)

    # allocationPreview twice: the query and its deprecated mutation alias.
    assert sorted(probed) == sorted([*OPERATION_ROLES, "allocationPreview"])


async def _subscription_outcome(
    server: Server, stack: contextlib.AsyncExitStack, token: str | None, name: str, field: GraphQLField
) -> str:
    """Subscribe and wait until the server either answers (an error) or registers the live
    listener, which a refused subscription never does. The connection stays open (in `stack`)
    so the listener count only grows while the test runs."""
    before = await live_subscribers(server)
    document, variables = probe("subscription", name, field)
    ws = await stack.enter_async_context(
        websockets.connect(server.ws_url, subprotocols=["graphql-transport-ws"])  # type: ignore[arg-type]
    )
    await ws.send(
        json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"} if token else {}})
    )
    ack = json.loads(await asyncio.wait_for(ws.recv(), 10))
    assert ack["type"] == "connection_ack", ack
    await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": document, "variables": variables}}))
    for _ in range(1000):
        with contextlib.suppress(TimeoutError):
            message = json.loads(await asyncio.wait_for(ws.recv(), 0.01))
            if message["type"] == "error":
                return outcome(name, message["payload"])
            if message["type"] == "next":
                return outcome(name, message["payload"].get("errors", []))
            if message["type"] == "complete":
                return ALLOWED
        if await live_subscribers(server) > before:
            return ALLOWED
    raise AssertionError(f"{name}: neither an answer nor a live listener")


@pytest.mark.live_server  # subscriptions are probed over WebSockets
@pytest.mark.parametrize("caller", CALLERS, ids=caller_id)
async def test_every_root_field_answers_every_role_as_the_table_says(server: Server, caller: Role | None) -> None:
    token = await make_token(caller, SCOPES[caller]) if caller else None
    seen: dict[str, str] = {}
    details: dict[str, Any] = {}

    for kind in ("query", "mutation"):
        for name, field in root_fields(kind).items():
            document, variables = probe(kind, name, field)
            body = await server.gql(document, variables, token=token)
            seen[name] = outcome(name, body.get("errors", []))
            if seen[name] != expected(name, caller):
                details[name] = {"document": document, "variables": variables, "response": body}
    async with contextlib.AsyncExitStack() as stack:
        for name, field in root_fields("subscription").items():
            seen[name] = await _subscription_outcome(server, stack, token, name, field)

    assert seen == {name: expected(name, caller) for name in seen}, details
    assert set(seen) == set(OPERATION_ROLES)


async def test_a_refused_caller_is_refused_before_its_input_or_arguments_are_checked(server: Server) -> None:
    """Who may call comes first: a caller the table refuses learns nothing about the input's
    domains (a userError or INVALID would say the operation would have run for it)."""
    customer = await make_token(Role.CUSTOMER, "ada@example.com")
    too_long = "x" * 5_000
    channel_create = "mutation($i: ChannelCreateInput!) { channelCreate(input: $i) { userErrors { code } } }"
    orders = "query($n: String!) { orderByNumber(number: $n) { id } }"

    anonymous = await server.gql(channel_create, {"i": {"code": too_long, "name": "x"}})
    forbidden_mutation = await server.gql(channel_create, {"i": {"code": too_long, "name": "x"}}, token=customer)
    anonymous_query = await server.gql(orders, {"n": too_long})

    def codes(body: dict[str, Any]) -> list[str]:
        return [e["extensions"]["code"] for e in body.get("errors", [])]

    assert codes(anonymous) == ["UNAUTHENTICATED"], anonymous
    assert codes(forbidden_mutation) == ["FORBIDDEN"], forbidden_mutation
    assert codes(anonymous_query) == ["UNAUTHENTICATED"], anonymous_query
