"""The typed request context: who is calling, per-request loaders, the process's bus."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import strawberry
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket

from resolvers.loaders import EventReads, Loaders
from services.access import Principal
from services.throttle import Limits
from settings import Settings
from subscriptions.bus import EventBus


@dataclass
class Context:
    request: Request | WebSocket
    response: Response | WebSocket | None
    settings: Settings
    bus: EventBus
    limits: Limits
    principal: Principal | None = None
    loaders: Loaders = field(default_factory=Loaders)
    # Set by strawberry from a WebSocket's connection_init payload.
    connection_params: dict[str, Any] | None = None
    # The process's reads shared by live subscribers (set by the view; its own otherwise).
    event_reads: EventReads = field(default_factory=EventReads)

    @property
    def client_address(self) -> str:
        """The caller's address (the proxy's X-Forwarded-For when it is trusted: see settings)."""
        client = self.request.client
        return client.host if client is not None else "unknown"


Info = strawberry.Info[Context, None]


def principal_of(info: Info) -> Principal:
    """The caller; only for operations RequireRole guards (every non-public one)."""
    principal = info.context.principal
    assert principal is not None, "RequireRole guards every operation that reaches here"
    return principal
