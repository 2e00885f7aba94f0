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


def global_id(type_name: str, pk: int) -> str:
    """The API's ids (schema.common.to_global_id), restated so raw_app imports nothing of ours."""
    return base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).decode().rstrip("=")
