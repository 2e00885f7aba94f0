"""`oms seed --orders N` (services/history_seed.py): history written in bulk that the stock
ledger reconciles with, whose rollups (rebuilt at the end) answer as the raw rows do
(the command line: tests/test_cli.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from models.analytics import RollupState
from models.fulfilment import Shipment
from models.inventory import Allocation, AllocationStatus
from models.orders import Order, OrderStatus
from models.returns import Refund, ReturnLine
from services import analytics
from services.access import SYSTEM
from services.analytics import Dimension as D
from services.analytics import Measure as M
from services.history_seed import CHANNELS, COUNTRIES, seed_history
from services.inventory import ledger_mismatches, reservation_mismatches


async def test_history_reconciles_with_the_ledger_and_its_rollups_answer_like_the_raw_rows(database: None) -> None:
    counted: list[int] = []
    written = await seed_history(orders=1_500, days=60, rng_seed=5, progress=counted.append)
    again = await seed_history(orders=300, days=60, rng_seed=6)  # a second run adds to the first

    assert await Order.all().count() == written["order"] + again["order"] == 1_800
    assert sum(counted) == 1_500
    assert await ledger_mismatches() == [] and await reservation_mismatches() == []
    statuses = set(await Order.all().distinct().values_list("status", flat=True))
    assert {OrderStatus.CANCELLED, OrderStatus.DELIVERED, OrderStatus.PARTIALLY_RETURNED} <= statuses
    assert await Allocation.filter(status=AllocationStatus.RESERVED).exists()  # the most recent orders are open
    assert await Shipment.filter(delivered_at__isnull=False).exists()
    assert await ReturnLine.all().count() == await Refund.all().count() > 0
    channels = set(await Order.all().distinct().values_list("channel__code", flat=True))
    countries = set(await Order.all().distinct().values_list("ship_country", flat=True))
    assert channels == {c[0] for c in CHANNELS} and countries == {c[0] for c in COUNTRIES}
    assert await RollupState.exists(id=1)

    end = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
    for measures, dimensions in (
        (sorted(analytics.ROLLUP_MEASURES), [D.WEEK, D.CHANNEL, D.COUNTRY]),
        ([M.UNITS, M.REVENUE, M.RETURNED_UNITS], [D.MONTH, D.SKU]),
    ):
        query = analytics.check(measures, dimensions, end - timedelta(days=90), end)
        rolled = await analytics.report(SYSTEM, query)
        raw = await analytics.report(SYSTEM, query, use_rollup=False)
        assert [
            (r.currency, r.period, r.channel, r.sku, r.country, [r.value(m) for m in measures]) for r in rolled
        ] == [(r.currency, r.period, r.channel, r.sku, r.country, [r.value(m) for m in measures]) for r in raw]
        assert raw
