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
from models.inserts import insert_all, new_row
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
