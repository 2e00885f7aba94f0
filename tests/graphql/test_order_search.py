"""Finding orders by what people hold in their hands: a SKU, a tracking number, the
channel's external reference (exact matches), within what the caller may see."""

from __future__ import annotations

from typing import Any

from models.access import Role
from tests.fixtures.database import make_token
from tests.fixtures.fulfilment import dispatched, order_view, packed, pick_all, seed_fulfilment, task_view
from tests.fixtures.server import Server
from tests.fixtures.stock import placed

ORDERS = """
query($f: OrderFilter) { orders(filter: $f, first: 50) { totalCount edges { node { externalRef } } } }
"""


async def refs(server: Server, token: str, **filter: Any) -> list[str]:
    body = await server.gql(ORDERS, {"f": filter}, token=token)
    assert "errors" not in body, body
    connection = body["data"]["orders"]
    found = sorted(e["node"]["externalRef"] for e in connection["edges"])
    assert connection["totalCount"] == len(found)
    return found


async def ship(server: Server, admin: str, order: dict[str, Any], tracking: str) -> None:
    (task,) = (await order_view(server, admin, order["id"]))["pickTasks"]
    view = await task_view(server, admin, task["id"])
    assert view is not None
    done = await pick_all(server, admin, view)
    await dispatched(server, admin, (await packed(server, admin, done["id"]))["id"], "ups", tracking)


async def test_orders_are_found_by_sku_tracking_number_and_external_ref(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    a = await placed(server, admin_token, "REF-A", [("SKU-A", 1)])
    b = await placed(server, admin_token, "REF-AB", [("SKU-A", 1), ("SKU-B", 2)])
    await placed(server, admin_token, "REF-C", [("SKU-C", 1)])
    await ship(server, admin_token, a, "1Z-AAA")
    await ship(server, admin_token, b, "1Z-BBB")

    assert await refs(server, admin_token, sku="SKU-A") == ["REF-A", "REF-AB"]
    assert await refs(server, admin_token, sku="SKU-B") == ["REF-AB"]
    assert await refs(server, admin_token, sku="SKU-NONE") == []
    assert await refs(server, admin_token, trackingNumber="1Z-BBB") == ["REF-AB"]
    assert await refs(server, admin_token, trackingNumber="1Z-B") == [], "exact, not a prefix"
    assert await refs(server, admin_token, externalRef="REF-A") == ["REF-A"], "exact, not a substring"
    assert await refs(server, admin_token, sku="SKU-A", trackingNumber="1Z-AAA") == ["REF-A"]
    assert await refs(server, admin_token, sku="SKU-C", externalRef="REF-A") == []


async def test_the_new_filters_stay_within_what_the_caller_sees(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "REF-ADA", [("SKU-A", 1)])  # ada's order
    await ship(server, admin_token, order, "1Z-ADA")
    ada = await make_token(Role.CUSTOMER, "ada@example.com")
    bob = await make_token(Role.CUSTOMER, "bob@example.com")

    assert await refs(server, ada, trackingNumber="1Z-ADA") == ["REF-ADA"]
    assert await refs(server, bob, trackingNumber="1Z-ADA") == []
    assert await refs(server, bob, sku="SKU-A") == []
    assert await refs(server, bob, externalRef="REF-ADA") == []
