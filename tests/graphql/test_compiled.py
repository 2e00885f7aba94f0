"""The compiled path (schema.compiled, graphql_compiled) answers what graphql-core answers.

Every test server on the embedded default runs with `compiled_check`: each query the suite sends is executed by both
and a difference fails the request. Here the compiled path *serves*: a document's first
request is graphql-core's, the second compiled, and the two bodies must be the same bytes
(but for the budget's `currentlyAvailable`, which moves with the clock), for documents that
hypothesis-graphql generates over the order reads and for callers of several kinds.
"""

from __future__ import annotations

import asyncio
import inspect
import re
import types
from pathlib import Path
from typing import Any

import graphql
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis_graphql import from_schema, nodes

import metrics
from graphql_compiled import CompiledMismatch, CompiledPath
from models.access import Role
from models.orders import OrderStatus
from resolvers.context import Context
from schema.common import to_global_id
from schema.compiled import COMPILED_ROOTS, Bail, Unsupported, compile_query
from schema.root import build_schema
from settings import Settings
from tests.fixtures.backends import Backends, settings_for
from tests.fixtures.catalog import seed_order
from tests.fixtures.database import make_token
from tests.fixtures.domain_values import draw
from tests.fixtures.server import Server

ROOT = Path(__file__).resolve().parents[2]
SDL = (ROOT / "schema.graphql").read_text()
AVAILABLE = re.compile(rb'"currentlyAvailable":[-+.eE0-9]+')
ORDER_READS = ["order", "orders", "orderByNumber", "myOrders"]


@pytest.fixture
def settings(backends: Backends) -> Settings:
    return settings_for(backends, compiled_check=False)  # compiled answers are served


def _count(outcome: str) -> float:
    return float(metrics.COMPILED.labels(outcome=outcome)._value.get())


def _draw(ids: list[str], numbers: list[str], examples: int) -> list[str]:
    """Documents over the order reads, the same every run (derandomized)."""
    scalars = {
        "ID": st.sampled_from([*ids, "not-an-id"]).map(nodes.String),
        "String": st.sampled_from([*numbers, "", "x"]).map(nodes.String),
        "DateTime": st.sampled_from(["2026-03-01T10:00:00+00:00"]).map(nodes.String),
        "Decimal": st.sampled_from(["10.00"]).map(nodes.String),
    }
    return draw(from_schema(SDL, fields=ORDER_READS, custom_scalars=scalars), examples)


async def test_generated_order_reads_are_answered_the_same_compiled(server: Server, catalog: dict[str, Any]) -> None:
    # given orders, and callers of several kinds
    admin = await make_token(Role.ADMIN)
    orders = [
        await seed_order(admin, "REF-1", [("SKU-A", 2), ("SKU-B", 1)]),
        await seed_order(admin, "REF-2", [("SKU-C", 1)], channel="market"),
        await seed_order(admin, "REF-3", [("SKU-A", 1), ("SKU-C", 150)]),
    ]
    tokens = [admin, await make_token(Role.CUSTOMER, "ada@example.com"), await make_token(Role.WAREHOUSE, "east")]
    ids = [str(to_global_id("Order", o.id)) for o in orders]
    documents = await asyncio.to_thread(_draw, ids, [o.number for o in orders], 80)
    hits_before = _count("hit")

    # when each document is sent twice by each caller (the second time compiled)
    compared = 0
    for document in documents:
        for token in tokens:
            first = await server.post(document, token=token)
            second = await server.post(document, token=token)

            # then both answers are the same bytes
            assert AVAILABLE.sub(b"", first.content) == AVAILABLE.sub(b"", second.content), document
            assert first.status_code == second.status_code
            compared += 1

    # and the compiled path served a good share of them (the rest: errors, which graphql-core
    # answers, and fields loaded one by one)
    assert compared == len(documents) * len(tokens)
    assert _count("hit") - hits_before >= len(documents) // 4


