"""Master data administration through the real app: list connections with filters and
Relay paging, update (a product's new price applies to new orders only), archive (an archived
product cannot be ordered but its orders keep it; an archived warehouse gets no new
allocations or transfers) and restore. Stock reconciles after every test."""

from __future__ import annotations

from typing import Any

from models.access import Role
from tests.fixtures.catalog import order_input
from tests.fixtures.database import make_token
from tests.fixtures.server import Server
from tests.fixtures.stock import (
    ORDER_CREATE_VIEW,
    USER_ERRORS,
    call,
    create_order,
    fetch_order,
    ok,
    placed,
    receive,
    sourcing,
)

LIST = """query($f: SetupFilter, $first: Int, $after: String) {
  %s(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { code name archivedAt } } } }"""
PRODUCT_UPDATE = (
    """mutation($i: ProductUpdateInput!) {
  productUpdate(input: $i) { product { sku name price { amount } weightGrams archivedAt } %s } }"""
    % USER_ERRORS
)
ARCHIVE = """mutation($i: ArchiveInput!) { %s(input: $i) { %s { archivedAt } %s } }"""
WAREHOUSE_UPDATE = (
    """mutation($i: WarehouseUpdateInput!) {
  warehouseUpdate(input: $i) { warehouse { code name priority region } %s } }"""
    % USER_ERRORS
)
CHANNEL_UPDATE = (
    """mutation($i: ChannelUpdateInput!) {
  channelUpdate(input: $i) { channel { code name backorderPolicy allowSplit } %s } }"""
    % USER_ERRORS
)
SUPPLIER_UPDATE = (
    """mutation($i: SupplierUpdateInput!) {
  supplierUpdate(input: $i) { supplier { code name leadTimeDays } %s } }"""
    % USER_ERRORS
)
CARRIER_UPDATE = (
    """mutation($i: CarrierUpdateInput!) {
  carrierUpdate(input: $i) { carrier { code name webhookUrl } %s } }"""
    % USER_ERRORS
)
ORDER_LINES = "query($id: ID!) { order(id: $id) { status lines { sku quantity unitPrice { amount } } } }"


async def archive(server: Server, token: str, kind: str, code: str, archived: bool = True) -> dict[str, Any]:
    name = f"{kind}Archive"
    doc = ARCHIVE % (name, kind, USER_ERRORS)
    return await call(server, token, doc, {"i": {"code": code, "archived": archived}}, name)


async def listed(server: Server, token: str, name: str, **variables: Any) -> dict[str, Any]:
    return await call(server, token, LIST % name, variables, name)


async def test_lists_filter_and_page_relay_style(server: Server, admin_token: str, catalog: dict[str, Any]) -> None:
    await archive(server, admin_token, "warehouse", "eu")

    first = await listed(server, admin_token, "warehouses", first=1)
    second = await listed(server, admin_token, "warehouses", first=1, after=first["pageInfo"]["endCursor"])
    in_use = await listed(server, admin_token, "warehouses", f={"archived": False})
    archived = await listed(server, admin_token, "warehouses", f={"archived": True})
    channels = await listed(server, admin_token, "channels", f={"search": "MARK"})

    assert [e["node"]["code"] for e in first["edges"]] == ["east"]
    assert (first["totalCount"], first["pageInfo"]["hasNextPage"]) == (2, True)
    assert [e["node"]["code"] for e in second["edges"]] == ["eu"]
    assert second["pageInfo"]["hasNextPage"] is False
    assert [e["node"]["code"] for e in in_use["edges"]] == ["east"]
    assert [e["node"]["code"] for e in archived["edges"]] == ["eu"]
    assert archived["edges"][0]["node"]["archivedAt"] is not None
    assert [e["node"]["code"] for e in channels["edges"]] == ["market"]


