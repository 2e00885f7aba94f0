"""dropShipRequestUpdates: a supplier hears its own drop-ship requests change, live and
replayed from a cursor, and never another supplier's."""

from __future__ import annotations

from decimal import Decimal

import pytest

from models.access import Role
from services import catalog
from tests.fixtures.catalog import seed_drop_ship
from tests.fixtures.database import make_token
from tests.fixtures.fulfilment import seed_fulfilment
from tests.fixtures.live import subscribe
from tests.fixtures.server import Server
from tests.fixtures.stock import USER_ERRORS, call, placed

pytestmark = pytest.mark.live_server

UPDATES = """
subscription($after: String) {
  dropShipRequestUpdates(after: $after) {
    cursor previousStatus status dropShipRequest { id status supplier { code } lines { sku quantity } }
  }
}
"""
REQUESTS = "query { dropShipRequests(first: 10) { edges { node { id supplier { code } } } } }"
CONFIRM = "mutation($i: DropShipConfirmInput!) { dropShipConfirm(input: $i) { dropShipRequest { id } %s } }" % (
    USER_ERRORS
)


async def own_request(server: Server, token: str) -> str:
    found = await call(server, token, REQUESTS, {}, "dropShipRequests")
    (edge,) = found["edges"]
    request_id: str = edge["node"]["id"]
    return request_id


async def test_a_supplier_hears_only_its_own_requests_live_and_replayed(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    await seed_drop_ship(admin_token)
    await catalog.create_supplier(code="globex", name="Globex")
    await catalog.create_product(sku="DS-2", name="Gadget", price=Decimal("20.00"), dropship_supplier="globex")
    acme, globex = await make_token(Role.SUPPLIER, "acme"), await make_token(Role.SUPPLIER, "globex")

    async with subscribe(server, UPDATES, token=acme) as sub:
        await placed(server, admin_token, "LIVE-1", [("DS-2", 2), ("DS-1", 1)])  # globex's request opens first
        opened = (await sub.next())["dropShipRequestUpdates"]
        mine, theirs = await own_request(server, acme), await own_request(server, globex)
        for token, request_id in ((globex, theirs), (acme, mine)):  # globex's confirmation first again
            assert (await call(server, token, CONFIRM, {"i": {"id": request_id}}, "dropShipConfirm"))[
                "userErrors"
            ] == []
        confirmed = (await sub.next())["dropShipRequestUpdates"]
    async with subscribe(server, UPDATES, {"after": opened["cursor"]}, token=acme) as replay:
        replayed = (await replay.next())["dropShipRequestUpdates"]

    assert (opened["previousStatus"], opened["status"]) == (None, "REQUESTED")
    assert opened["dropShipRequest"]["supplier"] == {"code": "acme"}
    assert opened["dropShipRequest"]["lines"] == [{"sku": "DS-1", "quantity": 1}]
    assert (confirmed["previousStatus"], confirmed["status"]) == ("REQUESTED", "CONFIRMED")
    assert confirmed["dropShipRequest"]["id"] == mine
    assert replayed == confirmed
    assert int(opened["cursor"]) < int(confirmed["cursor"])