async def test_a_request_that_leaves_the_compiled_path_is_answered_by_graphql_core(
    server: Server, catalog: dict[str, Any]
) -> None:
    # given a page document served compiled once
    admin = await make_token(Role.ADMIN)
    await seed_order(admin, "REF-1", [("SKU-A", 1)])
    document = "query($n: Int) { orders(first: $n) { edges { node { id number } } } }"
    for _ in range(2):
        ok = await server.gql(document, {"n": 2}, token=admin)
        assert len(ok["data"]["orders"]["edges"]) == 1
    bails_before = _count("bail")

    # when the same document asks for a page the resolver refuses
    refused = await server.gql(document, {"n": -1}, token=admin)

    # then graphql-core answers, with its error and code, and the request is counted as a bail
    assert refused["data"] is None or refused["data"]["orders"] is None
    assert refused["errors"][0]["extensions"]["code"]
    assert _count("bail") == bails_before + 1


async def test_a_compiled_answer_that_differs_fails_the_check() -> None:
    # given the check mode and a document graphql-core answered
    settings = Settings(compiled_check=True)
    path = CompiledPath(build_schema(settings)._schema, settings)
    context = Context(request=None, response=None, settings=settings, bus=None, limits=None)  # type: ignore[arg-type]
    query = "{ __typename }"
    told_wrong = graphql.ExecutionResult(data={"__typename": "Mutation"})

    async def same_wrong_answer(fresh: Context) -> graphql.ExecutionResult:
        return told_wrong

    async def the_right_answer(fresh: Context) -> graphql.ExecutionResult:
        return graphql.ExecutionResult(data={"__typename": "Query"})

    # then a compiled answer that differs from graphql-core's steady answer fails
    with pytest.raises(CompiledMismatch):
        await path.learned(query, None, {}, context, told_wrong, same_wrong_answer)  # type: ignore[arg-type]
    # but one that matches graphql-core's answer on the re-run (the data moved) passes
    await path.learned(query, None, {}, context, told_wrong, the_right_answer)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "document",
    [
        'mutation { orderCancel(input: {id: "x"}) { order { id } } }',
        'query($s: Boolean!) { order(id: "x") { id @skip(if: $s) } }',
        '{ order(id: "x") { id id } }',
        '{ node(id: "x") { id } }',
        "{ __schema { types { name } } }",
        '{ order(id: "x") { ...F } } fragment F on Node { id }',
        '{ orderTrack(number: "x", email: "y") { status } }',
    ],
    ids=["mutation", "directive", "key twice", "interface", "introspection", "fragment on interface", "rate-limited"],
)
def test_what_is_not_compiled_is_left_to_graphql_core(document: str) -> None:
    schema = build_schema(Settings())._schema
    with pytest.raises(Unsupported):
        compile_query(schema, document, None)


def test_fragments_aliases_and_typename_compile_into_one_step_per_key() -> None:
    schema = build_schema(Settings())._schema
    compiled = compile_query(
        schema,
        'query Q { a: order(id: "x") { __typename ...F ... on Order { status } } } fragment F on Order { id n: number }',
        "Q",
    )
    (root,) = compiled.root.fields
    assert root.key == "a" and root.child is not None
    assert [step.key for step in root.child.fields] == ["__typename", "id", "n", "status"]


async def test_fields_loaded_one_by_one_are_completed_compiled_in_the_same_batches(
    server: Server, catalog: dict[str, Any], sql_counter: Any
) -> None:
    # given a page whose orders' channel, history, shipments and tags load one field at a time
    admin = await make_token(Role.ADMIN)
    for i in range(4):
        await seed_order(admin, f"REF-{i}", [("SKU-A", 1), ("SKU-B", 1)], channel="web" if i % 2 else "market")
    document = (
        "query { orders(first: 10) { edges { node { id channel { code } history { eventKind toStatus } "
        "lines { sku allocatedQuantity } shipments { id } tags } } } }"
    )
    await server.gql("{ orders(first: 1) { edges { node { id } } } }", token=admin)  # the token, looked up once
    hits_before = _count("hit")

    # when it is sent three times: graphql-core; compiled, which meets a field still to load
    # and goes on asynchronously with the page it read (the document is asynchronous from then
    # on); compiled, asynchronously
    bodies, statements = [], []
    for _ in range(3):
        sql_counter.statements.clear()
        response = await server.post(document, token=admin)
        statements.append(len(sql_counter.statements))
        bodies.append(AVAILABLE.sub(b"", response.content))

    # then the compiled answers are graphql-core's, from the same number of statements (each
    # field's loads go out in one batch for the page, as graphql-core sends them; the page is
    # not read again when the first compiled run meets a field still to load)
    assert b'"errors"' not in bodies[0] and b'"channel":{"code":"market"}' in bodies[0]
    assert bodies[1] == bodies[2] == bodies[0]
    assert statements[1] == statements[2] == statements[0], sql_counter.statements
    assert _count("hit") == hits_before + 2


