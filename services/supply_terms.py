"""A supplier's terms for a product (MOQ, pack size, lead time) and the choice among offers.

Every purchase order line honours the terms (`terms_problems`, checked on manual and automatic
orders alike); suggested quantities are rounded to them (`round_to_terms`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from models.catalog import Product, Supplier
from models.supply import SupplierProduct
from services.errors import ErrorCode, Problem

MAX_UNITS = 1_000_000


class Line(Protocol):
    @property
    def sku(self) -> str: ...
    @property
    def quantity(self) -> int: ...


def lead_time_of(offer: SupplierProduct, supplier: Supplier) -> int:
    return offer.lead_time_days if offer.lead_time_days is not None else supplier.lead_time_days


def round_to_terms(quantity: int, offer: SupplierProduct) -> int:
    """At least the minimum order quantity, then up to a whole number of packs."""
    units = max(quantity, offer.minimum_order_quantity)
    return -(-units // offer.pack_size) * offer.pack_size


async def terms_problems(supplier: Supplier, products: dict[str, Product], lines: Sequence[Line]) -> list[Problem]:
    """Lines below the supplier's MOQ for the product, or not in whole packs (products the
    supplier has no terms for are not checked: it has not said what it needs)."""
    offers = {
        o.product_id: o
        for o in await SupplierProduct.filter(supplier_id=supplier.id, product_id__in=[p.id for p in products.values()])
    }
    problems: list[Problem] = []
    for i, line in enumerate(lines):
        product = products.get(line.sku)
        offer = offers.get(product.id) if product is not None else None
        if offer is None or not 0 < line.quantity <= MAX_UNITS:
            continue
        field = ("lines", str(i), "quantity")
        if line.quantity < offer.minimum_order_quantity:
            problems.append(
                Problem(
                    ErrorCode.BELOW_MINIMUM_ORDER_QUANTITY,
                    f"{line.sku}: {supplier.code} takes orders of at least {offer.minimum_order_quantity} units.",
                    field,
                )
            )
        if line.quantity % offer.pack_size:
            problems.append(
                Problem(
                    ErrorCode.NOT_A_PACK_MULTIPLE,
                    f"{line.sku}: {supplier.code} ships packs of {offer.pack_size}; "
                    f"order {round_to_terms(line.quantity, offer)} or {line.quantity // offer.pack_size * offer.pack_size}.",
                    field,
                )
            )
    return problems


async def best_offers(product_ids: list[int]) -> dict[int, tuple[Supplier, SupplierProduct]]:
    """The cheapest offer per product (then the shortest lead time)."""
    best: dict[int, tuple[Supplier, SupplierProduct]] = {}
    offers = await SupplierProduct.filter(product_id__in=product_ids).prefetch_related("supplier")
    for offer in offers:
        supplier: Supplier = offer.supplier  # type: ignore[assignment]
        key = (offer.cost, lead_time_of(offer, supplier), supplier.id)
        current = best.get(offer.product_id)
        if current is None:
            best[offer.product_id] = (supplier, offer)
            continue
        c_supplier, c_offer = current
        if key < (c_offer.cost, lead_time_of(c_offer, c_supplier), c_supplier.id):
            best[offer.product_id] = (supplier, offer)
    return best
