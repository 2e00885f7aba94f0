"""orderBulkCreate's set-based path (services/order_batch.py) stores what orderCreate stores for
the same drafts one after another: orders, lines, customers, allocations, pick tasks, ledger,
history, outbox events, notifications, stock counters. Two identical worlds (products,
stock, channels, customers prefixed X- and Y-): one is filled in bulk, the other one order at
a time, and their rows are compared with the prefixes and ids taken out."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from models.catalog import BackorderPolicy, Product, Warehouse
from models.customers import CustomerNotification
from models.events import OutboxEvent
from models.fulfilment import PickTask, PickTaskLine
from models.inventory import Allocation, MovementReason, StockLevel, StockMovement
from models.order_money import OrderTag
from models.orders import Customer, Order, OrderEvent, OrderLine
from services import catalog
from services.inventory import PolicyChange, adjust_stock, ledger_mismatches, update_stock_policy
from tests.fixtures.catalog import ORDER_CREATE, order_input, principal_of
from tests.fixtures.server import Server
from tests.graphql.test_order_bulk_create import BULK


async def build_world(token: str, prefix: str) -> None:
    """Channels {p}-bo (backorders) and {p}-rej (refuses them); products {p}-A..F; stock that
    splits, backorders and partly fills orders without any row crossing its low-stock edge
    (E and F are below their safety stock already), except A at east when 40 are ordered."""
    principal = await principal_of(token)
    await catalog.create_channel(code=f"{prefix}-bo", name=prefix)
    await catalog.create_channel(code=f"{prefix}-rej", name=prefix, backorder_policy=BackorderPolicy.REJECT)
    for sku, price in (("A", "10.00"), ("B", "5.50"), ("C", "99.99"), ("D", "2.00"), ("E", "1.25"), ("F", "3.00")):
        await catalog.create_product(sku=f"{prefix}-{sku}", name=f"Product {sku}", price=Decimal(price))
    for sku, warehouse, units, safety in (
        ("A", "east", 40, 0),
        ("A", "eu", 10, 0),
        ("B", "east", 20, 0),
        ("C", "east", 9, 0),
        ("E", "east", 2, 5),
        ("E", "eu", 10, 0),
        ("F", "east", 1, 5),
    ):
        await adjust_stock(
            principal, sku=f"{prefix}-{sku}", warehouse=warehouse, delta=units, reason=MovementReason.RECEIPT
        )
        if safety:
            await update_stock_policy(
                principal, sku=f"{prefix}-{sku}", warehouse=warehouse, change=PolicyChange(safety_stock=safety)
            )


def drafts(prefix: str, channel: str) -> list[dict[str, Any]]:
    def one(ref: str, email: str, name: str | None, lines: list[tuple[str, int]], **more: Any) -> dict[str, Any]:
        return order_input(
            channel=f"{prefix}-{channel}",
            externalRef=ref,
            customer={"email": f"{prefix}-{email}", "name": name},
            lines=[{"sku": f"{prefix}-{sku}" if sku != "NOPE" else sku, "quantity": q} for sku, q in lines],
            **more,
        )

    return [
        one(
            "R1",
            "ada@example.com",
            None,
            [("A", 2), ("B", 1)],
            billingAddress={"country": "us", "city": "Boston"},
            phone="+1 555 0100",
            note="Gift wrap",
            tags=["vip", "gift"],
            metadata=[{"key": "cart", "value": "c-1"}],
            shippingAmount="4.99",
            taxLines=[{"name": "VAT", "rate": "0.2", "amount": "5.00"}],
            discounts=[{"code": "WELCOME", "amount": "1.50"}],
        ),
        one("R2", "ADA@example.com", "Ada", [("C", 3)], idempotencyKey=f"{channel}-key-2"),
        one("R3", "bob@example.com", "Bob", [("D", 1)]),  # no stock anywhere
        one("R4", "bob@example.com", None, [("E", 3), ("B", 2)]),  # E splits east / eu
        one("R5", "cy@example.com", "Cy", [("NOPE", 1)]),  # unknown SKU: fails alone
        one("R6", "cy@example.com", "Cy", [("F", 3)]),  # one unit there: partly filled
        one("R7", "dee@example.com", "Dee", [("C", 4), ("A", 1)], currency="EUR"),  # not its currency
        one("R8", "dee@example.com", "Dee", [("C", 4)]),
    ]


async def snapshot(prefix: str) -> dict[str, Any]:
    """The world's rows, its prefix and every id replaced by what they stand for."""
    orders = {o.id: o for o in await Order.filter(channel__code__startswith=f"{prefix}-").order_by("id")}
    ref = {oid: (o.external_ref, o.channel_id) for oid, o in orders.items()}
    customers = {c.id: c for c in await Customer.filter(email__startswith=f"{prefix.lower()}-").order_by("id")}
    levels = {
        s.id: s
        for s in await StockLevel.filter(product__sku__startswith=f"{prefix}-").prefetch_related("product", "warehouse")
    }
    tasks = {
        t.id: t for t in await PickTask.filter(order_id__in=list(orders)).prefetch_related("warehouse").order_by("id")
    }
    skus = {p.id: p.sku for p in await Product.filter(sku__startswith=f"{prefix}-")}
    codes = {w.id: w.code for w in await Warehouse.all()}
    channel_codes = {o.channel_id: (await o.channel).code.split("-", 1)[1] for o in orders.values()}

    def sku(value: str) -> str:
        return value.split("-", 1)[1]

    def order_key(order_id: int) -> tuple[str, str]:
        external_ref, channel_id = ref[order_id]
        return external_ref, channel_codes[channel_id]

    def payload(values: dict[str, Any]) -> dict[str, Any]:
        out = dict(values)
        for key, value in values.items():
            if key == "order_id" and value in ref:
                out[key] = order_key(value)
            elif key == "number":
                out[key] = None if value is None else order_key(int(str(value).removeprefix("OG-")))
            elif key == "channel_id":
                out[key] = channel_codes.get(value)
            elif key == "customer_id":
                out[key] = sku(customers[value].email)
            elif key == "task_id":
                out[key] = (order_key(tasks[value].order_id), tasks[value].warehouse.code)
            elif key in ("stock_level_id", "product_id", "warehouse_id"):
                out[key] = "id"
            elif key == "email":
                out[key] = sku(value)
        return out

    events: list[tuple[str, Any, dict[str, Any]]] = []
    for event in await OutboxEvent.all().order_by("id"):
        if event.aggregate_type == "order" and event.aggregate_id in orders:
            events.append((event.topic, order_key(event.aggregate_id), payload(event.payload)))
        elif event.aggregate_type == "pick_task" and event.aggregate_id in tasks:
            events.append((event.topic, "task", payload(event.payload)))
        elif event.aggregate_type == "stock_level" and event.aggregate_id in levels:
            events.append((event.topic, "stock", payload(event.payload)))
    return {
        "orders": [
            (
                order_key(o.id),
                o.status,
                sku(customers[o.customer_id].email),
                o.customer_name,
                o.idempotency_key,
                o.currency,
                o.subtotal,
                o.total,
                o.ship_country,
                o.ship_city,
                (o.billing_country, o.billing_city, o.phone, o.note, o.metadata),
                (o.shipping_amount, o.tax_amount, o.discount_amount, o.tax_lines, o.discounts),
            )
            for o in orders.values()
        ],
        "tags": sorted(
            (order_key(t.order_id), t.tag) for t in await OrderTag.filter(order_id__in=list(orders)).order_by("id")
        ),
        "customers": [(sku(c.email), c.name) for c in customers.values()],
        "lines": [
            (order_key(ln.order_id), sku(ln.sku), ln.name, ln.quantity, ln.unit_price, ln.line_total)
            for ln in await OrderLine.filter(order_id__in=list(orders)).order_by("id")
        ],
        "allocations": [
            (
                order_key(a.order_id),
                sku(skus[a.product_id]),
                a.warehouse_id and codes[a.warehouse_id],
                a.quantity,
                a.status,
            )
            for a in await Allocation.filter(order_id__in=list(orders)).order_by("id")
        ],
        "tasks": [(order_key(t.order_id), t.warehouse.code, t.status) for t in tasks.values()],
        "task_lines": [
            (order_key(tasks[ln.task_id].order_id), sku(ln.sku), ln.quantity, ln.barcode)
            for ln in await PickTaskLine.filter(task_id__in=list(tasks)).order_by("id")
        ],
        "movements": [
            (
                sku(levels[m.stock_level_id].product.sku),
                levels[m.stock_level_id].warehouse.code,
                m.reason,
                m.on_hand_delta,
                m.reserved_delta,
                m.actor,
                order_key(int(m.reference.removeprefix("order:OG-"))) if m.reference else None,
            )
            for m in await StockMovement.filter(
                stock_level_id__in=list(levels), reason=MovementReason.RESERVE
            ).order_by("id")
        ],
        "history": [
            (order_key(e.order_id), e.kind, e.from_status, e.to_status, e.reason, e.actor)
            for e in await OrderEvent.filter(order_id__in=list(orders)).order_by("id")
        ],
        "events": events,
        "notifications": [
            (sku(n.email), n.kind, order_key(int(str(n.data["number"]).removeprefix("OG-"))))
            for n in await CustomerNotification.filter(email__startswith=f"{prefix.lower()}-").order_by("id")
        ],
        "stock": sorted(
            (sku(s.product.sku), s.warehouse.code, s.on_hand, s.reserved, s.safety_stock, s.low_stock)
            for s in levels.values()
        ),
    }