@given(
    st.one_of(
        st.integers(min_value=-(2**40), max_value=2**40),
        st.booleans(),
        st.floats(allow_nan=True),
        st.sampled_from(["7", "x"]),
    )
)
def test_int_and_enum_leaves_complete_as_graphql_core_coerces_them(value: Any) -> None:
    # given the compiled completers of an Int and of an enum (an order's status)
    schema = build_schema(Settings())._schema
    compiled = compile_query(schema, '{ order(id: "x") { status lines { quantity } } }', None)
    order = compiled.root.fields[0].child
    assert order is not None
    status, lines = order.fields
    assert lines.child is not None
    quantity = lines.child.fields[0]
    int_type = schema.get_type("Int")
    status_type = schema.get_type("OrderStatus")
    assert isinstance(int_type, graphql.GraphQLScalarType) and isinstance(status_type, graphql.GraphQLEnumType)

    # then each completes a value to what graphql-core's coercion gives, or bails where it
    # would fail (a null, an Int out of its 32 bits)
    for step, leaf, item in ((quantity, int_type, value), *((status, status_type, s) for s in OrderStatus)):
        try:
            expected = leaf.serialize(item)
        except (graphql.GraphQLError, ValueError, TypeError):
            expected = None
        try:
            got = step.complete(item, None)
        except (Bail, graphql.GraphQLError, ValueError, TypeError):  # execute_compiled bails on any
            got = None
        assert got == expected and type(got) is type(expected), (item, got, expected)


def _same_response(lane: Any, run: Any) -> None:
    varying = {"content-length", "x-request-id"}  # the budget's level's digits; one id per request
    assert lane.status_code == run.status_code
    assert {k: v for k, v in lane.headers.items() if k not in varying} == {
        k: v for k, v in run.headers.items() if k not in varying
    }
    assert AVAILABLE.sub(b"", lane.content) == AVAILABLE.sub(b"", run.content)


@pytest.mark.parametrize("accept", [None, "application/graphql-response+json", "application/json;q=0.5, */*"])
async def test_a_known_query_in_a_plain_json_post_is_answered_as_strawberry_s_view_answers_it(
    server: Server, catalog: dict[str, Any], accept: str | None
) -> None:
    # given an order and its document, learned by the compiled path
    admin = await make_token(Role.ADMIN)
    order = await seed_order(admin, "REF-1", [("SKU-A", 2), ("SKU-B", 1)])
    document = "query One($id: ID!) { order(id: $id) { id number lines { sku quantity } customer { email } } }"
    variables = {"id": str(to_global_id("Order", order.id))}
    await server.gql(document, variables, token=admin)
    hits_before = _count("hit")
    headers = {"Authorization": f"Bearer {admin}", **({"Accept": accept} if accept else {})}

    # when it is sent as a plain JSON POST (the compiled lane), and with `extensions` (through
    # strawberry's view, where the compiled path answers it too)
    body = {"query": document, "variables": variables}
    lane = await server.http.post("/graphql", json=body, headers=headers)
    run = await server.http.post("/graphql", json={**body, "extensions": {}}, headers=headers)

    # then both are compiled answers, alike in status, headers and body
    assert _count("hit") == hits_before + 2
    _same_response(lane, run)
    assert lane.json()["data"]["order"]["lines"]

    # and a token that is not one is refused alike by both
    bad = {**headers, "Authorization": "Bearer nope"}
    _same_response(
        await server.http.post("/graphql", json=body, headers=bad),
        await server.http.post("/graphql", json={**body, "extensions": {}}, headers=bad),
    )


