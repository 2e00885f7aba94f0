"""The loop both outbound workers (webhooks, customer notifications) run: a failing cycle
(the database went away) is counted and retried with a growing wait until one succeeds; the
worker then goes on, and leaves when its context closes."""

from __future__ import annotations

import asyncio
import logging

import httpx
import pytest

from services.notifiers import NotificationWorker
from services.poll_worker import PollWorker
from services.webhook_delivery import WebhookWorker
from settings import Settings


class Flaky(PollWorker):
    """Fails its first `failing` cycles the way a dropped connection does, then succeeds."""

    name = "flaky"

    def __init__(self, failing: int) -> None:
        super().__init__(poll_seconds=0.01, timeout_seconds=1)
        self.cycles = 0
        self.failing = failing
        self.recovered = asyncio.Event()

    async def run_once(self, client: httpx.AsyncClient) -> int:
        self.cycles += 1
        if self.cycles <= self.failing:
            raise ConnectionError("connection was closed in the middle of operation")
        self.recovered.set()
        return 0


async def test_a_worker_retries_failed_cycles_until_the_database_is_back(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="oms.workers")
    async with Flaky(failing=3) as worker:
        await asyncio.wait_for(worker.recovered.wait(), timeout=30)

    assert worker.failures == 3
    assert worker.cycles >= 4
    assert worker.last_success is not None
    # One traceback for the first failure, one line for each retry after it.
    failed = [r for r in caplog.records if "cycle failed" in r.getMessage()]
    assert [r.exc_info is not None for r in failed] == [True, False, False]
    assert worker._task is None  # stopped on leaving the context


def test_both_outbound_workers_run_the_shared_loop() -> None:
    settings = Settings()
    workers = [WebhookWorker(settings), NotificationWorker(settings)]

    assert [w.name for w in workers] == ["webhook", "notification"]
    assert [w.log.name for w in workers] == ["oms.webhooks", "oms.notifications"]
    assert all(isinstance(w, PollWorker) for w in workers)
