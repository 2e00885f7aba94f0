"""`node(id:)` / `nodes(ids:)`: global ids resolved with the same scoping as everywhere."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from models import catalog
from models.access import ApiToken as ApiTokenRow
from models.access import Role
from models.orders import Customer as CustomerRow
from resolvers.context import Info
from schema.access import ApiToken
from schema.catalog import Carrier, Channel, Product, Supplier, Warehouse
from schema.common import Node, from_global_id
from schema.fulfilment import PickTask, Shipment
from schema.inventory import StockLevel
from schema.orders import Customer, Order
from schema.supply import PurchaseOrder
from services import fulfilment as fulfilment_svc
from services import inventory as inventory_svc
from services import orders as order_svc
from services import supply as supply_svc
from services.access import Principal

Resolver = Callable[[Principal, int], Awaitable[Any]]


async def _order(p: Principal, pk: int) -> Order | None:
    row = await order_svc.get_order(p, order_id=pk)
    return Order.from_model(row) if row else None


def _staff_only(model: Any, gql: Any) -> Resolver:
    async def resolve(p: Principal, pk: int) -> Any:
        if not p.is_staff:
            return None
        row = await model.get_or_none(id=pk)
        return gql.from_model(row) if row else None

    return resolve


async def _product(p: Principal, pk: int) -> Product | None:
    row = await catalog.Product.get_or_none(id=pk)
    return Product.from_model(row) if row else None


async def _customer(p: Principal, pk: int) -> Customer | None:
    row = await CustomerRow.get_or_none(id=pk)
    if row is None or not (p.is_staff or (p.role is Role.CUSTOMER and p.scope == row.email)):
        return None
    return Customer.from_model(row)


async def _api_token(p: Principal, pk: int) -> ApiToken | None:
    if p.role is not Role.ADMIN:
        return None
    row = await ApiTokenRow.get_or_none(id=pk)
    return ApiToken.from_model(row) if row else None


async def _purchase_order(p: Principal, pk: int) -> PurchaseOrder | None:
    row = await supply_svc.visible_purchase_orders(p).get_or_none(id=pk)
    return PurchaseOrder.from_model(row) if row else None


async def _stock_level(p: Principal, pk: int) -> StockLevel | None:
    row = await inventory_svc.visible_stock(p).get_or_none(id=pk)
    return StockLevel.from_model(row) if row else None


async def _pick_task(p: Principal, pk: int) -> PickTask | None:
    row = await fulfilment_svc.visible_tasks(p).get_or_none(id=pk)
    return PickTask.from_model(row) if row else None


async def _shipment(p: Principal, pk: int) -> Shipment | None:
    row = await fulfilment_svc.visible_shipments(p).get_or_none(id=pk)
    return Shipment.from_model(row) if row else None


RESOLVERS: dict[str, Resolver] = {
    "PickTask": _pick_task,
    "Shipment": _shipment,
    "PurchaseOrder": _purchase_order,
    "StockLevel": _stock_level,
    "Order": _order,
    "Channel": _staff_only(catalog.Channel, Channel),
    "Warehouse": _staff_only(catalog.Warehouse, Warehouse),
    "Supplier": _staff_only(catalog.Supplier, Supplier),
    "Carrier": _staff_only(catalog.Carrier, Carrier),
    "Product": _product,
    "Customer": _customer,
    "ApiToken": _api_token,
}


async def node(info: Info, id: str) -> Node | None:
    principal = info.context.principal
    assert principal is not None
    parsed = from_global_id(id)
    if parsed is None or parsed[0] not in RESOLVERS:
        return None
    result: Node | None = await RESOLVERS[parsed[0]](principal, parsed[1])
    return result


async def nodes(info: Info, ids: list[str]) -> list[Node | None]:
    if len(ids) > info.context.settings.max_page_size:
        from resolvers.errors import PublicError

        raise PublicError(f"At most {info.context.settings.max_page_size} ids per call.", "INVALID")
    return [await node(info, i) for i in ids]
