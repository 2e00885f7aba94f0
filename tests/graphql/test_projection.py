"""`orders` pages answered by PostgreSQL as JSON (schema.projection) are graphql-core's answers.

The compiled path serves here (compiled_check off): a document's first request is answered
by graphql-core, the next ones compiled, which on PostgreSQL means projected. The bodies must
be the same bytes but for the budget's `currentlyAvailable`. The rows reach the boundaries of
what the columns hold: the widest ids (the order number past six digits), the longest texts,
Unicode and JSON's special characters, zero and the largest amounts, null and set optional
columns, every status.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import orjson
import pytest
from graphql import GraphQLNonNull, GraphQLObjectType, GraphQLString
from tortoise import Tortoise

from graphql_compiled import CompiledPath
from models import DATETIME_MAX, DATETIME_MIN
from models import catalog as m_catalog
from models import inventory as m_inventory
from models import orders as m
from models.access import Role
from models.order_money import FinancialStatus
from schema.common import to_global_id
from schema.compiled import compile_query
from schema.order_projection import ORDER, ORDERS
from schema.projection import READS, Column, Nodes, NotProjected, RootProjection, Selected, project_root
from schema.root import build_schema
from services.db import APP, MODEL_MODULES
from settings import Settings
from tests.fixtures.backends import Backends, settings_for
from tests.fixtures.database import SqlCounter, make_token
from tests.fixtures.server import Server

RELEASED, RESERVED, SHIPPED = (m_inventory.AllocationStatus(s) for s in ("RELEASED", "RESERVED", "SHIPPED"))
AVAILABLE = re.compile(rb'"currentlyAvailable":[-+.eE0-9]+')
MAX_ID = 2**31 - 1
MAX_AMOUNT = Decimal("999999999999.99")  # numeric(14, 2)
# JSON's escapes, control characters, a line separator, accents, a non-BMP emoji, a quote.
AWKWARD = "\"\\/\x01\x1f\n\t\r\x7f\u2028é😀'"

EVERY_FIELD = (
    "fragment F on Order { id number status externalRef idempotencyKey currency financialStatus phone note "
    "subtotal { amount currency } total { currency amount } shippingAmount { amount } taxTotal { amount } "
    "discountTotal { amount currency } createdAt updatedAt customer { id email name } "
    "shippingAddress { country region city postalCode line1 } "
    "lines { id sku name quantity unitPrice { amount currency } lineTotal { amount } cancelledQuantity } "
    "allocations { id sku quantity status createdAt "
    "warehouse { id code name country region priority archivedAt } } }"
)
DOCUMENTS = [
    # every form, through a fragment, with aliases and __typename at each level
    "query Q($n: Int) { list: orders(first: $n) { all: edges { n: node { __typename kind: __typename ...F "
    "c: customer { __typename e: email } } } } } " + EVERY_FIELD,
    # each sort and direction, forwards and backwards
    "query { orders(first: 3, sortBy: {field: NUMBER, direction: ASC}) { edges { node { ...F } } } } " + EVERY_FIELD,
    "query { orders(last: 2, sortBy: {field: STATUS, direction: DESC}) { edges { node { ...F } } } } " + EVERY_FIELD,
    "query { orders(first: 4, sortBy: {field: CREATED_AT, direction: ASC}) { edges { node { number } } } }",
    # a filter, and an empty page
    "query { orders(first: 5, filter: {status: CANCELLED}) { edges { node { id lines { sku } } } } }",
    'query { orders(first: 5, filter: {externalRef: "none"}) { edges { node { id } } } }',
    "query { orders(first: 0) { edges { node { id } } } }",
    # one order, by id and by number (and one that is not there)
    f'query {{ order(id: "{to_global_id("Order", MAX_ID)}") {{ ...F }} }} ' + EVERY_FIELD,
    f'query {{ a: orderByNumber(number: "OG-1000000") {{ ...F }} b: order(id: "{to_global_id("Order", 5)}") {{ id }} }} '
    + EVERY_FIELD,
]


@pytest.fixture
def settings(backends: Backends) -> Settings:
    return settings_for(backends, compiled_check=False)  # compiled answers are served


async def _boundary_orders(catalog: dict[str, Any]) -> list[m.Order]:
    """Orders whose stored values reach the columns' limits."""
    channel = await m_catalog.Channel.get(code="web")
    product, other = await m_catalog.Product.get(sku="SKU-A"), await m_catalog.Product.get(sku="SKU-B")
    east = await m_catalog.Warehouse.get(code="east")
    await m_catalog.Warehouse.filter(code="east").update(region=None, archived_at=DATETIME_MAX - timedelta(days=1))
    supplier = await m_catalog.Supplier.create(code="drop", name=AWKWARD)
    longest = (AWKWARD * 30)[:200]
    customers = [
        await m.Customer.create(email=(AWKWARD + "@example.com" + "x" * 254)[:254], name=longest),
        await m.Customer.create(email="plain@example.com", name=None),
    ]
    made: list[m.Order] = []
    specs = [
        (999_999, m.OrderStatus.PENDING, Decimal("0.00"), None),
        (1_000_000, m.OrderStatus.CANCELLED, MAX_AMOUNT, AWKWARD),
        (MAX_ID, m.OrderStatus.PARTIALLY_RETURNED, Decimal("0.01"), longest),
    ]
    for number, (pk, status, amount, text) in enumerate(specs):
        order = await m.Order.create(
            id=pk,
            channel_id=channel.id,
            external_ref=(f"{number}" + AWKWARD * 10)[:128] if text else f"ref-{number}",
            idempotency_key=(f"{number}" + text)[:128] if text else None,
            request_fingerprint="f" * 64,
            customer_id=customers[number % 2].id,
            customer_name=text,
            status=status,
            financial_status=FinancialStatus.PENDING if text is None else list(FinancialStatus)[-1],
            currency="USD" if number else "JPY",
            subtotal=amount,
            total=amount,
            shipping_amount=amount,
            tax_amount=Decimal("0.00"),
            discount_amount=amount,
            ship_country="US",
            ship_region=text[:100] if text else None,
            ship_city=text[:100] if text else None,
            ship_postal_code=text[:32] if text else None,
            ship_line1=text[:200] if text else None,
            phone=text[:32] if text else None,
            note=text,
        )
        # the instants at the columns' limits, with and without microseconds
        instants = [
            DATETIME_MIN,
            DATETIME_MAX - timedelta(microseconds=1),
            datetime(2026, 12, 5, 1, 2, 3, 40, tzinfo=UTC),
        ]
        await m.Order.filter(id=pk).update(created_at=instants[number], updated_at=instants[-1 - number])
        for index, warehouse in enumerate([] if number == 0 else [east, None, east]):
            allocation = await m_inventory.Allocation.create(
                order_id=pk,
                warehouse_id=warehouse.id if warehouse else None,
                supplier_id=None if warehouse else supplier.id,
                # the last: a product the order has no line of (its SKU is "")
                product_id=other.id if index == 2 else product.id,
                quantity=MAX_ID - index,
                # (none reserved at a warehouse: the stock's reservations still reconcile)
                status=[RELEASED, RESERVED, SHIPPED][index],
            )
            await m_inventory.Allocation.filter(id=allocation.id).update(created_at=instants[index])
        for quantity in [] if number == 0 else [1, MAX_ID]:
            await m.OrderLine.create(
                order_id=order.id,
                product_id=product.id,
                sku=(AWKWARD * 5)[:64],
                name=longest,
                quantity=quantity,
                unit_price=amount,
                line_total=amount,
                cancelled_quantity=MAX_ID - quantity,
            )
        made.append(order)
    return made


