"""The ASGI application: `create_app(settings)`; the lifespan opens the DB, bus and relay."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route, WebSocketRoute

from graphql_view import OmsGraphQL
from models.events import OutboxEvent
from services import db
from services.reactions import ReactionWorker
from services.reactions import pending as pending_reactions
from services.throttle import Limits
from services.wiring import wire
from settings import Settings, load_settings
from subscriptions.bus import EventBus, events_channel
from subscriptions.relay import OutboxRelay

log = logging.getLogger("oms.app")


class JsonLogFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry)


def configure_logging(level: str) -> None:
    root = logging.getLogger()
    if any(isinstance(h.formatter, JsonLogFormatter) for h in root.handlers):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(JsonLogFormatter())
    root.addHandler(handler)
    root.setLevel(level)


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or load_settings()
    configure_logging(settings.log_level)
    bus = EventBus(
        settings.broadcast_url, queue_size=settings.subscriber_queue_size, channel=events_channel(settings.namespace)
    )
    relay = OutboxRelay(bus, poll_seconds=settings.relay_poll_seconds)
    limits = Limits(settings)
    graphql = OmsGraphQL(settings=settings, bus=bus, limits=limits)
    started = time.monotonic()

    wire()

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # Opened in order, closed in reverse: the worker and the relay stop before the bus
        # and the database they use.
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(db.opened(settings))
            stack.push_async_callback(limits.close)
            await stack.enter_async_context(bus)
            await stack.enter_async_context(relay)
            await stack.enter_async_context(ReactionWorker(poll_seconds=settings.reaction_poll_seconds))
            log.info("ordergraph started (db=%s, bus=%s)", settings.database_dialect, bus.url.split("://")[0])
            yield

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def readyz(request: Request) -> Response:
        checks: dict[str, str] = {}
        for name, probe in (("database", db.ping), ("bus", bus.ping)):
            try:
                await probe()
                checks[name] = "ok"
            except Exception as exc:  # readiness reports, it does not raise
                checks[name] = f"error: {type(exc).__name__}"
        ready = all(v == "ok" for v in checks.values())
        return JSONResponse(
            {"status": "ready" if ready else "not ready", "checks": checks}, status_code=200 if ready else 503
        )

    async def metrics(request: Request) -> Response:
        backlog = await OutboxEvent.filter(published=False).count()
        reactions_pending = await pending_reactions()
        lines = [
            "# TYPE oms_uptime_seconds gauge",
            f"oms_uptime_seconds {time.monotonic() - started:.1f}",
            "# TYPE oms_outbox_backlog gauge",
            f"oms_outbox_backlog {backlog}",
            "# TYPE oms_live_subscribers gauge",
            f"oms_live_subscribers {bus.listener_count}",
            "# TYPE oms_reactions_pending gauge",
            f"oms_reactions_pending {reactions_pending}",
            "# TYPE oms_subscriber_overflows_total counter",
            f"oms_subscriber_overflows_total {bus.overflows}",
        ]
        return PlainTextResponse("\n".join(lines) + "\n", media_type="text/plain; version=0.0.4")

    app = Starlette(
        routes=[
            Route("/graphql", graphql, methods=["GET", "POST"]),
            WebSocketRoute("/graphql", graphql),
            Route("/healthz", healthz),
            Route("/readyz", readyz),
            Route("/metrics", metrics),
        ],
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.bus = bus
    return app


def server_options(settings: Settings) -> dict[str, Any]:
    """uvicorn's options that follow from our settings (`oms serve` and the test servers)."""
    return {
        # The sans-I/O implementation: the legacy `websockets` one is deprecated upstream.
        "ws": "websockets-sansio",
        "ws_ping_interval": settings.ws_ping_interval_seconds,
        "ws_ping_timeout": settings.ws_ping_timeout_seconds,
        "forwarded_allow_ips": settings.forwarded_allow_ips,
        "proxy_headers": True,
    }


def app_factory() -> Starlette:
    """For `uvicorn --factory app:app_factory` (settings from the environment)."""
    return create_app()
