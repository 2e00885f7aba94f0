"""`oms bench --peer URL`: the admin list of 20 orders with their lines, Ordergraph against a
peer server already running on this machine (the issue's Vendure comparison), same run.

The peer is started, seeded and given its request by hand (a wrk Lua script, `--peer-lua`,
and the process to read CPU time from, `--peer-pid`); bench/vendure/ holds the Vendure 3.7.3
peer (pinned packages, config, seeding through its own APIs, the token, wrk.lua) and its
README the commands.
Ordergraph is set up as `oms bench --http` sets it up (a fresh PostgreSQL database seeded with
bench/seed.sql, `oms serve` with 1 worker, Redis), and answers bench.queries.ORDERS_20. Then
wrk drives both in interleaved rounds; each side's server CPU per request comes from
/proc/<pid>/stat. bench/RESULTS.md ("A peer: Vendure") has the figures.
"""

from __future__ import annotations

import json
import statistics
import tempfile
from pathlib import Path
from typing import Any

from bench.http import (
    Side,
    _post,
    _process,
    _serve,
    _wait_ready,
    _wrk,
    _wrk_script,
    seeded_database,
)
from bench.queries import ORDERS_20


class _Pid:
    """What bench.http reads of a server process: its pid (for its CPU time)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid


def run(
    *, url: str, pid: int, lua: Path, orders: int = 2000, seconds: int = 10, rounds: int = 3, connections: int = 16
) -> dict[str, Any]:
    """Interleaved wrk rounds: Ordergraph's ORDERS_20 and the peer's `lua` request at `url`
    (scheme, host and port, then the path), the peer's CPU read from process `pid`."""
    origin, _, path = url.partition("://")[2].partition("/")
    peer = Side("peer", url.partition("://")[0] + "://" + origin, _Pid(pid))  # type: ignore[arg-type]
    with seeded_database(orders) as seeded:
        env, token = seeded.env, seeded.token
        with tempfile.TemporaryDirectory() as tmp_name:
            tmp = Path(tmp_name)
            with _process(_serve(18781), env, tmp / "oms.log") as proc:
                ours = Side("oms", "http://127.0.0.1:18781", proc)
                _wait_ready(ours.url, proc)
                body = json.dumps({"query": ORDERS_20}).encode()
                answer = json.loads(_post(ours.url + "/graphql", body, token))
                edges = answer["data"]["orders"]["edges"]
                assert len(edges) == 20 and all(edge["node"]["lines"] for edge in edges), answer
                script = _wrk_script([body], token, tmp)
                _wrk(ours, script, 3, connections, warm_up=True)
                _wrk(peer, lua, 3, connections, warm_up=True, path="/" + path)
                for _ in range(rounds):
                    ours.rounds.append(_wrk(ours, script, seconds, connections))
                    peer.rounds.append(_wrk(peer, lua, seconds, connections, path="/" + path))
    result: dict[str, Any] = {}
    for side in (ours, peer):
        for key in ("rps", "cpu_ms", "p50", "p99"):
            result[f"{side.name} {key}"] = round(statistics.median(r[key] for r in side.rounds), 2)
        result[f"{side.name} rounds (req/s, CPU ms/req)"] = [
            (round(r["rps"]), round(r["cpu_ms"], 2)) for r in side.rounds
        ]
    result["oms/peer req/s"] = round(result["oms rps"] / result["peer rps"], 2)
    result["peer/oms CPU per request"] = round(result["peer cpu_ms"] / result["oms cpu_ms"], 2)
    return result
