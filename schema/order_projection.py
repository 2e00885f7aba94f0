"""The SQL forms of the order types' fields (schema.projection): what schema.orders'
Order, OrderLine, Customer and Money answer, restated as columns of the stored rows, for the
`orders` connection answered by PostgreSQL. A field without a form here is answered by the
resolvers (the whole document then is)."""

from __future__ import annotations

from models import orders as m
from schema.projection import Column, Fields, Form, GlobalId, Nodes, Numbered, OfParent, Related


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
    "lines": Related(m.OrderLine, "order_id", "id", ORDER_LINE, many=True),
}

ORDERS = Nodes(m.Order, ORDER)
