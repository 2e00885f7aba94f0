"""The one way resolvers open a live stream: scoped to the caller's token, errors public."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Collection

from resolvers.context import Info
from resolvers.errors import PublicError
from resolvers.loaders import Loaders
from subscriptions.envelope import Envelope
from subscriptions.streams import TokenExpired, TokenRevoked, live_events


async def stream(
    info: Info, *, topics: Collection[str], after: str | None, accept: Callable[[Envelope], bool]
) -> AsyncIterator[Envelope]:
    """`live_events` for this subscriber: ends with UNAUTHENTICATED the moment its token is
    revoked or expires (unless extended meanwhile); a bad cursor is INVALID. Each event is read through fresh loaders: the
    connection's context lives on, and what an earlier event loaded may have changed."""
    principal = info.context.principal
    token_id = principal.token_id if principal else None
    expires_at = principal.expires_at if principal else None
    try:
        async for env in live_events(
            info.context.bus, topics=topics, after=after, accept=accept, token_id=token_id, expires_at=expires_at
        ):
            info.context.loaders = Loaders()
            yield env
    except TokenRevoked:
        raise PublicError("The token was revoked.", "UNAUTHENTICATED") from None
    except TokenExpired:
        raise PublicError("The token expired.", "UNAUTHENTICATED") from None
    except ValueError as exc:
        raise PublicError(str(exc), "INVALID") from None
