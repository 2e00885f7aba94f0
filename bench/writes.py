"""`oms bench --writes`: orderCreate over HTTP, and 500 orders at once on one SKU, against a
raw baseline in the same run (issue 16's scenarios 3 and 4).

A fresh PostgreSQL database (as bench/http.py), migrated, with a channel, a warehouse and
three products stocked without limit, and one product of 100 units per contention round and
side. Both servers get the same GraphQL document (bench/queries.py ORDER_CREATE); the raw one
(bench/raw_app.py + bench/raw_writes.py) does the same writes in one asyncpg transaction.

1. **orderCreate, 3 lines** (1 worker each): wrk at 16 connections in interleaved rounds, each
   request a new order (the Lua script numbers them); req/s, latency, server CPU per request,
   and statements per request from a counting pass.
2. **Contention** (2 workers each): 500 connections opened first, then 500 orderCreate
   requests of one unit of the same SKU, which has 100 units, sent at once; latency of each
   (send to the last byte), orders/s over the burst, and the outcome: exactly 100 orders
   ALLOCATED and 400 BACKORDERED, and 100 units reserved in the database, or the run fails.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import tempfile
import time
import urllib.request
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import asyncpg

from bench.http import (
    BIN,
    END,
    HERE,
    ROOT,
    START,
    TICKS,
    Side,
    _commit,
    _create_database,
    _drop_database,
    _env,
    _post,
    _process,
    _profile,
    _raw,
    _serve,
    _wait_ready,
    _wrk,
    admin_token,
)
from bench.queries import order_create_body

SKUS = ["W-1", "W-2", "W-3"]
BURST = 500
UNITS = 100
WRITES_START, WRITES_END = START.replace("latest", "writes"), END.replace("latest", "writes")


def _group_cpu_seconds(pgid: int) -> float:
    """CPU of every process of a server's session (a multi-worker server's workers included)."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid:  # pgrp
            total += (int(fields[11]) + int(fields[12])) / TICKS
    return total


async def _seed(database_url: str, rounds: int) -> None:
    from models.inventory import MovementReason
    from services import catalog, db, inventory
    from services.access import SYSTEM
    from services.wiring import wire
    from settings import Settings

    wire()
    await db.open_database(Settings(database_url=database_url))
    try:
        await catalog.create_channel(code="bench", name="Bench")
        await catalog.create_warehouse(code="bw", name="Bench WH", country="US")
        stock = [(sku, 10_000_000) for sku in SKUS] + [
            (f"HOT-{side}-{n}", UNITS) for side in ("oms", "raw") for n in range(rounds + 1)
        ]
        for sku, units in stock:
            await catalog.create_product(sku=sku, name=sku, price=Decimal("9.99"))
            await inventory.adjust_stock(SYSTEM, sku=sku, warehouse="bw", delta=units, reason=MovementReason.RECEIPT)
    finally:
        await db.close_database()


def _wrk_script(token: str | None, directory: Path) -> Path:
    """Each request a new order: the ref is the script's run, the wrk thread and a counter."""
    template = json.dumps(order_create_body("@REF@", SKUS))
    before, after = template.split("@REF@")
    auth = f'wrk.headers["Authorization"] = "Bearer {token}"\n' if token else ""
    script = directory / f"writes-{uuid.uuid4().hex[:6]}.lua"
    script.write_text(
        'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
        + auth
        + "local threads = 0\n"
        + 'function setup(thread)\n  threads = threads + 1\n  thread:set("tid", threads)\nend\n'
        + f'local run = "{uuid.uuid4().hex[:8]}"\nlocal n = 0\n'
        + "request = function()\n  n = n + 1\n"
        + f'  return wrk.format(nil, nil, nil, [==[{before}]==] .. run .. "-" .. tid .. "-" .. n .. [==[{after}]==])\n'
        + "end\n"
    )
    return script


