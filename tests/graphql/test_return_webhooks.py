"""`return.status_changed` (a webhook topic since issue 12): every status a return takes is an
outbox event in the transaction that sets it, delivered in order by the app's own worker to a
real local receiver."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from schema.common import to_global_id
from tests.fixtures.fulfilment import claimed, dispatched, packed, pick_all, seed_fulfilment
from tests.fixtures.server import Server
from tests.fixtures.stock import USER_ERRORS, call, placed
from tests.fixtures.waiting import eventually
from tests.fixtures.webhook_receiver import Receiver, receiver

CREATE = (
    """mutation($i: WebhookSubscriptionCreateInput!) {
  webhookSubscriptionCreate(input: $i) { webhookSubscription { id } %s } }"""
    % USER_ERRORS
)
RETURN = "mutation($i: ReturnRequestInput!) { returnRequest(input: $i) { returnRequest { id number } %s } }" % (
    USER_ERRORS
)
RECEIVE = "mutation($i: ReturnReceiveInput!) { returnReceive(input: $i) { returnRequest { status } %s } }" % (
    USER_ERRORS
)


@pytest.fixture
def hooks() -> Iterator[Receiver]:
    with receiver() as running:
        yield running


def bodies(hooks: Receiver) -> list[dict[str, Any]]:
    with hooks.lock:
        return [json.loads(r.body) for r in hooks.received]


async def test_a_returns_status_changes_are_delivered_in_order(
    server: Server, admin_token: str, hooks: Receiver
) -> None:
    # given a shipped order and a subscription to return.status_changed
    await seed_fulfilment(admin_token)
    created = await call(
        server,
        admin_token,
        CREATE,
        {"i": {"url": hooks.url, "topics": ["return.status_changed"]}},
        "webhookSubscriptionCreate",
    )
    assert created["userErrors"] == []
    order = await placed(server, admin_token, "RET-1", [("SKU-A", 2)])
    task = await claimed(server, admin_token, "east")
    await pick_all(server, admin_token, task)
    shipment = await packed(server, admin_token, task["id"])
    await dispatched(server, admin_token, shipment["id"], "ups", "1Z-RET-1")

    # when a return is requested, then received in two parts
    lines = [{"sku": "SKU-A", "quantity": 2, "reason": "too small"}]
    rma = (await call(server, admin_token, RETURN, {"i": {"order": order["id"], "lines": lines}}, "returnRequest"))[
        "returnRequest"
    ]
    for _ in range(2):
        one = [{"sku": "SKU-A", "quantity": 1, "condition": "RESTOCK"}]
        got = await call(server, admin_token, RECEIVE, {"i": {"id": rma["id"], "lines": one}}, "returnReceive")
        assert got["userErrors"] == []
    heard = await eventually(lambda: len(bodies(hooks)) >= 3 and bodies(hooks), what="three return events")

    # then the subscriber heard each status the return took, in order, about that return
    assert [(b["topic"], b["data"]["previous_status"], b["data"]["status"]) for b in heard] == [
        ("return.status_changed", None, "REQUESTED"),
        ("return.status_changed", "REQUESTED", "PARTIALLY_RECEIVED"),
        ("return.status_changed", "PARTIALLY_RECEIVED", "RECEIVED"),
    ]
    assert {b["data"]["number"] for b in heard} == {rma["number"]}
    assert {to_global_id("Order", b["data"]["order_id"]) for b in heard} == {order["id"]}
