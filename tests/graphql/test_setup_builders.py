"""The setups most tests start from are written by the services (tests/fixtures: `seed_*`); the
same setups built through the API (`create_*`, `setup_fulfilment`: channelCreate,
warehouseCreate, productCreate, carrierCreate, supplierCreate, stockPolicyUpdate, stockAdjust)
must store exactly the same rows, ids included, so a test cannot tell which one ran. The same
holds for the two tenants of the IDOR and fuzz tests, built through the API once per run and
restored from a snapshot of their rows after that."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from tortoise import Tortoise, fields

from models.access import Role
from models.events import OutboxEvent
from models.webhooks import WebhookAttempt, WebhookDelivery, WebhookSubscription
from services import db
from tests.fixtures.catalog import (
    create_catalog,
    create_drop_ship,
    create_suppliers,
    place,
    seed_catalog,
    seed_drop_ship,
    seed_order,
    seed_suppliers,
)
from tests.fixtures.database import make_token, reset_database
from tests.fixtures.fulfilment import seed_fulfilment, setup_fulfilment
from tests.fixtures.server import Server
from tests.fixtures.tenants import build_world, outbox_drained, two_tenants
from tests.fixtures.waiting import eventually

ThroughApi = Callable[[Server, str], Awaitable[Any]]
ByServices = Callable[[str], Awaitable[Any]]
# When a row was written and whether the relay has published it yet: not the setup's content.
# What differs between two builds of the same rows: the receiver's port, a test event's id, latency.
VOLATILE = {
    OutboxEvent: {"seq", "published"},
    WebhookSubscription: {"url"},
    WebhookDelivery: {"event_id"},
    WebhookAttempt: {"latency_ms"},
}


async def stored_rows() -> dict[str, list[dict[str, Any]]]:
    """Every table's rows in primary-key order, without timestamps (tokens are the test's own;
    the audit log records the API's mutations, which the services' path does not make)."""
    rows: dict[str, list[dict[str, Any]]] = {}
    for model in Tortoise.apps[db.APP].values():
        table = model._meta.db_table
        if table in ("aerich", "api_token", "audit_event"):
            continue
        volatile = VOLATILE.get(model, set()) | {
            name for name, field in model._meta.fields_map.items() if isinstance(field, fields.DatetimeField)
        }
        found = await model.all().order_by(model._meta.pk_attr).values()
        rows[table] = [{k: v for k, v in row.items() if k not in volatile} for row in found]
    return rows


async def api_supply(server: Server, token: str) -> Any:
    created = await create_catalog(server, token, stock=0)
    await create_suppliers(server, token)
    return created


async def seeded_supply(token: str) -> Any:
    created = await seed_catalog(token, stock=0)
    await seed_suppliers(token)
    return created


async def api_drop_ship(server: Server, token: str) -> Any:
    created = await create_catalog(server, token, stock=0)
    await create_drop_ship(server, token)
    return created


async def seeded_drop_ship(token: str) -> Any:
    created = await seed_catalog(token, stock=0)
    await seed_drop_ship(token)
    return created


ORDERS = [
    ("Q-1", [("SKU-A", 1)], "web"),
    ("Q-2", [("SKU-A", 150), ("SKU-B", 1)], "web"),
    ("M-1", [("SKU-C", 1)], "market"),
]


async def api_orders(server: Server, token: str) -> None:
    """Orders allocated, split-free, and backordered, placed through orderCreate."""
    await create_catalog(server, token)
    for ref, lines, channel in ORDERS:
        payload = await place(
            server, token, externalRef=ref, channel=channel, lines=[{"sku": s, "quantity": q} for s, q in lines]
        )
        assert payload["userErrors"] == [], payload


async def seeded_orders(token: str) -> None:
    await seed_catalog(token)
    for ref, lines, channel in ORDERS:
        await seed_order(token, ref, lines, channel=channel)


SPLIT_STOCK = {("SKU-A", "east"): 2, ("SKU-A", "eu"): 5, ("SKU-B", "eu"): 0}
BUILDERS: dict[str, tuple[ThroughApi, ByServices]] = {
    "catalog": (create_catalog, seed_catalog),
    "catalog-without-stock": (
        lambda server, token: create_catalog(server, token, stock=0),
        lambda token: seed_catalog(token, stock=0),
    ),
    "catalog-with-suppliers": (api_supply, seeded_supply),
    "catalog-with-drop-ship": (api_drop_ship, seeded_drop_ship),
    "orders": (api_orders, seeded_orders),
    "fulfilment": (setup_fulfilment, seed_fulfilment),
    "fulfilment-split-stock": (
        lambda server, token: setup_fulfilment(server, token, stock=SPLIT_STOCK),
        lambda token: seed_fulfilment(token, stock=SPLIT_STOCK),
    ),
}


@pytest.mark.parametrize("builder", list(BUILDERS))
async def test_the_api_and_the_services_build_the_same_setup(server: Server, admin_token: str, builder: str) -> None:
    through_api, by_services = BUILDERS[builder]
    answered = await through_api(server, admin_token)
    built = await stored_rows()

    await reset_database()
    seeded = await by_services(await make_token(Role.ADMIN))

    assert seeded == answered
    assert await stored_rows() == built
    assert built["channel"] and built["warehouse"] and built["product"], "the comparison is not vacuous"


async def test_the_two_tenants_restored_from_a_snapshot_are_the_ones_the_api_builds(
    server: Server, admin_token: str
) -> None:
    built = await build_world(server, admin_token)
    await eventually(outbox_drained, what="the relay published every event")
    stored = await stored_rows()

    await reset_database()
    restored = await two_tenants(server, await make_token(Role.ADMIN))

    assert restored == built
    assert await stored_rows() == stored
    assert stored["order"] and stored["shipment"] and stored["outbox_event"], "the comparison is not vacuous"
