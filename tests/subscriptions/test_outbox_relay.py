"""The outbox: events are committed with the change and survive a crash before publishing."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest

from models.access import Role
from models.events import OutboxEvent
from services import db
from services.access import SYSTEM
from services.errors import DomainError
from services.order_drafts import AddressDraft, LineDraft, OrderDraft
from services.orders import place_order
from services.wiring import wire
from settings import Settings
from subscriptions.bus import EventBus, events_channel
from subscriptions.envelope import Envelope
from subscriptions.relay import BATCH, OutboxRelay, sequence_pending
from subscriptions.streams import read_events
from tests.fixtures.catalog import ORDER_STATUS_SUB, place_through_services
from tests.fixtures.database import make_token, reset_database
from tests.fixtures.live import subscribe
from tests.fixtures.server import serve
from tests.fixtures.waiting import eventually


async def test_events_committed_while_no_relay_runs_are_delivered_after_restart(settings: Settings) -> None:
    # Given orders committed by a process that died before its relay published anything
    # (its reactions wired, as in any process: run alone, no earlier test has wired them)
    wire()
    await db.open_database(settings)
    try:
        await reset_database()
        await place_through_services(3)
        # three events each: created (PENDING), then BACKORDERED (no stock anywhere), then the
        # customer's notification (customer.notification, issue 14)
        assert await OutboxEvent.filter(seq__isnull=True).count() == 9
        admin = await make_token(Role.ADMIN)
    finally:
        await db.close_database()

    # When a server starts and a client resumes from the beginning
    async with serve(settings) as server, subscribe(server, ORDER_STATUS_SUB, {"after": "0"}, token=admin) as sub:
        events = [(await sub.next())["orderStatusChanged"] for _ in range(6)]
        published = await OutboxEvent.filter(published=True).count()

    # Then nothing was lost, in commit order
    assert [(e["order"]["number"], e["status"]) for e in events] == [
        (number, status) for number in ("OG-000001", "OG-000002", "OG-000003") for status in ("PENDING", "BACKORDERED")
    ]
    assert [int(e["cursor"]) for e in events] == [1, 2, 4, 5, 7, 8]  # 3, 6, 9: the notifications
    assert published == 9


async def test_a_failed_business_transaction_leaves_no_event(database: None) -> None:
    await place_through_services(0)
    bad = OrderDraft(
        channel="web",
        external_ref="X",
        customer_email="ada@example.com",
        customer_name=None,
        shipping_address=AddressDraft(country="US"),
        lines=[LineDraft(sku="SKU-A", quantity=1), LineDraft(sku="NOPE", quantity=1)],
    )

    try:
        await place_order(SYSTEM, bad)
    except DomainError as error:
        codes = [p.code.value for p in error.problems]
    else:  # pragma: no cover - the assertion below reports it
        codes = []

    assert codes == ["UNKNOWN_SKU"]
    assert await OutboxEvent.all().count() == 0


async def test_sequencing_is_gap_free_and_idempotent(database: None) -> None:
    await place_through_services(4)

    first = await sequence_pending()
    second = await sequence_pending()
    seqs: list[Any] = await OutboxEvent.all().order_by("seq").values_list("seq", flat=True)

    assert (first, second) == (12, 0)  # three events per order (see the first test)
    assert seqs == list(range(1, 13))


async def test_sequencing_numbers_in_id_order_after_the_highest_seq_in_batches(database: None) -> None:
    # Given more unsequenced events than one batch holds, after some already numbered
    await place_through_services(2)
    assert await sequence_pending() == 6
    await OutboxEvent.bulk_create(
        [
            OutboxEvent(topic="t", aggregate_type="order", aggregate_id=i, payload={}, occurred_at=datetime.now(UTC))
            for i in range(BATCH + 7)
        ]
    )

    # When the relay sequences them, one batch per call
    counts = [await sequence_pending(), await sequence_pending(), await sequence_pending()]

    # Then each batch continues after the highest seq, in id order, with no gap
    rows = await OutboxEvent.all().order_by("id").values_list("seq", flat=True)
    assert counts == [BATCH, 7, 0]
    assert list(rows) == list(range(1, BATCH + 14))


async def test_a_commit_reaches_subscribers_without_waiting_for_the_poll(settings: Settings, database: None) -> None:
    # Given a relay that would poll only once an hour: only the commit's wake-up moves it
    async with _running_relay(settings, poll_seconds=3600) as (_, listener):
        # When orders are placed one after another and side by side, so that some
        # commits land while a relay cycle runs
        await place_through_services(10)
        await asyncio.gather(*(_place(f"W-{i}") for i in range(5)))

        # Then every event arrives (a bus on Redis also hands out a RESYNC marker when
        # its subscription starts: not an event); no wake-up was lost
        events: list[Envelope] = []
        while len(events) < 30:
            item = await asyncio.wait_for(listener.get(), 10)
            if isinstance(item, Envelope):
                events.append(item)
    assert sorted(e.seq for e in events) == list(range(1, 31))


async def _place(ref: str) -> None:
    draft = OrderDraft(
        channel="web",
        external_ref=ref,
        customer_email="ada@example.com",
        customer_name=None,
        shipping_address=AddressDraft(country="US"),
        lines=[LineDraft(sku="SKU-A", quantity=1)],
    )
    await place_order(SYSTEM, draft)


async def test_a_relay_no_commit_of_its_own_process_wakes_keeps_up_with_writers_elsewhere(
    settings: Settings, database: None
) -> None:
    # Given a relay that would poll only once an hour, in a process where nothing commits
    # (a worker host's: the API processes write the events), once some events went through
    async with _running_relay(settings, poll_seconds=3600) as (relay, listener):
        await _insert_unannounced(3)
        relay.wake()  # the first: as its own poll would, an hour later
        events = await _receive(listener, 3)

        # When other processes keep committing events, which wake nobody here
        await _insert_unannounced(4)
        events += await _receive(listener, 4)

    # Then the relay found them without waiting out its idle poll, in order
    assert [e.seq for e in events] == list(range(1, 8))


async def test_a_relay_polls_with_one_read_and_runs_a_whole_cycle_only_for_waiting_events(
    settings: Settings, database: None, caplog: pytest.LogCaptureFixture
) -> None:
    # Given a relay polling every 20 ms in a process where nothing commits, its first cycle done
    async with _running_relay(settings, poll_seconds=0.02) as (relay, listener):
        await eventually(lambda: relay.health.last_success is not None, what="the relay's first cycle")
        caplog.set_level(logging.DEBUG, logger="tortoise.db_client")
        caplog.clear()
        # When it polls for a while with nothing to do
        await asyncio.sleep(0.3)
        idle = _sent(caplog)
        caplog.clear()
        # and then events committed elsewhere wait, and a poll finds them
        await _insert_unannounced(3)
        events = await _receive(listener, 3)
        await asyncio.sleep(0.3)
        busy = [statement for statement in _sent(caplog) if not statement.startswith("INSERT")]

    # Then each idle poll was one read: no transaction, lock or sequencing (a whole cycle was
    # six round trips, and a relay polls ~7 times after every batch it moves)
    assert idle and {statement.split(" FROM")[0] for statement in idle} == {"SELECT 1 AS waiting"}
    # and the events took one whole cycle (one sequencing, one publishing read); the polls
    # after it were reads again
    assert [e.seq for e in events] == [1, 2, 3]
    assert sum(statement.startswith("WITH pending") for statement in busy) == 1
    assert sum("seq IS NOT NULL ORDER BY seq" in statement for statement in busy) == 1
    assert sum(statement.startswith("SELECT 1 AS waiting") for statement in busy) >= 2


@contextlib.asynccontextmanager
async def _running_relay(settings: Settings, *, poll_seconds: float) -> AsyncIterator[tuple[OutboxRelay, Any]]:
    """A started bus and relay polling every `poll_seconds`, and a listener on the bus."""
    bus = EventBus(settings.broadcast_url, channel=events_channel(settings.namespace))
    relay = OutboxRelay(bus, poll_seconds=poll_seconds)
    await bus.start()
    await relay.start()
    try:
        async with bus.listen() as listener:
            yield relay, listener
    finally:
        await relay.stop()
        await bus.stop()


def _sent(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The statements tortoise logged (its debug log: the query, then its values)."""
    return [
        " ".join(record.getMessage().split())
        for record in caplog.records
        if record.name == "tortoise.db_client" and not record.getMessage().startswith(("Created", "Closed"))
    ]


