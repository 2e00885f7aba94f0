"""Stock transfers between warehouses through the real app: units leave the source's on-hand
through the ledger at dispatch, show as incoming at the destination while in transit, enter
stock on (partial) receipts and fill backorders there; a draft can be cancelled, nothing
else can; a WAREHOUSE token dispatches from its own and receives at its own. Stock
reconciles after every test (the `server` fixture checks it)."""

from __future__ import annotations

from typing import Any

import pytest

from models.access import Role
from tests.fixtures.catalog import seed_catalog
from tests.fixtures.database import make_token
from tests.fixtures.server import Server
from tests.fixtures.stock import USER_ERRORS, call, fetch_order, ledger_view, level, movements, placed, sourcing

TRANSFER = """
  id number status note createdBy dispatchedAt receivedAt source { code } destination { code }
  lines { sku quantity receivedQuantity inTransitQuantity }
"""
CREATE = "mutation($i: StockTransferCreateInput!) { stockTransferCreate(input: $i) { stockTransfer { %s } %s } }" % (
    TRANSFER,
    USER_ERRORS,
)
DISPATCH = "mutation($i: StockTransferIdInput!) { stockTransferDispatch(input: $i) { stockTransfer { %s } %s } }" % (
    TRANSFER,
    USER_ERRORS,
)
CANCEL = "mutation($i: StockTransferIdInput!) { stockTransferCancel(input: $i) { stockTransfer { %s } %s } }" % (
    TRANSFER,
    USER_ERRORS,
)
RECEIVE = """mutation($i: StockTransferReceiveInput!) {
  stockTransferReceive(input: $i) { stockTransfer { %s } %s } }""" % (TRANSFER, USER_ERRORS)
LIST = """query($f: StockTransferFilter) {
  stockTransfers(filter: $f, first: 50) { totalCount edges { node { number status source { code } } } } }"""
NOT_FOUND = [{"field": ["id"], "message": "Stock transfer not found.", "code": "NOT_FOUND"}]


@pytest.fixture
async def stocked(server: Server, admin_token: str) -> dict[str, Any]:
    """Channels web/market (served by both warehouses), warehouses east and eu, SKU-A/B/C with
    10 units each at east and none at eu."""
    return await seed_catalog(admin_token, stock=10)


async def create(server: Server, token: str, lines: list[tuple[str, int]], **extra: Any) -> dict[str, Any]:
    variables = {
        "i": {
            "source": "east",
            "destination": "eu",
            "lines": [{"sku": s, "quantity": q} for s, q in lines],
            **extra,
        }
    }
    return await call(server, token, CREATE, variables, "stockTransferCreate")


async def created(server: Server, token: str, lines: list[tuple[str, int]], **extra: Any) -> dict[str, Any]:
    payload = await create(server, token, lines, **extra)
    assert payload["userErrors"] == [], payload
    transfer: dict[str, Any] = payload["stockTransfer"]
    return transfer


async def act(server: Server, token: str, doc: str, name: str, transfer_id: str, **extra: Any) -> dict[str, Any]:
    return await call(server, token, doc, {"i": {"id": transfer_id, **extra}}, name)


async def receive(server: Server, token: str, transfer_id: str, lines: list[tuple[str, int]]) -> dict[str, Any]:
    received = [{"sku": s, "quantity": q} for s, q in lines]
    return await act(server, token, RECEIVE, "stockTransferReceive", transfer_id, lines=received)


def counts(stock: dict[str, Any] | None) -> tuple[int, int, int, int] | None:
    """(onHand, reserved, available, incoming)."""
    return None if stock is None else (stock["onHand"], stock["reserved"], stock["available"], stock["incoming"])


