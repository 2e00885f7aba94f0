"""Webhook subscriptions filtered by channel and warehouse (issue 12), delivered by the app's own
worker to a real local receiver: staff's filters name known codes; a partner's filters only
narrow its own objects' events and tell nothing about which codes exist."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from models.access import Role
from models.webhooks import WebhookSubscription
from schema.common import to_global_id
from services import catalog as catalog_svc
from tests.fixtures.database import make_token
from tests.fixtures.fulfilment import claimed, dispatched, packed, pick_all, seed_fulfilment
from tests.fixtures.server import Server
from tests.fixtures.stock import USER_ERRORS, call, placed
from tests.fixtures.waiting import eventually
from tests.fixtures.webhook_receiver import Receiver, receiver

SUBSCRIPTION = "id topics channels warehouses"
CREATE = """mutation($i: WebhookSubscriptionCreateInput!) {
  webhookSubscriptionCreate(input: $i) { webhookSubscription { %s } %s } }""" % (SUBSCRIPTION, USER_ERRORS)
UPDATE = """mutation($i: WebhookSubscriptionUpdateInput!) {
  webhookSubscriptionUpdate(input: $i) { webhookSubscription { %s } %s } }""" % (SUBSCRIPTION, USER_ERRORS)
DELIVERIES = """query($f: WebhookDeliveryFilter) { webhookDeliveries(filter: $f, first: 100) {
  totalCount edges { node { status } } } }"""


@pytest.fixture
def hooks() -> Iterator[Receiver]:
    with receiver() as running:
        yield running


async def create(server: Server, token: str, **input: Any) -> dict[str, Any]:
    return await call(server, token, CREATE, {"i": input}, "webhookSubscriptionCreate")


def bodies(hooks: Receiver, path: str) -> list[dict[str, Any]]:
    with hooks.lock:
        return [json.loads(r.body) for r in hooks.received if r.path == "/hooks" + path]


async def all_sent(server: Server, token: str) -> bool:
    page = await call(server, token, DELIVERIES, {"f": None}, "webhookDeliveries")
    return all(e["node"]["status"] == "SUCCEEDED" for e in page["edges"])


def orders_heard(hooks: Receiver, path: str) -> set[str]:
    return {to_global_id("Order", b["data"]["order_id"]) for b in bodies(hooks, path)}


async def test_filtered_subscriptions_hear_only_their_channels_and_warehouses_events(
    server: Server, admin_token: str, hooks: Receiver
) -> None:
    # given channels web and market, SKU-A stocked at east and SKU-B at eu
    await seed_fulfilment(admin_token, stock={("SKU-A", "east"): 10, ("SKU-B", "eu"): 10})
    await catalog_svc.create_channel(code="market", name="Market")
    # and a subscription per filter, and one without
    topics = ["order.status_changed"]
    market = await create(server, admin_token, url=hooks.url + "/market", topics=topics, channels=["market"])
    eu = await create(server, admin_token, url=hooks.url + "/eu", topics=topics, warehouses=["eu"])
    both = await create(
        server, admin_token, url=hooks.url + "/both", topics=topics, channels=["web"], warehouses=["east"]
    )
    everything = await create(server, admin_token, url=hooks.url + "/all", topics=topics)

    # when orders are placed: web from east, web from eu, market from east
    web_east = await placed(server, admin_token, "F-1", [("SKU-A", 1)])
    web_eu = await placed(server, admin_token, "F-2", [("SKU-B", 1)])
    market_east = await placed(server, admin_token, "F-3", [("SKU-A", 1)], channel="market")
    ids = {web_east["id"], web_eu["id"], market_east["id"]}
    await eventually(lambda: orders_heard(hooks, "/all") == ids, what="every order's events to the unfiltered one")
    await eventually(lambda: all_sent(server, admin_token), what="every delivery sent")

    # then the filters were stored as given, and each subscription heard only its own orders' events
    assert market["webhookSubscription"]["channels"] == ["market"]
    assert market["webhookSubscription"]["warehouses"] is None
    assert eu["webhookSubscription"]["warehouses"] == ["eu"]
    assert (both["webhookSubscription"]["channels"], both["webhookSubscription"]["warehouses"]) == (["web"], ["east"])
    assert everything["webhookSubscription"]["channels"] is None
    assert orders_heard(hooks, "/market") == {market_east["id"]}
    assert orders_heard(hooks, "/eu") == {web_eu["id"]}
    assert orders_heard(hooks, "/both") == {web_east["id"]}
    # and each heard all of its orders' status changes (as many as the unfiltered one did)
    for path, order in (("/market", market_east), ("/eu", web_eu), ("/both", web_east)):
        mine = [b["id"] for b in bodies(hooks, path)]
        assert mine == [
            b["id"] for b in bodies(hooks, "/all") if to_global_id("Order", b["data"]["order_id"]) == order["id"]
        ]
        assert mine


async def test_filters_name_known_codes_and_an_empty_list_removes_a_filter(
    server: Server, admin_token: str, hooks: Receiver
) -> None:
    await seed_fulfilment(admin_token)

    # when a subscription names an unknown channel and warehouse
    refused = await create(
        server,
        admin_token,
        url=hooks.url,
        topics=["order.status_changed"],
        channels=["web", "nochannel"],
        warehouses=["nowhere"],
    )
    # and one is made with a filter, then updated: channels cleared, warehouses set
    sub = (await create(server, admin_token, url=hooks.url, topics=["stock.low"], channels=["web"]))[
        "webhookSubscription"
    ]
    updated = await call(
        server,
        admin_token,
        UPDATE,
        {"i": {"id": sub["id"], "channels": [], "warehouses": ["eu"]}},
        "webhookSubscriptionUpdate",
    )
    kept = await call(
        server, admin_token, UPDATE, {"i": {"id": sub["id"], "topics": ["stock.low"]}}, "webhookSubscriptionUpdate"
    )

    # then the unknown codes are NOT_FOUND where they stand, and nothing was stored for them
    assert refused["webhookSubscription"] is None
    assert [(e["field"], e["code"]) for e in refused["userErrors"]] == [
        (["channels", "1"], "NOT_FOUND"),
        (["warehouses", "0"], "NOT_FOUND"),
    ]
    assert await WebhookSubscription.all().count() == 1
    # and the update replaced one filter, removed the other, and a later update kept both
    assert updated["webhookSubscription"] == {
        "id": sub["id"],
        "topics": ["stock.low"],
        "channels": None,
        "warehouses": ["eu"],
    }
    assert kept["webhookSubscription"] == updated["webhookSubscription"]


async def test_a_carriers_filters_narrow_its_own_shipments_and_name_no_codes_it_cannot_see(
    server: Server, admin_token: str, hooks: Receiver
) -> None:
    # given carrier ups with a subscription per warehouse, and one naming channels
    await seed_fulfilment(admin_token)
    ups = await make_token(Role.CARRIER, "ups")
    topics = ["shipment.changed"]
    east = await create(server, ups, url=hooks.url + "/east", topics=topics, warehouses=["east"])
    eu = await create(server, ups, url=hooks.url + "/eu", topics=topics, warehouses=["eu"])
    known = await create(server, ups, url=hooks.url + "/web", topics=topics, channels=["web"])
    unknown = await create(server, ups, url=hooks.url + "/none", topics=topics, channels=["nochannel"])

    # when an order ships from east with ups, and another with dhl
    shipped = {}
    for ref, carrier in [("UPS-1", "ups"), ("DHL-1", "dhl")]:
        await placed(server, admin_token, ref, [("SKU-A", 1)])
        task = await claimed(server, admin_token, "east")
        await pick_all(server, admin_token, task)
        shipment = await packed(server, admin_token, task["id"])
        shipped[carrier] = await dispatched(server, admin_token, shipment["id"], carrier, f"1Z-{ref}")
    await eventually(lambda: bodies(hooks, "/east") and bodies(hooks, "/web"), what="ups's shipment events")
    await eventually(lambda: all_sent(server, admin_token), what="every delivery sent")

    # then a known and an unknown channel code got the same answer (nothing tells which exists)
    assert known["userErrors"] == unknown["userErrors"] == []
    assert known["webhookSubscription"]["channels"] == ["web"]
    assert unknown["webhookSubscription"]["channels"] == ["nochannel"]
    # and the matching subscriptions heard only ups's shipment; the others nothing
    for path in ("/east", "/web"):
        assert {to_global_id("Shipment", b["data"]["shipment_id"]) for b in bodies(hooks, path)} == {
            shipped["ups"]["id"]
        }
    assert bodies(hooks, "/eu") == bodies(hooks, "/none") == []
    assert eu["userErrors"] == east["userErrors"] == []
