"""Live event streams with replay: what every GraphQL subscription is built on.

`live_events` registers with the bus *before* reading the table, then replays from the
cursor, then goes live. It remembers the last sequence number it handled, so an event
seen both in the replay and live is delivered once; a jump in sequence numbers (a bus
hiccup, a dropped queue, a Redis reconnect) is filled from the table. No gap, no
duplicate, in order.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Collection

from tortoise.functions import Max

from models.events import OutboxEvent
from subscriptions.bus import EventBus, Resync
from subscriptions.envelope import Envelope, decode_cursor
from subscriptions.topics import TOKEN_REVOKED

_PAGE = 500


class TokenRevoked(Exception):
    """The subscriber's token was revoked while the stream was open."""


async def latest_seq() -> int:
    row = await OutboxEvent.annotate(top=Max("seq")).first().values("top")
    return int(row["top"] or 0) if row else 0


async def read_events(after: int, *, upto: int | None = None) -> AsyncIterator[Envelope]:
    """Sequenced events with `after < seq <= upto`, in order, a page at a time."""
    last = after
    while True:
        query = OutboxEvent.filter(seq__gt=last)
        if upto is not None:
            query = query.filter(seq__lte=upto)
        rows = await query.order_by("seq").limit(_PAGE)
        for row in rows:
            assert row.seq is not None
            last = row.seq
            yield Envelope(
                seq=row.seq,
                topic=row.topic,
                aggregate_type=row.aggregate_type,
                aggregate_id=row.aggregate_id,
                payload=row.payload,
                occurred_at=row.occurred_at,
            )
        if len(rows) < _PAGE:
            return


async def live_events(
    bus: EventBus,
    *,
    topics: Collection[str],
    after: str | None,
    accept: Callable[[Envelope], bool] = lambda _e: True,
    token_id: int | None = None,
) -> AsyncIterator[Envelope]:
    """Events of `topics` that `accept` lets through: replayed since `after`, then live.

    Raises ValueError for a cursor that is not ours, and TokenRevoked (live) when the
    revocation of `token_id` comes by.
    """
    start = decode_cursor(after) if after is not None else None

    def wanted(env: Envelope) -> bool:
        if token_id is not None and env.topic == TOKEN_REVOKED and env.payload.get("token_id") == token_id:
            raise TokenRevoked()
        return env.topic in topics and accept(env)

    async with bus.listen() as listener:
        last = start if start is not None else await latest_seq()
        if start is not None:
            async for env in read_events(last):
                last = env.seq
                if wanted(env):
                    yield env
        while True:
            item = await listener.get()
            if isinstance(item, Resync):
                async for env in read_events(last):
                    last = env.seq
                    if wanted(env):
                        yield env
                continue
            if item.seq <= last:
                continue
            if item.seq > last + 1:
                async for env in read_events(last, upto=item.seq - 1):
                    last = env.seq
                    if wanted(env):
                        yield env
            last = item.seq
            if wanted(item):
                yield item
