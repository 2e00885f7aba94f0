"""The SQL forms of the order types' fields (schema.projection): what schema.orders'
Order, OrderLine, Customer and Money answer, restated as columns of the stored rows, for the
`orders` connection answered by PostgreSQL. A field without a form here is answered by the
resolvers (the whole document then is)."""

from __future__ import annotations

from models import catalog as m_catalog
from models import inventory as m_inventory
from models import orders as m
from schema.projection import Column, Fields, Form, GlobalId, Lookup, Nodes, Numbered, OfParent, Related
from services.orders import sees_whole_order


def _money(amount: str, currency: Form) -> Fields:
    """schema.common.Money of an amount column in the order's currency."""
    return Fields({"amount": Column(amount), "currency": currency})


ORDER_LINE: dict[str, Form] = {
    "id": GlobalId("OrderLine"),
    "sku": Column("sku"),
    "name": Column("name"),
    "quantity": Column("quantity"),
    "unitPrice": _money("unit_price", OfParent(Column("currency"))),
    "lineTotal": _money("line_total", OfParent(Column("currency"))),
    "cancelledQuantity": Column("cancelled_quantity"),
}

# Order.customer: the customer's row, with the name this order was placed with.
ORDER_CUSTOMER: dict[str, Form] = {
    "id": GlobalId("Customer"),
    "email": Column("email"),
    "name": OfParent(Column("customer_name")),
}

WAREHOUSE: dict[str, Form] = {
    "id": GlobalId("Warehouse"),
    "code": Column("code"),
    "name": Column("name"),
    "country": Column("country"),
    "region": Column("region"),
    "priority": Column("priority"),
    "archivedAt": Column("archived_at"),
}

# Order.allocations: every allocation of the order, its SKU its line's (schema.orders._allocation_nodes);
# a warehouse sees its own only (the resolvers answer it).
ALLOCATION: dict[str, Form] = {
    "id": GlobalId("Allocation"),
    "sku": Lookup(m.OrderLine, "sku", (("order_id", "order_id"), ("product_id", "product_id"))),
    "quantity": Column("quantity"),
    "status": Column("status"),
    "createdAt": Column("created_at"),
    "warehouse": Related(m_catalog.Warehouse, "id", "warehouse_id", WAREHOUSE),
}

ORDER: dict[str, Form] = {
    "id": GlobalId("Order"),
    "number": Numbered(m.ORDER_NUMBER_PREFIX),
    "status": Column("status"),
    "externalRef": Column("external_ref"),
    "idempotencyKey": Column("idempotency_key"),
    "currency": Column("currency"),
    "financialStatus": Column("financial_status"),
    "phone": Column("phone"),
    "note": Column("note"),
    "subtotal": _money("subtotal", Column("currency")),
    "total": _money("total", Column("currency")),
    "shippingAmount": _money("shipping_amount", Column("currency")),
    "taxTotal": _money("tax_amount", Column("currency")),
    "discountTotal": _money("discount_amount", Column("currency")),
    "customer": Related(m.Customer, "id", "customer_id", ORDER_CUSTOMER),
    "createdAt": Column("created_at"),
    "updatedAt": Column("updated_at"),
    # schema.addresses.address_of (no coordinates: PostgreSQL writes a float as 5 where
    # Python writes 5.0; no countryCode: what Python's upper() makes of a stored code)
    "shippingAddress": Fields(
        {
            "country": Column("ship_country"),
            "region": Column("ship_region"),
            "city": Column("ship_city"),
            "postalCode": Column("ship_postal_code"),
            "line1": Column("ship_line1"),
        }
    ),
    "lines": Related(m.OrderLine, "order_id", "id", ORDER_LINE, many=True),
    "allocations": Related(m_inventory.Allocation, "order_id", "id", ALLOCATION, many=True, sees=sees_whole_order),
}

ORDERS = Nodes(m.Order, ORDER)
