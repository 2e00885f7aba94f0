"""Forecast-driven replenishment suggestions, each with its reasoning.

Per stock level (one with a reorder quantity set, or with demand in the history window):

- forecast demand over the lead time: the sum of the daily forecast (`services.forecast`) over
  the chosen supplier's lead time;
- safety stock: z(service level) x the forecast's daily error x sqrt(lead time);
- reorder point: forecast over the lead time + safety stock, never below the level's own
  configured reorder point (a floor a planner set by hand);
- position: on hand - reserved - backordered - outgoing (draft transfers out, not dispatched
  yet) + incoming (open purchase orders and transfers in transit); at or below the reorder
  point a suggestion is made;
- quantity: the reorder quantity, or the gap to the reorder point if larger, then raised to the
  supplier's minimum order quantity and rounded up to whole packs.

Supplier choice weighs lead time and cost: the cheapest offer whose lead time is within the
days the position lasts at the forecast rate (so its goods arrive before the stock runs out);
when no offer is that fast, the fastest one (then the cheaper).

Backordered units have no warehouse yet: a product's are counted once, at the first of its
stock levels considered (the lowest warehouse id), so they are not ordered twice.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from statistics import NormalDist

from models.access import Role
from models.catalog import Supplier
from models.inventory import StockLevel
from models.supply import SupplierProduct
from services import db
from services.access import Principal
from services.errors import DomainError
from services.forecast import HISTORY_DAYS, MAX_HORIZON, check_level, daily_demand, today
from services.forecast_models import ForecastMethod, SeriesForecast
from services.forecast_store import PLANNING_LEVEL, Pair, forecasts
from services.sourcing import WAITING
from services.sql import placeholders, sql
from services.supply import incoming_units
from services.supply_terms import lead_time_of, round_to_terms
from services.transfers import drafted_out_units

DEFAULT_SERVICE_LEVEL = 0.95


@dataclass(frozen=True)
class Suggestion:
    stock_level: StockLevel
    supplier: Supplier | None
    offer: SupplierProduct | None
    quantity: int
    available: int
    incoming: int
    outgoing: int
    backordered: int
    lead_time_days: int | None
    forecast_method: ForecastMethod
    forecast_over_lead_time: float
    safety_stock: int
    service_level: float
    reorder_point: int
    supplier_reason: str | None
    explanation: str

    @property
    def reason(self) -> str:
        return self.explanation


async def backordered_units(product_ids: list[int]) -> dict[int, int]:
    """Units ordered and not covered by any allocation, per product, on orders still waiting."""
    if not product_ids:
        return {}
    conn = db.connection()
    statuses = sorted(s.value for s in WAITING)
    statement = (
        "SELECT l.product_id AS product_id, SUM(l.quantity - COALESCE(a.covered, 0)) AS units "
        'FROM order_line l JOIN "order" o ON o.id = l.order_id '
        "LEFT JOIN (SELECT order_id, product_id, SUM(quantity) AS covered FROM allocation "
        "WHERE status IN ('RESERVED', 'SHIPPED') GROUP BY order_id, product_id) a "
        "ON a.order_id = l.order_id AND a.product_id = l.product_id "
        f"WHERE o.status IN ({placeholders(statuses)}) AND l.product_id IN ({placeholders(product_ids)}) "
        "AND l.quantity > COALESCE(a.covered, 0) GROUP BY l.product_id"
    )
    rows = await conn.execute_query_dict(sql(conn, statement), [*statuses, *product_ids])
    return {int(r["product_id"]): int(r["units"]) for r in rows}


def planning_horizon(offers: list[tuple[Supplier, SupplierProduct]]) -> int:
    """The days a product's forecast covers: its slowest offer's lead time (1 without offers)."""
    return min(MAX_HORIZON, max([lead_time_of(o, s) for s, o in offers], default=0) or 1)


async def planning_forecasts(
    histories: dict[Pair, list[float]], offers: dict[int, list[tuple[Supplier, SupplierProduct]]], *, start: date
) -> dict[Pair, SeriesForecast]:
    """Each series' forecast over its product's planning horizon (stored, or fitted and stored)."""
    by_horizon: dict[int, dict[Pair, list[float]]] = defaultdict(dict)
    for pair, history in histories.items():
        by_horizon[planning_horizon(offers.get(pair[0], []))][pair] = history
    found: dict[Pair, SeriesForecast] = {}
    for horizon, group in sorted(by_horizon.items()):
        found.update(await forecasts(group, start=start, horizon=horizon, level=PLANNING_LEVEL))
    return found


def choose_offer(
    offers: list[tuple[Supplier, SupplierProduct]], position: int, daily_rate: float
) -> tuple[Supplier, SupplierProduct, str] | None:
    """The cheapest offer that arrives before the position runs out, else the fastest."""
    if not offers:
        return None
    cover = position / daily_rate if daily_rate > 0 else math.inf
    in_time = [o for o in offers if lead_time_of(o[1], o[0]) <= cover]
    if in_time:
        supplier, offer = min(in_time, key=lambda o: (o[1].cost, lead_time_of(o[1], o[0]), o[0].id))
        lead = lead_time_of(offer, supplier)
        if math.isinf(cover):
            why = f"cheapest offer ({offer.cost} {offer.currency}, {lead} days): no demand forecast to outrun"
        else:
            why = (
                f"cheapest offer ({offer.cost} {offer.currency}) arriving within the {cover:.1f} days "
                f"the stock lasts (lead time {lead} days)"
            )
        return supplier, offer, why
    supplier, offer = min(offers, key=lambda o: (lead_time_of(o[1], o[0]), o[1].cost, o[0].id))
    lead = lead_time_of(offer, supplier)
    why = (
        f"fastest offer ({lead} days, {offer.cost} {offer.currency}): none arrives within "
        f"the {max(cover, 0):.1f} days the stock lasts"
    )
    return supplier, offer, why


async def replenishment_suggestions(
    principal: Principal, *, warehouse: str | None = None, service_level: float = DEFAULT_SERVICE_LEVEL
) -> list[Suggestion]:
    if (problem := check_level(service_level, "serviceLevel")) is not None:
        raise DomainError([problem])
    query = StockLevel.all()
    if principal.role is Role.WAREHOUSE:
        query = query.filter(warehouse__code=principal.scope)
    elif not principal.is_staff:
        return []
    if warehouse is not None:
        query = query.filter(warehouse__code=warehouse)
    candidates = await query.order_by("id")
    # Every pair's demand at once (no list of ids to send): the scope's warehouse, or all.
    scope = principal.scope if principal.role is Role.WAREHOUSE else warehouse
    start = today()
    history = await daily_demand(None, end=start, days=HISTORY_DAYS, warehouse=scope)
    levels = [lv for lv in candidates if lv.reorder_quantity > 0 or (lv.product_id, lv.warehouse_id) in history]
    pairs = [(lv.product_id, lv.warehouse_id) for lv in levels]
    incoming = await incoming_units(pairs)
    outgoing = await drafted_out_units(pairs)
    backorders = await backordered_units(sorted({lv.product_id for lv in levels}))
    offers: dict[int, list[tuple[Supplier, SupplierProduct]]] = defaultdict(list)
    for offer in await SupplierProduct.filter(product_id__in=sorted({p for p, _ in pairs})).prefetch_related(
        "supplier"
    ):
        offers[offer.product_id].append((offer.supplier, offer))  # type: ignore[arg-type]
    predicted = await planning_forecasts({p: history[p] for p in pairs if p in history}, offers, start=start)
    z = NormalDist().inv_cdf(service_level)
    counted_backorders: set[int] = set()
    suggestions = []
    for level in sorted(levels, key=lambda lv: (lv.product_id, lv.warehouse_id)):
        backordered = 0
        if level.product_id not in counted_backorders:
            counted_backorders.add(level.product_id)
            backordered = backorders.get(level.product_id, 0)
        suggestion = _suggest(
            level,
            offers[level.product_id],
            predicted.get((level.product_id, level.warehouse_id)),
            incoming.get((level.product_id, level.warehouse_id), 0),
            outgoing.get((level.product_id, level.warehouse_id), 0),
            backordered,
            service_level,
            z,
        )
        if suggestion is not None:
            suggestions.append(suggestion)
    suggestions.sort(key=lambda s: s.stock_level.id)
    return suggestions


def _suggest(
    level: StockLevel,
    offers: list[tuple[Supplier, SupplierProduct]],
    forecast: SeriesForecast | None,
    incoming: int,
    outgoing: int,
    backordered: int,
    service_level: float,
    z: float,
) -> Suggestion | None:
    available = level.on_hand - level.reserved
    position = available - backordered - outgoing + incoming
    longest = planning_horizon(offers)
    daily_rate = forecast.demand_over(longest) / longest if forecast is not None else 0.0
    chosen = choose_offer(offers, position, daily_rate)
    supplier, offer, supplier_reason = chosen if chosen is not None else (None, None, None)
    lead = lead_time_of(offer, supplier) if offer is not None and supplier is not None else None
    over_lead = forecast.demand_over(lead) if forecast is not None and lead else 0.0
    error = forecast.daily_error if forecast is not None else 0.0
    # Rounded before ceil: a perfect fit's error of 1e-12 units is no reason to stock one more.
    safety = math.ceil(round(z * error * math.sqrt(lead), 6)) if lead else 0
    reorder_point = max(level.reorder_point, math.ceil(round(over_lead, 6) + safety))
    if position > reorder_point:
        return None
    wanted = max(level.reorder_quantity, reorder_point - position)
    quantity = round_to_terms(wanted, offer) if offer is not None else wanted
    method = forecast.fit.method if forecast is not None else ForecastMethod.NO_DEMAND
    explanation = (
        f"position {position} (on hand {level.on_hand} - reserved {level.reserved} - backordered {backordered}"
        + (f" - transfers out {outgoing}" if outgoing else "")
        + f" + incoming {incoming}) <= reorder point {reorder_point}"
    )
    if lead:
        explanation += (
            f" (forecast {over_lead:.1f} over the {lead}-day lead time [{method.value}]"
            f" + safety stock {safety} for a {service_level:.0%} service level"
            + (
                f"; configured floor {level.reorder_point}"
                if level.reorder_point > math.ceil(over_lead + safety)
                else ""
            )
            + ")"
        )
    explanation += f"; order {wanted}"
    if quantity != wanted:
        assert offer is not None
        explanation += (
            f", raised to {quantity} for the supplier's minimum of {offer.minimum_order_quantity}"
            f" in packs of {offer.pack_size}"
        )
    if supplier_reason is not None:
        assert supplier is not None
        explanation += f"; from {supplier.code}: {supplier_reason}"
    else:
        explanation += "; no supplier offers this product"
    return Suggestion(
        stock_level=level,
        supplier=supplier,
        offer=offer,
        quantity=quantity,
        available=available,
        incoming=incoming,
        outgoing=outgoing,
        backordered=backordered,
        lead_time_days=lead,
        forecast_method=method,
        forecast_over_lead_time=over_lead,
        safety_stock=safety,
        service_level=service_level,
        reorder_point=reorder_point,
        supplier_reason=supplier_reason,
        explanation=explanation,
    )
