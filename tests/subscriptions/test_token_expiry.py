"""A token that expires ends its open subscriptions at its expiry (as a revocation does), unless
it was extended meanwhile: the stream re-reads the token when the timer fires."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from models.access import ApiToken, Role
from services.access import create_token
from tests.fixtures.backends import SECRET
from tests.fixtures.catalog import ORDER_STATUS_SUB, place
from tests.fixtures.live import Subscription, subscribe
from tests.fixtures.server import Server
from tests.fixtures.waiting import eventually

pytestmark = pytest.mark.live_server  # WebSockets need a real server

LIFETIME = timedelta(seconds=3)  # long enough to subscribe and see one event first
WAIT_BOUND = 20.0  # a generous bound on waiting for the end, not a timing assertion


async def short_lived_ops_token() -> tuple[str, datetime]:
    expires_at = datetime.now(UTC) + LIFETIME
    _, plaintext = await create_token(role=Role.OPS, scope=None, secret=SECRET, expires_at=expires_at)
    return plaintext, expires_at


async def end_of(sub: Subscription) -> tuple[dict[str, Any], datetime]:
    """The first message that is not a plain event (an error, or `next` with errors), and when
    it came; fails if none comes within WAIT_BOUND."""
    deadline = asyncio.get_running_loop().time() + WAIT_BOUND
    while True:
        remaining = deadline - asyncio.get_running_loop().time()
        assert remaining > 0, "the subscription was still open long after its token expired"
        try:
            message = await sub.raw(timeout=remaining)
        except TimeoutError:
            raise AssertionError("the subscription was still open long after its token expired") from None
        if message["type"] == "ping":
            await sub.ws.send(json.dumps({"type": "pong"}))
            continue
        if message["type"] == "next" and "errors" not in message["payload"]:
            continue
        return message, datetime.now(UTC)


async def test_a_subscription_ends_when_its_token_expires(server: Server, admin_token: str, catalog: Any) -> None:
    token, expires_at = await short_lived_ops_token()
    async with subscribe(server, ORDER_STATUS_SUB, token=token) as sub:
        await place(server, admin_token, externalRef="while-valid")
        first = (await sub.next())["orderStatusChanged"]
        ended, ended_at = await end_of(sub)
        after_end = await sub.raw()

    assert first["status"] == "PENDING"
    errors = ended["payload"] if ended["type"] == "error" else ended["payload"]["errors"]
    assert [(e["message"], e["extensions"]["code"]) for e in errors] == [("The token expired.", "UNAUTHENTICATED")]
    assert ended_at >= expires_at  # ended by the expiry, not before it
    assert after_end == {"id": "1", "type": "complete"} or ended["type"] == "error"


async def test_a_token_extended_before_its_expiry_keeps_its_subscription(
    server: Server, admin_token: str, catalog: Any
) -> None:
    token, expires_at = await short_lived_ops_token()
    async with subscribe(server, ORDER_STATUS_SUB, token=token) as sub:
        await ApiToken.filter(role=Role.OPS).update(expires_at=expires_at + timedelta(hours=1))
        # Wait (bounded, on the clock) until the original expiry is well past.
        await eventually(lambda: datetime.now(UTC) > expires_at + timedelta(seconds=1), what="the old expiry past")
        await place(server, admin_token, externalRef="after-the-original-expiry")
        event = (await sub.next())["orderStatusChanged"]

    assert datetime.now(UTC) > expires_at
    assert event["status"] == "PENDING" and event["previousStatus"] is None
