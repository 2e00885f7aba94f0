"""`oms import`, `oms export`, `oms alerts`, `oms analytics` and `oms forecast`: moving orders,
stock and reports in and out of the database as files, and the jobs a scheduler may run over
them (registered on the `oms` command by cli.py)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import typer

from cli_errors import with_db
from settings import load_settings

import_cli = typer.Typer(help="Import files.", no_args_is_help=True)


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
            summary = with_db(
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


export_cli = typer.Typer(help="Orders, stock, movements and reports as files.", no_args_is_help=True)


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

        with_db(work)


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
        lines = with_db(work)
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
        lines = with_db(work)
    except (DomainError, ValueError) as error:
        typer.echo(str(error), err=True)
        raise typer.Exit(2) from None
    _write_lines(iter(lines), output)


alerts_cli = typer.Typer(help="Risk alerts.", no_args_is_help=True)


@alerts_cli.command("check")
def alerts_check() -> None:
    """Run every alert rule once (SLA breach, stockout risk, suspicious order, tracking exception,
    stalled shipment, failing webhook, demand spike); print what was raised."""
    from services.alert_rules import run_rules

    failures = load_settings().webhook_circuit_failures
    for alert in with_db(lambda: run_rules(webhook_failures=failures)):
        typer.echo(f"{alert.id}\t{alert.kind.value}\t{alert.severity.value}\t{alert.subject}")


analytics_cli = typer.Typer(help="Report rollups.", no_args_is_help=True)


@analytics_cli.command("rebuild")
def analytics_rebuild() -> None:
    """Recompute the daily report rollups from the raw rows (after a bulk load, or to start
    using them on an existing database); from then on they follow the outbox."""
    import time

    from services.analytics_rollup import rebuild

    started = time.perf_counter()
    result = with_db(rebuild)
    typer.echo(
        f"rebuilt {result['days']} days: {result['order_rows']} order rows, {result['sku_rows']} SKU rows "
        f"in {time.perf_counter() - started:.1f}s (outbox cursor {result['cursor']})"
    )


@analytics_cli.command("refresh")
def analytics_refresh() -> None:
    """Bring the rollups up to date with the outbox now (reports do it before reading, and the
    servers' loop every OMS_ROLLUP_REFRESH_SECONDS)."""
    from services.analytics_rollup import catch_up

    days = with_db(catch_up)
    typer.echo(f"recomputed {days} days")


forecast_cli = typer.Typer(help="Demand forecasts.", no_args_is_help=True)


@forecast_cli.command("refresh")
def forecast_refresh() -> None:
    """Fit and store the planning forecast of every stock level with demand whose history
    changed (what the servers' refresh loop does every OMS_FORECAST_REFRESH_SECONDS); other
    processes refreshing at the same time share the work."""
    from services.forecast_refresh import refresh

    report = with_db(refresh)
    per_fit = f", {report.seconds / report.fitted:.2f}s per fitted series" if report.fitted else ""
    typer.echo(
        f"{report.series} series: {report.fitted} fitted, {report.fresh} already fresh, "
        f"{report.busy} fitted elsewhere, in {report.seconds:.1f}s{per_fit}"
    )


def seed_history_with_progress(orders: int, days: int) -> None:
    """`oms seed --orders N`: the history (services/history_seed.py) under a progress bar."""
    import time

    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from services.history_seed import seed_history

    columns = (TextColumn("orders"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn())
    started = time.perf_counter()
    with Progress(*columns, console=Console(stderr=True)) as bar:  # stdout: the result alone
        task = bar.add_task("orders", total=orders)
        written = with_db(lambda: seed_history(orders=orders, days=days, progress=lambda n: bar.advance(task, n)))
    figures = ", ".join(f"{n} {table}" for table, n in written.items())
    typer.echo(f"seeded {written.get('order', 0)} orders in {time.perf_counter() - started:.1f}s ({figures})")


def seed(
    demo: bool = typer.Option(False, "--demo", help="Channels, warehouses, products and a few orders."),
    orders: int | None = typer.Option(
        None, min=0, max=20_000_000, help="With --demo: demo orders to place (5). Alone: orders of history to write."
    ),
    days: int = typer.Option(365, min=7, max=3_650, help="History: the days the orders are spread over."),
    world: bool = typer.Option(True, help="--no-world: the catalogue only, without the demo world's orders."),
) -> None:
    """Load demo data (--demo), or months of realistic order history in bulk (--orders N:
    services/history_seed.py), after which the report rollups are rebuilt."""
    if demo:
        from services.demo import seed_demo

        result = with_db(lambda: seed_demo(orders=5 if orders is None else orders, world=world))
        typer.echo(f"seeded demo data ({result['orders']} new orders)")
        return
    if not orders:
        typer.echo("nothing to seed: pass --demo or --orders N", err=True)
        raise typer.Exit(2)
    seed_history_with_progress(orders, days)
