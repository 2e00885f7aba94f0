"""Persisted operations: Apollo's APQ hash protocol and a trusted-documents manifest
(persisted.py), over GET, POST and the WebSocket."""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import websockets

from graphql_http import GRAPHQL_RESPONSE_JSON
from models.access import Role
from persisted import load_manifest
from settings import Settings
from tests.fixtures.catalog import without_cost
from tests.fixtures.database import make_token
from tests.fixtures.server import Server, serve_clean, serve_in_process

TYPENAME = "query Typename { __typename }"
TRUSTED = "query Trusted { __typename }"


def sha256(document: str) -> str:
    return hashlib.sha256(document.encode()).hexdigest()


def apq(document: str) -> dict[str, Any]:
    return {"persistedQuery": {"version": 1, "sha256Hash": sha256(document)}}


async def post(server: Server, body: dict[str, Any], *, accept: str | None = None) -> tuple[int, dict[str, Any]]:
    headers = {"Accept": accept} if accept else {}
    response = await server.http.post("/graphql", json=body, headers=headers)
    return response.status_code, without_cost(response.json())


def codes(body: dict[str, Any]) -> list[str]:
    return [error["extensions"]["code"] for error in body["errors"]]


@pytest.mark.parametrize("accept", [None, GRAPHQL_RESPONSE_JSON])
async def test_an_unknown_hash_is_not_found_then_registered_with_its_document(server: Server, accept: str) -> None:
    hash_only = {"extensions": apq(TYPENAME)}

    first = await post(server, hash_only, accept=accept)
    registered = await post(server, {"query": TYPENAME, "extensions": apq(TYPENAME)}, accept=accept)
    again = await post(server, hash_only, accept=accept)

    # 200 whatever the Accept header: Apollo Client turns APQ off for good on a 400.
    assert first == (
        200,
        {"errors": [{"message": "PersistedQueryNotFound", "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"}}]},
    )
    assert registered == again == (200, {"data": {"__typename": "Query"}})


async def test_a_registered_hash_runs_over_get(server: Server) -> None:
    await post(server, {"query": TYPENAME, "extensions": apq(TYPENAME)})

    # A browser-like Accept (*/*) must not get the IDE for a GET that names a hash.
    response = await server.http.get(
        "/graphql", params={"extensions": json.dumps(apq(TYPENAME))}, headers={"Accept": "*/*"}
    )

    assert response.status_code == 200, response.text
    assert without_cost(response.json()) == {"data": {"__typename": "Query"}}


async def test_a_document_that_does_not_match_its_hash_is_refused_and_not_registered(server: Server) -> None:
    lying = {"query": "{ __schema { queryType { name } } }", "extensions": apq(TYPENAME)}

    status, body = await post(server, lying)
    after = await post(server, {"extensions": apq(TYPENAME)})

    assert status == 400
    assert codes(body) == ["PERSISTED_QUERY_HASH_MISMATCH"]
    assert codes(after[1]) == ["PERSISTED_QUERY_NOT_FOUND"]


@pytest.mark.parametrize(
    ("persisted_query", "code"),
    [
        ({"version": 2, "sha256Hash": sha256(TYPENAME)}, "PERSISTED_QUERY_NOT_SUPPORTED"),
        ({"version": 1, "sha256Hash": "not-a-hash"}, "BAD_REQUEST"),
        ({"version": 1}, "BAD_REQUEST"),
        ("abc", "BAD_REQUEST"),
    ],
    ids=["version", "hash-format", "no-hash", "not-an-object"],
)
async def test_malformed_persisted_queries_are_400_with_a_code(server: Server, persisted_query: Any, code: str) -> None:
    status, body = await post(server, {"extensions": {"persistedQuery": persisted_query}})

    assert status == 400
    assert codes(body) == [code]
    assert "ersistedQuery" in body["errors"][0]["message"]  # says what is wrong with it


@pytest.fixture
def manifest(tmp_path: Path) -> Path:
    path = tmp_path / "persisted-documents.json"
    path.write_text(json.dumps({sha256(TRUSTED): TRUSTED}))
    return path


@pytest.fixture
async def persisted_only(settings: Settings, manifest: Path) -> AsyncIterator[Server]:
    only = settings.model_copy(update={"persisted_documents": manifest, "persisted_only": True})
    async with serve_clean(only) as running:
        yield running


