"""Where warehouses are relative to an order's destination: what the CLOSEST strategy ranks by."""

from __future__ import annotations

import math
from dataclasses import dataclass

from models.catalog import AllocationStrategy, Warehouse


@dataclass(frozen=True)
class Destination:
    country: str
    region: str | None = None
    latitude: float | None = None
    longitude: float | None = None


def coordinates(latitude: float | None, longitude: float | None) -> tuple[float, float] | None:
    return (latitude, longitude) if latitude is not None and longitude is not None else None


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def rank_warehouses(
    strategy: AllocationStrategy, warehouses: list[Warehouse], destination: Destination
) -> list[Warehouse]:
    """Warehouses in the order the strategy prefers them."""
    if strategy is not AllocationStrategy.CLOSEST:
        return sorted(warehouses, key=lambda w: (w.priority, w.id))

    def closeness(w: Warehouse) -> tuple[int, float, int, int]:
        same_country = w.country.upper() == destination.country.upper()
        same_region = same_country and bool(w.region) and (w.region or "").upper() == (destination.region or "").upper()
        tier = 0 if same_region else 1 if same_country else 2
        here, there = coordinates(w.latitude, w.longitude), coordinates(destination.latitude, destination.longitude)
        km = distance_km(here, there) if here and there else math.inf
        return (tier, km, w.priority, w.id)

    return sorted(warehouses, key=closeness)
