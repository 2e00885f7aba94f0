"""The shop-wide alert rules, `run_rules` (every rule once) and the worker that runs them
(with services/eta_watch.py's round: customers told of missed delivery days).

Beside the order rules of services/alerts.py:

- TRACKING_EXCEPTION: a shipment the carrier reports in EXCEPTION (services/tracking.py);
  once while it stays so, resolved by the rule once the carrier reports it moving again.
- STALLED_SHIPMENT: a dispatched shipment, not delivered, with no carrier report for the
  channel policy's `stalled_hours` since dispatch or its last report; resolved by the rule
  once a report arrives (or it is delivered).
- WEBHOOK_FAILING: an active webhook endpoint whose circuit is open or whose deliveries have
  failed `webhook_circuit_failures` times in a row (services/webhook_circuit.py); resolved by
  the rule once a delivery succeeds.
- DEMAND_SPIKE: a SKU whose units ordered in the last day are at least `SPIKE_MIN_UNITS` and
  above the upper bound of its stored forecast's prediction interval for today
  (services/forecast_store.py: the planning forecasts the refresh loop keeps, summed over its
  warehouses; seasonality and trend included). A SKU with no stored forecast of the day falls
  back to more than `SPIKE_FACTOR` times its daily average over the 28 days before, and its
  alert says so (`baseline` in the facts). The floor of units keeps a SKU that sells one a
  week from alerting on its third. Once per SKU and day.

Every alert is raised once per cause (`Alert.open_cause`), so the rules may run in several
processes at once, and twice in a row, without raising anything twice.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.expressions import Q

from models.alerts import Alert, AlertKind, AlertSeverity
from models.fulfilment import ShipmentStatus
from models.orders import format_order_number
from models.webhooks import WebhookSubscription
from services import db
from services.alert_policy import DEFAULT, AlertPolicy
from services.alerts import (
    channel_policies,
    db_moment,
    raise_alert,
    resolve_gone,
    sla_breaches,
    stockout_risks,
    suspicious_orders,
)
from services.eta_watch import notice_missed_etas
from services.forecast_store import day_bounds
from services.poll_worker import IntervalWorker
from services.sql import sql
from services.webhook_circuit import CircuitState, circuit_state
from settings import Settings

log = logging.getLogger("oms.alerts")

SPIKE_FACTOR = 3
SPIKE_MIN_UNITS = 10
SPIKE_BASELINE_DAYS = 28
_IN_FLIGHT = (ShipmentStatus.DISPATCHED, ShipmentStatus.IN_TRANSIT, ShipmentStatus.OUT_FOR_DELIVERY)
WEBHOOK_FAILURES = Settings.model_fields["webhook_circuit_failures"].default


async def run_rules(now: datetime | None = None, *, webhook_failures: int = WEBHOOK_FAILURES) -> list[Alert]:
    """Every rule once; the alerts raised (new causes only). Causes that are gone are resolved."""
    now = now or datetime.now(UTC)
    policies = await channel_policies()
    raised = [
        *await sla_breaches(now, policies),
        *await stockout_risks(now),
        *await suspicious_orders(now, policies),
        *await tracking_exceptions(policies),
        *await stalled_shipments(now, policies),
        *await failing_webhooks(now, failures=webhook_failures),
        *await demand_spikes(now),
    ]
    return [a for a in raised if a is not None]


def _moment(value: Any) -> datetime:
    """A timestamp as the driver returns it (SQLite: text) as an aware datetime."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    assert isinstance(moment, datetime)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


async def _shipments(statuses: tuple[ShipmentStatus, ...]) -> list[dict[str, Any]]:
    conn = db.connection()
    statement = (
        "SELECT s.id AS id, s.order_id AS order_id, o.channel_id AS channel_id, s.tracking_number AS tracking, "
        "s.dispatched_at AS dispatched_at, "
        "(SELECT MAX(te.occurred_at) FROM tracking_event te WHERE te.shipment_id = s.id) AS last_report "
        'FROM shipment s JOIN "order" o ON o.id = s.order_id '
        f"WHERE s.status IN ({', '.join(repr(s.value) for s in statuses)}) AND s.dispatched_at IS NOT NULL "
        "ORDER BY s.id"
    )
    return list(await conn.execute_query_dict(sql(conn, statement)))


def _shipment_facts(row: dict[str, Any]) -> dict[str, Any]:
    return {"order": format_order_number(row["order_id"]), "shipment": row["id"], "trackingNumber": row["tracking"]}


async def tracking_exceptions(policies: dict[int, AlertPolicy]) -> list[Alert | None]:
    rows = [
        r
        for r in await _shipments((ShipmentStatus.EXCEPTION,))
        if policies.get(r["channel_id"], DEFAULT).on(AlertKind.TRACKING_EXCEPTION)
    ]
    await resolve_gone(AlertKind.TRACKING_EXCEPTION, still={f"shipment:{r['id']}" for r in rows})
    return [
        await raise_alert(
            kind=AlertKind.TRACKING_EXCEPTION,
            severity=AlertSeverity.WARNING,
            subject=f"shipment:{r['id']}",
            facts={
                **_shipment_facts(r),
                "reportedAt": _moment(r["last_report"]).isoformat() if r["last_report"] else None,
            },
            channel_id=r["channel_id"],
        )
        for r in rows
    ]


