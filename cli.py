"""The `oms` command."""

from __future__ import annotations

import asyncio
import contextlib
import os
import tempfile
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import TypeVar

import typer

from models.access import Role
from services import db
from services.wiring import wire
from settings import load_settings

T = TypeVar("T")

cli = typer.Typer(help="Ordergraph: an order management system with a GraphQL API.", no_args_is_help=True)
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


@cli.callback()
def _options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    """Ordergraph: an order management system with a GraphQL API."""


def _with_db(work: Callable[[], Awaitable[T]]) -> T:
    settings = load_settings()

    async def run() -> T:
        wire()
        async with db.opened(settings):
            return await work()

    return asyncio.run(run())


@cli.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to bind."),
    port: int = typer.Option(8000, help="Port."),
    workers: int = typer.Option(1, help="Worker processes (use PostgreSQL + Redis for more than one)."),
    reload: bool = typer.Option(False, help="Reload on code changes (development)."),
) -> None:
    """Serve the API (GraphQL at /graphql)."""
    import uvicorn

    settings = load_settings()
    for refusal in settings.production_refusals():
        typer.echo(f"error: {refusal}", err=True)
    if settings.production_refusals():
        raise typer.Exit(2)
    if workers > 1 and (settings.database_dialect == "sqlite" or settings.broadcast_url.startswith("memory://")):
        typer.echo("warning: several workers need PostgreSQL and redis:// so they share orders and events", err=True)
    from app import server_options

    with _metrics_shared_by(workers):
        uvicorn.run(
            "app:app_factory",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            reload=reload,
            log_config=None,
            **server_options(settings),
        )


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
        pending = _with_db(pending_migrations)
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
    import_: bool = typer.Option(
        False, "--import", help="oms import orders (single-line orders) against raw multi-row SQL inserts."
    ),
    profile: str | None = typer.Option(None, help="--http: py-spy raw profile of order(id) written here."),
) -> None:
    """orderCreate throughput against a raw-SQL baseline on the same database (a scratch
    SQLite file, or OMS_BENCH_DATABASE_URL, e.g. a scratch PostgreSQL database); with
    --limits, what a shared rate-limit check costs against a Redis round trip; with --http,
    the API over HTTP against a raw baseline on a fresh PostgreSQL database (bench/http.py);
    with --relay, the outbox relay's events per second (bench/relay.py, --dataset events)."""
    if http:
        from pathlib import Path

        from bench.http import run as run_http

        run_http(orders=dataset, seconds=seconds, rounds=rounds, profile=Path(profile) if profile else None)
        return
    if relay:
        from bench.relay import run as run_relay

        result = run_relay(events=dataset, writers=4, per_tx=20)
    elif import_:
        from bench.order_import import run as run_import

        result = asyncio.run(run_import(orders, os.environ.get("OMS_BENCH_DATABASE_URL") or None))
    elif limits:
        from bench.rate_limits import run as run_limits

        url = load_settings().broadcast_url
        result = asyncio.run(run_limits(redis_url=url if url.startswith("redis") else "redis://127.0.0.1:6379"))
    else:
        from bench.order_create import run

        result = asyncio.run(run(orders, os.environ.get("OMS_BENCH_DATABASE_URL") or None))
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


@cli.command("export")
def export(
    kind: str = typer.Argument(..., help="orders, stock or movements."),
    format: str = typer.Option("csv", "--format", help="csv or jsonl."),
    since: datetime | None = typer.Option(None, help="Only what changed at or after this time (ISO 8601)."),
    output: str | None = typer.Option(None, help="Write here instead of standard output."),
) -> None:
    """Stream orders, stock levels or stock movements as CSV or JSON Lines, in constant memory."""
    import sys

    from services import exports

    if kind not in exports.KINDS:
        raise typer.BadParameter(f"one of {', '.join(exports.KINDS)}", param_hint="KIND")
    if format not in exports.FORMATS:
        raise typer.BadParameter(f"one of {', '.join(exports.FORMATS)}", param_hint="--format")
    moment = since.replace(tzinfo=UTC) if since is not None and since.tzinfo is None else since

    with open(output, "w", encoding="utf-8", newline="") if output else contextlib.nullcontext(sys.stdout) as out:

        async def work() -> None:
            async for chunk in exports.encode(kind, format, since=moment):
                out.write(chunk)

        _with_db(work)


@cli.command()
def demo_run(
    host: str = typer.Option("127.0.0.1"),
    port: int = typer.Option(int(os.environ.get("PORT", "8000"))),
) -> None:
    """Migrate, seed demo data (once), print a demo ADMIN token and serve: what `make run` does."""
    from services.access import create_token
    from services.demo import seed_demo
    from services.migrations import migrate as run_migrations

    settings = load_settings()
    asyncio.run(run_migrations(settings))

    async def prepare() -> str:
        await seed_demo(orders=5)
        _, plaintext = await create_token(role=Role.ADMIN, scope=None, secret=settings.secret_key, name="demo admin")
        return plaintext

    token = _with_db(prepare)
    typer.echo("")
    typer.echo(f"  Ordergraph is running: GraphiQL at http://{host}:{port}/graphql")
    typer.echo(f"  Demo ADMIN token:      {token}")
    typer.echo('  (in GraphiQL, add the header {"Authorization": "Bearer <token>"})')
    typer.echo("")
    serve(host=host, port=port, workers=1, reload=False)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
