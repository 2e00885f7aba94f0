"""The `oms` command."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import TypeVar

import typer
import uvicorn

from cli_bench import bench
from cli_data import alerts_cli, analytics_cli, export_cli, forecast_cli, import_cli, seed
from cli_errors import explain, not_migrated, port_in_use, redacted, with_db
from cli_worker import worker
from models.access import Role
from services import db
from settings import Settings, load_settings

T = TypeVar("T")
# How long `oms serve` waits for the database and Redis when checking them before it starts.
PREFLIGHT_SECONDS = 5.0

# No local variables in tracebacks (`--debug`): the settings hold the secret key.
cli = typer.Typer(
    help="Ordergraph: an order management system with a GraphQL API.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)
token_cli = typer.Typer(help="API tokens.", no_args_is_help=True)
cli.add_typer(token_cli, name="token")
stock_cli = typer.Typer(help="Stock.", no_args_is_help=True)
cli.add_typer(stock_cli, name="stock")
cli.add_typer(import_cli, name="import")
cli.add_typer(export_cli, name="export")
cli.add_typer(alerts_cli, name="alerts")
cli.add_typer(analytics_cli, name="analytics")
cli.add_typer(forecast_cli, name="forecast")
cli.command()(seed)
cli.command()(worker)
cli.command()(bench)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"ordergraph {version('ordergraph')}")
        raise typer.Exit()


_debug = {"on": False}


@cli.callback()
def _options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
    debug: bool = typer.Option(False, "--debug", help="On an error, show its traceback too."),
) -> None:
    """Ordergraph: an order management system with a GraphQL API."""
    _debug["on"] = debug


@cli.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to bind."),
    port: int | None = typer.Option(None, help="Port [default: PORT, or 8000]."),
    workers: int = typer.Option(1, help="Worker processes (use PostgreSQL + Redis for more than one)."),
    reload: bool = typer.Option(False, help="Reload on code changes (development)."),
    api_only: bool = typer.Option(
        False, "--no-background-workers", help="Leave the background loops to `oms worker` processes."
    ),
) -> None:
    """Serve the API (GraphQL at /graphql)."""
    if api_only:  # OMS_BACKGROUND_WORKERS=false, for the app each uvicorn worker makes from the environment
        os.environ["OMS_BACKGROUND_WORKERS"] = "false"
    settings = load_settings()
    for refusal in settings.production_refusals():
        typer.echo(f"error: {refusal}", err=True)
    if settings.production_refusals():
        raise typer.Exit(2)
    if workers > 1 and (settings.database_dialect == "sqlite" or settings.broadcast_url.startswith("memory://")):
        typer.echo("warning: several workers need PostgreSQL and redis:// so they share orders and events", err=True)
    _serve(settings, host=host, port=port or settings.port, workers=workers, reload=reload)


def _serve(
    settings: Settings, *, host: str, port: int, workers: int, reload: bool, banner: Callable[[], None] | None = None
) -> None:
    """Check what can be checked first (the port: an error; the database and Redis: warnings,
    as the server starts without them and /readyz says so), then serve; `banner` is printed
    once the port is bound."""
    from app import server_options

    if (busy := port_in_use(host, port)) is not None:
        raise busy
    for warning in asyncio.run(_preflight(settings)):
        typer.echo(f"warning: {warning}", err=True)
    options = {"host": host, "port": port, "log_config": None, **server_options(settings)}
    if workers == 1 and not reload:
        server = _AnnouncingServer(uvicorn.Config("app:app_factory", factory=True, **options), banner)
        server.run()
        if not server.started:
            raise typer.Exit(3)  # uvicorn has logged why (the app failed to start); its own exit code
        return
    with _metrics_shared_by(workers):
        uvicorn.run("app:app_factory", factory=True, workers=workers, reload=reload, **options)


class _AnnouncingServer(uvicorn.Server):
    """uvicorn's server, printing the banner only once it listens."""

    def __init__(self, config: uvicorn.Config, banner: Callable[[], None] | None) -> None:
        super().__init__(config)
        self.banner = banner

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if self.started and self.banner is not None:
            self.banner()


