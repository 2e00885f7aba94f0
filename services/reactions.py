"""Reactions: what one domain does when another's state changes, without calling upward.

Two kinds, both wired in `services.wiring` (the only module that knows who reacts to what):

* **Within the transaction** (`within` / `run_within`): the reaction's writes commit or
  roll back with their cause. "Low stock" drafts a purchase order this way.
* **After commit, durably** (`after_commit` / `enqueue`): the cause records a job row in its
  own transaction; once it commits, the same process runs the job and deletes it. A job
  whose process died first (or whose reaction failed) stays, and `ReactionWorker` (in every
  process that runs the background loops, background.py) runs it again once its lease has
  run out, at start-up included.
  Reactions are idempotent, so running one twice is harmless. "Stock arrived" (fill
  backorders) and "units short" (source the order again) work this way.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from models.catalog import Channel
from models.events import ReactionJob
from models.orders import Order
from services.uow import on_commit

log = logging.getLogger("oms.reactions")


class Within(StrEnum):
    """Reactions run inside the cause's transaction."""

    LOW_STOCK = "stock.low"  # subject: the StockRow that crossed to low stock
    DROP_SHIP_ROUTED = "order.drop_ship_routed"  # subject: allocation.DropShipRouted (order + lines)
    ORDER_CANCELLED = "order.cancelled"  # subject: the Order just moved to CANCELLED
    ORDER_PLACED = "order.placed"  # subject: OrderPlaced (the order, its customer's email, its channel)
    SHIPMENT_MOVED = "shipment.moved"  # subject: the Shipment just moved to a new status
    # subject: the id of an order whose report figures changed without an order event
    # (a return requested, a refund recorded)
    ORDER_FIGURES_CHANGED = "order.figures_changed"


@dataclass(frozen=True)
class OrderPlaced:
    """What placing an order tells its followers: all of it already in memory, so a follower
    that has nothing to do for this channel costs no statement."""

    order: Order
    email: str
    channel: Channel


class AfterCommit(StrEnum):
    """Reactions run after the cause's commit, from a durable job row."""

    STOCK_ARRIVED = "stock.arrived"  # {"product_ids": [...], "actor": str}
    UNITS_SHORT = "order.units_short"  # {"order_id": int, "actor": str}; short pick or count


InTransaction = Callable[[BaseDBAsyncClient, Any], Awaitable[object]]
Job = Callable[[dict[str, Any]], Awaitable[object]]

_within: dict[Within, list[InTransaction]] = {}
_after: dict[AfterCommit, Job] = {}

LEASE = timedelta(seconds=30)


def within(kind: Within, reaction: InTransaction) -> None:
    handlers = _within.setdefault(kind, [])
    if reaction not in handlers:
        handlers.append(reaction)


def after_commit(kind: AfterCommit, reaction: Job) -> None:
    _after[kind] = reaction


def wired(kind: AfterCommit) -> bool:
    return kind in _after


async def run_within(kind: Within, conn: BaseDBAsyncClient, subject: object) -> None:
    for reaction in _within.get(kind, []):
        await reaction(conn, subject)


async def enqueue(kind: AfterCommit, payload: dict[str, Any], *, conn: BaseDBAsyncClient) -> None:
    """Record a reaction in the caller's transaction; it runs once that commits."""
    if kind not in _after:
        # A cause without its reaction would be lost work: refuse rather than forget.
        raise RuntimeError(f"no reaction wired for {kind.value}: call services.wiring.wire() at start-up")
    now = datetime.now(UTC)
    job = await ReactionJob.create(
        kind=kind.value, payload=payload, created_at=now, claimed_until=now + LEASE, using_db=conn
    )
    on_commit(lambda: _run(job, claimed=True))


async def _claim(job: ReactionJob, lease: timedelta, *, expired_only: bool) -> bool:
    now = datetime.now(UTC)
    query = ReactionJob.filter(id=job.id)
    if expired_only:
        query = query.filter(claimed_until__lt=now)
    claimed = await query.update(claimed_until=now + lease, attempts=job.attempts + 1)
    return claimed == 1


async def _run(job: ReactionJob, *, claimed: bool, lease: timedelta = LEASE, expired_only: bool = True) -> bool:
    """Run one job (claiming it first unless this process holds its lease); True when done."""
    if not claimed and not await _claim(job, lease, expired_only=expired_only):
        return False  # another process took it (or finished it)
    try:
        await _after[AfterCommit(job.kind)](job.payload)
    except Exception as exc:  # the cause is committed: keep the job for the worker, do not fail the caller
        log.exception("reaction %s #%s failed; it will be retried", job.kind, job.id)
        with contextlib.suppress(Exception):
            await ReactionJob.filter(id=job.id).update(last_error=f"{type(exc).__name__}: {exc}"[:2000])
        return False
    await ReactionJob.filter(id=job.id).delete()
    return True


async def run_due(*, lease: timedelta = LEASE, limit: int = 100, everything: bool = False) -> int:
    """Run the jobs whose lease has run out (their process died, or they failed); returns
    how many completed. `everything`: leases aside (start-up: a job may belong to a process
    that just died; if its owner is alive after all, running it twice is harmless)."""
    query = ReactionJob.all() if everything else ReactionJob.filter(claimed_until__lt=datetime.now(UTC))
    done = 0
    for job in await query.order_by("id").limit(limit):
        done += int(await _run(job, claimed=False, lease=lease, expired_only=not everything))
    return done


async def pending() -> int:
    return await ReactionJob.all().count()


class ReactionWorker:
    """Runs due jobs at start-up and then every `poll_seconds` (an async context manager).

    A round that fails (the database dropped the session, or is away) is counted and the
    next round tries again: the database client replaces dropped sessions
    (services/pg_client.py), so the worker resumes by itself once the database answers.
    """

    def __init__(self, *, poll_seconds: float, lease: timedelta = LEASE) -> None:
        self._poll_seconds = poll_seconds
        self._lease = lease
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self.last_error: str | None = None
        self.failures = 0  # rounds that failed, since start (for /metrics)
        self.last_success: float | None = None  # monotonic time of the last round that finished

    async def __aenter__(self) -> ReactionWorker:
        # Finish what a previous run of this server committed and did not get to.
        try:
            await run_due(lease=self._lease, limit=10_000, everything=True)
        except Exception as exc:  # no database yet: the loop keeps trying
            self.last_error = f"{type(exc).__name__}: {exc}"
        self._task = asyncio.create_task(self._loop(), name="oms-reaction-worker")
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._stop.set()
        if self._task is not None:
            await self._task
            self._task = None

    async def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                while await run_due(lease=self._lease):
                    if self._stop.is_set():
                        return
                self.last_error = None
                self.last_success = time.monotonic()
            except Exception as exc:  # the database is away: try again next round
                self.failures += 1
                self.last_error = f"{type(exc).__name__}: {exc}"
                log.warning("reaction worker round failed: %s", self.last_error)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), timeout=self._poll_seconds)
