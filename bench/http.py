"""`oms bench --http` (`make bench`): Ordergraph over HTTP against a raw baseline, same run.

A fresh PostgreSQL database (OMS_BENCH_PG_URL names the server, default the local one),
migrated and seeded in SQL (bench/seed.sql: INSERT ... SELECT generate_series, seconds for
20k orders), `oms serve` (1 worker, Redis bus and buckets) and bench/raw_app.py on other
ports. Each scenario first checks that both answer byte-for-byte the same, then wrk drives
them in interleaved rounds; the server's CPU comes from /proc/<pid>/stat, peak RSS from
VmHWM (reset per scenario), SQL per request from a separate counting pass (tortoise's
debug logger for Ordergraph, asyncpg's query logger for the baseline). The database is
dropped at the end. Results go to bench/RESULTS.md between the `bench:latest` markers.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg

from bench.queries import ORDER, ORDERS, global_id
from services.throttle import SETTLE_SECONDS

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BIN = Path(sys.executable).parent
TICKS = os.sysconf("SC_CLK_TCK")
START, END = "<!-- bench:latest -->", "<!-- /bench:latest -->"
ORDER_IDS = range(1000, 1200)  # order(id) rotates over these


@dataclass
class Side:
    name: str
    url: str
    proc: subprocess.Popen[bytes]
    rounds: list[dict[str, float]] = field(default_factory=list)


def _post(url: str, body: bytes, token: str | None = None) -> bytes:
    headers = {"content-type": "application/json"}
    if token:
        headers["authorization"] = f"Bearer {token}"
    with urllib.request.urlopen(urllib.request.Request(url, data=body, headers=headers), timeout=30) as response:
        return bytes(response.read())


def _wait_ready(url: str, proc: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"{url}: the server exited ({proc.returncode})")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"{url}: not ready after {seconds} s")


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _reset_peak_rss(pid: int) -> None:
    try:
        Path(f"/proc/{pid}/clear_refs").write_text("5")
    except OSError:
        pass  # then the peak is over the whole run


def _bodies(scenario: str) -> list[bytes]:
    if scenario == "order":
        return [json.dumps({"query": ORDER, "variables": {"id": global_id("Order", i)}}).encode() for i in ORDER_IDS]
    return [json.dumps({"query": ORDERS}).encode()]


def _wrk_script(bodies: list[bytes], token: str | None, directory: Path) -> Path:
    lua_bodies = ",\n".join("[==[" + b.decode() + "]==]" for b in bodies)
    auth = f'wrk.headers["Authorization"] = "Bearer {token}"\n' if token else ""
    script = directory / f"wrk-{uuid.uuid4().hex[:6]}.lua"
    script.write_text(
        'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
        + auth
        + "local bodies = {\n"
        + lua_bodies
        + "\n}\nlocal i = 0\n"
        + "request = function()\n  i = i % #bodies + 1\n"
        + "  return wrk.format(nil, nil, nil, bodies[i])\nend\n"
    )
    return script


def _ms(text: str) -> float:
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()  # type: ignore[union-attr]
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def _wrk(
    side: Side, script: Path, seconds: int, connections: int, warm_up: bool = False, path: str = "/graphql"
) -> dict[str, float]:
    before = _cpu_seconds(side.proc.pid)
    out = subprocess.run(
        [
            "wrk",
            f"-t{min(2, connections)}",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout",
            "10s",
            "--latency",
            "-s",
            str(script),
            side.url + path,
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=seconds + 30,
    ).stdout
    cpu = _cpu_seconds(side.proc.pid) - before
    requests = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: .*", out)
    if warm_up:
        return {}
    if bad or requests == 0:
        raise SystemExit(f"{side.name}: {bad.group(0) if bad else 'no requests'}\n{out}")
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", out, re.M))
    return {
        "rps": requests / seconds,
        "p50": _ms(latency["50"]),
        "p99": _ms(latency["99"]),
        "cpu_ms": 1000 * cpu / requests,
        "socket_errors": 1.0 if errors else 0.0,
    }


async def _create_database(admin: str, name: str) -> None:
    conn = await asyncpg.connect(admin)
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()


async def _seed(url: str, orders: int) -> None:
    conn = await asyncpg.connect(url)
    try:
        await conn.execute((HERE / "seed.sql").read_text().replace(":orders", str(int(orders))))
    finally:
        await conn.close()


async def _drop_database(admin: str, name: str) -> None:
    conn = await asyncpg.connect(admin)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


@contextmanager
def _process(args: list[str], env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    with log.open("wb") as out:
        # A session of its own: a server with several workers is stopped as a whole below.
        proc = subprocess.Popen(args, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT, start_new_session=True)
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        # A worker that outlived its parent (one holding 10,000 WebSockets did, for an hour).
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)


def _env(database_url: str, namespace: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OMS_", "RAW_"))}
    env.update(
        OMS_DATABASE_URL=database_url,
        OMS_BROADCAST_URL=os.environ.get("OMS_BENCH_REDIS_URL", "redis://127.0.0.1:6379"),
        OMS_NAMESPACE=namespace,
        # The budget is not what is measured here: an idle bucket for every request.
        OMS_COST_BUCKET_SIZE="1e9",
        OMS_COST_RESTORE_RATE="1e9",
        OMS_LOG_LEVEL="WARNING",
        RAW_DSN=database_url.replace("postgres://", "postgresql://", 1),
        RAW_COST_BUCKET="1e9",
        RAW_COST_RATE="1e9",
        # OMS_BENCH_COMPILED=false measures graphql-core executing every query (the compiled
        # path off), for a before/after in one sitting.
        OMS_COMPILED_QUERIES=os.environ.get("OMS_BENCH_COMPILED", "true"),
    )
    env.update(extra)
    return env


def admin_token(env: dict[str, str]) -> str:
    """An ADMIN token on the bench's database (`oms token create`)."""
    return subprocess.run(
        [str(BIN / "oms"), "token", "create", "--role", "ADMIN", "--name", "bench"],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


@dataclass
class Seeded:
    """A bench database: its URL and name, the bus namespace and environment `oms` runs with
    on it, an ADMIN token, and how long seeding took."""

    database_url: str
    name: str
    namespace: str
    env: dict[str, str]
    token: str
    seed_seconds: float


@contextmanager
def seeded_database(orders: int, **extra_env: str) -> Iterator[Seeded]:
    """A fresh PostgreSQL database on OMS_BENCH_PG_URL's server (default the local one),
    migrated and seeded with `orders` orders in SQL (bench/seed.sql); dropped at the end."""
    admin = os.environ.get("OMS_BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/postgres")
    name = f"oms_bench_{uuid.uuid4().hex[:8]}"
    database_url = admin.rpartition("/")[0] + "/" + name
    pg_admin = admin.replace("postgres://", "postgresql://", 1)
    asyncio.run(_create_database(pg_admin, name))
    try:
        namespace = f"bench-{uuid.uuid4().hex[:8]}"
        env = _env(database_url, namespace, **extra_env)
        subprocess.run([str(BIN / "oms"), "migrate"], env=env, cwd=ROOT, check=True, capture_output=True)
        started = time.monotonic()
        asyncio.run(_seed(database_url.replace("postgres://", "postgresql://", 1), orders))
        seconds = time.monotonic() - started
        yield Seeded(database_url, name, namespace, env, admin_token(env), seconds)
    finally:
        asyncio.run(_drop_database(pg_admin, name))


def _serve(port: int) -> list[str]:
    return [str(BIN / "oms"), "serve", "--port", str(port)]


def _raw(port: int) -> list[str]:
    return [
        str(BIN / "python"),
        "-m",
        "uvicorn",
        "bench.raw_app:app",
        "--port",
        str(port),
        "--log-level",
        "warning",
        "--no-access-log",
    ]


def _same_answers(oms: str, raw: str, token: str, bodies: list[bytes]) -> None:
    for body in bodies[:20]:
        # What a request is charged past its ask is owed until the caller's next spend or a
        # flush SETTLE_SECONDS later (services/throttle.py): back to back, the next answer's
        # `currentlyAvailable` includes it. The baseline restates one request on an idle
        # bucket, so each request here comes after the flush; on a busy machine a flush can
        # come late (a `currentlyAvailable` 24 points short stopped a run), so a differing
        # answer is asked for again, twice at most, before the run stops.
        for _ in range(3):
            time.sleep(4 * SETTLE_SECONDS)
            ours, theirs = _post(oms + "/graphql", body, token), _post(raw + "/graphql", body)
            if ours == theirs:
                break
        if ours != theirs:
            at = next(
                (i for i, (a, b) in enumerate(zip(ours, theirs, strict=False)) if a != b), min(len(ours), len(theirs))
            )
            start = max(0, at - 200)
            raise SystemExit(
                f"the baseline answers differently from byte {at}:\n"
                f"  oms: {ours[start : at + 200]!r}\n  raw: {theirs[start : at + 200]!r}"
            )
        if b'"errors"' in ours:
            raise SystemExit(f"the benchmark request fails: {ours[:400]!r}")


def _count_sql(database_url: str, namespace: str, token: str, tmp: Path, requests: int = 20) -> dict[str, float]:
    """Statements per request: a server of each kind, one request at a time, nothing else."""
    counts: dict[str, float] = {}
    quiet = {"OMS_RELAY_POLL_SECONDS": "3600", "OMS_REACTION_POLL_SECONDS": "3600", "OMS_LOG_LEVEL": "DEBUG"}
    oms_log, raw_log = tmp / "count-oms.log", tmp / "count-raw.log"
    env = _env(database_url, namespace, RAW_COUNT_SQL="1", **quiet)
    with _process(_serve(18791), env, oms_log) as oms, _process(_raw(18792), env, raw_log) as raw:
        _wait_ready("http://127.0.0.1:18791", oms)
        _wait_ready("http://127.0.0.1:18792", raw)
        for scenario in ("order", "orders"):
            bodies = _bodies(scenario)
            _post("http://127.0.0.1:18791/graphql", bodies[0], token)  # warm (first-use queries)
            _post("http://127.0.0.1:18792/graphql", bodies[0])
            time.sleep(0.5)
            before = oms_log.read_text().count('"logger": "tortoise.db_client"')
            raw_before = json.loads(urllib.request.urlopen("http://127.0.0.1:18792/_sql").read())["statements"]
            for i in range(requests):
                body = bodies[i % len(bodies)]
                _post("http://127.0.0.1:18791/graphql", body, token)
                _post("http://127.0.0.1:18792/graphql", body)
            time.sleep(0.5)
            after = oms_log.read_text().count('"logger": "tortoise.db_client"')
            raw_after = json.loads(urllib.request.urlopen("http://127.0.0.1:18792/_sql").read())["statements"]
            counts[f"{scenario}:oms"] = (after - before) / requests
            counts[f"{scenario}:raw"] = (raw_after - raw_before) / requests
    return counts


def _profile(side: Side, script: Path, seconds: int, connections: int, out: Path) -> list[tuple[str, float, float]]:
    """py-spy on the server during a wrk run: (function, self %, inclusive %), top first."""
    spy = subprocess.Popen(
        [
            str(BIN / "py-spy"),
            "record",
            "-p",
            str(side.proc.pid),
            "-d",
            str(seconds),
            "-r",
            "200",
            "--format",
            "raw",
            "-o",
            str(out),
            "--nonblocking",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    time.sleep(1)
    _wrk(side, script, seconds, connections)
    spy.wait(seconds + 60)
    own: dict[str, int] = {}
    inclusive: dict[str, int] = {}
    total = 0
    for line in out.read_text().splitlines():
        stack, _, n = line.rpartition(" ")
        frames = [re.sub(r" \((.*?/)?(site-packages/)?", " (", f) for f in stack.split(";") if f]
        if not frames or not n.isdigit():
            continue
        total += int(n)
        own[frames[-1]] = own.get(frames[-1], 0) + int(n)
        for f in set(frames):
            inclusive[f] = inclusive.get(f, 0) + int(n)
    top = sorted(own, key=lambda f: -own[f])[:15]
    return [(f, 100 * own[f] / total, 100 * inclusive[f] / total) for f in top] + [
        (f"[inclusive] {f}", 100 * own.get(f, 0) / total, 100 * inclusive[f] / total)
        for f in sorted(inclusive, key=lambda f: -inclusive[f])
        if any(
            k in f
            for k in (
                "validat",
                "parse",
                "execute",
                "resolve",
                "query_cost",
                "cost",
                "authenticate",
                "encode",
                "loader",
                "on_execute",
            )
        )
    ][:15]


def _commit() -> str:
    sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    return sha.strip() + (" (with uncommitted changes)" if dirty else "")


def _table(results: dict[str, Any]) -> str:
    med = statistics.median
    lines = [
        f"Run {results['date']} at commit {results['commit']}: {results['orders']} orders seeded "
        f"({results['lines']} lines, {results['allocations']} allocations, {results['customers']} customers), "
        f"wrk {results['connections']} connections, {results['rounds']} interleaved rounds x "
        f"{results['seconds']} s per side, medians over rounds. 1 uvicorn worker each; PostgreSQL + Redis.",
        "",
        "| scenario | side | req/s | p50 ms | p99 ms | server CPU ms/req | peak RSS MB | SQL/req | oms/raw req/s | oms/raw CPU |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for scenario in ("order", "orders"):
        rows = results["scenarios"][scenario]
        oms, raw = rows["oms"], rows["raw"]
        rps = {s: med(r["rps"] for r in rows[s]["rounds"]) for s in ("oms", "raw")}
        cpu = {s: med(r["cpu_ms"] for r in rows[s]["rounds"]) for s in ("oms", "raw")}
        for side, data in (("oms", oms), ("raw", raw)):
            rounds = data["rounds"]
            ratio = f"{100 * rps['oms'] / rps['raw']:.1f}%" if side == "oms" else ""
            cpu_ratio = f"{cpu['oms'] / cpu['raw']:.1f}x" if side == "oms" else ""
            lines.append(
                f"| {results['labels'][scenario]} | {side} | {rps[side]:.0f} | {med(r['p50'] for r in rounds):.1f} | "
                f"{med(r['p99'] for r in rounds):.1f} | {cpu[side]:.2f} | {data['peak_rss_mb']:.0f} | "
                f"{results['sql'][f'{scenario}:{side}']:.1f} | {ratio} | {cpu_ratio} |"
            )
    lines += [
        "",
        "At concurrency 1 (wrk, 1 connection, half the seconds per round), medians over rounds:",
        "",
        "| scenario | oms p50 ms | raw p50 ms | oms/raw p50 | oms p99 ms | raw p99 ms | oms/raw p99 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for scenario in ("order", "orders"):
        rows = results["scenarios"][scenario]
        p50 = {s: med(r["p50"] for r in rows[s]["solo"]) for s in ("oms", "raw")}
        p99 = {s: med(r["p99"] for r in rows[s]["solo"]) for s in ("oms", "raw")}
        lines.append(
            f"| {results['labels'][scenario]} | {p50['oms']:.2f} | {p50['raw']:.2f} | {p50['oms'] / p50['raw']:.2f}x | "
            f"{p99['oms']:.2f} | {p99['raw']:.2f} | {p99['oms'] / p99['raw']:.2f}x |"
        )
    lines.append("")
    lines.append(
        "Rounds (req/s, oms / raw): "
        + "; ".join(
            f"{s}: "
            + ", ".join(
                f"{a['rps']:.0f}/{b['rps']:.0f}"
                for a, b in zip(
                    results["scenarios"][s]["oms"]["rounds"], results["scenarios"][s]["raw"]["rounds"], strict=True
                )
            )
            for s in ("order", "orders")
        )
    )
    return "\n".join(lines)


def _write_results(text: str, path: Path) -> None:
    block = f"{START}\n{text}\n{END}"
    if path.exists() and START in path.read_text():
        old = path.read_text()
        path.write_text(old[: old.index(START)] + block + old[old.index(END) + len(END) :])
    else:
        path.write_text(
            "# Benchmarks\n\n`make bench` (`oms bench --http`) rewrites the block below.\n\n" + block + "\n"
        )


def run(
    *,
    orders: int = 20000,
    seconds: int = 10,
    rounds: int = 3,
    connections: int = 16,
    profile: Path | None = None,
    results_path: Path = HERE / "RESULTS.md",
) -> dict[str, Any]:
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: `make wrk` (apt-get install -y wrk)")
    results: dict[str, Any] = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": _commit(),
        "orders": orders,
        "seconds": seconds,
        "rounds": rounds,
        "connections": connections,
        "scenarios": {},
        "labels": {
            "order": "`order(id)` lines + customer email",
            "orders": "`orders(first: 50)` lines, customer, allocations",
        },
    }
    with seeded_database(orders) as seeded:
        env, token = seeded.env, seeded.token
        results["seed_seconds"] = seeded.seed_seconds
        results.update(asyncio.run(_counts(seeded.database_url)))
        with tempfile.TemporaryDirectory() as tmp_name:
            tmp = Path(tmp_name)
            with (
                _process(_serve(18781), env, tmp / "oms.log") as oms_proc,
                _process(_raw(18782), env, tmp / "raw.log") as raw_proc,
            ):
                oms = Side("oms", "http://127.0.0.1:18781", oms_proc)
                raw = Side("raw", "http://127.0.0.1:18782", raw_proc)
                _wait_ready(oms.url, oms_proc)
                _wait_ready(raw.url, raw_proc)
                for scenario in ("order", "orders"):
                    bodies = _bodies(scenario)
                    _same_answers(oms.url, raw.url, token, bodies)
                    scripts = {"oms": _wrk_script(bodies, token, tmp), "raw": _wrk_script(bodies, None, tmp)}
                    for side in (oms, raw):
                        side.rounds = []
                        _wrk(side, scripts[side.name], 3, connections, warm_up=True)
                        _reset_peak_rss(side.proc.pid)
                    for _ in range(rounds):
                        for side in (oms, raw):
                            side.rounds.append(_wrk(side, scripts[side.name], seconds, connections))
                    peaks = {side.name: _peak_rss_mb(side.proc.pid) for side in (oms, raw)}
                    # The latency goal is at concurrency 1: one connection, so that each figure
                    # is a request's own time, not its wait behind the others.
                    solo: dict[str, list[dict[str, float]]] = {"oms": [], "raw": []}
                    for _ in range(rounds):
                        for side in (oms, raw):
                            solo[side.name].append(_wrk(side, scripts[side.name], max(2, seconds // 2), 1))
                    results["scenarios"][scenario] = {
                        side.name: {"rounds": side.rounds, "solo": solo[side.name], "peak_rss_mb": peaks[side.name]}
                        for side in (oms, raw)
                    }
                    if profile is not None:
                        out = profile.with_name(f"{profile.stem}-{scenario}{profile.suffix}")
                        results[f"profile:{scenario}"] = _profile(oms, scripts["oms"], 15, connections, out)
            results["sql"] = _count_sql(seeded.database_url, seeded.namespace, token, tmp)
    text = _table(results)
    _write_results(text, results_path)
    print(text)
    for scenario in ("order", "orders"):
        if f"profile:{scenario}" not in results:
            continue
        print(f"\nprofile (py-spy, {scenario}): self %, inclusive %")
        for frame, own, incl in results[f"profile:{scenario}"]:
            print(f"  {own:5.1f} {incl:5.1f}  {frame}")
    return results


async def _counts(database_url: str) -> dict[str, int]:
    conn = await asyncpg.connect(database_url.replace("postgres://", "postgresql://", 1))
    tables = {"lines": "order_line", "allocations": "allocation", "customers": "customer"}
    try:
        return {key: await conn.fetchval(f'SELECT count(*) FROM "{table}"') for key, table in tables.items()}
    finally:
        await conn.close()