async def test_a_transfer_moves_units_through_transit_into_stock(
    server: Server, admin_token: str, stocked: dict[str, Any]
) -> None:
    draft = await created(server, admin_token, [("SKU-A", 6), ("SKU-B", 2)], note="rebalance")
    east_draft, eu_draft = (
        await level(server, admin_token, "SKU-A", "east"),
        await level(server, admin_token, "SKU-A", "eu"),
    )

    sent = await act(server, admin_token, DISPATCH, "stockTransferDispatch", draft["id"])
    east_sent, eu_sent = (
        await level(server, admin_token, "SKU-A", "east"),
        await level(server, admin_token, "SKU-A", "eu"),
    )

    partly = await receive(server, admin_token, draft["id"], [("SKU-A", 4)])
    eu_partly = await level(server, admin_token, "SKU-A", "eu")
    done = await receive(server, admin_token, draft["id"], [("SKU-A", 2), ("SKU-B", 2)])
    eu_done = await level(server, admin_token, "SKU-A", "eu")
    ledger = await movements(server, admin_token, reference=f"transfer:{draft['number']}")

    assert (draft["status"], draft["note"], draft["source"], draft["destination"]) == (
        "DRAFT",
        "rebalance",
        {"code": "east"},
        {"code": "eu"},
    )
    assert draft["createdBy"].startswith("admin#token")
    assert counts(east_draft) == (10, 0, 10, 0) and counts(eu_draft) == (0, 0, 0, 0)  # nothing moves yet
    assert sent["userErrors"] == [] and sent["stockTransfer"]["status"] == "IN_TRANSIT"
    assert sent["stockTransfer"]["dispatchedAt"] is not None
    assert counts(east_sent) == (4, 0, 4, 0)
    assert counts(eu_sent) == (0, 0, 0, 6)  # in transit: incoming at the destination
    assert partly["userErrors"] == [] and partly["stockTransfer"]["status"] == "PARTIALLY_RECEIVED"
    assert partly["stockTransfer"]["lines"] == [
        {"sku": "SKU-A", "quantity": 6, "receivedQuantity": 4, "inTransitQuantity": 2},
        {"sku": "SKU-B", "quantity": 2, "receivedQuantity": 0, "inTransitQuantity": 2},
    ]
    assert counts(eu_partly) == (4, 0, 4, 2)
    assert done["userErrors"] == [] and done["stockTransfer"]["status"] == "RECEIVED"
    assert done["stockTransfer"]["receivedAt"] is not None
    assert counts(eu_done) == (6, 0, 6, 0)
    assert sorted((m["warehouse"]["code"], *ledger_view([m])[0]) for m in ledger) == sorted(
        [
            ("east", "TRANSFER", -6, 0, f"transfer:{draft['number']}"),
            ("east", "TRANSFER", -2, 0, f"transfer:{draft['number']}"),
            ("eu", "TRANSFER", 4, 0, f"transfer:{draft['number']}"),
            ("eu", "TRANSFER", 2, 0, f"transfer:{draft['number']}"),
            ("eu", "TRANSFER", 2, 0, f"transfer:{draft['number']}"),
        ]
    )


async def test_a_receipt_fills_backorders_at_the_destination(
    server: Server, admin_token: str, stocked: dict[str, Any]
) -> None:
    transfer = await created(server, admin_token, [("SKU-A", 10)])
    await act(server, admin_token, DISPATCH, "stockTransferDispatch", transfer["id"])
    order = await placed(server, admin_token, "TR-BO-1", [("SKU-A", 3)])  # nothing left anywhere

    await receive(server, admin_token, transfer["id"], [("SKU-A", 5)])
    filled = await fetch_order(server, admin_token, order["id"])
    eu = await level(server, admin_token, "SKU-A", "eu")

    assert order["status"] == "BACKORDERED"
    assert filled is not None and filled["status"] == "ALLOCATED"
    assert sourcing(filled) == [("SKU-A", "eu", 3)]
    assert counts(eu) == (5, 3, 2, 5)


async def test_dispatch_takes_only_available_units_all_or_nothing(
    server: Server, admin_token: str, stocked: dict[str, Any]
) -> None:
    await placed(server, admin_token, "TR-RES-1", [("SKU-A", 8)])  # 8 of east's 10 reserved
    transfer = await created(server, admin_token, [("SKU-A", 3), ("SKU-B", 1)])

    refused = await act(server, admin_token, DISPATCH, "stockTransferDispatch", transfer["id"])
    east_a, east_b = (
        await level(server, admin_token, "SKU-A", "east"),
        await level(server, admin_token, "SKU-B", "east"),
    )
    listed = await call(server, admin_token, LIST, {"f": {"status": ["DRAFT"]}}, "stockTransfers")

    assert refused["stockTransfer"] is None
    assert [e["code"] for e in refused["userErrors"]] == ["INSUFFICIENT_STOCK"]
    assert counts(east_a) == (10, 8, 2, 0) and counts(east_b) == (10, 0, 10, 0)
    assert listed["totalCount"] == 1  # still a draft


