"""Risk alerts: rules that raise them, and the one writer of their status.

Rules (`run_rules`, run by `oms alerts check` or any scheduler):

- SLA_BREACH: an order not shipped (nothing dispatched, not cancelled) past its channel's
  ship-by time (placed + `Channel.ship_by_hours`); once per order.
- STOCKOUT_RISK: a SKU in a warehouse whose days of cover over the last 30 days are fewer than
  its fastest supplier's lead time (services/inventory_analytics.py); once while unresolved.
- SUSPICIOUS_ORDER: an order placed in the last `SUSPICIOUS_LOOKBACK` worth more than
  `SUSPICIOUS_FACTOR` times the average of the customer's earlier orders (at least
  `SUSPICIOUS_HISTORY` of them, cancelled ones left out); once per order.

Each alert once per cause: `Alert.open_cause` (kind + subject) is unique while the alert is not
resolved, so a rule that finds the same cause again, or two runs at once, raise one alert; the
per-order rules also skip an order that already had one. Status: OPEN -> ACKNOWLEDGED -> RESOLVED
(or OPEN -> RESOLVED), written only by `move_alert`, with an `alert.raised` event on raising.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet

from models.access import Role
from models.alerts import Alert, AlertKind, AlertSeverity, AlertStatus
from models.orders import Order, format_order_number
from services import db
from services.access import SYSTEM, Principal, scoped
from services.analytics_facts import hours_between
from services.errors import DomainError, ErrorCode, not_found
from services.inventory_analytics import inventory_report
from services.lifecycle import Lifecycle
from services.sql import is_postgres, sql
from services.uow import unit_of_work
from subscriptions.outbox import record_event
from subscriptions.topics import ALERT_RAISED

A = AlertStatus
ALERT_LIFECYCLE = Lifecycle(
    AlertStatus,
    {A.OPEN: frozenset({A.ACKNOWLEDGED, A.RESOLVED}), A.ACKNOWLEDGED: frozenset({A.RESOLVED}), A.RESOLVED: frozenset()},
)
SUSPICIOUS_FACTOR = 3
SUSPICIOUS_HISTORY = 2
SUSPICIOUS_LOOKBACK = timedelta(days=7)
DEMAND_WINDOW = timedelta(days=30)
_UNSHIPPED = ("PENDING", "ON_HOLD", "BACKORDERED", "PARTIALLY_ALLOCATED", "ALLOCATED", "PICKING", "PACKED")


def visible_alerts(principal: Principal) -> QuerySet[Alert]:
    """Staff: every alert; a CHANNEL token: its own channel's orders' alerts; anyone else: none."""
    return scoped(Alert.all(), principal, {Role.CHANNEL: "channel__code"})


async def get_alert(principal: Principal, alert_id: int) -> Alert | None:
    return await visible_alerts(principal).filter(id=alert_id).first()


def search_alerts(
    principal: Principal, *, statuses: list[AlertStatus] | None = None, kinds: list[AlertKind] | None = None
) -> QuerySet[Alert]:
    query = visible_alerts(principal)
    if statuses:
        query = query.filter(status__in=statuses)
    if kinds:
        query = query.filter(kind__in=kinds)
    return query


async def raise_alert(
    *,
    kind: AlertKind,
    severity: AlertSeverity,
    subject: str,
    facts: dict[str, Any],
    channel_id: int | None = None,
) -> Alert | None:
    """A new OPEN alert with its `alert.raised` event, or None when its cause is already open."""
    cause = f"{kind.value}:{subject}"
    if await Alert.filter(open_cause=cause).exists():
        return None
    try:
        async with unit_of_work() as conn:
            alert = await Alert.create(
                kind=kind, severity=severity, subject=subject, open_cause=cause, facts=facts,
                channel_id=channel_id, using_db=conn,
            )  # fmt: skip
            await record_event(
                topic=ALERT_RAISED,
                aggregate_type="alert",
                aggregate_id=alert.id,
                payload={"kind": kind.value, "severity": severity.value, "channel_id": channel_id},
                using_db=conn,
            )
    except IntegrityError:  # raised meanwhile by another run: the same cause, once
        return None
    return alert


async def move_alert(alert: Alert, to: AlertStatus, *, actor: str, conn: BaseDBAsyncClient) -> None:
    """The one writer of an alert's status (the transition table above)."""
    now = datetime.now(UTC)
    changes: dict[str, Any] = {"actor": actor}
    if to is A.ACKNOWLEDGED:
        changes["acknowledged_at"] = now
    if to is A.RESOLVED:
        changes.update(resolved_at=now, open_cause=None)
    await ALERT_LIFECYCLE.move(
        alert,
        to,
        conn=conn,
        message=f"The alert is {AlertStatus(alert.status).value}; it cannot become {to.value}.",
        field="id",
        conflict="The alert was changed meanwhile; reload and try again.",
        **changes,
    )


async def _act(principal: Principal, alert_id: int, to: AlertStatus) -> Alert:
    if not principal.is_staff:
        raise DomainError.one(ErrorCode.FORBIDDEN, "Only staff acknowledge or resolve alerts.", ["id"])
    alert = await get_alert(principal, alert_id)
    if alert is None:
        raise not_found("Alert", ["id"])
    async with unit_of_work() as conn:
        await move_alert(alert, to, actor=principal.actor, conn=conn)
    return alert


