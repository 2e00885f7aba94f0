"""Cancel, hold, release: the transition table, history, errors."""

from __future__ import annotations

from typing import Any

from models.access import Role
from models.orders import OrderStatus
from services.order_status import TRANSITIONS
from tests.fixtures.catalog import place
from tests.fixtures.database import make_token
from tests.fixtures.server import Server

ACTION = """
mutation($c: OrderCancelInput!) { orderCancel(input: $c) { order { status } userErrors { field message code } } }
"""
HOLD = "mutation($i: OrderHoldInput!) { orderHold(input: $i) { order { status } userErrors { field message code } } }"
RELEASE = "mutation($i: OrderReleaseInput!) { orderRelease(input: $i) { order { status } userErrors { field message code } } }"
HISTORY = "query($id: ID!) { order(id: $id) { status history { kind fromStatus toStatus reason actor } } }"


async def run(server: Server, token: str, doc: str, name: str, variables: dict[str, Any]) -> dict[str, Any]:
    body = await server.gql(doc, variables, token=token)
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"][name]
    return result


async def test_hold_release_cancel_write_history_with_actor_and_reason(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    order = (await place(server, admin_token))["order"]
    ops = await make_token(Role.OPS)

    held = await run(server, ops, HOLD, "orderHold", {"i": {"id": order["id"], "reason": "address check"}})
    released = await run(server, ops, RELEASE, "orderRelease", {"i": {"id": order["id"]}})
    cancelled = await run(
        server, admin_token, ACTION, "orderCancel", {"c": {"id": order["id"], "reason": "customer asked"}}
    )
    history = (await server.gql(HISTORY, {"id": order["id"]}, token=admin_token))["data"]["order"]

    assert (held["order"]["status"], released["order"]["status"], cancelled["order"]["status"]) == (
        "ON_HOLD",
        "ALLOCATED",
        "CANCELLED",
    )
    assert history["status"] == "CANCELLED"
    assert [(h["kind"], h["fromStatus"], h["toStatus"], h["reason"]) for h in history["history"]] == [
        ("CREATED", None, "PENDING", None),
        ("STATUS_CHANGED", "PENDING", "ALLOCATED", "priority: 1 shipment(s) from east"),
        ("STATUS_CHANGED", "ALLOCATED", "ON_HOLD", "address check"),
        ("STATUS_CHANGED", "ON_HOLD", "ALLOCATED", "released"),
        ("STATUS_CHANGED", "ALLOCATED", "CANCELLED", "customer asked"),
    ]
    assert [h["actor"].split("#")[0] for h in history["history"]] == ["admin", "admin", "ops", "ops", "admin"]


async def test_illegal_transitions_are_user_errors(server: Server, admin_token: str, catalog: dict[str, Any]) -> None:
    order = (await place(server, admin_token))["order"]
    await run(server, admin_token, ACTION, "orderCancel", {"c": {"id": order["id"], "reason": "dup"}})

    again = await run(server, admin_token, ACTION, "orderCancel", {"c": {"id": order["id"], "reason": "dup"}})
    hold_cancelled = await run(server, admin_token, HOLD, "orderHold", {"i": {"id": order["id"], "reason": "x"}})
    release_not_held = await run(server, admin_token, RELEASE, "orderRelease", {"i": {"id": order["id"]}})

    assert again == {
        "order": None,
        "userErrors": [
            {
                "field": ["id"],
                "message": f"Order {order['number']} cannot go from CANCELLED to CANCELLED.",
                "code": "INVALID_TRANSITION",
            }
        ],
    }
    assert [e["code"] for e in hold_cancelled["userErrors"]] == ["INVALID_TRANSITION"]
    assert [e["code"] for e in release_not_held["userErrors"]] == ["INVALID_TRANSITION"]


async def test_missing_reason_and_unknown_order(server: Server, admin_token: str, catalog: dict[str, Any]) -> None:
    order = (await place(server, admin_token))["order"]

    no_reason = await run(server, admin_token, ACTION, "orderCancel", {"c": {"id": order["id"], "reason": "  "}})
    unknown = await run(server, admin_token, ACTION, "orderCancel", {"c": {"id": "T3JkZXI6OTk5", "reason": "x"}})
    garbage = await run(server, admin_token, ACTION, "orderCancel", {"c": {"id": "???", "reason": "x"}})

    assert [(e["code"], e["field"]) for e in no_reason["userErrors"]] == [("REQUIRED", ["reason"])]
    assert [(e["code"], e["field"]) for e in unknown["userErrors"]] == [("NOT_FOUND", ["id"])]
    assert [(e["code"], e["field"]) for e in garbage["userErrors"]] == [("NOT_FOUND", ["id"])]


async def test_channel_token_cancels_only_its_own_orders(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    web_order = (await place(server, admin_token))["order"]
    market = await make_token(Role.CHANNEL, "market")

    result = await run(server, market, ACTION, "orderCancel", {"c": {"id": web_order["id"], "reason": "x"}})

    assert [e["code"] for e in result["userErrors"]] == ["NOT_FOUND"]


async def test_staff_only_operations_are_forbidden_to_scoped_tokens(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    order = (await place(server, admin_token))["order"]
    customer = await make_token(Role.CUSTOMER, "ada@example.com")

    body = await server.gql(HOLD, {"i": {"id": order["id"], "reason": "x"}}, token=customer)
    anonymous = await server.gql(HOLD, {"i": {"id": order["id"], "reason": "x"}})

    assert body["data"] is None and body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


def test_transition_table_is_closed_and_terminal_states_are_final() -> None:
    for source, targets in TRANSITIONS.items():
        assert source not in targets or source is OrderStatus.ON_HOLD
    assert set(TRANSITIONS) == set(OrderStatus)
    assert TRANSITIONS[OrderStatus.CANCELLED] == TRANSITIONS[OrderStatus.RETURNED] == frozenset()
