"""Inventory analytics per SKU and warehouse, computed in one SQL statement (PostgreSQL, SQLite).

Over a window [start, end) of demand, for each stock level:

- units sold: units shipped from the warehouse in the window (the ledger's SHIP movements);
- daily demand: units sold / the window's days;
- days of cover: on hand / daily demand (null without demand: cover without end);
- turnover: units sold / on hand (null with nothing on hand), for the window;
- lead time: the fastest supplier's (an offer's own lead time, else its supplier's; null: no supplier);
- stockout risk: days of cover < lead time (false without demand, null without a supplier);
- dead stock: units on hand and no sale in the `dead_days` days before `end`;
- value on hand: on hand x the cheapest offer's cost, in that offer's currency (null: no offer).

Staff only: stock is no channel's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from models.inventory import StockMovement
from services import db
from services.access import Principal
from services.analytics import MAX_DAYS
from services.errors import DomainError, ErrorCode
from services.sql import sql

MAX_DEAD_DAYS = 3_650


@dataclass(frozen=True)
class InventoryRow:
    sku: str
    warehouse: str
    on_hand: int
    units_sold: int
    daily_demand: float
    days_of_cover: float | None
    turnover: float | None
    lead_time_days: int | None
    stockout_risk: bool | None
    last_sold_at: datetime | None
    dead_stock: bool
    unit_cost: Decimal | None
    value_on_hand: Decimal | None
    cost_currency: str | None


def _check(start: datetime, end: datetime, dead_days: int) -> None:
    found = []
    if end <= start:
        found.append("`to` must be after `from`.")
    elif (end - start).days > MAX_DAYS:
        found.append(f"A report covers at most {MAX_DAYS} days.")
    if not 1 <= dead_days <= MAX_DEAD_DAYS:
        found.append(f"deadStockDays must be between 1 and {MAX_DEAD_DAYS}.")
    if found:
        raise DomainError.one(ErrorCode.INVALID, " ".join(found))


_OFFER = "(SELECT sp.{column} FROM supplier_product sp WHERE sp.product_id = p.id ORDER BY CAST(sp.cost AS NUMERIC), sp.id LIMIT 1)"
_LEAD = (
    "(SELECT MIN(COALESCE(sp.lead_time_days, su.lead_time_days)) FROM supplier_product sp "
    "JOIN supplier su ON su.id = sp.supplier_id WHERE sp.product_id = p.id)"
)


async def inventory_report(
    principal: Principal,
    *,
    start: datetime,
    end: datetime,
    dead_days: int = 90,
    sku: str | None = None,
    warehouse: str | None = None,
) -> list[InventoryRow]:
    _check(start, end, dead_days)
    if not principal.is_staff:
        raise DomainError.one(ErrorCode.FORBIDDEN, "Inventory analytics are for staff.")
    conn = db.connection()
    created = StockMovement._meta.fields_map["created_at"]
    moment = lambda value: created.to_db_value(value, StockMovement)  # noqa: E731
    days = (end - start).total_seconds() / 86_400
    # The window's shipped units and the last shipment up to `end`, per product and warehouse.
    movements = (
        "SELECT product_id, warehouse_id, "
        "SUM(CASE WHEN created_at >= ? THEN -on_hand_delta ELSE 0 END) AS sold, MAX(created_at) AS last_sold "
        "FROM stock_movement WHERE reason = 'SHIP' AND created_at < ? GROUP BY product_id, warehouse_id"
    )
    demand = f"(COALESCE(m.sold, 0) * 1.0 / {days!r})"
    # In the order of their placeholders: the dead-stock cutoff (select list), then the window (join).
    where, params = ["1 = 1"], [moment(end - timedelta(days=dead_days)), moment(start), moment(end)]
    if sku is not None:
        where.append("p.sku = ?")
        params.append(sku)
    if warehouse is not None:
        where.append("w.code = ?")
        params.append(warehouse)
    statement = f"""
        SELECT p.sku AS sku, w.code AS warehouse, s.on_hand AS on_hand, COALESCE(m.sold, 0) AS units_sold,
               {demand} AS daily_demand,
               CASE WHEN COALESCE(m.sold, 0) > 0 THEN s.on_hand / {demand} END AS days_of_cover,
               CASE WHEN s.on_hand > 0 THEN COALESCE(m.sold, 0) * 1.0 / s.on_hand END AS turnover,
               {_LEAD} AS lead_time_days,
               CASE WHEN {_LEAD} IS NULL THEN NULL
                    WHEN COALESCE(m.sold, 0) > 0 AND s.on_hand / {demand} < {_LEAD} THEN 1 ELSE 0 END
                   AS stockout_risk,
               m.last_sold AS last_sold_at,
               CASE WHEN s.on_hand > 0 AND (m.last_sold IS NULL OR m.last_sold < ?) THEN 1 ELSE 0 END AS dead_stock,
               {_OFFER.format(column="cost")} AS unit_cost,
               s.on_hand * {_OFFER.format(column="cost")} AS value_on_hand,
               {_OFFER.format(column="currency")} AS cost_currency
        FROM stock_level s JOIN product p ON p.id = s.product_id JOIN warehouse w ON w.id = s.warehouse_id
        LEFT JOIN ({movements}) m ON m.product_id = s.product_id AND m.warehouse_id = s.warehouse_id
        WHERE {" AND ".join(where)}
        ORDER BY p.sku, w.code
    """
    rows = await conn.execute_query_dict(sql(conn, statement), params)
    return [_row(row) for row in rows]


def _money(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.01"))


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _moment(value: Any) -> datetime | None:
    if isinstance(value, str):  # SQLite keeps text
        return datetime.fromisoformat(value)
    return value  # type: ignore[no-any-return]


def _row(row: dict[str, Any]) -> InventoryRow:
    risk = row["stockout_risk"]
    return InventoryRow(
        sku=row["sku"],
        warehouse=row["warehouse"],
        on_hand=int(row["on_hand"]),
        units_sold=int(row["units_sold"]),
        daily_demand=float(row["daily_demand"]),
        days_of_cover=_float(row["days_of_cover"]),
        turnover=_float(row["turnover"]),
        lead_time_days=None if row["lead_time_days"] is None else int(row["lead_time_days"]),
        stockout_risk=None if risk is None else bool(risk),
        last_sold_at=_moment(row["last_sold_at"]),
        dead_stock=bool(row["dead_stock"]),
        unit_cost=_money(row["unit_cost"]),
        value_on_hand=_money(row["value_on_hand"]),
        cost_currency=row["cost_currency"],
    )
