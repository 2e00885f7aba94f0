"""Any input is an answer: every input value is checked against the domain of the column it
lands in (`schema.input_domains`, derived from the models), and whatever a client sends ends
in data or a coded refusal, never a 5xx, a masked fault or a half-written change.

Three layers: the mapping covers every input field and argument of the schema; a sweep sends
each domain's edges (at the bound and just past it, a megabyte, a lone surrogate, NaN, year 1)
in every field of every mutation and every query argument; a property test sends inputs drawn
by hypothesis from the same domains (derandomized, a fixed budget) to every mutation and query.
"""

from __future__ import annotations

import asyncio
import base64
import copy
import json
from decimal import Decimal
from typing import Any

import graphql
import httpx
import pytest
from hypothesis import strategies as st
from strawberry.utils.str_converters import to_camel_case
from tortoise import Tortoise

from models.access import ApiToken, Role
from models.fulfilment import PickTask, Shipment
from models.orders import Order
from resolvers.permissions import allowed
from schema.common import to_global_id
from schema.domains import Domain, column
from schema.input_domains import ARGUMENTS, CHOICE, INPUTS, NESTED, Items, Spec
from schema.root import build_schema
from tests.fixtures.catalog import order_input, seed_order
from tests.fixtures.database import make_token
from tests.fixtures.domain_values import (
    ID_SAMPLES,
    argument_spec,
    boundaries,
    columns,
    draw,
    fields_of,
    fitting,
    strategy,
    unwrap,
)
from tests.fixtures.server import Server

MASKED = "Unexpected error."
SCHEMA = build_schema()
GQL = SCHEMA._schema
MUTATIONS = sorted(GQL.mutation_type.fields) if GQL.mutation_type else []
QUERIES = sorted(name for name, field in GQL.query_type.fields.items() if field.args)
Samples = dict[tuple[type, str], list[Any]]


# -- the mapping ---------------------------------------------------------------------------


def _python_names(type_name: str) -> dict[str, str]:
    for cls in INPUTS:
        definition = cls.__strawberry_definition__  # type: ignore[attr-defined]
        if definition.name == type_name:
            return {f.graphql_name or to_camel_case(f.python_name): f.python_name for f in definition.fields}
    return {}


def _shape_problems(spec: Spec, type_: graphql.GraphQLInputType, where: str) -> list[str]:
    inner = unwrap(type_)
    if isinstance(inner, graphql.GraphQLList):
        if not isinstance(spec, Items):
            return [f"{where}: a list without a maximum length"]
        return _shape_problems(spec.item, inner.of_type, f"{where}[]")
    if isinstance(inner, graphql.GraphQLInputObjectType):
        return [] if spec is NESTED else [f"{where}: an input object not marked NESTED"]
    if isinstance(inner, graphql.GraphQLEnumType) or inner is graphql.GraphQLBoolean:
        return [] if spec is CHOICE else [f"{where}: an enum or boolean not marked CHOICE"]
    return [] if isinstance(spec, Domain) else [f"{where}: a {inner} without a domain"]


def test_every_input_field_and_root_argument_lands_in_a_domain() -> None:
    problems: list[str] = []
    for name, type_ in GQL.type_map.items():
        if not isinstance(type_, graphql.GraphQLInputObjectType):
            continue
        python = _python_names(name)
        if not python:
            problems.append(f"{name}: not in INPUTS")
            continue
        entry = next(e for cls, e in INPUTS.items() if cls.__strawberry_definition__.name == name)  # type: ignore[attr-defined]
        for field_name, field in type_.fields.items():
            spec = entry.get(python[field_name])
            if spec is None:
                problems.append(f"{name}.{field_name}: not mapped")
            else:
                problems += _shape_problems(spec, field.type, f"{name}.{field_name}")
    # Root fields, and the fields of namespaces whose arguments are checked like theirs (analytics).
    roots = [GQL.query_type, GQL.mutation_type, GQL.subscription_type, GQL.type_map["Analytics"]]
    for root in roots:
        assert root is not None
        for field_name, field in root.fields.items():
            for arg_name, arg in field.args.items():
                spec = ARGUMENTS.get(_snake(arg_name))
                if spec is None:
                    problems.append(f"{root.name}.{field_name}({arg_name}): not in ARGUMENTS")
                else:
                    problems += _shape_problems(spec, arg.type, f"{root.name}.{field_name}({arg_name})")
    assert problems == []


