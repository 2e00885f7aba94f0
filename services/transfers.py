"""Stock transfers between our warehouses: create, dispatch, receive (partly), cancel.

A transfer's status is written only by `TRANSFER_LIFECYCLE.move_and_record`. Units leave
the source's on-hand through the ledger at dispatch (TRANSFER, one atomic conditional UPDATE:
only available units can leave, reservations stay covered); while in transit they count as
`incoming` at the destination (`in_transit_units`); each receipt books them on hand there
(TRANSFER) and announces them with the durable STOCK_ARRIVED reaction, which fills
backorders after commit (`services.wiring`)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from models.access import Role
from models.catalog import Product, Warehouse
from models.inventory import MovementReason
from models.transfers import StockTransfer, StockTransferLine, StockTransferStatus
from services.access import Principal
from services.catalog import active_warehouse, may_act_in
from services.errors import DomainError, ErrorCode, Problem, not_found
from services.lifecycle import RecordedLifecycle
from services.stock import StockChange, apply_changes, book_receipt, check_receipt, ensure_rows, lock_rows
from services.uow import unit_of_work
from subscriptions.topics import STOCK_TRANSFER_STATUS_CHANGED

T = StockTransferStatus
TRANSFER_TRANSITIONS: dict[StockTransferStatus, frozenset[StockTransferStatus]] = {
    T.DRAFT: frozenset({T.IN_TRANSIT, T.CANCELLED}),
    T.IN_TRANSIT: frozenset({T.PARTIALLY_RECEIVED, T.RECEIVED}),
    T.PARTIALLY_RECEIVED: frozenset({T.PARTIALLY_RECEIVED, T.RECEIVED}),
    T.RECEIVED: frozenset(),
    T.CANCELLED: frozenset(),
}
TRANSFER_LIFECYCLE = RecordedLifecycle(
    StockTransferStatus,
    TRANSFER_TRANSITIONS,
    topic=STOCK_TRANSFER_STATUS_CHANGED,
    aggregate_type="stock_transfer",
    fields=("source_id", "destination_id"),
)
IN_TRANSIT = (T.IN_TRANSIT, T.PARTIALLY_RECEIVED)  # counted as incoming at the destination
MAX_UNITS = 1_000_000


@dataclass(frozen=True)
class TransferLineDraft:
    sku: str
    quantity: int


# --- scoping -------------------------------------------------------------------------------


def visible_transfers(principal: Principal) -> QuerySet[StockTransfer]:
    """Staff: all; a WAREHOUSE token: the transfers leaving or reaching its warehouse."""
    query = StockTransfer.all()
    if principal.is_staff:
        return query
    if principal.role is Role.WAREHOUSE:
        return query.filter(Q(source__code=principal.scope) | Q(destination__code=principal.scope))
    return query.filter(id__in=[])


@dataclass(frozen=True)
class TransferSearch:
    statuses: list[StockTransferStatus] | None = None
    source: str | None = None
    destination: str | None = None
    warehouse: str | None = None  # either end


def search_transfers(principal: Principal, criteria: TransferSearch) -> QuerySet[StockTransfer]:
    query = visible_transfers(principal)
    if criteria.statuses:
        query = query.filter(status__in=[s.value for s in criteria.statuses])
    if criteria.source:
        query = query.filter(source__code=criteria.source)
    if criteria.destination:
        query = query.filter(destination__code=criteria.destination)
    if criteria.warehouse:
        query = query.filter(Q(source__code=criteria.warehouse) | Q(destination__code=criteria.warehouse))
    return query


async def get_transfer(principal: Principal, transfer_id: int) -> StockTransfer | None:
    return await visible_transfers(principal).get_or_none(id=transfer_id)


async def _require_transfer(principal: Principal, transfer_id: int, *, end: str) -> StockTransfer:
    """A visible transfer; a WAREHOUSE token acts only at its own end (`source`: dispatch,
    `destination`: receive); the other end's token is told NOT_FOUND, as for any other."""
    transfer = await get_transfer(principal, transfer_id)
    if transfer is not None and principal.role is Role.WAREHOUSE:
        warehouse = await Warehouse.get(id=getattr(transfer, f"{end}_id"))
        if not may_act_in(principal, warehouse):
            transfer = None
    if transfer is None:
        raise not_found("Stock transfer", ["id"])
    return transfer


