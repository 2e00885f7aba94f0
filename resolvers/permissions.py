"""Who may call what: the one table every root operation is checked against.

Scoped roles (WAREHOUSE, CUSTOMER, SUPPLIER, CARRIER, CHANNEL) that appear here are
additionally limited to their own objects by the services' scoping rules.
"""

from __future__ import annotations

from typing import Any

from strawberry.permission import BasePermission

from resolvers.context import Info
from resolvers.errors import forbidden, unauthenticated
from schema.access import Role
from services.access import Principal, still_valid

PUBLIC = None  # no token needed
ADMIN = frozenset({Role.ADMIN})
STAFF = frozenset({Role.ADMIN, Role.OPS})
ANY_TOKEN = frozenset(Role)

OPERATION_ROLES: dict[str, frozenset[Role] | None] = {
    # queries
    "node": ANY_TOKEN,
    "nodes": ANY_TOKEN,
    "viewer": ANY_TOKEN,
    "order": ANY_TOKEN,
    "orderByNumber": ANY_TOKEN,
    "orders": ANY_TOKEN,
    "analytics": STAFF | {Role.CHANNEL},
    "orderTrack": PUBLIC,
    "apiTokens": ADMIN,
    "stockLevels": STAFF | {Role.WAREHOUSE},
    "stockMovements": STAFF | {Role.WAREHOUSE},
    "products": ANY_TOKEN,
    "purchaseOrders": STAFF | {Role.SUPPLIER, Role.WAREHOUSE},
    "dropShipRequests": STAFF | {Role.SUPPLIER},
    "replenishmentSuggestions": STAFF | {Role.WAREHOUSE},
    "demandForecast": STAFF | {Role.WAREHOUSE},
    "pickTaskList": STAFF | {Role.WAREHOUSE},
    "scanEvents": STAFF | {Role.WAREHOUSE},
    "shipments": STAFF | {Role.WAREHOUSE, Role.CARRIER, Role.CUSTOMER, Role.CHANNEL},
    "webhookSubscriptions": STAFF | {Role.CARRIER, Role.SUPPLIER},
    "webhookDeliveries": STAFF | {Role.CARRIER, Role.SUPPLIER},
    "myOrders": frozenset({Role.CUSTOMER}),
    "customerNotificationPreferences": frozenset({Role.CUSTOMER}),
    "stockTransfers": STAFF | {Role.WAREHOUSE},
    "warehouses": STAFF,
    "channels": STAFF,
    "suppliers": STAFF,
    "carriers": STAFF,
    "customers": STAFF,
    "returns": STAFF | {Role.CUSTOMER, Role.CHANNEL},
    "auditEvents": STAFF,
    "customerNotifications": STAFF | {Role.CUSTOMER},
    # mutations
    "channelCreate": STAFF,
    "warehouseCreate": STAFF,
    "productCreate": STAFF,
    "supplierCreate": STAFF,
    "carrierCreate": STAFF,
    "orderCreate": STAFF | {Role.CHANNEL},
    "orderCancel": STAFF | {Role.CHANNEL, Role.CUSTOMER},
    "orderCancelRemainder": STAFF | {Role.CHANNEL},
    "orderHold": STAFF,
    "orderRelease": STAFF,
    "orderAllocate": STAFF,
    "stockAdjust": STAFF | {Role.WAREHOUSE},
    "stockCount": STAFF | {Role.WAREHOUSE},
    "stockPolicyUpdate": STAFF,
    "stockSync": STAFF | {Role.WAREHOUSE},
    "allocationPreview": STAFF | {Role.CHANNEL},
    "orderEditPreview": STAFF | {Role.CHANNEL},
    "supplierProductSet": STAFF,
    "purchaseOrderCreate": STAFF,
    "purchaseOrderSend": STAFF,
    "purchaseOrderConfirm": STAFF | {Role.SUPPLIER},
    "purchaseOrderReceive": STAFF | {Role.WAREHOUSE},
    "purchaseOrderCancel": STAFF,
    "dropShipConfirm": STAFF | {Role.SUPPLIER},
    "dropShipDispatch": STAFF | {Role.SUPPLIER},
    "pickTaskClaim": STAFF | {Role.WAREHOUSE},
    "pickTaskAssign": STAFF | {Role.WAREHOUSE},
    "pickScan": STAFF | {Role.WAREHOUSE},
    "pickShort": STAFF | {Role.WAREHOUSE},
    "pickTaskComplete": STAFF | {Role.WAREHOUSE},
    "pickTaskPrioritize": STAFF,
    "pickTaskUnclaim": STAFF | {Role.WAREHOUSE},
    "shipmentPack": STAFF | {Role.WAREHOUSE},
    "shipmentDispatch": STAFF | {Role.WAREHOUSE},
    "trackingEventRecord": STAFF | {Role.CARRIER},
    "returnRequest": STAFF | {Role.CUSTOMER, Role.CHANNEL},
    "returnReceive": STAFF | {Role.WAREHOUSE},
    "refundRecord": STAFF,
    "apiTokenCreate": ADMIN,
    "apiTokenRevoke": ADMIN,
    "webhookSubscriptionCreate": STAFF | {Role.CARRIER, Role.SUPPLIER},
    "webhookSubscriptionDelete": STAFF | {Role.CARRIER, Role.SUPPLIER},
    "webhookSubscriptionTest": STAFF | {Role.CARRIER, Role.SUPPLIER},
    "webhookDeliveryRetry": STAFF | {Role.CARRIER, Role.SUPPLIER},
    "customerSignInStart": PUBLIC,
    "customerSignInFinish": PUBLIC,
    "customerTokenRefresh": PUBLIC,
    "customerTokenCreate": frozenset({Role.CHANNEL}),
    "customerNotificationPreferencesUpdate": frozenset({Role.CUSTOMER}),
    "channelIntakeSecretRotate": ADMIN,
    "orderBulkCreate": STAFF | {Role.CHANNEL},
    "webhookSubscriptionUpdate": STAFF | {Role.CARRIER, Role.SUPPLIER},
    "stockTransferCreate": STAFF,
    "stockTransferDispatch": STAFF | {Role.WAREHOUSE},
    "stockTransferReceive": STAFF | {Role.WAREHOUSE},
    "stockTransferCancel": STAFF,
    "productUpdate": STAFF,
    "productArchive": STAFF,
    "warehouseUpdate": STAFF,
    "warehouseArchive": STAFF,
    "channelUpdate": STAFF,
    "channelArchive": STAFF,
    "supplierUpdate": STAFF,
    "supplierArchive": STAFF,
    "carrierUpdate": STAFF,
    "carrierArchive": STAFF,
    "orderEdit": STAFF | {Role.CHANNEL},
    "myOrderAddressUpdate": frozenset({Role.CUSTOMER}),
    "orderLineCancel": STAFF | {Role.CHANNEL},
    "orderChargesSet": STAFF | {Role.CHANNEL},
    "orderPaymentRecord": STAFF | {Role.CHANNEL},
    "orderUpdate": STAFF | {Role.CHANNEL},
    "orderMetadataUpdate": STAFF | {Role.CHANNEL},
    # subscriptions
    "orderStatusChanged": STAFF | {Role.CUSTOMER, Role.CHANNEL},
    "lowStockAlerts": STAFF | {Role.WAREHOUSE},
    "pickTaskUpdates": STAFF | {Role.WAREHOUSE},
    "pickTasks": STAFF | {Role.WAREHOUSE},  # the deprecated name of pickTaskUpdates
    "shipmentUpdates": STAFF | {Role.WAREHOUSE, Role.CARRIER, Role.CUSTOMER, Role.CHANNEL},
    "dropShipRequestUpdates": STAFF | {Role.SUPPLIER},
    # support tickets and feedback
    "ticket": STAFF | {Role.CUSTOMER},
    "tickets": STAFF,
    "myTickets": frozenset({Role.CUSTOMER}),
    "orderFeedbacks": STAFF,
    "ticketOpen": STAFF | {Role.CUSTOMER},
    "ticketReply": STAFF | {Role.CUSTOMER},
    "ticketAssign": STAFF,
    "ticketClose": STAFF | {Role.CUSTOMER},
    "ticketReopen": STAFF | {Role.CUSTOMER},
    "ticketTyping": STAFF | {Role.CUSTOMER},
    "orderFeedback": frozenset({Role.CUSTOMER}),
    "ticketMessages": STAFF | {Role.CUSTOMER},
    # risk alerts (query, mutations, subscription)
    "alerts": STAFF | {Role.CHANNEL},
    # A channel's own token may not read or change its policy: thresholds a shop's fraud
    # rules use are not for the shop front (nor anyone who holds its token) to learn or lift.
    "channelAlertPolicy": STAFF,
    "channelAlertPolicyUpdate": STAFF,
    "alertAcknowledge": STAFF,
    "alertResolve": STAFF,
    "alertRaised": STAFF | {Role.CHANNEL},
}


