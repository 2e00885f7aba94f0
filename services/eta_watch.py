"""Missed ETAs: the customer hears that a shipment is late when its expected delivery day
passes without it, not only when the carrier says so.

`notifications.on_eta_later` tells the customer when the carrier *moves* an ETA later. A
carrier that just goes quiet (or keeps reporting IN_TRANSIT without a new ETA) would leave the
customer waiting past the promised day with no word from the shop. `notice_missed_etas` finds
shipments still on their way (dispatched, in transit, out for delivery, or in exception) whose
ETA's day (UTC) is over, and records an ORDER_DELAYED notification for each, with `missed`
set so the template says it did not arrive when expected. Once per ETA: the shipment keeps the
ETA it was noticed for (`missed_eta_noticed`), claimed by a conditional UPDATE, so several
processes may run the round at once, and a later ETA that passes too is told again.

The alert-rules worker runs it with its rules (services/alert_rules.py), every
`OMS_ALERT_RULES_SECONDS`.
"""

from __future__ import annotations

from datetime import UTC, datetime, time

from tortoise.expressions import F, Q

from models.customers import NotificationKind
from models.fulfilment import Shipment, ShipmentStatus
from models.orders import format_order_number
from services.notifications import record_notification
from services.uow import unit_of_work

ON_THE_WAY = (
    ShipmentStatus.DISPATCHED,
    ShipmentStatus.IN_TRANSIT,
    ShipmentStatus.OUT_FOR_DELIVERY,
    ShipmentStatus.EXCEPTION,
)
BATCH = 500


def day_over(now: datetime) -> datetime:
    """The start of `now`'s day (UTC): an ETA before it is a day that has passed."""
    return datetime.combine(now.astimezone(UTC).date(), time(), tzinfo=UTC)


async def notice_missed_etas(now: datetime | None = None, *, batch: int = BATCH) -> int:
    """Tell the customers of shipments whose ETA day has passed (once per ETA); how many were told."""
    cutoff = day_over(now or datetime.now(UTC))
    due = (
        await Shipment.filter(status__in=ON_THE_WAY, estimated_delivery_at__lt=cutoff)
        .filter(Q(missed_eta_noticed__isnull=True) | ~Q(missed_eta_noticed=F("estimated_delivery_at")))
        .order_by("id")
        .limit(batch)
        .values("id", "order_id", "tracking_number", "estimated_delivery_at", email="order__customer__email")
    )
    told = 0
    for row in due:
        eta: datetime = row["estimated_delivery_at"]
        async with unit_of_work() as conn:
            # Claimed for this ETA only if nobody claimed it since (another process's round,
            # or the carrier moving the ETA in between).
            claimed = (
                await Shipment.filter(id=row["id"], estimated_delivery_at=eta, status__in=ON_THE_WAY)
                .filter(Q(missed_eta_noticed__isnull=True) | ~Q(missed_eta_noticed=eta))
                .using_db(conn)
                .update(missed_eta_noticed=eta)
            )
            if not claimed or not row["email"]:
                continue
            data = {
                "number": format_order_number(row["order_id"]),
                "tracking_number": row["tracking_number"] or "",
                "eta": eta.astimezone(UTC).date().isoformat(),
                "missed": True,
            }
            await record_notification(
                conn,
                email=str(row["email"]),
                kind=NotificationKind.ORDER_DELAYED,
                data=data,
                about=("shipment", row["id"]),
            )
            told += 1
    return told
