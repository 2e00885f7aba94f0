"""Stock: the root fields for levels, the ledger, stock operations and low-stock alerts."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

import strawberry

from resolvers.context import Info, principal_of
from resolvers.errors import from_domain
from resolvers.live import stream
from resolvers.paging import page_of
from schema.common import connection, given
from schema.inventory import (
    LowStockAlert,
    MovementReason,
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
)
from schema.sorts import StockLevelSort, StockMovementSort, sort_args
from services import inventory as svc
from services.errors import DomainError
from subscriptions.envelope import Envelope
from subscriptions.topics import LOW_STOCK


@strawberry.type
class Query:
    @strawberry.field(description="Stock per product and warehouse.")
    async def stock_levels(
        self,
        info: Info,
        filter: StockLevelFilter | None = None,
        sort_by: Annotated[
            StockLevelSort | None, strawberry.argument(description="The order of the list (default: oldest first).")
        ] = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> StockLevelConnection:
        f = filter or StockLevelFilter()
        query = svc.search_stock(
            principal_of(info),
            svc.StockSearch(sku=f.sku, warehouse=f.warehouse, below_safety_stock=f.below_safety_stock),
        )
        page = await page_of(
            info, query, first=first, after=after, last=last, before=before, **sort_args(sort_by or StockLevelSort())
        )
        return connection(page, StockLevel.from_model)

    @strawberry.field(description="The stock ledger, newest first.")
    async def stock_movements(
        self,
        info: Info,
        filter: StockMovementFilter | None = None,
        sort_by: StockMovementSort | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> StockMovementConnection:
        f = filter or StockMovementFilter()
        query = svc.search_movements(
            principal_of(info),
            svc.MovementSearch(sku=f.sku, warehouse=f.warehouse, reasons=f.reason, reference=f.reference),
        )
        return connection(
            await page_of(
                info,
                query,
                first=first,
                after=after,
                last=last,
                before=before,
                **sort_args(sort_by or StockMovementSort()),
            ),
            StockMovement.from_model,
        )


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Add or remove units on hand; the change goes to the ledger.")
    async def stock_adjust(self, info: Info, input: StockAdjustInput) -> StockAdjustPayload:
        row = await svc.adjust_stock(
            principal_of(info),
            sku=input.sku,
            warehouse=input.warehouse,
            delta=input.delta,
            reason=MovementReason(input.reason.value),
            note=input.note,
        )
        return StockAdjustPayload(stock_level=StockLevel.from_model(row))

    @strawberry.mutation(description="Record a physical count (sets on hand).")
    async def stock_count(self, info: Info, input: StockCountInput) -> StockCountPayload:
        row = await svc.count_stock(
            principal_of(info), sku=input.sku, warehouse=input.warehouse, on_hand=input.on_hand, note=input.note
        )
        return StockCountPayload(stock_level=StockLevel.from_model(row))

    @strawberry.mutation(
        description="Counts from an ERP/WMS feed; an item older than the last applied count is skipped as STALE."
    )
    async def stock_sync(self, info: Info, input: StockSyncInput) -> StockSyncPayload:
        results = await svc.sync_stock(
            principal_of(info),
            warehouse=input.warehouse,
            as_of=input.as_of,
            items=[svc.SyncItem(sku=i.sku, on_hand=i.on_hand) for i in input.items],
        )
        return StockSyncPayload(
            results=[StockSyncResult(sku=r.sku, status=StockSyncStatus(r.status), message=r.message) for r in results]
        )

    @strawberry.mutation
    async def stock_policy_update(self, info: Info, input: StockPolicyUpdateInput) -> StockPolicyUpdatePayload:
        row = await svc.update_stock_policy(
            principal_of(info),
            sku=input.sku,
            warehouse=input.warehouse,
            change=svc.PolicyChange(
                **given(
                    safety_stock=input.safety_stock,
                    reorder_point=input.reorder_point,
                    reorder_quantity=input.reorder_quantity,
                    auto_reorder=input.auto_reorder,
                )
            ),
        )
        return StockPolicyUpdatePayload(stock_level=StockLevel.from_model(row))


@strawberry.type
class Subscription:
    @strawberry.subscription(
        description="Stock crossing to or below its safety stock, once per crossing; resumable with `after`."
    )
    async def low_stock_alerts(
        self,
        info: Info,
        warehouse: Annotated[str | None, strawberry.argument(description="Only this warehouse (its code).")] = None,
        after: str | None = None,
    ) -> AsyncIterator[LowStockAlert]:
        principal = principal_of(info)
        try:
            warehouse_id = await svc.low_stock_warehouse(principal, warehouse)
        except DomainError as error:
            raise from_domain(error) from None

        def accept(env: Envelope) -> bool:
            return warehouse_id is None or env.payload.get("warehouse_id") == warehouse_id

        async for env in stream(info, topics={LOW_STOCK}, after=after, accept=accept, grouped=True):
            row = await svc.get_stock_level(principal, env.aggregate_id)
            yield LowStockAlert(
                cursor=env.cursor,
                occurred_at=env.occurred_at,
                stock_level=StockLevel.from_model(row) if row else None,
                available=int(env.payload["available"]),
                safety_stock=int(env.payload["safety_stock"]),
            )
