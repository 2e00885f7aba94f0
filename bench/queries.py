"""The documents `oms bench --http` sends, to Ordergraph and to the raw baseline alike."""

from __future__ import annotations

import base64

# order(id) with its lines and the customer's email.
ORDER = (
    "query Order($id: ID!) { order(id: $id) { id number status "
    "lines { id sku quantity unitPrice { amount currency } } customer { email } } }"
)

# A page of 50 orders with lines, customer and allocations (what an admin list shows).
ORDERS = (
    "query Orders { orders(first: 50) { edges { node { id number status total { amount currency } "
    "customer { email } lines { id sku quantity unitPrice { amount currency } } "
    "allocations { id sku quantity status warehouse { code } } } } } }"
)

# An admin list of 20 orders with their lines (`oms bench --peer`: what a Vendure server is
# asked for the same list, bench/RESULTS.md).
ORDERS_20 = (
    "query Orders20 { orders(first: 20) { edges { node { id number status total { amount currency } "
    "customer { email } lines { id sku quantity unitPrice { amount currency } } } } } }"
)


def global_id(type_name: str, pk: int) -> str:
    """The API's ids (schema.common.to_global_id), restated so raw_app imports nothing of ours."""
    return base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).decode().rstrip("=")


# orderCreate, the order's status and the userErrors' codes (`oms bench --writes`).
ORDER_CREATE = (
    "mutation Create($input: OrderCreateInput!) { orderCreate(input: $input) { order { status } userErrors { code } } }"
)


def order_create_body(ref: str, skus: list[str], channel: str = "bench") -> dict[str, object]:
    """An orderCreate request of one unit of each SKU (its customer one of 50 by the ref)."""
    return {
        "query": ORDER_CREATE,
        "variables": {
            "input": {
                "channel": channel,
                "externalRef": ref,
                "customer": {"email": f"c{sum(map(ord, ref)) % 50}@example.com"},
                "shippingAddress": {"country": "US"},
                "lines": [{"sku": sku, "quantity": 1} for sku in skus],
            }
        },
    }