async def in_bulk(server: Server, token: str, orders: list[dict[str, Any]]) -> list[Any]:
    body = await server.gql(BULK, {"input": {"orders": orders, "errorPolicy": "SKIP_FAILED"}}, token=token)
    assert "errors" not in body, body
    answer = body["data"]["orderBulkCreate"]
    return [
        (r["order"] and (r["order"]["status"], r["replayed"]), [(e["field"], e["code"]) for e in r["userErrors"]])
        for r in answer["results"]
    ]


async def one_by_one(server: Server, token: str, orders: list[dict[str, Any]]) -> list[Any]:
    results = []
    for order in orders:
        body = await server.gql(ORDER_CREATE, {"input": order}, token=token)
        assert "errors" not in body, body
        placed = body["data"]["orderCreate"]
        # orderCreate answers a repeat with the stored order, without saying so: compare the status
        results.append(
            (
                placed["order"] and placed["order"]["status"],
                [(e["field"], e["code"]) for e in placed["userErrors"]],
            )
        )
    return results


def comparable(bulk_results: list[Any]) -> list[Any]:
    return [(r[0] and r[0][0], r[1]) for r in bulk_results]


async def run_both(server: Server, token: str, batches: list[tuple[str, list[str] | None]]) -> tuple[Any, Any]:
    """Each batch (channel, refs to send, all when None) in bulk for world X and one order
    at a time for world Y; returns each world's answers and rows."""
    for prefix in ("X", "Y"):
        await build_world(token, prefix)
    answers: dict[str, list[Any]] = {"X": [], "Y": []}
    for channel, refs in batches:
        for prefix in ("X", "Y"):
            chosen = [d for d in drafts(prefix, channel) if refs is None or d["externalRef"] in refs]
            if prefix == "X":
                answers[prefix].append(comparable(await in_bulk(server, token, chosen)))
            else:
                answers[prefix].append(await one_by_one(server, token, chosen))
    return answers, {prefix: await snapshot(prefix) for prefix in ("X", "Y")}


