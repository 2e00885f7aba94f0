"""Connection slots (services/slots.py): a key holds at most `capacity` at once, a slot comes
back when its holder ends, and in Redis every process counts the same holders, and the slots
of a process that was killed come back when their leases run out."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import uuid
from contextlib import AsyncExitStack

import pytest
import redis.asyncio as aioredis

from services.slots import LocalSlots, RedisSlots
from settings import ROOT
from tests.fixtures.backends import Backends
from tests.fixtures.waiting import eventually


async def test_a_key_holds_at_most_its_capacity_and_gets_slots_back() -> None:
    slots = LocalSlots(capacity=2)
    async with AsyncExitStack() as stack:
        taken = [await stack.enter_async_context(slots.hold("a")) for _ in range(3)]
        other = await stack.enter_async_context(slots.hold("b"))
    async with slots.hold("a") as again:
        pass

    assert taken == [True, True, False] and other and again


# A process that takes a slot with a short lease, says so, and waits to be killed.
HOLDER = """
import asyncio, sys
import redis.asyncio as aioredis
from services.slots import RedisSlots

async def main():
    slots = RedisSlots(aioredis.from_url(sys.argv[1]), prefix=sys.argv[2], capacity=1, lease_seconds=0.5)
    async with slots.hold("k") as taken:
        print("held" if taken else "refused", flush=True)
        await asyncio.sleep(3600)

asyncio.run(main())
"""


@pytest.mark.postgres  # Redis
async def test_in_redis_processes_share_the_count_and_a_killed_holders_slot_comes_back(backends: Backends) -> None:
    prefix = f"oms-test-{uuid.uuid4().hex[:12]}:slots:"
    client = aioredis.from_url(backends.broadcast_url)
    holder = await asyncio.create_subprocess_exec(
        sys.executable, "-c", HOLDER, backends.broadcast_url, prefix, cwd=ROOT, stdout=asyncio.subprocess.PIPE
    )
    try:
        assert holder.stdout is not None
        said = (await asyncio.wait_for(holder.stdout.readline(), 30)).decode().strip()
        here = RedisSlots(client, prefix=prefix, capacity=1, lease_seconds=0.5)
        async with here.hold("k") as while_held:
            pass
        # Killed: no `finally`, no ZREM; the lease (0.5 s, no longer renewed) runs out.
        os.kill(holder.pid, signal.SIGKILL)
        await holder.wait()

        async def free() -> bool:
            async with here.hold("k") as taken:
                return taken

        after_kill = await eventually(free, what="the killed holder's slot is back")
    finally:
        if holder.returncode is None:
            holder.kill()
            await holder.wait()
        await client.aclose()

    assert said == "held"
    assert while_held is False, "another process holds the only slot"
    assert after_kill is True
