"""Tortoise models, one module per domain. `MODEL_MODULES` is what the ORM loads."""

MODEL_MODULES = [
    "models.catalog",
    "models.orders",
    "models.inventory",
    "models.supply",
    "models.fulfilment",
    "models.dropship",
    "models.returns",
    "models.access",
    "models.events",
]
