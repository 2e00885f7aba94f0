"""Every event topic, in one place: what the outbox carries and what subscriptions hear."""

from __future__ import annotations

ORDER_STATUS_CHANGED = "order.status_changed"
LOW_STOCK = "stock.low"
PICK_TASK_CHANGED = "pick_task.changed"
SHIPMENT_CHANGED = "shipment.changed"
PURCHASE_ORDER_STATUS_CHANGED = "purchase_order.status_changed"
DROP_SHIP_REQUEST_CHANGED = "drop_ship_request.changed"
RETURN_STATUS_CHANGED = "return.status_changed"
TOKEN_REVOKED = "token.revoked"
TICKET_STATUS_CHANGED = "ticket.status_changed"
TICKET_MESSAGE_POSTED = "ticket.message_posted"
TICKET_TYPING = "ticket.typing"  # ephemeral (a bus Signal): never in the outbox
CUSTOMER_NOTIFICATION = "customer.notification"
ALERT_RAISED = "alert.raised"
STOCK_TRANSFER_STATUS_CHANGED = "stock_transfer.status_changed"
ORDER_EDITED = "order.edited"
ORDER_FINANCIAL_STATUS_CHANGED = "order.financial_status_changed"
