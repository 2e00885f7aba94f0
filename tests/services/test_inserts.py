"""`models.inserts`: `new_row` builds what the model's own constructor builds, and the
multi-row INSERT writes every row of a large batch with its id."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from tortoise.models import Model
from tortoise.transactions import in_transaction

from models.customers import CustomerNotification
from models.events import OutboxEvent
from models.fulfilment import PickTask, PickTaskLine
from models.inserts import change_later, flush_changes, insert_all, insert_later, new_row
from models.inventory import Allocation, MovementReason, StockMovement
from models.orders import Customer, Order, OrderEvent, OrderLine, OrderStatus

NOW = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)

ROWS: list[tuple[type[Model], dict[str, Any]]] = [
    (
        OutboxEvent,
        {"topic": "t", "aggregate_type": "order", "aggregate_id": 1, "payload": {"a": [1]}, "occurred_at": NOW},
    ),
    (
        OrderEvent,
        {"order_id": 1, "kind": "CREATED", "from_status": None, "to_status": OrderStatus.PENDING, "actor": "a"},
    ),
    (
        OrderLine,
        {
            "order_id": 1,
            "product_id": 2,
            "sku": "S",
            "name": "N",
            "quantity": 3,
            "unit_price": Decimal("1.5"),
            "line_total": Decimal("4.50"),
        },
    ),
    (Allocation, {"order_id": 1, "warehouse_id": 2, "product_id": 3, "quantity": 4}),
    (
        StockMovement,
        {
            "stock_level_id": 1,
            "product_id": 2,
            "warehouse_id": 3,
            "reason": MovementReason.RESERVE,
            "reserved_delta": 1,
            "actor": "a",
            "reference": "r",
        },
    ),
    (PickTask, {"order_id": 1, "warehouse_id": 2}),
    (PickTaskLine, {"task_id": 1, "product_id": 2, "sku": "S", "barcode": None, "quantity": 1}),
    (
        CustomerNotification,
        {
            "email": "e@example.com",
            "kind": "ORDER_CONFIRMED",
            "language": "",
            "data": {"n": 1},
            "status": "PENDING",
            "attempts": 0,
            "next_attempt_at": NOW,
            "created_at": NOW,
        },
    ),
    (
        Order,
        {
            "channel_id": 1,
            "external_ref": "R",
            "request_fingerprint": "f",
            "customer_id": 2,
            "status": OrderStatus.ALLOCATED,
            "currency": "USD",
            "subtotal": Decimal("1"),
            "total": Decimal("1"),
            "ship_country": "US",
        },
    ),
]


@pytest.mark.parametrize(("model", "values"), ROWS, ids=[m.__name__ for m, _ in ROWS])
async def test_new_row_builds_what_the_constructor_builds(
    database: None, model: type[Model], values: dict[str, Any]
) -> None:
    # when a row is built both ways
    fast, slow = new_row(model, **values), model(**values)

    # then every attribute is the same (mutable defaults not shared), and so is the INSERT
    assert fast.__dict__ == slow.__dict__
    for key, value in fast.__dict__.items():
        if isinstance(value, dict | list) and key not in values:
            assert value is not slow.__dict__[key]


async def test_new_row_refuses_a_null_for_a_required_field_and_a_related_object(database: None) -> None:
    with pytest.raises(ValueError, match="non nullable"):
        new_row(OrderLine, order_id=1, product_id=2, sku=None, name="N", quantity=1, unit_price=1, line_total=1)
    customer = Customer(id=1, email="e@example.com")
    with pytest.raises(TypeError, match="plain values"):
        new_row(Order, customer=customer)


async def test_insert_all_writes_a_batch_larger_than_one_statement_with_every_id(database: None) -> None:
    # given more rows than one statement's parameters hold (9 columns each)
    rows = [
        new_row(OutboxEvent, topic="t", aggregate_type="bulk", aggregate_id=i, payload={"i": i}, occurred_at=NOW)
        for i in range(4000)
    ]

    async with in_transaction() as conn:
        await insert_all(rows, using_db=conn)

    # then each row has its own id, in order, and the stored rows are those given
    ids = [row.id for row in rows]
    assert ids == sorted(ids) and len(set(ids)) == 4000
    stored = await OutboxEvent.filter(aggregate_type="bulk").order_by("id").values_list("id", "aggregate_id")
    assert stored == [(row.id, i) for i, row in enumerate(rows)]


async def test_held_changes_go_out_with_the_held_rows_and_a_reader_writes_them_first(
    database: None, sql_counter: Any
) -> None:
    # given two outbox rows, one of them about to be changed, and one to be deleted
    kept, gone = [
        await OutboxEvent.create(topic="t", aggregate_type="held", aggregate_id=i, payload={}, occurred_at=NOW)
        for i in (1, 2)
    ]
    from services.sql import sql
    from services.uow import unit_of_work

    async def change(conn: Any, text: str, *values: object) -> None:
        await change_later(sql(conn, text), list(values), using_db=conn)

    # when a unit of work holds back a new row, an UPDATE and a DELETE
    sql_counter.statements.clear()
    async with unit_of_work() as conn:
        await insert_later([new_row(Customer, email="held@example.com", name=None)], using_db=conn)
        await insert_later(
            [new_row(OutboxEvent, topic="n", aggregate_type="held", aggregate_id=3, payload={}, occurred_at=NOW)],
            using_db=conn,
        )
        await change(conn, "UPDATE outbox_event SET topic = ? WHERE id = ?", "changed", kept.id)
        await change(conn, "DELETE FROM outbox_event WHERE id = ?", gone.id)
        unseen = await OutboxEvent.filter(aggregate_type="held").using_db(conn).order_by("id").values_list("topic")
    sent = [s.rstrip(";") for s in sql_counter.statements]
    read = next(i for i, s in enumerate(sent) if s.startswith('SELECT "topic"'))
    held = [s for s in sent[read + 1 :] if s != "COMMIT"]  # after the read

    # then nothing was written until the commit, and then all of it in one statement on
    # PostgreSQL (one per table and change on SQLite)
    assert unseen == [("t",), ("t",)]
    stored = await OutboxEvent.filter(aggregate_type="held").order_by("id").values_list("aggregate_id", "topic")
    assert stored == [(1, "changed"), (3, "n")]
    assert await Customer.filter(email="held@example.com").count() == 1
    postgres = str(conn.capabilities.dialect) == "postgres"
    assert len(held) == (1 if postgres else 4), sent

    # and a reader that flushes first sees a held change, which the commit does not repeat
    async with unit_of_work() as conn:
        await change(conn, "UPDATE outbox_event SET topic = ? WHERE id = ?", "again", kept.id)
        await flush_changes(conn)
        seen = await OutboxEvent.filter(id=kept.id).using_db(conn).values_list("topic", flat=True)
        await OutboxEvent.filter(id=kept.id).using_db(conn).update(topic="last")
    assert (seen, await OutboxEvent.filter(id=kept.id).values_list("topic", flat=True)) == (["again"], ["last"])
