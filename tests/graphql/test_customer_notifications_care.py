# ruff: noqa: RUF001  (the Chinese templates use full-width punctuation, as Chinese text should)
"""The customer notifications of support and delivery trouble (issue 14): a staff reply to a
ticket (TICKET_REPLY) and a carrier moving a shipment's ETA to a later day, or its ETA's day
passing without a delivery (ORDER_DELAYED), each
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
from services.eta_watch import notice_missed_etas
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


async def dispatched_to_ada(server: Server, tracking: str) -> tuple[str, dict[str, Any]]:
    """An ADMIN token, and ada's order, picked, packed and dispatched with UPS as `tracking`."""
    admin = await make_token(Role.ADMIN)
    await seed_fulfilment(admin)
    order: dict[str, Any] = (await place(server, admin, externalRef="ADA-1"))["order"]
    task = await claimed(server, admin, "east")
    await pick_all(server, admin, task)
    shipment = await packed(server, admin, task["id"])
    await dispatched(server, admin, shipment["id"], "ups", tracking)
    return admin, order


async def test_a_later_eta_tells_the_customer_of_the_delay_once(backends: Backends, hooks: Receiver) -> None:
    day = (datetime.now(UTC) + timedelta(days=3)).replace(hour=12, minute=0, second=0, microsecond=0)
    at = [(datetime.now(UTC) - timedelta(hours=5 - n)).isoformat() for n in range(4)]
    async with shop(backends, hooks) as server:
        admin, order = await dispatched_to_ada(server, "1Z-LATE-1")

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


async def test_an_eta_day_that_passes_without_a_delivery_tells_the_customer_once_per_eta(
    backends: Backends, hooks: Receiver
) -> None:
    yesterday = (datetime.now(UTC) - timedelta(days=1)).replace(hour=12, minute=0, second=0, microsecond=0)
    reported = (datetime.now(UTC) - timedelta(days=2)).isoformat()
    # given the alert-rules round running every 50 ms
    async with shop(backends, hooks, alert_rules_seconds=0.05) as server:
        admin, order = await dispatched_to_ada(server, "1Z-MISSED-1")

        # when the carrier's last word, two days ago, expected it yesterday, and nothing since
        assert (await track(server, admin, "1Z-MISSED-1", "IN_TRANSIT", reported, eta=yesterday.isoformat()))[
            "userErrors"
        ] == []
        [missed] = await eventually(lambda: messages(hooks, kind="ORDER_DELAYED"), what="the missed-ETA notification")
        # then the round that told the customer does not tell them again
        again = await notice_missed_etas()

        # and when the carrier then expects it in three days, the customer hears of the new day (the
        # existing ETA-later notice), and once that day has passed too, that it was missed again
        later = yesterday + timedelta(days=4)
        now = datetime.now(UTC).isoformat()
        assert (await track(server, admin, "1Z-MISSED-1", "IN_TRANSIT", now, eta=later.isoformat()))["userErrors"] == []
        await eventually(lambda: len(messages(hooks, kind="ORDER_DELAYED")) == 2 or None, what="the ETA-later notice")
        passed = await notice_missed_etas(later + timedelta(days=1))
        delayed = await eventually(
            lambda: ((found := messages(hooks, kind="ORDER_DELAYED")) and len(found) == 3 and found) or None,
            what="the second missed-ETA notification",
        )
        recorded = await CustomerNotification.filter(kind="ORDER_DELAYED").count()

    assert again == 0 and passed == 1 and recorded == 3
    assert missed["subject"] == f"Order {order['number']} is running late"
    assert missed["body"] == (
        f"Your order {order['number']} (tracking number 1Z-MISSED-1) was expected on {yesterday.date().isoformat()} "
        "and has not been delivered yet. We are sorry for the wait, and are checking with the carrier.\n"
        "Track it: https://track.example.com/1Z-MISSED-1"
    )
    assert missed["data"] == {
        "number": order["number"],
        "tracking_number": "1Z-MISSED-1",
        "eta": yesterday.date().isoformat(),
        "missed": True,
    }
    assert f"on {later.date().isoformat()} instead of {yesterday.date().isoformat()}" in delayed[1]["body"]
    assert delayed[2]["data"]["eta"] == later.date().isoformat() and delayed[2]["data"]["missed"] is True


async def test_a_delivered_shipment_or_an_eta_still_to_come_tells_nobody(backends: Backends, hooks: Receiver) -> None:
    today_late = datetime.now(UTC).replace(hour=23, minute=59, second=0, microsecond=0)
    async with shop(backends, hooks) as server:
        admin, _ = await dispatched_to_ada(server, "1Z-ONTIME-1")
        when = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
        await track(server, admin, "1Z-ONTIME-1", "IN_TRANSIT", when, eta=today_late.isoformat())

        # when the round runs on the ETA's own day, and again after the day once it was delivered
        on_the_day = await notice_missed_etas()
        await track(server, admin, "1Z-ONTIME-1", "DELIVERED", datetime.now(UTC).isoformat())
        after_delivery = await notice_missed_etas(today_late + timedelta(days=2))
        recorded = await CustomerNotification.filter(kind="ORDER_DELAYED").count()

    # then nobody was told
    assert (on_the_day, after_delivery, recorded) == (0, 0, 0)
