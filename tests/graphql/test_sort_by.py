"""sortBy on the long lists: each sort field orders the list, ties are broken by id, and the
keyset cursors walk the sorted list exactly, forwards (first/after) and backwards
(last/before), across ties. Without sortBy each list keeps the order it had."""

from __future__ import annotations

from typing import Any

import pytest

from schema.sorts import SORT_INPUTS
from tests.fixtures.catalog import adjust, place
from tests.fixtures.server import Server

# list query -> (node fields to read, {sort field: node field whose values it orders, or None})
LISTS: dict[str, tuple[str, dict[str, str | None]]] = {
    "products": ("id sku name", {"ID": None, "SKU": "sku", "NAME": "name", "CREATED_AT": None}),
    "customers": ("id email", {"ID": None, "EMAIL": "email", "CREATED_AT": None}),
    "stockLevels": (
        "id onHand reserved",
        {"ID": None, "ON_HAND": "onHand", "RESERVED": "reserved", "UPDATED_AT": None},
    ),
    "stockMovements": ("id reason occurredAt", {"ID": None, "CREATED_AT": "occurredAt", "REASON": "reason"}),
    "auditEvents": (
        "id operation occurredAt",
        {"ID": None, "CREATED_AT": "occurredAt", "OPERATION": "operation", "ACTOR": None},
    ),
    "pickTaskList": (
        "id status priority createdAt",
        {"ID": None, "STATUS": "status", "PRIORITY": "priority", "CREATED_AT": "createdAt", "UPDATED_AT": None},
    ),
    "shipments": ("id status", {"ID": None, "STATUS": "status", "PACKED_AT": None}),
    "purchaseOrders": (
        "id status createdAt",
        {"ID": None, "STATUS": "status", "CREATED_AT": "createdAt", "UPDATED_AT": None},
    ),
    "returns": ("id status createdAt", {"ID": None, "STATUS": "status", "CREATED_AT": "createdAt", "UPDATED_AT": None}),
    "alerts": (
        "id status kind createdAt",
        {"ID": None, "CREATED_AT": "createdAt", "UPDATED_AT": None, "STATUS": "status", "KIND": "kind"},
    ),
}
EMAILS = ["cy@example.com", "ada@example.com", "bo@example.com", "ada@example.com", "di@example.com"]


def page_query(name: str, fields: str) -> str:
    return (
        "query($s: %sSort, $first: Int, $after: String, $last: Int, $before: String) {"
        " %s(sortBy: $s, first: $first, after: $after, last: $last, before: $before) {"
        " totalCount edges { node { %s } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"
    ) % (SORT_NAMES[name], name, fields)


SORT_NAMES = {
    "products": "Product",
    "customers": "Customer",
    "stockLevels": "StockLevel",
    "stockMovements": "StockMovement",
    "auditEvents": "AuditEvent",
    "pickTaskList": "PickTask",
    "shipments": "Shipment",
    "purchaseOrders": "PurchaseOrder",
    "returns": "ReturnRequest",
    "alerts": "Alert",
}


async def fetch(server: Server, token: str, name: str, sort: dict[str, str] | None, **args: Any) -> dict[str, Any]:
    body = await server.gql(page_query(name, LISTS[name][0]), {"s": sort, **args}, token=token)
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"][name]
    return result