async def test_the_manifests_documents_run_by_hash_without_registration(settings: Settings, manifest: Path) -> None:
    async with serve_clean(settings.model_copy(update={"persisted_documents": manifest})) as server:
        by_hash = await post(server, {"extensions": apq(TRUSTED)})
        free_text = await post(server, {"query": TYPENAME})

    assert by_hash == free_text == (200, {"data": {"__typename": "Query"}})


async def test_persisted_only_runs_the_manifest_and_refuses_anything_else(persisted_only: Server) -> None:
    by_hash = await post(persisted_only, {"extensions": apq(TRUSTED)})
    as_text = await post(persisted_only, {"query": TRUSTED})
    over_get = await persisted_only.http.get("/graphql", params={"extensions": json.dumps(apq(TRUSTED))})
    free_text = await post(persisted_only, {"query": TYPENAME})
    registration = await post(persisted_only, {"query": TYPENAME, "extensions": apq(TYPENAME)})
    unknown_hash = await post(persisted_only, {"extensions": apq(TYPENAME)})
    free_get = await persisted_only.http.get("/graphql", params={"query": TYPENAME})

    assert by_hash == as_text == (200, {"data": {"__typename": "Query"}})
    assert without_cost(over_get.json()) == {"data": {"__typename": "Query"}}
    for status, body in (free_text, registration, unknown_hash):
        assert status == 400
        assert codes(body) == ["PERSISTED_QUERY_NOT_IN_LIST"]
    assert free_get.status_code == 400
    assert codes(free_get.json()) == ["PERSISTED_QUERY_NOT_IN_LIST"]


def test_a_manifest_whose_keys_are_not_sha256_is_refused_at_start(tmp_path: Path) -> None:
    sha1_keyed = tmp_path / "persisted-documents.json"
    sha1_keyed.write_text(json.dumps({hashlib.sha1(TRUSTED.encode()).hexdigest(): TRUSTED}))

    with pytest.raises(ValueError, match="is not the sha256 of its document"):
        load_manifest(sha1_keyed)


def test_persisted_only_without_a_manifest_is_refused(settings: Settings) -> None:
    with pytest.raises(ValueError, match="OMS_PERSISTED_ONLY needs OMS_PERSISTED_DOCUMENTS"):
        Settings(**{**settings.model_dump(), "persisted_only": True})


async def _over_websocket(server: Server, payload: dict[str, Any]) -> dict[str, Any]:
    token = await make_token(Role.ADMIN)
    async with websockets.connect(server.ws_url, subprotocols=["graphql-transport-ws"]) as ws:  # type: ignore[list-item]
        await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}))
        assert json.loads(await asyncio.wait_for(ws.recv(), 10))["type"] == "connection_ack"
        await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": payload}))
        message: dict[str, Any] = json.loads(await asyncio.wait_for(ws.recv(), 10))
        return message


@pytest.mark.live_server
async def test_persisted_queries_over_the_websocket(server: Server) -> None:
    unknown = await _over_websocket(server, {"extensions": apq(TYPENAME)})
    registered = await _over_websocket(server, {"query": TYPENAME, "extensions": apq(TYPENAME)})
    by_hash = await _over_websocket(server, {"extensions": apq(TYPENAME)})

    assert unknown["type"] == "error"
    assert [error["extensions"]["code"] for error in unknown["payload"]] == ["PERSISTED_QUERY_NOT_FOUND"]
    assert registered["type"] == by_hash["type"] == "next"
    assert registered["payload"]["data"] == by_hash["payload"]["data"] == {"__typename": "Query"}


async def test_a_document_that_fails_validation_is_not_registered(server: Server) -> None:
    invalid = "query Invalid { noSuchField }"

    sent = await post(server, {"query": invalid, "extensions": apq(invalid)})
    by_hash = await post(server, {"extensions": apq(invalid)})

    assert sent[0] == 200 and sent[1]["errors"]
    assert codes(by_hash[1]) == ["PERSISTED_QUERY_NOT_FOUND"]


@pytest.mark.postgres
async def test_a_document_registered_with_one_worker_runs_by_hash_on_another(server: Server) -> None:
    # A second app on the same settings: another worker process, sharing Redis.
    async with serve_in_process(server.settings) as other:
        await post(server, {"query": TYPENAME, "extensions": apq(TYPENAME)})
        on_the_other = await post(other, {"extensions": apq(TYPENAME)})

    assert on_the_other == (200, {"data": {"__typename": "Query"}})