def test_every_compiled_root_field_is_called_without_strawberry_s_wrapper() -> None:
    # given a document selecting every root field the compiled path serves
    schema = build_schema()._schema
    assert schema.query_type is not None
    selections = []
    for name in sorted(COMPILED_ROOTS):
        field = schema.query_type.fields[name]
        required = [
            f"{a}: {_argument_literal(arg.type)}" for a, arg in field.args.items() if graphql.is_non_null_type(arg.type)
        ]
        selections.append(f"{name}{'(' + ', '.join(required) + ')' if required else ''} {{ __typename }}")
    document = "{ " + " ".join(selections) + " }"
    assert graphql.validate(schema, graphql.parse(document)) == []

    # when the compiled path learns it
    plan = CompiledPath(schema, Settings(compiled_check=False)).queries.learn(document, None)

    # then each root field's resolver is called directly, behind its guard (the permission
    # table and the argument check its extensions are)
    assert plan is not None
    assert [step.key for step in plan.root.fields if step.guarded is None] == []
    # and without the assembly's guards, through strawberry's wrapper as before
    assert all(step.guarded is None for step in compile_query(schema, document, None).root.fields)


def _argument_literal(type_: Any) -> str:
    named = graphql.get_named_type(type_)
    return '"T2lkOjE="' if named.name in ("ID", "String") else "1"


async def test_a_caller_the_permission_table_refuses_is_refused_by_graphql_core_on_a_compiled_document(
    server: Server, catalog: dict[str, Any]
) -> None:
    # given a staff-only page learned by the compiled path from an ADMIN's requests
    admin, channel = await make_token(Role.ADMIN), await make_token(Role.CHANNEL, "web")
    document = "query { customers(first: 2) { edges { node { email } } } }"
    for _ in range(2):
        assert "errors" not in await server.gql(document, {}, token=admin)
    bails, hits = _count("bail"), _count("hit")

    # when a CHANNEL token, which the permission table refuses, sends it
    refused = await server.gql(document, {}, token=channel)

    # then its resolver never ran compiled: the request bailed, and graphql-core refused it
    assert refused["data"] is None
    assert [e["extensions"]["code"] for e in refused["errors"]] == ["FORBIDDEN"]
    assert (_count("bail") - bails, _count("hit") - hits) == (1, 0)


def test_the_compiled_lane_takes_only_documents_the_compiled_path_serves() -> None:
    # given a compiled path that has learned a query, and one that checks instead of serving
    document = "query One($id: ID!) { order(id: $id) { id number } }"
    served = CompiledPath(build_schema()._schema, Settings(compiled_check=False))
    checked = CompiledPath(build_schema()._schema, Settings(compiled_check=True))
    for path in (served, checked):
        path.queries.learn(document, None)

    # then only the learned document, under the name it was learned with, is served
    assert served.serves(document, None) is True
    assert served.serves(document, "One") is False
    assert served.serves("query Two($id: ID!) { order(id: $id) { id } }", None) is False
    assert checked.serves(document, None) is False


def test_the_awaitable_check_answers_as_inspect_for_every_kind_of_value_however_often_asked() -> None:
    # given values of types that are never awaitable, awaitable ones, and generators: a plain
    # one, then one marked as a coroutine (types.coroutine), of the same type
    from schema.compiled_run import _isawaitable

    class Plain:
        pass

    class Awaits:
        def __await__(self) -> Any:
            yield

    def plain_generator() -> Any:
        yield 1

    @types.coroutine
    def generator_coroutine() -> Any:
        yield 1

    async def coroutine() -> None:
        return None

    loop = asyncio.new_event_loop()
    made: list[Any] = []
    values = [
        lambda: "text",
        lambda: 1,
        Plain,
        Awaits,
        plain_generator,
        generator_coroutine,
        coroutine,
        loop.create_future,
    ]
    # when each is checked twice (after its type was seen once), in two orders
    for order in (values, list(reversed(values))):
        for _ in range(2):
            for make in order:
                value = make()
                made.append(value)
                # then the answer is inspect's every time
                assert _isawaitable(value) is inspect.isawaitable(value), value
    assert any(inspect.isawaitable(value) for value in made) and not all(inspect.isawaitable(v) for v in made)
    for value in made:
        if inspect.iscoroutine(value):
            value.close()
    loop.close()
