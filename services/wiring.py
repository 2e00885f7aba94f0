"""Who reacts to what: the one place where one domain's changes are connected to another's
work. Lower domains announce (`services.reactions`); the reactions live with the domain that
does the work; this module, at the top of services, connects them.

    stock crosses to low (within the transaction)   -> supply drafts a purchase order
    stock arrived (receipt, count, sync, cancel,    -> sourcing fills backorders, oldest first
      PO receipt, return restock; after commit)
    units short (a short pick, a count below        -> sourcing sources the order again
      reserved; after commit)
    allocation routes lines to a drop-ship supplier -> dropship opens the supplier's request
      (within the transaction)
    an order is cancelled (within the transaction)  -> dropship cancels its open requests
    an order is placed, a shipment moves            -> the customer is notified (recorded)
      (within the transaction)
    an order is placed (within the transaction)     -> suspicious-order check where the channel's
                                                       alert policy asks (alert, maybe ON_HOLD)
    an order's figures change with no order event   -> the analytics rollups mark its day
      (a return, a refund; within the transaction)     to recompute

Call `wire()` once per process before serving (the app's lifespan, the CLI, test fixtures).
"""

from __future__ import annotations

from services import alert_intake, analytics_rollup, dropship, notifications, reactions, sourcing, supply
from services.reactions import AfterCommit, Within


def wire() -> None:
    """Connect every reaction (idempotent)."""
    reactions.within(Within.LOW_STOCK, supply.draft_reorder)
    reactions.within(Within.DROP_SHIP_ROUTED, dropship.open_requests)
    reactions.within(Within.ORDER_CANCELLED, dropship.cancel_requests)
    reactions.after_commit(AfterCommit.STOCK_ARRIVED, sourcing.on_stock_arrived)
    reactions.after_commit(AfterCommit.UNITS_SHORT, sourcing.on_units_short)
    reactions.within(Within.ORDER_PLACED, notifications.on_order_placed)
    # After the confirmation is recorded: a held order was still placed (and confirmed).
    reactions.within(Within.ORDER_PLACED, alert_intake.check_placed_order)
    reactions.within(Within.SHIPMENT_MOVED, notifications.on_shipment_moved)
    reactions.within(Within.ORDER_FIGURES_CHANGED, analytics_rollup.mark_order_dirty)
