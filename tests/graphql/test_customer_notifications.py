# ruff: noqa: RUF001  (the Chinese templates use full-width punctuation, as Chinese text should)
"""Customer notifications (issue 14): every customer-visible change of an order records a
`customer.notification` with its outbox event, rendered per kind and language and delivered by
the notifier the settings choose: a signed webhook POST to the shop's provider (a real local
receiver) or SMTP (a real local aiosmtpd server started here). Customers opt out per kind;
sign-in codes always go out."""

from __future__ import annotations

import hashlib
import hmac
import socket
from collections.abc import AsyncIterator, Iterator
from email import message_from_bytes, policy
from email.header import decode_header, make_header
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from models.access import Role
from models.customers import CustomerNotification
from models.events import OutboxEvent
from tests.fixtures.backends import Backends, settings_for
from tests.fixtures.catalog import place
from tests.fixtures.customers import PROVIDER_SECRET, messages, provider, shop, signed_in
from tests.fixtures.database import make_token
from tests.fixtures.fulfilment import claimed, dispatched, packed, pick_all, seed_fulfilment, track
from tests.fixtures.server import Server, serve_clean
from tests.fixtures.stock import USER_ERRORS, call
from tests.fixtures.waiting import eventually
from tests.fixtures.webhook_receiver import Receiver

PREFERENCES = (
    """mutation($i: CustomerNotificationPreferencesUpdateInput!) {
  customerNotificationPreferencesUpdate(input: $i) { preferences { email language optedOut } %s } }"""
    % USER_ERRORS
)
RETURN = """mutation($i: ReturnRequestInput!) { returnRequest(input: $i) { returnRequest { id number } %s } }""" % (
    USER_ERRORS
)
RECEIVE = """mutation($i: ReturnReceiveInput!) { returnReceive(input: $i) { returnRequest { status } %s } }""" % (
    USER_ERRORS
)
REFUND = "mutation($i: RefundRecordInput!) { refundRecord(input: $i) { refund { id } %s } }" % USER_ERRORS
WHEN = "2026-12-01T10:00:00+00:00"


@pytest.fixture
def hooks() -> Iterator[Receiver]:
    with provider() as running:
        yield running


async def ship(server: Server, admin: str, ref: str, tracking: str) -> dict[str, Any]:
    """An order for ada taken to DISPATCHED with ups; returns the order."""
    order: dict[str, Any] = (await place(server, admin, externalRef=ref))["order"]
    task = await claimed(server, admin, "east")
    await pick_all(server, admin, task)
    shipment = await packed(server, admin, task["id"])
    await dispatched(server, admin, shipment["id"], "ups", tracking)
    return order


def kinds(hooks: Receiver, to: str = "ada@example.com") -> list[str]:
    return [m["kind"] for m in messages(hooks, to=to)]


