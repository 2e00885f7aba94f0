"""The root Query, Mutation and Subscription, and the schema built from them.

Every root field carries `RequireRole`, which checks `resolvers.permissions.OPERATION_ROLES`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import strawberry
from graphql import GraphQLError
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import (
    AddValidationRules,
    MaskErrors,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    SchemaExtension,
    ValidationCache,
)
from strawberry.permission import BasePermission
from strawberry.schema.config import StrawberryConfig
from strawberry.types import ExecutionContext
from strawberry.utils.logging import StrawberryLogger
from strawberry.utils.str_converters import to_camel_case

from resolvers import access, catalog, fulfilment, inventory, nodes, orders, returns, supply
from resolvers.context import Info
from resolvers.permissions import RequireRole, describe
from schema.access import (
    ApiToken,
    ApiTokenCreateInput,
    ApiTokenCreatePayload,
    ApiTokenRevokeInput,
    ApiTokenRevokePayload,
    Viewer,
)
from schema.catalog import (
    CarrierCreateInput,
    CarrierCreatePayload,
    ChannelCreateInput,
    ChannelCreatePayload,
    ProductConnection,
    ProductCreateInput,
    ProductCreatePayload,
    ProductFilter,
    SupplierCreateInput,
    SupplierCreatePayload,
    WarehouseCreateInput,
    WarehouseCreatePayload,
)
from schema.common import Node
from schema.cost import cost_extension
from schema.fulfilment import (
    PickScanInput,
    PickScanPayload,
    PickShortInput,
    PickTaskAssignInput,
    PickTaskClaimInput,
    PickTaskCompleteInput,
    PickTaskConnection,
    PickTaskEvent,
    PickTaskFilter,
    PickTaskPayload,
    ScanEventConnection,
    ScanEventFilter,
    ShipmentConnection,
    ShipmentDispatchInput,
    ShipmentEvent,
    ShipmentFilter,
    ShipmentPackInput,
    ShipmentPayload,
    TrackingEventRecordInput,
)
from schema.inventory import (
    AllocationPreviewPayload,
    LowStockAlert,
    StockAdjustInput,
    StockAdjustPayload,
    StockCountInput,
    StockCountPayload,
    StockLevelConnection,
    StockLevelFilter,
    StockMovementConnection,
    StockMovementFilter,
    StockPolicyUpdateInput,
    StockPolicyUpdatePayload,
    StockSyncInput,
    StockSyncPayload,
)
from schema.nul import RejectNul, guard_mutations
from schema.orders import (
    Order,
    OrderAllocateInput,
    OrderAllocatePayload,
    OrderCancelInput,
    OrderCancelPayload,
    OrderConnection,
    OrderCreateInput,
    OrderCreatePayload,
    OrderFilter,
    OrderHoldInput,
    OrderHoldPayload,
    OrderReleaseInput,
    OrderReleasePayload,
    OrderSort,
    OrderStatusEvent,
)
from schema.returns import (
    OrderTracking,
    RefundRecordInput,
    RefundRecordPayload,
    ReturnReceiveInput,
    ReturnRequestInput,
    ReturnRequestPayload,
)
from schema.supply import (
    PurchaseOrderConfirmInput,
    PurchaseOrderConnection,
    PurchaseOrderCreateInput,
    PurchaseOrderFilter,
    PurchaseOrderIdInput,
    PurchaseOrderPayload,
    PurchaseOrderReceiveInput,
    ReplenishmentSuggestion,
    SupplierProductSetInput,
    SupplierProductSetPayload,
)
from settings import Settings

GUARD: list[type[BasePermission]] = [RequireRole]


@strawberry.type
class Query:
    @strawberry.field(permission_classes=GUARD, description="Any object by its global id; null if absent or not yours.")
    async def node(self, info: Info, id: strawberry.ID) -> Node | None:
        return await nodes.node(info, id)

    @strawberry.field(permission_classes=GUARD)
    async def nodes(self, info: Info, ids: list[strawberry.ID]) -> list[Node | None]:
        return await nodes.nodes(info, [str(i) for i in ids])

    @strawberry.field(permission_classes=GUARD, description="The role and scope of the calling token.")
    def viewer(self, info: Info) -> Viewer:
        return access.viewer(info)

    @strawberry.field(permission_classes=GUARD)
    async def order(self, info: Info, id: strawberry.ID) -> Order | None:
        return await orders.order(info, id)

    @strawberry.field(permission_classes=GUARD)
    async def order_by_number(self, info: Info, number: str) -> Order | None:
        return await orders.order_by_number(info, number)

    @strawberry.field(permission_classes=GUARD)
    async def orders(
        self,
        info: Info,
        filter: OrderFilter | None = None,
        sort_by: OrderSort | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> OrderConnection:
        return await orders.orders(info, filter, sort_by, first, after, last, before)

    @strawberry.field(permission_classes=GUARD, description="Stock per product and warehouse.")
    async def stock_levels(
        self, info: Info, filter: StockLevelFilter | None = None, first: int | None = None, after: str | None = None
    ) -> StockLevelConnection:
        return await inventory.stock_levels(info, filter, first, after)

    @strawberry.field(permission_classes=GUARD, description="The stock ledger, newest first.")
    async def stock_movements(
        self, info: Info, filter: StockMovementFilter | None = None, first: int | None = None, after: str | None = None
    ) -> StockMovementConnection:
        return await inventory.stock_movements(info, filter, first, after)

    @strawberry.field(permission_classes=GUARD, description="The catalogue; with availableToSell for storefronts.")
    async def products(
        self, info: Info, filter: ProductFilter | None = None, first: int | None = None, after: str | None = None
    ) -> ProductConnection:
        return await catalog.products(info, filter, first, after)

    @strawberry.field(permission_classes=GUARD)
    async def purchase_orders(
        self, info: Info, filter: PurchaseOrderFilter | None = None, first: int | None = None, after: str | None = None
    ) -> PurchaseOrderConnection:
        return await supply.purchase_orders(info, filter, first, after)

    @strawberry.field(
        permission_classes=GUARD,
        description="Stock at or below its reorder point (counting what is incoming), with what to order.",
    )
    async def replenishment_suggestions(
        self, info: Info, warehouse: str | None = None
    ) -> list[ReplenishmentSuggestion]:
        return await supply.replenishment_suggestions(info, warehouse)

    @strawberry.field(permission_classes=GUARD, description="Pick tasks (the live feed is the pickTasks subscription).")
    async def pick_task_list(
        self, info: Info, filter: PickTaskFilter | None = None, first: int | None = None, after: str | None = None
    ) -> PickTaskConnection:
        return await fulfilment.pick_task_list(info, filter, first, after)

    @strawberry.field(permission_classes=GUARD, description="The scan log, newest first, rejected scans included.")
    async def scan_events(
        self, info: Info, filter: ScanEventFilter | None = None, first: int | None = None, after: str | None = None
    ) -> ScanEventConnection:
        return await fulfilment.scan_events(info, filter, first, after)

    @strawberry.field(permission_classes=GUARD)
    async def shipments(
        self, info: Info, filter: ShipmentFilter | None = None, first: int | None = None, after: str | None = None
    ) -> ShipmentConnection:
        return await fulfilment.shipments(info, filter, first, after)

    @strawberry.field(
        permission_classes=GUARD,
        description="Public self-service tracking (no token): the order number and the customer's email must match.",
    )
    async def order_track(self, info: Info, number: str, email: str) -> OrderTracking | None:
        return await returns.order_track(info, number, email)

    @strawberry.field(permission_classes=GUARD)
    async def api_tokens(self, info: Info) -> list[ApiToken]:
        return await access.api_tokens(info)


@strawberry.type
class Mutation:
    @strawberry.mutation(permission_classes=GUARD)
    async def channel_create(self, info: Info, input: ChannelCreateInput) -> ChannelCreatePayload:
        return await catalog.channel_create(info, input)

    @strawberry.mutation(permission_classes=GUARD)
    async def warehouse_create(self, info: Info, input: WarehouseCreateInput) -> WarehouseCreatePayload:
        return await catalog.warehouse_create(info, input)

    @strawberry.mutation(permission_classes=GUARD)
    async def product_create(self, info: Info, input: ProductCreateInput) -> ProductCreatePayload:
        return await catalog.product_create(info, input)

    @strawberry.mutation(permission_classes=GUARD)
    async def supplier_create(self, info: Info, input: SupplierCreateInput) -> SupplierCreatePayload:
        return await catalog.supplier_create(info, input)

    @strawberry.mutation(permission_classes=GUARD)
    async def carrier_create(self, info: Info, input: CarrierCreateInput) -> CarrierCreatePayload:
        return await catalog.carrier_create(info, input)

    @strawberry.mutation(
        permission_classes=GUARD, description="Place an order; idempotent on (channel, externalRef) and idempotencyKey."
    )
    async def order_create(self, info: Info, input: OrderCreateInput) -> OrderCreatePayload:
        return await orders.order_create(info, input)

    @strawberry.mutation(permission_classes=GUARD)
    async def order_cancel(self, info: Info, input: OrderCancelInput) -> OrderCancelPayload:
        return await orders.order_cancel(info, input)

    @strawberry.mutation(permission_classes=GUARD)
    async def order_hold(self, info: Info, input: OrderHoldInput) -> OrderHoldPayload:
        return await orders.order_hold(info, input)

    @strawberry.mutation(
        permission_classes=GUARD, description="Retry sourcing a backordered or partly allocated order now."
    )
    async def order_allocate(self, info: Info, input: OrderAllocateInput) -> OrderAllocatePayload:
        return await orders.order_allocate(info, input)

    @strawberry.mutation(
        permission_classes=GUARD, description="Add or remove units on hand; the change goes to the ledger."
    )
    async def stock_adjust(self, info: Info, input: StockAdjustInput) -> StockAdjustPayload:
        return await inventory.stock_adjust(info, input)

    @strawberry.mutation(permission_classes=GUARD, description="Record a physical count (sets on hand).")
    async def stock_count(self, info: Info, input: StockCountInput) -> StockCountPayload:
        return await inventory.stock_count(info, input)

    @strawberry.mutation(
        permission_classes=GUARD,
        description="Counts from an ERP/WMS feed; an item older than the last applied count is skipped as STALE.",
    )
    async def stock_sync(self, info: Info, input: StockSyncInput) -> StockSyncPayload:
        return await inventory.stock_sync(info, input)

    @strawberry.mutation(
        permission_classes=GUARD, description="Dry run of sourcing: ranked candidate plans; nothing is reserved."
    )
    async def allocation_preview(self, info: Info, input: OrderCreateInput) -> AllocationPreviewPayload:
        return await inventory.allocation_preview(info, input)

    @strawberry.mutation(permission_classes=GUARD)
    async def supplier_product_set(self, info: Info, input: SupplierProductSetInput) -> SupplierProductSetPayload:
        return await supply.supplier_product_set(info, input)

    @strawberry.mutation(permission_classes=GUARD)
    async def purchase_order_create(self, info: Info, input: PurchaseOrderCreateInput) -> PurchaseOrderPayload:
        return await supply.purchase_order_create(info, input)

    @strawberry.mutation(permission_classes=GUARD)
    async def purchase_order_send(self, info: Info, input: PurchaseOrderIdInput) -> PurchaseOrderPayload:
        return await supply.purchase_order_send(info, input)

    @strawberry.mutation(
        permission_classes=GUARD, description="The supplier accepts the order (SUPPLIER tokens: their own)."
    )
    async def purchase_order_confirm(self, info: Info, input: PurchaseOrderConfirmInput) -> PurchaseOrderPayload:
        return await supply.purchase_order_confirm(info, input)

    @strawberry.mutation(permission_classes=GUARD, description="Book received goods (partial receipts allowed).")
    async def purchase_order_receive(self, info: Info, input: PurchaseOrderReceiveInput) -> PurchaseOrderPayload:
        return await supply.purchase_order_receive(info, input)

    @strawberry.mutation(permission_classes=GUARD)
    async def purchase_order_cancel(self, info: Info, input: PurchaseOrderIdInput) -> PurchaseOrderPayload:
        return await supply.purchase_order_cancel(info, input)

    @strawberry.mutation(
        permission_classes=GUARD, description="Take the next open task of a warehouse (null when none)."
    )
    async def pick_task_claim(self, info: Info, input: PickTaskClaimInput) -> PickTaskPayload:
        return await fulfilment.pick_task_claim(info, input)

    @strawberry.mutation(permission_classes=GUARD)
    async def pick_task_assign(self, info: Info, input: PickTaskAssignInput) -> PickTaskPayload:
        return await fulfilment.pick_task_assign(info, input)

    @strawberry.mutation(
        permission_classes=GUARD, description="Scan an item; wrong items and over-picks are logged and refused."
    )
    async def pick_scan(self, info: Info, input: PickScanInput) -> PickScanPayload:
        return await fulfilment.pick_scan(info, input)

    @strawberry.mutation(
        permission_classes=GUARD, description="Report units that are not there; they are sourced again."
    )
    async def pick_short(self, info: Info, input: PickShortInput) -> PickTaskPayload:
        return await fulfilment.pick_short(info, input)

    @strawberry.mutation(permission_classes=GUARD)
    async def pick_task_complete(self, info: Info, input: PickTaskCompleteInput) -> PickTaskPayload:
        return await fulfilment.pick_task_complete(info, input)

    @strawberry.mutation(permission_classes=GUARD)
    async def shipment_pack(self, info: Info, input: ShipmentPackInput) -> ShipmentPayload:
        return await fulfilment.shipment_pack(info, input)

    @strawberry.mutation(
        permission_classes=GUARD, description="Hand a packed shipment to a carrier; stock leaves (SHIP)."
    )
    async def shipment_dispatch(self, info: Info, input: ShipmentDispatchInput) -> ShipmentPayload:
        return await fulfilment.shipment_dispatch(info, input)

    @strawberry.mutation(permission_classes=GUARD, description="A carrier reports progress on one of its shipments.")
    async def tracking_event_record(self, info: Info, input: TrackingEventRecordInput) -> ShipmentPayload:
        return await fulfilment.tracking_event_record(info, input)

    @strawberry.mutation(
        permission_classes=GUARD, description="Ask to return shipped units (customers: their own orders)."
    )
    async def return_request(self, info: Info, input: ReturnRequestInput) -> ReturnRequestPayload:
        return await returns.return_request(info, input)

    @strawberry.mutation(
        permission_classes=GUARD, description="Returned goods arrive: restock (through the ledger) or dispose."
    )
    async def return_receive(self, info: Info, input: ReturnReceiveInput) -> ReturnRequestPayload:
        return await returns.return_receive(info, input)

    @strawberry.mutation(
        permission_classes=GUARD, description="Record money given back (never more than the order total)."
    )
    async def refund_record(self, info: Info, input: RefundRecordInput) -> RefundRecordPayload:
        return await returns.refund_record(info, input)

    @strawberry.mutation(permission_classes=GUARD)
    async def stock_policy_update(self, info: Info, input: StockPolicyUpdateInput) -> StockPolicyUpdatePayload:
        return await inventory.stock_policy_update(info, input)

    @strawberry.mutation(permission_classes=GUARD)
    async def order_release(self, info: Info, input: OrderReleaseInput) -> OrderReleasePayload:
        return await orders.order_release(info, input)

    @strawberry.mutation(permission_classes=GUARD)
    async def api_token_create(self, info: Info, input: ApiTokenCreateInput) -> ApiTokenCreatePayload:
        return await access.api_token_create(info, input)

    @strawberry.mutation(permission_classes=GUARD)
    async def api_token_revoke(self, info: Info, input: ApiTokenRevokeInput) -> ApiTokenRevokePayload:
        return await access.api_token_revoke(info, input)


guard_mutations(Mutation)


@strawberry.type
class Subscription:
    @strawberry.subscription(
        permission_classes=GUARD,
        description="Order status changes, live. With `after` (a cursor), replays what happened since first.",
    )
    async def order_status_changed(
        self, info: Info, order_id: strawberry.ID | None = None, after: str | None = None
    ) -> AsyncIterator[OrderStatusEvent]:
        async for event in orders.order_status_changed(info, order_id, after):
            yield event

    @strawberry.subscription(
        permission_classes=GUARD,
        description="Stock crossing to or below its safety stock, once per crossing; resumable with `after`.",
    )
    async def low_stock_alerts(
        self, info: Info, warehouse: str | None = None, after: str | None = None
    ) -> AsyncIterator[LowStockAlert]:
        async for alert in inventory.low_stock_alerts(info, warehouse, after):
            yield alert

    @strawberry.subscription(
        permission_classes=GUARD,
        description="A warehouse's pick tasks as they are created, assigned, started, done, cancelled.",
    )
    async def pick_tasks(self, info: Info, warehouse: str, after: str | None = None) -> AsyncIterator[PickTaskEvent]:
        async for event in fulfilment.pick_task_events(info, warehouse, after):
            yield event

    @strawberry.subscription(permission_classes=GUARD, description="Shipments packed, dispatched and tracked.")
    async def shipment_updates(
        self,
        info: Info,
        shipment_id: strawberry.ID | None = None,
        tracking_number: str | None = None,
        after: str | None = None,
    ) -> AsyncIterator[ShipmentEvent]:
        async for event in fulfilment.shipment_events(info, shipment_id, tracking_number, after):
            yield event


def document_permissions(*roots: type) -> None:
    """End every root field's description with who may call it, from the permission table,
    so GraphiQL and schema.graphql show the same truth RequireRole enforces."""
    for root in roots:
        for field in root.__strawberry_definition__.fields:  # type: ignore[attr-defined]
            line = describe(field.graphql_name or to_camel_case(field.python_name))
            field.description = f"{field.description}\n\n{line}" if field.description else line


document_permissions(Query, Mutation, Subscription)


def _should_mask(error: GraphQLError) -> bool:
    """Mask faults; show our PublicErrors and GraphQL's own (syntax, validation) errors."""
    original = error.original_error
    # graphql-core wraps variable-coercion errors in a GraphQLError: those are the
    # client's mistake and say what is wrong, so they stay visible.
    return original is not None and not isinstance(original, GraphQLError)