def _snake(name: str) -> str:
    if name == "from":  # a Python keyword: the argument is `from_`
        return "from_"
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)


def test_domains_are_read_off_the_columns() -> None:
    from models.catalog import Product, Warehouse
    from models.events import OutboxEvent
    from models.orders import Order, OrderEvent

    assert (column(Warehouse, "priority").minimum, column(Warehouse, "priority").maximum) == (-(2**31), 2**31 - 1)
    assert column(OutboxEvent, "seq").maximum == 2**63 - 1
    assert column(Product, "sku").max_length == 64
    assert column(OrderEvent, "reason").max_length == 2_000  # a TextField: capped all the same
    price = column(Product, "price")
    assert (price.max_digits, price.decimal_places) == (14, 2)
    assert price.refuse(Decimal("999999999999.99")) is None
    assert price.refuse(Decimal("999999999999.994")) is None  # rounded when stored
    assert price.refuse(Decimal("999999999999.995")) == "must be less than 10^12 once rounded to 2 decimal places."
    assert column(Order, "external_ref").refuse("\ud800") == "must be valid Unicode text."
    with pytest.raises(AssertionError):
        column(Product, "sku", max_length=65)  # a mapping may narrow a column, never widen it


# -- the world the inputs are sent into ------------------------------------------------------


async def _world(token: str) -> Samples:
    """An order on the catalogue; then the existing values of every column inputs land in, and
    the global ids of what exists (for ID arguments)."""
    await seed_order(token, "EDGE-1", [("SKU-A", 1)])
    samples: Samples = {}
    for model, name in sorted(columns(), key=lambda c: (c[0].__name__, c[1])):
        values = await model.all().limit(3).values_list(name, flat=True)
        samples[(model, name)] = [v for v in values if v is not None]
    samples[ID_SAMPLES] = [
        to_global_id(model.__name__, pk)
        for model in (Order, PickTask, Shipment, ApiToken)
        for pk in await model.all().limit(2).values_list("id", flat=True)
    ]
    return samples


async def _row_counts() -> dict[str, int]:
    return {name: await model.all().count() for name, model in Tortoise.apps["models"].items()}


def _refusals(body: dict[str, Any]) -> list[str]:
    """What is wrong with a GraphQL answer as an answer (nothing: [])."""
    found = []
    for error in body.get("errors") or []:
        if error.get("message") == MASKED:
            found.append(f"a masked fault: {error}")
        elif "code" not in (error.get("extensions") or {}):
            found.append(f"an error without extensions.code: {error}")
    return found


