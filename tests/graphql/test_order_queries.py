"""Reading orders: by id/number/node, the connection with filters, sort, pages, counts."""

from __future__ import annotations

from typing import Any

from models.access import Role
from tests.fixtures.catalog import ORDER_FIELDS, place, seed_order
from tests.fixtures.database import make_token
from tests.fixtures.server import Server

ORDERS = """
query($filter: OrderFilter, $sortBy: OrderSort, $first: Int, $after: String, $last: Int, $before: String) {
  orders(filter: $filter, sortBy: $sortBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { number status externalRef } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}
"""


async def orders(server: Server, token: str, **variables: Any) -> dict[str, Any]:
    body = await server.gql(ORDERS, variables, token=token)
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]["orders"]
    return result


def refs(connection: dict[str, Any]) -> list[str]:
    return [e["node"]["externalRef"] for e in connection["edges"]]


async def test_order_by_id_number_and_node(server: Server, admin_token: str, catalog: dict[str, Any]) -> None:
    placed = (await place(server, admin_token))["order"]

    body = await server.gql(
        "query($id: ID!, $n: String!) { order(id: $id) { %s } orderByNumber(number: $n) { id } node(id: $id) { id ... on Order { number } } }"
        % ORDER_FIELDS,
        {"id": placed["id"], "n": placed["number"]},
        token=admin_token,
    )

    assert body["data"]["order"] == placed
    assert body["data"]["orderByNumber"] == {"id": placed["id"]}
    assert body["data"]["node"] == {"id": placed["id"], "number": placed["number"]}


async def test_unknown_or_malformed_ids_are_null(server: Server, admin_token: str) -> None:
    body = await server.gql(
        '{ a: order(id: "T3JkZXI6OTk5") { id } b: order(id: "%%%") { id } c: node(id: "xyz") { id } d: orderByNumber(number: "nope") { id } }',
        token=admin_token,
    )

    assert body == {"data": {"a": None, "b": None, "c": None, "d": None}}


async def test_list_filters_sort_and_total_count(server: Server, admin_token: str, catalog: dict[str, Any]) -> None:
    for i in range(5):
        await place(server, admin_token, externalRef=f"W-{i}")
    await place(
        server,
        admin_token,
        channel="market",
        externalRef="M-0",
        customer={"email": "bob@example.com", "name": "Bob Smith"},
    )
    held = (await place(server, admin_token, externalRef="W-held"))["order"]
    await server.gql(
        "mutation($i: OrderHoldInput!) { orderHold(input: $i) { userErrors { code } } }",
        {"i": {"id": held["id"], "reason": "check"}},
        token=admin_token,
    )

    everything = await orders(server, admin_token, first=100)
    by_channel = await orders(server, admin_token, filter={"channel": "market"})
    by_status = await orders(server, admin_token, filter={"status": ["ON_HOLD"]})
    by_email = await orders(server, admin_token, filter={"customerEmail": "BOB@example.com"})
    by_search_name = await orders(server, admin_token, filter={"search": "smith"})
    by_search_number = await orders(server, admin_token, filter={"search": held["number"]})
    oldest_first = await orders(server, admin_token, first=2, sortBy={"field": "CREATED_AT", "direction": "ASC"})
    by_number_desc = await orders(server, admin_token, first=3, sortBy={"field": "NUMBER", "direction": "DESC"})

    assert everything["totalCount"] == 7
    assert refs(everything)[0] == "W-held"  # newest first by default
    assert (refs(by_channel), by_channel["totalCount"]) == (["M-0"], 1)
    assert refs(by_status) == ["W-held"]
    assert refs(by_email) == ["M-0"]
    assert refs(by_search_name) == ["M-0"]
    assert refs(by_search_number) == ["W-held"]
    assert refs(oldest_first) == ["W-0", "W-1"]
    assert refs(by_number_desc) == ["W-held", "M-0", "W-4"]


