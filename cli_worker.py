"""`oms worker`: the background loops without HTTP (registered on the `oms` command by cli.py).

API processes run with `OMS_BACKGROUND_WORKERS=false` (or `oms serve --no-background-workers`)
and serve HTTP and WebSockets; any number of `oms worker` processes, on any number of hosts,
run the loops (background.py says which, and why several may run at once). SIGTERM or SIGINT
stops the loops in reverse order, each finishing the cycle in hand, and exits 0.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from contextlib import AsyncExitStack

import typer

from background import Background, make_bus
from request_log import configure_logging
from settings import Settings, load_settings

log = logging.getLogger("oms.worker")


def worker() -> None:
    """Run the background loops (outbox relay, reactions, webhooks, notifications, alert rules,
    forecast refresh) without HTTP, until SIGTERM or SIGINT; for API processes started with
    OMS_BACKGROUND_WORKERS=false. Several may run at once, on several hosts."""
    settings = load_settings()
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
