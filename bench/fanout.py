"""`oms bench --fanout`: order status changes delivered to many live WebSocket subscribers.

A fresh PostgreSQL database (bench/seed.sql), `oms serve` with Redis (`--workers`), and
`--subscribers` graphql-transport-ws connections from this process, each subscribed to
`orderStatusChanged` (with the order, its customer and lines). Then `--events` status changes,
one at a time (orderHold / orderRelease over HTTP), each sent once every subscriber has the
previous one. Reported: event-to-receipt latency over every delivery (receipt time less the
event's `occurredAt`, written in the transaction: commit, relay, Redis, the worker's reads
and encoding, the socket and this client's own parsing), p50/p99/max; and the server's RSS
(all its processes) before and after the subscriptions open, per idle subscription; the
server's CPU time over the events per delivery (all its processes: what a subscriber costs
it, less noisy than latency on a shared machine) and this client's CPU time over the
events as a share of one core (near 1.0, the client would be the bottleneck).

Then the same against the raw baseline (bench/raw_fanout.py: a starlette WebSocket broadcast
of the same frame, one asyncpg transaction and a Redis publish per event), same workers,
same database, same client; `ratio_p50`/`ratio_p99` are Ordergraph's over the baseline's.

The client shares the machine's cores with the server: at high subscriber counts its own
receive loop is part of the latency measured. Compare runs made side by side.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import statistics
import tempfile
import time
import urllib.request
from datetime import datetime
from pathlib import Path
from typing import Any

import websockets

from bench.http import (
    BIN,
    _cpu_seconds,
    _process,
    _wait_ready,
    seeded_database,
)
from bench.queries import global_id

SUBSCRIPTION = (
    "subscription { orderStatusChanged { occurredAt status "
    "order { id number status customer { email } lines { sku quantity } } } }"
)
HOLD = "mutation($i: OrderHoldInput!) { orderHold(input: $i) { userErrors { code } } }"
RELEASE = "mutation($i: OrderReleaseInput!) { orderRelease(input: $i) { userErrors { code } } }"


def _tree_pids(pid: int) -> list[int]:
    """A process and its descendants (uvicorn's workers)."""
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                stack += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue
    return found


def _tree_cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and its descendants so far."""
    total = 0.0
    for current in _tree_pids(pid):
        with contextlib.suppress(FileNotFoundError, ProcessLookupError):
            total += _cpu_seconds(current)
    return total


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and its descendants (uvicorn's workers), MB."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{current}/task").iterdir():
                stack += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total / 1024


def _gql(url: str, token: str, query: str, variables: dict[str, Any]) -> dict[str, Any]:
    request = urllib.request.Request(
        url + "/graphql",
        data=json.dumps({"query": query, "variables": variables}).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        body: dict[str, Any] = json.loads(response.read())
    return body


def _live(url: str, raw: bool) -> float:
    if raw:
        return float(urllib.request.urlopen(url + "/live", timeout=30).read())
    text = urllib.request.urlopen(url + "/metrics", timeout=30).read().decode()
    return float(next(line.split()[1] for line in text.splitlines() if line.startswith("oms_live_subscribers ")))


async def _subscriber(ws_url: str, token: str | None, ready: asyncio.Event, got: list[list[float]], index: int) -> None:
    """One subscriber; with no token, the raw baseline's socket (it just broadcasts)."""
    async with websockets.connect(ws_url, subprotocols=["graphql-transport-ws"], max_queue=None) as ws:  # type: ignore[list-item]
        if token is not None:
            await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}))
            assert json.loads(await ws.recv())["type"] == "connection_ack"
            await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": SUBSCRIPTION}}))
        ready.set()
        while True:
            message = json.loads(await ws.recv())
            if message["type"] == "ping":
                await ws.send(json.dumps({"type": "pong"}))
                continue
            if message["type"] != "next":
                raise RuntimeError(f"subscriber {index}: {message}")
            event = message["payload"]["data"]["orderStatusChanged"]
            got[index].append(time.time() - datetime.fromisoformat(event["occurredAt"]).timestamp())


