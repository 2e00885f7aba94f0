"""The poll-and-back-off loop the webhook and notification workers share.

A worker claims due rows in `run_once` (returning how many it handled), polls again at once
while there was work, else waits `poll` seconds or until woken. A failing cycle is the
database gone away: the loop counts it, logs the first with its traceback, and retries with
a doubling wait (capped), so it reconnects by itself when the database is back; nothing is
lost because rows are only claimed under a lease.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import Self

import httpx

MAX_BACKOFF_SECONDS = 5.0


class PollWorker:
    """Runs `run_once` in a loop until stopped (used as an async context: background.py).

    Subclasses set `name` (the task's and the logs' name), `log` (their area's logger) and
    implement `run_once`."""

    name = "worker"
    log = logging.getLogger("oms.workers")

    def __init__(self, *, poll_seconds: float, timeout_seconds: float) -> None:
        self._poll = poll_seconds
        self._timeout = timeout_seconds  # one HTTP call's; also bounds the wait at stop
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._wakeup = asyncio.Event()
        self.failures = 0  # cycles that failed, since start
        self.last_success: float | None = None  # monotonic time of the last cycle that finished

    async def run_once(self, client: httpx.AsyncClient) -> int:
        raise NotImplementedError

    async def __aenter__(self) -> Self:
        self._task = asyncio.create_task(self._run(), name=f"oms-{self.name}-worker")
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._task is None:
            return
        # Not cancelled mid-cycle (a cancelled transaction can leave SQLite's lock held):
        # asked to finish its cycle and leave. A POST in flight is bounded by the timeout.
        self._stopping = True
        self._wakeup.set()
        try:
            await asyncio.wait_for(self._task, timeout=self._timeout + 10)
        except TimeoutError:
            self.log.warning("%s worker did not stop in time", self.name)
        self._task = None

    async def _run(self) -> None:
        wait = self._poll
        async with httpx.AsyncClient(timeout=httpx.Timeout(self._timeout), follow_redirects=False) as client:
            while not self._stopping:
                try:
                    handled = await self.run_once(client)
                    self.last_success = time.monotonic()
                    wait = self._poll
                except asyncio.CancelledError:
                    raise
                except Exception:  # the database is away: keep trying (backing off), nothing is lost
                    self.failures += 1
                    # A full traceback on the first failure; then one line per retry.
                    if wait == self._poll:
                        self.log.exception("%s worker cycle failed; retrying", self.name)
                    else:
                        self.log.warning("%s worker cycle failed again; retrying", self.name)
                    handled = 0
                    wait = min(wait * 2, MAX_BACKOFF_SECONDS)
                if handled or self._stopping:
                    continue
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wakeup.wait(), timeout=wait)


class IntervalWorker:
    """Runs `run_round` every `interval` seconds (0: never), first after one interval, until
    stopped (an async context manager, in background.py): the alert rules, the forecast
    refresh.

    A round that fails (the database dropped the session, or is away) is counted and the next
    round tries again: the database client replaces dropped sessions (services/pg_client.py),
    so the loop resumes by itself once the database answers. Stopping is not a cancel (a
    cancelled transaction can leave SQLite's lock held): a round in hand finishes first, and
    a long one may look at `stopping` between its steps.

    Subclasses set `name` and `log` and implement `run_round`, returning what to log (or None).
    """

    name = "interval"
    log = logging.getLogger("oms.workers")

    def __init__(self, interval: float) -> None:
        self._interval = interval
        self.stopping = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self.rounds = 0  # rounds that finished, since start
        self.failures = 0  # rounds that failed, since start
        self.last_error: str | None = None
        self.last_success: float | None = None  # monotonic time of the last round that finished

    async def run_round(self) -> str | None:
        raise NotImplementedError

    async def __aenter__(self) -> Self:
        if self._interval > 0:
            self._task = asyncio.create_task(self._loop(), name=f"oms-{self.name}")
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.stopping.set()
        if self._task is not None:
            await self._task
            self._task = None

    async def _loop(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stopping.wait(), timeout=self._interval)
            if self.stopping.is_set():
                return
            try:
                done = await self.run_round()
            except Exception as exc:  # the database is away: try again next round
                self.failures += 1
                self.last_error = f"{type(exc).__name__}: {exc}"
                self.log.warning("%s round failed: %s", self.name.replace("-", " "), self.last_error)
                continue
            self.rounds += 1
            self.last_error = None
            self.last_success = time.monotonic()
            if done:
                self.log.info("%s: %s", self.name.replace("-", " "), done)
