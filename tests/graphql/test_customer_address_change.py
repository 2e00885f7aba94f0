"""Customers change the shipping address of their own order (issue 14, `myOrderAddressUpdate`):
an order edit of the address alone, while nothing of the order is picked and where the channel
allows it. Another customer's order looks exactly like a missing one; nothing changes on refusal."""

from __future__ import annotations

from typing import Any

from models.access import Role
from schema.common import to_global_id
from services import catalog as catalog_svc
from tests.fixtures.catalog import place
from tests.fixtures.database import make_token
from tests.fixtures.fulfilment import claimed, scan_ok, seed_fulfilment
from tests.fixtures.server import Server
from tests.fixtures.stock import USER_ERRORS, call

UPDATE = """mutation($i: MyOrderAddressUpdateInput!) { myOrderAddressUpdate(input: $i) {
  order { number status shippingAddress { country city postalCode line1 } } shippingAddressChanged %s } }""" % (
    USER_ERRORS
)
VIEW = """query($id: ID!) { order(id: $id) { status updatedAt shippingAddress { country city postalCode line1 }
  history { toStatus actor reason } } }"""
BERLIN = {"country": "de", "city": "Berlin", "postalCode": "10115", "line1": "Unter den Linden 1"}
NEW_YORK = {"country": "US", "city": "New York", "postalCode": "10001", "line1": "1 Main St"}


async def shop() -> str:
    admin = await make_token(Role.ADMIN)
    await seed_fulfilment(admin)
    return admin


async def move(server: Server, token: str, order_id: str, address: dict[str, Any]) -> dict[str, Any]:
    return await call(
        server, token, UPDATE, {"i": {"id": order_id, "shippingAddress": address}}, "myOrderAddressUpdate"
    )


async def test_a_customer_moves_the_delivery_of_their_order_before_picking(server: Server, admin_token: str) -> None:
    # given ada's allocated order, its task claimed but nothing scanned
    admin = await shop()
    order = (await place(server, admin, externalRef="ADA-1"))["order"]
    await claimed(server, admin, "east")
    ada = await make_token(Role.CUSTOMER, "ada@example.com")

    # when she sends it to Berlin, then sends the same address again
    moved = await move(server, ada, order["id"], BERLIN)
    again = await move(server, ada, order["id"], BERLIN)

    # then the order goes to Berlin (the country as stored: upper case), once
    berlin = {**BERLIN, "country": "DE"}
    assert moved["userErrors"] == [] and moved["shippingAddressChanged"] is True
    assert moved["order"]["shippingAddress"] == berlin
    assert again["userErrors"] == [] and again["shippingAddressChanged"] is False
    # and staff see the edit in its history, by ada, with the customer's reason
    seen = await call(server, admin, VIEW, {"id": order["id"]}, "order")
    assert seen["shippingAddress"] == berlin
    edits = [h for h in seen["history"] if (h["reason"] or "").startswith("shipping address changed by the customer:")]
    assert len(edits) == 1 and edits[0]["actor"].startswith("customer:ada@example.com")


async def test_once_a_unit_is_picked_the_address_can_no_longer_change(server: Server, admin_token: str) -> None:
    # given ada's order of which a picker has scanned one unit
    admin = await shop()
    order = (await place(server, admin, externalRef="ADA-1"))["order"]
    task = await claimed(server, admin, "east")
    await scan_ok(server, admin, task["id"], task["lines"][0]["sku"], 1)
    ada = await make_token(Role.CUSTOMER, "ada@example.com")
    before = await call(server, admin, VIEW, {"id": order["id"]}, "order")

    # when she tries to move it
    refused = await move(server, ada, order["id"], BERLIN)

    # then it is refused with ORDER_NOT_EDITABLE and nothing changed
    assert refused == {
        "order": None,
        "shippingAddressChanged": False,
        "userErrors": [
            {
                "field": ["id"],
                "message": f"Order {order['number']} is {before['status']}: its picking has started, "
                "so its shipping address can no longer be changed here.",
                "code": "ORDER_NOT_EDITABLE",
            }
        ],
    }
    assert await call(server, admin, VIEW, {"id": order["id"]}, "order") == before


async def test_a_channel_can_refuse_customer_address_changes(server: Server, admin_token: str) -> None:
    # given a channel that does not let customers change addresses (set through channelUpdate)
    admin = await shop()
    await catalog_svc.create_channel(code="strict", name="Strict")
    update = (
        """mutation($i: ChannelUpdateInput!) { channelUpdate(input: $i) {
      channel { customerAddressChangeAllowed customerCancelAllowed } %s } }"""
        % USER_ERRORS
    )
    changed = await call(
        server, admin, update, {"i": {"code": "strict", "customerAddressChangeAllowed": False}}, "channelUpdate"
    )
    order = (await place(server, admin, channel="strict", externalRef="ADA-1"))["order"]
    ada = await make_token(Role.CUSTOMER, "ada@example.com")

    refused = await move(server, ada, order["id"], BERLIN)

    assert changed["channel"] == {"customerAddressChangeAllowed": False, "customerCancelAllowed": True}
    assert refused["userErrors"] == [
        {
            "field": ["id"],
            "message": "This shop does not let customers change the shipping address; please contact it.",
            "code": "FORBIDDEN",
        }
    ]
    view = await call(server, admin, VIEW, {"id": order["id"]}, "order")
    assert view["shippingAddress"] == NEW_YORK


async def test_another_customers_order_looks_missing(server: Server, admin_token: str) -> None:
    # given bob's open order
    admin = await shop()
    bobs = (await place(server, admin, externalRef="BOB-1", customer={"email": "bob@example.com", "name": "Bob"}))[
        "order"
    ]
    before = await call(server, admin, VIEW, {"id": bobs["id"]}, "order")
    ada = await make_token(Role.CUSTOMER, "ada@example.com")

    # when ada tries to move it, and an order that does not exist
    other = await move(server, ada, bobs["id"], BERLIN)
    missing = await move(server, ada, to_global_id("Order", 999_999), BERLIN)

    # then both answers are the same not found, and bob's order is untouched
    assert (
        other
        == missing
        == {
            "order": None,
            "shippingAddressChanged": False,
            "userErrors": [{"field": ["id"], "message": "Order not found.", "code": "NOT_FOUND"}],
        }
    )
    assert await call(server, admin, VIEW, {"id": bobs["id"]}, "order") == before


async def test_a_bad_address_is_a_user_error_and_changes_nothing(server: Server, admin_token: str) -> None:
    admin = await shop()
    order = (await place(server, admin, externalRef="ADA-1"))["order"]
    ada = await make_token(Role.CUSTOMER, "ada@example.com")

    refused = await move(server, ada, order["id"], {**BERLIN, "country": "XX", "line1": "x" * 5000})

    assert refused["order"] is None and refused["userErrors"]
    assert {e["code"] for e in refused["userErrors"]} <= {"INVALID", "TOO_LONG"}
    assert (await call(server, admin, VIEW, {"id": order["id"]}, "order"))["shippingAddress"] == NEW_YORK
