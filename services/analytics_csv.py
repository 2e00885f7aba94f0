"""Reports as CSV, one line at a time (the HTTP download streams them, `oms export` writes them).

A report's columns: currency, the dimensions asked for, then each measure asked for (money as
its amount, a rate as a fraction, hours as `<measure>_P50` and `<measure>_P90`); empty cells for
nothing. Text cells that a spreadsheet would read as a formula are prefixed with a quote.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import fields
from decimal import Decimal
from typing import Any

from services.analytics import HOURS, PERIODS, Quantiles, Query, ReportRow
from services.inventory_analytics import InventoryRow

_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal | int | float):
        return str(value)
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return f"'{text}" if text.startswith(_FORMULA) else text


def _line(cells: Iterable[Any]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow([_cell(c) for c in cells])
    return out.getvalue()


def _key_name(dimension: str) -> str:
    return "period" if dimension in PERIODS else dimension.lower()


def report_lines(query: Query, rows: Iterable[ReportRow]) -> Iterator[str]:
    keys = [_key_name(d) for d in query.dimensions]
    header = ["currency", *keys]
    for measure in query.measures:
        if measure in HOURS:
            header += [f"{measure.value.lower()}_p50", f"{measure.value.lower()}_p90"]
        else:
            header.append(measure.value.lower())
    yield _line(header)
    for row in rows:
        cells: list[Any] = [row.currency, *(getattr(row, k) for k in keys)]
        for measure in query.measures:
            value = row.value(measure)
            cells += [value.p50, value.p90] if isinstance(value, Quantiles) else [value]
        yield _line(cells)


INVENTORY_COLUMNS = [f.name for f in fields(InventoryRow)]


def inventory_lines(rows: Iterable[InventoryRow]) -> Iterator[str]:
    yield _line(INVENTORY_COLUMNS)
    for row in rows:
        yield _line(getattr(row, name) for name in INVENTORY_COLUMNS)
