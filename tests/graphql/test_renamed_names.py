"""Renamed inputs keep working under their deprecated names for a release, a conflict between
the two names is a userError, and every connection pages backwards too."""

from __future__ import annotations

from typing import Any

from tests.fixtures.catalog import DROP_SHIP_CREATE, DROP_SHIPPED, SUPPLIER_CREATE
from tests.fixtures.server import Server

PRODUCTS_PAGE = """query($first: Int, $after: String, $last: Int, $before: String) {
  products(first: $first, after: $after, last: $last, before: $before) {
    edges { cursor node { sku } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"""

PRODUCT_OF = (
    "query($sku: String!) { products(filter: {skus: [$sku]}, first: 1) { edges { node { sku dropShipped } } } }"
)


async def test_a_product_is_drop_shipped_under_either_name_and_both_names_must_agree(
    server: Server, admin_token: str
) -> None:
    for code in ("acme", "globex"):
        body = await server.gql(SUPPLIER_CREATE, {"i": {"code": code, "name": code.title()}}, token=admin_token)
        assert body["data"]["supplierCreate"]["userErrors"] == [], body

    old = await server.gql(DROP_SHIP_CREATE, {"i": {**DROP_SHIPPED, "dropshipSupplier": "acme"}}, token=admin_token)
    same = await server.gql(
        DROP_SHIP_CREATE,
        {"i": {**DROP_SHIPPED, "sku": "DS-2", "dropShipSupplier": "acme", "dropshipSupplier": "acme"}},
        token=admin_token,
    )
    conflict = await server.gql(
        DROP_SHIP_CREATE,
        {"i": {**DROP_SHIPPED, "sku": "DS-3", "dropShipSupplier": "acme", "dropshipSupplier": "globex"}},
        token=admin_token,
    )
    products = [
        (await server.gql(PRODUCT_OF, {"sku": sku}, token=admin_token))["data"]["products"]["edges"]
        for sku in ("DS-1", "DS-2", "DS-3")
    ]

    assert old["data"]["productCreate"] == {"product": {"sku": "DS-1"}, "userErrors": []}
    assert same["data"]["productCreate"] == {"product": {"sku": "DS-2"}, "userErrors": []}
    assert conflict["data"]["productCreate"] == {
        "product": None,
        "userErrors": [
            {
                "field": ["dropShipSupplier"],
                "message": "Give dropShipSupplier or its deprecated name dropshipSupplier, not both.",
                "code": "INVALID",
            }
        ],
    }
    assert [[e["node"] for e in edges] for edges in products] == [
        [{"sku": "DS-1", "dropShipped": True}],
        [{"sku": "DS-2", "dropShipped": True}],
        [],
    ]


async def test_a_list_pages_backwards_with_last_and_before(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    everything = (await server.gql(PRODUCTS_PAGE, {"first": 100}, token=admin_token))["data"]["products"]
    skus = [e["node"]["sku"] for e in everything["edges"]]
    tail = (await server.gql(PRODUCTS_PAGE, {"last": 2}, token=admin_token))["data"]["products"]
    before_tail = (
        await server.gql(PRODUCTS_PAGE, {"last": 1, "before": tail["pageInfo"]["startCursor"]}, token=admin_token)
    )["data"]["products"]

    assert len(skus) >= 3
    assert [e["node"]["sku"] for e in tail["edges"]] == skus[-2:]
    assert tail["pageInfo"]["hasPreviousPage"] is True
    assert [e["node"]["sku"] for e in before_tail["edges"]] == [skus[-3]]