async def walk(server: Server, token: str, name: str, sort: dict[str, str] | None) -> tuple[list[Any], list[Any]]:
    """The list page by page (2 a page) forwards, and backwards from the end."""
    forwards: list[Any] = []
    after = None
    while True:
        page = await fetch(server, token, name, sort, first=2, after=after)
        forwards += [e["node"] for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    backwards: list[Any] = []
    before = None
    while True:
        page = await fetch(server, token, name, sort, last=2, before=before)
        backwards = [e["node"] for e in page["edges"]] + backwards
        if not page["pageInfo"]["hasPreviousPage"]:
            break
        before = page["pageInfo"]["startCursor"]
    return forwards, backwards


@pytest.fixture
async def world(server: Server, admin_token: str, catalog: dict[str, Any]) -> None:
    """Orders from several customers (one twice), stock of different sizes: lists of 3 to 30
    rows with ties in most sort fields."""
    await adjust(server, admin_token, sku="SKU-B", warehouse="eu", delta=7)
    await adjust(server, admin_token, sku="SKU-C", warehouse="eu", delta=3)
    for n, email in enumerate(EMAILS):
        placed = await place(
            server,
            admin_token,
            externalRef=f"SORT-{n}",
            customer={"email": email, "name": None},
            lines=[{"sku": "SKU-A", "quantity": n + 1}, {"sku": "SKU-C", "quantity": 1}],
        )
        assert placed["userErrors"] == [], placed


def test_every_list_of_the_brief_has_a_sort_input_and_is_tested_here() -> None:
    assert {cls.__name__.removesuffix("Sort") for cls in SORT_INPUTS} == set(SORT_NAMES.values())


@pytest.mark.parametrize("name", sorted(LISTS))
async def test_each_sort_field_orders_the_list_and_cursors_walk_it_both_ways(
    server: Server, admin_token: str, world: None, name: str
) -> None:
    _, by = LISTS[name]
    default = [e["node"] for e in (await fetch(server, admin_token, name, None, first=100))["edges"]]
    checked = 0
    for field, node_field in by.items():
        for direction in ("ASC", "DESC"):
            sort = {"field": field, "direction": direction}
            whole = await fetch(server, admin_token, name, sort, first=100)
            nodes = [e["node"] for e in whole["edges"]]
            forwards, backwards = await walk(server, admin_token, name, sort)

            assert forwards == backwards == nodes, (name, sort)
            assert sorted(n["id"] for n in nodes) == sorted(n["id"] for n in default)
            assert whole["totalCount"] == len(nodes)
            if node_field is not None:
                values = [n[node_field] for n in nodes]
                assert values == sorted(values, reverse=direction == "DESC"), (name, sort, values)
            checked += len(nodes)
    if name in ("products", "customers", "stockLevels", "stockMovements", "auditEvents", "pickTaskList"):
        assert checked > 0  # seeded: these lists are not empty


async def test_without_sort_by_the_lists_keep_their_order(server: Server, admin_token: str, world: None) -> None:
    products = await fetch(server, admin_token, "products", None, first=10)
    customers = await fetch(server, admin_token, "customers", None, first=10)
    by_sku = await fetch(server, admin_token, "products", {"field": "SKU", "direction": "DESC"}, first=10)
    by_email = await fetch(server, admin_token, "customers", {"field": "EMAIL"}, first=10)

    assert [e["node"]["sku"] for e in products["edges"]] == ["SKU-A", "SKU-B", "SKU-C"]  # oldest first
    assert [e["node"]["email"] for e in customers["edges"]] == [
        "di@example.com",
        "bo@example.com",
        "ada@example.com",
        "cy@example.com",
    ]  # newest first
    assert [e["node"]["sku"] for e in by_sku["edges"]] == ["SKU-C", "SKU-B", "SKU-A"]
    # The direction defaults to the list's own: DESC for customers.
    assert [e["node"]["email"] for e in by_email["edges"]] == [
        "di@example.com",
        "cy@example.com",
        "bo@example.com",
        "ada@example.com",
    ]


async def test_on_hand_ties_are_walked_by_id_with_a_zero_in_the_cursor(
    server: Server, admin_token: str, world: None
) -> None:
    # Levels at eu for SKU-A (none) and at east (100 - reserved): several share on hand.
    await adjust(server, admin_token, sku="SKU-A", warehouse="eu", delta=1)
    taken = await adjust(server, admin_token, sku="SKU-A", warehouse="eu", delta=-1, reason="ADJUSTMENT")
    assert (taken["userErrors"], taken["stockLevel"]["onHand"]) == ([], 0)  # a cursor value of 0
    sort = {"field": "ON_HAND", "direction": "ASC"}

    whole = [e["node"] for e in (await fetch(server, admin_token, "stockLevels", sort, first=100))["edges"]]
    forwards, backwards = await walk(server, admin_token, "stockLevels", sort)

    first = await fetch(server, admin_token, "stockLevels", sort, first=1)
    rest = await fetch(server, admin_token, "stockLevels", sort, first=100, after=first["pageInfo"]["endCursor"])

    assert whole[0]["onHand"] == 0
    assert forwards == backwards == whole
    assert [e["node"] for e in rest["edges"]] == whole[1:]  # the cursor of the 0 row is a valid one
