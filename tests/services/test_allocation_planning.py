"""Sourcing rules without HTTP: how warehouses are ranked for a destination, and which units
each ranked warehouse ships (services/allocation.py: rank_warehouses, build_plan)."""

from __future__ import annotations

import pytest

from models.catalog import AllocationStrategy, Warehouse
from services.allocation import Need, Pick, build_plan
from services.catalog import create_warehouse
from services.geography import Destination, rank_warehouses

NEW_YORK = Destination(country="US", region="NY", latitude=40.71, longitude=-74.01)
A, B = 1, 2  # product ids


@pytest.fixture
async def warehouses(database: None) -> dict[str, Warehouse]:
    """east (US/NY, priority 30), west (US/CA, priority 10), eu (DE, priority 20), and
    chicago (US/IL, priority 10), each with its coordinates."""
    return {
        "east": await create_warehouse(
            code="east", name="East", country="US", region="NY", latitude=40.7, longitude=-74.2, priority=30
        ),
        "west": await create_warehouse(
            code="west", name="West", country="US", region="CA", latitude=34.0, longitude=-118.2, priority=10
        ),
        "eu": await create_warehouse(
            code="eu", name="EU", country="DE", region="BE", latitude=52.5, longitude=13.4, priority=20
        ),
        "chicago": await create_warehouse(
            code="chicago", name="Chicago", country="US", region="IL", latitude=41.9, longitude=-87.6, priority=10
        ),
    }


def codes(ranked: list[Warehouse]) -> list[str]:
    return [w.code for w in ranked]


def picks(plan_picks: list[Pick], by_id: dict[int, str]) -> list[tuple[int, str, int]]:
    """(product, warehouse code, units) of each pick, in plan order."""
    return [(p.product_id, by_id[p.warehouse_id], p.quantity) for p in plan_picks]


async def test_priority_ranks_by_priority_then_age_wherever_the_order_goes(warehouses: dict[str, Warehouse]) -> None:
    ranked = rank_warehouses(AllocationStrategy.PRIORITY, list(warehouses.values()), NEW_YORK)

    assert codes(ranked) == ["west", "chicago", "eu", "east"]  # 10 (older first), 10, 20, 30


async def test_closest_ranks_same_region_then_same_country_by_distance_then_abroad(
    warehouses: dict[str, Warehouse],
) -> None:
    ranked = rank_warehouses(AllocationStrategy.CLOSEST, list(warehouses.values()), NEW_YORK)
    without_coordinates = rank_warehouses(
        AllocationStrategy.CLOSEST, list(warehouses.values()), Destination(country="US", region="IL")
    )

    assert codes(ranked) == ["east", "chicago", "west", "eu"]
    # Same region first; the rest of the country by priority (no distance without coordinates).
    assert codes(without_coordinates) == ["chicago", "west", "east", "eu"]


async def test_priority_with_splits_takes_what_each_warehouse_has_in_rank_order(
    warehouses: dict[str, Warehouse],
) -> None:
    ranked = rank_warehouses(AllocationStrategy.PRIORITY, list(warehouses.values()), NEW_YORK)
    west, chicago, east = warehouses["west"].id, warehouses["chicago"].id, warehouses["east"].id
    available = {(A, west): 2, (A, chicago): 1, (A, east): 10, (B, east): 1}

    plan = build_plan(AllocationStrategy.PRIORITY, True, [Need(A, 5), Need(B, 3)], available, ranked)

    by_id = {w.id: w.code for w in warehouses.values()}
    assert picks(plan.picks, by_id) == [(A, "west", 2), (A, "chicago", 1), (A, "east", 2), (B, "east", 1)]
    assert plan.unfilled == {B: 2}
    assert not plan.complete
    assert plan.reason == "priority: 3 shipment(s) from east, west, chicago"


async def test_single_shipment_first_prefers_one_warehouse_that_has_everything(
    warehouses: dict[str, Warehouse],
) -> None:
    ranked = rank_warehouses(AllocationStrategy.PRIORITY, list(warehouses.values()), NEW_YORK)
    west, eu = warehouses["west"].id, warehouses["eu"].id
    available = {(A, west): 5, (A, eu): 5, (B, eu): 5}

    plan = build_plan(AllocationStrategy.SINGLE_SHIPMENT_FIRST, True, [Need(A, 2), Need(B, 2)], available, ranked)
    split = build_plan(AllocationStrategy.PRIORITY, True, [Need(A, 2), Need(B, 2)], available, ranked)

    by_id = {w.id: w.code for w in warehouses.values()}
    assert picks(plan.picks, by_id) == [(A, "eu", 2), (B, "eu", 2)]
    assert plan.complete and plan.reason == "one shipment from eu"
    assert picks(split.picks, by_id) == [(A, "west", 2), (B, "eu", 2)], "priority alone would split it"


async def test_single_shipment_first_splits_across_the_fewest_warehouses_when_none_has_everything(
    warehouses: dict[str, Warehouse],
) -> None:
    ranked = rank_warehouses(AllocationStrategy.PRIORITY, list(warehouses.values()), NEW_YORK)
    west, chicago, east = warehouses["west"].id, warehouses["chicago"].id, warehouses["east"].id
    # west and chicago hold one SKU each; east holds most of both, not all.
    available = {(A, west): 4, (B, chicago): 4, (A, east): 3, (B, east): 3}

    plan = build_plan(AllocationStrategy.SINGLE_SHIPMENT_FIRST, True, [Need(A, 4), Need(B, 4)], available, ranked)

    by_id = {w.id: w.code for w in warehouses.values()}
    assert picks(plan.picks, by_id) == [(A, "east", 3), (B, "east", 3), (A, "west", 1), (B, "chicago", 1)]
    assert plan.complete
    assert plan.reason == "single_shipment_first: 3 shipment(s) from east, west, chicago"


@pytest.mark.parametrize("strategy", list(AllocationStrategy))
async def test_without_splits_one_warehouse_ships_everything_or_nothing_is_sourced(
    warehouses: dict[str, Warehouse], strategy: AllocationStrategy
) -> None:
    ranked = rank_warehouses(strategy, list(warehouses.values()), NEW_YORK)
    west, eu = warehouses["west"].id, warehouses["eu"].id
    needs = [Need(A, 2), Need(B, 2)]

    whole = build_plan(strategy, False, needs, {(A, west): 2, (A, eu): 2, (B, eu): 2}, ranked)
    nowhere = build_plan(strategy, False, needs, {(A, west): 2, (B, eu): 2}, ranked)

    by_id = {w.id: w.code for w in warehouses.values()}
    assert picks(whole.picks, by_id) == [(A, "eu", 2), (B, "eu", 2)]
    assert whole.complete and whole.reason == "one shipment from eu"
    assert nowhere.picks == []
    assert nowhere.unfilled == {A: 2, B: 2}
    assert nowhere.reason == "no single warehouse can ship the whole order and the channel does not split"


async def test_a_plan_never_takes_more_than_is_available(warehouses: dict[str, Warehouse]) -> None:
    ranked = rank_warehouses(AllocationStrategy.PRIORITY, list(warehouses.values()), NEW_YORK)
    west = warehouses["west"].id

    plan = build_plan(AllocationStrategy.PRIORITY, True, [Need(A, 3)], {(A, west): -1}, ranked)

    assert plan.picks == []
    assert plan.unfilled == {A: 3}
    assert plan.reason == "priority: 0 shipment(s) from no warehouse"
