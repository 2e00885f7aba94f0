"""The rollups kept fresh in the background: `analytics_rollup.catch_up` every
`settings.rollup_refresh_seconds`, so that a report (or the dashboard, which asks every few
seconds) finds the rollups caught up and recomputes little or nothing before reading.

Reports still catch up before reading (they must see every committed change), so this loop
only moves that work off the request: a day's rows are recomputed by whichever comes first,
under the rollup state's row lock, and the second finds nothing past the cursor. Before the
first `oms analytics rebuild` there are no rollups and a round does nothing.
"""

from __future__ import annotations

import logging

from services import analytics_rollup
from services.poll_worker import IntervalWorker
from settings import Settings

log = logging.getLogger("oms.analytics")


class RollupRefreshWorker(IntervalWorker):
    """Runs `catch_up` every `settings.rollup_refresh_seconds` (0: never), first after one
    interval; a failed round (the database away) is retried the next."""

    name = "rollup-refresh"
    log = log

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings.rollup_refresh_seconds)
        self.days_recomputed = 0  # since start, for tests and the log

    async def run_round(self) -> str | None:
        days = await analytics_rollup.catch_up()
        self.days_recomputed += days
        return f"{days} day(s) of rollups recomputed" if days else None