# What "its own objects" means for each scoped role (enforced by the services' scoping:
# visible_orders, visible_stock, visible_tasks, visible_shipments, visible_purchase_orders).
SCOPE_RULES: dict[Role, str] = {
    Role.WAREHOUSE: "its warehouse: stock, pick tasks, scans and shipments there, purchase orders delivered "
    "there, and the orders with units allocated there (showing only that warehouse's part); the stock "
    "transfers leaving or reaching it (dispatching those leaving, receiving those reaching it)",
    Role.CUSTOMER: "its email: the orders placed with it, their shipments and returns (a token a storefront "
    "obtained with customerTokenCreate: that channel's orders only); its own notification preferences",
    Role.SUPPLIER: "its supplier: the purchase orders sent to it (never drafts) and its drop-ship requests; "
    "the webhook subscriptions it created, which hear only its purchase orders' events, and their deliveries",
    Role.CARRIER: "its carrier: the shipments handed to it and their tracking (not the orders); the webhook "
    "subscriptions it created, which hear only its shipments' events, and their deliveries",
    Role.CHANNEL: "its sales channel: the orders placed through it, their shipments and returns, their alerts; "
    "analytics reports of its orders only",
}


def allowed(operation: str, role: Role | None) -> bool:
    roles = OPERATION_ROLES[operation]
    if roles is None:
        return True
    return role is not None and role in roles


