"""The outbox relay: sequences committed events and publishes them to the bus.

Sequencing runs under a lock (an advisory lock on PostgreSQL, so several worker
processes can each run a relay) and commits before anything is published: a subscriber
that sees `seq = n` on the bus can always read every `seq < n` from the database.
Publishing is at least once; consumers dedupe by `seq`.

The relay outlives its dependencies. A cycle that fails (the database dropped the session,
Redis is away, another process holds the sequencing lock too long) is retried with
backoff, forever; the database client replaces dropped sessions (services/pg_client.py).
Sequencing needs only the database and publishing only the bus, and each is tracked on
its own (`RelayHealth`): with Redis down, events are still sequenced (subscribers replay
them from the table) and published once it is back; /readyz fails the `relay` check only
when sequencing itself has not advanced for `relay_stall_seconds` while events wait.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tortoise import connections
from tortoise.transactions import in_transaction

from models.events import OutboxEvent
from subscriptions.envelope import encode_stored

if TYPE_CHECKING:
    from subscriptions.bus import EventBus

log = logging.getLogger("oms.relay")

BATCH = 500
# How soon a relay that just moved events looks again once it has caught up (doubling per
# empty cycle up to the idle poll, `relay_poll_seconds`).
BUSY_POLL_SECONDS = 0.005
ADVISORY_LOCK_KEY = 0x0D5E_0001
_current: OutboxRelay | None = None
_OCCURRED_AT = OutboxEvent._meta.fields_map["occurred_at"]


def wake() -> None:
    """Tell this process's relay that something was committed (no-op without one)."""
    if _current is not None:
        _current.wake()


@dataclass
class RelayHealth:
    """What /readyz and /metrics say about this process's relay (monotonic clock)."""

    started: float = field(default_factory=time.monotonic)
    last_sequenced: float | None = None  # the last cycle whose sequencing committed
    last_success: float | None = None  # the last cycle that sequenced and published
    failures: int = 0  # cycles that failed, since start
    last_error: str | None = None

    def since_success(self, now: float | None = None) -> float:
        return (now or time.monotonic()) - (self.last_success or self.started)

    def since_sequenced(self, now: float | None = None) -> float:
        return (now or time.monotonic()) - (self.last_sequenced or self.started)


class OutboxRelay:
    def __init__(self, bus: EventBus, *, poll_seconds: float, lock_timeout_seconds: float = 5.0) -> None:
        self._bus = bus
        self._poll_seconds = poll_seconds
        self._lock_timeout_seconds = lock_timeout_seconds
        self.health = RelayHealth()
        self._wakeup = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    async def start(self) -> None:
        global _current
        _current = self
        self._task = asyncio.create_task(self._run(), name="oms-outbox-relay")

    async def __aenter__(self) -> OutboxRelay:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def stop(self) -> None:
        global _current
        if _current is self:
            _current = None
        if self._task is not None:
            # Never cancel mid-cycle: a cancelled transaction can leave the SQLite
            # client's lock held. Ask the loop to finish its cycle and leave.
            self._stopping = True
            self._wakeup.set()
            try:
                await asyncio.wait_for(self._task, timeout=10)
            except TimeoutError:
                log.warning("outbox relay did not stop in time")
            self._task = None
        # Publish what is already committed so a clean shutdown leaves nothing behind.
        with contextlib.suppress(Exception):
            await self.run_once()

    def wake(self) -> None:
        self._wakeup.set()

    async def _run(self) -> None:
        wait = self._poll_seconds
        failing = False
        woken = True  # the first cycle is a whole one
        while not self._stopping:
            # Cleared before the cycle, not after it: a commit that wakes us while the
            # cycle runs (after its SELECT) must start the next cycle at once, not wait
            # out the idle poll.
            self._wakeup.clear()
            try:
                # A poll nobody asked for (no commit of this process woke it) looks first, in
                # one indexed read without a transaction or the lock, whether any event waits:
                # a whole cycle is six round trips, and a relay polls after every batch it
                # moved, doubling its wait from 5 ms (~7 polls an order when orders come a
                # few tenths of a second apart).
                if woken or failing or await anything_waiting():
                    moved = await self.run_once()
                else:
                    moved = 0
                    self.health.last_sequenced = self.health.last_success = time.monotonic()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the bus or the database is down: keep trying, lose nothing
                self.health.failures += 1
                self.health.last_error = f"{type(exc).__name__}: {exc}"[:500]
                # A full traceback on the first failure; then one line per retry.
                if not failing:
                    log.exception("outbox relay cycle failed; retrying")
                    wait = self._poll_seconds
                else:
                    log.warning("outbox relay cycle failed again (%s); retrying", self.health.last_error)
                    wait = min(wait * 2, 5.0)
                failing, moved = True, 0
            else:
                # Commits in other processes do not wake this relay (a worker host's relay
                # is told of none). While events flow, look again soon after catching up;
                # back off to the idle poll while nothing comes. A relay that caught up
                # waited a whole poll before: with the writers on other hosts that capped
                # the live rate (bench/relay.py).
                wait = min(BUSY_POLL_SECONDS if moved else wait * 2, self._poll_seconds)
                failing = False
            # A whole batch: more may wait, look again at once. Anything committed in this
            # process while the cycle ran has set the wake-up, so the wait below returns at once.
            woken = moved >= BATCH or self._stopping
            if woken:
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wakeup.wait(), timeout=wait)
                woken = True

    async def run_once(self) -> int:
        """Sequence and publish one batch; returns how many events were published."""
        await sequence_pending(lock_timeout_seconds=self._lock_timeout_seconds)
        self.health.last_sequenced = time.monotonic()
        published = await self._publish_sequenced()
        self.health.last_success = time.monotonic()
        self.health.last_error = None
        return published

    async def _publish_sequenced(self) -> int:
        conn = connections.get("default")
        rows = await conn.execute_query_dict(
            "SELECT seq, topic, aggregate_type, aggregate_id, payload, occurred_at FROM outbox_event "
            f"WHERE published = false AND seq IS NOT NULL ORDER BY seq LIMIT {BATCH}"
        )
        if not rows:
            return 0
        # One message for the batch, then one UPDATE: per-event round trips capped the relay
        # at ~700 events/s, a pipeline of one PUBLISH per event at ~3,500 with writers busy
        # (bench/RESULTS.md). Payloads go out as the JSON text the database holds.
        when = _OCCURRED_AT.to_python_value
        await self._bus.publish_encoded(
            [
                encode_stored(
                    seq=row["seq"],
                    topic=row["topic"],
                    aggregate_type=row["aggregate_type"],
                    aggregate_id=row["aggregate_id"],
                    payload_json=row["payload"] if isinstance(row["payload"], str) else json.dumps(row["payload"]),
                    occurred_at=when(row["occurred_at"]),
                )
                for row in rows
            ]
        )
        await _mark_published(rows[0]["seq"], rows[-1]["seq"])
        return len(rows)


