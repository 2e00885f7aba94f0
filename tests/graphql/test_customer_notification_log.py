"""The notification log (`customerNotifications`): staff read every customer's messages and
why one was not sent, a customer only their own and no provider errors, other roles nothing;
a sign-in code is never shown, sent or not."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from models.access import Role
from tests.fixtures.backends import Backends
from tests.fixtures.catalog import create_catalog, place
from tests.fixtures.customers import messages, provider, shop, start
from tests.fixtures.database import make_token
from tests.fixtures.server import Server
from tests.fixtures.stock import USER_ERRORS, call
from tests.fixtures.waiting import eventually
from tests.fixtures.webhook_receiver import Receiver

LOG = """query($f: CustomerNotificationFilter) { customerNotifications(filter: $f, first: 20) {
  totalCount edges { node { email kind language status attempts lastError data sentAt } } } }"""
PREFERENCES = (
    """mutation($i: CustomerNotificationPreferencesUpdateInput!) {
  customerNotificationPreferencesUpdate(input: $i) { preferences { optedOut } %s } }"""
    % USER_ERRORS
)


@pytest.fixture
def hooks() -> Iterator[Receiver]:
    with provider() as running:
        yield running


async def log(server: Server, token: str, **filter: Any) -> list[dict[str, Any]]:
    page = await call(server, token, LOG, {"f": filter or None}, "customerNotifications")
    assert page["totalCount"] == len(page["edges"])
    return [edge["node"] for edge in page["edges"]]


async def test_staff_read_every_customers_messages_and_why_one_was_not_sent(
    backends: Backends, hooks: Receiver
) -> None:
    async with shop(backends, hooks) as server:
        admin = await make_token(Role.ADMIN)
        await create_catalog(server, admin)
        ada = await make_token(Role.CUSTOMER, "ada@example.com")
        # given ada opted out of order confirmations, and ada then bob placed an order
        await call(
            server, ada, PREFERENCES, {"i": {"optedOut": ["ORDER_CONFIRMED"]}}, "customerNotificationPreferencesUpdate"
        )
        numbers = [
            (await place(server, admin, externalRef=f"LOG-{who}", customer={"email": f"{who}@example.com"}))["order"][
                "number"
            ]
            for who in ("ada", "bob")
        ]
        await eventually(lambda: messages(hooks, kind="ORDER_CONFIRMED"), what="bob's confirmation")
        # and bob asked for a sign-in code
        assert (await start(server, "bob@example.com"))["data"]["customerSignInStart"]["userErrors"] == []
        await eventually(lambda: messages(hooks, kind="SIGN_IN_CODE"), what="bob's code")

        # when staff read the log, all of it and filtered; ada reads hers; a warehouse token tries
        every = await eventually(lambda: _settled_log(server, admin), what="three messages settled")
        skipped = await log(server, admin, status="SKIPPED")
        bobs = await log(server, admin, email="BOB@example.com ")
        codes = await log(server, admin, kind="SIGN_IN_CODE")
        own = await log(server, ada)
        not_hers = await log(server, ada, email="bob@example.com")
        warehouse = await server.gql(LOG, {"f": None}, token=await make_token(Role.WAREHOUSE, "east"))

    # then staff see the three messages, newest first, with the opt-out as the reason ada's was skipped
    assert [(r["email"], r["kind"], r["status"]) for r in every] == [
        ("bob@example.com", "SIGN_IN_CODE", "SENT"),
        ("bob@example.com", "ORDER_CONFIRMED", "SENT"),
        ("ada@example.com", "ORDER_CONFIRMED", "SKIPPED"),
    ]
    assert every[2]["lastError"] == "opted out" and every[2]["sentAt"] is None
    assert every[1]["data"]["number"] == numbers[1] and every[1]["sentAt"] is not None
    assert [r["email"] for r in skipped] == ["ada@example.com"]
    assert [r["kind"] for r in bobs] == ["SIGN_IN_CODE", "ORDER_CONFIRMED"]
    # a sign-in code is never in the log
    assert [set(r["data"]) for r in codes] == [{"minutes"}]
    # ada sees her own message only, without the provider's reason, and nobody else's
    assert [(r["email"], r["kind"], r["lastError"]) for r in own] == [("ada@example.com", "ORDER_CONFIRMED", None)]
    assert own[0]["data"]["number"] == numbers[0]
    assert not_hers == []
    assert warehouse["data"] is None and warehouse["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def _settled_log(server: Server, token: str) -> list[dict[str, Any]] | None:
    rows = await log(server, token)
    return rows if len(rows) == 3 and all(r["status"] != "PENDING" for r in rows) else None


async def test_a_pending_sign_in_code_is_not_shown_to_staff(server: Server, admin_token: str) -> None:
    # given a customer, and a sign-in code waiting for the provider (none is configured)
    await create_catalog(server, admin_token)
    await place(server, admin_token, externalRef="LOG-1")
    assert (await start(server, "ada@example.com"))["data"]["customerSignInStart"]["userErrors"] == []

    # when staff read the log
    [code] = await log(server, admin_token, kind="SIGN_IN_CODE")

    # then the message is there, pending, without its code
    assert (code["email"], code["status"], code["sentAt"]) == ("ada@example.com", "PENDING", None)
    assert "code" not in code["data"] and code["data"]["minutes"] >= 1