async def stalled_shipments(now: datetime, policies: dict[int, AlertPolicy]) -> list[Alert | None]:
    stalled: list[tuple[dict[str, Any], datetime, int]] = []
    for r in await _shipments(_IN_FLIGHT):
        policy = policies.get(r["channel_id"], DEFAULT)
        last = _moment(r["dispatched_at"])
        if r["last_report"] is not None:
            last = max(last, _moment(r["last_report"]))
        if policy.on(AlertKind.STALLED_SHIPMENT) and now - last > timedelta(hours=policy.stalled_hours):
            stalled.append((r, last, policy.stalled_hours))
    await resolve_gone(AlertKind.STALLED_SHIPMENT, still={f"shipment:{r['id']}" for r, *_ in stalled})
    return [
        await raise_alert(
            kind=AlertKind.STALLED_SHIPMENT,
            severity=AlertSeverity.WARNING,
            subject=f"shipment:{r['id']}",
            facts={**_shipment_facts(r), "lastActivityAt": last.isoformat(), "stalledHours": hours},
            channel_id=r["channel_id"],
        )
        for r, last, hours in stalled
    ]


async def failing_webhooks(now: datetime, *, failures: int) -> list[Alert | None]:
    subs = await WebhookSubscription.filter(
        Q(consecutive_failures__gte=failures) | Q(circuit_open_until__isnull=False), active=True
    ).order_by("id")
    await resolve_gone(AlertKind.WEBHOOK_FAILING, still={f"webhook:{s.id}" for s in subs})
    alerts: list[Alert | None] = []
    for sub in subs:
        state = circuit_state(sub, now)
        alerts.append(
            await raise_alert(
                kind=AlertKind.WEBHOOK_FAILING,
                severity=AlertSeverity.CRITICAL if state is CircuitState.OPEN else AlertSeverity.WARNING,
                subject=f"webhook:{sub.id}",
                # The URL, not the secret; owner says whose endpoint it is (NULL: staff's).
                facts={
                    "url": sub.url,
                    "owner": f"{sub.owner_role}:{sub.owner_scope}" if sub.owner_role else None,
                    "consecutiveFailures": sub.consecutive_failures,
                    "circuit": state.value,
                },
            )
        )
    return alerts


async def demand_spikes(now: datetime) -> list[Alert | None]:
    conn = db.connection()
    day_start = now - timedelta(days=1)
    since = day_start - timedelta(days=SPIKE_BASELINE_DAYS)
    recent = "CASE WHEN o.created_at >= ? THEN l.quantity ELSE 0 END"
    statement = (
        f"SELECT l.sku AS sku, SUM({recent}) AS today, SUM(l.quantity) - SUM({recent}) AS earlier "
        'FROM order_line l JOIN "order" o ON o.id = l.order_id '
        "WHERE o.created_at >= ? AND o.created_at <= ? AND o.status <> 'CANCELLED' "
        f"GROUP BY l.sku HAVING SUM({recent}) >= ? ORDER BY l.sku"
    )
    start, params = db_moment(day_start, conn), [db_moment(since, conn), db_moment(now, conn)]
    rows = await conn.execute_query_dict(sql(conn, statement), [start, start, *params, start, SPIKE_MIN_UNITS])
    bounds = await day_bounds([str(row["sku"]) for row in rows], now.date())
    alerts: list[Alert | None] = []
    for row in rows:
        today, bound = int(row["today"]), bounds.get(str(row["sku"]))
        facts: dict[str, Any] = {"sku": row["sku"], "unitsLastDay": today}
        if bound is not None:
            if today <= bound.upper:
                continue
            facts |= {
                "baseline": "FORECAST",
                "forecastUnits": round(bound.units, 2),
                "upperBound": round(bound.upper, 2),
                "intervalLevel": bound.level,
                "why": f"above the {bound.level:.0%} prediction interval of the stored forecast of "
                f"{now.date().isoformat()} ({bound.series} warehouse(s))",
            }
        else:
            daily = int(row["earlier"]) / SPIKE_BASELINE_DAYS
            if today <= SPIKE_FACTOR * daily:
                continue
            facts |= {
                "baseline": "TRAILING_AVERAGE",
                "dailyAverage": round(daily, 2),
                "baselineDays": SPIKE_BASELINE_DAYS,
                "why": f"more than {SPIKE_FACTOR}x the daily average of the {SPIKE_BASELINE_DAYS} days before "
                "(no stored forecast of the day)",
            }
        alerts.append(
            await raise_alert(
                kind=AlertKind.DEMAND_SPIKE,
                severity=AlertSeverity.INFO,
                subject=f"demand:{row['sku']}@{now.date().isoformat()}",
                facts=facts,
            )
        )
    return alerts


class AlertRulesWorker(IntervalWorker):
    """Runs `run_rules` every `settings.alert_rules_seconds` (0: never), first after one
    interval; a failed round is retried the next (services/poll_worker.py)."""

    name = "alert-rules"
    log = log

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings.alert_rules_seconds)
        self._failures_threshold = settings.webhook_circuit_failures

    async def run_round(self) -> str | None:
        raised = await run_rules(webhook_failures=self._failures_threshold)
        # The clock's other rule: customers told of deliveries whose expected day has passed.
        told = await notice_missed_etas()
        done = []
        if raised:
            done.append(f"raised {len(raised)} alert(s)")
        if told:
            done.append(f"told {told} customer(s) of a missed ETA")
        return "; ".join(done) or None
