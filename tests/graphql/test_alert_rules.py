"""The shop-wide alert rules (tracking exceptions, stalled shipments, failing webhooks, demand
spikes): each raises one alert per cause (run twice, raised once), the ones whose cause can go
away resolve themselves; and the worker in the app's lifespan runs them on its interval."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

from models.access import Role
from models.alerts import Alert, AlertStatus
from models.catalog import Channel
from models.fulfilment import Shipment, ShipmentStatus, TrackingEvent
from models.orders import Order, format_order_number
from models.webhooks import WebhookSubscription
from services.access import SYSTEM
from services.alert_policy import update_alert_policy
from services.alert_rules import run_rules
from services.alerts import resolve_alert
from services.order_drafts import AddressDraft, LineDraft, OrderDraft
from services.orders import place_order
from services.tracking import record_tracking
from tests.fixtures.backends import Backends, settings_for
from tests.fixtures.catalog import seed_catalog
from tests.fixtures.database import make_token
from tests.fixtures.server import Server, serve_clean
from tests.fixtures.waiting import eventually

NOW = datetime.now(UTC)


async def order(ref: str, *, sku: str = "SKU-A", quantity: int = 1, channel: str = "web", days_ago: float = 0) -> Order:
    placed = await place_order(
        SYSTEM,
        OrderDraft(
            channel=channel,
            external_ref=ref,
            customer_email=f"{ref.lower()}@example.com",
            customer_name=None,
            shipping_address=AddressDraft(country="US"),
            lines=[LineDraft(sku=sku, quantity=quantity)],
        ),
    )
    if days_ago:
        await Order.filter(id=placed.order.id).update(created_at=NOW - timedelta(days=days_ago))
    return placed.order


async def dispatched(ref: str, *, hours_ago: float, channel: str = "web") -> Shipment:
    """A shipment on its way since `hours_ago` (written directly: the rules read shipments as
    they are, however they got there; no stock moves)."""
    placed = await order(ref, channel=channel)
    return await Shipment.create(
        order_id=placed.id,
        status=ShipmentStatus.DISPATCHED,
        tracking_number=f"T-{ref}",
        dispatched_at=NOW - timedelta(hours=hours_ago),
    )


def kinds(alerts: list[Alert], kind: str) -> list[str]:
    return [a.subject for a in alerts if a.kind == kind]


async def test_a_carrier_exception_is_alerted_once_and_resolved_once_the_shipment_moves_again(server: Server) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin, stock=1_000)
    stuck = await dispatched("STUCK", hours_ago=5)
    fine = await dispatched("FINE", hours_ago=5)
    await record_tracking(SYSTEM, tracking_number="T-STUCK", status=ShipmentStatus.EXCEPTION, occurred_at=NOW)
    await record_tracking(SYSTEM, tracking_number="T-FINE", status=ShipmentStatus.IN_TRANSIT, occurred_at=NOW)

    first = await run_rules(NOW)
    again = await run_rules(NOW)
    await record_tracking(
        SYSTEM, tracking_number="T-STUCK", status=ShipmentStatus.IN_TRANSIT, occurred_at=NOW + timedelta(minutes=5)
    )
    after_moving = await run_rules(NOW)

    assert kinds(first, "TRACKING_EXCEPTION") == [f"shipment:{stuck.id}"]
    assert kinds(again, "TRACKING_EXCEPTION") == [] and kinds(after_moving, "TRACKING_EXCEPTION") == []
    alert = await Alert.get(kind="TRACKING_EXCEPTION")
    assert alert.facts == {
        "order": format_order_number(stuck.order_id), "shipment": stuck.id, "trackingNumber": "T-STUCK",
        "reportedAt": NOW.isoformat(),
    }  # fmt: skip
    assert alert.status == AlertStatus.RESOLVED and alert.actor == "alert-rules"
    assert fine.id != stuck.id


async def test_a_shipment_without_carrier_reports_for_the_channels_hours_is_stalled(server: Server) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin, stock=1_000)
    await update_alert_policy(code="market", stalled_hours=72)
    silent = await dispatched("SILENT", hours_ago=50)
    await dispatched("RECENT", hours_ago=10)
    reported = await dispatched("REPORTED", hours_ago=50)
    await TrackingEvent.create(
        shipment_id=reported.id, status=ShipmentStatus.IN_TRANSIT, occurred_at=NOW - timedelta(hours=3)
    )
    await dispatched("MARKET-PATIENT", hours_ago=50, channel="market")
    market_late = await dispatched("MARKET-LATE", hours_ago=80, channel="market")
    delivered = await dispatched("DELIVERED", hours_ago=80)
    await Shipment.filter(id=delivered.id).update(status=ShipmentStatus.DELIVERED)

    first = await run_rules(NOW)
    again = await run_rules(NOW)
    await TrackingEvent.create(shipment_id=silent.id, status=ShipmentStatus.IN_TRANSIT, occurred_at=NOW)
    after_report = await run_rules(NOW)

    assert sorted(kinds(first, "STALLED_SHIPMENT")) == sorted([f"shipment:{silent.id}", f"shipment:{market_late.id}"])
    assert kinds(again, "STALLED_SHIPMENT") == [] and kinds(after_report, "STALLED_SHIPMENT") == []
    statuses = {a.subject: a.status for a in await Alert.filter(kind="STALLED_SHIPMENT")}
    assert statuses == {f"shipment:{silent.id}": AlertStatus.RESOLVED, f"shipment:{market_late.id}": AlertStatus.OPEN}
    late = await Alert.get(subject=f"shipment:{market_late.id}")
    assert late.facts["stalledHours"] == 72 and late.channel_id == (await Channel.get(code="market")).id


async def test_a_channel_that_switches_a_rule_off_gets_no_alert_of_it(server: Server) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin, stock=1_000)
    await update_alert_policy(code="market", rules=["SLA_BREACH"])
    web = await dispatched("WEB-SILENT", hours_ago=100)
    await dispatched("MARKET-SILENT", hours_ago=100, channel="market")

    raised = await run_rules(NOW)

    assert kinds(raised, "STALLED_SHIPMENT") == [f"shipment:{web.id}"]


async def test_a_failing_webhook_endpoint_is_alerted_once_and_resolved_once_it_answers(server: Server) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin)

    def endpoint(url: str, **state: object) -> WebhookSubscription:
        return WebhookSubscription(url=url, secret="s", topics=["order.created"], **state)

    open_circuit = endpoint(
        "https://down.example/hook", consecutive_failures=7, circuit_open_until=NOW + timedelta(minutes=1)
    )
    await open_circuit.save()
    flaky = endpoint("https://flaky.example/hook", consecutive_failures=5)
    await flaky.save()
    await endpoint("https://ok.example/hook", consecutive_failures=4).save()
    await endpoint("https://off.example/hook", consecutive_failures=9, active=False).save()

    first = await run_rules(NOW, webhook_failures=5)
    again = await run_rules(NOW, webhook_failures=5)
    await WebhookSubscription.filter(id=flaky.id).update(consecutive_failures=0)
    after_success = await run_rules(NOW, webhook_failures=5)

    assert sorted(kinds(first, "WEBHOOK_FAILING")) == sorted([f"webhook:{open_circuit.id}", f"webhook:{flaky.id}"])
    assert kinds(again, "WEBHOOK_FAILING") == [] and kinds(after_success, "WEBHOOK_FAILING") == []
    alerts = {a.subject: a for a in await Alert.filter(kind="WEBHOOK_FAILING")}
    down = alerts[f"webhook:{open_circuit.id}"]
    assert (down.severity.value, down.status, down.facts) == (
        "CRITICAL",
        AlertStatus.OPEN,
        {"url": "https://down.example/hook", "owner": None, "consecutiveFailures": 7, "circuit": "OPEN"},
    )
    assert alerts[f"webhook:{flaky.id}"].status == AlertStatus.RESOLVED


async def test_a_skus_units_far_above_its_trailing_daily_average_are_a_demand_spike(server: Server) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin, stock=10_000)
    # SKU-A: 28 units over the 28 days before (1 a day), 12 in the last day: a spike.
    for n in range(4):
        await order(f"A-OLD-{n}", quantity=7, days_ago=3 + 6 * n)
    await order("A-NEW-1", quantity=5)
    await order("A-NEW-2", quantity=7)
    # SKU-B: 12 today, but 280 over the 28 days before (10 a day): usual.
    await order("B-OLD", sku="SKU-B", quantity=280, days_ago=10)
    await order("B-NEW", sku="SKU-B", quantity=12)
    # SKU-C: 3x its average, but 6 units: below the floor.
    await order("C-NEW", sku="SKU-C", quantity=6)
    # Older than the baseline: not counted (SKU-A would otherwise be usual).
    await order("A-ANCIENT", quantity=500, days_ago=40)

    now = datetime.now(UTC)  # after the orders just placed
    first = await run_rules(now)
    again = await run_rules(now)

    assert kinds(first, "DEMAND_SPIKE") == [f"demand:SKU-A@{now.date().isoformat()}"]
    assert kinds(again, "DEMAND_SPIKE") == []
    spike = await Alert.get(kind="DEMAND_SPIKE")
    assert spike.facts == {
        "sku": "SKU-A", "unitsLastDay": 12, "baseline": "TRAILING_AVERAGE", "dailyAverage": 1.0, "baselineDays": 28,
        "why": "more than 3x the daily average of the 28 days before (no stored forecast of the day)",
    }  # fmt: skip


async def test_the_app_runs_the_rules_on_its_interval_and_raises_each_cause_once(backends: Backends) -> None:
    settings = settings_for(backends, alert_rules_seconds=0.05)
    async with serve_clean(settings):
        admin = await make_token(Role.ADMIN)
        await seed_catalog(admin, stock=1_000)
        await Channel.filter(code="web").update(ship_by_hours=1)
        late = await order("LATE", days_ago=1)
        stuck = await Shipment.create(
            order_id=(await order("SHIPPED")).id,
            status=ShipmentStatus.EXCEPTION,
            tracking_number="T-X",
            dispatched_at=NOW,
        )

        async def raised() -> list[tuple[str, str, AlertStatus]]:
            return sorted((a.kind.value, a.subject, AlertStatus(a.status)) for a in await Alert.all())

        both = [
            ("SLA_BREACH", f"order:{late.id}", AlertStatus.OPEN),
            ("TRACKING_EXCEPTION", f"shipment:{stuck.id}", AlertStatus.OPEN),
        ]
        await eventually(lambda: _is(raised, both), what="the worker raises both alerts")
        # Staff resolve the exception while the carrier still reports it: a later round raises
        # it again (once), while the breach, found again and again, stays one alert.
        exception = await Alert.get(kind="TRACKING_EXCEPTION")
        await resolve_alert(SYSTEM, alert_id=exception.id)
        again = sorted([*both, ("TRACKING_EXCEPTION", f"shipment:{stuck.id}", AlertStatus.RESOLVED)])
        await eventually(lambda: _is(raised, again), what="the worker raises the exception again")
        assert await raised() == again


async def _is(probe: Callable[[], Awaitable[object]], expected: object) -> bool:
    return await probe() == expected
