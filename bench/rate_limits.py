"""What a rate-limit check costs per request: a spend on the shared Redis buckets (one Lua
script) against the floor of any Redis-backed check, a bare PING round trip, measured on
the same Redis in the same run; and the in-process buckets `memory://` uses. Usage:
`oms bench --limits` (the Redis of OMS_BROADCAST_URL, or redis://127.0.0.1:6379)."""

from __future__ import annotations

import time
import uuid

import redis.asyncio as aioredis

from services.throttle import LocalBuckets, RedisBuckets


async def run(spends: int = 2000, redis_url: str = "redis://127.0.0.1:6379") -> dict[str, float]:
    client = aioredis.from_url(redis_url)
    try:
        buckets = RedisBuckets(client, prefix=f"oms-bench-{uuid.uuid4().hex}:", capacity=1e12, restore_rate=1)
        local = LocalBuckets(capacity=1e12, restore_rate=1)
        for i in range(100):  # warm: connection, script cache
            await client.ping()
            await buckets.spend(f"k{i % 50}", 1)
        start = time.perf_counter()
        for _ in range(spends):
            await client.ping()
        ping = time.perf_counter() - start
        start = time.perf_counter()
        for i in range(spends):
            await buckets.spend(f"k{i % 50}", 5)
        shared = time.perf_counter() - start
        start = time.perf_counter()
        for i in range(spends):
            await local.spend(f"k{i % 50}", 5)
        in_process = time.perf_counter() - start
    finally:
        await client.aclose()
    return {
        "spends": spends,
        "redis_ping_us": 1e6 * ping / spends,
        "redis_bucket_spend_us": 1e6 * shared / spends,
        "local_bucket_spend_us": 1e6 * in_process / spends,
        "redis_spend_over_ping": shared / ping,
    }
