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
from decimal import Decimal
from typing import Any

import pytest
from graphql import GraphQLNonNull, GraphQLObjectType, GraphQLString

from models import catalog as m_catalog
from models import orders as m
from models.access import Role
from models.order_money import FinancialStatus
from schema.compiled import compile_query
from schema.order_projection import ORDER, ORDERS
from schema.projection import READS, Column, Nodes, NotProjected, RootProjection, Selected, project_connection
from schema.root import build_schema
from settings import Settings
from tests.fixtures.backends import Backends, settings_for
from tests.fixtures.database import make_token
from tests.fixtures.server import Server

AVAILABLE = re.compile(rb'"currentlyAvailable":[-+.eE0-9]+')
MAX_ID = 2**31 - 1
MAX_AMOUNT = Decimal("999999999999.99")  # numeric(14, 2)
# JSON's escapes, control characters, a line separator, accents, a non-BMP emoji, a quote.
AWKWARD = "\"\\/\x01\x1f\n\t\r\x7f\u2028é😀'"

EVERY_FIELD = (
    "fragment F on Order { id number status externalRef idempotencyKey currency financialStatus phone note "
    "subtotal { amount currency } total { currency amount } shippingAmount { amount } taxTotal { amount } "
    "discountTotal { amount currency } customer { id email name } "
    "lines { id sku name quantity unitPrice { amount currency } lineTotal { amount } cancelledQuantity } }"
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
]


@pytest.fixture
def settings(backends: Backends) -> Settings:
    return settings_for(backends, compiled_check=False)  # compiled answers are served


async def _boundary_orders(catalog: dict[str, Any]) -> list[m.Order]:
    """Orders whose stored values reach the columns' limits."""
    channel = await m_catalog.Channel.get(code="web")
    product = await m_catalog.Product.get(sku="SKU-A")
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
            phone=text[:32] if text else None,
            note=text,
        )
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
    reads = READS - before
    if backends.postgres:
        assert reads == {"projected": 2 * len(DOCUMENTS)}
    else:
        assert reads == {"declined": 2 * len(DOCUMENTS)}


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


def _projected(document: str) -> bool:
    schema = build_schema(Settings())._schema
    compiled = compile_query(
        schema, document, None, lambda definition, name: lambda info, kwargs: True, {"orders": _ROOT}
    )
    return compiled.root.fields[0].projection is not None


async def _never(*args: Any, **kwargs: Any) -> list[str] | None:
    raise AssertionError("not read")


_ROOT = RootProjection(_never, ORDERS)


@pytest.mark.parametrize(
    ("document", "projected"),
    [
        ("{ orders { edges { node { id number } } } }", True),
        ("{ orders { edges { node { id createdAt } } } }", False),  # no form: a timestamp
        ("{ orders { edges { node { total { currencyCode } } } } }", False),  # no form: an enum of a code
        ("{ orders { edges { cursor node { id } } } }", False),  # an edge's cursor
        ("{ orders { pageInfo { hasNextPage } edges { node { id } } } }", False),
        ("{ orders { totalCount } }", False),
        ("{ orders { edges { node { id channel { code } } } } }", False),  # a relation without a form
    ],
)
def test_only_selections_with_a_form_for_every_field_are_projected(document: str, projected: bool) -> None:
    assert _projected(document) is projected


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
        project_connection([edges], RootProjection(_never, Nodes(m.Order, forms)))
