"""The warehouse execution issue's end-to-end proof, through the real app and its live streams:
order -> allocation -> pick task on a warehouse's stream -> claim -> scans (one wrong) ->
complete -> pack -> dispatch -> carrier tracking -> delivered -> return -> restock. At every step stock, the ledger,
the order's history and its status events agree."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from models.access import Role
from services.inventory import ledger_mismatches
from tests.fixtures.catalog import ORDER_STATUS_SUB
from tests.fixtures.database import make_token
from tests.fixtures.fulfilment import (
    BARCODES,
    PICK_TASKS_SUB,
    SHIPMENT_UPDATES_SUB,
    allocations,
    claimed,
    complete,
    dispatched,
    hops,
    order_ledger,
    order_view,
    packed,
    role_of,
    scan,
    scan_ok,
    scan_view,
    setup_fulfilment,
    stock_of,
    task_view,
    track,
)
from tests.fixtures.live import Subscription, subscribe
from tests.fixtures.server import Server
from tests.fixtures.stock import placed

RETURN_REQUEST = (
    "mutation($i: ReturnRequestInput!) { returnRequest(input: $i) { returnRequest { id number } userErrors { code } } }"
)
RETURN_RECEIVE = "mutation($i: ReturnReceiveInput!) { returnReceive(input: $i) { userErrors { code message } } }"
RESERVED = [("RESERVE", "SKU-A", "east", 0, 2), ("RESERVE", "SKU-B", "east", 0, 1)]
SHIPPED = [("SHIP", "SKU-A", "east", -2, -2), ("SHIP", "SKU-B", "east", -1, -1)]


class World:
    """What the test watches: the order's stock, ledger, history and status events."""

    def __init__(self, server: Server, admin: str, statuses: Subscription) -> None:
        self.server, self.admin, self.statuses = server, admin, statuses
        self.events: list[tuple[str | None, str]] = []
        self.order: dict[str, Any] = {}

    async def status_events(self, count: int) -> list[tuple[str | None, str]]:
        got = []
        for _ in range(count):
            event = (await self.statuses.next())["orderStatusChanged"]
            assert event["order"]["id"] == self.order["id"]
            got.append((event["previousStatus"], event["status"]))
        self.events += got
        return got

    async def check(
        self,
        *,
        status: str,
        stock_a: tuple[int, int, int],
        stock_b: tuple[int, int, int],
        ledger: list[tuple[str, str, str, int, int]],
    ) -> dict[str, Any]:
        """The order's state, stock and ledger are as given, and history matches the events seen."""
        view = await order_view(self.server, self.admin, self.order["id"])
        assert view["status"] == status
        assert await stock_of(self.server, self.admin, "SKU-A", "east") == stock_a
        assert await stock_of(self.server, self.admin, "SKU-B", "east") == stock_b
        assert await order_ledger(self.server, self.admin, self.order["number"]) == ledger
        assert hops(view) == self.events, "every status change is one history entry and one event"
        assert await ledger_mismatches() == []
        return view


