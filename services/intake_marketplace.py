"""A marketplace flat-file order report (`?format=marketplace-tsv`): tab-separated, a header
row, then one row per line item; an order's rows share its `order-id` (like a marketplace
seller's order report). Columns (others are allowed and ignored):

    order-id  buyer-email  buyer-name  sku  quantity-purchased  currency  item-price
    ship-address-1  ship-city  ship-state  ship-postal-code  ship-country

Required: order-id, buyer-email, sku, quantity-purchased, ship-country. `item-price` is the
line's total, as in a seller report (the unit price is item-price / quantity, to the cent).
The order-level columns must agree on every row of the same order.

Rows are numbered as lines of the file (the header is row 1); errors name the row and the
column: `row[3].quantity-purchased`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

REQUIRED = ("order-id", "buyer-email", "sku", "quantity-purchased", "ship-country")
ORDER_COLUMNS = {
    "buyer-email": ("customer", "email"),
    "buyer-name": ("customer", "name"),
    "currency": ("currency",),
    "ship-address-1": ("shippingAddress", "line1"),
    "ship-city": ("shippingAddress", "city"),
    "ship-state": ("shippingAddress", "region"),
    "ship-postal-code": ("shippingAddress", "postalCode"),
    "ship-country": ("shippingAddress", "country"),
}
LINE_COLUMNS = {"sku": "sku", "quantity": "quantity-purchased", "unitPrice": "item-price"}
CENT = Decimal("0.01")


@dataclass
class ReportOrder:
    """One order of the report as the native OrderCreateInput, and the rows it came from."""

    order_id: str
    first_row: int
    native: dict[str, Any] = field(default_factory=dict)
    line_rows: list[int] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)

    def name_field(self, path: Sequence[str]) -> str:
        if not path:
            return f"row[{self.first_row}]"
        head = path[0]
        if head == "lines" and len(path) > 1 and path[1].isdigit() and int(path[1]) < len(self.line_rows):
            row = self.line_rows[int(path[1])]
            column = LINE_COLUMNS.get(path[2], path[2]) if len(path) > 2 else "sku"
            return cell(row, column)
        if head == "externalRef":
            return cell(self.first_row, "order-id")
        for column, where in ORDER_COLUMNS.items():
            if tuple(path[: len(where)]) == where:
                return cell(self.first_row, column)
        if head in ("customer", "shippingAddress"):
            return cell(self.first_row, "buyer-email" if head == "customer" else "ship-country")
        return f"row[{self.first_row}]"


def cell(row: int, column: str) -> str:
    return f"row[{row}].{column}"


class BadReport(ValueError):
    """The report as a whole cannot be read (no header, missing columns)."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__("; ".join(m for _, m in problems))
        self.problems = problems


@dataclass
class Report:
    orders: list[ReportOrder]
    problems: list[tuple[str, str]]  # rows that belong to no order (wrong column count, no order-id)


def parse(text: str) -> Report:
    """The report's orders in order of first appearance, each with its own problems."""
    lines = text.removeprefix("\ufeff").splitlines()
    numbered = [(n, line) for n, line in enumerate(lines, start=1) if line.strip()]
    if not numbered:
        raise BadReport([("row[1]", "The report is empty: a header row is required.")])
    header_row, header_line = numbered[0]
    header = [name.strip().lower() for name in header_line.split("\t")]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise BadReport([(f"row[{header_row}]", f"The header lacks the column(s): {', '.join(missing)}.")])
    duplicated = sorted({name for name in header if name and header.count(name) > 1})
    if duplicated:
        raise BadReport([(f"row[{header_row}]", f"The header repeats the column(s): {', '.join(duplicated)}.")])
    orders: dict[str, ReportOrder] = {}
    loose: list[tuple[str, str]] = []
    for row, line in numbered[1:]:
        values = line.split("\t")
        if len(values) != len(header):
            loose.append((f"row[{row}]", f"Row {row} has {len(values)} columns; the header has {len(header)}."))
            continue
        record = {name: value.strip() for name, value in zip(header, values, strict=True)}
        order_id = record["order-id"]
        if not order_id:
            loose.append((cell(row, "order-id"), f"Row {row}: order-id is empty."))
            continue
        order = orders.get(order_id)
        if order is None:
            order = orders[order_id] = ReportOrder(order_id, row, _order_fields(record))
        else:
            _check_same_order(order, record, row)
        _add_line(order, record, row)
    return Report(list(orders.values()), loose)


def _order_fields(record: dict[str, str]) -> dict[str, Any]:
    native: dict[str, Any] = {"externalRef": record["order-id"], "customer": {}, "shippingAddress": {}, "lines": []}
    for column, where in ORDER_COLUMNS.items():
        value = record.get(column) or None
        if value is None:
            continue
        target = native
        for key in where[:-1]:
            target = target[key]
        target[where[-1]] = value
    native["customer"].setdefault("email", "")
    native["shippingAddress"].setdefault("country", "")
    return native


def _check_same_order(order: ReportOrder, record: dict[str, str], row: int) -> None:
    first = _order_fields(record)
    for column, where in ORDER_COLUMNS.items():
        mine: Any = order.native
        theirs: Any = first
        for key in where:
            mine, theirs = (mine or {}).get(key), (theirs or {}).get(key)
        if mine != theirs:
            order.problems.append(
                (
                    cell(row, column),
                    f"Row {row}: {column} differs from row {order.first_row} of order {order.order_id}.",
                )
            )


def _add_line(order: ReportOrder, record: dict[str, str], row: int) -> None:
    quantity_text, price_text = record["quantity-purchased"], record.get("item-price", "")
    line: dict[str, Any] = {"sku": record["sku"], "quantity": 0}
    if not (quantity_text.isascii() and quantity_text.isdigit()):
        order.problems.append(
            (
                cell(row, "quantity-purchased"),
                f"Row {row}: quantity-purchased must be a whole number, not {quantity_text!r}.",
            )
        )
    else:
        line["quantity"] = int(quantity_text)
    if not record["sku"]:
        order.problems.append((cell(row, "sku"), f"Row {row}: sku is empty."))
    if price_text:
        try:
            total = Decimal(price_text)
            if not total.is_finite():
                raise InvalidOperation
            if line["quantity"]:
                line["unitPrice"] = str((total / line["quantity"]).quantize(CENT, rounding=ROUND_HALF_UP))
        except (InvalidOperation, ValueError):
            order.problems.append(
                (cell(row, "item-price"), f"Row {row}: item-price must be a number, not {price_text!r}.")
            )
    order.native["lines"].append(line)
    order.line_rows.append(row)