async def _burst(port: int, token: str | None, sku: str, tag: str) -> dict[str, Any]:
    """BURST connections opened, then one orderCreate on each at once: latencies and outcomes."""
    auth = f"Authorization: Bearer {token}\r\n" if token else ""

    def request(n: int) -> bytes:
        body = json.dumps(order_create_body(f"{tag}-{n}", [sku])).encode()
        head = (
            f"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n{auth}"
            f"Content-Length: {len(body)}\r\n\r\n"
        )
        return head.encode() + body

    connections = [await asyncio.open_connection("127.0.0.1", port) for _ in range(BURST)]
    requests = [request(n) for n in range(BURST)]

    async def one(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, data: bytes) -> tuple[float, str]:
        sent = time.perf_counter()
        writer.write(data)
        await writer.drain()
        head = await reader.readuntil(b"\r\n\r\n")
        length = next(
            int(line.split(b":", 1)[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")
        )
        body = json.loads(await reader.readexactly(length))
        writer.close()
        result = body["data"]["orderCreate"]
        outcome = result["order"]["status"] if result["order"] else ",".join(e["code"] for e in result["userErrors"])
        return time.perf_counter() - sent, outcome

    started = time.perf_counter()
    results = await asyncio.gather(*(one(r, w, q) for (r, w), q in zip(connections, requests, strict=True)))
    wall = time.perf_counter() - started
    latencies = sorted(1000 * t for t, _ in results)
    outcomes: dict[str, int] = {}
    for _, outcome in results:
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    return {
        "p50": statistics.median(latencies),
        "p99": latencies[int(0.99 * len(latencies)) - 1],
        "max": latencies[-1],
        "orders_per_s": BURST / wall,
        "outcomes": outcomes,
    }


async def _reserved(database_url: str, sku: str) -> int:
    conn = await asyncpg.connect(database_url)
    try:
        return int(
            await conn.fetchval(
                "SELECT s.reserved FROM stock_level s JOIN product p ON p.id = s.product_id WHERE p.sku = $1", sku
            )
        )
    finally:
        await conn.close()


def _count_sql(database_url: str, env: dict[str, str], token: str, tmp: Path, requests: int = 20) -> dict[str, float]:
    """Statements per orderCreate: a server of each kind, one request at a time, nothing else."""
    quiet = {"OMS_RELAY_POLL_SECONDS": "3600", "OMS_REACTION_POLL_SECONDS": "3600", "OMS_LOG_LEVEL": "DEBUG"}
    oms_log = tmp / "writes-count-oms.log"
    counting = {**env, "RAW_COUNT_SQL": "1", **quiet}
    with _process(_serve(18793), counting, oms_log) as oms, _process(_raw(18794), counting, tmp / "w.log") as raw:
        _wait_ready("http://127.0.0.1:18793", oms)
        _wait_ready("http://127.0.0.1:18794", raw)
        bodies = [json.dumps(order_create_body(f"COUNT-{uuid.uuid4().hex[:8]}", SKUS)).encode() for _ in range(41)]
        _post("http://127.0.0.1:18793/graphql", bodies[0], token)  # warm (first-use queries)
        _post("http://127.0.0.1:18794/graphql", bodies[0])
        time.sleep(0.5)
        before = _statements(oms_log)
        raw_before = json.loads(urllib.request.urlopen("http://127.0.0.1:18794/_sql").read())["statements"]
        for i in range(requests):
            _post("http://127.0.0.1:18793/graphql", bodies[1 + i], token)
            _post("http://127.0.0.1:18794/graphql", bodies[1 + requests + i])
        time.sleep(0.5)
        after = _statements(oms_log)
        raw_after = json.loads(urllib.request.urlopen("http://127.0.0.1:18794/_sql").read())["statements"]
    return {
        "oms": (after[0] - before[0]) / requests,
        "oms_after": (after[1] - before[1]) / requests,
        "raw": (raw_after - raw_before) / requests,
    }


def _statements(log: Path) -> tuple[int, int]:
    """Statements in the server's debug log: (sent while a request was served, sent by the
    background loops: the relay, the reactions, webhooks and notifications the order starts)."""
    lines = [line for line in log.read_text().splitlines() if '"logger": "tortoise.db_client"' in line]
    in_request = sum('"request_id"' in line for line in lines)
    return in_request, len(lines) - in_request


def _raw_workers(port: int, workers: int) -> list[str]:
    return [*_raw(port), "--workers", str(workers)]


def run(
    *,
    seconds: int = 10,
    rounds: int = 3,
    connections: int = 16,
    profile: Path | None = None,
    results_path: Path = HERE / "RESULTS.md",
) -> None:
    admin = os.environ.get("OMS_BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/postgres")
    name = f"oms_bench_{uuid.uuid4().hex[:8]}"
    database_url = admin.rpartition("/")[0] + "/" + name
    pg = database_url.replace("postgres://", "postgresql://", 1)
    pg_admin = admin.replace("postgres://", "postgresql://", 1)
    asyncio.run(_create_database(pg_admin, name))
    results: dict[str, Any] = {"create": {"oms": [], "raw": []}, "burst": {"oms": [], "raw": []}}
    try:
        env = _env(database_url, f"bench-{uuid.uuid4().hex[:8]}")
        subprocess.run([str(BIN / "oms"), "migrate"], env=env, cwd=ROOT, check=True, capture_output=True)
        asyncio.run(_seed(database_url, rounds))
        token = admin_token(env)
        with tempfile.TemporaryDirectory() as tmp_name:
            tmp = Path(tmp_name)
            with (
                _process(_serve(18781), env, tmp / "oms.log") as oms_proc,
                _process(_raw(18782), env, tmp / "raw.log") as raw_proc,
            ):
                sides = [
                    Side("oms", "http://127.0.0.1:18781", oms_proc),
                    Side("raw", "http://127.0.0.1:18782", raw_proc),
                ]
                for side in sides:
                    _wait_ready(side.url, side.proc)
                    body = json.dumps(order_create_body(f"CHECK-{side.name}", SKUS)).encode()
                    answer = json.loads(_post(side.url + "/graphql", body, token if side.name == "oms" else None))
                    if answer["data"]["orderCreate"] != {"order": {"status": "ALLOCATED"}, "userErrors": []}:
                        raise SystemExit(f"{side.name}: orderCreate does not allocate: {answer}")
                scripts = {"oms": _wrk_script(token, tmp), "raw": _wrk_script(None, tmp)}
                for side in sides:
                    _wrk(side, scripts[side.name], 3, connections, warm_up=True)
                for _ in range(rounds):
                    for side in sides:
                        results["create"][side.name].append(_wrk(side, scripts[side.name], seconds, connections))
                if profile is not None:  # py-spy on Ordergraph's server under the orderCreate load
                    results["profile"] = _profile(sides[0], scripts["oms"], 15, connections, profile)
                results["sql"] = _count_sql(database_url, env, token, tmp)
                for n in range(rounds + 1):
                    for side_name, args in (
                        ("oms", [*_serve(18783), "--workers", "2"]),
                        ("raw", _raw_workers(18784, 2)),
                    ):
                        port = int(args[args.index("--port") + 1])
                        with _process(args, env, tmp / f"{side_name}-burst.log") as proc:
                            _wait_ready(f"http://127.0.0.1:{port}", proc)
                            # warm each worker's connections and caches with orders of the plentiful SKUs
                            for i in range(8):
                                _post(
                                    f"http://127.0.0.1:{port}/graphql",
                                    json.dumps(order_create_body(f"WARM-{side_name}-{n}-{i}", SKUS[:1])).encode(),
                                    token if side_name == "oms" else None,
                                )
                            sku = f"HOT-{side_name}-{n}"
                            cpu = _group_cpu_seconds(proc.pid)
                            burst = asyncio.run(
                                _burst(port, token if side_name == "oms" else None, sku, f"B{n}{side_name}")
                            )
                            burst["cpu_ms"] = 1000 * (_group_cpu_seconds(proc.pid) - cpu) / BURST
                            burst["reserved"] = asyncio.run(_reserved(pg, sku))
                        expected = {"ALLOCATED": UNITS, "BACKORDERED": BURST - UNITS}
                        if burst["outcomes"] != expected or burst["reserved"] != UNITS:
                            raise SystemExit(
                                f"{side_name}: {burst['outcomes']}, {burst['reserved']} reserved; want {expected}"
                            )
                        if n:  # the first burst of each side warms the database's plans
                            results["burst"][side_name].append(burst)
    finally:
        asyncio.run(_drop_database(pg_admin, name))
    text = _table(results, seconds=seconds, rounds=rounds, connections=connections)
    _write(text, results_path)
    print(text)
    if "profile" in results:
        print("\nprofile (py-spy, orderCreate): self %, inclusive %")
        for frame, own, incl in results["profile"]:
            print(f"  {own:5.1f} {incl:5.1f}  {frame}")


def _table(results: dict[str, Any], *, seconds: int, rounds: int, connections: int) -> str:
    med = statistics.median
    create, burst = results["create"], results["burst"]
    rps = {s: med(r["rps"] for r in create[s]) for s in ("oms", "raw")}
    cpu = {s: med(r["cpu_ms"] for r in create[s]) for s in ("oms", "raw")}
    lines = [
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC at commit {_commit()}; PostgreSQL + Redis, medians over "
        f"{rounds} interleaved rounds.",
        "",
        f"orderCreate, 3 lines (1 worker each; wrk {connections} connections, {seconds} s per round):",
        "",
        "| side | req/s | p50 ms | p99 ms | server CPU ms/req | SQL/req (+ background) | oms/raw req/s | oms/raw CPU |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for side in ("oms", "raw"):
        ratio = f"{100 * rps['oms'] / rps['raw']:.1f}%" if side == "oms" else ""
        cpu_ratio = f"{cpu['oms'] / cpu['raw']:.1f}x" if side == "oms" else ""
        lines.append(
            f"| {side} | {rps[side]:.0f} | {med(r['p50'] for r in create[side]):.1f} | "
            f"{med(r['p99'] for r in create[side]):.1f} | {cpu[side]:.2f} | {results['sql'][side]:.1f}"
            + (f" (+ {results['sql']['oms_after']:.1f})" if side == "oms" else "")
            + f" | {ratio} | {cpu_ratio} |"
        )
    lines += [
        "",
        f"Contention (2 workers each): {BURST} orderCreate at once, 1 unit each of a SKU with {UNITS} units; "
        f"every run gave exactly {UNITS} ALLOCATED, {BURST - UNITS} BACKORDERED and {UNITS} units reserved:",
        "",
        "| side | orders/s | p50 ms | p99 ms | max ms | server CPU ms/order | oms/raw p99 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    p99 = {s: med(r["p99"] for r in burst[s]) for s in ("oms", "raw")}
    for side in ("oms", "raw"):
        rows = burst[side]
        lines.append(
            f"| {side} | {med(r['orders_per_s'] for r in rows):.0f} | {med(r['p50'] for r in rows):.0f} | "
            f"{p99[side]:.0f} | {med(r['max'] for r in rows):.0f} | {med(r['cpu_ms'] for r in rows):.2f} | "
            + (f"{p99['oms'] / p99['raw']:.1f}x |" if side == "oms" else " |")
        )
    lines += [
        "",
        "Rounds (oms / raw): orderCreate req/s "
        + ", ".join(f"{a['rps']:.0f}/{b['rps']:.0f}" for a, b in zip(create["oms"], create["raw"], strict=True))
        + "; contention p99 ms "
        + ", ".join(f"{a['p99']:.0f}/{b['p99']:.0f}" for a, b in zip(burst["oms"], burst["raw"], strict=True)),
    ]
    return "\n".join(lines)


def _write(text: str, path: Path) -> None:
    block = f"{WRITES_START}\n{text}\n{WRITES_END}"
    old = path.read_text() if path.exists() else "# Benchmarks\n"
    if WRITES_START in old:
        path.write_text(old[: old.index(WRITES_START)] + block + old[old.index(WRITES_END) + len(WRITES_END) :])
    else:
        path.write_text(
            old.rstrip("\n") + "\n\n## Writes (`oms bench --writes`; `make bench` runs it)\n\n" + block + "\n"
        )
