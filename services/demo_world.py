"""The demo world (issue 15): one of everything the system does, visible at once after
`oms seed --demo` / `make run`, built through the services so that it is as consistent as real
use makes it (`oms stock reconcile` passes).

It has its own products with exact stock (the random demo orders do not change its outcome):
JACKET-RED-M (3 east, 3 west: a split order), POSTER-A2 (none: backorders, and the customer
whose third order is a suspicious one), DESK-OAK (drop-shipped by Nordic Furniture),
SOCKS-3PK (10 east: an order takes it below its safety stock, a purchase order is drafted)
and TOTE-BAG (40 east: shipped, delivered, returned, edited orders and the transfers).

Built once: `build_world` does nothing when its first order exists already.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from models.dropship import DropShipRequest
from models.fulfilment import ShipmentStatus
from models.inventory import MovementReason
from models.order_money import PaymentKind
from models.orders import Order
from models.returns import ReturnCondition
from models.tickets import TicketKind
from models.webhooks import WebhookSubscription
from services import (
    alert_rules,
    alerts,
    catalog,
    dropship,
    feedback,
    inventory,
    order_actions,
    returns,
    supply,
    tickets,
    transfers,
)
from services.access import SYSTEM
from services.demo_flows import customer, order, report, ship
from services.order_edits import LineEdit, OrderEditDraft, edit_order
from services.order_payments import DiscountDraft, TaxLineDraft, record_payment, set_charges
from services.supply import PurchaseLineDraft
from services.transfers import TransferLineDraft
from services.webhooks import create_subscription
from subscriptions.topics import ORDER_STATUS_CHANGED, SHIPMENT_CHANGED

FIRST_REF = "WORLD-DELIVERED"
# A port nothing listens on (discard), on loopback: the subscriptions are shown, never sent.
HOOK_URL = "http://127.0.0.1:9/demo-webhooks"
PRODUCTS = [  # sku, name, barcode, price, drop-shipping supplier
    ("JACKET-RED-M", "Rain jacket red M", "0001234500066", "89.00", None),
    ("POSTER-A2", "Poster A2", "0001234500073", "15.00", None),
    ("DESK-OAK", "Oak desk", "0001234500080", "240.00", "nordic"),
    ("SOCKS-3PK", "Socks, 3 pairs", "0001234500097", "9.90", None),
    ("TOTE-BAG", "Tote bag", "0001234500103", "14.00", None),
]
STOCK = [("JACKET-RED-M", "east", 3), ("JACKET-RED-M", "west", 3), ("SOCKS-3PK", "east", 10), ("TOTE-BAG", "east", 40)]
ADA, ALAN, GRACE, LINUS, MALLORY = (
    ("ada@example.com", "Ada Lovelace"),
    ("alan@example.com", "Alan Turing"),
    ("grace@example.com", "Grace Hopper"),
    ("linus@example.com", "Linus Torvalds"),
    ("mallory@example.com", "Mallory Mayfair"),
)


async def build_world() -> bool:
    """Build the world unless it is there; whether it was built now."""
    if await Order.exists(external_ref=FIRST_REF):
        return False
    await _catalogue()
    await _fulfilment()
    await _backorders_holds_and_splits()
    await _money()
    await _supply()
    await _alerts()
    await _webhooks()
    return True


async def _catalogue() -> None:
    await catalog.create_supplier(code="nordic", name="Nordic Furniture", lead_time_days=14)
    # Express promises shipping within the hour: its unshipped orders show the SLA alert.
    await catalog.create_channel(code="express", name="Express store", ship_by_hours=1)
    for sku, name, barcode, price, supplier in PRODUCTS:
        await catalog.create_product(
            sku=sku, name=name, barcode=barcode, price=Decimal(price), dropship_supplier=supplier
        )
    for sku, warehouse, units in STOCK:
        await inventory.adjust_stock(SYSTEM, sku=sku, warehouse=warehouse, delta=units, reason=MovementReason.RECEIPT)
    # Below 5 available the socks are low, and an order for 40 more is drafted from Acme.
    await supply.set_supplier_product(supplier="acme", sku="SOCKS-3PK", cost=Decimal("3.10"))
    await inventory.update_stock_policy(
        SYSTEM,
        sku="SOCKS-3PK",
        warehouse="east",
        change=inventory.PolicyChange(safety_stock=5, reorder_point=5, reorder_quantity=40, auto_reorder=True),
    )


async def _fulfilment() -> None:
    """Delivered (with feedback, a refunded return and a requested one), in transit, and a
    drop-shipped order on its way from the supplier next to one waiting for its supplier."""
    delivered = await order(FIRST_REF, *ADA, {"TOTE-BAG": 2})
    (shipment,) = await ship(delivered, "1ZDEMO1")
    await report(shipment, (ShipmentStatus.IN_TRANSIT, "Newark, NJ"), (ShipmentStatus.DELIVERED, "New York, NY"))
    await feedback.give_feedback(customer(ADA[0]), order_id=delivered.id, rating=5, comment="Quick and tidy.")
    back = await returns.request_return(
        customer(ADA[0]),
        order_id=delivered.id,
        lines=[returns.ReturnLineDraft(sku="TOTE-BAG", quantity=1, reason="Two were one too many")],
    )
    await returns.receive_return(
        SYSTEM,
        return_id=back.id,
        lines=[returns.ReceivedLine(sku="TOTE-BAG", quantity=1, condition=ReturnCondition.RESTOCK)],
    )
    await returns.record_refund(SYSTEM, order_id=delivered.id, amount=Decimal("14.00"), return_id=back.id)

    second = await order("WORLD-DELIVERED-2", *GRACE, {"TOTE-BAG": 1})
    (shipment,) = await ship(second, "1ZDEMO2")
    await report(shipment, (ShipmentStatus.IN_TRANSIT, "Chicago, IL"), (ShipmentStatus.DELIVERED, "Arlington, VA"))
    await feedback.give_feedback(customer(GRACE[0]), order_id=second.id, rating=3, comment="Fine, a bit slow.")
    await returns.request_return(
        customer(GRACE[0]),
        order_id=second.id,
        lines=[returns.ReturnLineDraft(sku="TOTE-BAG", quantity=1, reason="Wrong colour")],
    )

    moving = await order("WORLD-IN-TRANSIT", *ALAN, {"TOTE-BAG": 1})
    (shipment,) = await ship(moving, "1ZDEMO3")
    await report(shipment, (ShipmentStatus.IN_TRANSIT, "Philadelphia, PA"))
    await _tickets(moving, delivered, second)

    # Drop-ship: the desk comes from Nordic (confirmed and dispatched), the bag from east.
    mixed = await order("WORLD-DROP-SHIP", *ADA, {"DESK-OAK": 1, "TOTE-BAG": 1})
    request = await DropShipRequest.get(order_id=mixed.id)
    await dropship.confirm_request(SYSTEM, request_id=request.id)
    await dropship.dispatch_request(SYSTEM, request_id=request.id, carrier="ups", tracking_number="1ZDEMODS0001")
    await order("WORLD-DROP-SHIP-2", *GRACE, {"DESK-OAK": 1})  # waits for Nordic to confirm


async def _tickets(moving: Order, delivered: Order, second: Order) -> None:
    """One ticket waiting for staff, one answered (the customer's turn), one closed."""
    threads = [  # customer, order, kind, subject, message, staff's answer, closed
        (
            ALAN,
            moving,
            TicketKind.DELIVERY,
            "When will my bag arrive?",
            "Tracking says Philadelphia: on its way?",
            None,
            False,
        ),
        (
            GRACE,
            second,
            TicketKind.RETURN,
            "Return label",
            "Could you send me a return label?",
            "Sent by email.",
            False,
        ),
        (ADA, delivered, TicketKind.COMPLAINT, "One bag too many", "I ordered two by mistake.", "Refunded.", True),
    ]
    for (email, _), about, kind, subject, message, answer, closed in threads:
        ticket = await tickets.open_ticket(
            customer(email),
            subject=subject,
            message=message,
            kind=kind,
            order_id=about.id,
            complaint_sla=timedelta(hours=48),
        )
        if answer:
            await tickets.reply(SYSTEM, ticket_id=ticket.id, message=answer)
        if closed:
            await tickets.close(SYSTEM, ticket_id=ticket.id, final=True, note="Refunded the bag sent back.")


async def _backorders_holds_and_splits() -> None:
    await order("WORLD-BACKORDER", *GRACE, {"POSTER-A2": 2})  # none in stock: BACKORDERED
    held = await order("WORLD-HOLD", *ADA, {"TOTE-BAG": 1})
    await order_actions.hold_order(SYSTEM, order_id=held.id, reason="Address check with the customer")
    await order("WORLD-SPLIT", *ALAN, {"JACKET-RED-M": 5})  # 3 from east, 2 from west
    await order("WORLD-LOW-STOCK", *LINUS, {"SOCKS-3PK": 6})  # 4 left of a safety stock of 5


async def _money() -> None:
    """An edited order (a second bag) with shipping, tax and a discount, authorized and captured."""
    edited = await order("WORLD-EDITED", *LINUS, {"TOTE-BAG": 1})
    await edit_order(
        SYSTEM,
        order_id=edited.id,
        draft=OrderEditDraft(
            reason="The customer asked for a second bag", lines=[LineEdit(sku="TOTE-BAG", quantity=2)]
        ),
    )
    charged = await set_charges(
        SYSTEM,
        order_id=edited.id,
        shipping_amount=Decimal("4.90"),
        tax_lines=[TaxLineDraft(name="NY sales tax", rate=Decimal("0.08875"), amount=Decimal("2.49"))],
        discounts=[DiscountDraft(code="WELCOME5", amount=Decimal("5.00"))],
    )
    await record_payment(SYSTEM, order_id=edited.id, kind=PaymentKind.AUTHORIZATION, amount=charged.total)
    await record_payment(SYSTEM, order_id=edited.id, kind=PaymentKind.CAPTURE, amount=charged.total)


async def _supply() -> None:
    """A purchase order in each status, and a stock transfer in each."""

    async def purchase(sku: str, quantity: int, note: str) -> int:
        po = await supply.create_purchase_order(
            SYSTEM,
            supplier="acme",
            warehouse="east",
            lines=[PurchaseLineDraft(sku=sku, quantity=quantity, unit_cost=Decimal("4.00"))],
            note=note,
        )
        return po.id

    await purchase("TSHIRT-BLK-M", 30, "Draft: waiting for approval")
    await supply.send_purchase_order(SYSTEM, po_id=await purchase("TSHIRT-WHT-M", 30, "Sent to Acme"))
    for sku, quantity, received in (("TOTE-BAG", 20, 5), ("CAP-NAVY", 10, 10), ("POSTER-A2", 50, 0)):
        po_id = await purchase(sku, quantity, "Confirmed by Acme")
        await supply.send_purchase_order(SYSTEM, po_id=po_id)
        await supply.confirm_purchase_order(SYSTEM, po_id=po_id)
        if received:  # partly (the bags) or in full (the caps); the posters stay confirmed
            await supply.receive_purchase_order(SYSTEM, po_id=po_id, received=[(sku, received)])
    await supply.cancel_purchase_order(SYSTEM, po_id=await purchase("MUG-LOGO", 24, "Cancelled: found cheaper"))

    async def transfer(units: int) -> int:
        lines = [TransferLineDraft(sku="TOTE-BAG", quantity=units)]
        found = await transfers.create_transfer(SYSTEM, source="east", destination="west", lines=lines)
        return found.id

    await transfer(2)  # DRAFT
    await transfers.cancel_transfer(SYSTEM, transfer_id=await transfer(2))
    for units, received in ((3, 0), (4, 1), (4, 4)):  # in transit, partly received, received
        transfer_id = await transfer(units)
        await transfers.dispatch_transfer(SYSTEM, transfer_id=transfer_id)
        if received:
            await transfers.receive_transfer(SYSTEM, transfer_id=transfer_id, received=[("TOTE-BAG", received)])


async def _alerts() -> None:
    """The rules find a suspicious order (Mallory's third is 10x her usual) and an express order
    not shipped within its hour (the rules are run as of an hour from now); one is acknowledged."""
    await order("WORLD-MALLORY-1", *MALLORY, {"POSTER-A2": 1})
    await order("WORLD-MALLORY-2", *MALLORY, {"POSTER-A2": 1})
    await order("WORLD-MALLORY-3", *MALLORY, {"POSTER-A2": 10})
    await order("WORLD-EXPRESS", *ALAN, {"SOCKS-3PK": 1}, channel="express")
    raised = await alert_rules.run_rules(datetime.now(UTC) + timedelta(hours=1, minutes=5))
    if raised:
        await alerts.acknowledge_alert(SYSTEM, alert_id=raised[0].id)


async def _webhooks() -> None:
    """Two subscriptions, switched off: seen in the API, never sent anywhere."""
    for topics in ([ORDER_STATUS_CHANGED], [SHIPMENT_CHANGED]):
        row, _ = await create_subscription(SYSTEM, url=HOOK_URL, topics=topics, allow_private=True)
        # No service switches a subscription off (the API has no such mutation yet): the flag only.
        await WebhookSubscription.filter(id=row.id).update(active=False)
