"""OMS_ENV=production: no introspection, no GraphiQL, and faults masked."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from models.access import Role
from schema.root import build_schema
from settings import Settings
from tests.fixtures.backends import SECRET, Backends, settings_for
from tests.fixtures.catalog import without_cost
from tests.fixtures.database import make_token
from tests.fixtures.server import Server, serve_clean, serve_in_process

INTROSPECTION = "{ __schema { queryType { name } } }"
TYPE_INTROSPECTION = '{ __type(name: "Order") { name fields { name } } }'
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.fixture
async def production(backends: Backends) -> AsyncIterator[Server]:
    """The real app with env="production" on the clean, shared test database."""
    async with serve_clean(settings_for(backends, env="production")) as running:
        yield running


async def test_introspection_is_rejected_in_production(production: Server) -> None:
    admin = await make_token(Role.ADMIN)

    anonymous = await production.gql(INTROSPECTION)
    as_admin = await production.gql(TYPE_INTROSPECTION, token=admin)
    over_get = await production.http.get("/graphql", params={"query": INTROSPECTION})
    typename = await production.gql("{ __typename }")

    for body in (anonymous, as_admin, over_get.json()):
        assert body.get("data") is None, body
        assert body["errors"] and all("introspection has been disabled" in e["message"] for e in body["errors"]), body
    disabled = "GraphQL introspection has been disabled, but the requested query contained the field '{}'."
    assert [e["message"] for e in as_admin["errors"]] == [disabled.format("__type"), disabled.format("fields")]
    assert [e["message"] for e in anonymous["errors"]] == [disabled.format("__schema"), disabled.format("queryType")]
    assert typename == {"data": {"__typename": "Query"}}


async def test_introspection_works_in_development(server: Server) -> None:
    body = await server.gql(INTROSPECTION)

    assert body == {"data": {"__schema": {"queryType": {"name": "Query"}}}}


async def test_graphiql_is_not_served_in_production(production: Server) -> None:
    response = await production.http.get("/graphql", headers={"Accept": BROWSER_ACCEPT})

    assert 400 <= response.status_code < 500, response
    assert not response.headers["content-type"].startswith("text/html")
    assert "graphiql" not in response.text.lower()


async def test_graphiql_is_served_in_development(server: Server) -> None:
    response = await server.http.get("/graphql", headers={"Accept": BROWSER_ACCEPT})

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "graphiql" in response.text.lower()


def _broken_database(path: Path) -> str:
    """The migrated SQLite database at `path` (by `oms migrate`, in its own process) with its "order" table gone."""
    with sqlite3.connect(path) as conn:
        conn.execute('DROP TABLE "order"')
    return f"sqlite://{path}"


async def test_an_unexpected_fault_is_masked_in_production(migrated_sqlite: Path) -> None:
    # A genuine fault without mocking our code: the database lost a table. (Its own SQLite
    # file, so the shared test database is untouched, whichever backends the suite uses.)
    url = await asyncio.to_thread(_broken_database, migrated_sqlite)
    settings = Settings(
        database_url=url,
        broadcast_url="memory://",
        secret_key=SECRET,
        env="production",
        log_level="CRITICAL",
        allow_embedded_in_production=True,
    )

    async with serve_in_process(settings) as server:
        admin = await make_token(Role.ADMIN)
        response = await server.post("{ orders(first: 5) { totalCount } viewer { role } }", token=admin)

    assert response.status_code == 200
    body = without_cost(response.json())
    assert body == {
        "data": None,
        "errors": [{"message": "Unexpected error.", "locations": [{"line": 1, "column": 3}], "path": ["orders"]}],
    }
    for leak in ("Traceback", "no such table", "SELECT", "sqlite", "OperationalError", "tortoise"):
        assert leak.lower() not in response.text.lower(), leak


async def test_production_gives_no_field_suggestions(production: Server) -> None:
    typo = "{ ordrs { totalCount } }"
    admin = await make_token(Role.ADMIN)

    prod = (await production.post(typo, token=admin)).json()
    dev = build_schema().execute_sync(typo)

    assert dev.errors and "Did you mean" in dev.errors[0].message
    assert prod["errors"][0]["message"] == "Cannot query field 'ordrs' on type 'Query'."


# Every place graphql-core can suggest a name: a misspelt field, argument, enum value (in the
# document and in a variable), input field (in the document and in a variable), and type name
# (a fragment's condition and a variable's type). Each names a close real one ("Did you
# mean ...?" in development).
MISSPELT: list[tuple[str, dict[str, Any] | None]] = [
    ("{ ordrs { totalCount } }", None),
    ("{ orders(frist: 5) { totalCount } }", None),
    ("{ orders(filter: {status: [PENDNG]}) { totalCount } }", None),
    ("query($s: [OrderStatus!]) { orders(filter: {status: $s}) { totalCount } }", {"s": ["PENDNG"]}),
    ('{ orders(filter: {chanel: "web"}) { totalCount } }', None),
    ("query($f: OrderFilter) { orders(filter: $f) { totalCount } }", {"f": {"chanel": "web"}}),
    ("{ orders { edges { node { ...f } } } } fragment f on Ordr { id }", None),
    ("query($f: OrderFiltr) { orders(filter: $f) { totalCount } }", None),
    ("{ orders { edges { node { ... on Ordr { id } } } } }", None),
    ('mutation { orderHold(input: {id: "x", reasn: "r"}) { userErrors { code } } }', None),
    ("{ orders(sortBy: {field: NUMBR}) { totalCount } }", None),
]


async def test_every_misspelling_gets_a_suggestion_in_development() -> None:
    # The sweep below proves something only if each of its documents does draw a hint.
    schema = build_schema()
    for query, variables in MISSPELT:
        result = await schema.execute(query, variable_values=variables)
        assert result.errors and any("Did you mean" in e.message for e in result.errors), (query, result.errors)


async def test_production_gives_no_suggestion_of_any_kind(production: Server) -> None:
    admin = await make_token(Role.ADMIN)

    for query, variables in MISSPELT:
        for token in (admin, None):
            response = await production.post(query, variables, token=token)
            body = response.json()
            assert response.status_code < 500 and body["errors"], (query, response.text)
            assert "did you mean" not in response.text.lower(), (query, response.text)