async def _preflight(settings: Settings) -> list[str]:
    """What the server will start without: the database (unreachable or not migrated) and
    Redis. Each is a line and what to do; none stops it."""
    from services.migrations import pending_migrations

    found = []
    try:
        async with asyncio.timeout(PREFLIGHT_SECONDS), db.opened(settings):
            if pending := await pending_migrations():
                found.append(f"{not_migrated(pending, settings).message}: /readyz fails until `oms migrate` has run")
    except Exception as error:
        problem = explain(error, settings)
        if problem is None:
            raise
        found.append(f"{problem.message}; serving anyway, /readyz fails until it is fixed ({problem.hint})")
    if settings.broadcast_url.startswith(("redis://", "rediss://")):
        from redis.asyncio import Redis

        client = Redis.from_url(
            settings.broadcast_url, socket_timeout=PREFLIGHT_SECONDS, socket_connect_timeout=PREFLIGHT_SECONDS
        )
        try:
            await client.ping()
        except Exception as error:
            found.append(
                f"cannot reach Redis at {redacted(settings.broadcast_url)} ({error}): serving without live "
                "updates until it is back (is redis-server running? OMS_BROADCAST_URL names it)"
            )
        finally:
            await client.aclose()
    return found


@contextlib.contextmanager
def _metrics_shared_by(workers: int) -> Iterator[None]:
    """Several workers: prometheus_client's multiprocess mode in a fresh directory, named
    before the workers start (they read it when they import prometheus_client), so that
    /metrics, answered by any one of them, adds up all of them. Removed when serving stops:
    stale files would count a previous run's requests."""
    if workers <= 1:
        yield
        return
    with tempfile.TemporaryDirectory(prefix="oms-metrics-") as directory:
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = directory
        try:
            yield
        finally:
            del os.environ["PROMETHEUS_MULTIPROC_DIR"]


@cli.command()
def migrate(
    status: bool = typer.Option(
        False, "--status", help="List applied and pending migrations (exit 1 when any is pending); apply nothing."
    ),
) -> None:
    """Apply database migrations."""
    from services.migrations import migrate as run_migrations
    from services.migrations import migration_files, pending_migrations

    if status:
        pending = with_db(pending_migrations, migrated=False)
        for name in migration_files():
            typer.echo(f"{'pending' if name in pending else 'applied'}  {name}")
        if pending:
            typer.echo(f"{len(pending)} pending: run `oms migrate`", err=True)
            raise typer.Exit(1)
        return
    applied = asyncio.run(run_migrations(load_settings()))
    typer.echo(f"applied {len(applied)} migration(s)" + (f": {', '.join(applied)}" if applied else ""))


@token_cli.command("create")
def token_create(
    role: Role = typer.Option(..., "--role", case_sensitive=False),
    warehouse: str | None = typer.Option(None, "--warehouse"),
    supplier: str | None = typer.Option(None, "--supplier"),
    carrier: str | None = typer.Option(None, "--carrier"),
    customer: str | None = typer.Option(None, "--customer", help="Customer email."),
    channel: str | None = typer.Option(None, "--channel"),
    name: str = typer.Option("", help="A label for listings."),
    expires_in_days: int | None = typer.Option(None, help="Expire after this many days."),
) -> None:
    """Create a token and print it (alone) on stdout."""
    from services.access import create_token
    from services.errors import DomainError

    scopes = {
        Role.WAREHOUSE: warehouse,
        Role.SUPPLIER: supplier,
        Role.CARRIER: carrier,
        Role.CUSTOMER: customer,
        Role.CHANNEL: channel,
    }
    given = [v for v in (warehouse, supplier, carrier, customer, channel) if v]
    scope = scopes.get(role)
    if len(given) > (1 if scope else 0) or (given and not scope):
        typer.echo(
            f"error: {role.value} takes {'--' + role.value.lower() if role in scopes else 'no scope option'}", err=True
        )
        raise typer.Exit(2)
    expires = datetime.now(UTC) + timedelta(days=expires_in_days) if expires_in_days else None
    settings = load_settings()

    async def work() -> str:
        _, plaintext = await create_token(
            role=role, scope=scope, secret=settings.secret_key, name=name, expires_at=expires
        )
        return plaintext

    try:
        typer.echo(with_db(work))
    except DomainError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


@token_cli.command("list")
def token_list() -> None:
    """Every token: id, role, scope, name, the first characters, and whether it still works."""
    from services.access import SYSTEM, list_tokens

    now = datetime.now(UTC)
    rows = with_db(lambda: list_tokens(SYSTEM))
    typer.echo("id\trole\tscope\tname\tprefix\tcreated\texpires\tstate")
    for row in rows:
        state = "revoked" if row.revoked_at else "expired" if row.expires_at and row.expires_at <= now else "active"
        expires = row.expires_at.isoformat(timespec="seconds") if row.expires_at else "-"
        created = row.created_at.isoformat(timespec="seconds")
        typer.echo(
            f"{row.id}\t{row.role.value}\t{row.scope or '-'}\t{row.name or '-'}\t{row.prefix}\t{created}\t{expires}\t{state}"
        )


