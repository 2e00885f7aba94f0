"""Exports of orders, stock levels and stock movements as CSV or JSON Lines, streamed.

Rows are read in keyset pages (`id > last`, ordered by id, `PAGE` rows at a time) and
encoded as they come, so memory stays constant whatever the table's size: nothing holds
more than one page. `since` keeps orders and stock levels changed at or after that time
(`updatedAt`) and movements recorded at or after it (`createdAt`). Used by `oms export` and
by the staff download `GET /export/{kind}.{format}`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

from tortoise.queryset import QuerySet

from models.catalog import Product, Warehouse
from models.inventory import StockLevel, StockMovement
from models.orders import Order, format_order_number

KINDS = ("orders", "stock", "movements")
FORMATS = ("csv", "jsonl")
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/jsonl; charset=utf-8"}
PAGE = 500

COLUMNS = {
    "orders": (
        "number", "externalRef", "channel", "status", "customerEmail", "customerName", "currency",
        "subtotal", "total", "shipCountry", "shipRegion", "shipCity", "shipPostalCode", "createdAt", "updatedAt",
    ),
    "stock": (
        "sku", "warehouse", "onHand", "reserved", "available", "safetyStock", "reorderPoint",
        "reorderQuantity", "updatedAt",
    ),
    "movements": (
        "id", "createdAt", "sku", "warehouse", "reason", "onHandDelta", "reservedDelta", "actor", "reference", "note",
    ),
}  # fmt: skip


async def _pages(query: Callable[[int], QuerySet[Any]]) -> AsyncIterator[list[Any]]:
    last = 0
    while True:
        page = await query(last).order_by("id").limit(PAGE)
        if not page:
            return
        yield page
        last = page[-1].id


async def rows(kind: str, *, since: datetime | None = None) -> AsyncIterator[dict[str, Any]]:
    """The rows of one export, as dicts keyed by COLUMNS[kind], in id order."""
    if kind == "orders":
        changed = {"updated_at__gte": since} if since else {}
        orders = _pages(
            lambda last: Order.filter(id__gt=last, **changed).select_related("channel", "customer")  # type: ignore[arg-type]
        )
        async for page in orders:
            for o in page:
                yield {
                    "number": format_order_number(o.id), "externalRef": o.external_ref, "channel": o.channel.code,
                    "status": o.status.value, "customerEmail": o.customer.email, "customerName": o.customer_name,
                    "currency": o.currency, "subtotal": o.subtotal, "total": o.total, "shipCountry": o.ship_country,
                    "shipRegion": o.ship_region, "shipCity": o.ship_city, "shipPostalCode": o.ship_postal_code,
                    "createdAt": o.created_at, "updatedAt": o.updated_at,
                }  # fmt: skip
    elif kind == "stock":
        changed = {"updated_at__gte": since} if since else {}
        levels = _pages(
            lambda last: StockLevel.filter(id__gt=last, **changed).select_related("product", "warehouse")  # type: ignore[arg-type]
        )
        async for page in levels:
            for s in page:
                yield {
                    "sku": s.product.sku, "warehouse": s.warehouse.code, "onHand": s.on_hand, "reserved": s.reserved,
                    "available": s.on_hand - s.reserved, "safetyStock": s.safety_stock,
                    "reorderPoint": s.reorder_point, "reorderQuantity": s.reorder_quantity, "updatedAt": s.updated_at,
                }  # fmt: skip
    elif kind == "movements":
        recorded = {"created_at__gte": since} if since else {}
        async for page in _pages(lambda last: StockMovement.filter(id__gt=last, **recorded)):  # type: ignore[arg-type]
            skus = dict(await Product.filter(id__in={m.product_id for m in page}).values_list("id", "sku"))
            codes = dict(await Warehouse.filter(id__in={m.warehouse_id for m in page}).values_list("id", "code"))
            for m in page:
                yield {
                    "id": m.id, "createdAt": m.created_at, "sku": skus.get(m.product_id),
                    "warehouse": codes.get(m.warehouse_id), "reason": m.reason.value, "onHandDelta": m.on_hand_delta,
                    "reservedDelta": m.reserved_delta, "actor": m.actor, "reference": m.reference, "note": m.note,
                }  # fmt: skip
    else:
        raise ValueError(f"Unknown export {kind!r}: one of {', '.join(KINDS)}.")


def _text(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


async def encode(kind: str, fmt: str, *, since: datetime | None = None) -> AsyncIterator[str]:
    """The export as text chunks (a header, then about a page of rows per chunk)."""
    columns = COLUMNS[kind]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if fmt == "csv":
        writer.writerow(columns)
    count = 0
    async for row in rows(kind, since=since):
        values = [_text(row[c]) for c in columns]
        if fmt == "csv":
            writer.writerow(["" if v is None else v for v in values])
        else:
            buffer.write(json.dumps(dict(zip(columns, values, strict=True)), ensure_ascii=False) + "\n")
        count += 1
        if count % PAGE == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()
