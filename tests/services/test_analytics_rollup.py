"""Reports read from the daily rollups (services/analytics_rollup.py) equal the same reports
read from the raw rows, on random history and after late changes made through the services
(orders cancelled whole or in part, returns requested, refunds recorded, new orders), which
the rollups learn from the outbox and the ORDER_FIGURES_CHANGED reaction alone."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from models.analytics import DailyOrderFacts, DailySkuFacts
from models.fulfilment import Shipment, ShipmentLine, ShipmentStatus
from models.inventory import MovementReason
from models.orders import Order, OrderLine, OrderStatus
from models.returns import ReturnRequest
from services import analytics, analytics_rollup, catalog, order_actions, returns
from services.access import SYSTEM
from services.analytics import Dimension as D
from services.analytics import Measure as M
from services.inventory import adjust_stock
from services.order_drafts import AddressDraft, LineDraft, OrderDraft
from services.order_line_cancel import cancel_line
from services.orders import place_order
from tests.fixtures.analytics import END, START, random_history

# random history is written straight to the tables: the ledger is not what it reconciles against.
pytestmark = pytest.mark.stock_drift

SALES: list[M] = sorted(analytics.ROLLUP_MEASURES - {M.REFUNDED_AMOUNT})
WIDE = (datetime(2025, 12, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
CASES: list[tuple[list[M], list[D]]] = [
    (sorted(analytics.ROLLUP_MEASURES), []),
    (sorted(analytics.ROLLUP_MEASURES), [D.DAY]),
    (sorted(analytics.ROLLUP_MEASURES), [D.WEEK, D.CHANNEL]),
    (sorted(analytics.ROLLUP_MEASURES), [D.MONTH, D.COUNTRY]),
    (sorted(analytics.ROLLUP_MEASURES), [D.DAY, D.CHANNEL, D.COUNTRY]),
    (SALES, [D.SKU]),
    (SALES, [D.WEEK, D.SKU]),
    (SALES, [D.DAY, D.CHANNEL, D.SKU]),
    ([M.RETURNED_UNITS], [D.DAY, D.SKU]),
    ([M.REFUNDED_AMOUNT], [D.DAY, D.COUNTRY]),
    ([M.REVENUE, M.CANCELLED_UNITS], [D.MONTH]),
]


@pytest.fixture
async def history(database: None) -> None:
    for code in ("web", "market"):
        await catalog.create_channel(code=code, name=code.title())
    await catalog.create_warehouse(code="east", name="East", country="US")
    await catalog.create_warehouse(code="eu", name="EU", country="DE")
    for sku, price in (("SKU-A", "10.00"), ("SKU-B", "25.50"), ("SKU-C", "7.25")):
        await catalog.create_product(sku=sku, name=sku, price=Decimal(price))
        await adjust_stock(SYSTEM, sku=sku, warehouse="east", delta=1_000, reason=MovementReason.RECEIPT)
    await random_history(40, seed=11)


def _table(rows: list[analytics.ReportRow], measures: list[M]) -> list[tuple[Any, ...]]:
    def values(row: analytics.ReportRow | None) -> tuple[Any, ...] | None:
        return None if row is None else tuple(row.value(m) for m in measures)

    return [(r.currency, r.period, r.channel, r.sku, r.country, values(r), values(r.previous)) for r in rows]


async def _both(
    measures: list[M], dimensions: list[D], window: tuple[datetime, datetime], **options: Any
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    query = analytics.check(measures, dimensions, *window, channel=options.pop("channel", None))
    rolled = await analytics.report(SYSTEM, query, **options)
    raw = await analytics.report(SYSTEM, query, use_rollup=False, **options)
    return _table(rolled, measures), _table(raw, measures)


async def _assert_same() -> None:
    for window in ((START, END), WIDE):
        for measures, dimensions in CASES:
            rolled, raw = await _both(measures, dimensions, window)
            assert rolled == raw, (measures, dimensions)
            assert raw  # the history has sales in every window
    rolled, raw = await _both(SALES, [D.WEEK, D.SKU], (START, END), channel="web", compare_to_previous=True)
    assert rolled == raw


async def test_rollup_reports_equal_raw_reports_before_and_after_late_changes(history: None) -> None:
    built = await analytics_rollup.rebuild()
    assert built["order_rows"] > 0 and built["sku_rows"] > 0
    await _assert_same()

    # Late changes, through the services only.
    rng = random.Random(3)
    # Orders with no return yet: a late return must find units not requested back already.
    returned = set(await ReturnRequest.all().values_list("order_id", flat=True))
    live = [o for o in await Order.all().order_by("id") if o.status != OrderStatus.CANCELLED and o.id not in returned]
    picked = rng.sample(live, 12)
    for order in picked[:3]:
        await order_actions.cancel_order(SYSTEM, order_id=order.id, reason="late cancel")
    for order in picked[3:6]:
        line = await OrderLine.filter(order_id=order.id, quantity__gt=1).first()
        if line is not None:
            await cancel_line(SYSTEM, line_id=line.id, quantity=1, reason="one fewer")
    for order in picked[6:9]:
        await _ship_everything(order)
        line = await OrderLine.filter(order_id=order.id).order_by("id").first()
        assert line is not None
        await returns.request_return(
            SYSTEM, order_id=order.id, lines=[returns.ReturnLineDraft(sku=line.sku, quantity=1, reason="late")]
        )
    for order in picked[9:]:
        await returns.record_refund(SYSTEM, order_id=order.id, amount=Decimal("1.10"))
        await returns.record_refund(SYSTEM, order_id=order.id, amount=Decimal("0.40"))  # no status change
    for i in range(3):
        await place_order(
            SYSTEM,
            OrderDraft(
                channel="market",
                external_ref=f"LATE-{i}",
                customer_email="late@example.com",
                customer_name=None,
                shipping_address=AddressDraft(country="FR"),
                lines=[LineDraft(sku="SKU-B", quantity=2)],
            ),
        )
    await _assert_same()
    # Every late change moved a figure: the rollup did not merely stay equal to stale raw rows.
    query = analytics.check([M.CANCELLED_ORDERS, M.RETURNED_UNITS, M.REFUNDED_AMOUNT, M.ORDERS], [], *WIDE)
    after = await analytics.report(SYSTEM, query)
    assert after and await DailyOrderFacts.filter(country="FR").count() == 1


async def _ship_everything(order: Order) -> None:
    """Set-up written straight to the tables (the return needs units that left): the report's
    measures do not read shipments' lines, so the rollups owe nothing to these rows."""
    shipment = await Shipment.create(
        order_id=order.id, status=ShipmentStatus.DISPATCHED, dispatched_at=datetime.now(UTC) - timedelta(hours=1)
    )
    for line in await OrderLine.filter(order_id=order.id):
        await ShipmentLine.create(shipment=shipment, product_id=line.product_id, sku=line.sku, quantity=line.quantity)
    await Order.filter(id=order.id).update(status=OrderStatus.SHIPPED)


