"""Malformed HTTP requests are the client's mistake: HTTP 400 with a GraphQL-shaped JSON error
carrying `extensions.code` (BAD_REQUEST), in the media type the client accepts, never a 500,
never a masked "Unexpected error.", in development and in production alike.

GraphQL over HTTP: a body that is not JSON, or whose parameters are not what the spec says
(`query` a string, `variables` and `extensions` maps), is not a well-formed request: 400 for
either response media type. A subscription cannot run over HTTP here (graphql-transport-ws
on the same path serves it): refused like any operation the method cannot carry.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from graphql_http import APPLICATION_JSON, GRAPHQL_RESPONSE_JSON
from models.access import Role
from tests.fixtures.backends import Backends, settings_for
from tests.fixtures.catalog import ORDER_STATUS_SUB
from tests.fixtures.database import make_token
from tests.fixtures.server import Server, serve_clean

LEAKS = ("Traceback", 'File "', "RecursionError", "UnicodeDecodeError", "AttributeError", "Unexpected error.")


def _json(value: Any) -> bytes:
    return json.dumps(value).encode()


def _nested(depth: int) -> str:
    return '{"a":' * depth + "1" + "}" * depth


BODIES: dict[str, bytes] = {
    # Far past the JSON parser's recursion limit.
    "nested-array-body": b"[" * 100_000 + b"]" * 100_000,
    "nested-variables": b'{"query": "{ __typename }", "variables": ' + _nested(50_000).encode() + b"}",
    # Within what the parser takes, but deeper than any input of the schema.
    "moderately-nested-variables": b'{"query": "{ __typename }", "variables": ' + _nested(500).encode() + b"}",
    "moderately-nested-extensions": b'{"query": "{ __typename }", "extensions": ' + _nested(500).encode() + b"}",
    "number-body": b"42",
    "string-body": b'"{ __typename }"',
    "null-body": b"null",
    "true-body": b"true",
    "array-body": _json([{"query": "{ __typename }"}]),
    "array-of-scalars-body": b"[1, 2]",
    "empty-array-body": b"[]",
    "invalid-utf8-in-query": b'{"query": "{ __typename \xff\xfe }"}',
    "invalid-utf8-at-start": b'\xff\xfe{"query": "{ __typename }"}',
    "invalid-utf8-in-variables": b'{"query": "{ __typename }", "variables": {"a": "\xc3\x28"}}',
    "not-json": b"{ __typename }",
    "subscription": _json({"query": ORDER_STATUS_SUB}),
    "variables-array": _json({"query": "{ __typename }", "variables": [1]}),
    "variables-string": _json({"query": "{ __typename }", "variables": "{}"}),
    "variables-number": _json({"query": "{ __typename }", "variables": 1}),
    "extensions-array": _json({"query": "{ __typename }", "extensions": []}),
    "extensions-string": _json({"query": "{ __typename }", "extensions": "x"}),
    "query-number": _json({"query": 5}),
    "operation-name-object": _json({"query": "{ __typename }", "operationName": {"a": 1}}),
    "operation-name-array": _json({"query": "{ __typename }", "operationName": ["a"]}),
    "no-query": b"{}",
}


@pytest.fixture(params=["development", "production"])
async def any_env(request: pytest.FixtureRequest, backends: Backends) -> AsyncIterator[Server]:
    async with serve_clean(settings_for(backends, env=request.param)) as running:
        yield running


def bad_request_problems(response: httpx.Response, accept: str) -> list[str]:
    """What is wrong with `response` as a 400 BAD_REQUEST answer in `accept` (nothing: [])."""
    text = response.text[:300]
    if response.status_code != 400:
        return [f"HTTP {response.status_code}: {text}"]
    problems = []
    if response.headers.get("content-type") != accept:
        problems.append(f"content-type {response.headers.get('content-type')}: {text}")
    try:
        body = response.json()
    except ValueError:
        return [*problems, f"not JSON: {text}"]
    errors = body.get("errors") if isinstance(body, dict) else None
    if not isinstance(body, dict) or set(body) != {"errors"} or not isinstance(errors, list) or len(errors) != 1:
        problems.append(f"not one error without data: {text}")  # never executed: no `data`
    elif not errors[0].get("message") or errors[0].get("extensions") != {"code": "BAD_REQUEST"}:
        problems.append(f"not a coded error: {text}")
    problems += [f"leaks {leak}: {text}" for leak in LEAKS if leak in response.text]
    return problems


ACCEPTS = (APPLICATION_JSON, GRAPHQL_RESPONSE_JSON)


async def test_a_malformed_post_is_a_400_with_a_coded_json_error(any_env: Server) -> None:
    admin = await make_token(Role.ADMIN)
    problems: dict[str, list[str]] = {}

    for name, body in BODIES.items():
        for accept in ACCEPTS:
            for token in (None, admin):
                headers = {"Content-Type": "application/json", "Accept": accept}
                if token:
                    headers["Authorization"] = f"Bearer {token}"
                response = await any_env.http.post("/graphql", content=body, headers=headers)
                if found := bad_request_problems(response, accept):
                    problems[f"{name} / {accept} / {'admin' if token else 'anonymous'}"] = found

    assert problems == {}


GET_PARAMS: dict[str, dict[str, str]] = {
    "subscription": {"query": ORDER_STATUS_SUB},
    "variables-not-json": {"query": "{ __typename }", "variables": "{nope"},
    "variables-array": {"query": "{ __typename }", "variables": "[1]"},
    "variables-number": {"query": "{ __typename }", "variables": "1"},
    "variables-nested": {"query": "{ __typename }", "variables": _nested(500)},
    "extensions-string": {"query": "{ __typename }", "extensions": '"x"'},
}


async def test_a_malformed_get_is_a_400_with_a_coded_json_error(any_env: Server) -> None:
    problems: dict[str, list[str]] = {}

    for name, params in GET_PARAMS.items():
        for accept in ACCEPTS:
            response = await any_env.http.get("/graphql", params=params, headers={"Accept": accept})
            if found := bad_request_problems(response, accept):
                problems[f"{name} / {accept}"] = found

    assert problems == {}


@pytest.mark.parametrize("accept", [APPLICATION_JSON, GRAPHQL_RESPONSE_JSON])
async def test_refusals_before_execution_are_coded_json_in_the_accepted_type(server: Server, accept: str) -> None:
    """Errors answered before any GraphQL response exists (unknown token, mutation over GET,
    body too large) are JSON with a code too, as API.md promises."""
    unknown = await server.http.post(
        "/graphql",
        json={"query": "{ __typename }"},
        headers={"Accept": accept, "Authorization": "Bearer oms_not-a-real-token"},
    )
    over_get = await server.http.get(
        "/graphql", params={"query": "mutation { __typename }"}, headers={"Accept": accept}
    )
    too_large = await server.http.post(
        "/graphql",
        content=b'{"query": "{ __typename }", "x": "' + b"y" * (server.settings.max_body_bytes + 1) + b'"}',
        headers={"Accept": accept, "Content-Type": "application/json"},
    )

    answers = {
        "unknown": (unknown.status_code, unknown.headers["content-type"], unknown.json()),
        "over_get": (
            over_get.status_code,
            over_get.headers["content-type"],
            over_get.json()["errors"][0]["extensions"],
        ),
        "too_large": (
            too_large.status_code,
            too_large.headers["content-type"],
            too_large.json()["errors"][0]["extensions"],
        ),
    }
    assert answers == {
        "unknown": (
            401,
            accept,
            {"errors": [{"message": "Invalid or expired token.", "extensions": {"code": "UNAUTHENTICATED"}}]},
        ),
        "over_get": (405, accept, {"code": "METHOD_NOT_ALLOWED"}),
        "too_large": (413, accept, {"code": "PAYLOAD_TOO_LARGE"}),
    }
    assert unknown.headers["www-authenticate"].startswith("Bearer")
    assert over_get.headers["allow"] == "POST"


async def test_a_well_formed_request_is_unaffected(server: Server) -> None:
    nested_input = {
        "query": 'query($v: String!) { orderTrack(number: "OG-000001", email: $v) { status } __typename }',
        "variables": {"v": "ada@example.com", "unused": {"a": [{"b": [1]}]}},
        "extensions": {"a": {"b": {"c": 1}}},
    }

    response = await server.http.post("/graphql", json=nested_input, headers={"Accept": GRAPHQL_RESPONSE_JSON})

    assert response.status_code == 200, response.text
    assert response.json()["data"] == {"orderTrack": None, "__typename": "Query"}