async def test_every_customer_visible_change_reaches_the_provider_signed_and_rendered(
    backends: Backends, hooks: Receiver
) -> None:
    async with shop(backends, hooks) as server:
        admin = await make_token(Role.ADMIN)
        await seed_fulfilment(admin)

        # when ada's order is placed, shipped, out for delivery, delivered, returned and refunded
        order = await ship(server, admin, "ADA-1", "1Z-ADA-1")
        await track(server, admin, "1Z-ADA-1", "IN_TRANSIT", WHEN)
        await track(server, admin, "1Z-ADA-1", "OUT_FOR_DELIVERY", "2026-12-01T11:00:00+00:00")
        await track(server, admin, "1Z-ADA-1", "DELIVERED", "2026-12-01T12:00:00+00:00")
        ada = await make_token(Role.CUSTOMER, "ada@example.com")
        lines = [{"sku": "SKU-A", "quantity": 1, "reason": "too small"}]
        rma = (await call(server, ada, RETURN, {"i": {"order": order["id"], "lines": lines}}, "returnRequest"))[
            "returnRequest"
        ]
        received = [{"sku": "SKU-A", "quantity": 1, "condition": "RESTOCK"}]
        await call(server, admin, RECEIVE, {"i": {"id": rma["id"], "lines": received}}, "returnReceive")
        await call(server, admin, REFUND, {"i": {"order": order["id"], "amount": "10.00"}}, "refundRecord")

        expected = [
            "ORDER_CONFIRMED",
            "ORDER_SHIPPED",
            "OUT_FOR_DELIVERY",
            "DELIVERED",
            "RETURN_RECEIVED",
            "REFUND_RECORDED",
        ]
        await eventually(lambda: sorted(kinds(hooks)) == sorted(expected), what=f"{expected}, got {kinds(hooks)}")
        events = await OutboxEvent.filter(topic="customer.notification").values_list("payload", flat=True)

        # The provider has the last message before the worker, after its answer, marks it SENT.
        async def marked_sent() -> int:
            count = await CustomerNotification.filter(status="SENT").count()
            return count if count >= len(expected) else 0

        sent = await eventually(marked_sent, what="every notification marked SENT")

    # then each went out once, in English, from its template, signed with the provider's secret
    by_kind = {m["kind"]: m for m in messages(hooks)}
    number = order["number"]
    assert by_kind["ORDER_CONFIRMED"]["subject"] == f"Order {number} confirmed"
    shipped = by_kind["ORDER_SHIPPED"]
    assert shipped["subject"] == f"Order {number} is on its way"
    assert "https://track.example.com/1Z-ADA-1" in shipped["body"] and "UPS" in shipped["body"]
    assert shipped["data"] == {"number": number, "tracking_number": "1Z-ADA-1", "carrier": "UPS"}
    assert by_kind["OUT_FOR_DELIVERY"]["subject"] == f"Order {number} is out for delivery"
    assert by_kind["DELIVERED"]["subject"] == f"Order {number} was delivered"
    assert by_kind["RETURN_RECEIVED"]["subject"] == f"We received your return {rma['number']}"
    assert by_kind["REFUND_RECORDED"]["subject"] == f"Refund of 10.00 USD for order {number}"
    assert {m["language"] for m in messages(hooks)} == {"en"}
    for request in hooks.received:
        fields = dict(part.split("=", 1) for part in request.headers["x-signature"].split(","))
        want = hmac.new(PROVIDER_SECRET.encode(), f"{fields['t']}.".encode() + request.body, hashlib.sha256)
        assert hmac.compare_digest(fields["v1"], want.hexdigest())
        assert request.headers["x-event-topic"] == "customer.notification"
    # and each was recorded with its customer.notification event in the outbox
    assert sorted(e["kind"] for e in events) == sorted(expected)  # type: ignore[index]
    assert sent == len(expected)


async def test_a_customer_who_opts_out_of_a_kind_does_not_get_it_but_still_gets_sign_in_codes(
    backends: Backends, hooks: Receiver
) -> None:
    async with shop(backends, hooks) as server:
        admin = await make_token(Role.ADMIN)
        await seed_fulfilment(admin)
        await place(server, admin, externalRef="ADA-1")
        await eventually(lambda: kinds(hooks) == ["ORDER_CONFIRMED"], what="the first confirmation")
        session = await signed_in(server, hooks, "ada@example.com")

        # when ada opts out of confirmations (and tries to opt out of sign-in codes)
        refused = await call(
            server,
            session["token"],
            PREFERENCES,
            {"i": {"optedOut": ["SIGN_IN_CODE"]}},
            "customerNotificationPreferencesUpdate",
        )
        chosen = await call(
            server,
            session["token"],
            PREFERENCES,
            {"i": {"optedOut": ["ORDER_CONFIRMED"]}},
            "customerNotificationPreferencesUpdate",
        )
        # and places another order, then signs in again
        await place(server, admin, externalRef="ADA-2")
        await eventually(
            lambda: CustomerNotification.filter(kind="ORDER_CONFIRMED", status="SKIPPED").exists(),
            what="the second confirmation skipped",
        )
        await signed_in(server, hooks, "ada@example.com")

    # then opting out of sign-in codes was refused, the confirmation opt-out kept
    assert refused == {
        "preferences": None,
        "userErrors": [
            {
                "field": ["optedOut"],
                "message": "SIGN_IN_CODE cannot be opted out of: they sign you in.",
                "code": "INVALID",
            }
        ],
    }
    assert chosen == {
        "preferences": {"email": "ada@example.com", "language": None, "optedOut": ["ORDER_CONFIRMED"]},
        "userErrors": [],
    }
    # and the second confirmation never went out, while both sign-in codes did
    assert kinds(hooks) == ["ORDER_CONFIRMED", "SIGN_IN_CODE", "SIGN_IN_CODE"]


# --- SMTP ---------------------------------------------------------------------------------------


