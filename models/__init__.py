"""Tortoise models, one module per domain. `MODEL_MODULES` is what the ORM loads."""

from datetime import UTC, datetime

# The times a DatetimeField holds on every backend: far inside what Python, SQLite and
# PostgreSQL store, and far enough from year 1 and 9999 that no UTC offset overflows.
# (Rules about which times make sense, such as a tracking report from next month, are the
# services'.)
DATETIME_MIN = datetime(1900, 1, 1, tzinfo=UTC)
DATETIME_MAX = datetime(9000, 1, 1, tzinfo=UTC)

MODEL_MODULES = [
    "models.catalog",
    "models.orders",
    "models.inventory",
    "models.supply",
    "models.fulfilment",
    "models.dropship",
    "models.returns",
    "models.access",
    "models.webhooks",
    "models.alerts",
    "models.events",
    "models.tickets",
    "models.customers",
    "models.transfers",
    "models.audit",
    "models.order_money",
    "models.analytics",
    "models.forecast",
]
