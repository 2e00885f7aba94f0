"""Demo data for a newcomer's first `make run`: setup objects, the demo world with one of
every feature (services/demo_world.py) and a few random orders."""

from __future__ import annotations

import random
from decimal import Decimal

from models.catalog import AllocationStrategy, Channel
from models.inventory import MovementReason
from services import catalog, inventory
from services.access import SYSTEM
from services.demo_world import build_world
from services.errors import DomainError
from services.order_drafts import AddressDraft, LineDraft, OrderDraft
from services.orders import place_order

CHANNELS = [
    ("web", "Web store", AllocationStrategy.CLOSEST),
    ("app", "Mobile app", AllocationStrategy.PRIORITY),
    ("marketplace", "Marketplace", AllocationStrategy.SINGLE_SHIPMENT_FIRST),
]
WAREHOUSES = [
    ("east", "East DC", "US", "NY", 40.71, -74.0, 10),
    ("west", "West DC", "US", "CA", 34.05, -118.24, 20),
    ("eu", "EU DC", "DE", "BE", 52.52, 13.40, 30),
]
PRODUCTS = [
    ("TSHIRT-BLK-M", "T-shirt black M", "0001234500011", "19.90"),
    ("TSHIRT-WHT-M", "T-shirt white M", "0001234500028", "19.90"),
    ("HOODIE-GRY-L", "Hoodie grey L", "0001234500035", "49.00"),
    ("MUG-LOGO", "Logo mug", "0001234500042", "12.50"),
    ("CAP-NAVY", "Navy cap", "0001234500059", "24.00"),
]
CUSTOMERS = [
    ("ada@example.com", "Ada Lovelace"),
    ("alan@example.com", "Alan Turing"),
    ("grace@example.com", "Grace Hopper"),
]


async def seed_demo(*, orders: int = 5, rng_seed: int = 7, world: bool = True) -> dict[str, int]:
    """Create the demo catalogue and (`world`) the demo world, skipping what exists, and
    `orders` random demo orders; returns how many of those were new and whether the world was
    built now (1) or not (0)."""
    if not await Channel.exists(code=CHANNELS[0][0]):
        for code, name, strategy in CHANNELS:
            await catalog.create_channel(code=code, name=name, allocation_strategy=strategy)
        for code, name, country, region, lat, lng, priority in WAREHOUSES:
            await catalog.create_warehouse(
                code=code, name=name, country=country, region=region, latitude=lat, longitude=lng, priority=priority
            )
        for sku, name, barcode, price in PRODUCTS:
            await catalog.create_product(sku=sku, name=name, barcode=barcode, price=Decimal(price))
        await catalog.create_supplier(code="acme", name="Acme Textiles", lead_time_days=10)
        await catalog.create_carrier(code="ups", name="UPS")
        stock = random.Random(rng_seed)
        for sku, *_ in PRODUCTS:
            for code, *_ in WAREHOUSES:
                await inventory.adjust_stock(
                    SYSTEM, sku=sku, warehouse=code, delta=stock.randint(5, 60), reason=MovementReason.RECEIPT
                )
                await inventory.update_stock_policy(
                    SYSTEM,
                    sku=sku,
                    warehouse=code,
                    change=inventory.PolicyChange(safety_stock=5, reorder_point=10, reorder_quantity=50),
                )
    built = await build_world() if world else False
    rng = random.Random(rng_seed)
    placed = 0
    for i in range(orders):
        email, name = rng.choice(CUSTOMERS)
        skus = rng.sample([p[0] for p in PRODUCTS], k=rng.randint(1, 3))
        draft = OrderDraft(
            channel=rng.choice(CHANNELS)[0],
            external_ref=f"DEMO-{rng_seed}-{i + 1:05d}",
            customer_email=email,
            customer_name=name,
            shipping_address=AddressDraft(country="US", region=rng.choice(["NY", "CA", "TX"]), city="Springfield"),
            lines=[LineDraft(sku=s, quantity=rng.randint(1, 3)) for s in skus],
        )
        try:
            result = await place_order(SYSTEM, draft)
        except DomainError:
            continue
        placed += int(result.created)
    return {"orders": placed, "world": int(built)}
