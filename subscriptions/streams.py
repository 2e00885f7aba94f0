"""Live event streams with replay: what every GraphQL subscription is built on.

`live_events` registers with the bus *before* reading the table, then replays from the
cursor, then goes live. It remembers the last sequence number it handled, so an event
seen both in the replay and live is delivered once; a jump in sequence numbers (a bus
hiccup, a dropped queue, a Redis reconnect) is filled from the table. No gap, no
duplicate, in order.

A stream opened for a token ends (TokenRevoked) when the token's revocation comes by, and
(TokenExpired) at the token's expiry: a timer to `expires_at` that, when it fires, reads the
token again, so a token extended meanwhile keeps its stream.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Collection
from dataclasses import replace
from datetime import UTC, datetime

from tortoise.functions import Max

from models.access import ApiToken
from models.events import OutboxEvent
from subscriptions.bus import EventBus, Resync
from subscriptions.envelope import Envelope, Signal, decode_cursor
from subscriptions.topics import TOKEN_REVOKED

_PAGE = 500


class TokenRevoked(Exception):
    """The subscriber's token was revoked while the stream was open."""


class TokenExpired(Exception):
    """The subscriber's token expired while the stream was open."""


async def token_expiry(token_id: int) -> datetime | None:
    """When the token expires as the database has it now (None: never); raises TokenRevoked
    or TokenExpired when it no longer works."""
    row = await ApiToken.filter(id=token_id).first().values("expires_at", "revoked_at")
    if row is None or row["revoked_at"] is not None:
        raise TokenRevoked()
    expires_at: datetime | None = row["expires_at"]
    if expires_at is not None and expires_at <= datetime.now(UTC):
        raise TokenExpired()
    return expires_at


def seconds_until(moment: datetime | None) -> float | None:
    return None if moment is None else (moment - datetime.now(UTC)).total_seconds()


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
    expires_at: datetime | None = None,
) -> AsyncIterator[Envelope]:
    """Events of `topics` that `accept` lets through: replayed since `after`, then live.

    Raises ValueError for a cursor that is not ours, TokenRevoked (live) when the
    revocation of `token_id` comes by, and TokenExpired once `expires_at` has passed and
    the token (read again then) has not been extended.
    """
    async for item in live_events_and_signals(
        bus, topics=topics, after=after, accept=accept, token_id=token_id, expires_at=expires_at
    ):
        assert isinstance(item, Envelope)  # no signal topics asked for
        yield item


async def live_events_and_signals(
    bus: EventBus,
    *,
    topics: Collection[str],
    after: str | None,
    accept: Callable[[Envelope], bool] = lambda _e: True,
    signals: Collection[str] = (),
    accept_signal: Callable[[Signal], bool] = lambda _s: True,
    token_id: int | None = None,
    expires_at: datetime | None = None,
) -> AsyncIterator[Envelope | Signal]:
    """`live_events`, with the ephemeral signals of `signals` that `accept_signal` lets
    through interleaved as they arrive live (never replayed: nothing stores them), each
    carrying the cursor of the last stored event before it."""
    deadline = expires_at if token_id is not None else None
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
            try:
                async with asyncio.timeout(seconds_until(deadline)):
                    item = await listener.get()
            except TimeoutError:
                assert token_id is not None
                deadline = await token_expiry(token_id)  # raises unless the token was extended
                continue
            if isinstance(item, Signal):
                if item.topic in signals and accept_signal(item):
                    yield replace(item, after_seq=last)
                continue
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
