"""Leaky buckets (Shopify-style): spend points, get them back at a steady rate.

One mechanism for every rate the API limits per caller: the query-cost budget, the public
tracking lookup. (Caps on what a caller holds open at once are `services.slots`.)
A family of buckets has a capacity and a restore rate; each
key (a token, a client address, an order number) has its own level.

With `redis://` (the bus's Redis) the levels live in Redis, updated by one Lua script,
so every worker process and host shares one budget per caller. In the query-cost budget
a spend that leaves at least half of a bucket is taken in the process against the level
Redis last reported and sent with the next flush (SETTLE_SECONDS later, one pipeline for
every key): a caller well within its budget costs no round trip per request. Below half,
every spend asks Redis, so processes never share out the last points on stale levels. The
limits against guessing (tracking, sign-in) ask Redis on every spend. With `memory://`
they live in the process. When Redis cannot be reached a spend falls back to the process's
own buckets: limits loosen to per-process for that moment instead of failing requests.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

import redis.asyncio as aioredis
from redis.exceptions import RedisError

from services.slots import LocalSlots, RedisSlots, Slots
from settings import Settings

log = logging.getLogger("oms.throttle")

REDIS_TIMEOUT = 0.5  # seconds
REDIS_RETRY_AFTER = 5.0  # seconds on the process's own buckets after Redis failed
# How soon points settled or spent in the process reach Redis.
SETTLE_SECONDS = 0.05
# A level Redis reported is used for spends in the process for this long; a caller that keeps
# spending refreshes it with every flush. What another process spent in the meantime is not
# seen, so a caller can overdraw by at most the half bucket above LOCAL_FLOOR per process,
# once, and is then throttled until the points are back.
KNOWN_SECONDS = 0.5
LOCAL_FLOOR = 0.5  # share of capacity a spend in the process must leave


@dataclass(frozen=True)
class ThrottleStatus:
    maximum_available: float
    currently_available: float
    restore_rate: float

    def retry_after(self, cost: float) -> int:
        """Whole seconds until `cost` points are back (at least 1)."""
        missing = max(cost - self.currently_available, 0)
        return max(1, math.ceil(missing / self.restore_rate))


def shown(level: float) -> float:
    """A level as reported, to 0.1 point rounded down: a client that sends a query costing what
    it was told is available must not be refused (40.96 shown as 41.0 was)."""
    return math.floor(level * 10) / 10


class LocalBuckets:
    """The levels of one family in this process, bounded in memory (idlest keys forgotten)."""

    def __init__(
        self,
        *,
        capacity: float,
        restore_rate: float,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 100_000,
    ) -> None:
        self.capacity = capacity
        self.restore_rate = restore_rate
        self._clock = clock
        self._max_keys = max_keys
        self._levels: OrderedDict[str, tuple[float, float]] = OrderedDict()  # key -> (available, at)

    def spend_now(self, key: str, cost: float, *, force: bool = False) -> tuple[bool, ThrottleStatus]:
        """Take `cost` points if `key` has them (with `force`, even if that leaves it below
        zero: work already done is paid for); (allowed, status after). Cost 0 only reads."""
        now = self._clock()
        available, at = self._levels.get(key, (self.capacity, now))
        available = min(self.capacity, available + (now - at) * self.restore_rate)
        allowed = force or cost <= available
        if allowed:
            available = min(self.capacity, available - cost)  # a negative cost gives points back
        self._levels[key] = (available, now)
        self._levels.move_to_end(key)
        while len(self._levels) > self._max_keys:
            self._levels.popitem(last=False)
        return allowed, ThrottleStatus(self.capacity, shown(available), self.restore_rate)

    async def spend(self, key: str, cost: float) -> tuple[bool, ThrottleStatus]:
        return self.spend_now(key, cost)

    async def refund(self, key: str, points: float) -> ThrottleStatus:
        """Give back points spent and not used (never above capacity)."""
        return self.spend_now(key, -points, force=True)[1]

    async def charge(self, key: str, points: float) -> ThrottleStatus:
        """Take points for work already done beyond what was spent up front (may go below zero)."""
        return self.spend_now(key, points, force=True)[1]

    def settle(self, key: str, points: float, after: ThrottleStatus) -> ThrottleStatus:
        """After a spend: take `points` more for work done (negative: give back what was not
        used), below zero if need be; the status after."""
        return self.spend_now(key, points, force=True)[1]


# KEYS[1] the bucket; ARGV capacity, restore rate (points/s), cost (negative: a refund),
# force (1: take it even below zero, for work already done), owed (points settled since the
# last call, RedisBuckets.settle: taken first, whatever the level; absent: 0).
# Redis's own clock, so hosts with skewed clocks agree. The key expires once it would be full again anyway.
_SPEND = """
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local force = tonumber(ARGV[4]) == 1
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local state = redis.call('HMGET', KEYS[1], 'a', 't')
local available = tonumber(state[1])
local at = tonumber(state[2])
if available == nil or at == nil then
  available = capacity
  at = now
