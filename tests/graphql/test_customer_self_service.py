"""Self-service for CUSTOMER tokens (issue 14): their own orders as a connection, and cancelling
an order themselves while nothing is picked, where the channel allows it. Another customer's
order looks exactly like a missing one."""

from __future__ import annotations

from typing import Any

from models.access import Role
from schema.common import to_global_id
from services import catalog as catalog_svc
from tests.fixtures.catalog import place
from tests.fixtures.customers import MY_ORDERS
from tests.fixtures.database import make_token
from tests.fixtures.fulfilment import claimed, scan_ok, seed_fulfilment
from tests.fixtures.server import Server
from tests.fixtures.stock import USER_ERRORS, call

CANCEL = "mutation($i: OrderCancelInput!) { orderCancel(input: $i) { order { number status } %s } }" % USER_ERRORS
ORDER = "query($id: ID!) { order(id: $id) { number status } }"


async def shop(server: Server) -> str:
    admin = await make_token(Role.ADMIN)
    await seed_fulfilment(admin)
    return admin


async def test_my_orders_lists_only_the_customers_own_orders_newest_first_in_pages(
    server: Server, admin_token: str
) -> None:
    # given three orders of ada's and one of bob's
    admin = await shop(server)
    ada_orders = [(await place(server, admin, externalRef=f"ADA-{n}"))["order"] for n in range(3)]
    await place(server, admin, externalRef="BOB-1", customer={"email": "bob@example.com", "name": "Bob"})
    ada = await make_token(Role.CUSTOMER, "ada@example.com")

    # when ada pages through her orders two at a time, and filters them
    first = await call(server, ada, MY_ORDERS, {"first": 2}, "myOrders")
    rest = await call(server, ada, MY_ORDERS, {"first": 2, "after": first["pageInfo"]["endCursor"]}, "myOrders")
    by_number = await call(server, ada, MY_ORDERS, {"f": {"search": ada_orders[1]["number"]}}, "myOrders")
    bobs = await call(server, ada, MY_ORDERS, {"f": {"customerEmail": "bob@example.com"}}, "myOrders")

    # then she sees her three, newest first, and nothing of bob's
    numbers = [e["node"]["number"] for e in first["edges"] + rest["edges"]]
    assert numbers == [o["number"] for o in reversed(ada_orders)]
    assert first["totalCount"] == 3 and first["pageInfo"]["hasNextPage"] is True
    assert rest["pageInfo"]["hasNextPage"] is False
    assert {e["node"]["customer"]["email"] for e in first["edges"] + rest["edges"]} == {"ada@example.com"}
    assert [e["node"]["number"] for e in by_number["edges"]] == [ada_orders[1]["number"]]
    assert bobs == {"totalCount": 0, "pageInfo": {"hasNextPage": False, "endCursor": None}, "edges": []}


async def test_a_customer_cancels_their_own_order_before_picking(server: Server, admin_token: str) -> None:
    # given ada's allocated order
    admin = await shop(server)
    order = (await place(server, admin, externalRef="ADA-1"))["order"]
    ada = await make_token(Role.CUSTOMER, "ada@example.com")

    # when she cancels it
    cancelled = await call(server, ada, CANCEL, {"i": {"id": order["id"], "reason": "changed my mind"}}, "orderCancel")

    # then it is cancelled, by her (the existing cancel: its stock goes back)
    assert cancelled == {"order": {"number": order["number"], "status": "CANCELLED"}, "userErrors": []}
    history = "query($id: ID!) { order(id: $id) { history { toStatus actor reason } } }"
    last = (await call(server, admin, history, {"id": order["id"]}, "order"))["history"][-1]
    assert last["toStatus"] == "CANCELLED" and last["actor"].startswith("customer:ada@example.com")
    assert last["reason"] == "changed my mind"


async def test_a_customer_cancels_an_order_whose_task_is_claimed_but_nothing_picked(
    server: Server, admin_token: str
) -> None:
    admin = await shop(server)
    order = (await place(server, admin, externalRef="ADA-1"))["order"]
    await claimed(server, admin, "east")
    ada = await make_token(Role.CUSTOMER, "ada@example.com")

    cancelled = await call(server, ada, CANCEL, {"i": {"id": order["id"], "reason": "oops"}}, "orderCancel")

    assert cancelled == {"order": {"number": order["number"], "status": "CANCELLED"}, "userErrors": []}