async def _send(server: Server, document: str, variables: dict[str, Any], token: str | None) -> dict[str, Any]:
    # Encoded here, ASCII-escaped: httpx would encode a lone surrogate as UTF-8 and fail.
    headers = {"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})}
    content = json.dumps({"query": document, "variables": variables}).encode()
    response: httpx.Response = await server.http.post("/graphql", content=content, headers=headers)
    if response.status_code >= 500:
        return {"fault": f"HTTP {response.status_code}: {response.text[:300]}"}
    body: dict[str, Any] = response.json()
    body.pop("extensions", None)
    return body


# Scopes for tokens of the roles an operation is for, when ADMIN may not call it.
CALLER_SCOPES = {Role.CUSTOMER: "ada@example.com", Role.WAREHOUSE: "east", Role.CHANNEL: "web"}


async def _caller(operation: str, admin_token: str) -> str:
    """A token that may call `operation` (ADMIN's, unless the table is for other roles only):
    the permission guard comes first, and the domains are what is probed here."""
    if allowed(operation, Role.ADMIN):
        return admin_token
    role = next(r for r in Role if allowed(operation, r))
    return await make_token(role, CALLER_SCOPES.get(role))


def _mutation_document(name: str) -> tuple[str, graphql.GraphQLInputType]:
    assert GQL.mutation_type is not None
    type_ = GQL.mutation_type.fields[name].args["input"].type
    document = (
        f"mutation($input: {type_}) {{ {name}(input: $input) {{ __typename userErrors {{ field message code }} }} }}"
    )
    return document, type_


def _paths(spec: Spec, type_: graphql.GraphQLInputType, path: tuple[str, ...]) -> list[tuple[tuple[str, ...], Spec]]:
    """Every place a value can go in an input: (path, spec); list items at index 0."""
    inner = unwrap(type_)
    if spec is NESTED:
        assert isinstance(inner, graphql.GraphQLInputObjectType)
        found = []
        for name, field, field_spec in fields_of(inner):
            found += _paths(field_spec, field.type, (*path, name))
        return found
    if isinstance(spec, Items):
        assert isinstance(inner, graphql.GraphQLList)
        return [(path, spec), *_paths(spec.item, inner.of_type, (*path, "0"))]
    return [(path, spec)]


def _put(value: Any, path: tuple[str, ...], new: Any) -> Any:
    result = copy.deepcopy(value)
    target = result
    for key in path[:-1]:
        target = target[int(key)] if isinstance(target, list) else target.setdefault(key, {})
    if isinstance(target, list):
        target[int(path[-1])] = new
    else:
        target[path[-1]] = new
    return result


def _edges(spec: Spec, fitting_item: Any) -> list[tuple[str, Any, bool]]:
    if isinstance(spec, Items):
        return [("one item past the maximum", [fitting_item] * (spec.max_items + 1), False)]
    return boundaries(spec) if isinstance(spec, Domain) else []


@pytest.mark.parametrize("mutation", MUTATIONS)
async def test_the_edges_of_every_mutation_input_are_refused_naming_the_field_or_taken(
    server: Server, admin_token: str, catalog: dict[str, Any], mutation: str
) -> None:
    samples = await _world(admin_token)
    token = await _caller(mutation, admin_token)
    document, type_ = _mutation_document(mutation)
    base = fitting(NESTED, type_, samples, required_only=False)
    wrong: dict[str, list[str]] = {}

    for path, spec in _paths(NESTED, type_, ()):
        item = (
            fitting(spec.item, unwrap(_type_at(type_, path)).of_type, samples, required_only=True)
            if isinstance(spec, Items)
            else None
        )
        for label, value, inside in _edges(spec, item):
            before = await _row_counts()
            body = await _send(server, document, {"input": _put(base, path, value)}, token)
            found = [body["fault"]] if "fault" in body else _refusals(body)
            payload = (body.get("data") or {}).get(mutation) or {}
            fields = [e["field"] for e in payload.get("userErrors", [])]
            codes = [(e.get("extensions") or {}).get("code") for e in body.get("errors") or []]
            if not inside and list(path) not in fields and codes != ["INVALID"]:
                found.append(f"not refused naming {list(path)}: {body}")
            if not inside and await _row_counts() != before:
                found.append("refused, but something was written")
            if found:
                wrong[f"{'.'.join(path)} = {label}"] = found

    assert wrong == {}


def _type_at(type_: graphql.GraphQLInputType, path: tuple[str, ...]) -> graphql.GraphQLInputType:
    for key in path:
        inner = unwrap(type_)
        type_ = inner.of_type if isinstance(inner, graphql.GraphQLList) else inner.fields[key].type  # type: ignore[union-attr]
    return type_


def _query_document(name: str) -> str:
    field = GQL.query_type.fields[name]
    declared = ", ".join(f"${arg}: {value.type}" for arg, value in field.args.items())
    passed = ", ".join(f"{arg}: ${arg}" for arg in field.args)
    named = graphql.get_named_type(field.type)
    if graphql.is_leaf_type(named):
        selection = ""
    elif isinstance(named, graphql.GraphQLObjectType) and "userErrors" in named.fields:
        selection = " { __typename userErrors { field message code } }"
    else:
        selection = " { __typename }"
    return f"query({declared}) {{ {name}({passed}){selection} }}"


@pytest.mark.parametrize("query", QUERIES)
async def test_the_edges_of_every_query_argument_are_refused_with_a_code_or_answered(
    server: Server, admin_token: str, catalog: dict[str, Any], query: str
) -> None:
    samples = await _world(admin_token)
    token = await _caller(query, admin_token)
    field = GQL.query_type.fields[query]
    document = _query_document(query)
    base = {
        arg: fitting(argument_spec(_snake(arg)), value.type, samples, required_only=False)
        for arg, value in field.args.items()
        if isinstance(value.type, graphql.GraphQLNonNull)
    }
    wrong: dict[str, list[str]] = {}

    for arg, value in field.args.items():
        for path, spec in _paths(argument_spec(_snake(arg)), value.type, (arg,)):
            item = None
            if isinstance(spec, Items):
                item = fitting(
                    spec.item, unwrap(_type_at_arg(value.type, path[1:])).of_type, samples, required_only=True
                )
            for label, edge, inside in _edges(spec, item):
                variables = _put(
                    {**base, arg: fitting(argument_spec(_snake(arg)), value.type, samples, required_only=False)},
                    path,
                    edge,
                )
                body = await _send(server, document, variables, token)
                found = [body["fault"]] if "fault" in body else _refusals(body)
                codes = [(e.get("extensions") or {}).get("code") for e in body.get("errors") or []]
                payload = (body.get("data") or {}).get(query) or {}
                fields = [e["field"] for e in payload.get("userErrors", [])] if isinstance(payload, dict) else []
                # Refused: a coded top-level error (INVALID; the query cost refuses a huge `first`
                # before anything runs), or a userError naming the field where there is a payload.
                if not inside and not codes and list(path[1:]) not in fields:
                    found.append(f"not refused: {body}")
                if found:
                    wrong[f"{'.'.join(path)} = {label}"] = found

    assert wrong == {}


def _type_at_arg(type_: graphql.GraphQLInputType, path: tuple[str, ...]) -> graphql.GraphQLInputType:
    return _type_at(type_, path) if path else type_


# -- the property --------------------------------------------------------------------------

# Examples per root field: a fixed budget (derandomized: the same inputs every run).
EXAMPLES = 12


async def test_generated_inputs_to_every_mutation_and_query_are_answers_and_refusals_write_nothing(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    samples = await _world(admin_token)
    customer = await make_token(Role.CUSTOMER, "ada@example.com")
    wrong: dict[str, list[str]] = {}

    for mutation in MUTATIONS:
        document, type_ = _mutation_document(mutation)
        inputs = await asyncio.to_thread(draw, strategy(NESTED, type_, samples), EXAMPLES)
        token = await _caller(mutation, admin_token)
        for value in inputs:
            before = await _row_counts()
            body = await _send(server, document, {"input": value}, token)
            found = [body["fault"]] if "fault" in body else _refusals(body)
            payload = (body.get("data") or {}).get(mutation) or {}
            refused = bool(payload.get("userErrors")) or bool(body.get("errors"))
            if refused and await _row_counts() != before:
                found.append(f"refused, but something was written: {payload}")
            if found:
                wrong.setdefault(mutation, []).extend([*found, f"input: {str(value)[:300]}"])
                break

    for query in QUERIES:
        field = GQL.query_type.fields[query]
        document = _query_document(query)
        arguments = st.fixed_dictionaries(
            {arg: strategy(argument_spec(_snake(arg)), value.type, samples) for arg, value in field.args.items()}
        )
        for variables in await asyncio.to_thread(draw, arguments, EXAMPLES):
            body = await _send(server, document, variables, None if query == "orderTrack" else customer)
            found = [body["fault"]] if "fault" in body else _refusals(body)
            if found:
                wrong.setdefault(query, []).extend([*found, f"variables: {str(variables)[:300]}"])
                break

    assert wrong == {}
    assert (await server.http.get("/healthz")).status_code == 200


# -- pinned findings -----------------------------------------------------------------------


async def test_order_track_with_an_over_long_email_is_refused_as_invalid(server: Server) -> None:
    document = "query($n: String!, $e: String!) { orderTrack(number: $n, email: $e) { number } }"

    body = await _send(server, document, {"n": "OG-000001", "e": "a" * 300 + "@example.com"}, None)

    assert body == {
        "data": {"orderTrack": None},
        "errors": [
            {
                "message": "email must be at most 254 characters.",
                "locations": [{"line": 1, "column": 35}],
                "path": ["orderTrack"],
                "extensions": {"code": "INVALID", "field": ["email"]},
            }
        ],
    }


async def test_the_allocation_preview_query_answers_input_outside_its_domain_with_user_errors(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    document = "query($i: OrderCreateInput!) { allocationPreview(input: $i) { plans { rank } userErrors { field message code } } }"
    value = order_input(externalRef="R" * 129, lines=[{"sku": "SKU-A", "quantity": 1, "unitPrice": "999999999999.995"}])

    body = await _send(server, document, {"i": value}, admin_token)

    assert body == {
        "data": {
            "allocationPreview": {
                "plans": [],
                "userErrors": [
                    {
                        "field": ["externalRef"],
                        "message": "externalRef must be at most 128 characters.",
                        "code": "INVALID",
                    },
                    {
                        "field": ["lines", "0", "unitPrice"],
                        "message": "unitPrice must be less than 10^12 once rounded to 2 decimal places.",
                        "code": "INVALID",
                    },
                ],
            }
        }
    }


async def test_a_value_that_does_not_coerce_to_its_type_is_an_invalid_error_with_a_code(server: Server) -> None:
    document = "query($s: [String!]) { products(filter: {skus: $s}) { totalCount } }"

    body = await _send(server, document, {"s": [1]}, None)

    assert [(e["extensions"]["code"], e["message"]) for e in body["errors"]] == [
        ("INVALID", "Variable '$s' has invalid value at [0]: String cannot represent a non string value: 1")
    ]


def _cursor(value: Any, pk: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps([value, pk]).encode()).decode()


FORGED_CURSORS = {
    "an id past 32 bits": _cursor("2026-01-01T00:00:00+00:00", 10**12),
    "an id of 1e400 (inf)": base64.urlsafe_b64encode(b'["2026-01-01T00:00:00+00:00", 1e400]').decode(),
    "year 1 with an offset": _cursor("0001-01-01T00:00:00+14:00", 1),
    "a NUL in a text sort key": _cursor("PENDING\u0000", 1),
    "an object": base64.urlsafe_b64encode(b'{"a": 1, "b": 2}').decode(),
    "not base64": "%%%",
}


@pytest.mark.parametrize("forged", list(FORGED_CURSORS))
async def test_a_forged_cursor_is_invalid_not_a_fault(server: Server, admin_token: str, forged: str) -> None:
    # Sorted by status, the cursor's sort key is text; by default it is a time.
    sort = "STATUS" if "text" in forged else "CREATED_AT"
    document = "query($a: String) { orders(after: $a, sortBy: {field: %s}) { totalCount } }" % sort

    body = await _send(server, document, {"a": FORGED_CURSORS[forged]}, admin_token)

    assert [(e["message"], e["extensions"]["code"]) for e in body.get("errors") or []] == [
        ("Invalid cursor.", "INVALID")
    ]
