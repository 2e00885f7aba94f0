"""Abuse limits: query depth, aliases, tokens, body size, page size; clear errors, never a 500."""

from __future__ import annotations

from typing import Any

from tests.fixtures.server import Server


async def test_a_too_deep_query_is_refused(server: Server, admin_token: str) -> None:
    deep = "{ orders { edges { node { lines { id } channel { id } " + "customer { id } " + "} } } }"
    nested = '{ node(id: "x") { ... on Order { ' + "channel { id } " * 1 + " } } }"
    too_deep = "{ orders { edges { node {" + " shipments { order {" * 6 + " id" + " } }" * 6 + " } } } }"

    fine = await server.gql(deep, token=admin_token)
    fine_too = await server.gql(nested, token=admin_token)
    refused = await server.post(too_deep, token=admin_token)

    assert "errors" not in fine and "errors" not in fine_too
    assert refused.status_code in (200, 400)
    assert "exceeds maximum operation depth" in refused.json()["errors"][0]["message"]


async def test_too_many_aliases_are_refused(server: Server, admin_token: str) -> None:
    query = "{ " + " ".join(f"a{i}: viewer {{ role }}" for i in range(31)) + " }"

    body = (await server.post(query, token=admin_token)).json()

    assert "aliases" in body["errors"][0]["message"].lower()


async def test_too_many_tokens_are_refused(server: Server, admin_token: str) -> None:
    query = "{ viewer { " + " ".join(["role"] * 3100) + " } }"

    body = (await server.post(query, token=admin_token)).json()

    assert "token" in body["errors"][0]["message"].lower()


async def test_a_body_over_the_limit_is_413_before_it_is_read(server: Server, admin_token: str) -> None:
    padding = "x" * (1_048_576 + 10)

    response = await server.http.post(
        "/graphql",
        content=('{"query": "{ viewer { role } }", "extensions": {"pad": "' + padding + '"}}').encode(),
        headers={"Authorization": f"Bearer {admin_token}", "content-type": "application/json"},
    )

    assert response.status_code == 413


async def test_a_streamed_body_over_the_limit_is_413(server: Server, admin_token: str) -> None:
    async def chunks() -> Any:
        yield b'{"query": "{ viewer { role } }", "x": "'
        for _ in range(20):
            yield b"y" * 65_536
        yield b'"}'

    response = await server.http.post(
        "/graphql",
        content=chunks(),
        headers={"Authorization": f"Bearer {admin_token}", "content-type": "application/json"},
    )

    assert response.status_code == 413


async def test_batching_is_not_accepted(server: Server, admin_token: str) -> None:
    response = await server.http.post(
        "/graphql",
        json=[{"query": "{ viewer { role } }"}, {"query": "{ viewer { role } }"}],
        headers={"Authorization": f"Bearer {admin_token}"},
    )

    assert response.status_code == 400
