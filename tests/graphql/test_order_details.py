"""An order's details through the real app: billing address, phone, note, tags (with the
orders filter by tag) and metadata, public and private (private: staff only)."""

from __future__ import annotations

from typing import Any

from models.access import Role
from tests.fixtures.database import make_token
from tests.fixtures.fulfilment import run, seed_fulfilment
from tests.fixtures.server import Server
from tests.fixtures.stock import USER_ERRORS, call, placed

DETAILS = """
  number billingAddress { country city postalCode line1 } phone note tags
  metadata { key value } privateMetadata { key value }
"""
UPDATE = "mutation($i: OrderUpdateInput!) { orderUpdate(input: $i) { order { %s } %s } }" % (DETAILS, USER_ERRORS)
METADATA = "mutation($i: OrderMetadataUpdateInput!) { orderMetadataUpdate(input: $i) { order { %s } %s } }" % (
    DETAILS,
    USER_ERRORS,
)
VIEW = "query($id: ID!) { order(id: $id) { %s } }" % DETAILS
BY_TAG = "query($f: OrderFilter) { orders(filter: $f, first: 20) { edges { node { number } } } }"
BILLING = {"country": "de", "city": "Berlin", "postalCode": "10117", "line1": "Unter den Linden 1"}


async def numbers_tagged(server: Server, token: str, tag: str) -> list[str]:
    found = await call(server, token, BY_TAG, {"f": {"tag": tag}}, "orders")
    return [edge["node"]["number"] for edge in found["edges"]]


async def test_billing_address_phone_note_and_tags_are_set_and_orders_are_found_by_tag(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token)
    first = await placed(server, admin_token, "D-1", [("SKU-A", 1)])
    second = await placed(server, admin_token, "D-2", [("SKU-A", 1)])
    details = {"billingAddress": BILLING, "phone": "+49 30 1234", "note": "gift", "tags": ["vip", "gift", "vip", " "]}

    updated = await run(server, admin_token, UPDATE, {"id": first["id"], **details}, "orderUpdate")
    await run(server, admin_token, UPDATE, {"id": second["id"], "tags": ["gift"]}, "orderUpdate")
    vip, gift = await numbers_tagged(server, admin_token, "vip"), await numbers_tagged(server, admin_token, "gift")
    retagged = await run(server, admin_token, UPDATE, {"id": first["id"], "tags": [], "note": ""}, "orderUpdate")

    assert updated["userErrors"] == []
    assert updated["order"] | {"metadata": None, "privateMetadata": None} == {
        "number": first["number"],
        "billingAddress": {"country": "DE", "city": "Berlin", "postalCode": "10117", "line1": "Unter den Linden 1"},
        "phone": "+49 30 1234",
        "note": "gift",
        "tags": ["gift", "vip"],
        "metadata": None,
        "privateMetadata": None,
    }
    assert vip == [first["number"]]
    assert sorted(gift) == sorted([first["number"], second["number"]])
    assert (retagged["order"]["tags"], retagged["order"]["note"], retagged["order"]["phone"]) == (
        [],
        None,
        "+49 30 1234",
    )
    assert await numbers_tagged(server, admin_token, "vip") == []


async def test_private_metadata_is_for_staff_only(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "D-3", [("SKU-A", 1)])
    channel = await make_token(Role.CHANNEL, "web")

    public = await run(
        server,
        channel,
        METADATA,
        {"id": order["id"], "items": [{"key": "source", "value": "app"}]},
        "orderMetadataUpdate",
    )
    private = await run(
        server,
        admin_token,
        METADATA,
        {"id": order["id"], "private": True, "items": [{"key": "fraud", "value": "low"}, {"key": "x", "value": "1"}]},
        "orderMetadataUpdate",
    )
    removed = await run(
        server, admin_token, METADATA, {"id": order["id"], "private": True, "remove": ["x"]}, "orderMetadataUpdate"
    )
    refused = await run(
        server,
        channel,
        METADATA,
        {"id": order["id"], "private": True, "items": [{"key": "fraud", "value": "none"}]},
        "orderMetadataUpdate",
    )
    seen_by_channel: dict[str, Any] = await call(server, channel, VIEW, {"id": order["id"]}, "order")
    seen_by_staff: dict[str, Any] = await call(server, admin_token, VIEW, {"id": order["id"]}, "order")

    assert (public["userErrors"], public["order"]["metadata"]) == ([], [{"key": "source", "value": "app"}])
    assert public["order"]["privateMetadata"] is None
    assert private["order"]["privateMetadata"] == [{"key": "fraud", "value": "low"}, {"key": "x", "value": "1"}]
    assert removed["order"]["privateMetadata"] == [{"key": "fraud", "value": "low"}]
    assert refused["userErrors"] == [
        {"field": ["private"], "message": "Private metadata is for staff only.", "code": "FORBIDDEN"}
    ]
    assert (seen_by_channel["metadata"], seen_by_channel["privateMetadata"]) == (
        [{"key": "source", "value": "app"}],
        None,
    )
    assert seen_by_staff["privateMetadata"] == [{"key": "fraud", "value": "low"}]


async def test_bad_details_are_refused_with_every_problem(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "D-4", [("SKU-A", 1)])

    bad = await run(
        server,
        admin_token,
        UPDATE,
        {"id": order["id"], "billingAddress": {"country": "D1"}, "phone": "call me"},
        "orderUpdate",
    )
    bad_key = await run(
        server, admin_token, METADATA, {"id": order["id"], "items": [{"key": " ", "value": "x"}]}, "orderMetadataUpdate"
    )

    assert bad["userErrors"] == [
        {"field": ["billingAddress", "country"], "message": "country must be a 2-letter ISO code.", "code": "INVALID"},
        {"field": ["phone"], "message": "phone may hold only digits, spaces and + - ( ) .", "code": "INVALID"},
    ]
    assert bad_key["userErrors"] == [
        {"field": ["items", "0", "key"], "message": "A key is 1 to 128 characters.", "code": "INVALID"}
    ]
