"""GraphQL over HTTP conformance: the graphql-http server audit, and the rules behind it.

The audit is graphql-http's `serverAudits` (tests/audit/audit.mjs, pinned in tests/audit/
package-lock.json) run with Node against the real server; it must report no error, warning or
notice. The tests below it pin our media-type negotiation and status codes directly.
"""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.background import BackgroundTask

from graphql_http import APPLICATION_JSON, GRAPHQL_RESPONSE_JSON, SubResponse, response_media_type, with_sub_response
from tests.fixtures.catalog import without_cost
from tests.fixtures.server import Server

AUDIT_DIR = Path(__file__).resolve().parents[1] / "audit"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(
            f"`{name}` is not on PATH: the GraphQL-over-HTTP audit needs Node.js (>= 18, for its global fetch) "
            "and npm to run tests/audit/audit.mjs; install them (Debian: `apt-get install nodejs npm`).",
            pytrace=False,
        )
    return path


async def _run(*argv: str, cwd: Path, time_limit: float) -> tuple[int, str]:
    """Runs a command without blocking the event loop, which the server under test shares."""
    proc = await asyncio.create_subprocess_exec(
        *argv, cwd=cwd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
    )
    try:
        out, _ = await asyncio.wait_for(proc.communicate(), time_limit)
    except TimeoutError:
        proc.kill()
        out, _ = await proc.communicate()
        return -1, f"timed out after {time_limit}s: {' '.join(argv)}\n{out.decode(errors='replace')}"
    assert proc.returncode is not None
    return proc.returncode, out.decode(errors="replace")


async def _ensure_audit_installed(npm: str) -> None:
    """A clean clone has no node_modules (gitignored): install exactly what the lockfile pins."""
    if (AUDIT_DIR / "node_modules" / "graphql-http" / "package.json").is_file():
        return
    code, output = await _run(npm, "ci", "--no-audit", "--no-fund", cwd=AUDIT_DIR, time_limit=300)
    assert code == 0, f"`npm ci` in {AUDIT_DIR} failed (exit {code}):\n{output}"


@pytest.mark.live_server  # Node's audit connects to a URL
async def test_graphql_http_server_audit_passes_without_errors_or_warnings(server: Server) -> None:
    node, npm = _tool("node"), _tool("npm")
    await _ensure_audit_installed(npm)

    code, output = await _run(node, "audit.mjs", f"{server.base_url}/graphql", cwd=AUDIT_DIR, time_limit=120)

    assert code == 0, f"graphql-http audit failed (exit {code}):\n{output}"
    assert " 0 error, 0 warn, 0 notice" in output, output


# -- Accept negotiation -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, APPLICATION_JSON),
        ("", APPLICATION_JSON),
        ("*/*", APPLICATION_JSON),
        ("application/*", APPLICATION_JSON),
        ("application/json", APPLICATION_JSON),
        ("text/html", APPLICATION_JSON),  # nothing we serve: the legacy type
        ("application/graphql-response+json", GRAPHQL_RESPONSE_JSON),
        ("Application/GraphQL-Response+JSON; charset=utf-8", GRAPHQL_RESPONSE_JSON),
        ("application/graphql-response+json, application/json;q=0.9", GRAPHQL_RESPONSE_JSON),
        ("application/json, application/graphql-response+json", GRAPHQL_RESPONSE_JSON),
        ("application/graphql-response+json;q=0.5, application/json", APPLICATION_JSON),
        ("application/graphql-response+json;q=0.5, */*", APPLICATION_JSON),
        ("application/graphql-response+json;q=0, application/json", APPLICATION_JSON),
        ("application/graphql-response+json;q=0", APPLICATION_JSON),
        ("application/graphql-response+json;q=nope, application/json", APPLICATION_JSON),
        ("application/json;q=0, application/graphql-response+json;q=0.1", GRAPHQL_RESPONSE_JSON),
    ],
)
def test_response_media_type_follows_the_accept_header(accept: str | None, expected: str) -> None:
    assert response_media_type(accept) == expected


# -- Status codes and bodies ----------------------------------------------------------------

SYNTAX_ERROR = "{"
VALIDATION_ERROR = "{ noSuchField }"
COERCION_FAILURE = ("query ($id: ID!) { node(id: $id) { id } }", {"id": None})


async def _post(
    server: Server, query: str, variables: dict[str, Any] | None = None, *, accept: str | None, token: str | None = None
) -> httpx.Response:
    headers = {}
    if accept is not None:
        headers["Accept"] = accept
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return await server.http.post("/graphql", json={"query": query, "variables": variables}, headers=headers)


@pytest.mark.parametrize(
    ("query", "variables"),
    [(SYNTAX_ERROR, None), (VALIDATION_ERROR, None), COERCION_FAILURE],
    ids=["syntax", "validation", "variable-coercion"],
)
async def test_request_errors_are_400_without_data_for_graphql_response_json(
    server: Server, query: str, variables: dict[str, Any] | None
) -> None:
    response = await _post(server, query, variables, accept=GRAPHQL_RESPONSE_JSON)

    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == GRAPHQL_RESPONSE_JSON
    body = response.json()
    assert "data" not in body
    assert body["errors"] and all(error["message"] for error in body["errors"])


