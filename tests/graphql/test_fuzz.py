"""Property-based fuzzing of the whole schema, per role, against the real server.

hypothesis-graphql generates valid documents from the checked-in SDL (schema.graphql): queries
(every Query root field) and, separately, mutations (every Mutation root field). Arguments are
drawn from the real world the IDOR tests build (two tenants with every kind of object: their
global ids, codes, order and tracking numbers, cursors) mixed with arbitrary text, numbers and
malformed dates and decimals, so scoped operations are hit with both tenants' handles.

Each document is POSTed for every role (the scoped ones as tenant A) and with no token. The
properties, whatever the document:

* no HTTP 5xx;
* no unmasked error: no traceback, exception class or SQL in any error message or userError,
  and an error raised while executing a field either carries a stable `extensions.code` or
  reads exactly "Unexpected error." (the masked fault);
* for the scoped callers and for no token, no answer holds another tenant's identifying
  strings (ids, numbers, emails, names, tracking numbers, notes) that the document did not
  itself contain.

Every root field gets its own few examples (one strategy per field), so the whole schema is
covered on a modest budget. One finding of the fuzzer is pinned as a plain test at the end: a
NUL character in a string argument.

The examples are derandomized, so CI sees the same documents every run and every caller gets
the same ones: hypothesis (synchronous, in a worker thread) draws them once per kind, and each
caller's test sends them in turn. A field whose document breaks a property is handed back to
hypothesis, which draws the same documents again, sending each to the test's event loop (where
the server fixture lives), meets the failure and shrinks it to a minimal document.
"""

from __future__ import annotations

import asyncio
import json
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import graphql
import httpx
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import from_schema, nodes

from models.access import Role
from schema.common import to_global_id
from tests.fixtures.database import make_token
from tests.fixtures.fulfilment import BARCODES
from tests.fixtures.server import Server
from tests.fixtures.tenants import A, B, Built, leaks, two_tenants, walk

ROOT = Path(__file__).resolve().parents[2]
SDL = (ROOT / "schema.graphql").read_text()
SCHEMA = graphql.build_schema(SDL)
assert SCHEMA.query_type is not None and SCHEMA.mutation_type is not None
FIELDS = {"query": sorted(SCHEMA.query_type.fields), "mutation": sorted(SCHEMA.mutation_type.fields)}
EXAMPLES = {"query": 4, "mutation": 2}  # per root field: ~150 documents per role

# Text that betrays an internal fault when it shows in an error message.
INTERNALS = (
    "Traceback",
    'File "',
    "SELECT ",
    "INSERT ",
    "UPDATE ",
    "DELETE ",
    " FROM ",
    "sqlite",
    "asyncpg",
    "psycopg",
    "tortoise",
    "pypika",
    "OperationalError",
    "IntegrityError",
    "ProgrammingError",
    "DataError",
    "<class '",
    "object at 0x",
)
DEBUG_EXTENSIONS = ("exception", "stacktrace", "traceback")
MASKED = "Unexpected error."


def handles(world: dict[str, Built]) -> tuple[list[str], list[str]]:
    """(global ids, strings) to draw arguments from: both tenants' objects, plus ones that name nothing."""
    ids: list[str] = []
    strings: list[str] = ["", " ", "0", "-1", "x", "99999999999999999999", "OG-999999", "NO-SUCH-TRACKING"]
    for built in world.values():
        t = built.tenant
        ids += built.ids
        strings += [
            t.channel,
            t.warehouse,
            t.carrier,
            t.supplier,
            built.tracking,
            built.rma["number"],
            built.po["number"],
        ]
        strings += [o["number"] for o in built.orders.values()]
        strings += [f"order:{o['number']}" for o in built.orders.values()]
    for type_name in ("Order", "PickTask", "Shipment", "PurchaseOrder", "ReturnRequest", "StockLevel", "ApiToken"):
        ids.append(str(to_global_id(type_name, 999_999)))
    ids += ["", "x", "T3JkZXI6", "T3JkZXI6LTE", str(to_global_id("Order", 10**17))]
    strings += list(BARCODES) + list(BARCODES.values())
    return sorted(set(ids)), sorted(set(strings))


