"""Per-caller leaky buckets for query cost (Shopify-style): spend points, get them back
at a steady rate. In-process: each worker keeps its own buckets."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class ThrottleStatus:
    maximum_available: float
    currently_available: float
    restore_rate: float


class CostBuckets:
    def __init__(
        self,
        *,
        capacity: float,
        restore_rate: float,
        clock: Callable[[], float] = time.monotonic,
        max_callers: int = 100_000,
    ) -> None:
        self.capacity = capacity
        self.restore_rate = restore_rate
        self._clock = clock
        self._max_callers = max_callers
        self._levels: OrderedDict[str, tuple[float, float]] = OrderedDict()  # caller -> (available, at)

    def _available(self, caller: str) -> float:
        now = self._clock()
        available, at = self._levels.get(caller, (self.capacity, now))
        return min(self.capacity, available + (now - at) * self.restore_rate)

    def spend(self, caller: str, cost: float) -> tuple[bool, ThrottleStatus]:
        """Take `cost` points if the caller has them; (allowed, status after)."""
        available = self._available(caller)
        allowed = cost <= available
        if allowed:
            available -= cost
        self._levels[caller] = (available, self._clock())
        self._levels.move_to_end(caller)
        while len(self._levels) > self._max_callers:  # bounded memory: forget the idlest
            self._levels.popitem(last=False)
        return allowed, ThrottleStatus(self.capacity, round(available, 1), self.restore_rate)
