"""The alert-rules loop survives a real database outage (tests/faults/test_database_outage.py):
its rounds fail while the database is away, and once it is back the same loop raises alerts
again, without a restart."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from models.access import Role
from models.alerts import Alert
from models.fulfilment import Shipment, ShipmentStatus
from services.access import SYSTEM
from services.order_drafts import AddressDraft, LineDraft, OrderDraft
from services.orders import place_order
from tests.faults.test_database_outage import WAIT_BOUND, database_outage
from tests.fixtures.backends import Backends, settings_for
from tests.fixtures.catalog import seed_catalog
from tests.fixtures.database import make_token
from tests.fixtures.server import serve_clean
from tests.fixtures.waiting import eventually

pytestmark = pytest.mark.postgres


async def test_the_alert_loop_fails_rounds_during_an_outage_and_raises_alerts_after_it(
    backends: Backends, caplog: pytest.LogCaptureFixture
) -> None:
    async with serve_clean(settings_for(backends, alert_rules_seconds=0.05)):
        admin = await make_token(Role.ADMIN)
        await seed_catalog(admin)
        placed = await place_order(
            SYSTEM,
            OrderDraft(
                channel="web",
                external_ref="AFTER",
                customer_email="a@example.com",
                customer_name=None,
                shipping_address=AddressDraft(country="US"),
                lines=[LineDraft(sku="SKU-A", quantity=1)],
            ),
        )

        async with database_outage(backends):
            await eventually(
                lambda: any("alert rules round failed" in r.getMessage() for r in caplog.records),
                within=WAIT_BOUND,
                what="a round fails while the database is away",
            )
        shipment = await eventually(
            lambda: _exception_shipment(placed.order.id), within=WAIT_BOUND, what="the database answers again"
        )
        alert = await eventually(
            lambda: Alert.get_or_none(subject=f"shipment:{shipment.id}"),
            within=WAIT_BOUND,
            what="the same loop raises the alert",
        )

    assert alert.kind == "TRACKING_EXCEPTION"


async def _exception_shipment(order_id: int) -> Shipment | None:
    try:
        return await Shipment.create(
            order_id=order_id, status=ShipmentStatus.EXCEPTION, tracking_number="T-1", dispatched_at=datetime.now(UTC)
        )
    except Exception:  # the database is still refusing (or this test's pooled session died)
        return None