@pytest.mark.live_server  # follows the order over WebSocket subscriptions
async def test_order_to_delivery_through_the_warehouse_and_the_carrier(server: Server, admin_token: str) -> None:
    await setup_fulfilment(server, admin_token)
    east = await make_token(Role.WAREHOUSE, "east")
    ups = await make_token(Role.CARRIER, "ups")

    async with (
        subscribe(server, ORDER_STATUS_SUB, token=admin_token) as statuses,
        subscribe(server, PICK_TASKS_SUB, {"warehouse": "east"}, token=east) as work,
        subscribe(server, SHIPMENT_UPDATES_SUB, token=admin_token) as parcels,
    ):
        world = World(server, admin_token, statuses)

        # 1. The order is placed; allocation reserves stock at east; the task reaches east's app.
        world.order = order = await placed(server, admin_token, "E2E-1", [("SKU-A", 2), ("SKU-B", 1)])
        assert await world.status_events(2) == [(None, "PENDING"), ("PENDING", "ALLOCATED")]
        arrived = (await work.next())["pickTaskUpdates"]
        assert (arrived["kind"], arrived["task"]["status"], arrived["task"]["order"]["number"]) == (
            "CREATED",
            "OPEN",
            order["number"],
        )
        view = await world.check(status="ALLOCATED", stock_a=(20, 2, 18), stock_b=(20, 1, 19), ledger=RESERVED)
        assert allocations(view) == [("SKU-A", "east", 2, "RESERVED"), ("SKU-B", "east", 1, "RESERVED")]

        # 2. A picker claims it.
        task = await claimed(server, east, "east", "alice")
        assigned = (await work.next())["pickTaskUpdates"]
        assert task["id"] == arrived["task"]["id"] == assigned["task"]["id"]
        assert (assigned["kind"], assigned["task"]["assignee"]) == ("ASSIGNED", "alice")
        await world.check(status="ALLOCATED", stock_a=(20, 2, 18), stock_b=(20, 1, 19), ledger=RESERVED)

        # 3. Scans: a wrong item is refused and logged; the first good scan starts picking.
        wrong = await scan(server, east, task["id"], BARCODES["SKU-C"], device="gun-1")
        assert (wrong["result"], [e["code"] for e in wrong["userErrors"]]) == ("WRONG_ITEM", ["WRONG_ITEM"])
        await scan_ok(server, east, task["id"], "SKU-A", 2)
        assert await world.status_events(1) == [("ALLOCATED", "PICKING")]
        assert (await work.next())["pickTaskUpdates"]["kind"] == "STARTED"
        await scan_ok(server, east, task["id"], "SKU-B")
        await world.check(status="PICKING", stock_a=(20, 2, 18), stock_b=(20, 1, 19), ledger=RESERVED)

        # 4. Complete.
        done = await complete(server, east, task["id"])
        assert (done["userErrors"], done["pickTask"]["status"]) == ([], "DONE")
        assert (await work.next())["pickTaskUpdates"]["kind"] == "DONE"
        await world.check(status="PICKING", stock_a=(20, 2, 18), stock_b=(20, 1, 19), ledger=RESERVED)

        # 5. Pack.
        box = await packed(server, east, task["id"])
        assert await world.status_events(1) == [("PICKING", "PACKED")]
        packed_event = (await parcels.next())["shipmentUpdates"]
        assert (packed_event["kind"], packed_event["shipment"]["id"]) == ("PACKED", box["id"])
        await world.check(status="PACKED", stock_a=(20, 2, 18), stock_b=(20, 1, 19), ledger=RESERVED)

        # 6. Dispatch: the stock leaves the building.
        shipment = await dispatched(server, east, box["id"], "ups", "1Z-E2E-1")
        assert (shipment["status"], shipment["carrier"]) == ("DISPATCHED", {"code": "ups"})
        assert await world.status_events(1) == [("PACKED", "SHIPPED")]
        assert (await parcels.next())["shipmentUpdates"]["kind"] == "DISPATCHED"
        view = await world.check(status="SHIPPED", stock_a=(18, 0, 18), stock_b=(19, 0, 19), ledger=RESERVED + SHIPPED)
        assert allocations(view) == [("SKU-A", "east", 2, "SHIPPED"), ("SKU-B", "east", 1, "SHIPPED")]

        # 7. The carrier follows its parcel and reports until delivery.
        async with subscribe(server, SHIPMENT_UPDATES_SUB, {"trackingNumber": "1Z-E2E-1"}, token=ups) as carrier:
            # Recent enough that the 30-day return window is still open for step 8.
            day = datetime.now(UTC).replace(microsecond=0) - timedelta(days=2)
            reports = [
                ("IN_TRANSIT", (day + timedelta(hours=9)).isoformat(), "Louisville, KY"),
                ("OUT_FOR_DELIVERY", (day + timedelta(days=1, hours=7)).isoformat(), "Brooklyn, NY"),
                ("DELIVERED", (day + timedelta(days=1, hours=15)).isoformat(), "Brooklyn, NY"),
            ]
            for status, at, where in reports:
                recorded = await track(
                    server,
                    ups,
                    "1Z-E2E-1",
                    status,
                    at,
                    location=where,
                    eta=(day + timedelta(days=1, hours=18)).isoformat(),
                )
                assert (recorded["userErrors"], recorded["shipment"]["status"]) == ([], status)
                seen = (await carrier.next())["shipmentUpdates"]
                assert (seen["kind"], seen["status"], seen["shipment"]["order"]) == (status, status, None)
                assert (await parcels.next())["shipmentUpdates"]["status"] == status
                if status != "DELIVERED":
                    await world.check(
                        status="SHIPPED", stock_a=(18, 0, 18), stock_b=(19, 0, 19), ledger=RESERVED + SHIPPED
                    )
            assert await world.status_events(1) == [("SHIPPED", "DELIVERED")]

        await world.check(status="DELIVERED", stock_a=(18, 0, 18), stock_b=(19, 0, 19), ledger=RESERVED + SHIPPED)

        # 8. The customer sends one SKU-A back; it is restocked through the ledger.
        customer = await make_token(Role.CUSTOMER, "ada@example.com")
        rma = await server.gql(
            RETURN_REQUEST,
            {"i": {"order": world.order["id"], "lines": [{"sku": "SKU-A", "quantity": 1, "reason": "too big"}]}},
            token=customer,
        )
        rma_id = rma["data"]["returnRequest"]["returnRequest"]["id"]
        rma_number = rma["data"]["returnRequest"]["returnRequest"]["number"]
        received = await server.gql(
            RETURN_RECEIVE,
            {"i": {"id": rma_id, "lines": [{"sku": "SKU-A", "quantity": 1, "condition": "RESTOCK"}]}},
            token=east,
        )
        assert received["data"]["returnReceive"]["userErrors"] == []
        assert await world.status_events(1) == [("DELIVERED", "PARTIALLY_RETURNED")]
        restock = await server.gql(
            "query($r: String!) { stockMovements(filter: {reference: $r}) { edges { node { reason onHandDelta reservedDelta product { sku } warehouse { code } } } } }",
            {"r": f"rma:{rma_number}"},
            token=admin_token,
        )
        assert [e["node"] for e in restock["data"]["stockMovements"]["edges"]] == [
            {
                "reason": "RETURN_RESTOCK",
                "onHandDelta": 1,
                "reservedDelta": 0,
                "product": {"sku": "SKU-A"},
                "warehouse": {"code": "east"},
            }
        ]
        final = await world.check(
            status="PARTIALLY_RETURNED", stock_a=(19, 0, 19), stock_b=(19, 0, 19), ledger=RESERVED + SHIPPED
        )
        await statuses.nothing_within(0.2)
        await work.nothing_within(0.1)

    assert [(h["fromStatus"], h["toStatus"], h["reason"], role_of(h["actor"])) for h in final["history"]] == [
        (None, "PENDING", None, "admin"),
        ("PENDING", "ALLOCATED", "priority: 1 shipment(s) from east", "admin"),
        ("ALLOCATED", "PICKING", "picking started", "warehouse:east"),
        ("PICKING", "PACKED", "all picked units packed", "warehouse:east"),
        ("PACKED", "SHIPPED", "3 of 3 units shipped", "warehouse:east"),
        ("SHIPPED", "DELIVERED", "all shipments delivered", "carrier:ups"),
        ("DELIVERED", "PARTIALLY_RETURNED", "1 of 3 shipped units returned", "warehouse:east"),
    ]
    assert [(s["status"], s["trackingNumber"], s["lines"]) for s in final["shipments"]] == [
        ("DELIVERED", "1Z-E2E-1", [{"sku": "SKU-A", "quantity": 2}, {"sku": "SKU-B", "quantity": 1}])
    ]
    finished = await task_view(server, admin_token, task["id"])
    assert finished is not None and finished["status"] == "DONE"
    assert scan_view(finished["scans"]) == [
        (BARCODES["SKU-C"], 1, "WRONG_ITEM", None, "gun-1"),
        (BARCODES["SKU-A"], 2, "ACCEPTED", "SKU-A", "scanner-1"),
        (BARCODES["SKU-B"], 1, "ACCEPTED", "SKU-B", "scanner-1"),
    ]
