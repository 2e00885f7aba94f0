"""orderCreate through the real app: validation, storage, idempotency."""

from __future__ import annotations

import asyncio
import dataclasses
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import strategies as st

from models.events import OutboxEvent
from models.inventory import MovementReason
from models.orders import Order, OrderLine
from services.catalog import create_product
from services.inventory import adjust_stock
from services.order_drafts import AddressDraft, DiscountDraft, LineDraft, OrderDraft, TaxLineDraft, body_fingerprint
from tests.fixtures.catalog import ORDER_CREATE, order_input, place, principal_of
from tests.fixtures.domain_values import draw
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


async def test_order_create_sends_the_same_few_statements_whatever_its_line_count(
    server: Server, admin_token: str, catalog: dict[str, Any], sql_counter: Any
) -> None:
    # given twenty products in stock at east (SKU-A/B/C and 17 more), and a token already used
    principal = await principal_of(admin_token)
    extra = [f"SKU-X{i:02d}" for i in range(17)]
    for sku in extra:
        await create_product(sku=sku, name=sku, price=Decimal("1.00"))
        await adjust_stock(principal, sku=sku, warehouse="east", delta=5, reason=MovementReason.RECEIPT)
    skus = ["SKU-A", "SKU-B", "SKU-C", *extra]
    assert (await place(server, admin_token, externalRef="WARM-UP", lines=[{"sku": "SKU-A", "quantity": 1}]))[
        "userErrors"
    ] == []

    async def statements_to_place(ref: str, count: int) -> list[str]:
        sql_counter.statements.clear()
        result = await place(
            server, admin_token, externalRef=ref, lines=[{"sku": sku, "quantity": 1} for sku in skus[:count]]
        )
        assert result["userErrors"] == [], result
        assert result["order"]["status"] == "ALLOCATED"
        assert len(result["order"]["lines"]) == count
        return list(sql_counter.statements)

    # when orders of 1, 3, 5 and 20 lines are placed
    sent = {count: await statements_to_place(f"LINES-{count}", count) for count in (1, 3, 5, 20)}

    # then each sends the same statements (a multi-row INSERT is one statement, an
    # executemany one per row): channel; products; customer upsert; eligible warehouses;
    # stock rows locked; the order, inserted with the status the plan gives it; one stock
    # UPDATE; the pick tasks; then what was held back to the commit -- the lines, the
    # allocations, the pick task lines, the ledger, the history, the outbox and the
    # customer's notification (issue 14): one statement on PostgreSQL, one per table on
    # SQLite. 9 (15) besides BEGIN and COMMIT (SQLite's driver adds a COMMIT before BEGIN),
    # and the audit event the mutation pipeline writes after the commit: 10 (16), issue 16's
    # bound; the token was looked up before.
    listing = "\n".join(s[:120] for s in sent[20])
    assert len(sent[1]) == len(sent[3]) == len(sent[5]) == len(sent[20]), listing
    own = [s for s in sent[20] if s.rstrip(";").upper() not in {"BEGIN", "COMMIT"}]
    assert len(own) <= (10 if server.settings.database_dialect == "postgres" else 16), listing


DETAILS = "number billingAddress { country city line1 } phone note tags metadata { key value } privateMetadata { key }"
CREATE_WITH_DETAILS = (
    "mutation($input: OrderCreateInput!) { orderCreate(input: $input) { order { %s } userErrors { field code } } }"
    % DETAILS
)
WITH_DETAILS: dict[str, Any] = {
    "billingAddress": {"country": "de", "city": "Berlin", "line1": "Unter den Linden 1"},
    "phone": "+49 30 1234567",
    "note": "  Leave it with the neighbour  ",
    "tags": ["vip", " gift ", "vip"],
    "metadata": [{"key": "storefrontCart", "value": "c-991"}, {"key": " utm ", "value": "mail"}],
}


