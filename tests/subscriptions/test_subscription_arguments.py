"""Subscription arguments are checked against their domains like every input
(`schema.input_domains`): one outside its domain ends the operation with an INVALID error
naming the argument, before anything is read or replayed."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fixtures.live import subscribe
from tests.fixtures.server import Server

pytestmark = pytest.mark.live_server

PICK_TASKS = "subscription($w: String!, $a: String) { pickTaskUpdates(warehouse: $w, after: $a) { cursor } }"
SHIPMENT_UPDATES = "subscription($t: String) { shipmentUpdates(trackingNumber: $t) { cursor } }"

CASES: dict[str, tuple[str, dict[str, Any], str, list[str]]] = {
    "warehouse code past its column": (
        PICK_TASKS,
        {"w": "w" * 65},
        "warehouse must be at most 64 characters.",
        ["warehouse"],
    ),
    "a megabyte of cursor": (
        PICK_TASKS,
        {"w": "east", "a": "9" * 1_000},
        "after must be at most 200 characters.",
        ["after"],
    ),
    "a lone surrogate in a tracking number": (
        SHIPMENT_UPDATES,
        {"t": "1Z\ud800"},
        "trackingNumber must be valid Unicode text.",
        ["trackingNumber"],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
async def test_a_subscription_argument_outside_its_domain_is_an_invalid_error(
    server: Server, admin_token: str, case: str
) -> None:
    document, variables, message, field = CASES[case]

    async with subscribe(server, document, variables, token=admin_token, wait=False) as sub:
        answer = await sub.raw()

    assert answer["type"] in ("error", "next"), answer
    errors = answer["payload"] if answer["type"] == "error" else answer["payload"]["errors"]
    assert [(e["message"], e["extensions"]) for e in errors] == [(message, {"code": "INVALID", "field": field})]
