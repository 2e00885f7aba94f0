"""`oms worker`: the background loops without HTTP, beside API processes that run none
(`OMS_BACKGROUND_WORKERS=false`, `oms serve --no-background-workers`).

On PostgreSQL + Redis, two real `oms worker` processes and one API process started with the
loops off: every webhook event reaches the receiver exactly once, although both workers send
at once (the receiver holds the first requests until the other worker has sent one, so both
have deliveries in flight together), and none comes from the API; every event is sequenced
and published; reactions a crashed server left behind are done; SIGTERM stops each worker
with exit code 0. On SQLite, a worker warns that it cannot share the work, runs its loops,
and stops cleanly too. In-process, an API without the loops keeps its relay (its commits
are published at once) and reports no reaction worker in /metrics."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import threading
import uuid
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from models.access import Role
from models.catalog import Product
from models.events import OutboxEvent, ReactionJob
from models.webhooks import DeliveryStatus, WebhookDelivery, WebhookSubscription
from services.reactions import AfterCommit
from settings import ROOT, Settings
from subscriptions.topics import ORDER_STATUS_CHANGED
from tests.fixtures.backends import Backends, settings_for
from tests.fixtures.catalog import create_catalog, place
from tests.fixtures.database import make_token
from tests.fixtures.processes import OMS, oms_process, oms_worker, socket_owner
from tests.fixtures.prometheus import samples, scrape
from tests.fixtures.server import Server, free_port
from tests.fixtures.stock import USER_ERRORS, ok
from tests.fixtures.waiting import until
from tests.fixtures.webhook_receiver import Received, receiver

LOOPS = "reactions, webhooks, notifications, alert rules, forecast refresh, rollup refresh"
REACTION_WORKER_FIGURES = {"oms_reaction_worker_last_success_seconds_ago", "oms_reaction_worker_failures_total"}
WORKER_ENV = {
    "OMS_RELAY_POLL_SECONDS": "0.1",
    "OMS_REACTION_POLL_SECONDS": "0.2",
    "OMS_WEBHOOK_POLL_SECONDS": "0.1",
    # The receiver holds requests until both workers have sent one: they must not time out.
    "OMS_WEBHOOK_TIMEOUT_SECONDS": "120",
    "OMS_WEBHOOK_ALLOW_PRIVATE_ADDRESSES": "true",
}
MIN_ORDERS = 20
MAX_ORDERS = 80
SUBSCRIBE = (
    """mutation($i: WebhookSubscriptionCreateInput!) {
  webhookSubscriptionCreate(input: $i) { webhookSubscription { id } secret %s } }"""
    % USER_ERRORS
)
CANCEL = "mutation($i: OrderCancelInput!) { orderCancel(input: $i) { order { status } %s } }" % USER_ERRORS


@pytest.fixture
def settings(backends: Backends) -> Settings:
    """The in-process API of this module runs without the background loops."""
    return settings_for(backends, background_workers=False)


async def test_an_api_without_the_loops_keeps_its_relay_and_reports_no_reaction_worker(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    # When an order is placed on an API whose loops run elsewhere
    placed = await place(server, admin_token, externalRef="API-ONLY-1")
    assert placed["userErrors"] == []

    # Then its own relay (woken by the commit) sequences and publishes the events
    backlog = await until(
        lambda: OutboxEvent.filter(published=False).count(), lambda n: n == 0, what="the API's relay publishes"
    )
    ready = (await server.http.get("/readyz")).json()
    found = {name for name, _ in await scrape(server)}

    assert backlog == 0 and await OutboxEvent.filter(seq__isnull=True).count() == 0
    assert ready["status"] == "ready" and ready["checks"]["relay"] == "ok"
    assert "oms_relay_last_sequenced_seconds_ago" in found and "oms_reactions_pending" in found
    assert found & REACTION_WORKER_FIGURES == set()


async def test_a_worker_on_sqlite_warns_runs_its_loops_and_stops_on_sigterm(migrated_sqlite: Path) -> None:
    # Given a reaction a crashed server left behind (its lease ran out)
    past = (datetime.now(UTC) - timedelta(minutes=5)).isoformat(sep=" ")
    with sqlite3.connect(migrated_sqlite) as conn:
        conn.execute(
            "INSERT INTO reaction_job (kind, payload, created_at, claimed_until, attempts) VALUES (?, ?, ?, ?, 0)",
            (AfterCommit.STOCK_ARRIVED.value, json.dumps({"product_ids": [], "actor": "crashed"}), past, past),
        )
    backends = Backends(f"sqlite://{migrated_sqlite}", "memory://", None)

    # When a worker starts on the embedded default with a metrics port, is scraped, and is
    # stopped with SIGTERM
    port = free_port()
    async with oms_worker(backends, {"OMS_WORKER_METRICS_PORT": str(port)}) as worker:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            exposition = await client.get("/metrics")
            health = await client.get("/healthz")
            elsewhere = await client.get("/graphql")
        code = await worker.stop()
    with sqlite3.connect(migrated_sqlite) as conn:
        (left,) = conn.execute("SELECT COUNT(*) FROM reaction_job").fetchone()

    # Then it said what it cannot share, ran its loops (no relay on memory://), and exited 0
    assert code == 0, worker.log
    assert "warning: a separate worker needs PostgreSQL" in worker.log
    assert "warning: with OMS_BROADCAST_URL=memory://" in worker.log
    assert f"running: {LOOPS})" in worker.log
    assert worker.log.index("ordergraph worker stopping") < worker.log.index("ordergraph worker stopped")
    assert left == 0  # the reaction worker ran the job at its start
    # and its port served its own figures and the database's, its health, and nothing else
    figures = {name for name, _ in samples(exposition.text)}
    assert exposition.status_code == 200 and REACTION_WORKER_FIGURES <= figures
    assert {"oms_reactions_pending", "oms_relay_last_success_seconds_ago", "oms_uptime_seconds"} <= figures
    assert (health.status_code, health.json()) == (200, {"status": "ok"})
    assert elsewhere.status_code == 404
    assert f"worker metrics on port {port}" in worker.log


def test_a_worker_whose_metrics_port_is_taken_says_so_and_starts_nothing(migrated_sqlite: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OMS_")}
    env.update(OMS_DATABASE_URL=f"sqlite://{migrated_sqlite}", OMS_BROADCAST_URL="memory://", OMS_LOG_LEVEL="INFO")
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [OMS, "worker", "--metrics-port", str(port)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
        )

    assert done.returncode != 0
    assert f"{port}" in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert "ordergraph worker started" not in done.stderr


def test_a_worker_refuses_production_with_the_development_defaults(migrated_sqlite: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OMS_")}
    env.update(OMS_ENV="production", OMS_DATABASE_URL=f"sqlite://{migrated_sqlite}", OMS_BROADCAST_URL="memory://")

    done = subprocess.run([OMS, "worker"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False)

    # The same refusals as `oms serve`, before any loop starts
    refusals = Settings(env="production", database_url=f"sqlite://{migrated_sqlite}").production_refusals()
    assert done.returncode == 2
    assert done.stderr.splitlines() == [f"error: {refusal}" for refusal in refusals]
    assert len(refusals) == 3  # the secret, SQLite, memory://


@pytest.mark.postgres
async def test_two_workers_deliver_every_webhook_once_for_an_api_that_runs_no_loops(
    backends: Backends, database: None
) -> None:
    admin = await make_token(Role.ADMIN)
    env = {"OMS_NAMESPACE": f"oms-test-{uuid.uuid4().hex[:12]}", **WORKER_ENV}
    port = free_port()
    url = f"http://127.0.0.1:{port}/hooks"
    workers: set[int] = set()
    senders: Counter[int | None] = Counter()
    both = threading.Event()
    lock = threading.Lock()

    def hold_until_both_send(request: Received) -> None:
        owner = socket_owner(request.peer_port, workers)
        with lock:
            senders[owner] += 1
            if len(senders.keys() & workers) == 2:
                both.set()
        both.wait(timeout=120)

    async with oms_process(backends, "--no-background-workers", env=env) as api:
        await create_catalog(api, admin, stock=1000)
        await ok(
            api, admin, SUBSCRIBE, {"i": {"url": url, "topics": [ORDER_STATUS_CHANGED]}}, "webhookSubscriptionCreate"
        )
        sub = await WebhookSubscription.get(url=url)
        # Given reactions a crashed server left behind (leases run out), for both workers to race for
        products = [p.id for p in await Product.all()]
        past = datetime.now(UTC) - timedelta(minutes=5)
        for n in range(20):
            payload = {"product_ids": products[n % len(products) :], "actor": "crashed"}
            await ReactionJob.create(
                kind=AfterCommit.STOCK_ARRIVED.value, payload=payload, created_at=past, claimed_until=past
            )

        with receiver(port) as hooks:
            hooks.gate = hold_until_both_send
            async with oms_worker(backends, env) as one, oms_worker(backends, env) as two:
                workers |= {one.pid, two.pid}
                # When orders are placed on the API until both workers have had deliveries in
                # flight at once, and every other one is cancelled
                orders: list[str] = []
                while (not both.is_set() or len(orders) < MIN_ORDERS) and len(orders) < MAX_ORDERS:
                    placed = await place(api, admin, externalRef=f"W-{len(orders)}")
                    assert placed["userErrors"] == [], placed
                    orders.append(placed["order"]["id"])
                for order_id in orders[::2]:
                    await ok(api, admin, CANCEL, {"i": {"id": order_id, "reason": "changed mind"}}, "orderCancel")
                # Then everything settles: sequenced, fanned out, delivered, reactions done
                left = await until(
                    lambda: _settled(sub.id),
                    lambda r: r == {"unsequenced": 0, "unpublished": 0, "not_fanned_out": 0, "pending": 0, "jobs": 0},
                    what="everything settles",
                    within=120,
                )
                codes = [await one.stop(), await two.stop()]
                logs = [one.log, two.log]
            api_figures = {name for name, _ in await scrape(api)}

    events = await OutboxEvent.all().order_by("seq")
    hooked = [e for e in events if e.topic == ORDER_STATUS_CHANGED]
    arrived = [request.headers["x-event-id"] for request in hooks.received]
    assert left["jobs"] == 0
    assert both.is_set(), f"only {dict(senders)} sent (of {workers})"
    # Every event once: no two workers sent the same delivery, and the API sent none.
    assert sorted(Counter(arrived).items()) == sorted((f"evt_{e.seq}", 1) for e in hooked)
    assert set(senders) == workers
    assert len(hooked) == 2 * len(orders) + len(orders[::2])  # PENDING, ALLOCATED; CANCELLED
    # Gap-free sequence, all published, whichever relay numbered them.
    assert [e.seq for e in events] == list(range(1, len(events) + 1))
    assert all(e.published for e in events)
    # Per order, deliveries arrived in sequence order although two workers sent them.
    by_id = {f"evt_{e.seq}": e for e in hooked}
    arrival: dict[int, list[int]] = defaultdict(list)
    for event_id in arrived:
        arrival[by_id[event_id].aggregate_id].append(by_id[event_id].seq or 0)
    assert all(seqs == sorted(seqs) for seqs in arrival.values()), dict(arrival)
    assert await WebhookDelivery.filter(subscription_id=sub.id).exclude(status=DeliveryStatus.SUCCEEDED).count() == 0
    # Stopped by SIGTERM: exit 0, after stopping their loops.
    assert codes == [0, 0], logs
    assert all("ordergraph worker stopped" in log for log in logs)
    assert api_figures & REACTION_WORKER_FIGURES == set()


async def _settled(sub_id: int) -> dict[str, int]:
    sub = await WebhookSubscription.get(id=sub_id)
    return {
        "unsequenced": await OutboxEvent.filter(seq__isnull=True).count(),
        "unpublished": await OutboxEvent.filter(published=False).count(),
        "not_fanned_out": await OutboxEvent.filter(topic=ORDER_STATUS_CHANGED, seq__gt=sub.last_seq).count(),
        "pending": await WebhookDelivery.filter(subscription_id=sub_id, status=DeliveryStatus.PENDING).count(),
        "jobs": await ReactionJob.all().count(),
    }
