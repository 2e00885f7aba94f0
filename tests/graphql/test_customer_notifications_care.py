# ruff: noqa: RUF001  (the Chinese templates use full-width punctuation, as Chinese text should)
"""The customer notifications of support and delivery trouble (issue 14): a staff reply to a
ticket (TICKET_REPLY) and a carrier moving a shipment's ETA to a later day (ORDER_DELAYED), each
delivered to the shop's provider (a real local receiver) from its template, in the customer's
language; a customer's own reply and an ETA on the same or an earlier day send nothing; an
opt-out of the kind is respected."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from models.access import Role
from models.customers import CustomerNotification
from tests.fixtures.backends import Backends
from tests.fixtures.catalog import place
from tests.fixtures.customers import messages, provider, shop
from tests.fixtures.database import make_token
from tests.fixtures.fulfilment import claimed, dispatched, packed, pick_all, seed_fulfilment, track
from tests.fixtures.server import Server
from tests.fixtures.stock import USER_ERRORS, call
from tests.fixtures.tickets import OPEN_SHORT, REPLY_SHORT, ticket_call
from tests.fixtures.waiting import eventually
from tests.fixtures.webhook_receiver import Receiver

PREFERENCES = (
    """mutation($i: CustomerNotificationPreferencesUpdateInput!) {
  customerNotificationPreferencesUpdate(input: $i) { preferences { optedOut language } %s } }"""
    % USER_ERRORS
)


@pytest.fixture
def hooks() -> Iterator[Receiver]:
    with provider() as running:
        yield running


async def prefer(server: Server, token: str, **choice: Any) -> None:
    payload = await call(server, token, PREFERENCES, {"i": choice}, "customerNotificationPreferencesUpdate")
    assert payload["userErrors"] == [], payload


async def open_and_answer(server: Server, admin: str, ada: str, order_id: str) -> dict[str, Any]:
    """ada opens a complaint about her order and writes again; staff answer once; returns the ticket."""
    opened = {
        "subject": "Box arrived crushed",
        "message": "The box was crushed.",
        "kind": "COMPLAINT",
        "order": order_id,
    }
    ticket: dict[str, Any] = (await ticket_call(server, ada, OPEN_SHORT, "ticketOpen", opened))["ticket"]
    await ticket_call(server, ada, REPLY_SHORT, "ticketReply", {"id": ticket["id"], "message": "Photos attached."})
    answer = {"id": ticket["id"], "message": "Sorry! A replacement is on its way."}
    await ticket_call(server, admin, REPLY_SHORT, "ticketReply", answer)
    return ticket


async def test_a_staff_reply_reaches_the_customer_in_their_language_and_their_own_does_not(
    backends: Backends, hooks: Receiver
) -> None:
    async with shop(backends, hooks) as server:
        admin = await make_token(Role.ADMIN)
        await seed_fulfilment(admin)
        order = (await place(server, admin, externalRef="ADA-1"))["order"]
        ada = await make_token(Role.CUSTOMER, "ada@example.com")
        await prefer(server, ada, language="zh")

        # when ada complains, writes again, and staff answer
        ticket = await open_and_answer(server, admin, ada, order["id"])
        replies = await eventually(lambda: messages(hooks, kind="TICKET_REPLY"), what="the reply notification")
        recorded = await CustomerNotification.filter(kind="TICKET_REPLY").count()

    # then one notification went out, for staff's answer only, in Chinese from its template
    assert recorded == 1
    [reply] = replies
    pk = int(reply["data"]["ticket"])
    assert reply["to"] == "ada@example.com" and reply["language"] == "zh"
    assert reply["subject"] == "回复：Box arrived crushed"
    assert (
        reply["body"] == f"我们已回复您的客服工单 #{pk}「Box arrived crushed」：\n\nSorry! A replacement is on its way."
    )
    assert reply["data"]["number"] == order["number"] and ticket["id"]


async def test_a_customer_who_opts_out_of_ticket_replies_gets_none(backends: Backends, hooks: Receiver) -> None:
    async with shop(backends, hooks) as server:
        admin = await make_token(Role.ADMIN)
        await seed_fulfilment(admin)
        order = (await place(server, admin, externalRef="ADA-1"))["order"]
        await eventually(lambda: messages(hooks, kind="ORDER_CONFIRMED"), what="the confirmation")
        ada = await make_token(Role.CUSTOMER, "ada@example.com")
        await prefer(server, ada, optedOut=["TICKET_REPLY"])

        await open_and_answer(server, admin, ada, order["id"])
        await eventually(
            lambda: CustomerNotification.filter(kind="TICKET_REPLY", status="SKIPPED").exists(),
            what="the reply notification skipped",
        )

    assert messages(hooks, kind="TICKET_REPLY") == []
    assert [m["kind"] for m in messages(hooks)] == ["ORDER_CONFIRMED"]


async def test_a_later_eta_tells_the_customer_of_the_delay_once(backends: Backends, hooks: Receiver) -> None:
    day = (datetime.now(UTC) + timedelta(days=3)).replace(hour=12, minute=0, second=0, microsecond=0)
    at = [(datetime.now(UTC) - timedelta(hours=5 - n)).isoformat() for n in range(4)]
    async with shop(backends, hooks) as server:
        admin = await make_token(Role.ADMIN)
        await seed_fulfilment(admin)
        order = (await place(server, admin, externalRef="ADA-1"))["order"]
        task = await claimed(server, admin, "east")
        await pick_all(server, admin, task)
        shipment = await packed(server, admin, task["id"])
        await dispatched(server, admin, shipment["id"], "ups", "1Z-LATE-1")

        # when the carrier gives an ETA, then a later hour of the same day, then two days later, then one day back
        for when, eta in zip(
            at, (day, day + timedelta(hours=6), day + timedelta(days=2), day + timedelta(days=1)), strict=True
        ):
            assert (await track(server, admin, "1Z-LATE-1", "IN_TRANSIT", when, eta=eta.isoformat()))[
                "userErrors"
            ] == []
        delayed = await eventually(lambda: messages(hooks, kind="ORDER_DELAYED"), what="the delay notification")
        recorded = await CustomerNotification.filter(kind="ORDER_DELAYED").count()

    # then the customer heard of the delay once, with both days, in English
    assert recorded == 1
    [message] = delayed
    late, before = (day + timedelta(days=2)).date().isoformat(), day.date().isoformat()
    assert message["subject"] == f"Order {order['number']} is running late"
    assert f"on {late} instead of {before}" in message["body"]
    assert "https://track.example.com/1Z-LATE-1" in message["body"]
    assert message["data"] == {
        "number": order["number"],
        "tracking_number": "1Z-LATE-1",
        "eta": late,
        "previous_eta": before,
    }
