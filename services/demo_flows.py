"""Steps the demo world is built from, each through the services a real caller would use:
place an order, pick-pack-dispatch it, report the carrier's scans. (services/demo_world.py)"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from models.access import Role
from models.fulfilment import PickTask, PickTaskLine, Shipment, ShipmentStatus
from models.orders import Order
from services import picking, shipping, tracking
from services.access import SYSTEM, Principal
from services.order_drafts import AddressDraft, LineDraft, OrderDraft
from services.orders import place_order

CARRIER = "ups"
# Where each demo region's orders go: the "web" channel sources the closest warehouse.
ADDRESSES = {
    "NY": AddressDraft(country="US", region="NY", city="New York", postal_code="10001", line1="5 Main St"),
    "CA": AddressDraft(country="US", region="CA", city="Los Angeles", postal_code="90001", line1="9 Sunset Blvd"),
}


def customer(email: str) -> Principal:
    """The principal a signed-in customer's session carries."""
    return Principal(role=Role.CUSTOMER, scope=email)


async def order(
    ref: str,
    email: str,
    name: str,
    lines: dict[str, int],
    *,
    channel: str = "web",
    region: str = "NY",
) -> Order:
    """Place (or find again: the reference is the channel's idempotency key) one order."""
    draft = OrderDraft(
        channel=channel,
        external_ref=ref,
        customer_email=email,
        customer_name=name,
        shipping_address=ADDRESSES[region],
        lines=[LineDraft(sku=sku, quantity=quantity) for sku, quantity in lines.items()],
    )
    return (await place_order(SYSTEM, draft)).order


async def ship(found: Order, tracking_prefix: str) -> list[Shipment]:
    """Pick every open task of the order in full, complete, pack and dispatch it."""
    shipments = []
    for task in await PickTask.filter(order_id=found.id).order_by("id"):
        for line in await PickTaskLine.filter(task_id=task.id).order_by("id"):
            await picking.scan(SYSTEM, task_id=task.id, barcode=line.barcode or line.sku, quantity=line.quantity)
        await picking.complete_task(SYSTEM, task_id=task.id)
        packed = await shipping.pack(SYSTEM, task_id=task.id, packages=[shipping.PackageDraft(weight_grams=600)])
        shipments.append(
            await shipping.dispatch(
                SYSTEM, shipment_id=packed.id, carrier=CARRIER, tracking_number=f"{tracking_prefix}{task.id:06d}"
            )
        )
    return shipments


async def report(shipment: Shipment, *steps: tuple[ShipmentStatus, str]) -> None:
    """The carrier's scans, a minute apart ending now: (status, location) each."""
    start = datetime.now(UTC) - timedelta(minutes=len(steps))
    for i, (status, location) in enumerate(steps):
        await tracking.record_tracking(
            SYSTEM,
            tracking_number=shipment.tracking_number or "",
            status=status,
            occurred_at=start + timedelta(minutes=i),
            location=location,
            estimated_delivery_at=datetime.now(UTC) + timedelta(days=2) if status != ShipmentStatus.DELIVERED else None,
        )