# strawberry wants extension classes, not instances: configure by subclassing.
class OmsMaskErrors(MaskErrors):
    def __init__(self) -> None:
        super().__init__(should_mask_error=_should_mask, error_message="Unexpected error.")


class OmsParserCache(ParserCache):
    def __init__(self) -> None:
        super().__init__(maxsize=512)


class OmsValidationCache(ValidationCache):
    def __init__(self) -> None:
        super().__init__(maxsize=512)


class NoIntrospection(AddValidationRules):
    def __init__(self) -> None:
        super().__init__([NoSchemaIntrospectionCustomRule])


def build_schema(settings: Settings | None = None) -> strawberry.Schema:
    """The schema, with the abuse limits (depth, aliases, tokens) from `settings`."""
    settings = settings or Settings()
    limits = settings

    class DepthLimit(QueryDepthLimiter):
        def __init__(self) -> None:
            super().__init__(max_depth=limits.max_query_depth)

    class AliasLimit(MaxAliasesLimiter):
        def __init__(self) -> None:
            super().__init__(max_alias_count=limits.max_aliases)

    class TokenLimit(MaxTokensLimiter):
        def __init__(self) -> None:
            super().__init__(max_token_count=limits.max_tokens)

    extensions: list[type[SchemaExtension]] = [
        TokenLimit,
        OmsParserCache,
        AliasLimit,
        DepthLimit,
        OmsValidationCache,
        RejectNul,
        cost_extension(max_query_cost=settings.max_query_cost),
        OmsMaskErrors,
    ]
    if settings.production:
        extensions.append(NoIntrospection)
    return OmsSchema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        types=[ApiToken],
        extensions=extensions,
        # Production: no "Did you mean ...?" hints that would map the schema for a prober.
        config=StrawberryConfig(auto_camel_case=True, disable_field_suggestions=settings.production),
    )


class OmsSchema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None) -> None:
        # Log faults only: a client's bad query or a refused operation is an answer, not an incident.
        for error in errors:
            if _should_mask(error):
                StrawberryLogger.error(error, execution_context)
