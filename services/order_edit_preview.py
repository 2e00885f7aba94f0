"""An order edit previewed: what `orderEdit` with the same input would make of the order --
its lines, how each would be sourced, the totals and the status -- and nothing written.

The preview is the edit itself (services.order_edits.edit_order: the same checks, the same
userErrors, the same sourcing by the channel's rules), run to its end in its transaction,
read there, and rolled back: no line, reservation, pick task, history entry or event is
kept, and nothing is published (the unit of work's on-commit work never runs). While it
runs it holds the locks the edit would (the order's work and the touched stock rows), for
as long as one edit takes."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.backends.base.client import BaseDBAsyncClient

from models.inventory import Allocation
from models.orders import Order, OrderLine
from services.access import Principal
from services.allocation import units_sourced
from services.order_changes import LineChange
from services.order_edits import EditedOrder, OrderEditDraft, edit_order


@dataclass
class EditPreview:
    order: Order  # as the edit would leave it (totals, status, address)
    lines: list[OrderLine]
    sourced: dict[int, int]  # units reserved or shipped, by product (services.allocation.units_sourced)
    changes: list[LineChange]
    shipping_address_changed: bool


class _RolledBack(Exception):
    """Raised inside the edit's unit of work to undo it, carrying what it had made."""

    def __init__(self, preview: EditPreview) -> None:
        super().__init__("previewed")
        self.preview = preview


async def preview_edit(principal: Principal, *, order_id: int, draft: OrderEditDraft) -> EditPreview:
    """What `edit_order` would make of the order (DomainError: what it would refuse)."""

    async def read_and_undo(edited: EditedOrder, conn: BaseDBAsyncClient) -> None:
        raise _RolledBack(await _read(edited, conn))

    try:
        unchanged = await edit_order(principal, order_id=order_id, draft=draft, before_commit=read_and_undo)
    except _RolledBack as undone:
        return undone.preview
    return await _read(unchanged, None)  # nothing to change: the edit wrote nothing


async def _read(edited: EditedOrder, conn: BaseDBAsyncClient | None) -> EditPreview:
    order = edited.order
    lines = await OrderLine.filter(order_id=order.id).using_db(conn).order_by("id")
    sourced = units_sourced(await Allocation.filter(order_id=order.id).using_db(conn))
    return EditPreview(order, list(lines), sourced, edited.changes, edited.shipping_address_changed)
