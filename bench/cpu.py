"""`oms bench --cpu`: CPU time per request of the benchmark documents, one request at a time.

The HTTP bench's figures swing with whatever else the machine runs (wrk, the raw baseline,
other people's test suites). This one measures what a request costs our process: the app
(create_app, with its lifespan) is called in-process through httpx's ASGI transport, one
request after another, and `time.process_time()` over many requests is divided by their
number. PostgreSQL (a fresh database seeded with bench/seed.sql) and Redis as in production;
their own CPU is not counted, and neither is waiting. The client's share (httpx building the
request and reading the response in the same process) is included, the same on every side:
compare runs of two commits made one after the other, alternating.

Each round measures both ways of executing a query, one after the other: graphql-core for
every request (OMS_COMPILED_QUERIES=false) and the compiled path (schema.compiled; the
first request of each document, in the warm-up, is graphql-core's). Medians over rounds.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import time
from typing import Any

import httpx

from bench.http import seeded_database
from bench.queries import ORDER, ORDERS, global_id


async def _measure(token: str, requests: dict[str, int], orders: int) -> dict[str, float]:
    from app import create_app
    from settings import Settings

    app = create_app(Settings())
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    bodies = {
        "order": [
            json.dumps({"query": ORDER, "variables": {"id": global_id("Order", 1 + i * 7 % orders)}}) for i in range(50)
        ],
        "orders": [json.dumps({"query": ORDERS, "variables": {}})],
    }
    result: dict[str, float] = {}
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            for scenario, count in requests.items():
                batch = bodies[scenario]
                for body in batch[:5]:  # warm: first-use statements, caches
                    response = await client.post("/graphql", content=body, headers=headers)
                    assert response.status_code == 200 and b'"errors"' not in response.content, response.text
                started = time.process_time()
                for i in range(count):
                    await client.post("/graphql", content=batch[i % len(batch)], headers=headers)
                result[f"{scenario}_cpu_ms"] = (time.process_time() - started) * 1000 / count
    return result


MODES = {"graphql-core": "false", "compiled": "true"}


def run(*, orders: int = 2000, order_requests: int = 400, orders_requests: int = 40, rounds: int = 3) -> dict[str, Any]:
    figures: dict[str, list[float]] = {}
    with seeded_database(orders) as seeded:
        env, token = seeded.env, seeded.token
        saved = dict(os.environ)
        try:
            for _ in range(rounds):
                for mode, compiled in MODES.items():
                    os.environ.clear()
                    os.environ.update(env, OMS_COMPILED_QUERIES=compiled)
                    measured = asyncio.run(
                        _measure(token, {"order": order_requests, "orders": orders_requests}, orders)
                    )
                    for key, value in measured.items():
                        figures.setdefault(f"{key} {mode}", []).append(value)
        finally:
            os.environ.clear()
            os.environ.update(saved)
    result: dict[str, Any] = {key: round(statistics.median(values), 2) for key, values in figures.items()}
    for scenario in ("order_cpu_ms", "orders_cpu_ms"):
        result[f"{scenario} compiled/graphql-core"] = round(
            result[f"{scenario} compiled"] / result[f"{scenario} graphql-core"], 2
        )
    result["rounds"] = rounds
    return result
