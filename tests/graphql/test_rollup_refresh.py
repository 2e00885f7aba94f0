"""The report rollups are kept caught up in the background (services/rollup_refresh.py): an
order placed after the rollups were built shows in them without any report being asked for
(reports catch up before reading; the loop takes that work off them)."""

from __future__ import annotations

from models.access import Role
from models.analytics import DailyOrderFacts, RollupState
from services import analytics_rollup
from subscriptions.streams import latest_seq
from tests.fixtures.backends import Backends, settings_for
from tests.fixtures.catalog import place, seed_catalog
from tests.fixtures.database import make_token
from tests.fixtures.server import serve_clean
from tests.fixtures.waiting import eventually


async def _orders_in_rollup() -> int:
    return sum(row.orders for row in await DailyOrderFacts.all())


async def test_the_loop_brings_the_rollups_up_to_date_without_a_report(backends: Backends) -> None:
    # given a server whose loops refresh the rollups every 0.05 s, rollups built on one order
    async with serve_clean(settings_for(backends, rollup_refresh_seconds=0.05)) as server:
        admin = await make_token(Role.ADMIN)
        await seed_catalog(admin)
        await place(server, admin, externalRef="before-the-build")
        await analytics_rollup.rebuild()
        built = await _orders_in_rollup()

        # when another order is placed, and no report is asked for
        await place(server, admin, externalRef="after-the-build")

        # then the rollups count it, their cursor at the newest event
        async def counted() -> bool:
            return await _orders_in_rollup() == built + 1

        await eventually(counted, within=30, what="the loop recomputes the order's day")
        state = await RollupState.get(id=1)
        await eventually(
            lambda: _cursor_at_latest(state.id), within=30, what="the rollups' cursor reaches the newest event"
        )
    assert built == 1


async def _cursor_at_latest(state_id: int) -> bool:
    state = await RollupState.get(id=state_id)
    return state.cursor == await latest_seq()
