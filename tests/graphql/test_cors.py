"""CORS headers for browser apps on other origins (OMS_CORS_ORIGINS): the preflight and the
answer, for an allowed origin and for one that is not (a browser test: tests/browser)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from settings import Settings
from tests.fixtures.server import serve_clean

SHOP = "https://shop.example.com"
ADMIN = "https://admin.example.com"
PREFLIGHT = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization,content-type"}


async def test_a_preflight_from_an_allowed_origin_is_answered_and_cacheable(settings: Settings) -> None:
    async with serve_clean(settings.model_copy(update={"cors_origins": f"{SHOP}, {ADMIN}/"})) as server:
        answer = await server.http.options("/graphql", headers={"Origin": ADMIN, **PREFLIGHT})

    assert answer.status_code == 200
    assert answer.headers["access-control-allow-origin"] == ADMIN
    assert "POST" in answer.headers["access-control-allow-methods"]
    assert "authorization" in answer.headers["access-control-allow-headers"].lower()
    assert answer.headers["access-control-max-age"] == "600"
    assert "access-control-allow-credentials" not in answer.headers


async def test_a_picker_app_in_a_browser_may_name_its_picker(settings: Settings) -> None:
    """A scanner app on an allowed origin signs its picker in with X-Operator (the scan log
    and the audit say who); the preflight must let that header through."""
    scanner = "https://scan.example.com"
    ask = {**PREFLIGHT, "Access-Control-Request-Headers": "authorization,content-type,x-operator"}
    async with serve_clean(settings.model_copy(update={"cors_origins": scanner})) as server:
        answer = await server.http.options("/graphql", headers={"Origin": scanner, **ask})

    assert answer.status_code == 200, answer.text
    assert "x-operator" in answer.headers["access-control-allow-headers"].lower()


async def test_an_answer_to_an_allowed_origin_names_it_and_exposes_retry_after(settings: Settings) -> None:
    async with serve_clean(settings.model_copy(update={"cors_origins": SHOP})) as server:
        answer = await server.http.post("/graphql", json={"query": "{ __typename }"}, headers={"Origin": SHOP})

    assert answer.status_code == 200
    assert answer.headers["access-control-allow-origin"] == SHOP
    assert "retry-after" in answer.headers["access-control-expose-headers"].lower()


async def test_another_origin_gets_no_cors_headers(settings: Settings) -> None:
    async with serve_clean(settings.model_copy(update={"cors_origins": SHOP})) as server:
        preflight = await server.http.options("/graphql", headers={"Origin": "https://evil.example", **PREFLIGHT})
        answer = await server.http.post(
            "/graphql", json={"query": "{ __typename }"}, headers={"Origin": "https://evil.example"}
        )

    assert preflight.status_code == 400
    assert "access-control-allow-origin" not in preflight.headers
    assert "access-control-allow-origin" not in answer.headers


async def test_without_configured_origins_there_is_no_cors(settings: Settings) -> None:
    async with serve_clean(settings) as server:
        answer = await server.http.options("/graphql", headers={"Origin": SHOP, **PREFLIGHT})

    assert "access-control-allow-origin" not in answer.headers


def test_any_origin_with_credentials_is_refused_in_production() -> None:
    with pytest.raises(ValidationError, match="refused in production"):
        Settings(env="production", cors_origins="*", cors_allow_credentials=True, secret_key="x" * 40)

    # Any origin without credentials (bearer tokens only) is allowed; so is a named list with them
    assert Settings(env="production", cors_origins="*", secret_key="x" * 40).cors_origin_list == ["*"]
    assert Settings(env="production", cors_origins=SHOP, cors_allow_credentials=True, secret_key="x" * 40)
