"""services.statements: a hot read's SQL built once per shape answers what tortoise's
queryset answers, on the connection tortoise would use, and is reused only when safe."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path
from typing import Any

from tortoise import Tortoise
from tortoise.models import Model
from tortoise.transactions import in_transaction

from models.access import Role
from models.catalog import Product
from models.inventory import Allocation
from models.orders import Customer, Order, OrderLine
from services import catalog, db, statements
from services.access import Principal
from services.order_search import OrderSearch, page_shape, search_orders
from services.orders import get_order, visible_orders
from services.pagination import paginate
from settings import Settings
from tests.fixtures.catalog import principal_of, seed_catalog, seed_order
from tests.fixtures.database import make_token, reset_database
from tests.services.test_order_reads import CALLERS


def fields(row: Model | None) -> dict[str, Any] | None:
    return None if row is None else {name: getattr(row, name) for name in row._meta.db_fields}


async def test_get_order_reuses_its_sql_for_every_kind_of_caller_and_answers_as_tortoise(database: None) -> None:
    # given orders on two channels and callers of every role (a storefront's customer too)
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin)
    orders = [
        await seed_order(admin, "S-1", [("SKU-A", 1)]),
        await seed_order(admin, "S-2", [("SKU-B", 1)], channel="market"),
    ]
    tokens = [await make_token(role, scope) for role, scope in CALLERS]
    callers = [await principal_of(token) for token in tokens]
    storefront = await principal_of(await make_token(Role.CUSTOMER, "ada@example.com"))
    callers.append(dataclasses.replace(storefront, channel="web"))
    reads = [(caller, order_id) for caller in callers for order_id in (orders[0].id, orders[1].id, 999_999)]

    async def read(caller: Principal, order_id: int, with_customer: bool) -> Any:
        row = await get_order(caller, order_id=order_id, with_customer=with_customer)
        return fields(row), fields(row.customer) if row is not None and with_customer else None

    for with_customer in (False, True):
        for caller in callers:  # every shape built once
            await read(caller, orders[0].id, with_customer)

        # when each caller reads each order (and one that does not exist) again
        before = statements.OUTCOMES.copy()
        answers = [await read(caller, order_id, with_customer) for caller, order_id in reads]
        outcomes = statements.OUTCOMES - before

        # then the answers are tortoise's, every one through the kept SQL (a caller who may
        # see nothing has a constant filter: tortoise writes `id IN ()` without a parameter)
        expected = []
        for caller, order_id in reads:
            row = await visible_orders(caller).get_or_none(id=order_id)
            customer = await row.customer if row is not None and with_customer else None
            expected.append((fields(row), fields(customer)))
        assert answers == expected
        assert sum(1 for row, _ in answers if row is not None) == 11
        assert all(customer is not None for row, customer in answers if row is not None and with_customer)
        assert outcomes == {"reused": len(reads)}


async def test_a_page_reuses_its_sql_for_every_caller_sort_and_cursor_and_answers_as_tortoise(database: None) -> None:
    # given orders on two channels (one with no customer's email in common) and every caller
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin)
    for i in range(5):
        await seed_order(admin, f"P-{i}", [("SKU-A", 1)], channel="market" if i % 2 else "web")
    callers = [await principal_of(await make_token(role, scope)) for role, scope in CALLERS]
    none = OrderSearch()

    async def page(caller: Principal, kept: bool, **paging: Any) -> tuple[list[Any], bool, bool]:
        found = await paginate(
            search_orders(caller, none),
            max_page_size=100,
            joined=("customer",) if kept else (),
            shape=page_shape(caller, none) if kept else None,
            **{"first": None, "after": None, "last": None, "before": None, **paging},
        )
        customers = [fields(row.customer) if kept else fields(await row.customer) for row in found.items]
        return (
            [(fields(row), customer) for row, customer in zip(found.items, customers, strict=True)],
            (found.has_next_page),
            found.has_previous_page,
        )

    unkept: list[bool] = []

    async def every_page(kept: bool) -> list[Any]:
        answers = []
        for caller in callers:
            for sort, descending in (("created_at", True), ("created_at", False), ("id", True)):
                first = await paginate(
                    search_orders(caller, none),
                    sort=sort,
                    descending=descending,
                    first=2,
                    after=None,
                    last=None,
                    before=None,
                    max_page_size=100,
                )
                cursor = first.cursor(len(first.items) - 1) if first.items else None
                shapes: list[dict[str, Any]] = [{"first": 2}, {"last": 2}, {"first": 0}]
                if cursor is not None:
                    shapes += [{"first": 2, "after": cursor}, {"last": 1, "before": cursor}]
                for paging in shapes:
                    answers.append(await page(caller, kept, sort=sort, descending=descending, **paging))
                    # a cursor of the id sort carries the id twice: built per request
                    unkept.append(sort == "id" and ("after" in paging or "before" in paging))
        return answers

    # when every caller reads first, last, empty and cursor pages twice through kept statements
    await every_page(kept=True)  # every form built once
    unkept.clear()
    before = statements.OUTCOMES.copy()
    kept = await every_page(kept=True)
    outcomes = statements.OUTCOMES - before
    kept_forms = unkept.count(False)

    # then the pages are what tortoise's queryset gives, each read through a kept statement
    # (the first pages that made the cursors go through fetch, outside statements.select)
    assert kept == await every_page(kept=False)
    assert sum(len(rows) for rows, _, _ in kept) > 50
    assert outcomes["reused"] == kept_forms > 0


async def test_a_reused_shape_runs_on_the_transactions_connection(database: None) -> None:
    # given the shape of a customer read by id, built outside any transaction
    await Customer.create(name="Ada", email="ada@example.com")
    build_count = statements.OUTCOMES["built"] + statements.OUTCOMES["reused"]
    first = await Customer.first()
    assert first is not None
    await statements.select(Customer, "by_id", [first.id], lambda: Customer.filter(id__in=[first.id]))

    # when a transaction creates a customer and reads it by the kept shape before committing
    async with in_transaction():
        bob = await Customer.create(name="Bob", email="bob@example.com")
        seen = await statements.select(Customer, "by_id", [bob.id], lambda: Customer.filter(id__in=[bob.id]))
        reused = statements.OUTCOMES["reused"]

    # then the read saw the transaction's row, through the kept SQL
    assert [c.email for c in seen] == ["bob@example.com"]
    assert reused > 0 and statements.OUTCOMES["built"] + statements.OUTCOMES["reused"] == build_count + 2


async def test_children_in_order_and_values_of_another_type_never_use_a_kept_shape(database: None) -> None:
    # given an order with lines, and its lines' shape kept for int ids
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin)
    order = await seed_order(admin, "S-3", [("SKU-A", 1), ("SKU-B", 2)])
    key = ("children-test", "order_id", "-id")

    def lines(ids: list[Any]) -> Any:
        return OrderLine.filter(order_id__in=ids).order_by("-id")

    await statements.select(OrderLine, key, [order.id], lambda: lines([order.id]))

    # when read again with an int id, and with the id as a string (tortoise converts it)
    before = statements.OUTCOMES.copy()
    again = await statements.select(OrderLine, key, [order.id], lambda: lines([order.id]))
    as_text = await statements.select(OrderLine, key, [str(order.id)], lambda: lines([str(order.id)]))
    outcomes = statements.OUTCOMES - before

    # then both answer as tortoise does; the string never reaches the int shape's SQL
    expected = [fields(line) for line in await lines([order.id])]
    assert [fields(line) for line in again] == expected and len(expected) == 2
    assert [fields(line) for line in as_text] == expected
    assert outcomes == {"reused": 1, "tortoise": 1}


async def test_a_shape_whose_values_are_not_all_parameters_is_never_kept(database: None) -> None:
    # given a query that binds a value the caller did not name as one of its values
    # when it runs twice
    before = statements.OUTCOMES.copy()
    for _ in range(2):
        assert await statements.select(Order, "misnamed", [1], lambda: Order.filter(id=1, currency="EUR")) == []

    # then tortoise built it both times
    assert statements.OUTCOMES - before == {"tortoise": 2}


def state(row: Model) -> dict[str, Any]:
    """Everything an instance holds (its columns, tortoise's flags), relation caches aside."""
    return {name: value for name, value in vars(row).items() if not name.startswith("_") or name in FLAGS}


FLAGS = {"_partial", "_saved_in_db", "_custom_generated_pk", "_await_when_save"}


async def test_rows_built_in_one_pass_are_the_instances_tortoise_builds_for_every_model(database: None) -> None:
    # given orders with lines, allocations, events and a customer (decimals, enums, JSON,
    # timestamps and nulls among the columns)
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin)
    await seed_order(admin, "S-4", [("SKU-A", 1), ("SKU-B", 2)])
    await seed_order(admin, "S-5", [("SKU-A", 3)], channel="market")

    # when every model's rows are read by statements.fetch and by tortoise
    compared = []
    for model in Tortoise.apps["models"].values():
        expected = await model.all().order_by(model._meta.pk_attr)
        if not expected:
            continue
        before = statements.ROWS.copy()
        got = await statements.fetch(model.all().order_by(model._meta.pk_attr))
        assert statements.ROWS - before == {"one pass": 1}, model.__name__
        # then they are the same instances: the same values of the same types, the same flags
        assert [type(row) for row in got] == [type(row) for row in expected]
        assert [state(row) for row in got] == [state(row) for row in expected], model.__name__
        assert [{k: type(v) for k, v in state(row).items()} for row in got] == [
            {k: type(v) for k, v in state(row).items()} for row in expected
        ], model.__name__
        # (by repr too: a timestamp's time zone, an enum's member)
        assert [{k: repr(v) for k, v in state(row).items()} for row in got] == [
            {k: repr(v) for k, v in state(row).items()} for row in expected
        ], model.__name__
        compared.append(model.__name__)
    assert {
        "Order",
        "OrderLine",
        "Allocation",
        "Customer",
        "Product",
        "Warehouse",
        "StockLevel",
        "StockMovement",
    } <= set(compared)


