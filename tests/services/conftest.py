"""The service-level tests' builders (tests/fixtures/shop.py)."""

from tests.fixtures.shop import backorder, place, shop

__all__ = ["backorder", "place", "shop"]
