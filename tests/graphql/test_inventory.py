"""Stock operations over the API: adjust, count, policy; the ledger; scoping; errors."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest

from models.access import Role
from models.inventory import Allocation, AllocationStatus
from tests.fixtures.catalog import seed_catalog
from tests.fixtures.database import make_token
from tests.fixtures.server import Server
from tests.fixtures.stock import (
    STOCK_ADJUST,
    STOCK_LEVELS,
    cancel,
    counters,
    ledger_view,
    level,
    levels,
    movements,
    placed,
    receive,
    remove,
    stock_adjust,
    stock_count,
    stock_policy,
)


@pytest.fixture
async def bare(server: Server, admin_token: str) -> dict[str, Any]:
    """Channels web/market, warehouses east (US) and eu (DE), SKU-A/B/C, no stock anywhere."""
    return await seed_catalog(admin_token, stock=0)


def actor_of(movement: dict[str, Any]) -> str:
    return str(movement["actor"]).split("#")[0]


# --- stockAdjust --------------------------------------------------------------------------


async def test_receipt_adds_units_on_hand_and_writes_one_ledger_entry(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    payload = await stock_adjust(server, admin_token, "SKU-A", "east", 12, "RECEIPT", note="PO-77 dock 3")
    moves = await movements(server, admin_token, sku="SKU-A")

    stock = payload["stockLevel"]
    assert payload["userErrors"] == []
    assert {k: v for k, v in stock.items() if k != "id"} == {
        "onHand": 12,
        "reserved": 0,
        "available": 12,
        "incoming": 0,
        "safetyStock": 0,
        "reorderPoint": 0,
        "reorderQuantity": 0,
        "belowSafetyStock": False,
        "product": {"sku": "SKU-A"},
        "warehouse": {"code": "east"},
    }
    assert await level(server, admin_token, "SKU-A", "east") == stock
    assert [
        (m["reason"], m["onHandDelta"], m["reservedDelta"], m["reference"], m["note"], m["product"], m["warehouse"])
        for m in moves
    ] == [("RECEIPT", 12, 0, None, "PO-77 dock 3", {"sku": "SKU-A"}, {"code": "east"})]
    assert actor_of(moves[0]) == "admin"


async def test_adjustment_removes_units_but_never_what_orders_have_reserved(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await receive(server, admin_token, "SKU-A", "east", 10)
    await placed(server, admin_token, "R-1", [("SKU-A", 4)])

    removed = await remove(server, admin_token, "SKU-A", "east", 6)
    refused = await stock_adjust(server, admin_token, "SKU-A", "east", -1, "ADJUSTMENT", note="damaged")

    assert counters(removed) == (4, 4, 0)
    assert refused["stockLevel"] is None
    assert [(e["field"], e["code"]) for e in refused["userErrors"]] == [(["delta"], "INSUFFICIENT_STOCK")]
    assert counters(await level(server, admin_token, "SKU-A", "east")) == (4, 4, 0)
    assert [m[:3] for m in ledger_view(await movements(server, admin_token, sku="SKU-A"))] == [
        ("ADJUSTMENT", -6, 0),
        ("RESERVE", 0, 4),
        ("RECEIPT", 10, 0),
    ]


async def test_adjustment_cannot_take_on_hand_below_zero(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await receive(server, admin_token, "SKU-A", "east", 3)

    refused = await stock_adjust(server, admin_token, "SKU-A", "east", -4, "ADJUSTMENT")
    on_empty_row = await stock_adjust(server, admin_token, "SKU-B", "eu", -1, "ADJUSTMENT")

    assert [(e["field"], e["code"]) for e in refused["userErrors"]] == [(["delta"], "INSUFFICIENT_STOCK")]
    assert [(e["field"], e["code"]) for e in on_empty_row["userErrors"]] == [(["delta"], "INSUFFICIENT_STOCK")]
    assert counters(await level(server, admin_token, "SKU-A", "east")) == (3, 0, 3)
    assert len(await movements(server, admin_token)) == 1


@pytest.mark.parametrize(
    ("sku", "warehouse", "delta", "reason", "errors"),
    [
        (
            "SKU-A",
            "east",
            0,
            "ADJUSTMENT",
            [{"field": ["delta"], "message": "delta must be a non-zero number of units.", "code": "INVALID_QUANTITY"}],
        ),
        (
            "SKU-A",
            "east",
            -3,
            "RECEIPT",
            [
                {
                    "field": ["delta"],
                    "message": "A receipt adds units: delta must be positive.",
                    "code": "INVALID_QUANTITY",
                }
            ],
        ),
        (
            "SKU-A",
            "east",
            2_000_000_000,
            "RECEIPT",
            [{"field": ["delta"], "message": "delta must be a non-zero number of units.", "code": "INVALID_QUANTITY"}],
        ),
        (
            "NOPE",
            "nowhere",
            5,
            "RECEIPT",
            [
                {"field": ["sku"], "message": "Unknown SKU 'NOPE'.", "code": "UNKNOWN_SKU"},
                {"field": ["warehouse"], "message": "Warehouse 'nowhere' not found.", "code": "NOT_FOUND"},
            ],
        ),
    ],
    ids=["zero", "negative-receipt", "absurd", "unknown-sku-and-warehouse"],
)
async def test_adjust_input_problems_are_user_errors_and_write_nothing(
    server: Server,
    admin_token: str,
    bare: dict[str, Any],
    sku: str,
    warehouse: str,
    delta: int,
    reason: str,
    errors: list[dict[str, Any]],
) -> None:
    payload = await stock_adjust(server, admin_token, sku, warehouse, delta, reason)

    assert payload == {"stockLevel": None, "userErrors": errors}
    assert await levels(server, admin_token) == []
    assert await movements(server, admin_token) == []


async def test_adjust_only_takes_receipt_or_adjustment_as_reason(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    variables = {"i": {"sku": "SKU-A", "warehouse": "east", "delta": 5, "reason": "RESERVE"}}

    response = await server.post(STOCK_ADJUST, variables, token=admin_token)

    assert response.status_code in (200, 400)
    assert response.json()["errors"]
    assert await movements(server, admin_token) == []


# --- stockCount ---------------------------------------------------------------------------


async def test_count_sets_on_hand_and_records_the_difference_in_the_ledger(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    await receive(server, admin_token, "SKU-A", "east", 10)

    down = await stock_count(server, admin_token, "SKU-A", "east", 7)
    up = await stock_count(server, admin_token, "SKU-A", "east", 12)
    first_count_elsewhere = await stock_count(server, admin_token, "SKU-A", "eu", 5)

    assert (down["userErrors"], up["userErrors"], first_count_elsewhere["userErrors"]) == ([], [], [])
    assert counters(down["stockLevel"]) == (7, 0, 7)
    assert counters(up["stockLevel"]) == (12, 0, 12)
    assert counters(first_count_elsewhere["stockLevel"]) == (5, 0, 5)
    assert ledger_view(await movements(server, admin_token, sku="SKU-A", warehouse="east")) == [
        ("COUNT", 5, 0, None),
        ("COUNT", -3, 0, None),
        ("RECEIPT", 10, 0, None),
    ]
    assert ledger_view(await movements(server, admin_token, sku="SKU-A", warehouse="eu")) == [("COUNT", 5, 0, None)]


async def test_count_errors(server: Server, admin_token: str, bare: dict[str, Any]) -> None:
    await receive(server, admin_token, "SKU-A", "east", 5)
    await placed(server, admin_token, "C-1", [("SKU-A", 3)])

    negative = await stock_count(server, admin_token, "SKU-A", "east", -1)
    unknown = await stock_count(server, admin_token, "SKU-Q", "east", 2)

    assert negative == {
        "stockLevel": None,
        "userErrors": [{"field": ["onHand"], "message": "onHand must be zero or more.", "code": "INVALID_QUANTITY"}],
    }
    assert unknown == {
        "stockLevel": None,
        "userErrors": [{"field": ["sku"], "message": "Unknown SKU 'SKU-Q'.", "code": "UNKNOWN_SKU"}],
    }
    assert counters(await level(server, admin_token, "SKU-A", "east")) == (5, 3, 2)
    assert [m[0] for m in ledger_view(await movements(server, admin_token))] == ["RESERVE", "RECEIPT"]


# --- stockPolicyUpdate --------------------------------------------------------------------


def policy(stock: dict[str, Any]) -> tuple[int, int, int, bool]:
    return (stock["safetyStock"], stock["reorderPoint"], stock["reorderQuantity"], stock["belowSafetyStock"])


async def test_policy_update_sets_only_the_fields_given(server: Server, admin_token: str, bare: dict[str, Any]) -> None:
    await receive(server, admin_token, "SKU-A", "east", 10)

    first = await stock_policy(server, admin_token, "SKU-A", "east", safetyStock=3, reorderPoint=5, reorderQuantity=20)
    second = await stock_policy(server, admin_token, "SKU-A", "east", reorderQuantity=30)
    third = await stock_policy(server, admin_token, "SKU-A", "east", safetyStock=10)

    assert (first["userErrors"], second["userErrors"], third["userErrors"]) == ([], [], [])
    assert policy(first["stockLevel"]) == (3, 5, 20, False)
    assert policy(second["stockLevel"]) == (3, 5, 30, False)
    assert policy(third["stockLevel"]) == (10, 5, 30, True)  # available 10 is "to or below" 10
    assert counters(third["stockLevel"]) == (10, 0, 10)
    assert len(await movements(server, admin_token)) == 1, "a policy is not a stock movement"


async def test_policy_for_a_pair_without_stock_creates_an_empty_level(
    server: Server, admin_token: str, bare: dict[str, Any]
) -> None:
    payload = await stock_policy(server, admin_token, "SKU-B", "eu", safetyStock=2, reorderPoint=4, reorderQuantity=12)

    assert payload["userErrors"] == []
    assert counters(payload["stockLevel"]) == (0, 0, 0)
    assert policy(payload["stockLevel"]) == (2, 4, 12, True)
    assert await level(server, admin_token, "SKU-B", "eu") == payload["stockLevel"]


async def test_policy_errors(server: Server, admin_token: str, bare: dict[str, Any]) -> None:
    await receive(server, admin_token, "SKU-A", "east", 10)
    warehouse = await make_token(Role.WAREHOUSE, "east")

    negative = await stock_policy(server, admin_token, "SKU-A", "east", safetyStock=-1, reorderQuantity=-5)
    unknown = await stock_policy(server, admin_token, "SKU-A", "nowhere", safetyStock=1)
    by_warehouse = await server.gql(
        "mutation($i: StockPolicyUpdateInput!) { stockPolicyUpdate(input: $i) { userErrors { code } } }",
        {"i": {"sku": "SKU-A", "warehouse": "east", "safetyStock": 1}},
        token=warehouse,
    )

    assert negative == {
        "stockLevel": None,
        "userErrors": [
            {"field": ["safetyStock"], "message": "safetyStock must be zero or more.", "code": "INVALID"},
            {"field": ["reorderQuantity"], "message": "reorderQuantity must be zero or more.", "code": "INVALID"},
        ],
    }
    assert unknown == {
        "stockLevel": None,
        "userErrors": [{"field": ["warehouse"], "message": "Warehouse 'nowhere' not found.", "code": "NOT_FOUND"}],
    }
    assert by_warehouse["data"] is None and by_warehouse["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert policy(await level(server, admin_token, "SKU-A", "east") or {}) == (0, 0, 0, False)


# --- queries ------------------------------------------------------------------------------


async def test_stock_levels_filters(server: Server, admin_token: str, catalog: dict[str, Any]) -> None:
    await receive(server, admin_token, "SKU-A", "eu", 5)
    await stock_policy(server, admin_token, "SKU-B", "east", safetyStock=100)
    await stock_policy(server, admin_token, "SKU-C", "east", safetyStock=99)

    def pairs(found: list[dict[str, Any]]) -> list[tuple[str, str]]:
        return sorted((s["product"]["sku"], s["warehouse"]["code"]) for s in found)

    everything = await levels(server, admin_token)
    by_sku = await levels(server, admin_token, sku="SKU-A")
    by_warehouse = await levels(server, admin_token, warehouse="eu")
    low = await levels(server, admin_token, belowSafetyStock=True)
    not_low = await levels(server, admin_token, belowSafetyStock=False)
    combined = await levels(server, admin_token, sku="SKU-A", warehouse="east")
    counted = await server.gql(STOCK_LEVELS, {"f": {"warehouse": "east"}, "first": 2}, token=admin_token)

    assert pairs(everything) == [("SKU-A", "east"), ("SKU-A", "eu"), ("SKU-B", "east"), ("SKU-C", "east")]
    assert all(s["available"] == s["onHand"] - s["reserved"] >= 0 for s in everything)
    assert pairs(by_sku) == [("SKU-A", "east"), ("SKU-A", "eu")]
    assert pairs(by_warehouse) == [("SKU-A", "eu")]
    assert pairs(low) == [("SKU-B", "east")]
    assert all(s["belowSafetyStock"] for s in low)
    assert pairs(not_low) == [("SKU-A", "east"), ("SKU-A", "eu"), ("SKU-C", "east")]
    assert not any(s["belowSafetyStock"] for s in not_low)
    assert pairs(combined) == [("SKU-A", "east")]
    connection = counted["data"]["stockLevels"]
    assert (connection["totalCount"], len(connection["edges"]), connection["pageInfo"]["hasNextPage"]) == (3, 2, True)


async def test_stock_movements_filters_newest_first(server: Server, admin_token: str, catalog: dict[str, Any]) -> None:
    first = await placed(server, admin_token, "M-1", [("SKU-A", 2), ("SKU-B", 1)])
    second = await placed(server, admin_token, "M-2", [("SKU-A", 1)])
    await cancel(server, admin_token, first["id"])

    everything = await movements(server, admin_token)
    of_first = await movements(server, admin_token, reference=f"order:{first['number']}")
    reserves = await movements(server, admin_token, reason=["RESERVE"])
    receipts_and_releases = await movements(server, admin_token, reason=["RECEIPT", "RELEASE"], warehouse="east")
    of_c = await movements(server, admin_token, sku="SKU-C")
    elsewhere = await movements(server, admin_token, warehouse="eu")

    assert len(everything) == 3 + 3 + 2
    assert everything[0]["reason"] == "RELEASE" and everything[-1]["reason"] == "RECEIPT"
    assert sorted(ledger_view(of_first[:2])) == [
        ("RELEASE", 0, -2, f"order:{first['number']}"),
        ("RELEASE", 0, -1, f"order:{first['number']}"),
    ]
    assert sorted(ledger_view(of_first[2:])) == [
        ("RESERVE", 0, 1, f"order:{first['number']}"),
        ("RESERVE", 0, 2, f"order:{first['number']}"),
    ]
    assert ledger_view(reserves)[0] == ("RESERVE", 0, 1, f"order:{second['number']}")
    assert sorted(ledger_view(reserves)) == sorted(
        [
            ("RESERVE", 0, 2, f"order:{first['number']}"),
            ("RESERVE", 0, 1, f"order:{first['number']}"),
            ("RESERVE", 0, 1, f"order:{second['number']}"),
        ]
    )
    assert sorted(m["reason"] for m in receipts_and_releases) == ["RECEIPT"] * 3 + ["RELEASE"] * 2
    assert ledger_view(of_c) == [("RECEIPT", 100, 0, None)]
    assert elsewhere == []
    assert {actor_of(m) for m in everything} == {"admin"}


async def test_unknown_filter_values_match_nothing(server: Server, admin_token: str, catalog: dict[str, Any]) -> None:
    assert await levels(server, admin_token, sku="NOPE") == []
    assert await levels(server, admin_token, warehouse="nowhere") == []
    assert await movements(server, admin_token, reference="order:OG-999999") == []


# --- scoping ------------------------------------------------------------------------------


async def test_warehouse_token_sees_and_changes_only_its_own_warehouse(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    await receive(server, admin_token, "SKU-A", "eu", 10)
    east = await make_token(Role.WAREHOUSE, "east")

    own_levels = await levels(server, east)
    foreign_levels = await levels(server, east, warehouse="eu")
    own_moves = await movements(server, east)
    foreign_moves = await movements(server, east, warehouse="eu")
    adjust_foreign = await stock_adjust(server, east, "SKU-A", "eu", -1, "ADJUSTMENT")
    count_foreign = await stock_count(server, east, "SKU-A", "eu", 0)
    adjust_own = await stock_adjust(server, east, "SKU-A", "east", 5, "RECEIPT")

    assert sorted(s["product"]["sku"] for s in own_levels) == ["SKU-A", "SKU-B", "SKU-C"]
    assert {s["warehouse"]["code"] for s in own_levels} == {"east"}
    assert foreign_levels == []
    assert [m["warehouse"]["code"] for m in own_moves] == ["east"] * 3
    assert foreign_moves == []
    not_found = [{"field": ["warehouse"], "message": "Warehouse 'eu' not found.", "code": "NOT_FOUND"}]
    assert adjust_foreign == {"stockLevel": None, "userErrors": not_found}
    assert count_foreign == {"stockLevel": None, "userErrors": not_found}
    assert adjust_own["userErrors"] == [] and counters(adjust_own["stockLevel"]) == (105, 0, 105)
    assert counters(await level(server, admin_token, "SKU-A", "eu")) == (10, 0, 10)
    latest = (await movements(server, admin_token, warehouse="east", sku="SKU-A"))[0]
    assert (latest["reason"], latest["onHandDelta"], actor_of(latest)) == ("RECEIPT", 5, "warehouse:east")


async def test_warehouse_token_for_an_unknown_warehouse_sees_nothing(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    ghost = await make_token(Role.WAREHOUSE, "ghost")

    assert await levels(server, ghost) == []
    assert await movements(server, ghost) == []
    adjusted = await stock_adjust(server, ghost, "SKU-A", "east", 1, "RECEIPT")
    assert adjusted["userErrors"] == [
        {"field": ["warehouse"], "message": "Warehouse 'east' not found.", "code": "NOT_FOUND"}
    ]


@pytest.mark.parametrize(("role", "scope"), [(Role.CUSTOMER, "ada@example.com"), (Role.CHANNEL, "web")])
async def test_other_roles_cannot_read_or_change_stock(
    server: Server, admin_token: str, catalog: dict[str, Any], role: Role, scope: str
) -> None:
    token = await make_token(role, scope)
    variables = {"i": {"sku": "SKU-A", "warehouse": "east", "delta": -100, "reason": "ADJUSTMENT"}}

    read = await server.gql(STOCK_LEVELS, {}, token=token)
    write = await server.gql(STOCK_ADJUST, variables, token=token)
    anonymous = await server.gql(STOCK_LEVELS, {})

    assert read["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert write["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert counters(await level(server, admin_token, "SKU-A", "east")) == (100, 0, 100)


async def test_stock_level_is_a_node_scoped_like_the_connection(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    await receive(server, admin_token, "SKU-A", "eu", 10)
    east_level = await level(server, admin_token, "SKU-A", "east")
    eu_level = await level(server, admin_token, "SKU-A", "eu")
    assert east_level is not None and eu_level is not None
    east = await make_token(Role.WAREHOUSE, "east")
    query = "query($id: ID!) { node(id: $id) { __typename ... on StockLevel { onHand warehouse { code } } } }"

    as_admin = await server.gql(query, {"id": eu_level["id"]}, token=admin_token)
    own = await server.gql(query, {"id": east_level["id"]}, token=east)
    foreign = await server.gql(query, {"id": eu_level["id"]}, token=east)

    assert as_admin["data"]["node"] == {"__typename": "StockLevel", "onHand": 10, "warehouse": {"code": "eu"}}
    assert own["data"]["node"] == {"__typename": "StockLevel", "onHand": 100, "warehouse": {"code": "east"}}
    assert foreign["data"]["node"] is None


# --- the ledger ---------------------------------------------------------------------------


async def test_counters_equal_the_ledger_sums_after_a_mixed_sequence(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    """Receipts, corrections, counts, orders split across warehouses, a cancel that feeds a
    backorder, a warehouse's own receipt: every level still adds up to its movements."""
    east = await make_token(Role.WAREHOUSE, "east")
    await receive(server, admin_token, "SKU-A", "eu", 20)
    await receive(server, admin_token, "SKU-B", "eu", 5)
    first = await placed(server, admin_token, "L-1", [("SKU-A", 30), ("SKU-B", 2)])
    split = await placed(server, admin_token, "L-2", [("SKU-A", 90)])
    waiting = await placed(server, admin_token, "L-3", [("SKU-A", 10), ("SKU-C", 1)])
    assert (first["status"], split["status"], waiting["status"]) == ("ALLOCATED", "ALLOCATED", "PARTIALLY_ALLOCATED")
    await stock_count(server, admin_token, "SKU-B", "east", 50)
    await remove(server, admin_token, "SKU-B", "eu", 2)
    await cancel(server, admin_token, first["id"])
    await stock_adjust(server, east, "SKU-C", "east", 7, "RECEIPT")
    await stock_count(server, east, "SKU-C", "east", 90)
    await placed(server, admin_token, "L-4", [("SKU-A", 25), ("SKU-B", 49)])

    all_levels = await levels(server, admin_token)
    sums: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for m in await movements(server, admin_token):
        key = (m["product"]["sku"], m["warehouse"]["code"])
        sums[key][0] += m["onHandDelta"]
        sums[key][1] += m["reservedDelta"]
    reserved_by_allocations: dict[tuple[int, int], int] = defaultdict(int)
    for a in await Allocation.filter(status=AllocationStatus.RESERVED).prefetch_related("warehouse"):
        reserved_by_allocations[(a.product_id, a.warehouse.code)] += a.quantity  # type: ignore[union-attr]
    from models.catalog import Product

    skus = {p.id: p.sku for p in await Product.all()}

    assert len(all_levels) == 5
    for stock in all_levels:
        key = (stock["product"]["sku"], stock["warehouse"]["code"])
        assert [stock["onHand"], stock["reserved"]] == sums.pop(key), key
        assert 0 <= stock["reserved"] <= stock["onHand"], key
        assert stock["available"] == stock["onHand"] - stock["reserved"], key
        by_allocations = sum(q for (pid, wh), q in reserved_by_allocations.items() if (skus[pid], wh) == key)
        assert stock["reserved"] == by_allocations, key
    assert sums == {}, "movements without a stock level"
    filled = (await movements(server, admin_token, reference=f"order:{waiting['number']}"))[0]
    assert (filled["reason"], filled["reservedDelta"], actor_of(filled)) == ("RESERVE", 10, "admin")
