"""The outbox: events are committed with the change and survive a crash before publishing."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

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
from tests.fixtures.catalog import ORDER_STATUS_SUB, place_through_services
from tests.fixtures.database import make_token, reset_database
from tests.fixtures.live import subscribe
from tests.fixtures.server import serve


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
    bus = EventBus(settings.broadcast_url, channel=events_channel(settings.namespace))
    relay = OutboxRelay(bus, poll_seconds=3600)
    await bus.start()
    await relay.start()
    try:
        async with bus.listen() as listener:
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
    finally:
        await relay.stop()
        await bus.stop()
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