async def test_projected_pages_are_graphql_cores_answers(
    server: Server, catalog: dict[str, Any], backends: Backends
) -> None:
    # given orders at the columns' limits (and one without lines), and a staff caller
    await _boundary_orders(catalog)
    admin = await make_token(Role.ADMIN)
    before = READS.copy()

    # when each document is sent three times (graphql-core, then compiled twice)
    for document in DOCUMENTS:
        answers = [await server.post(document, {"n": 10}, token=admin) for _ in range(3)]

        # then the three answers are the same bytes, and they are answers
        first = AVAILABLE.sub(b"", answers[0].content)
        assert all(AVAILABLE.sub(b"", a.content) == first for a in answers[1:]), document
        assert answers[0].status_code == 200 and b'"errors"' not in answers[0].content, answers[0].content[:500]

    # and on PostgreSQL the compiled answers were read as JSON, each of them; SQLite reads rows
    reads, root_fields = READS - before, len(DOCUMENTS) + 1  # the last document has two
    if backends.postgres:
        assert reads == {"projected": 2 * root_fields}
    else:
        assert reads == {"declined": 2 * root_fields}


async def test_the_numbers_and_amounts_at_the_limits_are_written_as_the_resolvers_write_them(
    server: Server, catalog: dict[str, Any]
) -> None:
    # given the boundary orders, read twice (the second compiled: projected on PostgreSQL)
    await _boundary_orders(catalog)
    admin = await make_token(Role.ADMIN)
    document = "{ orders(first: 3, sortBy: {field: NUMBER, direction: ASC}) { edges { node { number total { amount } lines { quantity } } } } }"
    await server.gql(document, token=admin)
    answer = await server.gql(document, token=admin)

    # then the order numbers past six digits are not cut, and the amounts keep their places
    nodes = [edge["node"] for edge in answer["data"]["orders"]["edges"]]
    assert [n["number"] for n in nodes] == ["OG-999999", "OG-1000000", f"OG-{MAX_ID}"]
    assert [n["total"]["amount"] for n in nodes] == ["0.00", str(MAX_AMOUNT), "0.01"]
    assert [line["quantity"] for line in nodes[2]["lines"]] == [1, MAX_ID]


