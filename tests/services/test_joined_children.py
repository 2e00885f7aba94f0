"""An order read with its lines in one statement (services.statements.select_one_with_children,
PostgreSQL): the same instances as the order's read and the lines loader's, for every caller."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

import pytest

from models.access import Role
from models.inventory import Allocation
from models.orders import OrderLine
from resolvers.loaders import Loaders
from services import statements
from services.orders import get_order, get_order_with_lines
from tests.fixtures.catalog import principal_of, seed_catalog, seed_order
from tests.fixtures.database import make_token
from tests.services.test_order_reads import CALLERS
from tests.services.test_statements import fields, state

pytestmark = pytest.mark.postgres

# What a record's text must survive (the binary protocol carries it as it is): the
# delimiters of PostgreSQL's record and array text forms, quotes, a backslash, characters
# outside the BMP, the columns' widths and the largest values their types hold.
AWKWARD_SKU = ('("x",{y})\\' + "é🦀" * 28)[:64]
AWKWARD_NAME = ('"quoted", (parens), {braces}, NULL, \\N ' + "名" * 200)[:200]


def _lines_state(rows: list[OrderLine]) -> list[dict[str, Any]]:
    return [{k: (type(v), repr(v)) for k, v in state(row).items()} for row in rows]


async def test_an_order_with_its_lines_is_what_the_order_read_and_the_lines_loader_give(database: None) -> None:
    # given orders of one, two and three lines (one line at the edges of its columns) and
    # callers of every kind
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin)
    orders = [
        await seed_order(admin, "J-1", [("SKU-A", 1)]),
        await seed_order(admin, "J-2", [("SKU-A", 2), ("SKU-B", 1)], channel="market"),
        await seed_order(admin, "J-3", [("SKU-C", 1), ("SKU-A", 1), ("SKU-B", 4)]),
        await seed_order(admin, "J-0", [("SKU-A", 1)]),
    ]
    # (an order without lines: its children's arrays are NULL, not empty)
    await Allocation.filter(order_id=orders[3].id).delete()
    await OrderLine.filter(order_id=orders[3].id).delete()
    edge = (await OrderLine.filter(order_id=orders[2].id).order_by("id"))[1]
    await OrderLine.filter(id=edge.id).update(
        sku=AWKWARD_SKU,
        name=AWKWARD_NAME,
        quantity=2**31 - 1,
        unit_price=Decimal("999999999999.99"),
        line_total=Decimal("-999999999999.99"),
    )
    callers = [await principal_of(await make_token(role, scope)) for role, scope in CALLERS]
    storefront = await principal_of(await make_token(Role.CUSTOMER, "ada@example.com"))
    callers.append(dataclasses.replace(storefront, channel="web"))
    reads = [(c, o) for c in callers for o in (*(order.id for order in orders), 999_999)]

    visible = 0
    for with_customer in (False, True):
        before = statements.OUTCOMES.copy()
        for caller, order_id in reads:
            # when each caller reads each order with its lines in one statement
            joined = await get_order_with_lines(caller, order_id=order_id, with_customer=with_customer)
            assert joined is not None

            # then the order (and its customer) is get_order's, and the lines the loader's
            alone = await get_order(caller, order_id=order_id, with_customer=with_customer)
            assert fields(joined.row) == fields(alone)
            if alone is None:
                assert joined.children == []
                continue
            visible += 1
            if with_customer:
                assert fields(joined.row.customer) == fields(alone.customer)  # type: ignore[union-attr]
            loaded = await Loaders().order_lines.load(order_id)
            assert _lines_state(joined.children) == _lines_state(loaded)
            assert [line.id for line in joined.children] == sorted(line.id for line in loaded)
        # and every read was one statement, the order and its lines together
        assert (statements.OUTCOMES - before)["joined"] == len(reads)

    assert visible > len(callers)  # (each caller sees some and not others: CALLERS)
    empty = await get_order_with_lines(callers[0], order_id=orders[3].id)
    assert empty is not None and empty.row is not None and empty.children == []
    seen = await get_order_with_lines(callers[0], order_id=orders[2].id)
    assert seen is not None and [(line.sku, line.name, line.quantity) for line in seen.children][1] == (
        AWKWARD_SKU,
        AWKWARD_NAME,
        2**31 - 1,
    )
