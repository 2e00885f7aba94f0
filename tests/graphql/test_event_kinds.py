"""Event kinds and plan strategies are enums (`eventKind`, `allocationStrategy`) beside the
deprecated strings, answering the same value; the services emit kinds only as enum members,
so a kind a client can receive is always a value of the GraphQL enum."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

from models.access import Role
from models.event_kinds import ShipmentEventKind
from models.fulfilment import ShipmentStatus
from schema.root import build_schema
from tests.fixtures.catalog import order_input, place
from tests.fixtures.database import make_token
from tests.fixtures.fulfilment import claimed, seed_fulfilment
from tests.fixtures.live import subscribe
from tests.fixtures.server import Server
from tests.fixtures.stock import USER_ERRORS, cancel, placed, receive

SERVICES = Path(__file__).resolve().parents[2] / "services"
EVENT_TYPES = {
    "OrderEvent": "OrderEventKind",
    "TicketHistoryEntry": "TicketEventKind",
    "PickTaskEvent": "PickTaskEventKind",
    "ShipmentEvent": "ShipmentEventKind",
}
# The writers of kinds: a string literal passed to them (by keyword or position) would be a
# kind the enum may not have. Their signatures take the enum, so mypy catches these too; the
# ORM models' `kind=` keyword (OrderEvent, TicketEvent) it cannot.
KIND_WRITERS = {"task_event": 1, "shipment_event": 1}


def string_kinds(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        values = [k.value for k in node.keywords if k.arg == "kind"]
        if name in KIND_WRITERS and len(node.args) > KIND_WRITERS[name]:
            values.append(node.args[KIND_WRITERS[name]])
        found += [f"{path.name}:{v.lineno}" for v in values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
    return found


def test_services_emit_kinds_only_as_enum_members() -> None:
    literal = [where for path in sorted(SERVICES.glob("*.py")) for where in string_kinds(path)]

    assert literal == []


def test_every_status_a_carrier_reports_is_a_shipment_event_kind() -> None:
    # services/tracking.py emits the reported ShipmentStatus as the event's kind.
    assert {s.value for s in ShipmentStatus} <= {k.value for k in ShipmentEventKind}


def test_event_kind_fields_are_enums_and_the_strings_are_deprecated() -> None:
    types = build_schema()._schema.type_map
    seen = {}
    for name in EVENT_TYPES:
        fields = types[name].fields  # type: ignore[attr-defined]
        seen[name] = (str(fields["eventKind"].type), str(fields["kind"].type), bool(fields["kind"].deprecation_reason))

    assert seen == {name: (f"{enum}!", "String!", True) for name, enum in EVENT_TYPES.items()}


ORDER_HISTORY = "query($id: ID!) { order(id: $id) { history { kind eventKind } } }"
HOLD = "mutation($i: OrderHoldInput!) { orderHold(input: $i) { order { status } %s } }" % USER_ERRORS


async def test_an_orders_history_answers_each_kind_as_string_and_enum(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    order = (await place(server, admin_token))["order"]
    held = await server.gql(HOLD, {"i": {"id": order["id"], "reason": "check"}}, token=admin_token)
    assert held["data"]["orderHold"]["userErrors"] == []

    body = await server.gql(ORDER_HISTORY, {"id": order["id"]}, token=admin_token)

    assert body["data"]["order"]["history"] == [
        {"kind": kind, "eventKind": kind} for kind in ("CREATED", "STATUS_CHANGED", "STATUS_CHANGED")
    ]


TICKET_OPEN = "mutation($i: TicketOpenInput!) { ticketOpen(input: $i) { ticket { id } %s } }" % USER_ERRORS
TICKET_ASSIGN = (
    "mutation($i: TicketAssignInput!) { ticketAssign(input: $i) { ticket { history { kind eventKind } } %s } }"
    % USER_ERRORS
)


async def test_a_tickets_history_answers_each_kind_as_string_and_enum(server: Server, catalog: dict[str, Any]) -> None:
    ada = await make_token(Role.CUSTOMER, "ada@example.com")
    ops = await make_token(Role.OPS)
    opened = await server.gql(TICKET_OPEN, {"i": {"subject": "Late", "message": "Where is it?"}}, token=ada)
    ticket = opened["data"]["ticketOpen"]["ticket"]

    body = await server.gql(TICKET_ASSIGN, {"i": {"id": ticket["id"], "assignee": "grace"}}, token=ops)

    assert body["data"]["ticketAssign"]["userErrors"] == []
    assert body["data"]["ticketAssign"]["ticket"]["history"] == [
        {"kind": "OPENED", "eventKind": "OPENED"},
        {"kind": "ASSIGNED", "eventKind": "ASSIGNED"},
    ]


PREVIEW = (
    "query($input: OrderCreateInput!) { allocationPreview(input: $input) { plans { rank strategy allocationStrategy } %s } }"
    % USER_ERRORS
)


async def test_allocation_plans_answer_their_strategy_as_string_and_enum(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    await receive(server, admin_token, "SKU-A", "eu", 5)
    variables = {"input": order_input(lines=[{"sku": "SKU-A", "quantity": 1}])}

    body = await server.gql(PREVIEW, variables, token=admin_token)

    plans = body["data"]["allocationPreview"]["plans"]
    assert plans and all(p["strategy"] == p["allocationStrategy"] for p in plans)
    assert {p["allocationStrategy"] for p in plans} <= {"PRIORITY", "CLOSEST", "SINGLE_SHIPMENT_FIRST"}
    assert plans[0]["allocationStrategy"] == "PRIORITY"


PICK_TASK_KINDS = """
subscription($warehouse: String!) { pickTaskUpdates(warehouse: $warehouse) { kind eventKind } }
"""


@pytest.mark.live_server
async def test_a_pick_task_stream_answers_each_kind_as_string_and_enum(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token, stock={("SKU-A", "east"): 5})
    east = await make_token(Role.WAREHOUSE, "east")

    async with subscribe(server, PICK_TASK_KINDS, {"warehouse": "east"}, token=east) as sub:
        order = await placed(server, admin_token, "EK-1", [("SKU-A", 1)])
        await claimed(server, east, "east", "alice")
        await cancel(server, admin_token, order["id"])
        events = [(await sub.next())["pickTaskUpdates"] for _ in range(3)]

    assert events == [{"kind": k, "eventKind": k} for k in ("CREATED", "ASSIGNED", "CANCELLED")]