# --- operations ----------------------------------------------------------------------------


def _line_problems(lines: list[TransferLineDraft], products: dict[str, Product]) -> list[Problem]:
    problems: list[Problem] = []
    if not lines:
        problems.append(Problem(ErrorCode.REQUIRED, "A transfer needs at least one line.", ("lines",)))
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if line.sku not in products:
            problems.append(Problem(ErrorCode.UNKNOWN_SKU, f"Unknown SKU {line.sku!r}.", ("lines", str(i), "sku")))
        elif line.sku in seen:
            problems.append(Problem(ErrorCode.DUPLICATE, f"SKU {line.sku} appears twice.", ("lines", str(i), "sku")))
        seen.add(line.sku)
        if not 0 < line.quantity <= MAX_UNITS:
            problems.append(
                Problem(ErrorCode.INVALID_QUANTITY, "quantity must be at least 1.", ("lines", str(i), "quantity"))
            )
    return problems


async def create_transfer(
    principal: Principal, *, source: str, destination: str, lines: list[TransferLineDraft], note: str | None = None
) -> StockTransfer:
    """A DRAFT transfer (staff); nothing moves until it is dispatched."""
    problems: list[Problem] = []
    found_source = await active_warehouse(source, field="source", problems=problems)
    found_destination = await active_warehouse(destination, field="destination", problems=problems)
    if found_source is not None and found_destination is not None and found_source.id == found_destination.id:
        problems.append(Problem(ErrorCode.INVALID, "source and destination must differ.", ("destination",)))
    products = {p.sku: p for p in await Product.filter(sku__in=[ln.sku for ln in lines])}
    problems += _line_problems(lines, products)
    if problems:
        raise DomainError(problems)
    assert found_source is not None and found_destination is not None
    async with unit_of_work() as conn:
        transfer = await StockTransfer.create(
            source_id=found_source.id,
            destination_id=found_destination.id,
            note=note,
            created_by=principal.actor,
            using_db=conn,
        )
        # Stock levels exist at both ends from now on, so the transit shows as `incoming`.
        await ensure_rows(
            conn, [(products[ln.sku].id, w.id) for ln in lines for w in (found_source, found_destination)]
        )
        await StockTransferLine.bulk_create(
            [
                StockTransferLine(transfer_id=transfer.id, product_id=products[ln.sku].id, quantity=ln.quantity)
                for ln in lines
            ],
            using_db=conn,
        )
        await TRANSFER_LIFECYCLE.record(transfer, None, conn)
    return transfer


async def dispatch_transfer(principal: Principal, *, transfer_id: int) -> StockTransfer:
    """The units leave the source: on hand down by each line (TRANSFER), all or nothing;
    refused with INSUFFICIENT_STOCK when the source has not that many available."""
    transfer = await _require_transfer(principal, transfer_id, end="source")
    async with unit_of_work() as conn:
        transfer = await StockTransfer.filter(id=transfer.id).using_db(conn).select_for_update().get()
        TRANSFER_LIFECYCLE.require(
            StockTransferStatus(transfer.status),
            T.IN_TRANSIT,
            message=f"{transfer.number} is {transfer.status}; only a draft can be dispatched.",
            field="id",
        )
        lines = await StockTransferLine.filter(transfer_id=transfer.id).using_db(conn).order_by("id")
        rows = await lock_rows(conn, product_ids=[ln.product_id for ln in lines], warehouse_ids=[transfer.source_id])
        changes = [
            StockChange(
                rows[(ln.product_id, transfer.source_id)],
                MovementReason.TRANSFER,
                on_hand_delta=-ln.quantity,
                reference=f"transfer:{transfer.number}",
            )
            for ln in lines
        ]
        await apply_changes(conn, sorted(changes, key=lambda c: c.row.id), actor=principal.actor)
        await TRANSFER_LIFECYCLE.move_and_record(transfer, T.IN_TRANSIT, conn, dispatched_at=datetime.now(UTC))
    return transfer


