"""A slow subscriber: its queue is bounded, and overflowing it costs no event.

The bus gives each live listener a queue of `subscriber_queue_size`; when a consumer falls
that far behind, its queue is replaced by one RESYNC marker and the stream reads what it
missed from the event table. Memory stays bounded and the subscriber still gets every
event, in order, once.
"""

from __future__ import annotations

import asyncio

from models.events import OutboxEvent
from settings import Settings
from subscriptions.bus import EventBus, events_channel
from subscriptions.relay import OutboxRelay
from subscriptions.streams import live_events
from subscriptions.topics import ORDER_STATUS_CHANGED
from tests.fixtures.catalog import place_through_services
from tests.fixtures.waiting import eventually

QUEUE = 4
ORDERS = 15  # two events each (PENDING, then BACKORDERED: there is no stock)


async def published(count: int) -> bool:
    return await OutboxEvent.filter(published=True).count() == count


async def test_a_subscriber_that_falls_behind_its_bounded_queue_still_gets_every_event_in_order(
    settings: Settings, database: None
) -> None:
    # Given a bus whose listeners hold at most QUEUE events, and a relay publishing to it
    bus = EventBus(settings.broadcast_url, queue_size=QUEUE, channel=events_channel(settings.namespace))
    relay = OutboxRelay(bus, poll_seconds=0.02)
    await bus.start()
    await relay.start()
    stream = live_events(bus, topics={ORDER_STATUS_CHANGED}, after=None)
    try:
        # a subscriber that takes one event and then does not read for a while
        first = asyncio.create_task(anext(stream))
        await eventually(lambda: bus.listener_count == 1, what="the subscriber listens")

        # When far more events than its queue holds are published meanwhile
        await place_through_services(ORDERS)
        # three events per order: its two statuses and the customer's notification (issue 14)
        await eventually(lambda: published(3 * ORDERS), what="the relay publishes every event")
        await eventually(lambda: bus.overflows >= 1, what="the fan-out overflows the subscriber's queue")
        overflowed = bus.overflows
        got = [await asyncio.wait_for(first, 10)]
        got += [await asyncio.wait_for(anext(stream), 10) for _ in range(2 * ORDERS - 1)]
    finally:
        await stream.aclose()
        await relay.stop()
        await bus.stop()

    # Then its queue overflowed (memory stayed bounded) and still nothing was lost or repeated
    assert overflowed >= 1
    assert [e.seq for e in got] == [seq for seq in range(1, 3 * ORDERS + 1) if seq % 3]
    assert [e.payload["status"] for e in got] == ["PENDING", "BACKORDERED"] * ORDERS