async def test_an_order_is_created_with_its_billing_address_phone_note_tags_and_metadata(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    # when an order is placed with its details, and the same request is sent again
    body = await server.gql(CREATE_WITH_DETAILS, {"input": order_input(**WITH_DETAILS)}, token=admin_token)
    again = await server.gql(CREATE_WITH_DETAILS, {"input": order_input(**WITH_DETAILS)}, token=admin_token)
    # and with the same external ref but other tags
    other = await place(server, admin_token, **{**WITH_DETAILS, "tags": ["other"]})

    # then the order holds them as orderUpdate / orderMetadataUpdate would have set them
    created = body["data"]["orderCreate"]
    assert created["userErrors"] == []
    assert {k: v for k, v in created["order"].items() if k != "number"} == {
        "billingAddress": {"country": "DE", "city": "Berlin", "line1": "Unter den Linden 1"},
        "phone": "+49 30 1234567",
        "note": "Leave it with the neighbour",
        "tags": ["gift", "vip"],
        "metadata": [{"key": "storefrontCart", "value": "c-991"}, {"key": "utm", "value": "mail"}],
        "privateMetadata": [],
    }
    # the retry is the same order; other details are another request for the same ref
    assert again["data"]["orderCreate"] == created
    assert [(e["code"], e["field"]) for e in other["userErrors"]] == [("IDEMPOTENCY_CONFLICT", ["externalRef"])]
    assert await Order.all().count() == 1


async def test_bad_details_at_creation_are_user_errors_naming_them_and_write_nothing(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    # values past their columns (refused before the resolver runs), and values that fit them
    # but break the order's rules
    too_long = {"billingAddress": {"country": "DE", "city": "B" * 101}, "tags": ["t" * 65]}
    broken = {"phone": "call me", "metadata": [{"key": " ", "value": "x"}]}

    refused = [await place(server, admin_token, **bad) for bad in (too_long, broken)]

    assert [r["order"] for r in refused] == [None, None]
    assert [sorted((tuple(e["field"]), e["code"]) for e in r["userErrors"]) for r in refused] == [
        [(("billingAddress", "city"), "INVALID"), (("tags", "0"), "INVALID")],
        [(("metadata", "0", "key"), "INVALID"), (("phone",), "INVALID")],
    ]
    assert await Order.all().count() == 0


def test_an_order_fingerprint_without_details_is_the_one_stored_before_details_existed() -> None:
    # Orders accepted before orderCreate took details keep being recognised on retry: the
    # hash of a draft without them is the one the earlier code computed (pinned from it).
    draft = OrderDraft(
        channel="web",
        external_ref="FP-1",
        customer_email=" Ada@Example.com",
        customer_name="Ada",
        shipping_address=AddressDraft(country="US", city="NYC"),
        lines=[LineDraft(sku="SKU-A", quantity=2, unit_price=Decimal("1.50"))],
        currency="USD",
        idempotency_key="k",
    )

    assert draft.fingerprint() == "f1055d4a0320621d2fdf61a9206bc87c0ad89b89a3554c5acb3ab1039733a1f6"
    assert OrderDraft(**{**draft.__dict__, "tags": ["x"]}).fingerprint() != draft.fingerprint()


_text = st.text(st.characters(codec="utf-8"), max_size=8)
_money = st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-(10**12), max_value=10**12)
_address = st.builds(
    AddressDraft,
    country=_text,
    region=st.none() | _text,
    city=st.none() | _text,
    postal_code=st.none() | _text,
    line1=st.none() | _text,
    latitude=st.none() | st.floats(allow_nan=False),
    longitude=st.none() | st.floats(allow_nan=False),
)
DRAFTS = st.builds(
    OrderDraft,
    channel=_text,
    external_ref=_text,
    customer_email=_text,
    customer_name=st.none() | _text,
    shipping_address=st.none() | _address,
    lines=st.lists(
        st.builds(LineDraft, sku=_text, quantity=st.integers(-(2**31), 2**31 - 1), unit_price=st.none() | _money),
        max_size=3,
    ),
    currency=st.none() | _text,
    idempotency_key=st.none() | _text,
    billing_address=st.none() | _address,
    phone=st.none() | _text,
    note=st.none() | _text,
    tags=st.none() | st.lists(_text, max_size=3),
    metadata=st.none() | st.lists(st.tuples(_text, _text), max_size=3),
    shipping_amount=st.none() | _money,
    tax_lines=st.none() | st.lists(st.builds(TaxLineDraft, name=_text, rate=_money, amount=_money), max_size=2),
    discounts=st.none() | st.lists(st.builds(DiscountDraft, code=_text, amount=_money), max_size=2),
)


def test_every_kind_of_draft_has_the_fingerprint_the_first_stored_orders_have() -> None:
    # given drafts with and without each detail and charge (tuples among them: metadata)
    drafts = draw(DRAFTS, 300)

    # when each is fingerprinted, then the hash is the one of the draft as `asdict` gives it,
    # which the first stored orders were hashed from
    assert [d.fingerprint() for d in drafts] == [body_fingerprint(dataclasses.asdict(d)) for d in drafts]
    assert len({d.fingerprint() for d in drafts}) > 250


CHARGES = (
    "subtotal { amount } shippingAmount { amount } taxTotal { amount } discountTotal { amount } total { amount } "
    "taxLines { name rate amount { amount } } discounts { code amount { amount } } financialStatus"
)
CREATE_WITH_CHARGES = (
    "mutation($input: OrderCreateInput!) { orderCreate(input: $input) { order { %s } userErrors { field code } } }"
    % CHARGES
)


async def test_an_order_is_created_with_its_shipping_taxes_and_discounts_in_its_total(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    # when an order of 2 x SKU-A and 1 x SKU-B is placed with its charges, and one whose
    # discounts are worth more than its lines, shipping and tax
    charges = {
        "shippingAmount": "4.99",
        "taxLines": [{"name": "VAT", "rate": "0.19", "amount": "3.80"}],
        "discounts": [{"code": "WELCOME", "amount": "2.00"}],
    }
    body = await server.gql(CREATE_WITH_CHARGES, {"input": order_input(**charges)}, token=admin_token)
    too_much = await place(
        server, admin_token, externalRef="WEB-1002", discounts=[{"code": "ALL", "amount": "1000.00"}]
    )

    # then its total is lines + shipping + tax - discounts, as orderChargesSet would make it
    created = body["data"]["orderCreate"]
    assert created["userErrors"] == []
    order = created["order"]
    subtotal = Decimal(order["subtotal"]["amount"])
    assert (order["shippingAmount"], order["taxTotal"], order["discountTotal"]) == (
        {"amount": "4.99"},
        {"amount": "3.80"},
        {"amount": "2.00"},
    )
    assert Decimal(order["total"]["amount"]) == subtotal + Decimal("4.99") + Decimal("3.80") - Decimal("2.00")
    assert order["taxLines"] == [{"name": "VAT", "rate": "0.19", "amount": {"amount": "3.80"}}]
    assert order["discounts"] == [{"code": "WELCOME", "amount": {"amount": "2.00"}}]
    assert order["financialStatus"] == "PENDING"
    # and the other is refused, naming the discounts, with nothing written
    assert too_much["order"] is None
    assert [(e["field"], e["code"]) for e in too_much["userErrors"]] == [(["discounts"], "INVALID")]
    assert await Order.all().count() == 1


async def test_order_create_holds_the_stock_lock_for_few_statements_on_postgres(
    server: Server, admin_token: str, catalog: dict[str, Any], sql_counter: Any
) -> None:
    # The stock rows' locks serialise every order of a SKU (issue 16's contention run): what
    # does not depend on the plan made under them (the order itself) goes in before.
    if server.settings.database_dialect != "postgres":
        pytest.skip("SQLite has no row locks: its writer lock is the whole transaction")
    principal = await principal_of(admin_token)
    await create_product(sku="SKU-NONE", name="None in stock", price=Decimal("1.00"))

    async def under_lock(ref: str, sku: str) -> tuple[str, list[str]]:
        sql_counter.statements.clear()
        result = await place(server, admin_token, externalRef=ref, lines=[{"sku": sku, "quantity": 1}])
        assert result["userErrors"] == [], result
        sent = [s.strip().rstrip(";") for s in sql_counter.statements]
        locked = next(i for i, s in enumerate(sent) if "FOR UPDATE" in s.upper())
        commit = next(i for i, s in enumerate(sent) if i > locked and s.upper() == "COMMIT")
        return result["order"]["status"], sent[locked + 1 : commit]

    # when an order is allocated, and one is backordered (a SKU with a stock row at zero)
    allocated = await under_lock("LOCK-1", "SKU-A")
    await adjust_stock(principal, sku="SKU-NONE", warehouse="east", delta=1, reason=MovementReason.RECEIPT)
    await adjust_stock(principal, sku="SKU-NONE", warehouse="east", delta=-1, reason=MovementReason.ADJUSTMENT)
    backordered = await under_lock("LOCK-2", "SKU-NONE")

    # then between the statement that locks the stock row and COMMIT each sends only the
    # held-back rows (the allocated one's reservation took the lock; its pick task went in
    # before it); neither inserts the order or its task, or moves stock, under the lock
    assert allocated[0] == "ALLOCATED" and len(allocated[1]) == 1, allocated
    assert backordered[0] == "BACKORDERED" and len(backordered[1]) == 1, backordered
    after = [s.upper() for s in allocated[1] + backordered[1]]
    assert not any(
        s.startswith(('INSERT INTO "ORDER"', "UPDATE STOCK_LEVEL", 'INSERT INTO "PICK_TASK"')) for s in after
    )


async def _take_stock_while_an_order_waits(
    server: Server, token: str, sql_counter: Any, *, ref: str, **extra: Any
) -> tuple[dict[str, Any], list[str]]:
    """Place one SKU-A while a rival transaction holds east's SKU-A row: the order plans on the
    unlocked row (100 units: ALLOCATED), inserts itself and its pick task, then waits for the
    lock; the rival takes all 100 units out (ledger row and all) and commits. The order's plan
    under the lock then differs from its guess. (Its result, the statements after its lock.)"""
    import asyncpg

    from models.catalog import Product, Warehouse

    product, east = await Product.get(sku="SKU-A"), await Warehouse.get(code="east")
    locked = asyncio.Event()

    async def rival() -> None:
        conn = await asyncpg.connect(server.settings.database_url.replace("postgres://", "postgresql://", 1))
        try:
            await conn.execute("BEGIN")
            level = await conn.fetchrow(
                "SELECT id, on_hand FROM stock_level WHERE product_id = $1 AND warehouse_id = $2 FOR UPDATE",
                product.id,
                east.id,
            )
            locked.set()
            waiting = (
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
            for _ in range(500):  # until the order waits on this row's lock
                if await conn.fetchval(waiting):
                    break
                await asyncio.sleep(0.01)
            assert await conn.fetchval(waiting) == 1
            await conn.execute("UPDATE stock_level SET on_hand = 0, low_stock = true WHERE id = $1", level["id"])
            await conn.execute(
                "INSERT INTO stock_movement (stock_level_id, product_id, warehouse_id, reason, on_hand_delta, "
                "reserved_delta, actor, created_at) VALUES ($1, $2, $3, 'ADJUSTMENT', $4, 0, 'rival', now())",
                level["id"],
                product.id,
                east.id,
                -level["on_hand"],
            )
            await conn.execute("COMMIT")
        finally:
            await conn.close()

    # Named as the server's own tasks are, so that the counter leaves the rival's statements out.
    rival_task = asyncio.create_task(rival(), name="oms-test-rival")
    await locked.wait()
    sql_counter.statements.clear()
    result = await place(server, token, externalRef=ref, lines=[{"sku": "SKU-A", "quantity": 1}], **extra)
    await rival_task
    sent = [s.strip().rstrip(";") for s in sql_counter.statements]
    at = next(i for i, s in enumerate(sent) if "FOR UPDATE" in s.upper())
    commit = next(i for i, s in enumerate(sent) if i > at and s.upper() == "COMMIT")
    return result, sent[at + 1 : commit]


async def test_an_order_whose_stock_went_while_it_waited_for_the_lock_is_backordered_with_one_statement_after_it(
    server: Server, admin_token: str, catalog: dict[str, Any], sql_counter: Any
) -> None:
    # issue 16's contention run: 400 of 500 orders plan on a row with stock left, wait for its
    # lock, and find it empty. Their correction (status, the pick task their guess made) goes
    # out with the held-back rows: one round trip, not three, before COMMIT lets the next in.
    if server.settings.database_dialect != "postgres":
        pytest.skip("SQLite has no row locks: its writer lock is the whole transaction")
    from models.fulfilment import PickTask

    # when an order's stock is taken while it waits for the row's lock
    result, under_lock = await _take_stock_while_an_order_waits(server, admin_token, sql_counter, ref="LATE-1")

    # then it is backordered, with no task and no reservation, its history as if placed so
    assert result["userErrors"] == [] and result["order"]["status"] == "BACKORDERED", result
    assert [(h["kind"], h["fromStatus"], h["toStatus"]) for h in result["order"]["history"]] == [
        ("CREATED", None, "PENDING"),
        ("STATUS_CHANGED", "PENDING", "BACKORDERED"),
    ]
    order = await Order.get(external_ref="LATE-1")
    assert order.status == "BACKORDERED"
    assert await PickTask.filter(order_id=order.id).count() == 0
    statuses = [
        e.payload["status"] for e in await OutboxEvent.filter(aggregate_id=order.id, topic="order.status_changed")
    ]
    assert statuses == ["PENDING", "BACKORDERED"]
    # and after the statement that locked the row, only the held-back rows went before COMMIT
    assert len(under_lock) == 1 and under_lock[0].upper().startswith("WITH I0 AS (INSERT"), under_lock


async def test_an_order_held_at_intake_after_its_stock_went_keeps_its_backorder_under_the_hold(
    server: Server, admin_token: str, catalog: dict[str, Any], sql_counter: Any
) -> None:
    # The intake check reads and moves the new order (lock_work, the status writer) before the
    # held-back correction is written: it must see the order as corrected, and no task.
    if server.settings.database_dialect != "postgres":
        pytest.skip("SQLite has no row locks: its writer lock is the whole transaction")
    from models.fulfilment import PickTask

    policy = (
        "mutation($i: ChannelAlertPolicyUpdateInput!) { channelAlertPolicyUpdate(input: $i) { userErrors { code } } }"
    )
    body = await server.gql(
        policy, {"i": {"channel": "web", "checkAtIntake": True, "holdSuspicious": True}}, token=admin_token
    )
    assert body["data"]["channelAlertPolicyUpdate"]["userErrors"] == [], body

    # when a suspicious order (billed abroad) finds its stock gone under the lock
    result, _ = await _take_stock_while_an_order_waits(
        server, admin_token, sql_counter, ref="LATE-2", billingAddress={"country": "DE"}
    )

    # then it is held from BACKORDERED, with no task, and no event about a task
    assert result["userErrors"] == [] and result["order"]["status"] == "ON_HOLD", result
    assert [(h["fromStatus"], h["toStatus"]) for h in result["order"]["history"]] == [
        (None, "PENDING"),
        ("PENDING", "BACKORDERED"),
        ("BACKORDERED", "ON_HOLD"),
    ]
    order = await Order.get(external_ref="LATE-2")
    assert (order.status, order.status_before_hold) == ("ON_HOLD", "BACKORDERED")
    assert await PickTask.filter(order_id=order.id).count() == 0
    assert await OutboxEvent.filter(topic="pick_task.changed").count() == 0


async def test_reservations_that_took_the_lock_are_undone_when_the_locked_plan_differs(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    # orderCreate keeps a reservation made while locking only if the plan on the rows as
    # locked is the one it was made for; when it is not, the stock is as it was locked
    if server.settings.database_dialect != "postgres":
        pytest.skip("lock_and_apply is PostgreSQL's")
    from models.catalog import Product, Warehouse
    from models.inventory import StockLevel, StockMovement
    from services.stock import StockChange, lock_and_apply, lock_rows
    from services.uow import unit_of_work

    product = await Product.get(sku="SKU-A")
    east = await Warehouse.get(code="east")
    before = await StockLevel.get(product_id=product.id, warehouse_id=east.id)
    ledger = await StockMovement.all().count()

    async def reserve_two(accept: bool) -> bool:  # (accepted, the path every allocated orderCreate takes)
        async with unit_of_work() as conn:
            rows = await lock_rows(conn, product_ids=[product.id], warehouse_ids=[east.id], lock=False)
            change = StockChange(rows[(product.id, east.id)], MovementReason.RESERVE, reserved_delta=2)
            _, kept = await lock_and_apply(
                conn, [change], product_ids=[product.id], warehouse_ids=[east.id], accept=lambda _: accept, actor="t"
            )
            return kept

    # when the locked rows are not accepted, then nothing moved and nothing was booked
    assert await reserve_two(False) is False
    after = await StockLevel.get(id=before.id)
    assert (after.on_hand, after.reserved, after.low_stock) == (before.on_hand, before.reserved, before.low_stock)
    assert await StockMovement.all().count() == ledger