async def _mark_published(first: int, last: int) -> None:
    """Mark the rows this cycle published: every unpublished row in [first, last] was in its
    SELECT (sequence numbers are gap-free and were all committed before `last` was)."""
    update = (
        f"UPDATE outbox_event SET published = true WHERE seq BETWEEN {int(first)} AND {int(last)} AND NOT published"
    )
    conn = connections.get("default")
    if conn.capabilities.dialect != "postgres":
        await conn.execute_query(update)
        return
    # Without waiting for the WAL flush: a mark lost in a crash only publishes those events
    # again (at least once; subscribers skip a seq they have seen), and the relay's commits
    # then leave the disk's flushes to the writers (bench/relay.py, one event a transaction).
    # One implicit transaction, so SET LOCAL ends with it.
    await conn.execute_script(f"SET LOCAL synchronous_commit = off; {update}")


async def anything_waiting() -> bool:
    """Whether any event is still to be sequenced or published (unsequenced ones are
    unpublished too): the (published, seq) index's first entry, no lock."""
    conn = connections.get("default")
    return bool(await conn.execute_query_dict("SELECT 1 AS waiting FROM outbox_event WHERE published = false LIMIT 1"))


async def sequence_pending(*, lock_timeout_seconds: float = 5.0) -> int:
    """Give committed, unsequenced events the next sequence numbers, in commit order."""
    async with in_transaction() as conn:
        if conn.capabilities.dialect == "postgres":
            # Another relay holds the lock for milliseconds; one that holds it longer is
            # stuck (a frozen process, a session left idle in its transaction). Give up
            # after the timeout, so this cycle fails, is counted and retried, instead of
            # waiting forever while /readyz still says "ready".
            # One round trip: the timeout set (SET LOCAL's set_config) in a CTE computed
            # before the lock is asked for.
            await conn.execute_query(
                "WITH timeout AS MATERIALIZED (SELECT set_config('lock_timeout', $1, true)) "
                "SELECT pg_advisory_xact_lock($2) FROM timeout",
                [str(int(lock_timeout_seconds * 1000)), ADVISORY_LOCK_KEY],
            )
        # One statement for the batch: number the oldest unsequenced rows after the
        # highest seq so far, in id order.
        sequenced = await conn.execute_query_dict(
            "WITH pending AS ("
            f"  SELECT id, row_number() OVER (ORDER BY id) AS n FROM outbox_event WHERE seq IS NULL ORDER BY id LIMIT {BATCH}"
            "), top AS (SELECT COALESCE(MAX(seq), 0) AS top FROM outbox_event) "
            "UPDATE outbox_event SET seq = top.top + pending.n FROM pending, top "
            "WHERE outbox_event.id = pending.id RETURNING outbox_event.id"
        )
        return len(sequenced)