async def test_an_instance_built_in_one_pass_saves_and_reads_relations_as_tortoise_s(database: None) -> None:
    # given an order read through statements.fetch
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin)
    order = await seed_order(admin, "S-6", [("SKU-A", 1)])
    [row] = await statements.fetch(Order.filter(id=order.id))

    # when a column is changed and saved, and its customer fetched through the relation
    row.note = "gift wrap"
    await row.save(update_fields=["note"])
    customer = await row.customer

    # then the row was updated in place and the relation resolves
    assert (await Order.get(id=order.id)).note == "gift wrap"
    assert customer is not None and customer.id == order.customer_id


def related_state(row: Model, attr: str) -> dict[str, Any] | None:
    related = row.__dict__[f"_{attr}"]
    return None if related is None else state(related)


async def test_rows_with_related_rows_are_split_in_one_pass_as_tortoise_splits_them(database: None) -> None:
    # given orders with a customer and without one, and allocations from a warehouse and
    # drop-shipped ones (a LEFT JOIN's row of nulls)
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin)
    await seed_order(admin, "S-7", [("SKU-A", 1), ("SKU-B", 2)])
    await seed_order(admin, "S-8", [("SKU-A", 3)], channel="market")
    first = await Allocation.all().order_by("id").first()
    assert first is not None
    await Allocation.filter(id=first.id).update(warehouse_id=None)

    models: tuple[tuple[type[Model], str | None], ...] = (
        (Order, "customer"),
        (OrderLine, "order"),
        (Allocation, "warehouse"),
        (Customer, None),
    )
    for model, attr in models:
        query = model.all().order_by("id")
        if attr is not None:
            query = query.select_related(attr)
        # when the rows are read by statements.fetch and by tortoise
        expected = await query
        before = statements.ROWS.copy()
        got = await statements.fetch(query)

        # then the same instances, with the same related instances (or None) held by each
        assert statements.ROWS - before == {"one pass": 1}
        assert [state(row) for row in got] == [state(row) for row in expected]
        if attr is not None:
            assert [related_state(row, attr) for row in got] == [related_state(row, attr) for row in expected]
            assert any(related_state(row, attr) is not None for row in got)
    allocations = await statements.fetch(Allocation.all().order_by("id").select_related("warehouse"))
    assert allocations[0].__dict__["_warehouse"] is None and allocations[0].warehouse_id is None