async def acknowledge_alert(principal: Principal, *, alert_id: int) -> Alert:
    return await _act(principal, alert_id, A.ACKNOWLEDGED)


async def resolve_alert(principal: Principal, *, alert_id: int) -> Alert:
    return await _act(principal, alert_id, A.RESOLVED)


# --- rules ------------------------------------------------------------------------------------


async def run_rules(now: datetime | None = None) -> list[Alert]:
    """Every rule once; the alerts raised (new causes only)."""
    now = now or datetime.now(UTC)
    raised = [*await sla_breaches(now), *await stockout_risks(now), *await suspicious_orders(now)]
    return [a for a in raised if a is not None]


def _moment(value: datetime) -> Any:
    return Order._meta.fields_map["created_at"].to_db_value(value, Order)


def _not_alerted(kind: AlertKind) -> str:
    return f"NOT EXISTS (SELECT 1 FROM alert al WHERE al.kind = '{kind.value}' AND al.subject = 'order:' || o.id)"


async def sla_breaches(now: datetime) -> list[Alert | None]:
    conn = db.connection()
    now_param = "CAST(? AS TIMESTAMP WITH TIME ZONE)" if is_postgres(conn) else "?"
    late = hours_between("o.created_at", now_param, is_postgres(conn))
    statement = (
        'SELECT o.id AS id, o.channel_id AS channel_id, c.ship_by_hours AS ship_by_hours FROM "order" o '
        "JOIN channel c ON c.id = o.channel_id "
        f"WHERE o.status IN ({', '.join(repr(s) for s in _UNSHIPPED)}) AND {late} > c.ship_by_hours "
        "AND NOT EXISTS (SELECT 1 FROM shipment sh WHERE sh.order_id = o.id AND sh.dispatched_at IS NOT NULL) "
        f"AND {_not_alerted(AlertKind.SLA_BREACH)} ORDER BY o.id"
    )
    rows = await conn.execute_query_dict(sql(conn, statement), [_cast_now(now, conn)])
    return [
        await raise_alert(
            kind=AlertKind.SLA_BREACH,
            severity=AlertSeverity.WARNING,
            subject=f"order:{row['id']}",
            facts={"order": format_order_number(row["id"]), "shipByHours": row["ship_by_hours"]},
            channel_id=row["channel_id"],
        )
        for row in rows
    ]


def _cast_now(now: datetime, conn: BaseDBAsyncClient) -> Any:
    return now if is_postgres(conn) else _moment(now)


async def stockout_risks(now: datetime) -> list[Alert | None]:
    rows = await inventory_report(SYSTEM, start=now - DEMAND_WINDOW, end=now)
    return [
        await raise_alert(
            kind=AlertKind.STOCKOUT_RISK,
            severity=AlertSeverity.CRITICAL if r.on_hand == 0 else AlertSeverity.WARNING,
            subject=f"stock:{r.sku}@{r.warehouse}",
            facts={
                "sku": r.sku,
                "warehouse": r.warehouse,
                "onHand": r.on_hand,
                "daysOfCover": r.days_of_cover,
                "leadTimeDays": r.lead_time_days,
            },
        )
        for r in rows
        if r.stockout_risk
    ]


async def suspicious_orders(now: datetime) -> list[Alert | None]:
    conn = db.connection()
    history = (
        'FROM "order" p WHERE p.customer_id = o.customer_id AND p.created_at < o.created_at '
        "AND p.status <> 'CANCELLED' AND p.currency = o.currency"
    )
    statement = (
        "SELECT * FROM (SELECT o.id AS id, o.channel_id AS channel_id, CAST(o.total AS NUMERIC) AS total, o.currency AS currency, "
        f"(SELECT AVG(CAST(p.total AS NUMERIC)) {history}) AS usual, (SELECT COUNT(*) {history}) AS earlier "
        f"FROM \"order\" o WHERE o.created_at >= ? AND o.status <> 'CANCELLED' AND {_not_alerted(AlertKind.SUSPICIOUS_ORDER)}) x "
        f"WHERE x.earlier >= {SUSPICIOUS_HISTORY} AND x.total > {SUSPICIOUS_FACTOR} * x.usual ORDER BY x.id"
    )
    rows = await conn.execute_query_dict(sql(conn, statement), [_cast_now(now - SUSPICIOUS_LOOKBACK, conn)])
    return [
        await raise_alert(
            kind=AlertKind.SUSPICIOUS_ORDER,
            severity=AlertSeverity.WARNING,
            subject=f"order:{row['id']}",
            facts={
                "order": format_order_number(row["id"]),
                "total": f"{Decimal(str(row['total'])):.2f}",
                "currency": row["currency"],
                "usualTotal": f"{Decimal(str(row['usual'])):.2f}",
                "earlierOrders": int(row["earlier"]),
                "why": f"more than {SUSPICIOUS_FACTOR}x the customer's average order",
            },
            channel_id=row["channel_id"],
        )
        for row in rows
    ]
