"""Stock operations and reads; low-stock alerts."""

from __future__ import annotations

from collections.abc import AsyncIterator

from models.access import Role
from models.catalog import Product as ProductRow
from models.catalog import Supplier as SupplierRow
from models.catalog import Warehouse as WarehouseRow
from models.inventory import MovementReason as MovementReasonModel
from models.inventory import StockLevel as StockLevelRow
from models.inventory import StockMovement as StockMovementRow
from resolvers.context import Info, principal_of
from resolvers.errors import PublicError
from resolvers.live import stream
from resolvers.paging import page_of
from schema.catalog import Warehouse
from schema.common import connection, user_errors
from schema.inventory import (
    AllocationPick,
    AllocationPlan,
    AllocationPreviewPayload,
    LowStockAlert,
    StockAdjustInput,
    StockAdjustPayload,
    StockCountInput,
    StockCountPayload,
    StockLevel,
    StockLevelConnection,
    StockLevelFilter,
    StockMovement,
    StockMovementConnection,
    StockMovementFilter,
    StockPolicyUpdateInput,
    StockPolicyUpdatePayload,
    StockSyncInput,
    StockSyncPayload,
    StockSyncResult,
    StockSyncStatus,
    UnfilledLine,
)
from schema.orders import OrderCreateInput
from services import inventory as svc
from services.errors import DomainError
from services.stock import LOW_STOCK_TOPIC
from subscriptions.envelope import Envelope


async def stock_levels(
    info: Info, filter: StockLevelFilter | None, first: int | None, after: str | None
) -> StockLevelConnection:
    query = svc.visible_stock(principal_of(info))
    if filter is not None:
        if filter.sku:
            query = query.filter(product__sku=filter.sku)
        if filter.warehouse:
            query = query.filter(warehouse__code=filter.warehouse)
        if filter.below_safety_stock is not None:
            query = query.filter(low_stock=filter.below_safety_stock)
    page = await page_of(info, query, first=first, after=after, descending=False)
    return connection(page, StockLevel.from_model)


async def stock_movements(
    info: Info, filter: StockMovementFilter | None, first: int | None, after: str | None
) -> StockMovementConnection:
    principal = principal_of(info)
    query = StockMovementRow.all()
    if principal.role is Role.WAREHOUSE:
        query = query.filter(stock_level__warehouse__code=principal.scope)
    elif not principal.is_staff:
        query = query.filter(id__in=[])
    if filter is not None:
        if filter.sku:
            query = query.filter(stock_level__product__sku=filter.sku)
        if filter.warehouse:
            query = query.filter(stock_level__warehouse__code=filter.warehouse)
        if filter.reason:
            query = query.filter(reason__in=[r.value for r in filter.reason])
        if filter.reference:
            query = query.filter(reference=filter.reference)
    page = await page_of(info, query, first=first, after=after)
    return connection(page, StockMovement.from_model)


async def stock_adjust(info: Info, data: StockAdjustInput) -> StockAdjustPayload:
    try:
        row = await svc.adjust_stock(
            principal_of(info),
            sku=data.sku,
            warehouse=data.warehouse,
            delta=data.delta,
            reason=MovementReasonModel(data.reason.value),
            note=data.note,
        )
    except DomainError as error:
        return StockAdjustPayload(user_errors=user_errors(error))
    return StockAdjustPayload(stock_level=StockLevel.from_model(row))


async def stock_count(info: Info, data: StockCountInput) -> StockCountPayload:
    try:
        row = await svc.count_stock(
            principal_of(info), sku=data.sku, warehouse=data.warehouse, on_hand=data.on_hand, note=data.note
        )
    except DomainError as error:
        return StockCountPayload(user_errors=user_errors(error))
    return StockCountPayload(stock_level=StockLevel.from_model(row))


async def stock_policy_update(info: Info, data: StockPolicyUpdateInput) -> StockPolicyUpdatePayload:
    try:
        row = await svc.update_stock_policy(
            principal_of(info),
            sku=data.sku,
            warehouse=data.warehouse,
            change=svc.PolicyChange(
                safety_stock=data.safety_stock,
                reorder_point=data.reorder_point,
                reorder_quantity=data.reorder_quantity,
                auto_reorder=data.auto_reorder,
            ),
        )
    except DomainError as error:
        return StockPolicyUpdatePayload(user_errors=user_errors(error))
    return StockPolicyUpdatePayload(stock_level=StockLevel.from_model(row))