def permits(operation: str, principal: Principal | None) -> bool:
    """What RequireRole decides for a caller whose token is known good (an HTTP request's; a
    WebSocket's is read again first): the compiled path asks it too (graphql_compiled)."""
    return allowed(operation, principal.role if principal else None)


class RequireRole(BasePermission):
    """Attached to every root field; reads the table above by the field's name."""

    async def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        principal = info.context.principal
        if principal is not None and info.context.request.scope["type"] == "websocket":
            # A WebSocket outlives its connection_init: every new operation re-checks the token.
            if not await still_valid(principal):
                info.context.principal = principal = None
        if permits(info.field_name, principal):
            return True
        raise unauthenticated() if principal is None else forbidden()


def describe(operation: str) -> str:
    """Who may call `operation`, in a sentence (for the schema's descriptions)."""
    roles = OPERATION_ROLES[operation]
    if roles is None:
        return "Public: no token needed."
    names = [role.value + (" (own)" if role in SCOPE_RULES else "") for role in Role if role in roles]
    return "Roles: " + ", ".join(names) + "."


def render_markdown(operations: dict[str, list[str]]) -> str:
    """The permission table as Markdown: one row per operation (grouped by root type, in
    schema order), one column per role; `own` marks a scoped role limited to its objects."""
    roles = list(Role)
    lines = [
        "# Who may call what",
        "",
        "Generated from `resolvers/permissions.py` by `make schema`; a test fails when it is stale.",
        "`yes`: allowed; `own`: allowed, on the token's own objects only (below); empty: refused",
        "(UNAUTHENTICATED without a token, FORBIDDEN with one). Out of scope looks exactly like not found.",
        "",
    ]
    for root, names in operations.items():
        lines += [f"## {root}", "", "| operation | " + " | ".join(r.value for r in roles) + " |"]
        lines.append("| --- |" + " :---: |" * len(roles))
        for name in names:
            allowed_roles = OPERATION_ROLES[name]
            if allowed_roles is None:
                cells = ["public"] * len(roles)
            else:
                cells = [("own" if role in SCOPE_RULES else "yes") if role in allowed_roles else "" for role in roles]
            lines.append(f"| `{name}` | " + " | ".join(cells) + " |")
        lines.append("")
    lines += ["## Scopes", ""]
    lines += [f"- **{role.value}**: {rule}." for role, rule in SCOPE_RULES.items()]
    return "\n".join(lines) + "\n"
