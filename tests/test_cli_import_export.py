"""`oms import orders` and `oms export`, run as real subprocesses against their own SQLite file
(tests/test_cli.py's harness): the per-row error report, idempotent re-runs, resuming after an
interruption, every file format, and streamed exports."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from tests.test_cli import Cli, cli, migrated_template

__all__ = ["cli", "migrated_template"]

INTAKE = Path(__file__).resolve().parent / "fixtures" / "intake"


def order(ref: str, sku: str = "MUG-LOGO", quantity: Any = 1) -> dict[str, Any]:
    return {
        "externalRef": ref,
        "customer": {"email": "ada@example.com", "name": "Ada"},
        "shippingAddress": {"country": "US", "region": "NY", "city": "New York", "postalCode": "10001"},
        "lines": [{"sku": sku, "quantity": quantity}],
    }


def jsonl(path: Path, orders: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(o) + "\n" for o in orders))
    return path


def report(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def seeded(cli: Cli) -> Cli:
    assert cli("seed", "--demo", "--orders", "0", "--no-world").code == 0
    return cli


def test_an_import_reports_failed_rows_and_a_second_run_creates_nothing(seeded: Cli, tmp_path: Path) -> None:
    orders = [order("J-1"), order("J-2", sku="NOPE"), order("J-3", quantity="two"), order("J-4"), order("J-5")]
    file = jsonl(tmp_path / "orders.jsonl", orders)

    first = seeded("import", "orders", str(file), "--channel", "web", "--batch-size", "2")
    rows = report(tmp_path / "orders.jsonl.errors.csv")
    second = seeded("import", "orders", str(file), "--channel", "web")

    assert (first.code, first.stdout.splitlines()[-1]) == (
        1,
        "5 orders: 3 created, 0 already imported, 2 failed",
    )
    assert rows == [
        {
            "item": "2",
            "where": "line 2",
            "external_ref": "J-2",
            "field": "lines[0].sku",
            "code": "UNKNOWN_SKU",
            "message": "Unknown SKU 'NOPE'.",
        },
        {
            "item": "3",
            "where": "line 3",
            "external_ref": "J-3",
            "field": "lines[0].quantity",
            "code": "INVALID",
            "message": "Int cannot represent non-integer value: 'two'",
        },
    ]
    assert (second.code, second.stdout.splitlines()[-1]) == (1, "5 orders: 0 created, 3 already imported, 2 failed")
    assert seeded.count("order") == 3
    assert not (tmp_path / "orders.jsonl.import-state.json").exists()


def test_an_interrupted_import_resumes_after_its_last_committed_batch(seeded: Cli, tmp_path: Path) -> None:
    file = jsonl(tmp_path / "orders.jsonl", [order(f"R-{n}") for n in range(1, 7)])
    # given a run that stopped after committing its first two batches of two (the state it leaves)
    state = {"sha256": hashlib.sha256(file.read_bytes()).hexdigest(), "channel": "web", "format": "native-jsonl"}
    (tmp_path / "orders.jsonl.import-state.json").write_text(json.dumps({**state, "done": 4}))

    resumed = seeded("import", "orders", str(file), "--channel", "web", "--batch-size", "2")

    assert (resumed.code, resumed.stdout.splitlines()[-1]) == (
        0,
        "6 orders (resumed after 4): 2 created, 0 already imported, 0 failed",
    )
    assert seeded.count("order") == 2  # R-1..R-4 were the interrupted run's: this one did not redo them
    assert not (tmp_path / "orders.jsonl.import-state.json").exists()


def test_a_state_file_for_another_file_is_ignored(seeded: Cli, tmp_path: Path) -> None:
    file = jsonl(tmp_path / "orders.jsonl", [order("S-1"), order("S-2")])
    stale = {"sha256": "0" * 64, "channel": "web", "format": "native-jsonl", "done": 2}
    (tmp_path / "orders.jsonl.import-state.json").write_text(json.dumps(stale))

    run = seeded("import", "orders", str(file), "--channel", "web")

    assert (run.code, run.stdout.splitlines()[-1]) == (0, "2 orders: 2 created, 0 already imported, 0 failed")


def test_reports_and_interchanges_are_imported_with_their_rows_named(seeded: Cli, tmp_path: Path) -> None:
    tsv = (INTAKE / "marketplace_order.tsv").read_text().replace("SKU-A", "MUG-LOGO").replace("SKU-B", "CAP-NAVY")
    lines = tsv.splitlines()
    lines.append(lines[1].replace("114-3941689-8772232", "115-0000000-0000001").replace("\t2\t", "\tzwei\t"))
    report_file = tmp_path / "report.tsv"
    report_file.write_text("\n".join(lines) + "\n")
    edi = tmp_path / "po.edi"
    edi.write_text((INTAKE / "x12_850.edi").read_text().replace("SKU-A", "MUG-LOGO").replace("SKU-B", "CAP-NAVY"))

    marketplace = seeded(
        "import", "orders", str(report_file), "--channel", "marketplace", "--format", "marketplace-tsv"
    )
    x12 = seeded("import", "orders", str(edi), "--channel", "marketplace", "--format", "x12")

    assert (marketplace.code, marketplace.stdout.splitlines()[-1]) == (
        1,
        "2 orders: 1 created, 0 already imported, 1 failed",
    )
    assert [(r["where"], r["field"], r["code"]) for r in report(tmp_path / "report.tsv.errors.csv")] == [
        ("row 4", "row[4].quantity-purchased", "INVALID")
    ]
    assert (x12.code, x12.stdout.splitlines()[-1]) == (0, "1 orders: 1 created, 0 already imported, 0 failed")
    assert seeded.count("order") == 2


def test_an_unreadable_file_or_an_unknown_format_is_refused(seeded: Cli, tmp_path: Path) -> None:
    garbage = tmp_path / "po.edi"
    garbage.write_text("not an interchange")

    unreadable = seeded("import", "orders", str(garbage), "--channel", "web", "--format", "x12")
    unknown = seeded("import", "orders", str(garbage), "--channel", "web", "--format", "edifact")

    assert unreadable.code == 2
    assert unreadable.stderr.strip() == "Not imported: file: The body must start with a 106-character ISA segment."
    assert unknown.code == 2
    assert "native-jsonl" in unknown.stderr
    assert seeded.count("order") == 0


def test_exports_stream_every_row_as_csv_or_json_lines(seeded: Cli, tmp_path: Path) -> None:
    file = jsonl(tmp_path / "orders.jsonl", [order("E-1"), order("E-2")])
    assert seeded("import", "orders", str(file), "--channel", "web").code == 0

    orders_csv = seeded("export", "orders")
    stock = seeded("export", "stock", "--format", "jsonl")
    movements = seeded("export", "movements", "--output", str(tmp_path / "movements.csv"))
    later = seeded("export", "orders", "--since", "2999-01-01T00:00:00")

    rows = list(csv.DictReader(orders_csv.stdout.splitlines()))
    assert orders_csv.code == 0
    assert [(r["externalRef"], r["channel"], r["status"], r["customerEmail"]) for r in rows] == [
        ("E-1", "web", "ALLOCATED", "ada@example.com"),
        ("E-2", "web", "ALLOCATED", "ada@example.com"),
    ]
    levels = [json.loads(line) for line in stock.stdout.splitlines()]
    assert len(levels) == 15  # 5 products in 3 warehouses
    assert sum(level["reserved"] for level in levels if level["sku"] == "MUG-LOGO") == 2
    assert all(level["available"] == level["onHand"] - level["reserved"] for level in levels)
    assert movements.code == 0
    assert len(report(tmp_path / "movements.csv")) == seeded.count("stock_movement")
    assert later.stdout.splitlines() == [orders_csv.stdout.splitlines()[0]]