async def test_reports_read_the_rollup_once_built_and_raw_rows_otherwise(history: None) -> None:
    query = analytics.check([M.UNITS], [], START, END)
    raw = (await analytics.report(SYSTEM, query))[0].value(M.UNITS)
    await analytics_rollup.rebuild()
    await DailyOrderFacts.all().update(units=0)  # tampered: only a report reading the rollup sees it
    assert (await analytics.report(SYSTEM, query))[0].value(M.UNITS) == 0
    # Not whole days, a measure or a grouping the rollups do not keep: the raw rows.
    partial = analytics.check([M.UNITS], [], START + timedelta(hours=1), END)
    assert (await analytics.report(SYSTEM, partial))[0].value(M.UNITS) > 0
    by_country_sku = analytics.check([M.UNITS], [D.SKU, D.COUNTRY], START, END)
    assert sum(r.value(M.UNITS) for r in await analytics.report(SYSTEM, by_country_sku)) == raw
    backorders = analytics.check([M.UNITS, M.BACKORDERED_UNITS], [], START, END)
    assert (await analytics.report(SYSTEM, backorders))[0].value(M.UNITS) == raw
    # The rollups keep neither the fill rate nor the time to allocate, nor the region.
    fill = analytics.check([M.UNITS, M.FILL_RATE], [], START, END)
    assert (await analytics.report(SYSTEM, fill))[0].value(M.UNITS) == raw
    to_allocate = analytics.check([M.ORDERS, M.PLACED_TO_ALLOCATED_HOURS], [], START, END)
    assert (await analytics.report(SYSTEM, to_allocate))[0].value(M.PLACED_TO_ALLOCATED_HOURS).p50 is not None
    by_region = analytics.check([M.UNITS], [D.COUNTRY, D.REGION], START, END)
    assert sum(r.value(M.UNITS) for r in await analytics.report(SYSTEM, by_region)) == raw
    await analytics_rollup.rebuild()
    assert (await analytics.report(SYSTEM, query))[0].value(M.UNITS) == raw
    assert await DailySkuFacts.all().count() > 0
