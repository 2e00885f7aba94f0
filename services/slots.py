"""Concurrency caps: how many of something (an open WebSocket) one key (a token, a client
address) may hold at once. Unlike the leaky buckets in `throttle`, a slot is held for as
long as the thing is open and given back when it closes.

With `redis://` the holders live in Redis, one sorted set per key (member: the holder,
score: when its lease runs out, on Redis's clock), so every worker process and host counts
the same sockets. A holder renews its lease while it is open; a process that dies without
giving its slots back loses them when their leases run out, so a crash cannot lock a token
or an address out for longer than one lease. When Redis cannot be reached a process counts
its own holders instead (caps loosen to per process for that moment, as the buckets do).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator

import redis.asyncio as aioredis
from redis.exceptions import RedisError

log = logging.getLogger("oms.slots")

LEASE_SECONDS = 60.0  # a holder's lease in Redis; renewed every third of it while open
REDIS_RETRY_AFTER = 5.0  # seconds on the process's own count after Redis failed


class LocalSlots:
    """Holders counted in this process."""

    def __init__(self, *, capacity: int) -> None:
        self.capacity = capacity
        self._held: Counter[str] = Counter()

    def take_now(self, key: str) -> bool:
        if self._held[key] >= self.capacity:
            return False
        self._held[key] += 1
        return True

    def give_back_now(self, key: str) -> None:
        self._held[key] -= 1
        if self._held[key] <= 0:
            del self._held[key]

    @contextlib.asynccontextmanager
    async def hold(self, key: str) -> AsyncIterator[bool]:
        """True (and a slot of `key` held until the block ends) unless `key` holds them all."""
        taken = self.take_now(key)
        try:
            yield taken
        finally:
            if taken:
                self.give_back_now(key)


# KEYS[1] the key's holders; ARGV capacity, holder, lease (s). Expired holders are dropped
# first; the set itself expires with its last lease.
_TAKE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then
  return 0
end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[2])
redis.call('PEXPIRE', KEYS[1], math.ceil(tonumber(ARGV[3]) * 1000))
return 1
"""

# KEYS[1] the key's holders; ARGV holder, lease (s). Renews a holder that is still there.
_RENEW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[2]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], math.ceil(tonumber(ARGV[2]) * 1000))
return 1
"""


class RedisSlots:
    """Holders counted in Redis, shared by every process that names the same Redis."""

    def __init__(
        self, client: aioredis.Redis, *, prefix: str, capacity: int, lease_seconds: float = LEASE_SECONDS
    ) -> None:
        self.capacity = capacity
        self._client = client
        self._prefix = prefix
        self._lease = lease_seconds
        self._take = client.register_script(_TAKE)
        self._renew = client.register_script(_RENEW)
        self._fallback = LocalSlots(capacity=capacity)
        self._skip_until = -math.inf
        self._warned_at = -math.inf

    def _redis_failed(self, exc: BaseException) -> None:
        self._skip_until = time.monotonic() + REDIS_RETRY_AFTER
        if time.monotonic() - self._warned_at > 60:
            self._warned_at = time.monotonic()
            log.warning("connection caps are per process while Redis is unreachable (%s)", type(exc).__name__)

    async def _keep_renewing(self, name: str, holder: str) -> None:
        while True:
            await asyncio.sleep(self._lease / 3)
            try:
                await self._renew(keys=[name], args=[holder, repr(self._lease)])
            except (RedisError, OSError) as exc:
                self._redis_failed(exc)

    @contextlib.asynccontextmanager
    async def hold(self, key: str) -> AsyncIterator[bool]:
        """True (and a slot of `key` held until the block ends) unless `key` holds them all."""
        if time.monotonic() < self._skip_until:
            async with self._fallback.hold(key) as taken:
                yield taken
            return
        name, holder = f"{self._prefix}{key}", uuid.uuid4().hex
        try:
            taken = bool(await self._take(keys=[name], args=[self.capacity, holder, repr(self._lease)]))
        except (RedisError, OSError) as exc:
            self._redis_failed(exc)
            async with self._fallback.hold(key) as taken:
                yield taken
            return
        if not taken:
            yield False
            return
        renewing = asyncio.create_task(self._keep_renewing(name, holder))
        try:
            yield True
        finally:
            renewing.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await renewing
            try:
                await self._client.zrem(name, holder)
            except (RedisError, OSError) as exc:
                self._redis_failed(exc)  # the lease runs out on its own


Slots = LocalSlots | RedisSlots
