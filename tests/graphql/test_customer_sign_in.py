"""Customers sign themselves in without passwords (issue 14): a one-time code sent through the
notifier, traded once for a short-lived CUSTOMER token and a rotating refresh token; storefronts
exchange their own session for a customer token of their channel. Through the real app, with
the shop's provider a real local receiver."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from models.access import Role
from models.customers import CustomerRefreshToken, SignInCode
from tests.fixtures.backends import Backends
from tests.fixtures.catalog import place, seed_catalog
from tests.fixtures.customers import (
    EXCHANGE,
    MY_ORDERS,
    REFRESH,
    VIEWER,
    code_for,
    finish,
    messages,
    provider,
    shop,
    signed_in,
    start,
)
from tests.fixtures.database import SqlCounter, make_token
from tests.fixtures.server import Server
from tests.fixtures.waiting import eventually
from tests.fixtures.webhook_receiver import Receiver

WRONG_CODE = [
    {"field": ["code"], "message": "The code is wrong, used or expired; ask for a new one.", "code": "INVALID"}
]
WRONG_REFRESH = [
    {
        "field": ["refreshToken"],
        "message": "The refresh token is unknown, used or expired; sign in again.",
        "code": "INVALID",
    }
]


@pytest.fixture
def hooks() -> Iterator[Receiver]:
    with provider() as running:
        yield running


@pytest.fixture
async def server(backends: Backends, hooks: Receiver) -> AsyncIterator[Server]:
    async with shop(backends, hooks) as running:
        yield running


@pytest.fixture
async def admin(server: Server) -> str:
    token = await make_token(Role.ADMIN)
    await seed_catalog(token)
    return token


async def test_a_customer_signs_in_with_the_code_sent_to_their_email_and_sees_their_own_orders(
    server: Server, hooks: Receiver, admin: str
) -> None:
    # given ada has an order and bob another
    ada_order = (await place(server, admin, externalRef="ADA-1"))["order"]
    await place(server, admin, externalRef="BOB-1", customer={"email": "bob@example.com", "name": "Bob"})

    # when ada asks for a code, reads it in the message, and trades it
    started = await start(server, " Ada@Example.com ")
    code = await code_for(hooks, "ada@example.com")
    body = await finish(server, "ada@example.com", code)

    # then the start said only how long the code works, the message was the sign-in template
    assert started == {"data": {"customerSignInStart": {"codeExpiresInSeconds": 600, "userErrors": []}}}
    (message,) = messages(hooks, kind="SIGN_IN_CODE")
    assert message["subject"] == f"Your sign-in code: {code}"
    assert message["language"] == "en" and message["to"] == "ada@example.com"
    assert "code" not in message["data"], "the code travels in the text only"
    # and the session is a short-lived CUSTOMER token for ada with a refresh token
    payload = body["data"]["customerSignInFinish"]
    assert payload["userErrors"] == []
    session = payload["session"]
    assert session["email"] == "ada@example.com"
    assert session["token"].startswith("oms_") and session["refreshToken"].startswith("omsr_")
    expires = datetime.fromisoformat(session["expiresAt"])
    assert timedelta(minutes=14) < expires - datetime.now(UTC) <= timedelta(minutes=15)
    assert (await server.gql(VIEWER, token=session["token"]))["data"] == {
        "viewer": {"role": "CUSTOMER", "scope": "ada@example.com"}
    }
    mine = (await server.gql(MY_ORDERS, token=session["token"]))["data"]["myOrders"]
    assert mine["totalCount"] == 1
    assert [e["node"]["number"] for e in mine["edges"]] == [ada_order["number"]]
    # and only a hash of the code was ever stored
    stored = await SignInCode.get(email="ada@example.com")
    assert code not in stored.code_hash and stored.used_at is not None


async def test_a_code_works_once(server: Server, hooks: Receiver, admin: str) -> None:
    # given ada signed in with a code
    await place(server, admin)
    await start(server, "ada@example.com")
    code = await code_for(hooks, "ada@example.com")
    assert (await finish(server, "ada@example.com", code))["data"]["customerSignInFinish"]["userErrors"] == []

    # when the same code is presented again
    again = await finish(server, "ada@example.com", code)

    # then it is refused, with no session
    assert again["data"]["customerSignInFinish"] == {"session": None, "userErrors": WRONG_CODE}


async def test_an_expired_code_is_refused(server: Server, hooks: Receiver, admin: str) -> None:
    # given ada's code, whose ten minutes have passed
    await place(server, admin)
    await start(server, "ada@example.com")
    code = await code_for(hooks, "ada@example.com")
    await SignInCode.filter(email="ada@example.com").update(expires_at=datetime.now(UTC) - timedelta(seconds=1))

    # when she presents it
    late = await finish(server, "ada@example.com", code)

    # then it is refused
    assert late["data"]["customerSignInFinish"] == {"session": None, "userErrors": WRONG_CODE}


async def test_wrong_codes_spend_the_code_after_five_tries(server: Server, hooks: Receiver, admin: str) -> None:
    # given ada's code
    await place(server, admin)
    await start(server, "ada@example.com")
    code = await code_for(hooks, "ada@example.com")
    wrong = "000000" if code != "000000" else "111111"

    # when five wrong codes are tried, then the right one
    answers = [await finish(server, "ada@example.com", wrong) for _ in range(5)]
    right = await finish(server, "ada@example.com", code)

    # then each wrong one was refused, and the right one no longer works either
    assert all(a["data"]["customerSignInFinish"]["userErrors"] == WRONG_CODE for a in answers)
    assert right["data"]["customerSignInFinish"] == {"session": None, "userErrors": WRONG_CODE}


async def test_the_answer_is_the_same_whether_or_not_the_email_has_orders(
    server: Server, hooks: Receiver, admin: str, sql_counter: SqlCounter
) -> None:
    # given ada has ordered and nobody@ never has
    await place(server, admin)

    # when each asks for a code (from different addresses), counting what the server does
    sql_counter.statements.clear()
    known = await start(server, "ada@example.com", address="198.51.100.1")
    known_sql = list(sql_counter.statements)
    sql_counter.statements.clear()
    unknown = await start(server, "nobody@example.com", address="198.51.100.2")
    unknown_sql = list(sql_counter.statements)

    # then the answers are the same, and so is the work done for them (same statements)
    assert known == unknown == {"data": {"customerSignInStart": {"codeExpiresInSeconds": 600, "userErrors": []}}}
    assert known_sql == unknown_sql
    # and only the customer gets a message: the unknown email's notification is skipped
    await code_for(hooks, "ada@example.com")
    from models.customers import CustomerNotification

    skipped = await eventually(
        lambda: CustomerNotification.filter(email="nobody@example.com", status="SKIPPED").first(),
        what="the unknown email's notification is skipped",
    )
    assert skipped.last_error == "no such customer" and "code" not in skipped.data
    assert messages(hooks, to="nobody@example.com") == []


async def test_codes_are_rate_limited_per_email_and_per_address(backends: Backends, hooks: Receiver) -> None:
    async with shop(
        backends, hooks, sign_in_codes_per_email_per_hour=2, sign_in_codes_per_address_per_hour=3
    ) as server:
        # when ada's email asks three times from three addresses
        per_email = [await start(server, "ada@example.com", address=f"203.0.113.{n}") for n in (1, 2, 3)]
        # and one address asks for three other emails, then a fourth
        per_address = [await start(server, f"c{n}@example.com", address="203.0.113.50") for n in range(4)]

    # then the email's third request and the address's fourth are THROTTLED (same for any email)
    assert [a.get("errors", [{}])[0].get("extensions", {}).get("code") for a in per_email] == [None, None, "THROTTLED"]
    assert per_email[2]["errors"][0]["message"].startswith("Too many sign-in codes for this email")
    codes = [a.get("errors", [{}])[0].get("extensions", {}).get("code") for a in per_address]
    assert codes == [None, None, None, "THROTTLED"]
    assert per_address[3]["errors"][0]["message"].startswith("Too many sign-in codes from this address")


async def test_sign_in_attempts_are_rate_limited_per_address(backends: Backends, hooks: Receiver) -> None:
    async with shop(backends, hooks, sign_in_attempts_per_address_per_hour=2) as server:
        tries = [await finish(server, "ada@example.com", "123456", address="203.0.113.9") for _ in range(3)]
        elsewhere = await finish(server, "ada@example.com", "123456", address="203.0.113.10")

    assert [t["data"]["customerSignInFinish"]["userErrors"] for t in tries[:2]] == [WRONG_CODE, WRONG_CODE]
    assert tries[2]["errors"][0]["extensions"]["code"] == "THROTTLED"
    assert elsewhere["data"]["customerSignInFinish"]["userErrors"] == WRONG_CODE


async def test_refresh_rotates_and_a_spent_refresh_token_spends_its_chain(
    server: Server, hooks: Receiver, admin: str
) -> None:
    # given ada's session
    await place(server, admin)
    first = await signed_in(server, hooks, "ada@example.com")

    # when she refreshes it
    rotated = (await server.gql(REFRESH, {"i": {"refreshToken": first["refreshToken"]}}))["data"][
        "customerTokenRefresh"
    ]

    # then a new pair comes back and the new token works
    assert rotated["userErrors"] == []
    second = rotated["session"]
    assert second["token"] != first["token"] and second["refreshToken"] != first["refreshToken"]
    assert (await server.gql(VIEWER, token=second["token"]))["data"]["viewer"]["scope"] == "ada@example.com"

    # when the first refresh token is presented again (stolen, say)
    reused = (await server.gql(REFRESH, {"i": {"refreshToken": first["refreshToken"]}}))["data"]["customerTokenRefresh"]
    # then it is refused, and the chain it belongs to is spent: the second one no longer works
    after = (await server.gql(REFRESH, {"i": {"refreshToken": second["refreshToken"]}}))["data"]["customerTokenRefresh"]
    assert reused == {"session": None, "userErrors": WRONG_REFRESH}
    assert after == {"session": None, "userErrors": WRONG_REFRESH}
    # and nothing but hashes was stored
    stored = await CustomerRefreshToken.all().values_list("token_hash", flat=True)
    assert first["refreshToken"] not in stored and second["refreshToken"] not in stored


async def test_an_expired_or_unknown_refresh_token_is_refused(server: Server, hooks: Receiver, admin: str) -> None:
    await place(server, admin)
    session = await signed_in(server, hooks, "ada@example.com")
    await CustomerRefreshToken.all().update(expires_at=datetime.now(UTC) - timedelta(seconds=1))

    expired = (await server.gql(REFRESH, {"i": {"refreshToken": session["refreshToken"]}}))["data"]
    unknown = (await server.gql(REFRESH, {"i": {"refreshToken": "omsr_nothing"}}))["data"]

    assert expired["customerTokenRefresh"] == {"session": None, "userErrors": WRONG_REFRESH}
    assert unknown["customerTokenRefresh"] == {"session": None, "userErrors": WRONG_REFRESH}


async def test_a_storefront_exchanges_its_session_for_a_customer_token_of_its_own_channel(
    server: Server, hooks: Receiver, admin: str
) -> None:
    # given ada ordered on web and on market
    on_web = (await place(server, admin, externalRef="ADA-WEB"))["order"]
    on_market = (await place(server, admin, channel="market", externalRef="ADA-MKT"))["order"]
    web = await make_token(Role.CHANNEL, "web")

    # when the web storefront, which signed ada in itself, asks for her customer token
    body = await server.gql(EXCHANGE, {"i": {"email": "ADA@example.com"}}, token=web)
    payload: dict[str, Any] = body["data"]["customerTokenCreate"]

    # then the token is ada's, and sees her web orders only (market's look absent)
    assert payload["userErrors"] == []
    token = payload["session"]["token"]
    mine = (await server.gql(MY_ORDERS, token=token))["data"]["myOrders"]
    assert [e["node"]["number"] for e in mine["edges"]] == [on_web["number"]]
    assert mine["totalCount"] == 1
    lookup = "query($n: String!) { orderByNumber(number: $n) { number } }"
    assert (await server.gql(lookup, {"n": on_market["number"]}, token=token))["data"] == {"orderByNumber": None}
    # and its refresh keeps it to the channel
    rotated = (await server.gql(REFRESH, {"i": {"refreshToken": payload["session"]["refreshToken"]}}))["data"]
    again = rotated["customerTokenRefresh"]["session"]["token"]
    assert (await server.gql(MY_ORDERS, token=again))["data"]["myOrders"]["totalCount"] == 1
    # while ada's own sign-in sees both
    own = await signed_in(server, hooks, "ada@example.com")
    assert (await server.gql(MY_ORDERS, token=own["token"]))["data"]["myOrders"]["totalCount"] == 2


async def test_bad_emails_are_refused_naming_the_field(server: Server, admin: str) -> None:
    body = await start(server, "not-an-email")
    assert body["data"]["customerSignInStart"] == {
        "codeExpiresInSeconds": None,
        "userErrors": [{"field": ["email"], "message": "email must be an email address.", "code": "INVALID"}],
    }
    language = await start(server, "ada@example.com", language="fr")
    assert language["data"]["customerSignInStart"]["userErrors"] == [
        {"field": ["language"], "message": "language must be one of en, zh.", "code": "INVALID"}
    ]
