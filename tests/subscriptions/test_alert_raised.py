"""alertRaised over a real graphql-transport-ws WebSocket: the kinds asked for, resumable with
`after`, and a CHANNEL token hears only its own channel's orders' alerts."""

from __future__ import annotations

from typing import Any

import pytest

from models.access import Role
from models.alerts import AlertKind, AlertSeverity
from models.catalog import Channel
from services.alerts import raise_alert
from tests.fixtures.database import make_token
from tests.fixtures.live import subscribe
from tests.fixtures.server import Server

pytestmark = pytest.mark.live_server

RAISED = """subscription($kinds: [AlertKind!], $after: String) { alertRaised(kinds: $kinds, after: $after) {
  cursor alert { kind subject status } } }"""


async def alert_about(subject: str, kind: AlertKind, channel: str | None = None) -> None:
    channel_id = (await Channel.get(code=channel)).id if channel else None
    raised = await raise_alert(
        kind=kind, severity=AlertSeverity.WARNING, subject=subject, facts={}, channel_id=channel_id
    )
    assert raised is not None


def seen(data: dict[str, Any]) -> tuple[str, str]:
    alert = data["alertRaised"]["alert"]
    return alert["kind"], alert["subject"]


async def test_alerts_of_the_kinds_asked_for_live_then_resumed_after_a_cursor(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    async with subscribe(server, RAISED, {"kinds": ["SLA_BREACH"]}, token=admin_token) as sub:
        await alert_about("stock:SKU-A@east", AlertKind.STOCKOUT_RISK)
        await alert_about("order:1", AlertKind.SLA_BREACH, "web")
        first = await sub.next()
        await alert_about("order:2", AlertKind.SLA_BREACH, "market")
        second = await sub.next()

    async with subscribe(server, RAISED, {"after": first["alertRaised"]["cursor"]}, token=admin_token) as resumed:
        replayed = await resumed.next()

    assert [seen(first), seen(second)] == [("SLA_BREACH", "order:1"), ("SLA_BREACH", "order:2")]
    assert seen(replayed) == ("SLA_BREACH", "order:2")


async def test_a_channel_hears_only_its_own_channels_alerts(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    web = await make_token(Role.CHANNEL, "web")

    async with subscribe(server, RAISED, {}, token=web) as sub:
        await alert_about("order:7", AlertKind.SUSPICIOUS_ORDER, "market")
        await alert_about("stock:SKU-B@east", AlertKind.STOCKOUT_RISK)
        await alert_about("order:8", AlertKind.SUSPICIOUS_ORDER, "web")
        heard = await sub.next()
        await sub.nothing_within(0.3)

    assert seen(heard) == ("SUSPICIOUS_ORDER", "order:8")
