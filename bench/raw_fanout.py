"""The raw baseline of `oms bench --fanout`: a minimal starlette WebSocket broadcast of the same
JSON frame Ordergraph sends for an order status change. No GraphQL, no ORM, no auth.

POST /event {"order_id", "status"} changes the order's status in one asyncpg transaction,
reads what the subscription selects (the order, its customer's email, its lines), builds the
`next` frame once and publishes it on Redis; every worker process subscribes to that channel
and writes the frame to each of its sockets. So it pays what Ordergraph's path pays at the
least (a commit, Redis, one read, one encoding, a write per socket) and nothing else.
Run: `uvicorn bench.raw_fanout:app` with RAW_DSN, RAW_REDIS and RAW_CHANNEL set.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg
import redis.asyncio as aioredis
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from bench.queries import global_id

CHANNEL = os.environ.get("RAW_CHANNEL", "raw-fanout")
LIVE = CHANNEL + ":live"  # sockets open, all workers (the bench waits for its subscribers)
sockets: set[WebSocket] = set()
state: dict[str, Any] = {}


async def _broadcast(redis: aioredis.Redis) -> None:
    async with redis.pubsub() as pubsub:
        await pubsub.subscribe(CHANNEL)
        async for message in pubsub.listen():
            if message["type"] != "message":
                continue
            frame = message["data"].decode()
            for socket in list(sockets):
                with contextlib.suppress(Exception):
                    await socket.send_text(frame)


@asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    state["pool"] = await asyncpg.create_pool(os.environ["RAW_DSN"], min_size=1, max_size=4)
    state["redis"] = aioredis.from_url(os.environ.get("RAW_REDIS", "redis://127.0.0.1:6379"))
    task = asyncio.create_task(_broadcast(state["redis"]))
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await state["pool"].close()
        await state["redis"].aclose()


async def healthz(request: Request) -> Response:
    return PlainTextResponse("ok")


async def live(request: Request) -> Response:
    return PlainTextResponse(str(int(await state["redis"].get(LIVE) or 0)))


async def event(request: Request) -> Response:
    body = await request.json()
    pool: asyncpg.Pool = state["pool"]
    async with pool.acquire() as conn, conn.transaction():
        row = await conn.fetchrow(
            'UPDATE "order" o SET status = $2, updated_at = now() FROM customer c '
            "WHERE o.id = $1 AND c.id = o.customer_id RETURNING o.id, o.status, c.email, now() AS at",
            body["order_id"],
            body["status"],
        )
        lines = await conn.fetch("SELECT sku, quantity FROM order_line WHERE order_id = $1 ORDER BY id", row["id"])
    data = {
        "orderStatusChanged": {
            "occurredAt": row["at"].isoformat(),
            "status": row["status"],
            "order": {
                "id": global_id("Order", row["id"]),
                "number": f"OG-{row['id']:06d}",
                "status": row["status"],
                "customer": {"email": row["email"]},
                "lines": [{"sku": line["sku"], "quantity": line["quantity"]} for line in lines],
            },
        }
    }
    frame = json.dumps({"id": "1", "type": "next", "payload": {"data": data}}, separators=(",", ":"))
    await state["redis"].publish(CHANNEL, frame)
    return JSONResponse({"ok": True})


async def graphql(socket: WebSocket) -> None:
    protocols = socket.scope.get("subprotocols") or []
    await socket.accept("graphql-transport-ws" if "graphql-transport-ws" in protocols else None)
    sockets.add(socket)
    await state["redis"].incr(LIVE)
    try:
        while True:
            await socket.receive_text()
    except WebSocketDisconnect:
        pass
    finally:
        sockets.discard(socket)
        await state["redis"].decr(LIVE)


app = Starlette(
    routes=[
        Route("/healthz", healthz),
        Route("/live", live),
        Route("/event", event, methods=["POST"]),
        WebSocketRoute("/graphql", graphql),
    ],
    lifespan=lifespan,
)
