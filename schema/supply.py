"""Suppliers' offers, purchase orders, replenishment suggestions."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import strawberry

from models import supply as m
from resolvers.context import Info
from schema.catalog import Product, Supplier, Warehouse
from schema.common import Connection, Money, Node, UserError, to_global_id
from schema.inventory import StockLevel

PurchaseOrderStatus = m.PurchaseOrderStatus
strawberry.enum(PurchaseOrderStatus, name="PurchaseOrderStatus")


@strawberry.type
class SupplierProduct(Node):
    cost: Money
    lead_time_days: int | None
    minimum_order_quantity: int
    _supplier_id: strawberry.Private[int]
    _product_id: strawberry.Private[int]

    @classmethod
    def from_model(cls, row: m.SupplierProduct) -> SupplierProduct:
        return cls(
            id=to_global_id("SupplierProduct", row.id),
            cost=Money(amount=row.cost, currency=row.currency),
            lead_time_days=row.lead_time_days,
            minimum_order_quantity=row.minimum_order_quantity,
            _supplier_id=row.supplier_id,
            _product_id=row.product_id,
        )

    @strawberry.field
    async def supplier(self, info: Info) -> Supplier:
        row = await info.context.loaders.supplier.load(self._supplier_id)
        assert row is not None
        return Supplier.from_model(row)

    @strawberry.field
    async def product(self, info: Info) -> Product:
        row = await info.context.loaders.product.load(self._product_id)
        assert row is not None
        return Product.from_model(row)


@strawberry.type
class PurchaseOrderLine:
    sku: str
    quantity: int
    received_quantity: int
    unit_cost: Decimal | None


@strawberry.type
class PurchaseOrder(Node):
    number: str
    status: PurchaseOrderStatus
    automatic: bool = strawberry.field(description="Drafted by the system on a low-stock crossing.")
    note: str | None
    expected_at: datetime | None
    created_at: datetime
    updated_at: datetime
    _pk: strawberry.Private[int]
    _supplier_id: strawberry.Private[int]
    _warehouse_id: strawberry.Private[int]

    @classmethod
    def from_model(cls, row: m.PurchaseOrder) -> PurchaseOrder:
        return cls(
            id=to_global_id("PurchaseOrder", row.id),
            number=row.number,
            status=m.PurchaseOrderStatus(row.status),
            automatic=row.automatic,
            note=row.note,
            expected_at=row.expected_at,
            created_at=row.created_at,
            updated_at=row.updated_at,
            _pk=row.id,
            _supplier_id=row.supplier_id,
            _warehouse_id=row.warehouse_id,
        )

    @strawberry.field
    async def supplier(self, info: Info) -> Supplier:
        row = await info.context.loaders.supplier.load(self._supplier_id)
        assert row is not None
        return Supplier.from_model(row)

    @strawberry.field
    async def warehouse(self, info: Info) -> Warehouse:
        row = await info.context.loaders.warehouse.load(self._warehouse_id)
        assert row is not None
        return Warehouse.from_model(row)

    @strawberry.field
    async def lines(self, info: Info) -> list[PurchaseOrderLine]:
        rows = await info.context.loaders.purchase_order_lines.load(self._pk)
        products = await info.context.loaders.product.load_many([r.product_id for r in rows])
        return [
            PurchaseOrderLine(
                sku=p.sku if p else "",
                quantity=r.quantity,
                received_quantity=r.received_quantity,
                unit_cost=r.unit_cost,
            )
            for r, p in zip(rows, products, strict=True)
        ]


PurchaseOrderConnection = Connection[PurchaseOrder]


@strawberry.type
class ReplenishmentSuggestion:
    stock_level: StockLevel
    supplier: Supplier | None = strawberry.field(description="The cheapest offer's supplier; null if none is known.")
    quantity: int
    available: int
    incoming: int
    reason: str


@strawberry.input
class PurchaseOrderFilter:
    status: list[PurchaseOrderStatus] | None = None
    supplier: str | None = None
    warehouse: str | None = None


@strawberry.input
class SupplierProductSetInput:
    supplier: str
    sku: str
    cost: Decimal
    currency: str | None = None
    lead_time_days: int | None = None
    minimum_order_quantity: int | None = None


@strawberry.input
class PurchaseOrderLineInput:
    sku: str
    quantity: int
    unit_cost: Decimal | None = None


@strawberry.input
class PurchaseOrderCreateInput:
    supplier: str
    warehouse: str
    lines: list[PurchaseOrderLineInput]
    note: str | None = None


@strawberry.input
class PurchaseOrderIdInput:
    id: strawberry.ID


@strawberry.input
class PurchaseOrderConfirmInput:
    id: strawberry.ID
    expected_at: datetime | None = strawberry.field(default=None, description="Default: now + supplier lead time.")


@strawberry.input
class ReceivedLineInput:
    sku: str
    quantity: int


@strawberry.input
class PurchaseOrderReceiveInput:
    id: strawberry.ID
    lines: list[ReceivedLineInput]


@strawberry.type
class SupplierProductSetPayload:
    supplier_product: SupplierProduct | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class PurchaseOrderPayload:
    purchase_order: PurchaseOrder | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)