def _raw_event(url: str, n: int) -> None:
    status = "ON_HOLD" if n % 2 == 0 else "ALLOCATED"
    request = urllib.request.Request(
        url + "/event",
        data=json.dumps({"order_id": 1, "status": status}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        response.read()


async def _drive(url: str, token: str | None, subscribers: int, events: int, pid: int) -> dict[str, Any]:
    """Open the subscribers, then the events one at a time; with no token, the raw baseline."""
    ws_url = url.replace("http://", "ws://") + "/graphql"
    before_mb = _tree_rss_mb(pid)
    got: list[list[float]] = [[] for _ in range(subscribers)]
    tasks = []
    for i in range(subscribers):
        ready = asyncio.Event()
        tasks.append(asyncio.create_task(_subscriber(ws_url, token, ready, got, i)))
        await ready.wait()
    while _live(url, token is None) < subscribers:  # noqa: ASYNC110 (the server's gauge, polled)
        await asyncio.sleep(0.1)
    await asyncio.sleep(2)  # settle: the sockets are idle
    idle_mb = _tree_rss_mb(pid)
    order_id = global_id("Order", 1)

    async def event(n: int) -> None:
        """Status change n (hold, release, hold, ...), once every subscriber has it."""
        if token is None:
            await asyncio.to_thread(_raw_event, url, n)
        else:
            document, variables = (
                (HOLD, {"i": {"id": order_id, "reason": "bench"}}) if n % 2 == 0 else (RELEASE, {"i": {"id": order_id}})
            )
            body = await asyncio.to_thread(_gql, url, token, document, variables)
            assert "errors" not in body, body
        deadline = time.monotonic() + 60
        while any(len(g) <= n for g in got):
            if time.monotonic() > deadline:
                raise RuntimeError(f"event {n}: {sum(len(g) > n for g in got)} of {subscribers} received")
            for task in tasks:
                if task.done():
                    task.result()
            await asyncio.sleep(0.005)

    # One event first, on both sides, not measured: the first after start-up pays one-time
    # costs (statement preparation, caches filling) that no later event pays.
    await event(0)
    # This client is the instrument: a collection of its own heap (1,000 sockets' worth of
    # objects) in the middle of an event showed as one event arriving ~50 ms late at every
    # subscriber while the server had written it out in time (both sides, either one).
    gc.collect()
    gc.disable()
    # CPU over the events: the server's (per delivery: what a subscriber costs it) and this
    # client's (a share of one core near 1.0 would make the client the bottleneck).
    server_cpu, client_cpu, wall = _tree_cpu_seconds(pid), time.process_time(), time.monotonic()
    for n in range(1, events + 1):
        await event(n)
    server_cpu = _tree_cpu_seconds(pid) - server_cpu
    gc.enable()
    client_cpu, wall = time.process_time() - client_cpu, time.monotonic() - wall
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    latencies = sorted(ms * 1000 for g in got for ms in g[1:])  # without the warm-up event
    first = sorted(g[0] * 1000 for g in got)
    return {
        "first_event_p99_ms": first[min(len(first) - 1, int(len(first) * 0.99))],
        "deliveries": len(latencies),
        "p50_ms": statistics.median(latencies),
        "p99_ms": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        "max_ms": latencies[-1],
        "rss_before_mb": before_mb,
        "rss_idle_mb": idle_mb,
        "kb_per_idle_subscription": (idle_mb - before_mb) * 1024 / subscribers,
        "server_cpu_us_per_delivery": server_cpu * 1e6 / (events * subscribers),
        "client_cpu_share": client_cpu / wall,
    }


def run(*, subscribers: int = 200, events: int = 20, workers: int = 1, orders: int = 1000) -> dict[str, Any]:
    with seeded_database(
        orders,
        OMS_WS_CONNECTIONS_PER_ADDRESS=str(subscribers + 10),
        OMS_WS_CONNECTIONS_PER_TOKEN=str(subscribers + 10),
    ) as seeded:
        env, token = seeded.env, seeded.token
        with tempfile.TemporaryDirectory() as tmp:
            args = [str(BIN / "oms"), "serve", "--port", "18791", "--workers", str(workers)]
            with _process(args, env, Path(tmp) / "oms.log") as proc:
                url = "http://127.0.0.1:18791"
                _wait_ready(url, proc)
                ours = asyncio.run(_drive(url, token, subscribers, events, proc.pid))
            raw_env = {
                **env,
                "RAW_DSN": seeded.database_url.replace("postgres://", "postgresql://", 1),
                "RAW_REDIS": env["OMS_BROADCAST_URL"],
                "RAW_CHANNEL": f"{seeded.name}-raw",
            }
            args = [str(BIN / "python"), "-m", "uvicorn", "bench.raw_fanout:app", "--port", "18792"]
            args += ["--workers", str(workers), "--ws", "websockets-sansio", "--ws-per-message-deflate", "false"]
            args += ["--log-level", "warning", "--no-access-log"]
            with _process(args, raw_env, Path(tmp) / "raw.log") as proc:
                url = "http://127.0.0.1:18792"
                _wait_ready(url, proc)
                raw = asyncio.run(_drive(url, None, subscribers, events, proc.pid))
    result: dict[str, Any] = {f"oms_{key}": value for key, value in ours.items()}
    result.update({f"raw_{key}": value for key, value in raw.items() if key != "deliveries"})
    result.update(
        ratio_p50=ours["p50_ms"] / raw["p50_ms"],
        ratio_p99=ours["p99_ms"] / raw["p99_ms"],
        subscribers=subscribers,
        events=events,
        workers=workers,
    )
    return result
