"""`oms bench`: the benchmarks in bench/ (registered on the `oms` command by cli.py; each
scenario module is imported only when asked for, so the CLI starts without them)."""

from __future__ import annotations

import asyncio

import typer

from settings import load_settings


def bench(
    orders: int = typer.Option(200, help="Orders per side."),
    limits: bool = typer.Option(False, "--limits", help="Rate-limit checks on Redis against a bare PING instead."),
    http: bool = typer.Option(False, "--http", help="The API over HTTP (wrk) against a raw starlette + asyncpg app."),
    relay: bool = typer.Option(
        False, "--relay", help="Events/s the outbox relay sequences and publishes (bench/relay.py)."
    ),
    dataset: int = typer.Option(20000, help="--http: orders seeded (3 lines each)."),
    seconds: int = typer.Option(10, help="--http: seconds per wrk round."),
    rounds: int = typer.Option(3, help="--http: interleaved rounds per side."),
    cpu: bool = typer.Option(
        False, "--cpu", help="CPU time per request of the --http documents, in-process, one at a time (bench/cpu.py)."
    ),
    fanout: bool = typer.Option(
        False, "--fanout", help="Order status changes to many WebSocket subscribers (bench/fanout.py)."
    ),
    subscribers: int = typer.Option(200, help="--fanout: live subscriptions."),
    events: int = typer.Option(20, help="--fanout: status changes, one at a time."),
    workers: int = typer.Option(1, help="--fanout: server worker processes."),
    import_: bool = typer.Option(
        False, "--import", help="oms import orders (single-line orders) against raw multi-row SQL inserts."
    ),
    reports: bool = typer.Option(False, "--reports", help="Analytics reports against plain SQL (bench/reports.py)."),
    writes: bool = typer.Option(
        False, "--writes", help="orderCreate over HTTP, and 500 orders at once on one SKU (bench/writes.py)."
    ),
    peer: str | None = typer.Option(
        None,
        "--peer",
        help="The 20-order admin list against a peer server running here at this URL (bench/peer.py; --peer-pid, --peer-lua).",
    ),
    peer_pid: int = typer.Option(0, help="--peer: the peer server's process id (its CPU time is read)."),
    peer_lua: str = typer.Option("", help="--peer: the wrk Lua script of the peer's request."),
    profile: str | None = typer.Option(
        None,
        help="--http: py-spy raw profiles (NAME-order.txt, NAME-orders.txt) written next to this path; --writes: of orderCreate, to this path.",
    ),
) -> None:
    """orderCreate throughput against a raw-SQL baseline on the same database (a scratch
    SQLite file, or OMS_BENCH_DATABASE_URL, e.g. a scratch PostgreSQL database); with
    --limits, what a shared rate-limit check costs against a Redis round trip; with --http,
    the API over HTTP against a raw baseline on a fresh PostgreSQL database (bench/http.py);
    with --relay, the outbox relay's events per second (bench/relay.py, --dataset events);
    with --fanout, status changes to many WebSocket subscribers (bench/fanout.py); with --cpu,
    CPU time per request of the --http documents, in-process (bench/cpu.py); with --reports,
    each analytics report on the configured database against the same aggregate in plain SQL;
    with --writes, orderCreate over HTTP and 500 concurrent orders on one SKU with 100 units,
    against one asyncpg transaction doing the same writes (bench/writes.py)."""
    if peer:
        from pathlib import Path

        from bench.peer import run as run_peer

        for key, value in run_peer(
            url=peer, pid=peer_pid, lua=Path(peer_lua), orders=dataset, seconds=seconds, rounds=rounds
        ).items():
            typer.echo(f"{key}: {value}")
        return
    if reports:
        from bench.reports import run as run_reports
        from bench.reports import table

        typer.echo(table(run_reports()))
        return
    if writes:
        from pathlib import Path

        from bench.writes import run as run_writes

        run_writes(seconds=seconds, rounds=rounds, profile=Path(profile) if profile else None)
        return
    if http:
        from pathlib import Path

        from bench.http import run as run_http

        run_http(orders=dataset, seconds=seconds, rounds=rounds, profile=Path(profile) if profile else None)
        return
    if cpu:
        from bench.cpu import run as run_cpu

        result = run_cpu()
    elif fanout:
        from bench.fanout import run as run_fanout

        result = run_fanout(subscribers=subscribers, events=events, workers=workers)
    elif relay:
        from bench.relay import run as run_relay

        result = run_relay(events=dataset, writers=4)
    elif import_:
        from bench.order_import import run as run_import

        result = asyncio.run(run_import(orders, load_settings().bench_database_url))
    elif limits:
        from bench.rate_limits import run as run_limits

        url = load_settings().broadcast_url
        result = asyncio.run(run_limits(redis_url=url if url.startswith("redis") else "redis://127.0.0.1:6379"))
    else:
        from bench.order_create import run

        result = asyncio.run(run(orders, load_settings().bench_database_url))
    for key, value in result.items():
        typer.echo(f"{key:24} {value:10.2f}")
