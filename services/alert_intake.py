"""Suspicious orders caught as they are placed, where the channel's alert policy says so
(`check_at_intake`): a reaction to ORDER_PLACED, inside the placing transaction (wired in
services/wiring.py), so an order held here is never seen unheld.

An order is suspicious when it is worth more than `value_multiple` times the customer's
average earlier order (with at least `min_history` of them), when its address has had
`address_order_count` orders (this one included) within `address_window_minutes`, or when it
is billed to another country than it ships to. It then gets its SUSPICIOUS_ORDER alert and,
with `hold_suspicious`, goes ON_HOLD through the order's hold writer (staff release it).

A channel without `check_at_intake` costs placing an order nothing: the policy is on the
channel row placing has already read, and the check returns before any statement.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from models.orders import Order
from services.alert_policy import AlertPolicy, policy_of
from services.alerts import country_reason, db_moment, raise_suspicious, value_reason
from services.order_actions import hold_locked
from services.order_status import can_hold
from services.order_work import lock_work
from services.reactions import OrderPlaced
from services.sql import sql

ACTOR = "alert-policy"


async def check_placed_order(conn: BaseDBAsyncClient, placed: OrderPlaced) -> None:
    policy = policy_of(placed.channel)
    if not policy.checks_at_intake:
        return
    order = placed.order
    found = await _history(conn, order, policy)
    usual = Decimal(str(found["usual"])) if found["usual"] is not None else None
    to_address = int(found["to_address"] or 0)
    why = [
        r
        for r in (
            value_reason(policy, order.total, usual, int(found["earlier"])),
            f"{to_address} orders to this address within {policy.address_window_minutes} minutes"
            if to_address >= policy.address_order_count
            else None,
            country_reason(policy, order.billing_country, order.ship_country),
        )
        if r
    ]
    if not why:
        return
    held = policy.hold_suspicious and can_hold(order.status)
    if held:
        work = await lock_work(order.id, conn=conn)
        await hold_locked(order, work, reason=f"suspicious: {'; '.join(why)}", actor=ACTOR, conn=conn)
    facts: dict[str, Any] = {
        "total": f"{order.total:.2f}",
        "currency": order.currency,
        "usualTotal": f"{usual:.2f}" if usual is not None else None,
        "earlierOrders": int(found["earlier"]),
        "ordersToAddress": to_address,
    }
    await raise_suspicious(order.id, order.channel_id, why=why, facts=facts, held=held)


async def _history(conn: BaseDBAsyncClient, order: Order, policy: AlertPolicy) -> dict[str, Any]:
    """The customer's earlier orders (count, average) and the orders to this address within
    the window, in one statement. An address is its first line, postal code and country; an
    order without a first line is counted against no other (a country alone is no address)."""
    earlier = "FROM \"order\" p WHERE p.customer_id = ? AND p.id <> ? AND p.status <> 'CANCELLED' AND p.currency = ?"
    line1 = (order.ship_line1 or "").strip().lower()
    since = datetime.now(UTC) - timedelta(minutes=policy.address_window_minutes)
    statement = (
        f"SELECT (SELECT COUNT(*) {earlier}) AS earlier, (SELECT AVG(CAST(p.total AS NUMERIC)) {earlier}) AS usual, "
        "(SELECT COUNT(*) FROM \"order\" a WHERE ? <> '' AND LOWER(TRIM(a.ship_line1)) = ? "
        "AND COALESCE(a.ship_postal_code, '') = ? AND a.ship_country = ? AND a.created_at >= ?) AS to_address"
    )
    mine = [order.customer_id, order.id, order.currency]
    address = [line1, line1, order.ship_postal_code or "", order.ship_country, db_moment(since, conn)]
    rows = await conn.execute_query_dict(sql(conn, statement), [*mine, *mine, *address])
    return dict(rows[0])
