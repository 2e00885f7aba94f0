"""The ASGI application: `create_app(settings)`; the lifespan opens the DB, bus, relay and
background loops (background.py)."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles

import ide
import metrics
import report_view
from background import Background, make_bus
from dashboard.view import routes as dashboard_routes
from export_view import ExportEndpoint
from graphql_view import OmsGraphQL
from intake_view import IntakeEndpoint
from models.events import OutboxEvent
from request_log import RequestLog, configure_logging
from services import db
from services.migrations import pending_migrations
from services.throttle import Limits
from settings import Settings, load_settings

log = logging.getLogger("oms.app")

# /readyz fails on these; the bus (live traffic) is reported beside them (see readyz).
CORE_CHECKS = ("database", "migrations", "relay")
# A dependency that hangs must make a probe fail, not hang the probe.
PROBE_TIMEOUT = 2.0


class UnsafeSettings(RuntimeError):
    """Production settings that must not serve (Settings.production_refusals)."""


class MigrationsPending(Exception):
    pass


class RelayStalled(Exception):
    """The relay has not sequenced for relay_stall_seconds while events wait."""


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or load_settings()
    if refusals := settings.production_refusals():
        raise UnsafeSettings("; ".join(refusals))
    configure_logging(settings.log_level)
    bus = make_bus(settings)
    # The relay always, the background loops unless dedicated `oms worker` processes run them.
    background = Background(settings, bus, loops=settings.background_workers)
    relay = background.relay
    limits = Limits(settings)
    graphql = OmsGraphQL(settings=settings, bus=bus, limits=limits)
    figures = metrics.Figures(
        settings=settings,
        bus=bus,
        relay=relay,
        worker=background.reactions,
        shared=graphql.event_reads.results,
        groups=graphql.event_reads.groups,
    )

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # Opened in order, closed in reverse (background.py): the loops and the relay stop
        # before the bus and the database they use.
        async with AsyncExitStack() as stack:
            stack.push_async_callback(limits.close)
            await background.start(stack)
            await stack.enter_async_context(figures.kept_fresh())
            tune_collector(settings.gc_young_threshold)
            log.info(
                "ordergraph started (db=%s, bus=%s, running: %s)",
                settings.database_dialect,
                bus.url.split("://")[0],
                background.describe(),
            )
            yield

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def probe(check: Callable[[], Awaitable[object]]) -> str:
        try:
            await asyncio.wait_for(check(), PROBE_TIMEOUT)
            return "ok"
        except Exception as exc:  # readiness reports, it does not raise
            return f"error: {type(exc).__name__}"

    async def relay_check() -> None:
        """Fails when sequencing has not advanced for relay_stall_seconds while events wait."""
        stalled_for = relay.health.since_sequenced()
        if stalled_for > settings.relay_stall_seconds and await OutboxEvent.filter(seq__isnull=True).exists():
            raise RelayStalled(f"stalled {stalled_for:.0f} s ({relay.health.last_error or 'no progress'})")

    migrated = False  # once every migration is applied it stays so: stop asking

    async def migrations_check() -> None:
        nonlocal migrated
        if not migrated:
            pending = await pending_migrations()
            if pending:
                raise MigrationsPending(f"{len(pending)} pending, from {pending[0]}: run `oms migrate`")
            migrated = True

    async def checks() -> dict[str, str]:
        found = {"database": await probe(db.ping), "migrations": "ok", "relay": "ok", "bus": await probe(bus.ping)}
        if found["database"] == "ok":
            try:
                await migrations_check()
            except MigrationsPending as pending:
                found["migrations"] = f"error: {pending}"
            except Exception as exc:
                found["migrations"] = f"error: {type(exc).__name__}"
            try:
                await relay_check()
            except RelayStalled as stalled:
                found["relay"] = f"error: {stalled}"
            except Exception as exc:
                found["relay"] = f"error: {type(exc).__name__}"
        else:
            found["relay"] = found["migrations"] = "error: no database"
        return found

    async def readyz(request: Request) -> Response:
        # Ready = can take orders and get their events out: the database and the relay.
        # The bus (Redis) carries live traffic only; without it orders are taken and their
        # events wait in the table, so it is reported (`live`) without failing readiness:
        # a load balancer must keep sending mutations. /readyz/live fails on it, for
        # routing WebSockets. See README, Operations.
        found = await checks()
        ready = all(found[name] == "ok" for name in CORE_CHECKS)
        live = ready and found["bus"] == "ok"
        body = {"status": "ready" if ready else "not ready", "live": "ready" if live else "not ready", "checks": found}
        return JSONResponse(body, status_code=200 if ready else 503)

    async def readyz_live(request: Request) -> Response:
        found = await checks()
        live = all(v == "ok" for v in found.values())
        return JSONResponse(
            {"status": "ready" if live else "not ready", "checks": found}, status_code=200 if live else 503
        )

    async def metrics_endpoint(request: Request) -> Response:
        return Response(await figures.render(), media_type=metrics.CONTENT_TYPE)

    report_csv, inventory_csv = report_view.endpoints(settings)
    app = Starlette(
        routes=[
            Route("/graphql", graphql, methods=["GET", "POST"]),
            WebSocketRoute("/graphql", graphql),
            Route(
                "/intake/{channel}",
                IntakeEndpoint(schema=graphql.schema, settings=settings, bus=bus, limits=limits).handle,
                methods=["POST"],
            ),
            Route("/export/{name}", ExportEndpoint(settings=settings).handle, methods=["GET"]),
            Route("/healthz", healthz),
            Route("/readyz", readyz),
            Route("/readyz/live", readyz_live),
            Route("/metrics", metrics_endpoint),
            Route("/analytics/report.csv", report_csv),
            Route("/analytics/inventory.csv", inventory_csv),
            *_ide(settings),
            *dashboard_routes(),
        ],
        lifespan=lifespan,
        middleware=[Middleware(RequestLog, on_done=metrics.observe_request), *_cors(settings)],
    )
    app.state.settings = settings
    app.state.bus = bus
    return app


def _ide(settings: Settings) -> list[BaseRoute]:
    """GraphiQL's files (ide/graphiql/), for the IDE page GET /graphql renders in development;
    production serves no IDE, so neither."""
    if settings.production:
        return []
    return [Mount(ide.ASSETS_PATH, StaticFiles(directory=ide.ASSETS_DIR), name="graphiql")]


def _cors(settings: Settings) -> list[Middleware]:
    """Starlette's CORS for the browser apps of `OMS_CORS_ORIGINS` (none: no CORS headers)."""
    origins = settings.cors_origin_list
    if not origins:
        return []
    return [
        Middleware(
            CORSMiddleware,
            allow_origins=origins,
            allow_methods=["GET", "POST"],
            # X-Operator: the picker a shared scanner device signs in (services.access.operator_name).
            allow_headers=["Authorization", "Content-Type", "Accept", "X-Request-Id", "X-Operator"],
            # What a client reads to back off (THROTTLED, SERVICE_UNAVAILABLE) and to quote.
            expose_headers=["Retry-After", "X-Request-Id"],
            allow_credentials=settings.cors_allow_credentials,
            max_age=settings.cors_max_age_seconds,
        )
    ]


def server_options(settings: Settings) -> dict[str, Any]:
    """uvicorn's options that follow from our settings (`oms serve` and the test servers)."""
    return {
        # The sans-I/O implementation: the legacy `websockets` one is deprecated upstream.
        "ws": "websockets-sansio",
        "ws_ping_interval": settings.ws_ping_interval_seconds,
        "ws_ping_timeout": settings.ws_ping_timeout_seconds,
        "ws_per_message_deflate": settings.ws_compression,
        "forwarded_allow_ips": settings.forwarded_allow_ips,
        "proxy_headers": True,
        # Ours is request_log.RequestLog: uvicorn's prints the query string (personal data).
        "access_log": False,
    }


def app_factory() -> Starlette:
    """For `uvicorn --factory app:app_factory` (settings from the environment)."""
    return create_app()


def tune_collector(young_threshold: int) -> None:
    """Settings.gc_young_threshold, once the process has started: freeze what startup built
    (it lives as long as the process; also kept shared with the parent after a fork) and
    collect the youngest generation every `young_threshold` allocations. 0: left as is."""
    if young_threshold <= 0:
        return
    gc.collect()
    gc.freeze()
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(young_threshold, middle, oldest)
