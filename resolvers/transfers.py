"""Stock transfers between warehouses: the root fields."""

from __future__ import annotations

import strawberry

from resolvers.context import Info, principal_of
from resolvers.paging import page_of
from schema.common import connection, decode_pk
from schema.transfers import (
    StockTransfer,
    StockTransferConnection,
    StockTransferCreateInput,
    StockTransferFilter,
    StockTransferIdInput,
    StockTransferPayload,
    StockTransferReceiveInput,
)
from services import transfers as svc


def _pk(global_id: str) -> int:
    return decode_pk(global_id, "StockTransfer", field="id")


def _payload(row: svc.StockTransfer) -> StockTransferPayload:
    return StockTransferPayload(stock_transfer=StockTransfer.from_model(row))


@strawberry.type
class Query:
    @strawberry.field(description="Stock transfers, newest first (a warehouse: those leaving or reaching it).")
    async def stock_transfers(
        self,
        info: Info,
        filter: StockTransferFilter | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> StockTransferConnection:
        f = filter or StockTransferFilter()
        query = svc.search_transfers(
            principal_of(info),
            svc.TransferSearch(statuses=f.status, source=f.source, destination=f.destination, warehouse=f.warehouse),
        )
        return connection(
            await page_of(info, query, first=first, after=after, last=last, before=before), StockTransfer.from_model
        )


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Plan moving stock from one warehouse to another (DRAFT).")
    async def stock_transfer_create(self, info: Info, input: StockTransferCreateInput) -> StockTransferPayload:
        row = await svc.create_transfer(
            principal_of(info),
            source=input.source,
            destination=input.destination,
            lines=[svc.TransferLineDraft(sku=ln.sku, quantity=ln.quantity) for ln in input.lines],
            note=input.note,
        )
        return _payload(row)

    @strawberry.mutation(
        description="The units leave the source (its on-hand goes down) and show as incoming at the destination."
    )
    async def stock_transfer_dispatch(self, info: Info, input: StockTransferIdInput) -> StockTransferPayload:
        return _payload(await svc.dispatch_transfer(principal_of(info), transfer_id=_pk(input.id)))

    @strawberry.mutation(description="Book arrived units at the destination; backorders are filled from them.")
    async def stock_transfer_receive(self, info: Info, input: StockTransferReceiveInput) -> StockTransferPayload:
        row = await svc.receive_transfer(
            principal_of(info), transfer_id=_pk(input.id), received=[(ln.sku, ln.quantity) for ln in input.lines]
        )
        return _payload(row)

    @strawberry.mutation(description="Cancel a transfer that has not been dispatched.")
    async def stock_transfer_cancel(self, info: Info, input: StockTransferIdInput) -> StockTransferPayload:
        return _payload(await svc.cancel_transfer(principal_of(info), transfer_id=_pk(input.id)))