async def test_cursor_pagination_forward_and_backward(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    for i in range(7):
        await place(server, admin_token, externalRef=f"R-{i}")
    asc = {"field": "NUMBER", "direction": "ASC"}

    page1 = await orders(server, admin_token, first=3, sortBy=asc)
    page2 = await orders(server, admin_token, first=3, after=page1["pageInfo"]["endCursor"], sortBy=asc)
    page3 = await orders(server, admin_token, first=3, after=page2["pageInfo"]["endCursor"], sortBy=asc)
    back = await orders(server, admin_token, last=2, before=page3["pageInfo"]["startCursor"], sortBy=asc)

    assert refs(page1) == ["R-0", "R-1", "R-2"] and page1["pageInfo"]["hasNextPage"] is True
    assert refs(page2) == ["R-3", "R-4", "R-5"]
    assert refs(page3) == ["R-6"] and page3["pageInfo"]["hasNextPage"] is False
    assert refs(back) == ["R-4", "R-5"] and back["pageInfo"]["hasPreviousPage"] is True
    assert page1["totalCount"] == page3["totalCount"] == 7


async def test_page_size_is_capped_and_bad_cursors_are_errors(server: Server, admin_token: str) -> None:
    too_big = await server.gql(ORDERS, {"first": 101}, token=admin_token)
    bad_cursor = await server.gql(ORDERS, {"after": "not-a-cursor"}, token=admin_token)

    assert too_big["errors"][0]["message"] == "Page size must be between 0 and 100."
    assert too_big["errors"][0]["extensions"]["code"] == "INVALID"
    assert bad_cursor["errors"][0]["message"] == "Invalid cursor."


async def test_scoped_tokens_see_only_their_orders_everywhere(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    mine = (await place(server, admin_token, externalRef="ada-1"))["order"]
    theirs = (
        await place(server, admin_token, channel="market", externalRef="bob-1", customer={"email": "bob@example.com"})
    )["order"]
    ada = await make_token(Role.CUSTOMER, "Ada@Example.com")
    market = await make_token(Role.CHANNEL, "market")
    east = await make_token(Role.WAREHOUSE, "east")
    eu = await make_token(Role.WAREHOUSE, "eu")

    ada_list = await orders(server, ada)
    market_list = await orders(server, market)
    east_list = await orders(server, east)
    eu_list = await orders(server, eu)
    probe = await server.gql(
        "query($a: ID!, $b: ID!, $n: String!) { a: order(id: $a) { id } b: node(id: $b) { id } c: orderByNumber(number: $n) { id } }",
        {"a": theirs["id"], "b": theirs["id"], "n": theirs["number"]},
        token=ada,
    )

    assert (refs(ada_list), ada_list["totalCount"]) == (["ada-1"], 1)
    assert (refs(market_list), market_list["totalCount"]) == (["bob-1"], 1)
    # A warehouse sees the orders allocated to it (both are sourced from east).
    assert (sorted(refs(east_list)), east_list["totalCount"]) == (["ada-1", "bob-1"], 2)
    assert (refs(eu_list), eu_list["totalCount"]) == ([], 0)
    assert probe == {"data": {"a": None, "b": None, "c": None}}
    assert mine["id"] != theirs["id"]


async def test_a_page_of_orders_costs_a_fixed_number_of_queries(
    server: Server, admin_token: str, catalog: dict[str, Any], sql_counter: Any
) -> None:
    fields = ORDER_FIELDS + " allocations { sku quantity status warehouse { code } }"

    async def page_cost(n: int) -> int:
        sql_counter.statements.clear()
        body = await server.gql(
            "query($n: Int) { orders(first: $n) { totalCount edges { node { %s } } } }" % fields,
            {"n": n},
            token=admin_token,
        )
        assert "errors" not in body, body
        edges = body["data"]["orders"]["edges"]
        assert len(edges) == n
        assert all(e["node"]["lines"] and e["node"]["customer"] and e["node"]["allocations"] for e in edges)
        return len(sql_counter.statements)

    for i in range(50):
        await seed_order(admin_token, f"N-{i}", [("SKU-A", 1), ("SKU-B", 1)])

    await page_cost(1)  # the token is looked up on its first use, then trusted for a while
    small, large = await page_cost(5), await page_cost(50)

    # page (its customers joined) + count + channel + lines + history + allocations +
    # warehouses, whatever the page size
    assert small, "statements are counted"
    assert small == large, sql_counter.statements
    assert not [s for s in sql_counter.statements if 'FROM "customer"' in s], "customers come with the page"