end
available = math.min(capacity, available + math.max(0, now - at) * rate)
available = math.min(capacity, available - (tonumber(ARGV[5] or '0') or 0))
local allowed = 0
if force or cost <= available then
  available = math.min(capacity, available - cost)
  allowed = 1
end
redis.call('HSET', KEYS[1], 'a', tostring(available), 't', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - available) / rate * 1000) + 1000)
return {allowed, tostring(available)}
"""


class RedisBuckets:
    """The levels of one family in Redis, shared by every process that names the same Redis."""

    def __init__(
        self,
        client: aioredis.Redis,
        *,
        prefix: str,
        capacity: float,
        restore_rate: float,
        spends_in_process: bool = False,
    ) -> None:
        self.capacity = capacity
        self.restore_rate = restore_rate
        self._client = client
        self._prefix = prefix
        self._script = client.register_script(_SPEND)
        self._fallback = LocalBuckets(capacity=capacity, restore_rate=restore_rate)
        self._warned_at = -math.inf
        self._skip_until = -math.inf
        # Points settled after requests and not yet in Redis, by key (settle): sent with the
        # key's next spend, or by the flush a moment later, whichever comes first.
        self._owed: dict[str, float] = {}
        self._flushing: asyncio.Task[None] | None = None
        # The level Redis last reported per key, and when (monotonic): spends in the process
        # start from it. Points on their way to Redis (sent, not yet answered) by key.
        self._known: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._sending: dict[str, float] = {}
        self._max_keys = 100_000
        self._spends_in_process = spends_in_process

    def _args(self, cost: float, *, force: bool, owed: float = 0.0) -> list[str]:
        return [repr(self.capacity), repr(self.restore_rate), repr(float(cost)), "1" if force else "0", repr(owed)]

    async def spend(self, key: str, cost: float, *, force: bool = False) -> tuple[bool, ThrottleStatus]:
        now = time.monotonic()
        if now < self._skip_until:
            self._fallback.spend_now(key, self._owed.pop(key, 0.0), force=True)
            return self._fallback.spend_now(key, cost, force=force)
        if self._spends_in_process and not force:
            level = self._estimate(key, now)
            if level is not None and level - cost >= self.capacity * LOCAL_FLOOR:
                self._owe(key, cost)
                return True, ThrottleStatus(self.capacity, shown(min(self.capacity, level - cost)), self.restore_rate)
        owed = self._owed.pop(key, 0.0)
        self._sending[key] = self._sending.get(key, 0.0) + owed
        try:
            allowed, available = await self._script(
                keys=[f"{self._prefix}{key}"], args=self._args(cost, force=force, owed=owed)
            )
        except (RedisError, OSError) as exc:
            self._unreachable(exc)
            self._fallback.spend_now(key, owed, force=True)
            return self._fallback.spend_now(key, cost, force=force)
        finally:
            self._sent(key, owed)
        level = self._know(key, available)
        return bool(allowed), ThrottleStatus(self.capacity, shown(level), self.restore_rate)

    def _estimate(self, key: str, now: float) -> float | None:
        """The key's level as Redis would compute it now from what this process knows (its
        last answer, the restore since, what is owed or on its way); None if not known lately."""
        known = self._known.get(key)
        if known is None or now - known[1] > KNOWN_SECONDS:
            return None
        level = min(self.capacity, known[0] + (now - known[1]) * self.restore_rate)
        return min(self.capacity, level - self._owed.get(key, 0.0) - self._sending.get(key, 0.0))

    def _know(self, key: str, available: bytes | str | float) -> float:
        level = float(available.decode() if isinstance(available, bytes) else available)
        if not self._spends_in_process:
            return level  # an exact family never reads it
        self._known[key] = (level, time.monotonic())
        self._known.move_to_end(key)
        while len(self._known) > self._max_keys:
            self._known.popitem(last=False)
        return level

    def _sent(self, key: str, points: float) -> None:
        left = self._sending.pop(key, 0.0) - points
        if left:
            self._sending[key] = left

    async def refund(self, key: str, points: float) -> ThrottleStatus:
        """Give back points spent and not used (never above capacity)."""
        return (await self.spend(key, -points, force=True))[1]

    async def charge(self, key: str, points: float) -> ThrottleStatus:
        """Take points for work already done beyond what was spent up front (may go below zero)."""
        return (await self.spend(key, points, force=True))[1]

    def settle(self, key: str, points: float, after: ThrottleStatus) -> ThrottleStatus:
        """After a spend: take `points` more for work done (negative: give back what was not
        used), without a round trip of its own: owed until the key's next spend that asks
        Redis carries it (in the same script call) or the flush, SETTLE_SECONDS later, sends
        everything owed in one pipeline. The status reported is the spend's less these
        points (the restore of the milliseconds between is not counted)."""
        self._owe(key, points)
        return ThrottleStatus(
            self.capacity, shown(min(self.capacity, after.currently_available - points)), self.restore_rate
        )

    def _owe(self, key: str, points: float) -> None:
        self._owed[key] = self._owed.get(key, 0.0) + points
        if self._flushing is None or self._flushing.done():
            self._flushing = asyncio.get_running_loop().create_task(self._flush_soon(), name="oms-budget-settle")

    async def _flush_soon(self) -> None:
        await asyncio.sleep(SETTLE_SECONDS)
        await self.flush()

    async def flush(self) -> None:
        """Send what is owed now (the flush task's job; at shutdown: Limits.close)."""
        owed, self._owed = self._owed, {}
        if not owed:
            return
        if time.monotonic() < self._skip_until:
            for key, points in owed.items():
                self._fallback.spend_now(key, points, force=True)
            return
        for key, points in owed.items():
            self._sending[key] = self._sending.get(key, 0.0) + points
        try:
            async with self._client.pipeline(transaction=False) as pipe:
                for key, points in owed.items():
                    await self._script(
                        keys=[f"{self._prefix}{key}"], args=self._args(0, force=True, owed=points), client=pipe
                    )
                answers = await pipe.execute()
        except (RedisError, OSError) as exc:
            self._unreachable(exc)
            for key, points in owed.items():
                self._fallback.spend_now(key, points, force=True)
            return
        finally:
            for key, points in owed.items():
                self._sent(key, points)
        for key, (_, available) in zip(owed, answers, strict=True):
            self._know(key, available)

    async def close(self) -> None:
        if self._flushing is not None and not self._flushing.done():
            self._flushing.cancel()
        await self.flush()

    def _unreachable(self, exc: BaseException) -> None:
        # Do not make every request wait out the timeout again: skip Redis for a while.
        self._skip_until = time.monotonic() + REDIS_RETRY_AFTER
        if time.monotonic() - self._warned_at > 60:
            self._warned_at = time.monotonic()
            log.warning("rate limits are per process while Redis is unreachable (%s)", type(exc).__name__)


Buckets = LocalBuckets | RedisBuckets


class Limits:
    """Every bucket family the API uses, for one process (`close()` in the lifespan)."""

    def __init__(self, settings: Settings) -> None:
        self._client: aioredis.Redis | None = None
        if settings.broadcast_url.startswith(("redis://", "rediss://")):
            # Short timeouts: a Redis that hangs must send us to the fallback, not stall requests.
            self._client = aioredis.from_url(
                settings.broadcast_url, socket_timeout=REDIS_TIMEOUT, socket_connect_timeout=REDIS_TIMEOUT
            )
        prefix = f"{settings.namespace}:bucket:"

        self._families: list[RedisBuckets] = []

        def family(name: str, capacity: float, restore_rate: float, *, exact: bool = True) -> Buckets:
            if self._client is None:
                return LocalBuckets(capacity=capacity, restore_rate=restore_rate)
            found = RedisBuckets(
                self._client,
                prefix=f"{prefix}{name}:",
                capacity=capacity,
                restore_rate=restore_rate,
                spends_in_process=not exact,
            )
            self._families.append(found)
            return found

        # The query-cost budget per token (or per client address without one).
        # A caller may overdraw it a little across processes (half a bucket per process, once):
        # it protects capacity, not secrets, so most spends skip the round trip.
        self.query_cost = family("cost", settings.cost_bucket_size, settings.cost_restore_rate, exact=False)
        # The public orderTrack, all per client address: lookups, failed lookups of any number,
        # failed lookups of one number (key: address and order).
        self.track_lookups = family("track", settings.track_lookups_per_minute, settings.track_lookups_per_minute / 60)
        address_misses = settings.track_address_misses_per_hour
        self.track_address_misses = family("track-miss-addr", address_misses, address_misses / 3600)
        self.track_misses = family(
            "track-miss-order", settings.track_misses_per_hour, settings.track_misses_per_hour / 3600
        )
        # Customer sign-in: codes asked for per email and per client address, and attempts
        # to finish a sign-in per client address.
        per_email = settings.sign_in_codes_per_email_per_hour
        self.sign_in_email = family("signin-email", per_email, per_email / 3600)
        per_address = settings.sign_in_codes_per_address_per_hour
        self.sign_in_address = family("signin-addr", per_address, per_address / 3600)
        attempts = settings.sign_in_attempts_per_address_per_hour
        self.sign_in_attempts = family("signin-try", attempts, attempts / 3600)

        def slots(name: str, capacity: int) -> Slots:
            if self._client is None:
                return LocalSlots(capacity=capacity)
            return RedisSlots(self._client, prefix=f"{settings.namespace}:slots:{name}:", capacity=capacity)

        # Open WebSockets per client address (from accept to close) and per token (from
        # connection_init to close).
        self.ws_per_address = slots("ws-address", settings.ws_connections_per_address)
        self.ws_per_token = slots("ws-token", settings.ws_connections_per_token)

    @property
    def redis(self) -> aioredis.Redis | None:
        """The Redis these limits share (None with memory://), for other per-deployment state."""
        return self._client

    async def close(self) -> None:
        if self._client is not None:
            for family in self._families:  # what is owed goes out before the client closes
                await family.close()
            await self._client.aclose()


@dataclass
class Throttled(Exception):
    """A caller ran out of points; try again after `retry_after` seconds."""

    message: str
    retry_after: int

    def __str__(self) -> str:
        return self.message


async def take(buckets: Buckets, key: str, *, what: str, cost: float = 1) -> ThrottleStatus:
    """Spend `cost` points of `key` or raise Throttled (saying what was limited)."""
    allowed, status = await buckets.spend(key, cost)
    if not allowed:
        raise _throttled(status, cost, what)
    return status


async def ensure(buckets: Buckets, key: str, *, what: str, cost: float = 1) -> None:
    """Raise Throttled unless `key` has `cost` points left, spending nothing (for limits that
    are charged only afterwards, when the outcome is known)."""
    _, status = await buckets.spend(key, 0)
    if status.currently_available < cost:
        raise _throttled(status, cost, what)


def _throttled(status: ThrottleStatus, cost: float, what: str) -> Throttled:
    wait = status.retry_after(cost)
    return Throttled(f"Too many {what}; try again in {wait} s.", wait)