async def test_a_bulk_batch_stores_what_order_create_stores_one_by_one(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    # given two identical worlds; when the same drafts (split, backordered, partly filled,
    # refused for their SKU or currency, a customer named by a later order, an idempotency
    # key) go in bulk to X and one at a time to Y, on a channel that backorders and on one
    # that refuses, and then again (repeats) with one draft changed (a conflict)
    answers, rows = await run_both(server, admin_token, [("bo", None), ("rej", None), ("bo", ["R1", "R3", "R8"])])
    changed = [dict(d, lines=[{"sku": f"{p}-B", "quantity": 9}]) for p in ("X", "Y") for d in drafts(p, "bo")[:1]]
    answers["X"].append(comparable(await in_bulk(server, admin_token, changed[:1])))
    answers["Y"].append(await one_by_one(server, admin_token, changed[1:]))

    # then the answers and every row are the same
    assert answers["X"] == answers["Y"]
    assert answers["X"][0][0] == ("ALLOCATED", [])
    assert {a[0] for a in answers["X"][0]} >= {"ALLOCATED", "BACKORDERED", "PARTIALLY_ALLOCATED", None}
    assert ("INSUFFICIENT_STOCK" in str(answers["X"][1])) and ("IDEMPOTENCY_CONFLICT" in str(answers["X"][3]))
    x, y = await snapshot("X"), await snapshot("Y")
    assert x == y
    assert x["orders"] and x["movements"] and x["events"] and x["notifications"]
    assert rows["X"] == rows["Y"]
    assert await ledger_mismatches() == []


async def test_a_batch_taking_a_row_to_its_low_stock_edge_stores_what_order_create_stores(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    # given the two worlds; when a batch sells east's A, then eu's, down to nothing (their
    # low-stock edges: the bulk path stores the orders before each crossing in a batch and
    # the crossing order alone, so that the order crossing it raises the event)
    for prefix in ("X", "Y"):
        await build_world(admin_token, prefix)
    for prefix in ("X", "Y"):
        orders = [
            order_input(
                channel=f"{prefix}-bo",
                externalRef=f"L{i}",
                customer={"email": f"{prefix}-low@example.com"},
                lines=[{"sku": f"{prefix}-A", "quantity": 15}],
            )
            for i in range(4)
        ]
        if prefix == "X":
            answer = comparable(await in_bulk(server, admin_token, orders))
        else:
            assert answer == await one_by_one(server, admin_token, orders)

    # then the rows are the same, the low-stock event included
    x, y = await snapshot("X"), await snapshot("Y")
    assert x == y
    assert [e for e in x["events"] if e[0] == "stock.low"]
    assert [a[0] for a in answer] == ["ALLOCATED", "ALLOCATED", "ALLOCATED", "PARTIALLY_ALLOCATED"]


async def test_a_bulk_batch_sends_the_same_statements_whatever_its_size(
    server: Server, admin_token: str, catalog: dict[str, Any], sql_counter: Any
) -> None:
    # given a world with stock
    await build_world(admin_token, "X")

    async def statements(refs: range, start: int) -> int:
        orders = [
            order_input(
                channel="X-bo",
                externalRef=f"S{start + i}",
                customer={"email": f"X-c{i % 3}@example.com"},
                lines=[{"sku": "X-B", "quantity": 1}],
            )
            for i in refs
        ]
        sql_counter.statements.clear()
        answers = await in_bulk(server, admin_token, orders)
        assert all(a == (("ALLOCATED", False), []) for a in answers), answers
        return len(sql_counter.statements)

    # when batches of 2 and of 12 orders are placed (after one that looks the token up)
    await statements(range(1), 200)
    small, large = await statements(range(2), 0), await statements(range(12), 100)

    # then both send the same statements (set-based: none per order): channel, products,
    # repeats, BEGIN, warehouses, stock locked, customers, orders, stock UPDATE, pick tasks,
    # what was held back, COMMIT, and the audit event (SQLite: one INSERT per held table)
    assert small == large, sql_counter.statements
    assert large <= 13 if server.settings.database_dialect == "postgres" else large <= 21
