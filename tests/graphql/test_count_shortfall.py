"""A physical count below the reserved units, through the real app: the shelf wins. The
count is applied, the shortfall is taken from the newest reservations first, those orders
are sourced again (another warehouse, else a backorder), and the ledger and the orders'
histories say so."""

from __future__ import annotations

from typing import Any

from tests.fixtures.fulfilment import (
    allocations,
    claimed,
    order_ledger,
    order_view,
    scan_ok,
    seed_fulfilment,
    stock_of,
    tasks_of,
)
from tests.fixtures.server import Server
from tests.fixtures.stock import call, placed, stock_count

STOCK_SYNC = """
mutation($i: StockSyncInput!) { stockSync(input: $i) { results { sku status message } userErrors { code } } }
"""


def shortfall_notes(order: dict[str, Any]) -> list[tuple[str, str | None, str | None]]:
    return [(h["kind"], h["toStatus"], h["reason"]) for h in order["history"] if h["kind"] == "STOCK_SHORT"]


async def test_a_count_below_reserved_takes_the_newest_reservations_and_sources_them_again(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token, stock={("SKU-A", "east"): 4, ("SKU-A", "eu"): 1})
    older = await placed(server, admin_token, "S-1", [("SKU-A", 2)])
    newer = await placed(server, admin_token, "S-2", [("SKU-A", 2)])

    counted = await stock_count(server, admin_token, "SKU-A", "east", 1)
    older_after = await order_view(server, admin_token, older["id"])
    newer_after = await order_view(server, admin_token, newer["id"])

    assert counted["userErrors"] == []
    assert (counted["stockLevel"]["onHand"], counted["stockLevel"]["reserved"]) == (1, 1)
    # The newest order lost both of its units, the older one the third; the older one is
    # sourced first and gets eu's last unit.
    assert (older_after["status"], allocations(older_after)) == (
        "ALLOCATED",
        [("SKU-A", "east", 1, "RESERVED"), ("SKU-A", "eu", 1, "RESERVED")],
    )
    assert (newer_after["status"], allocations(newer_after)) == ("BACKORDERED", [("SKU-A", "east", 2, "RELEASED")])
    assert tasks_of(older_after) == [
        ("east", "OPEN", [("SKU-A", 2, 0, 1)]),
        ("eu", "OPEN", [("SKU-A", 1, 0, 0)]),
    ]
    assert tasks_of(newer_after) == [("east", "CANCELLED", [("SKU-A", 2, 0, 2)])]
    assert shortfall_notes(older_after) == [
        ("STOCK_SHORT", "ALLOCATED", "count at east found 1: 1 reserved unit(s) not on the shelf")
    ]
    assert shortfall_notes(newer_after) == [
        ("STOCK_SHORT", "ALLOCATED", "count at east found 1: 2 reserved unit(s) not on the shelf")
    ]
    assert [(h["fromStatus"], h["toStatus"]) for h in newer_after["history"]][-1] == ("ALLOCATED", "BACKORDERED")
    assert await order_ledger(server, admin_token, newer["number"]) == [
        ("RESERVE", "SKU-A", "east", 0, 2),
        ("RELEASE", "SKU-A", "east", 0, -2),
    ]
    assert await order_ledger(server, admin_token, older["number"]) == [
        ("RESERVE", "SKU-A", "east", 0, 2),
        ("RELEASE", "SKU-A", "east", 0, -1),
        ("RESERVE", "SKU-A", "eu", 0, 1),
    ]
    assert await stock_of(server, admin_token, "SKU-A", "east") == (1, 1, 0)
    assert await stock_of(server, admin_token, "SKU-A", "eu") == (1, 1, 0)


async def test_a_sync_below_reserved_is_applied_but_never_below_the_units_already_picked(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token, stock={("SKU-A", "east"): 3})
    order = await placed(server, admin_token, "S-3", [("SKU-A", 3)])
    task = await claimed(server, admin_token, "east")
    await scan_ok(server, admin_token, task["id"], "SKU-A", 2)  # two units are in the tote

    applied = await call(
        server,
        admin_token,
        STOCK_SYNC,
        {"i": {"warehouse": "east", "asOf": "2026-01-01T00:00:00Z", "items": [{"sku": "SKU-A", "onHand": 2}]}},
        "stockSync",
    )
    below_picked = await stock_count(server, admin_token, "SKU-A", "east", 1)
    after = await order_view(server, admin_token, order["id"])

    assert applied == {"results": [{"sku": "SKU-A", "status": "APPLIED", "message": None}], "userErrors": []}
    assert below_picked == {
        "stockLevel": None,
        "userErrors": [
            {
                "field": ["onHand"],
                "message": "Counted 1, but 2 unit(s) are already picked for orders and not yet shipped; "
                "count again once they have left.",
                "code": "INSUFFICIENT_STOCK",
            }
        ],
    }
    assert after["status"] == "PICKING"
    assert allocations(after) == [("SKU-A", "east", 2, "RESERVED")]
    assert tasks_of(after) == [("east", "IN_PROGRESS", [("SKU-A", 3, 2, 1)])]
    assert await stock_of(server, admin_token, "SKU-A", "east") == (2, 2, 0)