async def test_only_a_draft_can_be_cancelled_and_a_cancelled_one_never_moves(
    server: Server, admin_token: str, stocked: dict[str, Any]
) -> None:
    draft = await created(server, admin_token, [("SKU-A", 1)])
    other = await created(server, admin_token, [("SKU-B", 1)])
    await act(server, admin_token, DISPATCH, "stockTransferDispatch", other["id"])

    cancelled = await act(server, admin_token, CANCEL, "stockTransferCancel", draft["id"])
    dispatch_cancelled = await act(server, admin_token, DISPATCH, "stockTransferDispatch", draft["id"])
    cancel_sent = await act(server, admin_token, CANCEL, "stockTransferCancel", other["id"])
    receive_cancelled = await receive(server, admin_token, draft["id"], [("SKU-A", 1)])

    assert cancelled["userErrors"] == [] and cancelled["stockTransfer"]["status"] == "CANCELLED"
    assert dispatch_cancelled["userErrors"] == [
        {
            "field": ["id"],
            "message": f"{draft['number']} is CANCELLED; only a draft can be dispatched.",
            "code": "INVALID_TRANSITION",
        }
    ]
    assert cancel_sent["userErrors"] == [
        {
            "field": ["id"],
            "message": f"{other['number']} cannot go from IN_TRANSIT to CANCELLED.",
            "code": "INVALID_TRANSITION",
        }
    ]
    assert receive_cancelled["userErrors"] == [
        {
            "field": ["id"],
            "message": f"{draft['number']} is CANCELLED; it cannot receive goods.",
            "code": "INVALID_TRANSITION",
        }
    ]
    assert counts(await level(server, admin_token, "SKU-A", "east")) == (10, 0, 10, 0)


async def test_bad_transfers_and_receipts_are_refused_with_coded_errors(
    server: Server, admin_token: str, stocked: dict[str, Any]
) -> None:
    same = await call(
        server,
        admin_token,
        CREATE,
        {"i": {"source": "east", "destination": "east", "lines": [{"sku": "SKU-A", "quantity": 1}]}},
        "stockTransferCreate",
    )
    unknown = await call(
        server,
        admin_token,
        CREATE,
        {
            "i": {
                "source": "nowhere",
                "destination": "eu",
                "lines": [{"sku": "NOPE", "quantity": 1}, {"sku": "SKU-A", "quantity": 0}],
            }
        },
        "stockTransferCreate",
    )
    transfer = await created(server, admin_token, [("SKU-A", 2)])
    await act(server, admin_token, DISPATCH, "stockTransferDispatch", transfer["id"])
    too_many = await receive(server, admin_token, transfer["id"], [("SKU-A", 3), ("SKU-B", 1)])

    assert same == {
        "stockTransfer": None,
        "userErrors": [{"field": ["destination"], "message": "source and destination must differ.", "code": "INVALID"}],
    }
    assert unknown["userErrors"] == [
        {"field": ["source"], "message": "Warehouse 'nowhere' not found.", "code": "NOT_FOUND"},
        {"field": ["lines", "0", "sku"], "message": "Unknown SKU 'NOPE'.", "code": "UNKNOWN_SKU"},
        {"field": ["lines", "1", "quantity"], "message": "quantity must be at least 1.", "code": "INVALID_QUANTITY"},
    ]
    assert too_many["userErrors"] == [
        {
            "field": ["lines", "0", "quantity"],
            "message": "SKU-A: between 1 and 2 units are still in transit.",
            "code": "INVALID_QUANTITY",
        },
        {"field": ["lines", "1", "sku"], "message": f"'SKU-B' is not on {transfer['number']}.", "code": "UNKNOWN_SKU"},
    ]
    assert counts(await level(server, admin_token, "SKU-A", "eu")) == (0, 0, 0, 2)


async def test_a_warehouse_dispatches_its_own_outgoing_and_receives_its_own_incoming(
    server: Server, admin_token: str, stocked: dict[str, Any]
) -> None:
    east, eu = await make_token(Role.WAREHOUSE, "east"), await make_token(Role.WAREHOUSE, "eu")
    transfer = await created(server, admin_token, [("SKU-A", 2)])

    eu_dispatch = await act(server, eu, DISPATCH, "stockTransferDispatch", transfer["id"])
    east_dispatch = await act(server, east, DISPATCH, "stockTransferDispatch", transfer["id"])
    east_receive = await receive(server, east, transfer["id"], [("SKU-A", 2)])
    eu_receive = await receive(server, eu, transfer["id"], [("SKU-A", 2)])
    west = await make_token(Role.WAREHOUSE, "west")
    seen = {token: await call(server, token, LIST, {}, "stockTransfers") for token in (east, eu, west)}

    assert eu_dispatch == {"stockTransfer": None, "userErrors": NOT_FOUND}
    assert east_dispatch["userErrors"] == [] and east_dispatch["stockTransfer"]["status"] == "IN_TRANSIT"
    assert east_receive == {"stockTransfer": None, "userErrors": NOT_FOUND}
    assert eu_receive["userErrors"] == [] and eu_receive["stockTransfer"]["status"] == "RECEIVED"
    assert [seen[t]["totalCount"] for t in (east, eu, west)] == [1, 1, 0]
