"""The `oms` command."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import tempfile
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import typer
import uvicorn

from cli_errors import explain, not_migrated, port_in_use, redacted
from models.access import Role
from services import db
from services.wiring import wire
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
import_cli = typer.Typer(help="Import files.", no_args_is_help=True)
cli.add_typer(import_cli, name="import")


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


def _with_db(work: Callable[[], Awaitable[T]], *, migrated: bool = True) -> T:
    """Run `work` with the database open; `migrated`: refuse (with the hint to migrate) a
    database with migrations pending, rather than fail on a missing table halfway."""
    settings = load_settings()

    async def run() -> T:
        from services.migrations import pending_migrations

        wire()
        async with db.opened(settings):
            if migrated and (pending := await pending_migrations()):
                raise not_migrated(pending, settings)
            return await work()

    return asyncio.run(run())


@cli.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to bind."),
    port: int | None = typer.Option(None, help="Port [default: PORT, or 8000]."),
    workers: int = typer.Option(1, help="Worker processes (use PostgreSQL + Redis for more than one)."),
    reload: bool = typer.Option(False, help="Reload on code changes (development)."),
) -> None:
    """Serve the API (GraphQL at /graphql)."""
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
        pending = _with_db(pending_migrations, migrated=False)
        for name in migration_files():
            typer.echo(f"{'pending' if name in pending else 'applied'}  {name}")
        if pending:
            typer.echo(f"{len(pending)} pending: run `oms migrate`", err=True)
            raise typer.Exit(1)
        return
    applied = asyncio.run(run_migrations(load_settings()))
    typer.echo(f"applied {len(applied)} migration(s)" + (f": {', '.join(applied)}" if applied else ""))


@cli.command()
def seed(
    demo: bool = typer.Option(False, "--demo", help="Channels, warehouses, products and a few orders."),
    orders: int = typer.Option(5, help="How many demo orders to place."),
) -> None:
    """Load demo data."""
    from services.demo import seed_demo

    if not demo:
        typer.echo("nothing to seed: pass --demo", err=True)
        raise typer.Exit(2)
    result = _with_db(lambda: seed_demo(orders=orders))
    typer.echo(f"seeded demo data ({result['orders']} new orders)")


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
        typer.echo(_with_db(work))
    except DomainError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


@token_cli.command("list")
def token_list() -> None:
    """Every token: id, role, scope, name, the first characters, and whether it still works."""
    from services.access import SYSTEM, list_tokens

    now = datetime.now(UTC)
    rows = _with_db(lambda: list_tokens(SYSTEM))
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
        row = _with_db(lambda: revoke_token(token_id=token_id))
    except DomainError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"revoked token {row.id} ({row.role.value}{' ' + row.scope if row.scope else ''})")


@stock_cli.command("reconcile")
def stock_reconcile() -> None:
    """Check every stock level against the sums of its ledger and against the reservations
    its orders hold; exit 1 on any difference."""
    from services.inventory import ledger_mismatches, reservation_mismatches

    mismatches = _with_db(ledger_mismatches)
    for m in mismatches:
        typer.echo(
            f"stock level {m['stock_level_id']}: on hand {m['on_hand']} (ledger {m['ledger_on_hand']}), "
            f"reserved {m['reserved']} (ledger {m['ledger_reserved']})"
        )
    unheld = _with_db(reservation_mismatches)
    for m in unheld:
        typer.echo(
            f"stock level {m['stock_level_id']}: reserved {m['reserved']} (orders hold {m['allocated']} reserved)"
        )
    if mismatches or unheld:
        raise typer.Exit(1)
    typer.echo("stock reconciles with the ledger and the orders' reservations")


@cli.command()
def bench(
    orders: int = typer.Option(200, help="Orders per side."),
    limits: bool = typer.Option(False, "--limits", help="Rate-limit checks on Redis against a bare PING instead."),
    http: bool = typer.Option(False, "--http", help="The API over HTTP (wrk) against a raw starlette + asyncpg app."),
    relay: bool = typer.Option(
        False, "--relay", help="Events/s the outbox relay sequences and publishes (bench/relay.py)."
    ),
    dataset: int = typer.Option(20000, help="--http: orders seeded (3 lines each)."),
    seconds: int = typer.Option(10, help="--http: seconds per wrk round."),
    rounds: int = typer.Option(3, help="--http: interleaved rounds per side."),
    cpu: bool = typer.Option(
        False, "--cpu", help="CPU time per request of the --http documents, in-process, one at a time (bench/cpu.py)."
    ),
    fanout: bool = typer.Option(
        False, "--fanout", help="Order status changes to many WebSocket subscribers (bench/fanout.py)."
    ),
    subscribers: int = typer.Option(200, help="--fanout: live subscriptions."),
    events: int = typer.Option(20, help="--fanout: status changes, one at a time."),
    workers: int = typer.Option(1, help="--fanout: server worker processes."),
    import_: bool = typer.Option(
        False, "--import", help="oms import orders (single-line orders) against raw multi-row SQL inserts."
    ),
    profile: str | None = typer.Option(
        None, help="--http: py-spy raw profiles (NAME-order.txt, NAME-orders.txt) written next to this path."
    ),
) -> None:
    """orderCreate throughput against a raw-SQL baseline on the same database (a scratch
    SQLite file, or OMS_BENCH_DATABASE_URL, e.g. a scratch PostgreSQL database); with
    --limits, what a shared rate-limit check costs against a Redis round trip; with --http,
    the API over HTTP against a raw baseline on a fresh PostgreSQL database (bench/http.py);
    with --relay, the outbox relay's events per second (bench/relay.py, --dataset events);
    with --fanout, status changes to many WebSocket subscribers (bench/fanout.py); with --cpu,
    CPU time per request of the --http documents, in-process (bench/cpu.py)."""
    if http:
        from pathlib import Path

        from bench.http import run as run_http

        run_http(orders=dataset, seconds=seconds, rounds=rounds, profile=Path(profile) if profile else None)
        return
    if cpu:
        from bench.cpu import run as run_cpu

        result = run_cpu()
    elif fanout:
        from bench.fanout import run as run_fanout

        result = run_fanout(subscribers=subscribers, events=events, workers=workers)
    elif relay:
        from bench.relay import run as run_relay

        result = run_relay(events=dataset, writers=4, per_tx=20)
    elif import_:
        from bench.order_import import run as run_import

        result = asyncio.run(run_import(orders, load_settings().bench_database_url))
    elif limits:
        from bench.rate_limits import run as run_limits

        url = load_settings().broadcast_url
        result = asyncio.run(run_limits(redis_url=url if url.startswith("redis") else "redis://127.0.0.1:6379"))
    else:
        from bench.order_create import run

        result = asyncio.run(run(orders, load_settings().bench_database_url))
    for key, value in result.items():
        typer.echo(f"{key:24} {value:10.2f}")


@import_cli.command("orders")
def import_orders(
    file: str = typer.Argument(..., help="The file to import."),
    channel: str = typer.Option(..., help="The sales channel the orders belong to (its code)."),
    format: str = typer.Option("native-jsonl", "--format", help="native-jsonl, shopify-json, marketplace-tsv or x12."),
    report: str | None = typer.Option(None, help="The per-row error report (CSV; default FILE.errors.csv)."),
    batch_size: int = typer.Option(200, min=1, max=500, help="Orders per orderBulkCreate call."),
) -> None:
    """Import orders through orderBulkCreate (SKIP_FAILED), with a progress bar and a per-row
    error report; idempotent (a second run stores nothing) and resumable after interruption
    (FILE.import-state.json). Exits 1 when any order was not imported."""
    from pathlib import Path

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from importer import Importer, ImportFailed
    from schema.root import build_schema
    from services.intake import FILE_FORMATS
    from services.throttle import Limits
    from subscriptions.bus import EventBus

    if format not in FILE_FORMATS:
        raise typer.BadParameter(f"one of {', '.join(FILE_FORMATS)}", param_hint="--format")
    source = Path(file)
    report_path = Path(report) if report else source.with_name(source.name + ".errors.csv")
    settings = load_settings()
    importer = Importer(
        schema=build_schema(settings), settings=settings, bus=EventBus("memory://"), limits=Limits(settings)
    )
    columns = (TextColumn("importing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, transient=False) as bar:
        task = bar.add_task("orders", total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        try:
            summary = _with_db(
                lambda: importer.run(
                    source,
                    channel=channel,
                    fmt=format,
                    report=report_path,
                    state=source.with_name(source.name + ".import-state.json"),
                    progress=advance,
                    batch_size=batch_size,
                )
            )
        except ImportFailed as failed:
            typer.echo(f"Not imported: {failed}", err=True)
            raise typer.Exit(2) from None
    resumed = f" (resumed after {summary.resumed_at})" if summary.resumed_at else ""
    typer.echo(
        f"{summary.total} orders{resumed}: {summary.created} created, {summary.replayed} already imported, "
        f"{summary.failed} failed"
    )
    if summary.failed:
        typer.echo(f"Errors, row by row: {report_path}", err=True)
        raise typer.Exit(1)


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

    token, reused = _with_db(prepare)

    def banner() -> None:
        typer.echo("")
        typer.echo(f"  Ordergraph is running: GraphiQL at http://{host}:{port}/graphql")
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


export_cli = typer.Typer(help="Orders, stock, movements and reports as files.", no_args_is_help=True)
cli.add_typer(export_cli, name="export")


def _export_rows(kind: str, format: str, since: datetime | None, output: str | None) -> None:
    """Stream orders, stock levels or stock movements as CSV or JSON Lines, in constant memory."""
    import sys

    from services import exports

    if format not in exports.FORMATS:
        raise typer.BadParameter(f"one of {', '.join(exports.FORMATS)}", param_hint="--format")
    moment = since.replace(tzinfo=UTC) if since is not None and since.tzinfo is None else since

    with open(output, "w", encoding="utf-8", newline="") if output else contextlib.nullcontext(sys.stdout) as out:

        async def work() -> None:
            async for chunk in exports.encode(kind, format, since=moment):
                out.write(chunk)

        _with_db(work)


def _export_command(kind: str, what: str) -> None:
    def command(
        format: str = typer.Option("csv", "--format", help="csv or jsonl."),
        since: datetime | None = typer.Option(None, help="Only what changed at or after this time (ISO 8601)."),
        output: str | None = typer.Option(None, help="Write here instead of standard output."),
    ) -> None:
        _export_rows(kind, format, since, output)

    command.__doc__ = f"Stream {what} as CSV or JSON Lines, in constant memory."
    export_cli.command(kind)(command)


for _kind, _what in (("orders", "orders"), ("stock", "stock levels"), ("movements", "stock movements")):
    _export_command(_kind, _what)


def _moment_option(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _write_lines(lines: Iterator[str], output: str | None) -> None:
    if output is None:
        for line in lines:
            typer.echo(line, nl=False)
        return
    with open(output, "w", encoding="utf-8", newline="") as out:
        out.writelines(lines)


@export_cli.command("report")
def export_report(
    measures: str = typer.Option(..., help="Comma-separated: ORDERS,UNITS,REVENUE,... (see ReportMeasure)."),
    start: str = typer.Option(..., "--from", help="Placed at or after (ISO date or time; UTC without offset)."),
    end: str = typer.Option(..., "--to", help="Placed before."),
    dimensions: str = typer.Option("", help="Comma-separated: DAY,CHANNEL,SKU,... (see ReportDimension)."),
    interval: str | None = typer.Option(None, help="DAY, WEEK or MONTH."),
    channel: str | None = typer.Option(None, help="Only this channel's orders."),
    output: str | None = typer.Option(None, "--output", "-o", help="Write to this file (default: stdout)."),
) -> None:
    """The same report as `analytics { report }` and GET /analytics/report.csv, as CSV."""
    from services import analytics, analytics_csv
    from services.access import SYSTEM
    from services.errors import DomainError

    def parse(text: str, kind: type[analytics.Measure] | type[analytics.Dimension]) -> list[Any]:
        items = [item.strip().upper() for item in text.split(",") if item.strip()]
        unknown = [item for item in items if item not in kind.__members__]
        if unknown:
            typer.echo(f"unknown {kind.__name__.lower()}: {', '.join(unknown)}", err=True)
            raise typer.Exit(2)
        return [kind[item] for item in items]

    async def work() -> list[str]:
        query = analytics.check(
            parse(measures, analytics.Measure),
            parse(dimensions, analytics.Dimension),
            _moment_option(start),
            _moment_option(end),
            interval=analytics.Dimension[interval.upper()] if interval else None,
            channel=channel,
        )
        return list(analytics_csv.report_lines(query, await analytics.report(SYSTEM, query)))

    try:
        lines = _with_db(work)
    except (DomainError, ValueError, KeyError) as error:
        typer.echo(str(error), err=True)
        raise typer.Exit(2) from None
    _write_lines(iter(lines), output)


@export_cli.command("inventory")
def export_inventory(
    start: str = typer.Option(..., "--from", help="Demand counted from (ISO date or time)."),
    end: str = typer.Option(..., "--to", help="Demand counted until."),
    dead_stock_days: int = typer.Option(90, help="Unsold this many days before --to: dead stock."),
    sku: str | None = typer.Option(None),
    warehouse: str | None = typer.Option(None),
    output: str | None = typer.Option(None, "--output", "-o", help="Write to this file (default: stdout)."),
) -> None:
    """The same figures as `analytics { inventory }` and GET /analytics/inventory.csv, as CSV."""
    from services import analytics_csv, inventory_analytics
    from services.access import SYSTEM
    from services.errors import DomainError

    async def work() -> list[str]:
        rows = await inventory_analytics.inventory_report(
            SYSTEM,
            start=_moment_option(start),
            end=_moment_option(end),
            dead_days=dead_stock_days,
            sku=sku,
            warehouse=warehouse,
        )
        return list(analytics_csv.inventory_lines(rows))

    try:
        lines = _with_db(work)
    except (DomainError, ValueError) as error:
        typer.echo(str(error), err=True)
        raise typer.Exit(2) from None
    _write_lines(iter(lines), output)


alerts_cli = typer.Typer(help="Risk alerts.", no_args_is_help=True)
cli.add_typer(alerts_cli, name="alerts")


@alerts_cli.command("check")
def alerts_check() -> None:
    """Run every alert rule once (SLA breach, stockout risk, suspicious order); print what was raised."""
    from services.alerts import run_rules

    for alert in _with_db(run_rules):
        typer.echo(f"{alert.id}\t{alert.kind.value}\t{alert.severity.value}\t{alert.subject}")


if __name__ == "__main__":
    main()
