"""The public orderTrack is rate limited per client address: all its lookups, its lookups
that match nothing (whatever the order number, so it cannot enumerate), and its misses of
one order number. Nobody else's misses lock a customer out of their own order.

Client addresses come from X-Forwarded-For when the connection is from a trusted proxy
(`forwarded_allow_ips`; the test client connects from 127.0.0.1, trusted by default), and
are the connection's own address otherwise.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from models.access import Role
from tests.fixtures.backends import Backends, settings_for
from tests.fixtures.catalog import place, seed_catalog
from tests.fixtures.database import make_token
from tests.fixtures.server import Server, serve_clean

TRACK = "query($n: String!, $e: String!) { orderTrack(number: $n, email: $e) { number status } }"


async def limited_server(backends: Backends, **limits: Any) -> AsyncIterator[Server]:
    async with serve_clean(settings_for(backends, **limits)) as server:
        yield server


@pytest.fixture
async def per_address(backends: Backends) -> AsyncIterator[Server]:
    async for server in limited_server(backends, track_lookups_per_minute=3, track_misses_per_hour=100):
        yield server


@pytest.fixture
async def per_number(backends: Backends) -> AsyncIterator[Server]:
    async for server in limited_server(
        backends, track_lookups_per_minute=100, track_misses_per_hour=3, track_address_misses_per_hour=100
    ):
        yield server


@pytest.fixture
async def per_address_misses(backends: Backends) -> AsyncIterator[Server]:
    async for server in limited_server(
        backends, track_lookups_per_minute=100, track_misses_per_hour=100, track_address_misses_per_hour=3
    ):
        yield server


@pytest.fixture
async def untrusted_proxy(backends: Backends) -> AsyncIterator[Server]:
    async for server in limited_server(
        backends, track_lookups_per_minute=3, track_misses_per_hour=100, forwarded_allow_ips="10.9.9.9"
    ):
        yield server


async def track(server: Server, number: str, email: str, *, client: str | None = None) -> dict[str, Any]:
    headers = {"X-Forwarded-For": client} if client else {}
    response: httpx.Response = await server.http.post(
        "/graphql", json={"query": TRACK, "variables": {"n": number, "e": email}}, headers=headers
    )
    body: dict[str, Any] = response.json()
    body.pop("extensions", None)
    # A throttled lookup is HTTP 429 with Retry-After (API.md, "Errors over HTTP")
    assert response.status_code == (429 if throttled(body) else 200), response.text
    assert ("retry-after" in response.headers) == throttled(body)
    return body


def throttled(body: dict[str, Any]) -> bool:
    errors = body.get("errors") or []
    return body.get("data") == {"orderTrack": None} and [e["extensions"]["code"] for e in errors] == ["THROTTLED"]


async def an_order(server: Server) -> str:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin)
    number: str = (await place(server, admin))["order"]["number"]
    return number


async def test_lookups_are_limited_per_client_address(per_address: Server) -> None:
    number = await an_order(per_address)

    allowed = [await track(per_address, number, "ada@example.com", client="203.0.113.1") for _ in range(3)]
    refused = await track(per_address, number, "ada@example.com", client="203.0.113.1")
    elsewhere = await track(per_address, number, "ada@example.com", client="203.0.113.2")

    assert [a["data"]["orderTrack"]["number"] for a in allowed] == [number] * 3
    assert throttled(refused), refused
    error = refused["errors"][0]
    assert error["message"].startswith("Too many tracking lookups from this address; try again in ")
    assert error["extensions"]["retryAfter"] >= 1
    assert elsewhere["data"]["orderTrack"]["number"] == number, "another address has its own budget"


async def test_failed_lookups_of_one_order_number_lock_it_for_that_address(per_number: Server) -> None:
    number = await an_order(per_number)
    digits = str(int(number.removeprefix("OG-")))

    # three guesses from one address, the number written three ways: one bucket
    misses = [
        await track(per_number, written, f"guess{i}@example.com", client="198.51.100.1")
        for i, written in enumerate([number, number.lower(), digits])
    ]
    locked = await track(per_number, number, "ada@example.com", client="198.51.100.1")
    other = await track(per_number, "OG-999999", "nobody@example.com", client="198.51.100.1")

    assert [m for m in misses] == [{"data": {"orderTrack": None}}] * 3
    assert throttled(locked), "even the right email waits once the number is locked for the guesser"
    assert locked["errors"][0]["message"].startswith("Too many failed lookups of this order number")
    assert other == {"data": {"orderTrack": None}}, "other numbers are not locked"


async def test_a_third_partys_misses_do_not_lock_the_customer_out(per_number: Server) -> None:
    number = await an_order(per_number)

    # Someone else guesses the email until the number is locked for them...
    for i in range(4):
        await track(per_number, number, f"guess{i}@example.com", client="198.51.100.66")
    guesser = await track(per_number, number, "ada@example.com", client="198.51.100.66")
    # ...and the customer, from their own address, still sees their order.
    customer = await track(per_number, number, "ada@example.com", client="192.0.2.10")

    assert throttled(guesser)
    assert customer["data"]["orderTrack"]["number"] == number, customer


async def test_failed_lookups_from_one_address_are_limited_across_order_numbers(per_address_misses: Server) -> None:
    # Enumeration: one address trying many numbers (one guess each) runs out, and then its
    # lookups wait, a right one included, so it cannot tell a hit from the refusal.
    number = await an_order(per_address_misses)

    misses = [
        await track(per_address_misses, f"OG-{900000 + i}", "ada@example.com", client="198.51.100.7") for i in range(3)
    ]
    refused = await track(per_address_misses, number, "ada@example.com", client="198.51.100.7")
    elsewhere = await track(per_address_misses, number, "ada@example.com", client="198.51.100.8")

    assert misses == [{"data": {"orderTrack": None}}] * 3
    assert throttled(refused), refused
    assert refused["errors"][0]["message"].startswith("Too many failed lookups from this address")
    assert elsewhere["data"]["orderTrack"]["number"] == number, "another address has its own budget"


async def test_successful_lookups_do_not_count_against_the_order_number(per_number: Server) -> None:
    number = await an_order(per_number)

    seen = [await track(per_number, number, "ada@example.com", client=f"192.0.2.{i}") for i in range(6)]

    assert [s["data"]["orderTrack"]["status"] for s in seen] == [seen[0]["data"]["orderTrack"]["status"]] * 6


async def test_forwarded_addresses_from_an_untrusted_peer_are_ignored(untrusted_proxy: Server) -> None:
    number = await an_order(untrusted_proxy)

    answers = [await track(untrusted_proxy, number, "ada@example.com", client=f"203.0.113.{i}") for i in range(4)]

    # 127.0.0.1 is not the trusted proxy: its X-Forwarded-For is not believed, one address.
    assert [throttled(a) for a in answers] == [False, False, False, True]
