"""The event bus on a real Redis: delivery, concurrent first subscribers, reconnect."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import pytest
import redis.asyncio as aioredis

from subscriptions.bus import CHANNEL, EventBus, Resync, events_channel
from subscriptions.envelope import Envelope
from tests.fixtures.backends import Backends
from tests.fixtures.catalog import ORDER_STATUS_SUB, place
from tests.fixtures.live import subscribe
from tests.fixtures.server import Server

pytestmark = pytest.mark.postgres


def envelope(seq: int) -> Envelope:
    return Envelope(
        seq=seq, topic="t", aggregate_type="x", aggregate_id=1, payload={"n": seq}, occurred_at=datetime.now(UTC)
    )


async def test_every_concurrent_first_listener_receives_every_event(backends: Backends) -> None:
    """broadcaster 0.3.1's redis backend delivers nothing with redis-py 8 and drops all but one
    of several concurrent first subscribers; this fails on zero (or partial) delivery."""
    bus = EventBus(backends.broadcast_url)
    await bus.start()
    try:
        received: list[list[int]] = [[] for _ in range(25)]
        ready = asyncio.Event()
        registered = 0

        async def listen(slot: int) -> None:
            nonlocal registered
            async with bus.listen() as listener:
                registered += 1
                if registered == 25:
                    ready.set()
                while len(received[slot]) < 10:
                    item = await listener.get()
                    assert not isinstance(item, Resync)
                    received[slot].append(item.seq)

        tasks = [asyncio.create_task(listen(i)) for i in range(25)]
        await asyncio.wait_for(ready.wait(), 5)
        for seq in range(1, 11):
            await bus.publish(envelope(seq))
        await asyncio.wait_for(asyncio.gather(*tasks), 10)
    finally:
        await bus.stop()

    assert received == [list(range(1, 11))] * 25


async def test_bus_in_another_process_style_client_sees_published_messages(backends: Backends) -> None:
    """What we publish is on the Redis channel other processes subscribe to."""
    client = aioredis.from_url(backends.broadcast_url)
    pubsub = client.pubsub()
    await pubsub.subscribe(CHANNEL)
    await pubsub.get_message(timeout=1)  # subscribe confirmation
    bus = EventBus(backends.broadcast_url)
    await bus.start()
    try:
        await bus.publish(envelope(7))
        message: dict[str, Any] | None = None
        for _ in range(50):
            message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=0.1)
            if message:
                break
    finally:
        await bus.stop()
        await pubsub.aclose()
        await client.aclose()

    assert message is not None and b'"seq": 7' in message["data"]


@pytest.mark.live_server  # a WebSocket subscription
async def test_subscribers_recover_after_redis_drops_the_connection(
    server: Server, admin_token: str, catalog: dict[str, Any], backends: Backends
) -> None:
    client = aioredis.from_url(backends.broadcast_url)
    try:
        async with subscribe(server, ORDER_STATUS_SUB, token=admin_token) as sub:
            first = (await place(server, admin_token, externalRef="before"))["order"]
            for _ in range(2):  # created, allocated
                assert (await sub.next())["orderStatusChanged"]["order"]["id"] == first["id"]

            # (this server's subscription only: the suite's other process shares the Redis)
            own = [
                c["id"]
                for c in await client.client_list(_type="pubsub")
                if c["name"] == events_channel(server.settings.namespace)
            ]
            assert own
            for client_id in own:
                await client.client_kill_filter(_id=client_id)
            during = (await place(server, admin_token, externalRef="during"))["order"]
            after = (await place(server, admin_token, externalRef="after"))["order"]

            got = [(await sub.next(timeout=15))["orderStatusChanged"] for _ in range(4)]
            await sub.nothing_within(0.3)
    finally:
        await client.aclose()

    assert [(e["order"]["id"], e["status"]) for e in got] == [
        (during["id"], "PENDING"),
        (during["id"], "ALLOCATED"),
        (after["id"], "PENDING"),
        (after["id"], "ALLOCATED"),
    ]