async def receive_transfer(principal: Principal, *, transfer_id: int, received: list[tuple[str, int]]) -> StockTransfer:
    """Book arrived units at the destination (partial receipts allowed): on hand up
    (TRANSFER), backorders filled after commit. The transfer row is locked and its lines
    read under the lock, so concurrent receipts run one after another."""
    transfer = await _require_transfer(principal, transfer_id, end="destination")
    if not received:
        raise DomainError.one(ErrorCode.REQUIRED, "Say what was received.", ["lines"])
    async with unit_of_work() as conn:
        transfer = await StockTransfer.filter(id=transfer.id).using_db(conn).select_for_update().get()
        if StockTransferStatus(transfer.status) not in IN_TRANSIT:
            raise DomainError.one(
                ErrorCode.INVALID_TRANSITION,
                f"{transfer.number} is {transfer.status}; it cannot receive goods.",
                ["id"],
            )
        lines = {ln.product_id: ln for ln in await StockTransferLine.filter(transfer_id=transfer.id).using_db(conn)}
        products = {p.sku: p for p in await Product.filter(id__in=list(lines)).using_db(conn)}
        check_receipt(transfer.number, lines, products, received, left="still in transit")
        done = await book_receipt(
            conn,
            lines=lines,
            products=products,
            received=received,
            warehouse_id=transfer.destination_id,
            reason=MovementReason.TRANSFER,
            reference=f"transfer:{transfer.number}",
            actor=principal.actor,
        )
        await TRANSFER_LIFECYCLE.move_and_record(
            transfer, T.RECEIVED if done else T.PARTIALLY_RECEIVED, conn, **_received_at(done)
        )
    return transfer


def _received_at(done: bool) -> dict[str, object]:
    return {"received_at": datetime.now(UTC)} if done else {}


async def cancel_transfer(principal: Principal, *, transfer_id: int) -> StockTransfer:
    """Only a draft can be cancelled: once dispatched, the units are on a truck."""
    transfer = await _require_transfer(principal, transfer_id, end="source")
    async with unit_of_work() as conn:
        await TRANSFER_LIFECYCLE.move_and_record(transfer, T.CANCELLED, conn)
    return transfer


async def in_transit_units(pairs: list[tuple[int, int]]) -> dict[tuple[int, int], int]:
    """Units dispatched and not yet received per (product, destination), for many pairs at once."""
    if not pairs:
        return {}
    rows = await StockTransferLine.filter(
        product_id__in=sorted({p for p, _ in pairs}),
        transfer__destination_id__in=sorted({w for _, w in pairs}),
        transfer__status__in=list(IN_TRANSIT),
    ).values("product_id", "transfer__destination_id", "quantity", "received_quantity")
    totals: dict[tuple[int, int], int] = defaultdict(int)
    for row in rows:
        totals[(row["product_id"], row["transfer__destination_id"])] += row["quantity"] - row["received_quantity"]
    return dict(totals)


async def drafted_out_units(pairs: list[tuple[int, int]]) -> dict[tuple[int, int], int]:
    """Units on draft transfers per (product, source): promised away, not dispatched (nor
    reserved) yet, so still counted on hand there. Replenishment subtracts them."""
    if not pairs:
        return {}
    rows = await StockTransferLine.filter(
        product_id__in=sorted({p for p, _ in pairs}),
        transfer__source_id__in=sorted({w for _, w in pairs}),
        transfer__status=T.DRAFT,
    ).values("product_id", "transfer__source_id", "quantity")
    totals: dict[tuple[int, int], int] = defaultdict(int)
    for row in rows:
        totals[(row["product_id"], row["transfer__source_id"])] += row["quantity"]
    return dict(totals)
