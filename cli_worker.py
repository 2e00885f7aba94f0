"""`oms worker`: the background loops without HTTP (registered on the `oms` command by cli.py).

API processes run with `OMS_BACKGROUND_WORKERS=false` (or `oms serve --no-background-workers`)
and serve HTTP and WebSockets; any number of `oms worker` processes, on any number of hosts,
run the loops (background.py says which, and why several may run at once). SIGTERM or SIGINT
stops the loops in reverse order, each finishing the cycle in hand, and exits 0.

With `--metrics-port` (OMS_WORKER_METRICS_PORT) a worker serves GET /metrics (the same
exposition as the API's, metrics.py: its relay and reaction worker, and the database's outbox
backlog and pending reactions) and GET /healthz on that port, and nothing else.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import socket
from collections.abc import AsyncIterator, Iterator
from contextlib import AsyncExitStack

import typer
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

import metrics
from background import Background, make_bus
from cli_errors import port_in_use
from request_log import configure_logging
from settings import Settings, load_settings

log = logging.getLogger("oms.worker")
# All addresses: the scraper is on another host.
METRICS_HOST = "0.0.0.0"


def worker(
    metrics_port: int | None = typer.Option(
        None,
        "--metrics-port",
        help="Serve /metrics and /healthz on this port [default: OMS_WORKER_METRICS_PORT, none].",
    ),
) -> None:
    """Run the background loops (outbox relay, reactions, webhooks, notifications, alert rules,
    forecast refresh, rollup refresh) without HTTP, until SIGTERM or SIGINT; for API processes started with
    OMS_BACKGROUND_WORKERS=false. Several may run at once, on several hosts."""
    settings = load_settings()
    if metrics_port is not None:
        settings = settings.model_copy(update={"worker_metrics_port": metrics_port})
    if settings.worker_metrics_port is not None and (busy := port_in_use(METRICS_HOST, settings.worker_metrics_port)):
        raise busy  # before any loop starts, as `oms serve` does
    for refusal in settings.production_refusals():
        typer.echo(f"error: {refusal}", err=True)
    if settings.production_refusals():
        raise typer.Exit(2)
    for warning in shared_backend_warnings(settings):
        typer.echo(f"warning: {warning}", err=True)
    asyncio.run(run(settings))


def shared_backend_warnings(settings: Settings) -> list[str]:
    """What a worker beside `oms serve` cannot share on the embedded default."""
    found = []
    if settings.database_dialect == "sqlite":
        found.append(
            "a separate worker needs PostgreSQL to share the work with other hosts; on SQLite, "
            "`oms serve` runs the loops itself (OMS_BACKGROUND_WORKERS, on by default)"
        )
    if settings.broadcast_url.startswith("memory://"):
        found.append(
            "with OMS_BROADCAST_URL=memory:// nobody would hear this worker's events: it runs no "
            "outbox relay and leaves them to the server's (use redis:// to share the bus)"
        )
    return found


async def run(settings: Settings) -> None:
    """The loops until SIGTERM or SIGINT, then stopped in reverse order (background.py)."""
    configure_logging(settings.log_level)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    bus = make_bus(settings)
    background = Background(settings, bus, loops=True, relay=not settings.broadcast_url.startswith("memory://"))
    try:
        async with AsyncExitStack() as stack:
            await background.start(stack)
            if settings.worker_metrics_port is not None:
                figures = metrics.Figures(
                    settings=settings, bus=bus, relay=background.relay, worker=background.reactions
                )
                await stack.enter_async_context(_serving_metrics(figures, settings.worker_metrics_port))
            log.info(
                "ordergraph worker started (db=%s, bus=%s, running: %s)",
                settings.database_dialect,
                bus.url.split("://")[0],
                background.describe(),
            )
            await stop.wait()
            log.info("ordergraph worker stopping")
        log.info("ordergraph worker stopped")
    finally:
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(signum)


class _Server(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield  # the worker's own handlers stop it (and then this server): uvicorn must not take them


@contextlib.asynccontextmanager
async def _serving_metrics(figures: metrics.Figures, port: int) -> AsyncIterator[None]:
    """GET /metrics and /healthz on `port` while open."""

    async def exposition(request: Request) -> Response:
        return Response(await figures.render(), media_type=metrics.CONTENT_TYPE)

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    app = Starlette(routes=[Route("/metrics", exposition), Route("/healthz", healthz)])
    # Bound here, not by uvicorn: a port in use is then an OSError the CLI explains (uvicorn
    # would sys.exit inside its task, past the loops' orderly stop).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((METRICS_HOST, port))
        sock.listen()  # a scrape from now on waits in the backlog until the server takes it
    except OSError:
        sock.close()
        raise
    server = _Server(uvicorn.Config(app, lifespan="off", access_log=False, log_level="warning"))
    task = asyncio.create_task(server.serve(sockets=[sock]), name="oms-worker-metrics")
    log.info("worker metrics on port %d", port)
    try:
        yield
    finally:
        server.should_exit = True
        await task
