"""order(id) reads its order with its customer, and its lines (in the same statement on
PostgreSQL, the next one on SQLite), with SQL built once per shape (services.statements): the
second request sends the kept statements and answers the same."""

from __future__ import annotations

from typing import Any

from services import statements
from tests.fixtures.backends import Backends
from tests.fixtures.catalog import place
from tests.fixtures.database import SqlCounter
from tests.fixtures.server import Server

# (an address's latitude has no SQL form: the read goes through the resolvers, not schema.projection,
# whose single statement tests/graphql/test_projection.py counts)
ORDER = (
    "query($id: ID!) { order(id: $id) { id number status lines { id sku quantity } customer { email } "
    "shippingAddress { latitude } } }"
)


async def test_order_by_id_is_read_with_kept_sql(
    server: Server, admin_token: str, catalog: dict[str, Any], sql_counter: SqlCounter, backends: Backends
) -> None:
    # given an order, read once (its shapes built)
    placed = (await place(server, admin_token))["order"]
    first = await server.gql(ORDER, {"id": placed["id"]}, token=admin_token)

    # when it is read again
    before = statements.OUTCOMES.copy()
    sql_counter.statements.clear()
    again = await server.gql(ORDER, {"id": placed["id"]}, token=admin_token)
    outcomes = statements.OUTCOMES - before

    # then the same answer, from the kept SQL only: the order with its customer and its lines
    assert "errors" not in first and again == first and len(again["data"]["order"]["lines"]) >= 1
    if backends.postgres:  # one statement
        assert outcomes == {"joined": 1}
        assert len(sql_counter.statements) == 1
        assert "customer" in sql_counter.statements[0] and "order_line" in sql_counter.statements[0]
    else:
        assert set(outcomes) == {"reused"} and outcomes["reused"] >= 2
        assert len(sql_counter.statements) == 2
        assert "customer" in sql_counter.statements[0] and "order_line" in sql_counter.statements[1]