def strategies(kind: str, world: dict[str, Built]) -> dict[str, st.SearchStrategy[str]]:
    """A document strategy per root field of `kind` ("query" or "mutation")."""
    ids, strings = handles(world)
    dates = [
        "2026-03-01T10:00:00+00:00",
        "2026-03-01T10:00:00",
        "2026-03-01",
        "0001-01-01T00:00:00",
        "9999-12-31T23:59:59+14:00",
        "2026-02-30T10:00:00",
        "yesterday",
        "",
    ]
    decimals = ["10.00", "0", "-1", "0.001", "1e400", "-1e-400", "NaN", "Infinity", "-0", "1" * 30, "1.005", "abc", ""]

    def drawn(values: list[str], *, text: bool) -> st.SearchStrategy[graphql.ValueNode]:
        return (st.one_of(st.sampled_from(values), st.text(max_size=40)) if text else st.sampled_from(values)).map(
            nodes.String
        )

    scalars = {
        "ID": drawn(ids, text=True),
        "String": drawn(strings, text=True),
        "DateTime": drawn(dates, text=False),
        "Decimal": drawn(decimals, text=False),
    }
    return {name: from_schema(SDL, fields=[name], custom_scalars=scalars) for name in FIELDS[kind]}


def problems(document: str, response: httpx.Response, others: list[Built]) -> list[str]:
    """Everything wrong with one answer (empty when the properties hold)."""
    found: list[str] = []
    if response.status_code >= 500:
        return [f"HTTP {response.status_code}: {response.text[:500]}"]
    if any(marker in response.text for marker in ("Traceback", 'File "')):
        found.append(f"a traceback in the body: {response.text[:500]}")
    if response.status_code != 200:
        return found
    body: dict[str, Any] = response.json()
    for error in body.get("errors") or []:
        message = str(error.get("message", ""))
        extensions = error.get("extensions") or {}
        if any(key in extensions for key in DEBUG_EXTENSIONS):
            found.append(f"debug details in an error: {error}")
        if error.get("path") is not None and "code" not in extensions and message != MASKED:
            found.append(f"an unmasked fault at {error['path']}: {message!r}")
        if message == MASKED and set(error) - {"message", "locations", "path"}:
            found.append(f"a masked fault with extras: {error}")
        found += [
            f"{text!r} in an error: {message!r}" for text in INTERNALS if text in message and text not in document
        ]
    for node in walk(body.get("data")):
        if isinstance(node, dict) and isinstance(node.get("userErrors"), list):
            for user_error in node["userErrors"]:
                message = str(user_error.get("message", ""))
                found += [
                    f"{text!r} in a userError: {message!r}"
                    for text in INTERNALS
                    if text in message and text not in document
                ]
    for other in others:
        found += [f"{other.tenant.name}'s {marker!r} leaked" for _, marker in leaks([(document, body)], other)]
    return found