@pytest.mark.parametrize("accept", [APPLICATION_JSON, None, "*/*"])
@pytest.mark.parametrize(
    ("query", "variables"),
    [(SYNTAX_ERROR, None), (VALIDATION_ERROR, None), COERCION_FAILURE],
    ids=["syntax", "validation", "variable-coercion"],
)
async def test_request_errors_stay_200_with_application_json(
    server: Server, query: str, variables: dict[str, Any] | None, accept: str | None
) -> None:
    response = await _post(server, query, variables, accept=accept)

    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == APPLICATION_JSON
    body = response.json()
    assert body["data"] is None  # unchanged legacy shape
    assert body["errors"]


async def test_successful_query_uses_the_accepted_media_type_and_varies_on_accept(server: Server) -> None:
    modern = await _post(server, "{ __typename }", accept=GRAPHQL_RESPONSE_JSON)
    legacy = await _post(server, "{ __typename }", accept=None)

    assert modern.status_code == legacy.status_code == 200
    assert modern.headers["content-type"] == GRAPHQL_RESPONSE_JSON
    assert legacy.headers["content-type"] == APPLICATION_JSON
    assert without_cost(modern.json()) == without_cost(legacy.json()) == {"data": {"__typename": "Query"}}
    assert "accept" in modern.headers["vary"].lower()


async def test_field_errors_keep_data_and_200_with_graphql_response_json(server: Server) -> None:
    # Executed, but a protected field refuses the anonymous caller: `data` is present, so 2xx.
    response = await _post(server, "{ __typename viewer { role } }", accept=GRAPHQL_RESPONSE_JSON)

    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == GRAPHQL_RESPONSE_JSON
    body = response.json()
    assert "data" in body
    assert [error["extensions"]["code"] for error in body["errors"]] == ["UNAUTHENTICATED"]


@pytest.mark.parametrize("accept", [GRAPHQL_RESPONSE_JSON, APPLICATION_JSON])
async def test_unknown_token_is_401_whatever_the_accept(server: Server, accept: str) -> None:
    response = await _post(server, "{ __typename }", accept=accept, token="oms_not-a-real-token")

    assert response.status_code == 401, response.text
    assert response.headers["www-authenticate"].startswith("Bearer")


async def test_no_token_still_answers_public_fields(server: Server) -> None:
    response = await _post(server, "{ __typename }", accept=GRAPHQL_RESPONSE_JSON)

    assert response.status_code == 200
    assert without_cost(response.json()) == {"data": {"__typename": "Query"}}


@pytest.mark.parametrize("accept", [GRAPHQL_RESPONSE_JSON, APPLICATION_JSON])
async def test_get_runs_queries_but_refuses_mutations_with_405(server: Server, accept: str) -> None:
    query = await server.http.get("/graphql", params={"query": "{ __typename }"}, headers={"Accept": accept})
    mutation = await server.http.get(
        "/graphql",
        params={"query": "mutation M { __typename } query Q { __typename }", "operationName": "M"},
        headers={"Accept": accept},
    )

    assert query.status_code == 200
    assert query.headers["content-type"] == accept
    assert mutation.status_code == 405, mutation.text
    assert mutation.headers["allow"] == "POST"


async def test_get_without_query_still_renders_the_ide(server: Server) -> None:
    response = await server.http.get("/graphql", headers={"Accept": "text/html"})

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")


def test_the_response_carries_what_a_resolver_set_on_the_sub_response() -> None:
    # given a sub-response as get_sub_response makes it, and one a resolver set a status,
    # headers (a Vary among them) and a background task on
    plain = SubResponse(GRAPHQL_RESPONSE_JSON)
    task = BackgroundTask(print)
    touched = SubResponse(APPLICATION_JSON)
    touched.status_code = 202
    touched.headers["cache-control"] = "no-store"
    touched.headers["vary"] = "Origin"
    touched.background = task

    # when each is merged into the response
    untouched = with_sub_response(b"{}", 200, GRAPHQL_RESPONSE_JSON, plain)
    merged = with_sub_response(b'{"data":{}}', 200, APPLICATION_JSON, touched)

    # then the plain one has nothing but the body's headers and Vary: Accept
    assert untouched.status_code == 200 and untouched.background is None
    assert untouched.raw_headers == [
        (b"content-length", b"2"),
        (b"content-type", GRAPHQL_RESPONSE_JSON.encode()),
        (b"vary", b"Accept"),
    ]
    # and the resolver's status, headers and task win, its Vary keeping Origin
    assert merged.status_code == 202 and merged.background is task
    assert merged.headers["cache-control"] == "no-store"
    assert merged.headers.getlist("vary") == ["Origin, Accept"]
    assert merged.headers["content-length"] == "11" and merged.headers["content-type"] == APPLICATION_JSON