async def _insert_unannounced(count: int) -> None:
    """Events committed as by another process: no wake-up for this process's relay."""
    await OutboxEvent.bulk_create(
        [
            OutboxEvent(
                topic="t", aggregate_type="order", aggregate_id=i, payload={"i": i}, occurred_at=datetime.now(UTC)
            )
            for i in range(count)
        ]
    )


async def _receive(listener: Any, count: int) -> list[Envelope]:
    events: list[Envelope] = []
    while len(events) < count:
        item = await asyncio.wait_for(listener.get(), 10)
        if isinstance(item, Envelope):  # a bus on Redis also hands out a RESYNC marker at start
            events.append(item)
    return events


async def test_a_batch_goes_out_as_the_events_the_table_holds(settings: Settings, database: None) -> None:
    # Given events with payloads JSON must escape, committed while no relay runs
    payloads = [{"note": 'quote " and \\ and ünïcode', "n": 1}, {"nested": {"list": [1, 2.5, None, True]}}]
    when = datetime(2026, 12, 2, 11, 0, 0, 123456, tzinfo=UTC)
    await OutboxEvent.bulk_create(
        [
            OutboxEvent(topic="a.b", aggregate_type="order", aggregate_id=7, payload=p, occurred_at=when)
            for p in payloads
        ]
    )
    bus = EventBus(settings.broadcast_url, channel=events_channel(settings.namespace))
    await bus.start()
    try:
        async with bus.listen() as listener:
            # When a relay sequences and publishes them (one message for the batch)
            published = await OutboxRelay(bus, poll_seconds=3600).run_once()
            received = await _receive(listener, 2)
    finally:
        await bus.stop()

    # Then each subscriber gets each event as a replay from the table would give it
    replayed = [e async for e in read_events(0)]
    assert published == 2
    assert received == replayed
    assert [(e.seq, e.payload, e.occurred_at) for e in received] == [(1, payloads[0], when), (2, payloads[1], when)]
    assert await OutboxEvent.filter(published=False).count() == 0
