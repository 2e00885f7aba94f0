"""The one way resolvers open a live stream: scoped to the caller's token, errors public."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Collection

from resolvers.context import Info
from resolvers.errors import PublicError
from resolvers.loaders import Loaders
from subscriptions.envelope import Envelope, Signal, encode_cursor
from subscriptions.streams import TokenExpired, TokenRevoked, live_events_and_signals


async def stream(
    info: Info,
    *,
    topics: Collection[str],
    after: str | None,
    accept: Callable[[Envelope], bool],
    grouped: bool = False,
) -> AsyncIterator[Envelope]:
    """`live_events` for this subscriber: ends with UNAUTHENTICATED the moment its token is
    revoked or expires (unless extended meanwhile); a bad cursor is INVALID. Each event is read through fresh loaders: the
    connection's context lives on, and what an earlier event loaded may have changed.

    `grouped`: what the resolver makes of an event depends on nothing but the event and the
    subscriber's `live_scope` (its operation, variables, role, scope and channel; never its
    token, name or operator). A subscriber starting live then joins the group of its scope
    (resolvers.live_groups): only the group's leader runs this stream, and a follower waits
    here, its frames written for it, until it leads or its token ends."""
    groups = info.context.event_reads.groups
    member = await groups.join(info) if grouped and after is None else None
    if member is None:
        async for item in stream_with_signals(info, topics=topics, after=after, accept=accept):
            assert isinstance(item, Envelope)  # no signal topics asked for
            yield item
        return
    try:
        resume = await member.turn
        async for item in stream_with_signals(info, topics=topics, after=encode_cursor(resume), accept=accept):
            assert isinstance(item, Envelope)
            member.group.pending = item.seq  # what the payload sent next is about, for the followers
            yield item
    finally:
        groups.leave(member)


async def stream_with_signals(
    info: Info,
    *,
    topics: Collection[str],
    after: str | None,
    accept: Callable[[Envelope], bool],
    signals: Collection[str] = (),
    accept_signal: Callable[[Signal], bool] = lambda _s: True,
) -> AsyncIterator[Envelope | Signal]:
    """`stream`, with the ephemeral signals of `signals` (typing indicators) interleaved live."""
    principal = info.context.principal
    token_id = principal.token_id if principal else None
    expires_at = principal.expires_at if principal else None
    try:
        async for item in live_events_and_signals(
            info.context.bus,
            topics=topics,
            after=after,
            accept=accept,
            signals=signals,
            accept_signal=accept_signal,
            token_id=token_id,
            expires_at=expires_at,
        ):
            info.context.loaders = Loaders()
            yield item
    except TokenRevoked:
        raise PublicError("The token was revoked.", "UNAUTHENTICATED") from None
    except TokenExpired:
        raise PublicError("The token expired.", "UNAUTHENTICATED") from None
    except ValueError as exc:
        raise PublicError(str(exc), "INVALID") from None