async def test_a_customer_sees_only_their_orders_projected(server: Server, catalog: dict[str, Any]) -> None:
    # given orders of two customers
    await _boundary_orders(catalog)
    customer = await make_token(Role.CUSTOMER, "plain@example.com")
    document = "{ orders(first: 10) { edges { node { number customer { email } } } } }"

    # when the customer lists orders (graphql-core, then compiled)
    first = await server.gql(document, token=customer)
    second = await server.gql(document, token=customer)

    # then only their own, the same both times
    assert first == second
    emails = {edge["node"]["customer"]["email"] for edge in second["data"]["orders"]["edges"]}
    assert emails == {"plain@example.com"}


async def test_my_orders_is_projected_and_a_warehouse_is_answered_by_the_resolvers(
    server: Server, catalog: dict[str, Any], backends: Backends
) -> None:
    # given the boundary orders (allocations at east and drop-shipped), a customer and the east warehouse
    await _boundary_orders(catalog)
    customer = await make_token(Role.CUSTOMER, "plain@example.com")
    warehouse = await make_token(Role.WAREHOUSE, "east")
    mine = "{ myOrders(first: 5) { edges { node { ...F } } } } " + EVERY_FIELD
    theirs = "{ order(id: $id) { id allocations { sku warehouse { code } } } }".replace(
        "$id", f'"{to_global_id("Order", MAX_ID)}"'
    )
    before = READS.copy()

    # when each reads twice (graphql-core, then compiled)
    answers = {
        token: [await server.post(doc, token=token) for _ in range(2)]
        for token, doc in [(customer, mine), (warehouse, theirs)]
    }

    # then the same bytes each time; the customer's read projected, the warehouse's declined
    # (it sees its own allocations only: the resolvers answer it)
    for first, second in answers.values():
        assert AVAILABLE.sub(b"", first.content) == AVAILABLE.sub(b"", second.content)
        assert b'"errors"' not in first.content
    if backends.postgres:
        assert READS - before == {"projected": 1, "declined": 1}
    # and the warehouse sees the order with its own allocations only, the customer their orders
    seen = orjson.loads(answers[warehouse][1].content)["data"]["order"]["allocations"]
    assert seen and {a["warehouse"]["code"] for a in seen if a["warehouse"]} == {"east"}
    assert len(seen) < 3
    edges = orjson.loads(answers[customer][1].content)["data"]["myOrders"]["edges"]
    assert {edge["node"]["customer"]["email"] for edge in edges} == {"plain@example.com"}


async def test_a_projected_read_is_one_statement_whatever_the_page_size(
    server: Server, catalog: dict[str, Any], backends: Backends, sql_counter: SqlCounter
) -> None:
    # given the boundary orders, and the documents read once (compiled from then on)
    await _boundary_orders(catalog)
    admin = await make_token(Role.ADMIN)
    page = "query($n: Int) { orders(first: $n) { edges { node { ...F } } } } " + EVERY_FIELD
    one = f'{{ order(id: "{to_global_id("Order", MAX_ID)}") {{ ...F }} }} ' + EVERY_FIELD
    for document in (page, one):
        await server.post(document, {"n": 1}, token=admin)

    # when each is read again (the page at two sizes)
    counts = []
    for document, size in ((page, 1), (page, 3), (one, 1)):
        sql_counter.statements.clear()
        answer = await server.gql(document, {"n": size}, token=admin)
        assert "errors" not in answer
        counts.append(len(sql_counter.statements))

    # then on PostgreSQL each is one statement, with the lines, allocations, customers and
    # warehouses in it; the resolvers' reads take more
    if backends.postgres:
        assert counts == [1, 1, 1]
        assert all(
            table in sql_counter.statements[0]
            for table in ('"order_line"', '"allocation"', '"customer"', '"warehouse"')
        )
    else:
        assert counts[0] == counts[1] > 1