@token_cli.command("revoke")
def token_revoke(token_id: int = typer.Argument(..., help="The id `oms token list` shows.")) -> None:
    """Revoke a token: servers refuse it at once and end its open subscriptions."""
    from services.access import revoke_token
    from services.errors import DomainError

    try:
        row = with_db(lambda: revoke_token(token_id=token_id))
    except DomainError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"revoked token {row.id} ({row.role.value}{' ' + row.scope if row.scope else ''})")


@stock_cli.command("reconcile")
def stock_reconcile() -> None:
    """Check every stock level against the sums of its ledger and against the reservations
    its orders hold; exit 1 on any difference."""
    from services.inventory import ledger_mismatches, reservation_mismatches

    mismatches = with_db(ledger_mismatches)
    for m in mismatches:
        typer.echo(
            f"stock level {m['stock_level_id']}: on hand {m['on_hand']} (ledger {m['ledger_on_hand']}), "
            f"reserved {m['reserved']} (ledger {m['ledger_reserved']})"
        )
    unheld = with_db(reservation_mismatches)
    for m in unheld:
        typer.echo(
            f"stock level {m['stock_level_id']}: reserved {m['reserved']} (orders hold {m['allocated']} reserved)"
        )
    if mismatches or unheld:
        raise typer.Exit(1)
    typer.echo("stock reconciles with the ledger and the orders' reservations")


@cli.command()
def demo_run(
    host: str = typer.Option("127.0.0.1"),
    port: int | None = typer.Option(None, help="Port [default: PORT, or 8000]."),
) -> None:
    """Migrate, seed demo data, print the demo ADMIN token (kept in OMS_DEMO_TOKEN_FILE and
    reused while it works) and serve: what `make run` does."""
    from services.demo import seed_demo
    from services.migrations import migrate as run_migrations

    settings = load_settings()
    port = port or settings.port
    if (busy := port_in_use(host, port)) is not None:
        raise busy
    asyncio.run(run_migrations(settings))

    async def prepare() -> tuple[str, bool]:
        await seed_demo(orders=5)
        return await _demo_token(settings)

    token, reused = with_db(prepare)

    def banner() -> None:
        typer.echo("")
        typer.echo(f"  Ordergraph is running: GraphiQL at http://{host}:{port}/graphql")
        typer.echo(f"  Operations dashboard:  http://{host}:{port}/dashboard (sign in with the token)")
        typer.echo(f"  Demo ADMIN token:      {token}")
        typer.echo(
            f"  ({'the same as last time' if reused else 'new'}: kept in {settings.demo_token_file}; "
            'in GraphiQL, add the header {"Authorization": "Bearer <token>"})'
        )
        typer.echo("")

    _serve(settings, host=host, port=port, workers=1, reload=False, banner=banner)


async def _demo_token(settings: Settings) -> tuple[str, bool]:
    """The demo ADMIN token saved by an earlier `make run` if it still works here (same
    database and secret, not revoked or expired), else a new one, saved (mode 0600).
    Whether it was reused."""
    from services.access import authenticate, create_token

    path = settings.demo_token_file
    saved = path.read_text().strip() if path.exists() else ""
    if saved:
        principal = await authenticate(saved, secret=settings.secret_key)
        if principal is not None and principal.role is Role.ADMIN:
            return saved, True
    _, plaintext = await create_token(role=Role.ADMIN, scope=None, secret=settings.secret_key, name="demo admin")
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(plaintext + "\n")
    return plaintext, False


def main() -> None:
    """`oms`: a configuration or state error is one line and a hint (exit 2 for the
    configuration, 1 otherwise), unless --debug asks for the traceback; a fault is a
    traceback."""
    try:
        cli()
    except Exception as error:
        try:
            settings: Settings | None = load_settings()
        except Exception:
            settings = None
        problem = explain(error, settings)
        if problem is None or _debug["on"]:
            raise
        typer.echo(str(problem), err=True)
        raise SystemExit(problem.exit_code) from None


if __name__ == "__main__":
    main()
