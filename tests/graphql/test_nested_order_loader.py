"""A task's or a shipment's `order` goes through the per-request, principal-aware loader:
a page of N costs the same statements whatever N, and scoping still holds."""

from __future__ import annotations

from typing import Any

from models.access import Role
from tests.fixtures.database import make_token
from tests.fixtures.server import Server
from tests.fixtures.stock import placed

TASKS_WITH_ORDERS = """
query($n: Int) { pickTaskList(first: $n) { edges { node { status order { number status } } } } }
"""


async def test_a_page_of_tasks_with_their_orders_costs_the_same_whatever_its_size(
    server: Server, admin_token: str, catalog: dict[str, Any], sql_counter: Any
) -> None:
    numbers = [(await placed(server, admin_token, f"N-{i}", [("SKU-A", 1)]))["number"] for i in range(12)]

    async def page_cost(n: int) -> tuple[int, list[str]]:
        sql_counter.statements.clear()
        body = await server.gql(TASKS_WITH_ORDERS, {"n": n}, token=admin_token)
        assert "errors" not in body, body
        orders = [e["node"]["order"]["number"] for e in body["data"]["pickTaskList"]["edges"]]
        return len(sql_counter.statements), orders

    (small, few), (large, many) = await page_cost(2), await page_cost(12)

    assert small == large, sql_counter.statements
    assert (len(few), sorted(many)) == (2, sorted(numbers))


async def test_a_warehouse_reads_the_orders_of_its_own_tasks_through_the_loader(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    order = await placed(server, admin_token, "N-1", [("SKU-A", 1)])
    warehouse = await make_token(Role.WAREHOUSE, "east")
    staff = await make_token(Role.OPS)

    seen_by = {}
    for name, token in (("warehouse", warehouse), ("ops", staff)):
        body = await server.gql(TASKS_WITH_ORDERS, {"n": 5}, token=token)
        seen_by[name] = [e["node"]["order"] for e in body["data"]["pickTaskList"]["edges"]]

    assert seen_by == {
        "warehouse": [{"number": order["number"], "status": "ALLOCATED"}],
        "ops": [{"number": order["number"], "status": "ALLOCATED"}],
    }
