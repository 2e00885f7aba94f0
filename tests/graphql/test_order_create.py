"""orderCreate through the real app: validation, storage, idempotency."""

from __future__ import annotations

import asyncio
from typing import Any

from models.events import OutboxEvent
from models.orders import Order, OrderLine
from tests.fixtures.catalog import ORDER_CREATE, order_input, place
from tests.fixtures.server import Server


async def test_order_is_stored_with_lines_customer_address_totals_and_history(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    result = await place(server, admin_token)

    assert result["userErrors"] == []
    order = result["order"]
    assert order["status"] == "ALLOCATED"
    assert order["number"].startswith("OG-")
    assert order["channel"] == {"code": "web"}
    assert order["customer"] == {"email": "ada@example.com", "name": "Ada Lovelace"}
    assert order["shippingAddress"]["country"] == "US"
    assert [(ln["sku"], ln["quantity"], ln["lineTotal"]["amount"]) for ln in order["lines"]] == [
        ("SKU-A", 2, "20.00"),
        ("SKU-B", 1, "5.50"),
    ]
    assert order["subtotal"] == {"amount": "25.50", "currency": "USD"}
    assert order["total"] == {"amount": "25.50", "currency": "USD"}
    assert [(h["kind"], h["fromStatus"], h["toStatus"]) for h in order["history"]] == [
        ("CREATED", None, "PENDING"),
        ("STATUS_CHANGED", "PENDING", "ALLOCATED"),
    ]
    assert order["history"][0]["actor"].startswith("admin")
    assert await Order.all().count() == 1
    assert await OrderLine.all().count() == 2
    assert await OutboxEvent.filter(topic="order.status_changed").count() == 2


async def test_explicit_unit_price_overrides_catalogue_price(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    result = await place(server, admin_token, lines=[{"sku": "SKU-C", "quantity": 3, "unitPrice": "80.10"}])

    assert result["order"]["total"]["amount"] == "240.30"


async def test_invalid_input_is_reported_field_by_field_and_nothing_is_written(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    bad = order_input(
        channel="nope",
        customer={"email": "not-an-email"},
        shippingAddress={"country": ""},
        lines=[{"sku": "SKU-A", "quantity": 0}, {"sku": "GHOST", "quantity": 1}, {"sku": "SKU-B", "quantity": -2}],
    )

    body = await server.gql(ORDER_CREATE, {"input": bad}, token=admin_token)

    payload = body["data"]["orderCreate"]
    assert payload["order"] is None
    assert [(e["code"], e["field"]) for e in payload["userErrors"]] == [
        ("UNKNOWN_CHANNEL", ["channel"]),
        ("INVALID", ["customer", "email"]),
        ("REQUIRED", ["shippingAddress", "country"]),
        ("INVALID_QUANTITY", ["lines", "0", "quantity"]),
        ("INVALID_QUANTITY", ["lines", "2", "quantity"]),
        ("UNKNOWN_SKU", ["lines", "1", "sku"]),
    ]
    assert all(e["message"] for e in payload["userErrors"])
    assert await Order.all().count() == 0
    assert await OutboxEvent.all().count() == 0


async def test_order_without_lines_is_rejected(server: Server, admin_token: str, catalog: dict[str, Any]) -> None:
    result = await place(server, admin_token, lines=[])

    assert result["userErrors"] == [
        {"field": ["lines"], "message": "An order needs at least one line.", "code": "REQUIRED"}
    ]


async def test_missing_required_graphql_field_is_a_graphql_error_not_a_500(server: Server, admin_token: str) -> None:
    response = await server.post(ORDER_CREATE, {"input": {"channel": "web"}}, token=admin_token)

    assert response.status_code in (200, 400)
    assert response.json()["errors"]


async def test_repeat_with_same_external_ref_returns_the_same_order(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    first = await place(server, admin_token)
    second = await place(server, admin_token)

    assert second == first
    assert await Order.all().count() == 1
    assert await OutboxEvent.filter(topic="order.status_changed").count() == 2  # created, allocated: once


async def test_idempotency_key_repeat_and_conflict(server: Server, admin_token: str, catalog: dict[str, Any]) -> None:
    first = await place(server, admin_token, externalRef="A-1", idempotencyKey="key-1")
    # Same key, same body (the external ref is part of the body): the same order.
    again = await place(server, admin_token, externalRef="A-1", idempotencyKey="key-1")
    # Same key, different body.
    conflict = await place(server, admin_token, externalRef="A-2", idempotencyKey="key-1")
    # Same external ref, different body.
    conflict_ref = await place(server, admin_token, externalRef="A-1", lines=[{"sku": "SKU-C", "quantity": 1}])

    assert again == first
    assert conflict["order"] is None
    assert [(e["code"], e["field"]) for e in conflict["userErrors"]] == [("IDEMPOTENCY_CONFLICT", ["idempotencyKey"])]
    assert [(e["code"], e["field"]) for e in conflict_ref["userErrors"]] == [("IDEMPOTENCY_CONFLICT", ["externalRef"])]
    assert await Order.all().count() == 1


async def test_twenty_concurrent_retries_make_exactly_one_order(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    results = await asyncio.gather(*(place(server, admin_token, idempotencyKey="retry-key") for _ in range(20)))

    assert all(r["userErrors"] == [] for r in results), results
    assert {r["order"]["id"] for r in results} == {results[0]["order"]["id"]}
    assert all(r == results[0] for r in results)
    assert await Order.all().count() == 1
    assert await OutboxEvent.filter(topic="order.status_changed").count() == 2  # created, allocated: once


async def test_channel_token_places_orders_only_on_its_channel(server: Server, catalog: dict[str, Any]) -> None:
    from models.access import Role
    from tests.fixtures.database import make_token

    web = await make_token(Role.CHANNEL, "web")

    own = await place(server, web)
    other = await place(server, web, channel="market", externalRef="M-1")

    assert own["userErrors"] == []
    assert [(e["code"], e["field"]) for e in other["userErrors"]] == [("UNKNOWN_CHANNEL", ["channel"])]


async def test_order_create_issues_a_bounded_number_of_sql_statements(
    server: Server, admin_token: str, catalog: dict[str, Any], sql_counter: Any
) -> None:
    async def statements_to_place(ref: str, skus: list[str]) -> list[str]:
        sql_counter.statements.clear()
        result = await place(server, admin_token, externalRef=ref, lines=[{"sku": sku, "quantity": 1} for sku in skus])
        assert result["userErrors"] == [], result
        return list(sql_counter.statements)

    one_line = await statements_to_place("ONE-LINE", ["SKU-A"])
    three_lines = await statements_to_place("THREE-LINES", ["SKU-A", "SKU-B", "SKU-C"])

    # Write path: token; channel; products; customer upsert; order; lines (one insert);
    # eligible warehouses; stock rows locked; one conditional stock UPDATE; ledger;
    # allocations; pick task + its lines; status; history; outbox twice (the pick task's
    # event, then the status events) -- one statement each, whatever the line count. The
    # payload's lines and history are one batched query each; channel and customer come from
    # the transaction.
    assert one_line, "statements are counted"
    assert len(three_lines) == len(one_line), "\n".join(s[:100] for s in three_lines)
