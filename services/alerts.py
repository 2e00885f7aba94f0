"""Risk alerts: rules that raise them, and the one writer of their status.

Rules about orders, each as the order's channel's alert policy says (services/alert_policy.py;
all of them run by `services.alert_rules.run_rules`: `oms alerts check` and the alert worker):

- SLA_BREACH: an order not shipped (nothing dispatched, not cancelled) past its channel's
  ship-by time (placed + `Channel.ship_by_hours`); once per order.
- STOCKOUT_RISK: a SKU in a warehouse whose days of cover over the last 30 days are fewer than
  its fastest supplier's lead time (services/inventory_analytics.py); once while unresolved.
- SUSPICIOUS_ORDER: an order placed in the last `SUSPICIOUS_LOOKBACK` worth more than the
  policy's `value_multiple` times the average of the customer's earlier orders (at least
  `min_history` of them, cancelled ones left out), or billed to another country than it ships
  to; once per order. Checked at intake too where the policy says so (services/alert_intake.py).

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
from models.catalog import Channel
from models.orders import Order, format_order_number
from services import db
from services.access import SYSTEM, Principal, scoped
from services.alert_policy import BOUNDS, AlertPolicy, policy_of
from services.alert_policy import DEFAULT as DEFAULT_POLICY
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
# (the shop-wide rules and `run_rules`, which runs them all, are in services/alert_rules.py)


async def channel_policies() -> dict[int, AlertPolicy]:
    """Every channel's alert policy (one statement), for the rules about channels' orders."""
    rows = await Channel.all().values("id", "alert_policy")
    return {row["id"]: policy_of(Channel(alert_policy=row["alert_policy"])) for row in rows}


async def resolve_gone(kind: AlertKind, *, still: set[str], actor: str = "alert-rules") -> int:
    """Resolve the unresolved alerts of `kind` whose cause a rule no longer finds (a shipment
    moving again, an endpoint answering again); how many."""
    resolved = 0
    for alert in await Alert.filter(kind=kind, open_cause__isnull=False).exclude(subject__in=still or {""}):
        try:
            async with unit_of_work() as conn:
                await move_alert(alert, A.RESOLVED, actor=actor, conn=conn)
        except DomainError:  # resolved meanwhile (by staff, or another process's run)
            continue
        resolved += 1
    return resolved


def _moment(value: datetime) -> Any:
    return Order._meta.fields_map["created_at"].to_db_value(value, Order)


def _not_alerted(kind: AlertKind) -> str:
    return f"NOT EXISTS (SELECT 1 FROM alert al WHERE al.kind = '{kind.value}' AND al.subject = 'order:' || o.id)"


async def sla_breaches(now: datetime, policies: dict[int, AlertPolicy]) -> list[Alert | None]:
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
    rows = await conn.execute_query_dict(sql(conn, statement), [db_moment(now, conn)])
    return [
        await raise_alert(
            kind=AlertKind.SLA_BREACH,
            severity=AlertSeverity.WARNING,
            subject=f"order:{row['id']}",
            facts={"order": format_order_number(row["id"]), "shipByHours": row["ship_by_hours"]},
            channel_id=row["channel_id"],
        )
        for row in rows
        if policies.get(row["channel_id"], DEFAULT_POLICY).on(AlertKind.SLA_BREACH)
    ]


def db_moment(now: datetime, conn: BaseDBAsyncClient) -> Any:
    """A timestamp as a parameter of a hand-written statement (SQLite compares the stored text)."""
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


async def raise_suspicious(
    order_id: int, channel_id: int, *, why: list[str], facts: dict[str, Any], held: bool = False
) -> Alert | None:
    """The SUSPICIOUS_ORDER alert of an order (at intake or by the periodic rule)."""
    return await raise_alert(
        kind=AlertKind.SUSPICIOUS_ORDER,
        severity=AlertSeverity.WARNING,
        subject=f"order:{order_id}",
        facts={"order": format_order_number(order_id), **facts, "why": "; ".join(why), "held": held},
        channel_id=channel_id,
    )


def value_reason(policy: AlertPolicy, total: Decimal, usual: Decimal | None, earlier: int) -> str | None:
    """Why an order's value is suspicious under `policy`, or None."""
    if usual is None or earlier < policy.min_history or total <= Decimal(str(policy.value_multiple)) * usual:
        return None
    return f"more than {policy.value_multiple:g}x the customer's average order"


def country_reason(policy: AlertPolicy, billing: str | None, shipping: str | None) -> str | None:
    if not policy.country_mismatch or not billing or not shipping or billing.upper() == shipping.upper():
        return None
    return f"billed to {billing.upper()}, shipped to {shipping.upper()}"


async def suspicious_orders(now: datetime, policies: dict[int, AlertPolicy]) -> list[Alert | None]:
    """Orders of the last SUSPICIOUS_LOOKBACK worth far more than the customer's usual, or
    billed to another country than they ship to (the billing address comes with orderUpdate,
    after intake); each channel's thresholds."""
    conn = db.connection()
    history = (
        'FROM "order" p WHERE p.customer_id = o.customer_id AND p.created_at < o.created_at '
        "AND p.status <> 'CANCELLED' AND p.currency = o.currency"
    )
    # The loosest thresholds any policy may have; each channel's own are applied below.
    loosest = BOUNDS["value_multiple"][0]
    statement = (
        "SELECT * FROM (SELECT o.id AS id, o.channel_id AS channel_id, CAST(o.total AS NUMERIC) AS total, "
        "o.currency AS currency, o.billing_country AS billing, o.ship_country AS shipping, "
        f"(SELECT AVG(CAST(p.total AS NUMERIC)) {history}) AS usual, (SELECT COUNT(*) {history}) AS earlier "
        f"FROM \"order\" o WHERE o.created_at >= ? AND o.status <> 'CANCELLED' AND {_not_alerted(AlertKind.SUSPICIOUS_ORDER)}) x "
        f"WHERE (x.earlier >= {int(BOUNDS['min_history'][0])} AND x.total > {loosest} * x.usual) "
        "OR (x.billing IS NOT NULL AND x.billing <> x.shipping) ORDER BY x.id"
    )
    rows = await conn.execute_query_dict(sql(conn, statement), [db_moment(now - SUSPICIOUS_LOOKBACK, conn)])
    raised: list[Alert | None] = []
    for row in rows:
        policy = policies.get(row["channel_id"], DEFAULT_POLICY)
        if not policy.on(AlertKind.SUSPICIOUS_ORDER):
            continue
        total = Decimal(str(row["total"]))
        usual = Decimal(str(row["usual"])) if row["usual"] is not None else None
        why = [
            r
            for r in (
                value_reason(policy, total, usual, int(row["earlier"])),
                country_reason(policy, row["billing"], row["shipping"]),
            )
            if r
        ]
        if not why:
            continue
        facts: dict[str, Any] = {
            "total": f"{total:.2f}",
            "currency": row["currency"],
            "usualTotal": f"{usual:.2f}" if usual is not None else None,
            "earlierOrders": int(row["earlier"]),
        }
        raised.append(await raise_suspicious(row["id"], row["channel_id"], why=why, facts=facts))
    return raised