@pytest.mark.parametrize("on", [True, False])
def test_sql_projections_can_be_turned_off(on: bool) -> None:
    # given the compiled path with OMS_SQL_PROJECTIONS on or off
    settings = Settings(sql_projections=on)
    path = CompiledPath(build_schema(settings)._schema, settings)

    # when a projectable page document is compiled
    plan = path.queries.learn("{ orders(first: 2) { edges { node { id number } } } }", None)

    # then it is projected only when they are on (off: the resolvers read it, compiled)
    assert plan is not None
    assert (plan.root.fields[0].projection is not None) is on


@pytest.fixture
def models_ready() -> None:
    """The models' relations set up (their foreign-key columns known), as an open database
    has them: compiling reads them, and these tests open no database."""
    Tortoise.init_models(MODEL_MODULES, APP)


def _projected(document: str) -> bool:
    schema = build_schema(Settings())._schema
    roots = {"orders": _ROOT, "order": RootProjection(_never, ORDERS, connection=False)}
    compiled = compile_query(schema, document, None, lambda definition, name: lambda info, kwargs: True, roots)
    return compiled.root.fields[0].projection is not None


async def _never(*args: Any, **kwargs: Any) -> list[str] | None:
    raise AssertionError("not read")


_ROOT = RootProjection(_never, ORDERS)


@pytest.mark.parametrize(
    ("document", "projected"),
    [
        ("{ orders { edges { node { id number } } } }", True),
        ("{ orders { edges { node { id createdAt allocations { sku warehouse { code } } } } } }", True),
        ("{ orders { edges { node { id shippingAddress { latitude } } } } }", False),  # no form: a float
        ('{ order(id: "x") { id lines { sku } } }', True),
        ('{ order(id: "x") { id channel { code } } }', False),
        ("{ orders { edges { node { total { currencyCode } } } } }", False),  # no form: an enum of a code
        ("{ orders { edges { cursor node { id } } } }", False),  # an edge's cursor
        ("{ orders { pageInfo { hasNextPage } edges { node { id } } } }", False),
        ("{ orders { totalCount } }", False),
        ("{ orders { edges { node { id channel { code } } } } }", False),  # a relation without a form
    ],
)
def test_only_selections_with_a_form_for_every_field_are_projected(
    document: str, projected: bool, models_ready: None
) -> None:
    assert _projected(document) is projected


def test_a_field_with_extensions_is_never_projected() -> None:
    # given Order.number as if it carried a field extension (a permission check, say)
    order_type = build_schema(Settings())._schema.get_type("Order")
    assert isinstance(order_type, GraphQLObjectType)
    number = Selected("number", "number", GraphQLNonNull(GraphQLString), order_type, False, extended=True)
    edges = Selected(
        "edges",
        "edges",
        GraphQLString,
        order_type,
        False,
        [Selected("node", "node", order_type, order_type, False, [number])],
    )

    # then the selection is not projected
    with pytest.raises(NotProjected):
        project_root([edges], RootProjection(_never, ORDERS))


def test_a_form_that_would_answer_null_for_a_non_null_field_is_refused() -> None:
    # given Order.number (String!) declared as a nullable column
    order_type = build_schema(Settings())._schema.get_type("Order")
    assert isinstance(order_type, GraphQLObjectType)
    forms = {**ORDER, "number": Column("note")}
    edges = Selected(
        "edges",
        "edges",
        GraphQLString,
        order_type,
        False,
        [
            Selected(
                "node",
                "node",
                order_type,
                order_type,
                False,
                [Selected("number", "number", GraphQLNonNull(GraphQLString), order_type, False)],
            )
        ],
    )

    # then the selection is not projected
    with pytest.raises(NotProjected):
        project_root([edges], RootProjection(_never, Nodes(m.Order, forms)))
