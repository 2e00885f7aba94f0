"""Where every input lands, and the check at the edge that it fits there.

`INPUTS` maps each field of each input type to the column it is stored in or compared with
(`column(...)`: its domain is derived from the model), to an explicit domain when it lands in
no column (a search term), to `NESTED` (another input type, checked by its own entry), to
`CHOICE` (an enum or a boolean: GraphQL has already checked it), or to `Items` (a list: its
maximum length and its items). `ARGUMENTS` does the same for root fields' arguments by name.
`tests/graphql/test_input_domains.py` fails when an input field or argument is in neither.

`input_problems` walks a converted input and reports every value outside its domain as a
problem (INVALID; INVALID_QUANTITY for quantities) naming the field's path (camelCase, list
indexes as strings, as userErrors name fields). The mutation pipeline (`schema.mutations`)
turns them into `userErrors`; `CheckArguments` (on root Query and Subscription fields without
a payload) into a top-level INVALID error. Rules about meaning (a quantity of at least 1, an existing SKU) stay with the
services; the edge keeps out only what no column holds, and what no one means (thousands
of packages, a megabyte of note, a negative priority).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import strawberry
from strawberry.extensions import FieldExtension
from strawberry.extensions.field_extension import AsyncExtensionResolver, SyncExtensionResolver
from strawberry.utils.str_converters import to_camel_case

from models.access import ApiToken
from models.catalog import Carrier, Channel, Product, Supplier
from models.fulfilment import Package, PickTask, PickTaskLine, ScanEvent, TrackingEvent
from models.inventory import StockLevel, StockMovement
from models.order_money import OrderTag
from models.orders import Order, OrderLine
from models.returns import Refund, ReturnLine
from models.supply import PurchaseOrder, PurchaseOrderLine, SupplierProduct
from models.webhooks import WebhookSubscription
from resolvers.errors import PublicError
from schema import (
    access,
    addresses,
    analytics,
    bulk,
    catalog,
    dropship,
    inventory,
    order_mutations,
    orders,
    picking,
    returns,
    shipping,
    supply,
    tracking,
    webhooks,
)
from schema.admin_inputs import ADMIN_INPUTS
from schema.customer_inputs import CUSTOMER_INPUTS
from schema.domains import CHOICE, ID_TEXT, NESTED, Domain, Items, Kind, Spec, column, integer, text
from schema.input_names import given_names
from schema.input_specs import (
    CARRIER,
    CHANNEL,
    CURRENCY,
    CURSOR,
    EMAIL,
    ENUMS,
    KEYS,
    MAX_FILTER_VALUES,
    MAX_GRAMS,
    MAX_MM,
    MAX_PACKAGES,
    ORDER_CHARGES,
    ORDER_DETAILS,
    PICKER,
    REASON,
    SEARCH,
    SKU,
    SUPPLIER,
    TOPIC,
    TRACKING_NUMBER,
    WAREHOUSE,
    quantity,
)
from schema.order_edit_inputs import ORDER_EDIT_INPUTS
from schema.sorts import SORT_INPUTS
from services import task_queue
from services.bulk import MAX_ORDERS as MAX_BULK_ORDERS
from services.catalog import MAX_SHIP_BY_HOURS
from services.errors import ErrorCode, Problem
from services.forecast import MAX_HORIZON
from services.inventory_analytics import MAX_DEAD_DAYS
from services.order_drafts import MAX_LINES

# Where a webhook subscription's target and filters land (created and updated alike).
_WEBHOOK_TARGET: dict[str, Spec] = {
    "url": column(WebhookSubscription, "url"),
    "topics": Items(MAX_FILTER_VALUES, TOPIC),
    "channels": Items(MAX_FILTER_VALUES, CHANNEL),
    "warehouses": Items(MAX_FILTER_VALUES, WAREHOUSE),
}
INPUTS: dict[type, dict[str, Spec]] = {
    # orders
    order_mutations.CustomerInput: {"email": EMAIL, "name": column(Order, "customer_name")},
    addresses.AddressInput: {
        "country": column(Order, "ship_country"),
        "country_code": CHOICE,
        "region": column(Order, "ship_region"),
        "city": column(Order, "ship_city"),
        "postal_code": column(Order, "ship_postal_code"),
        "line1": column(Order, "ship_line1"),
        "latitude": column(Order, "ship_latitude"),
        "longitude": column(Order, "ship_longitude"),
    },
    order_mutations.OrderLineInput: {
        "sku": column(OrderLine, "sku"),
        "quantity": column(OrderLine, "quantity", **quantity),  # type: ignore[arg-type]
        "unit_price": column(OrderLine, "unit_price"),
    },
    order_mutations.OrderCreateInput: {
        "channel": CHANNEL,
        "external_ref": column(Order, "external_ref"),
        "customer": NESTED,
        "shipping_address": NESTED,
        "lines": Items(MAX_LINES, NESTED),
        "currency": column(Order, "currency"),
        "currency_code": CHOICE,
        "idempotency_key": column(Order, "idempotency_key"),
        **ORDER_DETAILS,
        **ORDER_CHARGES,
        "metadata": KEYS,
    },
    order_mutations.OrderCancelInput: {"id": ID_TEXT, "reason": REASON},
    order_mutations.OrderHoldInput: {"id": ID_TEXT, "reason": REASON},
    order_mutations.OrderCancelRemainderInput: {"id": ID_TEXT, "reason": REASON},
    order_mutations.OrderAllocateInput: {"id": ID_TEXT},
    order_mutations.OrderReleaseInput: {"id": ID_TEXT, "reason": REASON},
    orders.OrderFilter: {
        "status": ENUMS,
        "channel": CHANNEL,
        "warehouse": WAREHOUSE,
        "customer_email": EMAIL,
        "created_after": column(Order, "created_at"),
        "created_before": column(Order, "created_at"),
        "search": SEARCH,
        "sku": column(OrderLine, "sku"),
        "tracking_number": TRACKING_NUMBER,
        "external_ref": column(Order, "external_ref"),
        "tag": column(OrderTag, "tag"),
    },
    orders.OrderSort: {"field": CHOICE, "direction": CHOICE},
    # access
    access.ApiTokenCreateInput: {
        "role": CHOICE,
        "scope": column(ApiToken, "scope"),
        "name": column(ApiToken, "name"),
        "expires_at": column(ApiToken, "expires_at"),
    },
    access.ApiTokenRevokeInput: {"id": ID_TEXT},
    # catalogue
    catalog.ChannelCreateInput: {
        "code": CHANNEL,
        "name": column(Channel, "name"),
        "allocation_strategy": CHOICE,
        "allow_split": CHOICE,
        "backorder_policy": CHOICE,
        "intake_secret": column(Channel, "intake_secret"),
        "respect_safety_stock": CHOICE,
        "customer_cancel_allowed": CHOICE,
        "customer_address_change_allowed": CHOICE,
        "warehouses": Items(MAX_FILTER_VALUES, WAREHOUSE),
        "ship_by_hours": column(Channel, "ship_by_hours", minimum=1, maximum=MAX_SHIP_BY_HOURS),
    },
    catalog.ProductCreateInput: {
        "sku": SKU,
        "name": column(Product, "name"),
        "price": column(Product, "price"),
        "barcode": column(Product, "barcode"),
        "currency": CURRENCY,
        "currency_code": CHOICE,
        "weight_grams": column(Product, "weight_grams", minimum=0, maximum=MAX_GRAMS),
        "drop_ship_supplier": SUPPLIER,
        "dropship_supplier": SUPPLIER,
    },
    catalog.SupplierCreateInput: {
        "code": SUPPLIER,
        "name": column(Supplier, "name"),
        "lead_time_days": column(Supplier, "lead_time_days"),
    },
    catalog.CarrierCreateInput: {
        "code": CARRIER,
        "name": column(Carrier, "name"),
        "webhook_url": column(Carrier, "webhook_url"),
    },
    catalog.ProductFilter: {"skus": Items(MAX_LINES, SKU), "search": SEARCH, "archived": CHOICE},
    # inventory
    inventory.StockLevelFilter: {"sku": SKU, "warehouse": WAREHOUSE, "below_safety_stock": CHOICE},
    inventory.StockMovementFilter: {
        "sku": SKU,
        "warehouse": WAREHOUSE,
        "reason": ENUMS,
        "reference": column(StockMovement, "reference"),
    },
    inventory.StockAdjustInput: {
        "sku": SKU,
        "warehouse": WAREHOUSE,
        "delta": column(StockMovement, "on_hand_delta"),  # bounded by services.inventory (MAX_STOCK)
        "reason": CHOICE,
        "note": column(StockMovement, "note"),
    },
    inventory.StockCountInput: {
        "sku": SKU,
        "warehouse": WAREHOUSE,
        "on_hand": column(StockLevel, "on_hand"),  # bounded by services.inventory (MAX_STOCK)
        "note": column(StockMovement, "note"),
    },
    inventory.StockPolicyUpdateInput: {
        "sku": SKU,
        "warehouse": WAREHOUSE,
        "safety_stock": column(StockLevel, "safety_stock"),  # bounded by services.inventory (MAX_STOCK)
        "reorder_point": column(StockLevel, "reorder_point"),  # bounded by services.inventory (MAX_STOCK)
        "reorder_quantity": column(StockLevel, "reorder_quantity"),  # bounded by services.inventory
        "auto_reorder": CHOICE,
    },
    inventory.StockSyncItemInput: {
        "sku": SKU,
        "on_hand": column(StockLevel, "on_hand"),
    },  # bounded by services.inventory
    inventory.StockSyncInput: {
        "warehouse": WAREHOUSE,
        "as_of": column(StockLevel, "counted_at"),
        "items": Items(MAX_LINES, NESTED),
    },
    # supply
    supply.PurchaseOrderFilter: {"status": ENUMS, "supplier": SUPPLIER, "warehouse": WAREHOUSE},
    supply.SupplierProductSetInput: {
        "supplier": SUPPLIER,
        "sku": SKU,
        "cost": column(SupplierProduct, "cost"),
        "currency": column(SupplierProduct, "currency"),
        "currency_code": CHOICE,
        "lead_time_days": column(SupplierProduct, "lead_time_days"),
        "minimum_order_quantity": column(SupplierProduct, "minimum_order_quantity", **quantity),  # type: ignore[arg-type]
        "pack_size": column(SupplierProduct, "pack_size", **quantity),  # type: ignore[arg-type]
    },
    supply.PurchaseOrderLineInput: {
        "sku": SKU,
        "quantity": column(PurchaseOrderLine, "quantity", **quantity),  # type: ignore[arg-type]
        "unit_cost": column(PurchaseOrderLine, "unit_cost"),
    },
    supply.PurchaseOrderCreateInput: {
        "supplier": SUPPLIER,
        "warehouse": WAREHOUSE,
        "lines": Items(MAX_LINES, NESTED),
        "note": column(PurchaseOrder, "note"),
    },
    supply.PurchaseOrderIdInput: {"id": ID_TEXT},
    supply.PurchaseOrderConfirmInput: {"id": ID_TEXT, "expected_at": column(PurchaseOrder, "expected_at")},
    supply.ReceivedLineInput: {
        "sku": SKU,
        "quantity": column(PurchaseOrderLine, "received_quantity", **quantity),  # type: ignore[arg-type]
    },
    supply.PurchaseOrderReceiveInput: {"id": ID_TEXT, "lines": Items(MAX_LINES, NESTED)},
    # picking
    picking.PickTaskFilter: {"warehouse": WAREHOUSE, "status": ENUMS, "order": ID_TEXT},
    picking.ScanEventFilter: {"task": ID_TEXT, "warehouse": WAREHOUSE, "result": ENUMS},
    picking.PickTaskClaimInput: {"warehouse": WAREHOUSE, "picker": PICKER},
    picking.PickTaskAssignInput: {"task": ID_TEXT, "picker": PICKER},
    picking.PickScanInput: {
        "task": ID_TEXT,
        "barcode": column(ScanEvent, "barcode"),
        "quantity": column(ScanEvent, "quantity", **quantity),  # type: ignore[arg-type]
        "client_scan_id": column(ScanEvent, "client_scan_id"),
        "device": column(ScanEvent, "device"),
    },
    picking.PickShortInput: {
        "task": ID_TEXT,
        "sku": column(PickTaskLine, "sku"),
        "quantity": column(PickTaskLine, "short_quantity", **quantity),  # type: ignore[arg-type]
        "note": REASON,  # written to the order's history
    },
    picking.PickTaskCompleteInput: {"task": ID_TEXT},
    picking.PickTaskPrioritizeInput: {
        "task": ID_TEXT,
        "priority": column(PickTask, "priority", minimum=task_queue.MIN_PRIORITY, maximum=task_queue.MAX_PRIORITY),
    },
    picking.PickTaskUnclaimInput: {"task": ID_TEXT, "picker": PICKER},
    # shipping and tracking
    shipping.ShipmentFilter: {
        "order": ID_TEXT,
        "carrier": CARRIER,
        "status": ENUMS,
        "tracking_number": TRACKING_NUMBER,
    },
    shipping.PackageInput: {
        "weight_grams": column(Package, "weight_grams", maximum=MAX_GRAMS),
        "length_mm": column(Package, "length_mm", maximum=MAX_MM),
        "width_mm": column(Package, "width_mm", maximum=MAX_MM),
        "height_mm": column(Package, "height_mm", maximum=MAX_MM),
    },
    shipping.ShipmentPackInput: {"task": ID_TEXT, "packages": Items(MAX_PACKAGES, NESTED)},
    shipping.ShipmentDispatchInput: {"shipment": ID_TEXT, "carrier": CARRIER, "tracking_number": TRACKING_NUMBER},
    tracking.TrackingEventRecordInput: {
        "tracking_number": TRACKING_NUMBER,
        "status": CHOICE,
        "occurred_at": column(TrackingEvent, "occurred_at"),
        "location": column(TrackingEvent, "location"),
        "estimated_delivery_at": column(TrackingEvent, "estimated_delivery_at"),
    },
    # returns
    returns.ReturnLineInput: {
        "sku": column(ReturnLine, "sku"),
        "quantity": column(ReturnLine, "quantity", **quantity),  # type: ignore[arg-type]
        "reason": column(ReturnLine, "reason"),
    },
    returns.ReturnRequestInput: {"order": ID_TEXT, "lines": Items(MAX_LINES, NESTED)},
    returns.ReturnReceiveLineInput: {
        "sku": column(ReturnLine, "sku"),
        "quantity": column(ReturnLine, "restocked_quantity", **quantity),  # type: ignore[arg-type]
        "condition": CHOICE,
    },
    returns.ReturnReceiveInput: {"id": ID_TEXT, "lines": Items(MAX_LINES, NESTED), "warehouse": WAREHOUSE},
    # analytics
    analytics.ReportFilter: {"channel": CHANNEL},
    analytics.InventoryReportFilter: {"sku": SKU, "warehouse": WAREHOUSE},
    # drop-ship
    dropship.DropShipRequestFilter: {"status": ENUMS, "supplier": SUPPLIER, "order": ID_TEXT},
    dropship.DropShipConfirmInput: {"id": ID_TEXT},
    # webhooks
    webhooks.WebhookDeliveryFilter: {"subscription": ID_TEXT, "status": ENUMS},
    webhooks.WebhookSubscriptionCreateInput: {**_WEBHOOK_TARGET, "secret": column(WebhookSubscription, "secret")},
    webhooks.WebhookSubscriptionIdInput: {"id": ID_TEXT},
    webhooks.WebhookDeliveryRetryInput: {"id": ID_TEXT},
    dropship.DropShipDispatchInput: {"id": ID_TEXT, "carrier": CARRIER, "tracking_number": TRACKING_NUMBER},
    returns.RefundRecordInput: {
        "order": ID_TEXT,
        "amount": column(Refund, "amount"),
        "return_request": ID_TEXT,
        "return_id": ID_TEXT,
        "note": column(Refund, "note"),
    },
    catalog.ChannelIntakeSecretRotateInput: {"channel": CHANNEL, "grace_seconds": integer(0, 30 * 24 * 3600)},
    bulk.OrderBulkCreateInput: {"orders": Items(MAX_BULK_ORDERS, NESTED), "error_policy": CHOICE},
    webhooks.WebhookSubscriptionUpdateInput: {"id": ID_TEXT, **_WEBHOOK_TARGET, "active": CHOICE},
    **ADMIN_INPUTS,  # stock transfers and master data: schema.admin_inputs
    **SORT_INPUTS,  # the lists' sortBy inputs: schema.sorts
    **CUSTOMER_INPUTS,  # customers' sign-in, tickets, feedback, alerts: schema.customer_inputs
    **ORDER_EDIT_INPUTS,  # order editing, money and details: schema.order_edit_inputs
}

# Root fields' arguments, by their Python name (the same name means the same thing everywhere).
ARGUMENTS: dict[str, Spec] = {
    "input": NESTED,
    "filter": NESTED,
    "sort_by": NESTED,
    "id": ID_TEXT,
    "ids": Items(1_000, ID_TEXT),  # a backstop: nodes() refuses more than settings.max_page_size
    "order": ID_TEXT,
    "shipment": ID_TEXT,
    "ticket": ID_TEXT,
    "order_id": ID_TEXT,  # the deprecated names of order, shipment and ticket
    "shipment_id": ID_TEXT,
    "number": text(32),  # an order number, "OG-000042"
    "email": EMAIL,
    "warehouse": WAREHOUSE,
    "tracking_number": TRACKING_NUMBER,
    "first": integer(0, 2**31 - 1),  # the page size: its cap is the pagination's (settings)
    "last": integer(0, 2**31 - 1),
    "after": CURSOR,
    "before": CURSOR,
    "ticket_id": ID_TEXT,
    # analytics { report } (resolvers.analytics: a namespace's field, checked like a root field's)
    "measures": ENUMS,
    "dimensions": ENUMS,
    "from_": column(Order, "created_at"),
    "to": column(Order, "created_at"),
    "interval": CHOICE,
    "compare_to_previous": CHOICE,
    "dead_stock_days": integer(1, MAX_DEAD_DAYS),
    "kinds": ENUMS,  # alertRaised
    "channel": CHANNEL,  # channelAlertPolicy
    # demandForecast, replenishmentSuggestions
    "sku": SKU,
    "horizon_days": integer(1, MAX_HORIZON),
    # Probabilities: finite here; the range (0.5 to below 1) is the service's (check_level).
    "interval_level": Domain(Kind.FLOAT),
    "service_level": Domain(Kind.FLOAT),
}


def _problems(value: Any, spec: Spec, path: tuple[str, ...]) -> Iterator[Problem]:
    if value is None or spec is CHOICE:
        return
    if spec is NESTED:
        kind: type = type(value)
        entry = INPUTS[kind]
        for name, given in given_names(kind):
            yield from _problems(getattr(value, name), entry[name], (*path, given))
    elif isinstance(spec, Items):
        if len(value) > spec.max_items:
            yield Problem(ErrorCode.INVALID, f"{path[-1]} must have at most {spec.max_items} items.", path)
            return
        for index, item in enumerate(value):
            yield from _problems(item, spec.item, (*path, str(index)))
    elif isinstance(spec, Domain):
        why = spec.refuse(value)
        if why is not None:
            yield Problem(spec.code, f"{path[-1]} {why}", path)


def input_problems(value: Any, spec: Spec = NESTED, path: tuple[str, ...] = ()) -> list[Problem]:
    """Every value of a converted input (a strawberry input object, by default) outside its domain."""
    return list(_problems(value, spec, path))


def argument_problems(kwargs: dict[str, Any]) -> list[Problem]:
    """Every argument of a root field outside its domain (paths start with the argument's name)."""
    return [
        problem
        for name, value in kwargs.items()
        for problem in _problems(value, ARGUMENTS[name], (to_camel_case(name),))
    ]


def refusal(problems: list[Problem]) -> PublicError:
    """Where there is no payload (queries, subscriptions): one top-level INVALID error."""
    first = problems[0]
    return PublicError(" ".join(p.message for p in problems), ErrorCode.INVALID.value, field=list(first.field or ()))


class CheckArguments(FieldExtension):
    """A root Query or Subscription field refuses arguments outside their domains before it runs."""

    def resolve(self, next_: SyncExtensionResolver, source: Any, info: strawberry.Info, **kwargs: Any) -> Any:
        problems = argument_problems(kwargs)
        if problems:
            raise refusal(problems)
        return next_(source, info, **kwargs)

    async def resolve_async(
        self, next_: AsyncExtensionResolver, source: Any, info: strawberry.Info, **kwargs: Any
    ) -> Any:
        problems = argument_problems(kwargs)
        if problems:
            raise refusal(problems)
        result = next_(source, info, **kwargs)
        if hasattr(result, "__aiter__"):  # a subscription: its async generator, as it is
            return result
        return await result