async def test_a_new_price_applies_to_new_orders_only(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    before = await placed(server, admin_token, "PRICE-1", [("SKU-A", 1)])

    updated = await ok(
        server,
        admin_token,
        PRODUCT_UPDATE,
        {"i": {"sku": "SKU-A", "price": "12.5", "weightGrams": 300}},
        "productUpdate",
    )
    after = await placed(server, admin_token, "PRICE-2", [("SKU-A", 1)])
    old_lines = await call(server, admin_token, ORDER_LINES, {"id": before["id"]}, "order")
    new_lines = await call(server, admin_token, ORDER_LINES, {"id": after["id"]}, "order")

    assert updated["product"] == {
        "sku": "SKU-A",
        "name": "Product SKU-A",
        "price": {"amount": "12.50"},
        "weightGrams": 300,
        "archivedAt": None,
    }
    assert old_lines["lines"] == [{"sku": "SKU-A", "quantity": 1, "unitPrice": {"amount": "10.00"}}]
    assert new_lines["lines"] == [{"sku": "SKU-A", "quantity": 1, "unitPrice": {"amount": "12.50"}}]


async def test_an_archived_product_cannot_be_ordered_but_its_orders_keep_it(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    kept = await placed(server, admin_token, "ARCH-1", [("SKU-B", 1)])

    archived = await archive(server, admin_token, "product", "SKU-B")
    refused = await create_order(server, admin_token, "ARCH-2", [("SKU-A", 1), ("SKU-B", 1)])
    history = await fetch_order(server, admin_token, kept["id"])
    restored = await archive(server, admin_token, "product", "SKU-B", archived=False)
    again = await create_order(server, admin_token, "ARCH-3", [("SKU-B", 1)])
    await archive(server, admin_token, "channel", "market")
    closed = await create_order(server, admin_token, "ARCH-4", [("SKU-B", 1)], channel="market")

    assert archived["userErrors"] == [] and archived["product"]["archivedAt"] is not None
    assert refused == {
        "order": None,
        "userErrors": [
            {
                "field": ["lines", "1", "sku"],
                "message": "SKU SKU-B is archived: it cannot be ordered.",
                "code": "ARCHIVED",
            }
        ],
    }
    assert history is not None and [ln["sku"] for ln in history["lines"]] == ["SKU-B"]
    assert restored["userErrors"] == [] and restored["product"]["archivedAt"] is None
    assert again["userErrors"] == []
    assert closed["userErrors"] == [
        {"field": ["channel"], "message": "Channel market is archived.", "code": "ARCHIVED"}
    ]


PRODUCTS = """query($f: ProductFilter) { products(filter: $f, first: 50) { totalCount edges { node { sku } } } }"""


async def skus(server: Server, token: str, f: dict[str, Any] | None = None) -> list[str]:
    connection = await call(server, token, PRODUCTS, {"f": f}, "products")
    found = [e["node"]["sku"] for e in connection["edges"]]
    assert connection["totalCount"] == len(found)
    return found


async def test_the_product_list_shows_an_archived_product_only_when_asked(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    """As in Shopify and Saleor: an archived product (which cannot be ordered) is out of the
    catalogue a storefront reads, whatever else the filter says, until the filter asks for it."""
    await archive(server, admin_token, "product", "SKU-B")
    storefront = await make_token(Role.CHANNEL, "web")

    assert await skus(server, admin_token) == ["SKU-A", "SKU-C"]
    assert await skus(server, storefront) == ["SKU-A", "SKU-C"]
    assert await skus(server, storefront, {"skus": ["SKU-A", "SKU-B"]}) == ["SKU-A"]
    assert await skus(server, admin_token, {"search": "SKU-B"}) == []
    assert await skus(server, admin_token, {"archived": True}) == ["SKU-B"]
    assert await skus(server, admin_token, {"archived": None}) == ["SKU-A", "SKU-B", "SKU-C"]
    assert await skus(server, admin_token, {"archived": False, "skus": ["SKU-B"]}) == []


async def test_an_archived_warehouse_gets_no_new_allocations_or_transfers(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    await receive(server, admin_token, "SKU-C", "eu", 5)  # east has 100 too
    await ok(server, admin_token, WAREHOUSE_UPDATE, {"i": {"code": "east", "priority": 1}}, "warehouseUpdate")
    before = await placed(server, admin_token, "WH-1", [("SKU-C", 1)])

    await archive(server, admin_token, "warehouse", "east")
    after = await placed(server, admin_token, "WH-2", [("SKU-C", 1)])
    transfer = await call(
        server,
        admin_token,
        """mutation($i: StockTransferCreateInput!) { stockTransferCreate(input: $i) { %s } }""" % USER_ERRORS,
        {"i": {"source": "eu", "destination": "east", "lines": [{"sku": "SKU-C", "quantity": 1}]}},
        "stockTransferCreate",
    )

    assert sourcing(before) == [("SKU-C", "east", 1)]
    assert sourcing(after) == [("SKU-C", "eu", 1)]
    assert transfer["userErrors"] == [
        {"field": ["destination"], "message": "Warehouse 'east' is archived.", "code": "ARCHIVED"}
    ]


async def test_every_kind_updates_and_refuses_bad_values_with_codes(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    await call(
        server,
        admin_token,
        'mutation { supplierCreate(input: {code: "acme", name: "Acme"}) { userErrors { code } } }',
        {},
        "supplierCreate",
    )
    await call(
        server,
        admin_token,
        'mutation { carrierCreate(input: {code: "ups", name: "UPS"}) { userErrors { code } } }',
        {},
        "carrierCreate",
    )

    warehouse = await call(
        server,
        admin_token,
        WAREHOUSE_UPDATE,
        {"i": {"code": "eu", "name": "Europe", "region": "Hesse"}},
        "warehouseUpdate",
    )
    channel = await call(
        server,
        admin_token,
        CHANNEL_UPDATE,
        {"i": {"code": "web", "backorderPolicy": "REJECT", "allowSplit": False}},
        "channelUpdate",
    )
    supplier = await call(
        server, admin_token, SUPPLIER_UPDATE, {"i": {"code": "acme", "leadTimeDays": 400}}, "supplierUpdate"
    )
    carrier = await call(
        server,
        admin_token,
        CARRIER_UPDATE,
        {"i": {"code": "ups", "webhookUrl": "https://ups.example/hook"}},
        "carrierUpdate",
    )
    missing = await call(server, admin_token, PRODUCT_UPDATE, {"i": {"sku": "NOPE", "name": "x"}}, "productUpdate")
    blank = await call(
        server, admin_token, PRODUCT_UPDATE, {"i": {"sku": "SKU-A", "name": " ", "price": "-1"}}, "productUpdate"
    )
    suppliers = await listed(server, admin_token, "suppliers")
    carriers = await listed(server, admin_token, "carriers", f={"archived": False})

    assert warehouse == {
        "warehouse": {"code": "eu", "name": "Europe", "priority": 100, "region": "Hesse"},
        "userErrors": [],
    }
    assert channel == {
        "channel": {"code": "web", "name": "Web", "backorderPolicy": "REJECT", "allowSplit": False},
        "userErrors": [],
    }
    assert supplier == {
        "supplier": None,
        "userErrors": [
            {"field": ["leadTimeDays"], "message": "leadTimeDays must be within 0..365.", "code": "INVALID"}
        ],
    }
    assert carrier["carrier"] == {"code": "ups", "name": "UPS", "webhookUrl": "https://ups.example/hook"}
    assert missing == {
        "product": None,
        "userErrors": [{"field": ["sku"], "message": "Product 'NOPE' not found.", "code": "NOT_FOUND"}],
    }
    assert blank == {
        "product": None,
        "userErrors": [
            {"field": ["name"], "message": "name must be 1-200 characters.", "code": "REQUIRED"},
            {"field": ["price"], "message": "price must be a non-negative amount.", "code": "INVALID"},
        ],
    }
    assert [e["node"]["code"] for e in suppliers["edges"]] == ["acme"]
    assert [e["node"]["code"] for e in carriers["edges"]] == ["ups"]


CUSTOMERS = """query($f: CustomerFilter) { customers(filter: $f, first: 10) {
  totalCount edges { node { email orderCount orderTotals { amount currency } } } } }"""
ORDER_CUSTOMER = "query($id: ID!) { order(id: $id) { customer { email orderCount orderTotals { amount } } } }"


async def test_customers_list_with_their_order_count_and_totals_as_the_caller_may_see_them(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    orders = []
    for ref, channel, email in (
        ("C-1", "web", "ada@example.com"),
        ("C-2", "web", "ada@example.com"),
        ("C-3", "market", "ada@example.com"),
        ("C-4", "web", "bob@example.com"),
    ):
        variables = {"input": order_input(externalRef=ref, channel=channel, customer={"email": email})}
        orders.append((await ok(server, admin_token, ORDER_CREATE_VIEW, variables, "orderCreate"))["order"])
    web = await make_token(Role.CHANNEL, "web")

    everyone = await call(server, admin_token, CUSTOMERS, {}, "customers")
    ada = await call(server, admin_token, CUSTOMERS, {"f": {"search": "ADA@"}}, "customers")
    through_web = await call(server, web, ORDER_CUSTOMER, {"id": orders[0]["id"]}, "order")

    assert everyone["totalCount"] == 2
    assert ada["edges"] == [
        {
            "node": {
                "email": "ada@example.com",
                "orderCount": 3,
                "orderTotals": [{"amount": "76.50", "currency": "USD"}],
            }
        }
    ]
    # A channel sees only its own orders of a customer shared with another channel.
    assert through_web["customer"] == {
        "email": "ada@example.com",
        "orderCount": 2,
        "orderTotals": [{"amount": "51.00"}],
    }