async def low_stock_alerts(info: Info, warehouse: str | None, after: str | None) -> AsyncIterator[LowStockAlert]:
    principal = principal_of(info)
    if principal.role is Role.WAREHOUSE:
        if warehouse is not None and warehouse != principal.scope:
            raise PublicError("Warehouse not found.", "NOT_FOUND")
        warehouse = principal.scope
    warehouse_id: int | None = None
    if warehouse is not None:
        found = await WarehouseRow.get_or_none(code=warehouse)
        if found is None and principal.role is not Role.WAREHOUSE:
            raise PublicError("Warehouse not found.", "NOT_FOUND")
        # A token scoped to a warehouse that does not exist (yet) simply hears nothing.
        warehouse_id = found.id if found else -1

    def accept(env: Envelope) -> bool:
        return warehouse_id is None or env.payload.get("warehouse_id") == warehouse_id

    async for env in stream(info, topics={LOW_STOCK_TOPIC}, after=after, accept=accept):
        row = await StockLevelRow.get_or_none(id=env.aggregate_id)
        yield LowStockAlert(
            cursor=env.cursor,
            occurred_at=env.occurred_at,
            stock_level=StockLevel.from_model(row) if row else None,
            available=int(env.payload["available"]),
            safety_stock=int(env.payload["safety_stock"]),
        )


async def stock_sync(info: Info, data: StockSyncInput) -> StockSyncPayload:
    try:
        results = await svc.sync_stock(
            principal_of(info),
            warehouse=data.warehouse,
            as_of=data.as_of,
            items=[svc.SyncItem(sku=i.sku, on_hand=i.on_hand) for i in data.items],
        )
    except DomainError as error:
        return StockSyncPayload(user_errors=user_errors(error))
    return StockSyncPayload(
        results=[StockSyncResult(sku=r.sku, status=StockSyncStatus(r.status), message=r.message) for r in results]
    )


async def allocation_preview(info: Info, data: OrderCreateInput) -> AllocationPreviewPayload:
    from resolvers.orders import draft_from_input
    from services.orders import preview_allocation

    try:
        _channel, options = await preview_allocation(principal_of(info), draft_from_input(data))
    except DomainError as error:
        return AllocationPreviewPayload(user_errors=user_errors(error))
    product_ids = (
        {p.product_id for o in options for p in o.plan.picks}
        | {d.product_id for o in options for d in o.plan.dropship}
        | {pid for o in options for pid in o.plan.unfilled}
    )
    products = {p.id: p for p in await ProductRow.filter(id__in=list(product_ids))}
    warehouse_ids = {p.warehouse_id for o in options for p in o.plan.picks}
    warehouses = {w.id: w for w in await WarehouseRow.filter(id__in=list(warehouse_ids))}
    suppliers = {
        s.id: s.code for s in await SupplierRow.filter(id__in=[d.supplier_id for o in options for d in o.plan.dropship])
    }
    plans = []
    for rank, option in enumerate(options, start=1):
        plan = option.plan
        picks = [
            AllocationPick(
                sku=products[p.product_id].sku,
                quantity=p.quantity,
                warehouse=Warehouse.from_model(warehouses[p.warehouse_id]),
                drop_ship_supplier=None,
            )
            for p in plan.picks
        ] + [
            AllocationPick(
                sku=products[d.product_id].sku,
                quantity=d.quantity,
                warehouse=None,
                drop_ship_supplier=suppliers.get(d.supplier_id),
            )
            for d in plan.dropship
        ]
        plans.append(
            AllocationPlan(
                rank=rank,
                strategy=option.strategy.value,
                allow_split=option.allow_split,
                chosen=option.chosen,
                complete=plan.complete,
                shipments=len(plan.warehouse_ids) + len({d.supplier_id for d in plan.dropship}),
                distance_km=option.distance_km,
                picks=picks,
                unfilled=[UnfilledLine(sku=products[pid].sku, quantity=q) for pid, q in plan.unfilled.items()],
                reason=plan.reason,
            )
        )
    return AllocationPreviewPayload(plans=plans)
