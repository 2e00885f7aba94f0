"""Suppliers' offers, purchase orders, replenishment suggestions."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import strawberry

from models import supply as m
from resolvers.context import Info
from schema.catalog import Product, Supplier, Warehouse
from schema.codes import CURRENCY_DEPRECATION, CurrencyCode
from schema.common import Connection, Money, Node, UserError, describe_values, to_global_id
from schema.forecast import ForecastMethod
from schema.inventory import StockLevel

PurchaseOrderStatus = m.PurchaseOrderStatus
strawberry.enum(PurchaseOrderStatus, name="PurchaseOrderStatus", description="Where a purchase order stands.")
describe_values(
    PurchaseOrderStatus,
    DRAFT="Being prepared, not sent.",
    SENT="Sent to the supplier.",
    CONFIRMED="The supplier confirmed it (with an expected date).",
    PARTIALLY_RECEIVED="Some units arrived.",
    RECEIVED="Every unit arrived.",
    CANCELLED="Will not be delivered.",
)


@strawberry.type(description="What a supplier charges for a product, how fast and in what quantities it delivers.")
class SupplierProduct(Node):
    cost: Money = strawberry.field(description="What the supplier charges for one unit.")
    lead_time_days: int | None = strawberry.field(
        description="Days from order to delivery for this product (null: the supplier's)."
    )
    minimum_order_quantity: int = strawberry.field(description="The fewest units the supplier accepts on an order.")
    pack_size: int = strawberry.field(description="Units per pack: orders are whole numbers of packs.")
    _supplier_id: strawberry.Private[int]
    _product_id: strawberry.Private[int]

    @classmethod
    def from_model(cls, row: m.SupplierProduct) -> SupplierProduct:
        return cls(
            id=to_global_id("SupplierProduct", row.id),
            cost=Money(amount=row.cost, currency=row.currency),
            lead_time_days=row.lead_time_days,
            minimum_order_quantity=row.minimum_order_quantity,
            pack_size=row.pack_size,
            _supplier_id=row.supplier_id,
            _product_id=row.product_id,
        )

    @strawberry.field(description="The supplier.")
    async def supplier(self, info: Info) -> Supplier:
        row = await info.context.loaders.supplier.load(self._supplier_id)
        assert row is not None
        return Supplier.from_model(row)

    @strawberry.field(description="The product.")
    async def product(self, info: Info) -> Product:
        row = await info.context.loaders.product.load(self._product_id)
        assert row is not None
        return Product.from_model(row)


@strawberry.type(description="One product of a purchase order: ordered and received units.")
class PurchaseOrderLine:
    sku: str = strawberry.field(description="The product's SKU.")
    quantity: int = strawberry.field(description="Units ordered.")
    received_quantity: int = strawberry.field(description="Units received so far.")
    unit_cost: Decimal | None = strawberry.field(description="What one unit costs, in the supplier's currency.")


@strawberry.type(description="An order to a supplier for goods delivered to one of our warehouses.")
class PurchaseOrder(Node):
    number: str = strawberry.field(description="The purchase order number.")
    status: PurchaseOrderStatus = strawberry.field(description="Where the purchase order stands.")
    automatic: bool = strawberry.field(description="Drafted by the system on a low-stock crossing.")
    note: str | None = strawberry.field(description="A note for the supplier or the team.")
    expected_at: datetime | None = strawberry.field(description="When the supplier said the goods will arrive.")
    created_at: datetime = strawberry.field(description="When it was created.")
    updated_at: datetime = strawberry.field(description="When it last changed.")
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

    @strawberry.field(description="Who delivers.")
    async def supplier(self, info: Info) -> Supplier:
        row = await info.context.loaders.supplier.load(self._supplier_id)
        assert row is not None
        return Supplier.from_model(row)

    @strawberry.field(description="Where the goods are delivered.")
    async def warehouse(self, info: Info) -> Warehouse:
        row = await info.context.loaders.warehouse.load(self._warehouse_id)
        assert row is not None
        return Warehouse.from_model(row)

    @strawberry.field(description="What is ordered.")
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


@strawberry.type(
    description="A stock level whose position (available - backordered - outgoing + incoming) is at or below its "
    "forecast-driven reorder point, how much to order from whom, and why."
)
class ReplenishmentSuggestion:
    stock_level: StockLevel = strawberry.field(description="The stock level to replenish.")
    supplier: Supplier | None = strawberry.field(description="The chosen supplier; null if none offers the product.")
    quantity: int = strawberry.field(
        description="How many units to order.", deprecation_reason="Use suggestedQuantity (the same number)."
    )
    suggested_quantity: int = strawberry.field(
        description="How many units to order: the reorder quantity or the gap to the reorder point, whichever is "
        "larger, raised to the supplier's minimum order quantity and rounded up to whole packs."
    )
    available: int = strawberry.field(description="Available units now (on hand - reserved).")
    on_hand: int = strawberry.field(description="Units on the shelf now.")
    reserved: int = strawberry.field(description="Units on hand held for orders.")
    backordered: int = strawberry.field(
        description="Units customers ordered that no warehouse could allocate yet (counted once per product, at "
        "its first warehouse)."
    )
    incoming: int = strawberry.field(
        description="Units on their way: on open purchase orders and on stock transfers in transit."
    )
    outgoing: int = strawberry.field(
        description="Units on draft transfers leaving this warehouse: promised away, not dispatched yet."
    )
    lead_time_days: int | None = strawberry.field(
        description="The chosen supplier's lead time for the product; null without a supplier."
    )
    forecast_method: ForecastMethod = strawberry.field(description="The demand model the forecast came from.")
    forecast_demand_over_lead_time: float = strawberry.field(
        description="Units the forecast expects to be demanded during the lead time."
    )
    safety_stock: int = strawberry.field(
        description="Units held against forecast error: z(service level) x daily forecast error x sqrt(lead time)."
    )
    service_level: float = strawberry.field(description="The service level the safety stock is sized for.")
    reorder_point: int = strawberry.field(
        description="Forecast over the lead time + safety stock, never below the level's configured reorder point."
    )
    supplier_reason: str | None = strawberry.field(description="Why this supplier (cost against lead time).")
    explanation: str = strawberry.field(description="The whole reasoning, in words.")
    reason: str = strawberry.field(description="Why this quantity.", deprecation_reason="Use explanation.")


@strawberry.input(description="Which purchase orders to list: every given field must match.")
class PurchaseOrderFilter:
    status: list[PurchaseOrderStatus] | None = strawberry.field(
        default=None, description="Only purchase orders in one of these statuses."
    )
    supplier: str | None = strawberry.field(default=None, description="Only this supplier's (its code).")
    warehouse: str | None = strawberry.field(
        default=None, description="Only those delivered to this warehouse (its code)."
    )


@strawberry.input(description="What `supplierProductSet` is asked to do.")
class SupplierProductSetInput:
    supplier: str = strawberry.field(description="The supplier's code.")
    sku: str = strawberry.field(description="The product's SKU.")
    cost: Decimal = strawberry.field(description="What the supplier charges for one unit.")
    currency_code: CurrencyCode | None = strawberry.field(
        default=None, description="The cost's currency (default: USD)."
    )
    currency: str | None = strawberry.field(
        default=None,
        description="ISO 4217 currency code of the cost (default: USD).",
        deprecation_reason=CURRENCY_DEPRECATION,
    )
    lead_time_days: int | None = strawberry.field(
        default=None, description="Days from order to delivery for this product."
    )
    minimum_order_quantity: int | None = strawberry.field(
        default=None, description="The fewest units the supplier accepts on an order."
    )
    pack_size: int | None = strawberry.field(
        default=None, description="Units per pack: orders must be whole numbers of packs (default 1)."
    )


@strawberry.input(description="One product to order from the supplier.")
class PurchaseOrderLineInput:
    sku: str = strawberry.field(description="The product's SKU.")
    quantity: int = strawberry.field(description="Units to order.")
    unit_cost: Decimal | None = strawberry.field(
        default=None, description="What one unit costs (default: the supplier's price for the product)."
    )


@strawberry.input(description="What `purchaseOrderCreate` is asked to do.")
class PurchaseOrderCreateInput:
    supplier: str = strawberry.field(description="The supplier's code.")
    warehouse: str = strawberry.field(description="The code of the warehouse to deliver to.")
    lines: list[PurchaseOrderLineInput] = strawberry.field(description="What to order (at least one line).")
    note: str | None = strawberry.field(default=None, description="A note for the supplier or the team.")


@strawberry.input(description="What `purchaseOrderSend` and `purchaseOrderCancel` is asked to do.")
class PurchaseOrderIdInput:
    id: strawberry.ID = strawberry.field(description="The purchase order's global id.")


@strawberry.input(description="What `purchaseOrderConfirm` is asked to do.")
class PurchaseOrderConfirmInput:
    id: strawberry.ID = strawberry.field(description="The purchase order's global id.")
    expected_at: datetime | None = strawberry.field(default=None, description="Default: now + supplier lead time.")


@strawberry.input(description="Units of one product received.")
class ReceivedLineInput:
    sku: str = strawberry.field(description="The product's SKU.")
    quantity: int = strawberry.field(description="Number of units.")


@strawberry.input(description="What `purchaseOrderReceive` is asked to do.")
class PurchaseOrderReceiveInput:
    id: strawberry.ID = strawberry.field(description="The purchase order's global id.")
    lines: list[ReceivedLineInput] = strawberry.field(description="What arrived.")


@strawberry.type(description="What `supplierProductSet` did: the result, or userErrors saying why not.")
class SupplierProductSetPayload:
    supplier_product: SupplierProduct | None = strawberry.field(
        default=None, description="The supplier product as it is now (null when userErrors say why not)."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )


@strawberry.type(
    description="What `purchaseOrderCreate` and `purchaseOrderSend` and `purchaseOrderConfirm` and `purchaseOrderReceive` and `purchaseOrderCancel` did: the result, or userErrors saying why not."
)
class PurchaseOrderPayload:
    purchase_order: PurchaseOrder | None = strawberry.field(
        default=None, description="The purchase order as it is now (null when userErrors say why not)."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )
