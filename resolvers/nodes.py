"""`node(id:)` / `nodes(ids:)`: global ids resolved with the same scoping as everywhere."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, Any

import strawberry

from resolvers.context import Info, principal_of
from resolvers.errors import PublicError
from schema.access import ApiToken
from schema.catalog import Carrier, Channel, Product, Supplier, Warehouse
from schema.common import Node, from_global_id
from schema.dropship import DropShipRequest
from schema.inventory import StockLevel
from schema.orders import Customer, Order
from schema.picking import PickTask
from schema.shipping import Shipment
from schema.supply import PurchaseOrder
from schema.tickets import Ticket
from schema.transfers import StockTransfer
from services import access, catalog, dropship, inventory, orders, picking_reads, shipping, supply, tickets, transfers
from services.access import Principal

Resolver = Callable[[Principal, int], Awaitable[Any]]


def _node(find: Callable[[Principal, int], Awaitable[Any]], to_node: Callable[[Any], Any]) -> Resolver:
    async def resolve(principal: Principal, pk: int) -> Any:
        row = await find(principal, pk)
        return to_node(row) if row is not None else None

    return resolve


def _setup(kind: str, to_node: Callable[[Any], Any]) -> Resolver:
    async def find(principal: Principal, pk: int) -> Any:
        return await catalog.get_setup_object(principal, kind, pk)

    return _node(find, to_node)


async def _order(principal: Principal, pk: int) -> Any:
    return await orders.get_order(principal, order_id=pk)


async def _product(principal: Principal, pk: int) -> Any:
    return await catalog.get_product(pk)


RESOLVERS: dict[str, Resolver] = {
    "PickTask": _node(picking_reads.get_task, PickTask.from_model),
    "Shipment": _node(shipping.get_shipment, Shipment.from_model),
    "PurchaseOrder": _node(supply.get_purchase_order, PurchaseOrder.from_model),
    "DropShipRequest": _node(dropship.get_drop_ship_request, DropShipRequest.from_model),
    "StockLevel": _node(inventory.get_stock_level, StockLevel.from_model),
    "Order": _node(_order, Order.from_model),
    "Channel": _setup("Channel", Channel.from_model),
    "Warehouse": _setup("Warehouse", Warehouse.from_model),
    "Supplier": _setup("Supplier", Supplier.from_model),
    "Carrier": _setup("Carrier", Carrier.from_model),
    "Product": _node(_product, Product.from_model),
    "Customer": _node(orders.get_customer, Customer.from_model),
    "ApiToken": _node(access.get_token, ApiToken.from_model),
    "Ticket": _node(tickets.get_ticket, Ticket.from_model),
    "StockTransfer": _node(transfers.get_transfer, StockTransfer.from_model),
}


async def _resolve(info: Info, id: str) -> Node | None:
    parsed = from_global_id(id)
    if parsed is None or parsed[0] not in RESOLVERS:
        return None
    result: Node | None = await RESOLVERS[parsed[0]](principal_of(info), parsed[1])
    return result


@strawberry.type
class Query:
    @strawberry.field(description="Any object by its global id; null if absent or not yours.")
    async def node(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID, strawberry.argument(description="A global id, as any object's `id` field gives it.")
        ],
    ) -> Node | None:
        return await _resolve(info, id)

    @strawberry.field
    async def nodes(
        self,
        info: Info,
        ids: Annotated[
            list[strawberry.ID],
            strawberry.argument(
                description="Global ids; the answer has one entry per id, in the same order (null where none is visible)."
            ),
        ],
    ) -> list[Node | None]:
        if len(ids) > info.context.settings.max_page_size:
            raise PublicError(f"At most {info.context.settings.max_page_size} ids per call.", "INVALID")
        return [await _resolve(info, str(i)) for i in ids]
