"""`analytics { inventory }`: per SKU and warehouse, computed in SQL, equal to the same figures
computed in Python from the stock levels, the ledger's SHIP movements and the supplier offers."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from models.access import Role
from models.catalog import Product, Supplier, Warehouse
from models.inventory import MovementReason, StockLevel, StockMovement
from models.supply import SupplierProduct
from tests.fixtures.catalog import seed_catalog, seed_suppliers
from tests.fixtures.database import make_token
from tests.fixtures.server import Server

# sales history written straight to the ledger.
pytestmark = pytest.mark.stock_drift

START = datetime(2026, 3, 1, tzinfo=UTC)
END = datetime(2026, 4, 1, tzinfo=UTC)
DEAD_DAYS = 20
INVENTORY = """
query($from: DateTime!, $to: DateTime!, $f: InventoryReportFilter, $dead: Int! = 90) {
  analytics { inventory(from: $from, to: $to, filter: $f, deadStockDays: $dead) {
    sku warehouse onHand unitsSold dailyDemand daysOfCover turnover leadTimeDays stockoutRisk
    lastSoldAt deadStock unitCost { amount currency } valueOnHand { amount currency }
  } }
}
"""


async def random_stock(seed: int = 3) -> None:
    """Random stock on hand, shipments before, in and after the window, offers for some SKUs."""
    rng = random.Random(seed)
    products = await Product.all().order_by("id")
    for level in await StockLevel.all():
        await StockLevel.filter(id=level.id).update(on_hand=rng.choice([0, 3, 40, 400]))
        for _ in range(rng.choice([0, 0, 1, 4, 9])):
            move = await StockMovement.create(
                stock_level=level,
                product_id=level.product_id,
                warehouse_id=level.warehouse_id,
                reason=MovementReason.SHIP,
                on_hand_delta=-rng.randint(1, 6),
                actor="t",
            )
            at = START + timedelta(seconds=rng.randint(-86_400 * 40, 86_400 * 33))
            await StockMovement.filter(id=move.id).update(created_at=at)
    suppliers = await Supplier.all().order_by("id")
    for product in products[:-1]:  # the last SKU has no supplier
        for supplier in rng.sample(suppliers, rng.randint(1, len(suppliers))):
            await SupplierProduct.create(
                supplier=supplier,
                product=product,
                cost=Decimal(rng.randint(100, 2500)) / 100,  # past 10.00: compared as numbers
                lead_time_days=rng.choice([None, 2, 30]),
            )
    # The first SKU's cheapest offer is 9.00, not 10.50 (as text, "10.50" sorts first).
    await SupplierProduct.filter(product_id=products[0].id).delete()
    for supplier, cost in zip(suppliers, ("10.50", "9.00"), strict=True):
        await SupplierProduct.create(supplier=supplier, product=products[0], cost=Decimal(cost), lead_time_days=30)


async def expected(sku: str | None = None) -> list[dict[str, Any]]:
    days = (END - START).total_seconds() / 86_400
    products = {p.id: p for p in await Product.all()}
    warehouses = {w.id: w for w in await Warehouse.all()}
    suppliers = {s.id: s for s in await Supplier.all()}
    rows = []
    for level in await StockLevel.all():
        product = products[level.product_id]
        if sku is not None and product.sku != sku:
            continue
        ships = [
            m
            for m in await StockMovement.filter(
                product_id=level.product_id, warehouse_id=level.warehouse_id, reason=MovementReason.SHIP
            )
            if m.created_at < END
        ]
        sold = sum(-m.on_hand_delta for m in ships if m.created_at >= START)
        last = max((m.created_at for m in ships), default=None)
        offers = sorted(await SupplierProduct.filter(product_id=product.id), key=lambda o: (o.cost, o.id))
        leads = [
            o.lead_time_days if o.lead_time_days is not None else suppliers[o.supplier_id].lead_time_days
            for o in offers
        ]
        lead = min(leads) if leads else None
        demand = sold / days
        cover = level.on_hand / demand if sold else None
        cheapest = offers[0] if offers else None
        rows.append(
            {
                "sku": product.sku,
                "warehouse": warehouses[level.warehouse_id].code,
                "onHand": level.on_hand,
                "unitsSold": sold,
                "dailyDemand": pytest.approx(demand),
                "daysOfCover": None if cover is None else pytest.approx(cover),
                "turnover": pytest.approx(sold / level.on_hand) if level.on_hand else None,
                "leadTimeDays": lead,
                "stockoutRisk": None if lead is None else bool(cover is not None and cover < lead),
                "lastSoldAt": None if last is None else last.astimezone(UTC).isoformat(),
                "deadStock": level.on_hand > 0 and (last is None or last < END - timedelta(days=DEAD_DAYS)),
                "unitCost": {"amount": f"{cheapest.cost:.2f}", "currency": cheapest.currency} if cheapest else None,
                "valueOnHand": {"amount": f"{cheapest.cost * level.on_hand:.2f}", "currency": cheapest.currency}
                if cheapest
                else None,
            }
        )
    return sorted(rows, key=lambda r: (r["sku"], r["warehouse"]))


def _same_moment(row: dict[str, Any]) -> dict[str, Any]:
    value = row["lastSoldAt"]
    return {**row, "lastSoldAt": None if value is None else datetime.fromisoformat(value).astimezone(UTC).isoformat()}


async def test_inventory_figures_equal_those_computed_from_the_raw_rows(server: Server) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin)
    await seed_suppliers(admin)
    await random_stock()
    variables = {"from": START.isoformat(), "to": END.isoformat(), "dead": DEAD_DAYS}

    every = await server.gql(INVENTORY, variables, token=admin)
    one = await server.gql(INVENTORY, {**variables, "f": {"sku": "SKU-A", "warehouse": "east"}}, token=admin)

    rows = [_same_moment(r) for r in every["data"]["analytics"]["inventory"]]
    assert rows == await expected()
    assert [r for r in rows if r["stockoutRisk"]] and [r for r in rows if r["deadStock"]]
    assert [_same_moment(r) for r in one["data"]["analytics"]["inventory"]] == [
        r for r in await expected("SKU-A") if r["warehouse"] == "east"
    ]


async def test_inventory_is_for_staff_and_checks_its_arguments(server: Server) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin)
    web = await make_token(Role.CHANNEL, "web")
    variables = {"from": START.isoformat(), "to": END.isoformat()}

    channel = await server.gql(INVENTORY, variables, token=web)
    no_days = await server.gql(INVENTORY, {**variables, "dead": 0}, token=admin)
    backwards = await server.gql(INVENTORY, {"from": END.isoformat(), "to": START.isoformat()}, token=admin)

    assert [(e["message"], e["extensions"]["code"]) for e in channel["errors"]] == [
        ("Inventory analytics are for staff.", "FORBIDDEN")
    ]
    assert [(e["message"], e["extensions"]["code"]) for e in no_days["errors"]] == [
        ("deadStockDays must be between 1 and 3650.", "INVALID")
    ]
    assert [(e["message"], e["extensions"]["code"]) for e in backwards["errors"]] == [
        ("`to` must be after `from`.", "INVALID")
    ]
