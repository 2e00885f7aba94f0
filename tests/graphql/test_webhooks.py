"""Outbound webhooks through the API (issue 12): staff and partner subscriptions, URL checks,
the test event and the delivery log, with the app's own worker sending to a real local
receiver."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from typing import Any

import pytest

from models.access import Role
from schema.common import to_global_id
from tests.fixtures.database import make_token
from tests.fixtures.fulfilment import claimed, dispatched, packed, pick_all, seed_fulfilment
from tests.fixtures.server import Server
from tests.fixtures.stock import USER_ERRORS, call, placed
from tests.fixtures.waiting import eventually
from tests.fixtures.webhook_receiver import Receiver, receiver

SUBSCRIPTION = "id url topics active ownerRole ownerScope circuit consecutiveFailures circuitOpenUntil"
CREATE = """mutation($i: WebhookSubscriptionCreateInput!) {
  webhookSubscriptionCreate(input: $i) { webhookSubscription { %s } secret %s } }""" % (SUBSCRIPTION, USER_ERRORS)
DELETE = (
    """mutation($i: WebhookSubscriptionIdInput!) {
  webhookSubscriptionDelete(input: $i) { deletedId %s } }"""
    % USER_ERRORS
)
TEST = (
    """mutation($i: WebhookSubscriptionIdInput!) {
  webhookSubscriptionTest(input: $i) { delivery { id eventId topic status } %s } }"""
    % USER_ERRORS
)
SUBSCRIPTIONS = "{ webhookSubscriptions(first: 50) { totalCount edges { node { %s } } } }" % SUBSCRIPTION
DELIVERIES = """query($f: WebhookDeliveryFilter) { webhookDeliveries(filter: $f, first: 50) { totalCount edges { node {
  eventId topic status attempts subscription attemptLog { statusCode responseExcerpt error } } } } }"""


@pytest.fixture
def hooks() -> Iterator[Receiver]:
    with receiver() as running:
        yield running


async def create(server: Server, token: str, **input: Any) -> dict[str, Any]:
    return await call(server, token, CREATE, {"i": input}, "webhookSubscriptionCreate")


async def deliveries(server: Server, token: str, **filter: Any) -> list[dict[str, Any]]:
    page = await call(server, token, DELIVERIES, {"f": filter or None}, "webhookDeliveries")
    return [edge["node"] for edge in page["edges"]]


def signed_by(secret: str, headers: dict[str, str], body: bytes) -> bool:
    fields = dict(part.split("=", 1) for part in headers["x-signature"].split(","))
    want = hmac.new(secret.encode(), f"{fields['t']}.".encode() + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(fields["v1"], want)


async def test_staff_subscribe_send_a_test_event_and_read_the_delivery_log(
    server: Server, admin_token: str, hooks: Receiver
) -> None:
    created = await create(server, admin_token, url=hooks.url, topics=["order.status_changed"])
    assert created["userErrors"] == []
    sub = created["webhookSubscription"]
    assert sub == {
        "id": sub["id"],
        "url": hooks.url,
        "topics": ["order.status_changed"],
        "active": True,
        "ownerRole": None,
        "ownerScope": None,
        "circuit": "CLOSED",
        "consecutiveFailures": 0,
        "circuitOpenUntil": None,
    }
    secret = created["secret"]
    assert secret.startswith("whsec_")

    sent = await call(server, admin_token, TEST, {"i": {"id": sub["id"]}}, "webhookSubscriptionTest")
    assert sent["userErrors"] == [] and sent["delivery"]["topic"] == "webhook.test"

    [got] = await eventually(lambda: list(hooks.received), what="the test event")
    assert signed_by(secret, got.headers, got.body)
    assert json.loads(got.body)["id"] == got.headers["x-event-id"] == sent["delivery"]["eventId"]
    log = await eventually(lambda: _succeeded(server, admin_token), what="the delivery logged as succeeded")
    assert log == [
        {
            "eventId": sent["delivery"]["eventId"],
            "topic": "webhook.test",
            "status": "SUCCEEDED",
            "attempts": 1,
            "subscription": sub["id"],
            "attemptLog": [{"statusCode": 200, "responseExcerpt": "ok", "error": None}],
        }
    ]
    assert (await call(server, admin_token, SUBSCRIPTIONS, {}, "webhookSubscriptions"))["totalCount"] == 1


async def _succeeded(server: Server, token: str) -> list[dict[str, Any]] | None:
    found = await deliveries(server, token)
    return found if found and all(d["status"] == "SUCCEEDED" for d in found) else None


async def test_an_order_event_reaches_the_subscriber(server: Server, admin_token: str, hooks: Receiver) -> None:
    await seed_fulfilment(admin_token)
    created = await create(server, admin_token, url=hooks.url, topics=["order.status_changed"])

    order = await placed(server, admin_token, "HOOK-1", [("SKU-A", 1)])

    got = await eventually(lambda: list(hooks.received), what="the order's events")
    body = json.loads(got[0].body)
    assert body["topic"] == "order.status_changed" and got[0].headers["x-event-topic"] == "order.status_changed"
    assert to_global_id("Order", body["data"]["order_id"]) == order["id"]
    assert signed_by(created["secret"], got[0].headers, got[0].body)


@pytest.mark.parametrize(
    ("url", "topics", "errors"),
    [
        ("ftp://example.com/x", ["order.status_changed"], [("url", "INVALID")]),
        ("https://user:pw@example.com/x", ["order.status_changed"], [("url", "INVALID")]),
        ("not a url", ["order.status_changed"], [("url", "INVALID")]),
        ("https://example.com:99999/x", ["order.status_changed"], [("url", "INVALID")]),
        ("https://example.com/x", ["order.nope"], [("topics", "INVALID")]),
        ("https://example.com/x", [], [("topics", "REQUIRED")]),
        ("https://example.com/x", ["token.revoked"], [("topics", "INVALID")]),
    ],
)
async def test_bad_subscriptions_are_user_errors_and_write_nothing(
    server: Server, admin_token: str, url: str, topics: list[str], errors: list[tuple[str, str]]
) -> None:
    created = await create(server, admin_token, url=url, topics=topics)

    assert created["webhookSubscription"] is None and created["secret"] is None
    assert [(e["field"][-1], e["code"]) for e in created["userErrors"]] == errors
    assert (await call(server, admin_token, SUBSCRIPTIONS, {}, "webhookSubscriptions"))["totalCount"] == 0


async def test_a_short_secret_is_refused_and_a_given_one_is_used(
    server: Server, admin_token: str, hooks: Receiver
) -> None:
    short = await create(server, admin_token, url=hooks.url, topics=["stock.low"], secret="short")
    assert [(e["field"], e["code"]) for e in short["userErrors"]] == [(["secret"], "INVALID")]

    given = await create(server, admin_token, url=hooks.url, topics=["stock.low"], secret="s" * 32)
    assert given["userErrors"] == [] and given["secret"] == "s" * 32


async def test_delete_stops_deliveries_and_a_missing_one_is_not_found(
    server: Server, admin_token: str, hooks: Receiver
) -> None:
    sub = (await create(server, admin_token, url=hooks.url, topics=["stock.low"]))["webhookSubscription"]

    gone = await call(server, admin_token, DELETE, {"i": {"id": sub["id"]}}, "webhookSubscriptionDelete")
    again = await call(server, admin_token, DELETE, {"i": {"id": sub["id"]}}, "webhookSubscriptionDelete")

    assert gone == {"deletedId": sub["id"], "userErrors": []}
    assert again["deletedId"] is None
    assert [(e["field"], e["code"]) for e in again["userErrors"]] == [(["id"], "NOT_FOUND")]
    assert (await call(server, admin_token, SUBSCRIPTIONS, {}, "webhookSubscriptions"))["totalCount"] == 0


async def test_a_carrier_manages_only_its_own_subscriptions_which_hear_only_its_shipments(
    server: Server, admin_token: str, hooks: Receiver
) -> None:
    await seed_fulfilment(admin_token)
    ups, dhl = await make_token(Role.CARRIER, "ups"), await make_token(Role.CARRIER, "dhl")
    with receiver() as dhl_hooks:
        refused = await create(server, ups, url=hooks.url, topics=["order.status_changed"])
        assert [(e["field"][-1], e["code"]) for e in refused["userErrors"]] == [("topics", "INVALID")]
        mine = (await create(server, ups, url=hooks.url, topics=["shipment.changed"]))["webhookSubscription"]
        theirs = (await create(server, dhl, url=dhl_hooks.url, topics=["shipment.changed"]))["webhookSubscription"]
        assert (mine["ownerRole"], mine["ownerScope"]) == ("CARRIER", "ups")

        shipped = {}
        for ref, carrier in [("UPS-1", "ups"), ("DHL-1", "dhl")]:
            await placed(server, admin_token, ref, [("SKU-A", 1)])
            task = await claimed(server, admin_token, "east")
            await pick_all(server, admin_token, task)
            shipment = await packed(server, admin_token, task["id"])
            shipped[carrier] = await dispatched(server, admin_token, shipment["id"], carrier, f"1Z-{ref}")

        def dispatched_to(target: Receiver) -> list[dict[str, Any]]:
            bodies = [json.loads(r.body) for r in target.received]
            return bodies if any(b["data"]["status"] == "DISPATCHED" for b in bodies) else []

        for carrier, target in [("ups", hooks), ("dhl", dhl_hooks)]:
            bodies = await eventually(lambda t=target: dispatched_to(t), what=f"{carrier}'s dispatch")
            assert {to_global_id("Shipment", b["data"]["shipment_id"]) for b in bodies} == {shipped[carrier]["id"]}

    # Each carrier sees, deletes and reads the log of its own only; staff see both.
    listed = await call(server, ups, SUBSCRIPTIONS, {}, "webhookSubscriptions")
    assert [e["node"]["id"] for e in listed["edges"]] == [mine["id"]]
    assert {d["subscription"] for d in await deliveries(server, ups)} == {mine["id"]}
    assert await deliveries(server, ups, subscription=theirs["id"]) == []
    for doc, name in [(DELETE, "webhookSubscriptionDelete"), (TEST, "webhookSubscriptionTest")]:
        probe = await call(server, ups, doc, {"i": {"id": theirs["id"]}}, name)
        assert [(e["field"], e["code"]) for e in probe["userErrors"]] == [(["id"], "NOT_FOUND")]
    staff = await call(server, admin_token, SUBSCRIPTIONS, {}, "webhookSubscriptions")
    assert staff["totalCount"] == 2


@pytest.mark.parametrize("role", [Role.CUSTOMER, Role.CHANNEL, Role.WAREHOUSE])
async def test_other_scoped_roles_may_not_manage_webhooks(server: Server, role: Role) -> None:
    token = await make_token(role, "web" if role is not Role.CUSTOMER else "ada@example.com")

    body = await server.gql(SUBSCRIPTIONS, {}, token=token)

    assert body["data"] is None and body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


RETRY = (
    """mutation($i: WebhookDeliveryRetryInput!) {
  webhookDeliveryRetry(input: $i) { delivery { eventId status } %s } }"""
    % USER_ERRORS
)


async def test_a_failed_delivery_is_retried_by_its_owner_and_not_by_another_partner(
    server: Server, admin_token: str, hooks: Receiver
) -> None:
    ups, dhl = await make_token(Role.CARRIER, "ups"), await make_token(Role.CARRIER, "dhl")
    hooks.answer_in_turn((410, {}, b"gone"), (200, {}, b"ok"))
    sub = (await create(server, ups, url=hooks.url, topics=["shipment.changed"]))["webhookSubscription"]
    await call(server, ups, TEST, {"i": {"id": sub["id"]}}, "webhookSubscriptionTest")

    async def failed() -> list[dict[str, Any]]:
        return [d for d in await deliveries(server, ups, status=["FAILED"])]

    [delivery] = await eventually(failed, what="the delivery failed")
    page = await call(
        server, admin_token, "{ webhookDeliveries(first: 5) { edges { node { id } } } }", {}, "webhookDeliveries"
    )
    delivery_id = page["edges"][0]["node"]["id"]

    refused = await call(server, dhl, RETRY, {"i": {"id": delivery_id}}, "webhookDeliveryRetry")
    assert [(e["field"], e["code"]) for e in refused["userErrors"]] == [(["id"], "NOT_FOUND")]

    retried = await call(server, ups, RETRY, {"i": {"id": delivery_id}}, "webhookDeliveryRetry")
    assert retried == {"delivery": {"eventId": delivery["eventId"], "status": "PENDING"}, "userErrors": []}
    log = await eventually(lambda: _succeeded(server, ups), what="the redelivery succeeded")
    assert [a["statusCode"] for a in log[0]["attemptLog"]] == [410, 200]
    assert [r.headers["x-event-id"] for r in hooks.received] == [delivery["eventId"]] * 2


UPDATE = (
    """mutation($i: WebhookSubscriptionUpdateInput!) {
  webhookSubscriptionUpdate(input: $i) { webhookSubscription { id url topics } %s } }"""
    % USER_ERRORS
)


async def test_update_changes_url_and_topics_and_checks_them_as_create_does(
    server: Server, admin_token: str, hooks: Receiver
) -> None:
    sub = (await create(server, admin_token, url=hooks.url, topics=["stock.low"]))["webhookSubscription"]

    moved = await call(
        server,
        admin_token,
        UPDATE,
        {"i": {"id": sub["id"], "url": hooks.url + "/v2", "topics": ["order.status_changed"]}},
        "webhookSubscriptionUpdate",
    )
    refused = await call(
        server,
        admin_token,
        UPDATE,
        {"i": {"id": sub["id"], "url": "ftp://example.com/", "topics": ["no.such.topic"]}},
        "webhookSubscriptionUpdate",
    )

    assert moved == {
        "webhookSubscription": {"id": sub["id"], "url": hooks.url + "/v2", "topics": ["order.status_changed"]},
        "userErrors": [],
    }
    assert refused["webhookSubscription"] is None
    assert [(e["field"], e["code"]) for e in refused["userErrors"]] == [(["url"], "INVALID")]
    [node] = [e["node"] for e in (await call(server, admin_token, SUBSCRIPTIONS, {}, "webhookSubscriptions"))["edges"]]
    assert (node["url"], node["topics"]) == (hooks.url + "/v2", ["order.status_changed"])


async def test_order_edits_money_transfers_and_alerts_can_be_subscribed_to(
    server: Server, admin_token: str, hooks: Receiver
) -> None:
    # given a subscription to the topics order editing, order money, transfers and alerts record
    await seed_fulfilment(admin_token)
    topics = ["order.edited", "order.financial_status_changed", "stock_transfer.status_changed", "alert.raised"]
    created = await create(server, admin_token, url=hooks.url, topics=topics)
    assert created["userErrors"] == [] and created["webhookSubscription"]["topics"] == topics

    # when an order's payment is authorized
    order = await placed(server, admin_token, "HOOK-MONEY", [("SKU-A", 1)])
    record = "mutation($i: OrderPaymentRecordInput!) { orderPaymentRecord(input: $i) { %s } }" % USER_ERRORS
    payment = {"id": order["id"], "kind": "AUTHORIZATION", "amount": "1.00"}
    assert await call(server, admin_token, record, {"i": payment}, "orderPaymentRecord") == {"userErrors": []}

    # then the subscriber hears the financial status change, signed
    got = await eventually(lambda: list(hooks.received), what="the order's money event")
    body = json.loads(got[0].body)
    assert body["topic"] == "order.financial_status_changed"
    assert to_global_id("Order", body["data"]["order_id"]) == order["id"]
    assert signed_by(created["secret"], got[0].headers, got[0].body)


PAUSE = (
    """mutation($i: WebhookSubscriptionUpdateInput!) {
  webhookSubscriptionUpdate(input: $i) { webhookSubscription { id active } %s } }"""
    % USER_ERRORS
)


async def test_a_paused_subscription_gets_nothing_until_resumed_then_what_it_missed_in_order(
    server: Server, admin_token: str, hooks: Receiver
) -> None:
    # given two subscriptions to order events at one receiver (paths /paused and /control)
    await seed_fulfilment(admin_token)
    paused = (await create(server, admin_token, url=hooks.url + "/paused", topics=["order.status_changed"]))[
        "webhookSubscription"
    ]
    control = (await create(server, admin_token, url=hooks.url + "/control", topics=["order.status_changed"]))[
        "webhookSubscription"
    ]

    # when the first is paused, a test delivery is queued for it, an order is placed, and then
    # a test delivery is queued for the control (claimed after the paused one's, by id)
    pause = await call(
        server, admin_token, PAUSE, {"i": {"id": paused["id"], "active": False}}, "webhookSubscriptionUpdate"
    )
    await call(server, admin_token, TEST, {"i": {"id": paused["id"]}}, "webhookSubscriptionTest")
    await placed(server, admin_token, "PAUSE-1", [("SKU-A", 1)])
    await call(server, admin_token, TEST, {"i": {"id": control["id"]}}, "webhookSubscriptionTest")

    # then the control hears the order and its test; the paused one nothing
    assert pause == {"webhookSubscription": {"id": paused["id"], "active": False}, "userErrors": []}

    def topics_at(path: str) -> list[str]:
        return [json.loads(r.body)["topic"] for r in hooks.received if r.path.endswith(path)]

    await eventually(
        lambda: {"webhook.test", "order.status_changed"} <= set(topics_at("/control")) or None,
        what="the control's test event and order event",
    )
    assert topics_at("/paused") == []

    # and once resumed, the paused one gets its test delivery and the order's events, in order
    resumed = await call(
        server, admin_token, PAUSE, {"i": {"id": paused["id"], "active": True}}, "webhookSubscriptionUpdate"
    )
    assert resumed["webhookSubscription"]["active"] is True
    await eventually(
        lambda: len(topics_at("/paused")) >= len(topics_at("/control")) or None, what="what the paused one missed"
    )
    assert sorted(topics_at("/paused")) == sorted(topics_at("/control"))
    order_events = [json.loads(r.body) for r in hooks.received if r.path.endswith("/paused")]
    statuses = [e["data"].get("to_status") for e in order_events if e["topic"] == "order.status_changed"]
    control_statuses = [
        json.loads(r.body)["data"].get("to_status")
        for r in hooks.received
        if r.path.endswith("/control") and json.loads(r.body)["topic"] == "order.status_changed"
    ]
    assert statuses == control_statuses
