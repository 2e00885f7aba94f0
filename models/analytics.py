"""Rollups of the sales reports (services/analytics_rollup.py): daily sums per order keys and
per SKU, kept from the event stream; recomputed, never hand-edited.

A day is the UTC day an order was placed (every measure is placed in time by its order's
placing), so a late change to an order (cancelled, returned, refunded, edited) rewrites the
rows of the day that order was placed on. `*_rows` count the raw rows behind a group, so a
report built from the rollup lists the same groups as one built from the raw rows.
"""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class DailyFacts(Model):
    """What both rollups keep per group of a placing day (the raw reports' counts)."""

    id = fields.BigIntField(primary_key=True)
    day = fields.DateField()
    currency = fields.CharField(max_length=3)
    channel = fields.CharField(max_length=64)
    orders = fields.IntField(default=0)
    cancelled = fields.IntField(default=0)
    units = fields.BigIntField(default=0)
    revenue = fields.DecimalField(max_digits=18, decimal_places=2, default=0)
    cancelled_units = fields.BigIntField(default=0)
    returned_units = fields.BigIntField(default=0)
    line_rows = fields.IntField(default=0)
    return_rows = fields.IntField(default=0)

    class Meta:
        abstract = True


class DailyOrderFacts(DailyFacts):
    """Sales per placing day, currency, channel and ship-to country."""

    country = fields.CharField(max_length=2)
    refunded = fields.DecimalField(max_digits=18, decimal_places=2, default=0)
    order_rows = fields.IntField(default=0)

    class Meta:
        table = "analytics_daily_order"
        unique_together = (("day", "currency", "channel", "country"),)


class DailySkuFacts(DailyFacts):
    """Sales per placing day, currency, channel and SKU (no country: that grain would be as big
    as the order lines themselves; SKU by COUNTRY reads the raw rows)."""

    sku = fields.CharField(max_length=64)

    class Meta:
        table = "analytics_daily_sku"
        unique_together = (("day", "currency", "channel", "sku"),)


class RollupState(Model):
    """One row (id 1) once `oms analytics rebuild` has run: the outbox `seq` the rollups have
    caught up to. Without it reports read the raw rows."""

    id = fields.IntField(primary_key=True)
    cursor = fields.BigIntField(default=0)
    built_at = fields.DatetimeField()

    class Meta:
        table = "analytics_rollup_state"


class DirtyDay(Model):
    """A placing day whose rollup rows must be recomputed: marked in the transaction of a change
    that records no order event (a return requested, a refund that leaves the financial status)."""

    day = fields.DateField(primary_key=True)

    class Meta:
        table = "analytics_dirty_day"