async def test_a_customer_cannot_cancel_once_a_unit_is_picked(server: Server, admin_token: str) -> None:
    # given ada's order of which a picker has scanned one unit
    admin = await shop(server)
    order = (await place(server, admin, externalRef="ADA-1"))["order"]
    task = await claimed(server, admin, "east")
    await scan_ok(server, admin, task["id"], task["lines"][0]["sku"], 1)
    ada = await make_token(Role.CUSTOMER, "ada@example.com")
    status = (await call(server, admin, ORDER, {"id": order["id"]}, "order"))["status"]

    # when she tries to cancel it
    refused = await call(server, ada, CANCEL, {"i": {"id": order["id"], "reason": "too late?"}}, "orderCancel")

    # then it is refused, and the order goes on
    assert refused == {
        "order": None,
        "userErrors": [
            {
                "field": ["id"],
                "message": f"Order {order['number']} is {status}: its picking has started, "
                "so it can no longer be cancelled here.",
                "code": "INVALID_TRANSITION",
            }
        ],
    }
    assert (await call(server, admin, ORDER, {"id": order["id"]}, "order"))["status"] == status
    # while staff still can
    staff = await call(server, admin, CANCEL, {"i": {"id": order["id"], "reason": "asked"}}, "orderCancel")
    assert staff["userErrors"] == []


async def test_a_channel_can_refuse_customer_cancellation(server: Server, admin_token: str) -> None:
    # given a channel that does not let customers cancel, and ada's order there
    admin = await shop(server)
    await catalog_svc.create_channel(code="strict", name="Strict", customer_cancel_allowed=False)
    order = (await place(server, admin, channel="strict", externalRef="ADA-1"))["order"]
    ada = await make_token(Role.CUSTOMER, "ada@example.com")

    refused = await call(server, ada, CANCEL, {"i": {"id": order["id"], "reason": "please"}}, "orderCancel")

    assert refused == {
        "order": None,
        "userErrors": [
            {
                "field": ["id"],
                "message": "This shop does not let customers cancel orders; please contact it.",
                "code": "FORBIDDEN",
            }
        ],
    }


async def test_another_customers_order_looks_missing_to_cancel(server: Server, admin_token: str) -> None:
    # given bob's open order
    admin = await shop(server)
    bobs: dict[str, Any] = (
        await place(server, admin, externalRef="BOB-1", customer={"email": "bob@example.com", "name": "Bob"})
    )["order"]
    ada = await make_token(Role.CUSTOMER, "ada@example.com")

    # when ada tries to cancel it, and an order that does not exist
    other = await call(server, ada, CANCEL, {"i": {"id": bobs["id"], "reason": "x"}}, "orderCancel")
    missing = await call(
        server, ada, CANCEL, {"i": {"id": to_global_id("Order", 999_999), "reason": "x"}}, "orderCancel"
    )

    # then both answers are the same not found, and bob's order is untouched
    assert (
        other
        == missing
        == {
            "order": None,
            "userErrors": [{"field": ["id"], "message": "Order not found.", "code": "NOT_FOUND"}],
        }
    )
    assert (await call(server, admin, ORDER, {"id": bobs["id"]}, "order"))["status"] == bobs["status"]


async def test_channels_say_whether_customers_may_cancel(server: Server, admin_token: str) -> None:
    create = (
        """mutation($i: ChannelCreateInput!) { channelCreate(input: $i) {
      channel { code customerCancelAllowed } %s } }"""
        % USER_ERRORS
    )
    default = await call(server, admin_token, create, {"i": {"code": "a", "name": "A"}}, "channelCreate")
    strict = await call(
        server, admin_token, create, {"i": {"code": "b", "name": "B", "customerCancelAllowed": False}}, "channelCreate"
    )
    assert default["channel"] == {"code": "a", "customerCancelAllowed": True}
    assert strict["channel"] == {"code": "b", "customerCancelAllowed": False}


async def test_my_orders_takes_every_filter_the_orders_list_takes(server: Server, admin_token: str) -> None:
    # given two of ada's orders, one tagged "gift" by staff
    admin = await shop(server)
    tagged, plain = [(await place(server, admin, externalRef=f"ADA-TAG-{n}"))["order"] for n in range(2)]
    update = "mutation($i: OrderUpdateInput!) { orderUpdate(input: $i) { %s } }" % USER_ERRORS
    assert (await call(server, admin, update, {"i": {"id": tagged["id"], "tags": ["gift"]}}, "orderUpdate")) == {
        "userErrors": []
    }
    ada = await make_token(Role.CUSTOMER, "ada@example.com")

    # when she filters her orders by the tag
    found = await call(server, ada, MY_ORDERS, {"f": {"tag": "gift"}}, "myOrders")

    # then only the tagged one is listed (the filter is not silently dropped)
    assert [e["node"]["number"] for e in found["edges"]] == [tagged["number"]]
    assert plain["number"] != tagged["number"]
