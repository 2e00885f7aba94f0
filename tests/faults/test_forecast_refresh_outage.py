"""The forecast refresh loop survives a real database outage (tests/faults/test_database_outage.py):
its rounds fail while the database is away, and once it is back the same loop stores forecasts
again, without a restart."""

from __future__ import annotations

import pytest

from models.access import Role
from models.forecast import StoredForecast
from services.forecast import today
from tests.faults.test_database_outage import WAIT_BOUND, database_outage
from tests.fixtures.backends import Backends, settings_for
from tests.fixtures.catalog import seed_catalog, seed_suppliers
from tests.fixtures.database import make_token
from tests.fixtures.server import serve_clean
from tests.fixtures.waiting import eventually
from tests.graphql.test_forecast import WEEK, demand_history

pytestmark = pytest.mark.postgres


async def test_the_refresh_loop_fails_rounds_during_an_outage_and_stores_forecasts_after_it(
    backends: Backends, caplog: pytest.LogCaptureFixture
) -> None:
    async with serve_clean(settings_for(backends, forecast_refresh_seconds=0.05)):
        admin = await make_token(Role.ADMIN)
        await seed_catalog(admin, stock=0)
        await seed_suppliers(admin)

        async with database_outage(backends):
            await eventually(
                lambda: any("forecast refresh round failed" in r.getMessage() for r in caplog.records),
                within=WAIT_BOUND,
                what="a round fails while the database is away",
            )

        async def history() -> bool:
            try:
                await demand_history(admin, "SKU-A", "east", WEEK * 3)
                return True
            except Exception:  # the database is still refusing (or this test's pooled session died)
                return False

        await eventually(history, within=WAIT_BOUND, what="the database answers again")
        # Fitted on the whole history (a round may meet it half written, and fit again).
        stored = await eventually(
            lambda: StoredForecast.get_or_none(method="SEASONAL"),
            within=WAIT_BOUND,
            what="the same loop stores the forecast",
        )
        assert stored.start == today() and await StoredForecast.all().count() == 1
