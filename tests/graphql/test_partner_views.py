"""What partners see of a shipment: the carrier the address and recipient of its own
shipments (not the order, its prices or lines); a carrier's webhook URL only staff see."""

from __future__ import annotations

from typing import Any

from models.access import Role
from services import catalog
from tests.fixtures.database import make_token
from tests.fixtures.fulfilment import dispatched, order_view, packed, pick_all, seed_fulfilment, task_view
from tests.fixtures.server import Server
from tests.fixtures.stock import placed

SHIPMENT = """
query($id: ID!) { node(id: $id) { ... on Shipment {
  trackingNumber recipientName shipTo { country region city postalCode line1 }
  lines { sku quantity } order { number lines { sku unitPrice { amount } } }
  carrier { code webhookUrl }
} } }
"""
SHIPMENTS = (
    "query { shipments(first: 10) { edges { node { trackingNumber recipientName shipTo { city } order { id } } } } }"
)
WEBHOOK = "query($id: ID!) { node(id: $id) { ... on Shipment { carrier { code webhookUrl } } } }"
ADDRESS = {"country": "US", "region": "NY", "city": "New York", "postalCode": "10001", "line1": "1 Main St"}


async def shipped(server: Server, admin: str, ref: str, carrier: str, tracking: str) -> dict[str, Any]:
    order = await placed(server, admin, ref, [("SKU-A", 2)])
    (task,) = (await order_view(server, admin, order["id"]))["pickTasks"]
    view = await task_view(server, admin, task["id"])
    assert view is not None
    done = await pick_all(server, admin, view)
    return await dispatched(server, admin, (await packed(server, admin, done["id"]))["id"], carrier, tracking)


async def node(server: Server, token: str, shipment: dict[str, Any]) -> Any:
    body = await server.gql(SHIPMENT, {"id": shipment["id"]}, token=token)
    assert "errors" not in body, body
    return body["data"]["node"]


async def test_a_carrier_sees_where_its_shipment_goes_and_to_whom_but_not_the_order(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token)
    box = await shipped(server, admin_token, "PV-1", "ups", "UPS-PV-1")
    other = await shipped(server, admin_token, "PV-2", "dhl", "DHL-PV-2")
    ups = await make_token(Role.CARRIER, "ups")

    seen = await node(server, ups, box)
    listed = await server.gql(SHIPMENTS, token=ups)
    not_its_own = await node(server, ups, other)

    assert seen == {
        "trackingNumber": "UPS-PV-1",
        "recipientName": "Ada Lovelace",
        "shipTo": ADDRESS,
        "lines": [],
        "order": None,
        "carrier": {"code": "ups", "webhookUrl": None},
    }
    assert listed["data"]["shipments"]["edges"] == [
        {
            "node": {
                "trackingNumber": "UPS-PV-1",
                "recipientName": "Ada Lovelace",
                "shipTo": {"city": "New York"},
                "order": None,
            }
        }
    ]
    assert not_its_own is None


async def test_staff_and_the_shipping_warehouse_still_see_the_contents(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    box = await shipped(server, admin_token, "PV-3", "ups", "UPS-PV-3")
    east = await make_token(Role.WAREHOUSE, "east")

    by_staff = await node(server, admin_token, box)
    by_warehouse = await node(server, east, box)

    assert by_staff["lines"] == by_warehouse["lines"] == [{"sku": "SKU-A", "quantity": 2}]
    assert by_staff["recipientName"] == by_warehouse["recipientName"] == "Ada Lovelace"
    assert by_staff["order"]["lines"] == [{"sku": "SKU-A", "unitPrice": {"amount": "10.00"}}]


async def test_only_staff_see_a_carriers_webhook_url(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    await catalog.create_carrier(code="fedex", name="FedEx", webhook_url="https://hooks.example.com/fedex?key=s3cret")
    box = await shipped(server, admin_token, "PV-4", "fedex", "FDX-PV-4")
    viewers = {
        "admin": admin_token,
        "ops": await make_token(Role.OPS),
        "carrier": await make_token(Role.CARRIER, "fedex"),
        "warehouse": await make_token(Role.WAREHOUSE, "east"),
        "customer": await make_token(Role.CUSTOMER, "ada@example.com"),
        "channel": await make_token(Role.CHANNEL, "web"),
    }

    seen = {
        name: (await server.gql(WEBHOOK, {"id": box["id"]}, token=token))["data"]["node"]["carrier"]["webhookUrl"]
        for name, token in viewers.items()
    }

    url = "https://hooks.example.com/fedex?key=s3cret"
    assert seen == {"admin": url, "ops": url, "carrier": None, "warehouse": None, "customer": None, "channel": None}