async def test_rows_with_a_relation_of_a_relation_are_split_by_tortoise(database: None) -> None:
    # given an order with lines
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin)
    await seed_order(admin, "S-9", [("SKU-A", 1)])

    # when lines are read with their order and its customer (two levels)
    query = OrderLine.all().order_by("id").select_related("order__customer")
    expected = await query
    before = statements.ROWS.copy()
    got = await statements.fetch(query)

    # then tortoise's executor split them, the same as tortoise's own read
    assert statements.ROWS - before == {"by tortoise": 1}
    assert [related_state(row, "order") for row in got] == [related_state(row, "order") for row in expected]
    assert [related_state(row.order, "customer") for row in got] == [
        related_state(row.order, "customer") for row in expected
    ]


async def test_rows_read_on_one_database_then_another_are_converted_as_that_one_stores_them(
    settings: Settings, migrated_sqlite: Path
) -> None:
    # given the suite's database (PostgreSQL in CI: money in a numeric column, which the driver
    # reads as a Decimal) and then the embedded SQLite made by `oms migrate` (money as text),
    # opened one after the other in this process, each with a product
    prices = []
    for url in (settings.database_url, f"sqlite://{migrated_sqlite}"):
        await db.open_database(settings.model_copy(update={"database_url": url}))
        try:
            await reset_database()
            await catalog.create_product(sku="SKU-D", name="Decimal", price=Decimal("12.50"))

            # when the product is read through a kept statement (as an order's draft is checked)
            found = await statements.select(
                Product, "test_products", ["SKU-D"], lambda: Product.filter(sku__in=["SKU-D"])
            )
            prices.append(found[0].price)
        finally:
            await db.close_database()

    # then each database's row is converted as its columns hold it: the plan made for the first
    # database's rows is not reused for the second's
    assert prices == [Decimal("12.50"), Decimal("12.50")]
    assert all(type(price) is Decimal for price in prices)
