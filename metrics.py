"""/metrics: the Prometheus exposition, built with prometheus_client.

Three kinds of figure, kept apart because they add up differently across `oms serve --workers N`:

- Counted as they happen (requests by operation, their durations, GraphQL errors by code):
  counters and a histogram, incremented by the request that did it.
- This process's state (relay and reaction-worker health, bus connected, live subscribers,
  the database pool, uptime): gauges set from the objects that own the state (`Figures.sync`),
  at every scrape, and every `metrics_refresh_seconds` while several workers share the files.
  An API process whose background loops run in `oms worker` processes has no reaction worker:
  its figures are left out.
- The database's (outbox backlog and its oldest event, reactions pending): the same for every
  process, so they are read by whoever answers the scrape, and left out when the database does
  not answer within `READ_TIMEOUT`: /metrics must answer while the database is down.

Several workers: `oms serve` points PROMETHEUS_MULTIPROC_DIR at a fresh directory before the
workers start (prometheus_client's multiprocess mode); each worker writes its counters and
gauges to files there and the worker that answers a scrape adds them all up. Each gauge says
how (`multiprocess_mode`): live subscribers and pool connections are summed over the live
workers, the "seconds since" figures take the freshest worker. Process figures (CPU, memory)
are per process and are only reported with a single worker (prometheus_client's advice: in
multiprocess mode the answering worker's would pass for the whole server's).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    ProcessCollector,
    disable_created_metrics,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4, generate_latest
from prometheus_client.registry import Collector

from models.events import OutboxEvent
from request_log import Access
from resolvers.live_groups import LiveGroups
from resolvers.shared_results import SharedResults
from services import db
from services.reactions import ReactionWorker
from services.reactions import pending as pending_reactions
from settings import Settings
from subscriptions.bus import EventBus
from subscriptions.relay import OutboxRelay

log = logging.getLogger("oms.metrics")

CONTENT_TYPE = CONTENT_TYPE_PLAIN_0_0_4
# A database that hangs must not hang the scrape (the same bound as /readyz's probes).
READ_TIMEOUT = 2.0
# Operation names are the client's to choose: cut long ones, and past this many distinct names
# in one process count the rest as OTHER, so a client cannot grow the scrape without bound.
OPERATION_NAME_LENGTH = 64
MAX_OPERATION_NAMES = 500
OTHER = "OTHER"

# No `_created` series beside each counter: nothing reads them, and they double a scrape.
disable_created_metrics()
REGISTRY = CollectorRegistry()

REQUESTS = Counter(
    "oms_requests",
    "HTTP requests answered, by GraphQL operation name and type (empty for other paths) and status.",
    ["operation", "operation_type", "status"],
    registry=REGISTRY,
)
REQUEST_SECONDS = Histogram(
    "oms_request_duration_seconds",
    "Time to answer an HTTP request, by GraphQL operation name and type.",
    ["operation", "operation_type"],
    registry=REGISTRY,
)
GRAPHQL_ERRORS = Counter(
    "oms_graphql_errors", "Errors in GraphQL responses, by extensions.code.", ["code"], registry=REGISTRY
)

COMPILED = Counter(
    "oms_compiled_queries",
    "Queries whose document was compiled: served compiled (hit), handed to graphql-core (bail), "
    "or compared with graphql-core's answer (checked: compiled_check only).",
    ["outcome"],
    registry=REGISTRY,
)

UPTIME = Gauge(
    "oms_uptime_seconds", "Seconds since the youngest worker started.", registry=REGISTRY, multiprocess_mode="livemin"
)
RELAY_SINCE_SUCCESS = Gauge(
    "oms_relay_last_success_seconds_ago",
    "Seconds since a relay last sequenced and published (the freshest worker).",
    registry=REGISTRY,
    multiprocess_mode="livemin",
)
RELAY_SINCE_SEQUENCED = Gauge(
    "oms_relay_last_sequenced_seconds_ago",
    "Seconds since a relay's sequencing last committed (the freshest worker).",
    registry=REGISTRY,
    multiprocess_mode="livemin",
)
RELAY_FAILURES = Counter("oms_relay_failures", "Relay cycles that failed.", registry=REGISTRY)
BUS_CONNECTED = Gauge(
    "oms_bus_connected",
    "1 when the bus (Redis) answers every worker, else 0.",
    registry=REGISTRY,
    multiprocess_mode="livemin",
)
LIVE_SUBSCRIBERS = Gauge(
    "oms_live_subscribers", "Live subscriptions, all workers.", registry=REGISTRY, multiprocess_mode="livesum"
)
LIVE_STREAMS = Gauge(
    "oms_live_streams",
    "Live subscriptions running a source stream of their own (a bus listener), all workers; the "
    "others follow the leader of their group (oms_live_subscribers counts both).",
    registry=REGISTRY,
    multiprocess_mode="livesum",
)
WORKER_SINCE_SUCCESS = Gauge(
    "oms_reaction_worker_last_success_seconds_ago",
    "Seconds since a reaction worker last finished a round (the freshest worker).",
    registry=REGISTRY,
    multiprocess_mode="livemin",
)
WORKER_FAILURES = Counter("oms_reaction_worker_failures", "Reaction-worker rounds that failed.", registry=REGISTRY)
OVERFLOWS = Counter(
    "oms_subscriber_overflows", "Subscribers dropped because their queue overflowed.", registry=REGISTRY
)
SLOW_CONSUMERS = Counter(
    "oms_ws_slow_consumers",
    "WebSockets closed (1008) because their peer let Settings.ws_send_queue_size messages wait.",
    registry=REGISTRY,
)
LIVE_EXECUTIONS = Counter(
    "oms_live_executions",
    "Subscription events executed (the others were shared: oms_live_results_shared).",
    registry=REGISTRY,
)
LIVE_SHARED = Counter(
    "oms_live_results_shared",
    "Subscription events answered with the result executed for another subscriber of the same scope.",
    registry=REGISTRY,
)
LIVE_GROUP_DELIVERIES = Counter(
    "oms_live_group_deliveries",
    "Subscription payloads written to a follower of a group of live subscribers (its leader's, "
    "encoded once), instead of the follower running a stream of its own.",
    registry=REGISTRY,
)
LIVE_EVENT_EXECUTORS = Counter(
    "oms_live_event_executors",
    "Per-event executors built for subscription events that could be shared (a subscriber "
    "handed a result already there builds none).",
    registry=REGISTRY,
)
POOL_SIZE = Gauge(
    "oms_db_pool_size",
    "Database connections open in the pools, all workers (PostgreSQL only).",
    registry=REGISTRY,
    multiprocess_mode="livesum",
)
POOL_IN_USE = Gauge(
    "oms_db_pool_in_use",
    "Database connections lent out by the pools, all workers (PostgreSQL only).",
    registry=REGISTRY,
    multiprocess_mode="livesum",
)

_operation_names: set[str] = set()


def _operation_label(name: str | None) -> str:
    label = (name or "")[:OPERATION_NAME_LENGTH]
    if label in _operation_names or len(_operation_names) < MAX_OPERATION_NAMES:
        _operation_names.add(label)
        return label
    return OTHER


# A metric's child per label values, kept: prometheus_client's `labels()` checks and converts
# the values and takes a lock on every call (~3% of an `order(id)` request's CPU, three calls a
# request). The label values are bounded (operations by `_operation_label`, codes by ErrorCode).
_children: dict[tuple[Any, ...], Any] = {}


def _child(metric: Any, *values: str) -> Any:
    """`metric.labels(*values)` (values in the metric's label order), made once."""
    key = (metric, *values)
    child = _children.get(key)
    if child is None:
        child = _children[key] = metric.labels(*values)
    return child


def observe_request(access: Access, status: int, seconds: float) -> None:
    """request_log.RequestLog's hook: count one HTTP request once its response is sent."""
    operation = _operation_label(access.operation)
    kind = access.operation_type or ""
    _child(REQUESTS, operation, kind, str(status)).inc()
    _child(REQUEST_SECONDS, operation, kind).observe(seconds)


def count_compiled(outcome: str) -> None:
    _child(COMPILED, outcome).inc()


def count_errors(codes: Iterable[str]) -> None:
    for code in codes:
        _child(GRAPHQL_ERRORS, code).inc()


def multiprocess_dir(settings: Settings) -> Path | None:
    return Path(settings.prometheus_multiproc_dir) if settings.prometheus_multiproc_dir else None


@dataclass
class Figures:
    """One app's state figures: where they come from, and what the counters were last told."""

    settings: Settings
    bus: EventBus
    relay: OutboxRelay
    worker: ReactionWorker | None  # None: the loops run in `oms worker` processes (OMS_BACKGROUND_WORKERS)
    shared: SharedResults | None = None  # the subscription results shared in this process
    groups: LiveGroups | None = None  # the groups of live subscribers in this process
    started: float = field(default_factory=time.monotonic)
    _told: dict[str, int] = field(default_factory=dict)

    def _count_up(self, counter: Counter, key: str, total: int) -> None:
        # The relay, worker and bus keep running totals; a counter takes increments.
        counter.inc(max(total - self._told.get(key, 0), 0))
        self._told[key] = max(total, self._told.get(key, 0))

    async def sync(self) -> None:
        """Set this process's gauges and counters from the objects that own the state."""
        bus_up = await _answers(self.bus.ping)
        now = time.monotonic()
        UPTIME.set(now - self.started)
        RELAY_SINCE_SUCCESS.set(self.relay.health.since_success(now))
        RELAY_SINCE_SEQUENCED.set(self.relay.health.since_sequenced(now))
        BUS_CONNECTED.set(int(bus_up))
        followers = self.groups.followers if self.groups is not None else 0
        LIVE_SUBSCRIBERS.set(self.bus.listener_count + followers)
        LIVE_STREAMS.set(self.bus.listener_count)
        if self.worker is not None:
            WORKER_SINCE_SUCCESS.set(now - (self.worker.last_success or self.started))
            self._count_up(WORKER_FAILURES, "worker", self.worker.failures)
        self._count_up(RELAY_FAILURES, "relay", self.relay.health.failures)
        self._count_up(OVERFLOWS, "overflows", self.bus.overflows)
        if self.shared is not None:
            self._count_up(LIVE_EXECUTIONS, "executions", self.shared.executions)
            self._count_up(LIVE_SHARED, "shared", self.shared.reused)
            self._count_up(LIVE_EVENT_EXECUTORS, "event_executors", self.shared.event_executors)
        if self.groups is not None:
            self._count_up(LIVE_GROUP_DELIVERIES, "group_deliveries", self.groups.deliveries)
        pool = db.pool_usage()
        if pool is not None:
            POOL_SIZE.set(pool[0])
            POOL_IN_USE.set(pool[1])

    @contextlib.asynccontextmanager
    async def kept_fresh(self) -> AsyncIterator[None]:
        """For the lifespan: with several workers, each one's figures are refreshed on a timer
        (a scrape reaches one worker only); this worker's files go when it stops."""
        directory = multiprocess_dir(self.settings)
        if directory is None:
            yield
            return
        task = asyncio.create_task(self._refresh_forever(), name="oms-metrics-refresh")
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            multiprocess.mark_process_dead(os.getpid(), str(directory))

    async def _refresh_forever(self) -> None:
        while True:
            try:
                await self.sync()
            except Exception:  # a figure that cannot be read must not stop the others' refresh
                log.warning("metrics refresh failed", exc_info=True)
            await asyncio.sleep(self.settings.metrics_refresh_seconds)

    async def render(self) -> bytes:
        """The exposition for GET /metrics."""
        database = await _database_figures()
        await self.sync()  # after the database read, so that the pool it used is counted
        directory = multiprocess_dir(self.settings)
        source: CollectorRegistry = REGISTRY
        process = b""
        if directory is None:
            process = generate_latest(_PROCESS)
        else:
            _forget_dead_workers(directory)
            source = CollectorRegistry()
            multiprocess.MultiProcessCollector(source, path=str(directory))
        if self.worker is None:
            # No reaction worker here (`oms worker` processes run it): its figures are left
            # out, not reported as a worker that "last succeeded 0 s ago" and never failed.
            source = _leaving_out(source, REACTION_WORKER_FIGURES)
        return generate_latest(source) + process + generate_latest(database)


_PROCESS = CollectorRegistry()
ProcessCollector(registry=_PROCESS)


REACTION_WORKER_FIGURES = frozenset({"oms_reaction_worker_last_success_seconds_ago", "oms_reaction_worker_failures"})


def _leaving_out(source: CollectorRegistry, names: frozenset[str]) -> CollectorRegistry:
    registry = CollectorRegistry()
    registry.register(_Fixed([metric for metric in source.collect() if metric.name not in names]))
    return registry


class _Fixed(Collector):
    def __init__(self, metrics: list[Metric]) -> None:
        self._metrics = metrics

    def collect(self) -> Iterable[Metric]:
        return self._metrics


async def _answers(check: object) -> bool:
    try:
        await asyncio.wait_for(check(), READ_TIMEOUT)  # type: ignore[operator]
        return True
    except Exception:  # a figure, not a failure: the bus is reported as not connected
        return False


async def _database_figures() -> CollectorRegistry:
    """The outbox backlog, its oldest event's age and the reactions pending; none of them
    when the database does not answer (an outage must not take /metrics down with it)."""
    registry = CollectorRegistry()

    async def read() -> tuple[int, float, int]:
        backlog = await OutboxEvent.filter(published=False).count()
        oldest = await OutboxEvent.filter(published=False).order_by("id").first().values("occurred_at")
        age = (datetime.now(UTC) - oldest["occurred_at"]).total_seconds() if oldest else 0.0
        return backlog, max(age, 0.0), await pending_reactions()

    try:
        backlog, age, reactions = await asyncio.wait_for(read(), READ_TIMEOUT)
    except Exception as exc:  # left out of the scrape; /readyz says why
        log.warning("metrics: database figures unavailable: %s", type(exc).__name__)
        return registry
    registry.register(
        _Fixed(
            [
                GaugeMetricFamily("oms_outbox_backlog", "Outbox events not yet published.", value=backlog),
                GaugeMetricFamily(
                    "oms_outbox_oldest_unpublished_seconds",
                    "Age of the oldest unpublished outbox event: how far the relay is behind.",
                    value=age,
                ),
                GaugeMetricFamily("oms_reactions_pending", "Durable reactions waiting to run.", value=reactions),
            ]
        )
    )
    return registry


def _forget_dead_workers(directory: Path) -> None:
    """A worker that was killed could not remove its live gauges: drop those of gone pids."""
    for path in directory.glob("gauge_live*_*.db"):
        pid = int(path.stem.rpartition("_")[2])
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            multiprocess.mark_process_dead(pid, str(directory))
        except PermissionError:
            continue
