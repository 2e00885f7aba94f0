"""lowStockAlerts over a real graphql-transport-ws WebSocket: one alert per crossing, re-armed
after recovery, filtered by warehouse, resumable, scoped for WAREHOUSE tokens."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
import websockets

from models.access import Role
from tests.fixtures.database import make_token
from tests.fixtures.live import subscribe
from tests.fixtures.server import Server
from tests.fixtures.stock import (
    LOW_STOCK_SUB,
    cancel,
    placed,
    receive,
    remove,
    stock_count,
    stock_policy,
)

# Every test here subscribes over a real WebSocket.
pytestmark = pytest.mark.live_server

QUIET = 0.3


def where(alert: dict[str, Any]) -> tuple[str, str]:
    level = alert["stockLevel"]
    return (level["product"]["sku"], level["warehouse"]["code"])


def seen(alert: dict[str, Any]) -> tuple[str, str, int, int]:
    """(sku, warehouse, available, safetyStock) as the alert reported them."""
    return (*where(alert), alert["available"], alert["safetyStock"])


async def alert(sub: Any) -> dict[str, Any]:
    data: dict[str, Any] = (await sub.next())["lowStockAlerts"]
    return data


async def set_safety(server: Server, token: str, sku: str, warehouse: str, units: int) -> None:
    payload = await stock_policy(server, token, sku, warehouse, safetyStock=units)
    assert payload["userErrors"] == [], payload


async def first_message(server: Server, token: str | None, variables: dict[str, Any]) -> dict[str, Any]:
    """Subscribe and return the first protocol message (for subscriptions that must fail)."""
    async with websockets.connect(server.ws_url, subprotocols=["graphql-transport-ws"]) as ws:  # type: ignore[list-item]
        payload = {"Authorization": f"Bearer {token}"} if token else {}
        await ws.send(json.dumps({"type": "connection_init", "payload": payload}))
        assert json.loads(await ws.recv())["type"] == "connection_ack"
        await ws.send(
            json.dumps({"id": "1", "type": "subscribe", "payload": {"query": LOW_STOCK_SUB, "variables": variables}})
        )
        message: dict[str, Any] = json.loads(await asyncio.wait_for(ws.recv(), 10))
        return message


def errors_of(message: dict[str, Any]) -> list[dict[str, Any]]:
    assert message["type"] in ("error", "next"), message
    errors: list[dict[str, Any]] = message["payload"] if message["type"] == "error" else message["payload"]["errors"]
    return errors


async def test_one_alert_per_crossing_however_many_writes_stay_below(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    await set_safety(server, admin_token, "SKU-A", "east", 5)  # available 100: no crossing

    async with subscribe(server, LOW_STOCK_SUB, token=admin_token) as sub:
        await remove(server, admin_token, "SKU-A", "east", 90)  # 10: above
        await remove(server, admin_token, "SKU-A", "east", 5)  # 5: crosses (to, not only below)
        await remove(server, admin_token, "SKU-A", "east", 2)  # 3: still low
        await placed(server, admin_token, "L-1", [("SKU-A", 1)])  # 2: still low (a reservation)
        await stock_count(server, admin_token, "SKU-A", "east", 2)  # 1: still low (a count)
        crossing = await alert(sub)
        await sub.nothing_within(QUIET)

    assert seen(crossing) == ("SKU-A", "east", 5, 5)
    assert crossing["cursor"] and crossing["occurredAt"]


async def test_recovery_re_arms_the_alert(server: Server, admin_token: str, catalog: dict[str, Any]) -> None:
    await set_safety(server, admin_token, "SKU-A", "east", 5)
    await remove(server, admin_token, "SKU-A", "east", 96)  # 4: low before anyone listens

    async with subscribe(server, LOW_STOCK_SUB, token=admin_token) as sub:
        await receive(server, admin_token, "SKU-A", "east", 1)  # 5: still low, no new alert
        await receive(server, admin_token, "SKU-A", "east", 15)  # 20: recovered
        await remove(server, admin_token, "SKU-A", "east", 13)  # 7: above
        await remove(server, admin_token, "SKU-A", "east", 3)  # 4: crosses again
        again = await alert(sub)
        await receive(server, admin_token, "SKU-A", "east", 2)  # 6: recovered
        order = await placed(server, admin_token, "L-2", [("SKU-A", 6)])  # 0: crosses by reservation
        by_reservation = await alert(sub)
        await cancel(server, admin_token, order["id"])  # 6: recovered by the release
        await placed(server, admin_token, "L-3", [("SKU-A", 1)])  # 5: crosses once more
        after_release = await alert(sub)
        await sub.nothing_within(QUIET)

    assert [seen(a) for a in (again, by_reservation, after_release)] == [
        ("SKU-A", "east", 4, 5),
        ("SKU-A", "east", 0, 5),
        ("SKU-A", "east", 5, 5),
    ]
    cursors = [int(a["cursor"]) for a in (again, by_reservation, after_release)]
    assert cursors == sorted(set(cursors))


async def test_raising_safety_stock_above_available_is_a_crossing_and_lowering_it_re_arms(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    async with subscribe(server, LOW_STOCK_SUB, token=admin_token) as sub:
        await set_safety(server, admin_token, "SKU-B", "east", 100)  # available 100: now "to" safety
        raised = await alert(sub)
        await set_safety(server, admin_token, "SKU-B", "east", 150)  # still low: nothing
        await set_safety(server, admin_token, "SKU-B", "east", 50)  # above again: re-armed
        await remove(server, admin_token, "SKU-B", "east", 49)  # 51: above
        await remove(server, admin_token, "SKU-B", "east", 1)  # 50: crosses
        crossed = await alert(sub)
        await sub.nothing_within(QUIET)

    assert [seen(a) for a in (raised, crossed)] == [("SKU-B", "east", 100, 100), ("SKU-B", "east", 50, 50)]


async def test_warehouse_filter(server: Server, admin_token: str, catalog: dict[str, Any]) -> None:
    await receive(server, admin_token, "SKU-A", "eu", 10)
    await set_safety(server, admin_token, "SKU-A", "east", 5)
    await set_safety(server, admin_token, "SKU-A", "eu", 5)

    async with subscribe(server, LOW_STOCK_SUB, {"warehouse": "eu"}, token=admin_token) as sub:
        await remove(server, admin_token, "SKU-A", "east", 95)  # east crosses: not for this subscriber
        await remove(server, admin_token, "SKU-A", "eu", 6)  # eu crosses
        only = await alert(sub)
        await sub.nothing_within(QUIET)

    assert seen(only) == ("SKU-A", "eu", 4, 5)


async def test_unknown_warehouse_is_an_error_not_silence(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    message = await first_message(server, admin_token, {"warehouse": "nowhere"})

    assert [(e["message"], e["extensions"]["code"]) for e in errors_of(message)] == [
        ("Warehouse not found.", "NOT_FOUND")
    ]


async def test_resume_after_a_cursor_replays_the_missed_alerts_then_continues_live(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    await set_safety(server, admin_token, "SKU-A", "east", 5)
    async with subscribe(server, LOW_STOCK_SUB, token=admin_token) as sub:
        await remove(server, admin_token, "SKU-A", "east", 95)  # 5: crossing 1
        first = await alert(sub)
    # Disconnected: two more crossings (and writes that are not crossings).
    await receive(server, admin_token, "SKU-A", "east", 10)  # 15
    await remove(server, admin_token, "SKU-A", "east", 12)  # 3: crossing 2
    await remove(server, admin_token, "SKU-A", "east", 1)  # 2
    await receive(server, admin_token, "SKU-A", "east", 8)  # 10
    await remove(server, admin_token, "SKU-A", "east", 9)  # 1: crossing 3

    async with subscribe(server, LOW_STOCK_SUB, {"after": first["cursor"]}, token=admin_token) as sub:
        missed = [await alert(sub) for _ in range(2)]
        await receive(server, admin_token, "SKU-A", "east", 9)  # 10
        await remove(server, admin_token, "SKU-A", "east", 10)  # 0: crossing 4, live
        live = await alert(sub)
        await sub.nothing_within(QUIET)

    assert [seen(a)[2] for a in (first, *missed, live)] == [5, 3, 1, 0]
    cursors = [int(a["cursor"]) for a in (first, *missed, live)]
    assert cursors == sorted(set(cursors))


async def test_resume_with_a_warehouse_filter_replays_only_that_warehouse(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    await receive(server, admin_token, "SKU-A", "eu", 10)
    await set_safety(server, admin_token, "SKU-A", "east", 5)
    await set_safety(server, admin_token, "SKU-A", "eu", 5)
    await remove(server, admin_token, "SKU-A", "east", 95)
    await remove(server, admin_token, "SKU-A", "eu", 5)
    await remove(server, admin_token, "SKU-B", "east", 100)  # safety 0: sold out is a crossing too

    async with subscribe(server, LOW_STOCK_SUB, {"after": "0", "warehouse": "east"}, token=admin_token) as sub:
        replayed = [await alert(sub) for _ in range(2)]
        await sub.nothing_within(QUIET)

    assert [seen(a) for a in replayed] == [("SKU-A", "east", 5, 5), ("SKU-B", "east", 0, 0)]


async def test_invalid_cursor_is_an_error(server: Server, admin_token: str) -> None:
    message = await first_message(server, admin_token, {"after": "garbage"})

    assert "Invalid cursor" in errors_of(message)[0]["message"]


async def test_warehouse_token_hears_only_its_own_warehouse(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    await receive(server, admin_token, "SKU-A", "eu", 10)
    await set_safety(server, admin_token, "SKU-A", "east", 5)
    await set_safety(server, admin_token, "SKU-A", "eu", 5)
    await remove(server, admin_token, "SKU-A", "eu", 6)  # an eu crossing before anyone listens
    east = await make_token(Role.WAREHOUSE, "east")

    async with (
        subscribe(server, LOW_STOCK_SUB, token=east) as live_sub,
        subscribe(server, LOW_STOCK_SUB, {"after": "0"}, token=east) as replay_sub,
    ):
        await receive(server, admin_token, "SKU-A", "eu", 10)  # eu recovers
        await remove(server, admin_token, "SKU-A", "eu", 12)  # eu crosses again: not east's
        await remove(server, admin_token, "SKU-A", "east", 96)  # east crosses
        live = await alert(live_sub)
        replayed = await alert(replay_sub)
        await live_sub.nothing_within(QUIET)
        await replay_sub.nothing_within(0.05)

    assert seen(live) == seen(replayed) == ("SKU-A", "east", 4, 5)
    assert live["cursor"] == replayed["cursor"]


async def test_warehouse_token_cannot_subscribe_to_another_warehouse(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    east = await make_token(Role.WAREHOUSE, "east")

    message = await first_message(server, east, {"warehouse": "eu"})

    assert [(e["message"], e["extensions"]["code"]) for e in errors_of(message)] == [
        ("Warehouse not found.", "NOT_FOUND")
    ]


@pytest.mark.parametrize(("role", "scope"), [(Role.CUSTOMER, "ada@example.com"), (Role.CHANNEL, "web")])
async def test_other_roles_cannot_subscribe(
    server: Server, admin_token: str, catalog: dict[str, Any], role: Role, scope: str
) -> None:
    token = await make_token(role, scope)

    forbidden = await first_message(server, token, {})
    anonymous = await first_message(server, None, {})

    assert errors_of(forbidden)[0]["extensions"]["code"] == "FORBIDDEN"
    assert errors_of(anonymous)[0]["extensions"]["code"] == "UNAUTHENTICATED"