class Inbox:
    """aiosmtpd's handler: keeps every message it is given."""

    def __init__(self) -> None:
        self.mail: list[tuple[str, list[str], EmailMessage]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.mail.append(
            (envelope.mail_from, list(envelope.rcpt_tos), message_from_bytes(envelope.content, policy=policy.default))
        )  # type: ignore[arg-type]
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield inbox, controller.port
    finally:
        controller.stop()


@pytest.fixture
async def smtp_shop(backends: Backends, smtp: tuple[Inbox, int]) -> AsyncIterator[Server]:
    _, port = smtp
    settings = settings_for(
        backends,
        notifier="smtp",
        smtp_host="127.0.0.1",
        smtp_port=port,
        smtp_sender="shop@example.com",
        notify_poll_seconds=0.02,
    )
    async with serve_clean(settings) as server:
        yield server


def text_of(header: str) -> str:
    return str(make_header(decode_header(header)))


async def test_the_smtp_notifier_mails_the_code_and_the_order_in_the_customers_language(
    smtp_shop: Server, smtp: tuple[Inbox, int]
) -> None:
    inbox, _ = smtp
    server = smtp_shop
    admin = await make_token(Role.ADMIN)
    await seed_fulfilment(admin)
    order = (await place(server, admin, externalRef="ADA-1"))["order"]
    await eventually(lambda: len(inbox.mail) == 1, what="the confirmation mail")

    # when ada asks for a code in Chinese, signs in with it, and chooses Chinese
    start = "mutation($i: CustomerSignInStartInput!) { customerSignInStart(input: $i) { %s } }" % USER_ERRORS
    assert (await server.gql(start, {"i": {"email": "ada@example.com", "language": "zh"}}))["data"] == {
        "customerSignInStart": {"userErrors": []}
    }
    await eventually(lambda: len(inbox.mail) == 2, what="the sign-in mail")
    code_mail = inbox.mail[1][2]
    code = text_of(code_mail["Subject"]).rsplit("：", 1)[1]
    finish = """mutation($i: CustomerSignInFinishInput!) { customerSignInFinish(input: $i) { session { token } %s } }"""
    signed = await call(
        server, None, finish % USER_ERRORS, {"i": {"email": "ada@example.com", "code": code}}, "customerSignInFinish"
    )  # type: ignore[arg-type]
    token = signed["session"]["token"]
    await call(server, token, PREFERENCES, {"i": {"language": "zh"}}, "customerNotificationPreferencesUpdate")
    # and her next order is placed
    second = (await place(server, admin, externalRef="ADA-2"))["order"]
    await eventually(lambda: len(inbox.mail) == 3, what="the second confirmation mail")

    # then every mail went to ada from the shop, each in its language and from its template
    assert [(sender, to) for sender, to, _ in inbox.mail] == [("shop@example.com", ["ada@example.com"])] * 3
    first_mail, _, second_mail = (m for _, _, m in inbox.mail)
    assert text_of(first_mail["Subject"]) == f"Order {order['number']} confirmed"
    assert first_mail["Content-Language"] == "en" and first_mail["X-Notification-Kind"] == "ORDER_CONFIRMED"
    assert text_of(code_mail["Subject"]) == f"您的登录验证码：{code}"
    assert code_mail["Content-Language"] == "zh" and code_mail["X-Notification-Kind"] == "SIGN_IN_CODE"
    assert f"您的登录验证码是 {code}，10 分钟内有效" in code_mail.get_content()
    assert text_of(second_mail["Subject"]) == f"订单 {second['number']} 已确认"
    assert second_mail.get_content().startswith(f"感谢您的购买！我们已收到您的订单 {second['number']}")
    # and the code is not kept once it went out
    sent = await CustomerNotification.get(kind="SIGN_IN_CODE")
    assert sent.status == "SENT" and sent.data == {"minutes": 10}


async def test_notifications_wait_while_the_smtp_server_is_down_and_go_out_when_it_is_back(
    backends: Backends,
) -> None:
    # given a shop whose SMTP server is not running yet
    port = free_port()
    settings = settings_for(
        backends,
        notifier="smtp",
        smtp_host="127.0.0.1",
        smtp_port=port,
        notify_poll_seconds=0.02,
        webhook_backoff_base_seconds=0.05,
        webhook_backoff_max_seconds=0.1,
    )
    async with serve_clean(settings) as server:
        admin = await make_token(Role.ADMIN)
        await seed_fulfilment(admin)
        await place(server, admin, externalRef="ADA-1")
        failed = await eventually(
            lambda: CustomerNotification.filter(attempts__gte=1, status="PENDING").first(), what="a failed attempt"
        )
        assert failed.last_error is not None

        # when the SMTP server comes up
        inbox = Inbox()
        controller = Controller(inbox, hostname="127.0.0.1", port=port)
        controller.start()
        try:
            # then the waiting confirmation goes out
            await eventually(lambda: len(inbox.mail) == 1, what="the confirmation after the outage")
            await eventually(
                lambda: CustomerNotification.filter(id=failed.id, status="SENT").exists(), what="recorded as sent"
            )
        finally:
            controller.stop()