def run_field(strategy: st.SearchStrategy[str], examples: int, check: Callable[[str], None]) -> None:
    """Hypothesis over up to `examples` documents of one root field, each given to `check`;
    derandomized, so every run (and every caller) draws the same documents in the same order,
    and a failing check is shrunk to a minimal document."""

    @settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        print_blob=False,
        phases=[Phase.explicit, Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    @given(document=strategy)
    def answers_safely(document: str) -> None:
        check(document)

    answers_safely()


# The documents drawn for each root field, per kind and world: the same for every caller, so
# they are drawn once and sent as every caller.
_DRAWN: dict[tuple[str, tuple[str, ...], tuple[str, ...]], dict[str, list[str]]] = {}


def drawn(kind: str, world: dict[str, Built]) -> dict[str, list[str]]:
    ids, strings = handles(world)
    key = (kind, tuple(ids), tuple(strings))
    if key not in _DRAWN:
        documents: dict[str, list[str]] = {}
        for name, strategy in strategies(kind, world).items():
            documents[name] = []
            run_field(strategy, EXAMPLES[kind], documents[name].append)
        _DRAWN[key] = documents
    return _DRAWN[key]


async def check_property(
    server: Server, token: str | None, kind: str, world: dict[str, Built], others: list[Built]
) -> tuple[dict[str, int], dict[str, str]]:
    """The property over the generated documents of each root field of `kind`: (documents sent
    per root field, failures per root field with hypothesis's minimal falsifying document)."""
    loop = asyncio.get_running_loop()
    documents = await asyncio.to_thread(drawn, kind, world)
    sent: dict[str, int] = dict.fromkeys(documents, 0)
    failures: dict[str, str] = {}

    def post(document: str) -> httpx.Response:
        return asyncio.run_coroutine_threadsafe(server.post(document, token=token), loop).result(timeout=120)

    def answers_safely(name: str) -> Callable[[str], None]:
        def check(document: str) -> None:
            sent[name] += 1
            response = post(document)
            assert problems(document, response, others) == []

        return check

    for name, drawn_documents in documents.items():
        found: list[str] = []
        for document in drawn_documents:
            sent[name] += 1
            found = problems(document, await server.post(document, token=token), others)
            if found:
                break
        if not found:
            continue
        # Hypothesis draws the same documents again, meets the failure and shrinks it.
        strategy = strategies(kind, world)[name]
        try:
            await asyncio.to_thread(run_field, strategy, EXAMPLES[kind], answers_safely(name))
        except Exception as exc:  # collect every root field's failure, then report them together
            failures[name] = "".join(traceback.format_exception_only(exc))
        else:
            failures[name] = f"{document}\n{found}"
    return sent, failures


CALLERS: dict[str, tuple[Role | None, str | None, list[str]]] = {
    # caller: (role, scope, tenants whose data it must never see)
    "ADMIN": (Role.ADMIN, None, []),
    "OPS": (Role.OPS, None, []),
    **{
        role.value: (role, A.scope(role), ["B"])
        for role in (Role.CUSTOMER, Role.CHANNEL, Role.WAREHOUSE, Role.SUPPLIER, Role.CARRIER)
    },
    "no-token": (None, None, ["A", "B"]),
}
assert {role for role, _, _ in CALLERS.values()} == {*Role, None}, "every role is fuzzed"


@pytest.mark.parametrize("kind", ["query", "mutation"])
@pytest.mark.parametrize("caller", list(CALLERS))
async def test_generated_operations_never_fault_unmasked_nor_leak(
    server: Server, admin_token: str, caller: str, kind: str
) -> None:
    world = await two_tenants(server, admin_token)
    role, scope, others = CALLERS[caller]
    token = await make_token(role, scope) if role else None

    others_built = [world[name] for name in others]
    sent, failures = await check_property(server, token, kind, world, others_built)

    assert failures == {}, "\n\n".join(f"{name}:\n{failure}" for name, failure in failures.items())
    assert [name for name, count in sent.items() if count == 0] == [], "every root field is exercised"
    # The server is still healthy after the barrage.
    assert (await server.http.get("/healthz")).status_code == 200


def test_the_checks_catch_what_they_must() -> None:
    """The property is not vacuous: each kind of violation is reported."""
    other = Built(B, ids=["T3JkZXI6Nw"], markers={"bob@b-tenant.example", "T3JkZXI6Nw"})

    def answer(body: Any, status: int = 200) -> httpx.Response:
        return httpx.Response(status, json=body)

    fault = {"data": None, "errors": [{"message": "no such table: order", "path": ["orders"]}]}
    sql = {"data": None, "errors": [{"message": 'syntax error at or near "SELECT "', "extensions": {"code": "X"}}]}
    masked = {"data": None, "errors": [{"message": MASKED, "path": ["orders"], "extensions": {"exception": "x"}}]}
    leaked = {"data": {"orders": {"edges": [{"node": {"customer": {"email": "bob@b-tenant.example"}}}]}}}
    foreign = {"data": {"shipments": {"edges": [{"node": {"warehouse": {"code": "eu"}}}]}}}
    fine = {"data": {"order": None}, "errors": [{"message": MASKED, "path": ["order"], "locations": []}]}

    assert problems("{ x }", answer({}, 502), [other])
    for body in (fault, sql, masked, leaked, foreign):
        assert problems("{ x }", answer(body), [other]), body
    assert problems("{ x }", answer(fine), [other]) == []
    assert problems('{ orders(filter: {customerEmail: "bob@b-tenant.example"}) }', answer(leaked), [other]) == []


# A finding of the fuzzer, pinned: a NUL character in a string argument. PostgreSQL refuses
# NUL in text, so it must be caught as an expected failure (null, empty, a userError), not
# reach the database as a fault. Through the public orderTrack, anyone could make the server
# fault (and log an error) at will.
NUL = "ada\x00@example.com"
NUL_PROBES: dict[str, tuple[str, Role | None, str | None]] = {
    "orderTrack(email), no token": (
        'query($s: String!) { orderTrack(number: "OG-000001", email: $s) { number } }',
        None,
        None,
    ),
    "orders(filter: {search})": (
        "query($s: String) { orders(filter: {search: $s}) { totalCount } }",
        Role.CHANNEL,
        "web",
    ),
    "products(filter: {search})": (
        "query($s: String) { products(filter: {search: $s}) { totalCount } }",
        Role.CUSTOMER,
        "ada@example.com",
    ),
    "stockLevels(filter: {sku})": (
        "query($s: String) { stockLevels(filter: {sku: $s}) { totalCount } }",
        Role.WAREHOUSE,
        "east",
    ),
    "pickTaskClaim(warehouse)": (
        "mutation($s: String!) { pickTaskClaim(input: {warehouse: $s}) { pickTask { id } userErrors { code } } }",
        Role.WAREHOUSE,
        "east",
    ),
    "trackingEventRecord(trackingNumber)": (
        "mutation($s: String!) { trackingEventRecord(input: {trackingNumber: $s, status: DELIVERED,"
        ' occurredAt: "2026-03-01T10:00:00+00:00"}) { shipment { id } userErrors { code } } }',
        Role.CARRIER,
        "ups",
    ),
    "orderCreate(externalRef)": (
        'mutation($s: String!) { orderCreate(input: {channel: "web", externalRef: $s, customer: {email: "ada@example.com"},'
        ' shippingAddress: {country: "US"}, lines: [{sku: "SKU-A", quantity: 1}]}) { order { id } userErrors { code } } }',
        Role.CHANNEL,
        "web",
    ),
}


async def test_a_nul_character_in_a_string_argument_is_an_answer_not_a_fault(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    faults: dict[str, Any] = {}
    for label, (document, role, scope) in NUL_PROBES.items():
        token = await make_token(role, scope) if role else None
        response = await server.post(document, {"s": NUL}, token=token)
        assert response.status_code == 200, (label, response.status_code, response.text)
        body = response.json()
        body.pop("extensions", None)
        errors = body.get("errors") or []
        # A clear, coded refusal of the input is an answer; anything else is a fault.
        if errors and not all((e.get("extensions") or {}).get("code") == "INVALID" for e in errors):
            faults[label] = body

    assert faults == {}, f"faulted on a NUL character: {sorted(faults)}\n{json.dumps(faults, indent=1)}"


NUL_IN_MUTATIONS: dict[str, tuple[str, dict[str, Any], list[str]]] = {
    # mutation: (document, variables with a NUL somewhere in the input, the field it is in)
    "orderCreate": (
        "mutation($i: OrderCreateInput!) { orderCreate(input: $i) { order { id } userErrors { field message code } } }",
        {
            "i": {
                "channel": "web",
                "externalRef": "N-1",
                "customer": {"email": "ada@example.com"},
                "shippingAddress": {"country": "US", "city": "Ber\x00lin"},
                "lines": [{"sku": "SKU-A", "quantity": 1}, {"sku": "SKU-\x00B", "quantity": 1}],
            }
        },
        ["shippingAddress", "city"],
    ),
    "stockAdjust": (
        "mutation($i: StockAdjustInput!) { stockAdjust(input: $i) { stockLevel { id } userErrors { field message code } } }",
        {"i": {"sku": "SKU-A", "warehouse": "east", "delta": 1, "reason": "RECEIPT", "note": "\x00"}},
        ["note"],
    ),
    "productCreate (in the document itself)": (
        'mutation { productCreate(input: {sku: "NEW-1", name: "x\\u0000y", price: "1.00"}) {'
        " product { id } userErrors { field message code } } }",
        {},
        ["name"],
    ),
}


@pytest.mark.parametrize("mutation", list(NUL_IN_MUTATIONS))
async def test_a_nul_character_in_mutation_input_is_a_user_error_naming_the_field_and_changes_nothing(
    server: Server, admin_token: str, catalog: dict[str, Any], mutation: str
) -> None:
    document, variables, field = NUL_IN_MUTATIONS[mutation]
    before = await server.gql(
        "{ orders { totalCount } products { totalCount } stockMovements { totalCount } }", token=admin_token
    )

    body = await server.gql(document, variables, token=admin_token)

    after = await server.gql(
        "{ orders { totalCount } products { totalCount } stockMovements { totalCount } }", token=admin_token
    )
    assert "errors" not in body, body
    (payload,) = body["data"].values()
    assert payload["userErrors"] == [
        {"field": field, "message": "Strings may not contain NUL characters.", "code": "INVALID"}
    ]
    assert [value for key, value in payload.items() if key != "userErrors"] == [None]
    assert after == before
