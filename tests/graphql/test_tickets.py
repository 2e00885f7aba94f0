"""Support tickets through the API: the conversation's statuses, times and SLA, attachments,
customer scoping, and the live thread (messages, status changes, typing) over WebSockets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from models.access import Role
from models.tickets import Ticket
from schema.common import pk_of
from tests.fixtures.catalog import place
from tests.fixtures.database import make_token
from tests.fixtures.live import subscribe
from tests.fixtures.server import Server
from tests.fixtures.stock import USER_ERRORS
from tests.fixtures.tickets import THREAD, TYPING, thread_view

ADA, BOB = "ada@example.com", "bob@example.com"
TICKET_FIELDS = """id subject kind status customerEmail assignee createdAt firstResponseAt resolvedAt
  slaDueAt slaBreached firstResponseSeconds resolutionSeconds order { number }
  messages { author body attachments { name size contentType url } } history { kind fromStatus toStatus note }"""
OPEN = "mutation($i: TicketOpenInput!) { ticketOpen(input: $i) { ticket { %s } %s } }" % (TICKET_FIELDS, USER_ERRORS)
REPLY = "mutation($i: TicketReplyInput!) { ticketReply(input: $i) { ticket { %s } message { author body } %s } }" % (
    TICKET_FIELDS,
    USER_ERRORS,
)
ASSIGN = "mutation($i: TicketAssignInput!) { ticketAssign(input: $i) { ticket { %s } %s } }" % (
    TICKET_FIELDS,
    USER_ERRORS,
)
CLOSE = "mutation($i: TicketCloseInput!) { ticketClose(input: $i) { ticket { %s } %s } }" % (TICKET_FIELDS, USER_ERRORS)
REOPEN = "mutation($i: TicketReopenInput!) { ticketReopen(input: $i) { ticket { %s } %s } }" % (
    TICKET_FIELDS,
    USER_ERRORS,
)
TICKET = "query($id: ID!) { ticket(id: $id) { id subject } }"
TICKETS = """query($f: TicketFilter) { tickets(filter: $f, first: 20) {
  totalCount edges { node { id subject customerEmail slaBreached } } } }"""
MY_TICKETS = "query { myTickets(first: 20) { totalCount edges { node { id subject } } } }"


async def mutate(server: Server, token: str, document: str, name: str, variables: dict[str, Any]) -> dict[str, Any]:
    body = await server.gql(document, {"i": variables}, token=token)
    assert "errors" not in body, body
    payload: dict[str, Any] = body["data"][name]
    return payload


async def opened(server: Server, token: str, **fields: Any) -> dict[str, Any]:
    values = {"subject": "Where is my parcel?", "message": "It has been a week.", **fields}
    payload = await mutate(server, token, OPEN, "ticketOpen", values)
    assert payload["userErrors"] == [], payload
    ticket: dict[str, Any] = payload["ticket"]
    return ticket


def hops(ticket: dict[str, Any]) -> list[tuple[str, str | None, str]]:
    return [(h["kind"], h["fromStatus"], h["toStatus"]) for h in ticket["history"]]


async def test_a_conversation_moves_the_ticket_through_its_statuses_and_keeps_its_times(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    order = (await place(server, admin_token))["order"]
    ada = await make_token(Role.CUSTOMER, ADA)
    agent = await make_token(Role.OPS)

    ticket = await opened(server, ada, order=order["id"], kind="DELIVERY")
    t = {"id": ticket["id"]}
    answered = await mutate(server, agent, REPLY, "ticketReply", {**t, "message": "It left today."})
    again = await mutate(server, agent, REPLY, "ticketReply", {**t, "message": "Tracking: 1Z999."})
    followed = await mutate(server, ada, REPLY, "ticketReply", {**t, "message": "Still nothing."})
    assigned = await mutate(server, admin_token, ASSIGN, "ticketAssign", {**t, "assignee": "grace"})
    resolved = await mutate(server, agent, CLOSE, "ticketClose", {**t, "note": "delivered"})
    reopened_by_reply = await mutate(server, ada, REPLY, "ticketReply", {**t, "message": "Wrong parcel!"})
    closed = await mutate(server, ada, CLOSE, "ticketClose", {**t, "final": True})
    late_reply = await mutate(server, ada, REPLY, "ticketReply", {**t, "message": "One more thing"})
    customer_reopen = await mutate(server, ada, REOPEN, "ticketReopen", t)
    staff_reopen = await mutate(server, agent, REOPEN, "ticketReopen", {**t, "note": "escalated"})

    assert (ticket["status"], ticket["customerEmail"], ticket["order"], ticket["kind"]) == (
        "OPEN",
        ADA,
        {"number": order["number"]},
        "DELIVERY",
    )
    assert ticket["firstResponseAt"] is None and ticket["slaDueAt"] is None and ticket["slaBreached"] is False
    assert answered["userErrors"] == [] and answered["ticket"]["status"] == "PENDING_CUSTOMER"
    assert answered["message"] == {"author": "STAFF", "body": "It left today."}
    first_response = answered["ticket"]["firstResponseAt"]
    assert first_response is not None and answered["ticket"]["firstResponseSeconds"] >= 0
    assert again["ticket"]["status"] == "PENDING_CUSTOMER" and again["ticket"]["firstResponseAt"] == first_response
    assert followed["ticket"]["status"] == "PENDING_STAFF"
    assert assigned["ticket"]["assignee"] == "grace"
    assert resolved["ticket"]["status"] == "RESOLVED" and resolved["ticket"]["resolutionSeconds"] >= 0
    assert reopened_by_reply["ticket"]["status"] == "PENDING_STAFF"
    assert reopened_by_reply["ticket"]["resolvedAt"] is None
    assert closed["ticket"]["status"] == "CLOSED" and closed["ticket"]["resolvedAt"] is not None
    assert late_reply == {
        "ticket": None,
        "message": None,
        "userErrors": [
            {"field": ["id"], "message": "This ticket is closed; reopen it to reply.", "code": "INVALID_TRANSITION"}
        ],
    }
    assert customer_reopen["userErrors"] == [
        {
            "field": ["id"],
            "message": f"Ticket {pk_of(ticket['id'], 'Ticket')} is CLOSED; it cannot be reopened.",
            "code": "INVALID_TRANSITION",
        }
    ]
    final = staff_reopen["ticket"]
    assert staff_reopen["userErrors"] == [] and final["status"] == "PENDING_STAFF" and final["resolvedAt"] is None
    assert [(m["author"], m["body"]) for m in final["messages"]] == [
        ("CUSTOMER", "It has been a week."),
        ("STAFF", "It left today."),
        ("STAFF", "Tracking: 1Z999."),
        ("CUSTOMER", "Still nothing."),
        ("CUSTOMER", "Wrong parcel!"),
    ]
    assert hops(final) == [
        ("OPENED", None, "OPEN"),
        ("STATUS_CHANGED", "OPEN", "PENDING_CUSTOMER"),
        ("STATUS_CHANGED", "PENDING_CUSTOMER", "PENDING_STAFF"),
        ("ASSIGNED", "PENDING_STAFF", "PENDING_STAFF"),
        ("STATUS_CHANGED", "PENDING_STAFF", "RESOLVED"),
        ("STATUS_CHANGED", "RESOLVED", "PENDING_STAFF"),
        ("STATUS_CHANGED", "PENDING_STAFF", "CLOSED"),
        ("STATUS_CHANGED", "CLOSED", "PENDING_STAFF"),
    ]


async def test_a_complaint_is_due_within_the_sla_and_listed_as_overdue_once_past_it(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    ada = await make_token(Role.CUSTOMER, ADA)
    complaint = await opened(server, ada, subject="Broken on arrival", kind="COMPLAINT")
    question = await opened(server, ada, subject="Do you ship to Mars?", kind="QUESTION")
    late = await opened(server, ada, subject="Rude courier", kind="COMPLAINT")
    # given: the second complaint's SLA ran out an hour ago
    await Ticket.filter(id=pk_of(late["id"], "Ticket")).update(sla_due_at=datetime.now(UTC) - timedelta(hours=1))

    overdue = await server.gql(TICKETS, {"f": {"overdue": True}}, token=admin_token)
    complaints = await server.gql(TICKETS, {"f": {"kind": ["COMPLAINT"]}}, token=admin_token)

    created = datetime.fromisoformat(complaint["createdAt"])
    assert datetime.fromisoformat(complaint["slaDueAt"]) - created == timedelta(hours=48)
    assert question["slaDueAt"] is None
    assert [e["node"]["subject"] for e in overdue["data"]["tickets"]["edges"]] == ["Rude courier"]
    assert overdue["data"]["tickets"]["edges"][0]["node"]["slaBreached"] is True
    assert [e["node"]["subject"] for e in complaints["data"]["tickets"]["edges"]] == [
        "Rude courier",
        "Broken on arrival",
    ]


async def test_customers_see_and_touch_only_their_own_tickets_and_others_look_absent(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    bobs_order = (await place(server, admin_token, externalRef="BOB-1", customer={"email": BOB}))["order"]
    ada = await make_token(Role.CUSTOMER, ADA)
    bob = await make_token(Role.CUSTOMER, BOB)
    bobs = await opened(server, bob, order=bobs_order["id"], subject="Bob's secret")
    adas = await opened(server, ada, subject="Ada's question")
    missing = "VGlja2V0Ojk5OTk5OQ"  # Ticket:999999

    seen = await server.gql(TICKET, {"id": bobs["id"]}, token=ada)
    listed = await server.gql(MY_TICKETS, token=ada)
    replies = [
        await mutate(server, ada, REPLY, "ticketReply", {"id": handle, "message": "hi"})
        for handle in (bobs["id"], missing)
    ]
    on_bobs_order = await mutate(
        server, ada, OPEN, "ticketOpen", {"subject": "x", "message": "y", "order": bobs_order["id"]}
    )
    for_bob = await mutate(server, ada, OPEN, "ticketOpen", {"subject": "x", "message": "y", "customerEmail": BOB})
    staff_for_nobody = await mutate(server, admin_token, OPEN, "ticketOpen", {"subject": "x", "message": "y"})
    staff_for_bob = await opened(server, admin_token, customerEmail=BOB.upper(), subject="Courtesy call")
    everything = await server.gql(TICKETS, token=admin_token)

    assert seen == {"data": {"ticket": None}}
    assert listed["data"]["myTickets"] == {
        "totalCount": 1,
        "edges": [{"node": {"id": adas["id"], "subject": "Ada's question"}}],
    }
    not_found = [{"field": ["id"], "message": "Ticket not found.", "code": "NOT_FOUND"}]
    assert replies == [{"ticket": None, "message": None, "userErrors": not_found}] * 2
    assert on_bobs_order["userErrors"] == [{"field": ["order"], "message": "Order not found.", "code": "NOT_FOUND"}]
    assert for_bob["userErrors"] == [
        {"field": ["customerEmail"], "message": "Customers open tickets for themselves.", "code": "INVALID"}
    ]
    assert staff_for_nobody["userErrors"] == [
        {"field": ["customerEmail"], "message": "Name the order or the customer's email.", "code": "REQUIRED"}
    ]
    assert staff_for_bob["customerEmail"] == BOB and staff_for_bob["status"] == "OPEN"
    assert everything["data"]["tickets"]["totalCount"] == 3


async def test_attachments_are_metadata_checked_at_the_edge_and_stored_as_given(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    ada = await make_token(Role.CUSTOMER, ADA)
    good = {
        "name": "photo.jpg",
        "size": 20480,
        "contentType": "image/jpeg",
        "url": "https://files.example.com/a/photo.jpg",
    }
    bad = [
        {"name": "../etc/passwd", "size": 1, "contentType": "text/plain", "url": "https://files.example.com/p"},
        {"name": "a.pdf", "size": -1, "contentType": "pdf", "url": "http://files.example.com/a.pdf"},
        {"name": "b.png", "size": 10, "contentType": "image/png", "url": "https://user:pw@files.example.com/b.png"},
    ]

    stored = await opened(server, ada, attachments=[good])
    refused = await mutate(server, ada, OPEN, "ticketOpen", {"subject": "s", "message": "m", "attachments": bad})
    blank = await mutate(server, ada, OPEN, "ticketOpen", {"subject": " ", "message": "  "})

    assert stored["messages"][0]["attachments"] == [good]
    url = "url must be an absolute https URL without credentials or spaces."
    assert refused == {
        "ticket": None,
        "userErrors": [
            {"field": ["attachments", "0", "name"], "message": "name must be a plain file name.", "code": "INVALID"},
            {
                "field": ["attachments", "1", "size"],
                "message": "size must be between 0 and 104857600 bytes.",
                "code": "INVALID",
            },
            {
                "field": ["attachments", "1", "contentType"],
                "message": "contentType must be a MIME type (type/subtype).",
                "code": "INVALID",
            },
            {"field": ["attachments", "1", "url"], "message": url, "code": "INVALID"},
            {"field": ["attachments", "2", "url"], "message": url, "code": "INVALID"},
        ],
    }
    assert blank["userErrors"] == [
        {"field": ["subject"], "message": "Give the ticket a subject.", "code": "REQUIRED"},
        {"field": ["message"], "message": "Write a message.", "code": "REQUIRED"},
    ]


@pytest.mark.live_server  # WebSockets
async def test_customer_and_agent_see_each_others_messages_and_typing_live_and_resume_from_a_cursor(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    ada = await make_token(Role.CUSTOMER, ADA)
    agent = await make_token(Role.OPS)
    ticket = await opened(server, ada, subject="Size exchange")
    t = ticket["id"]

    async with (
        subscribe(server, THREAD, {"t": t}, token=ada) as customer_view,
        subscribe(server, THREAD, {"t": t}, token=agent) as agent_view,
    ):
        assert (await mutate(server, agent, TYPING, "ticketTyping", {"id": t}))["userErrors"] == []
        typing_seen = (await customer_view.next())["ticketMessages"]
        await mutate(server, agent, REPLY, "ticketReply", {"id": t, "message": "Which size?"})
        customer_events = [(await customer_view.next())["ticketMessages"] for _ in range(2)]
        agent_events = [(await agent_view.next())["ticketMessages"] for _ in range(2)]
        await mutate(server, ada, TYPING, "ticketTyping", {"id": t})
        agent_typing = (await agent_view.next())["ticketMessages"]
        await mutate(server, ada, REPLY, "ticketReply", {"id": t, "message": "A medium, please."})
        agent_events += [(await agent_view.next())["ticketMessages"] for _ in range(2)]

    async with subscribe(server, THREAD, {"t": t, "after": typing_seen["cursor"]}, token=ada) as resumed:
        replayed = [(await resumed.next())["ticketMessages"] for _ in range(4)]
        await resumed.nothing_within(0.2)

    assert thread_view(typing_seen) == ("TYPING", "STAFF", None, None)
    assert [thread_view(e) for e in customer_events] == [
        ("STATUS_CHANGED", None, "PENDING_CUSTOMER", None),
        ("MESSAGE", None, None, "Which size?"),
    ]
    assert agent_events[:2] == customer_events, "the agent hears its own messages, not its own typing"
    assert thread_view(agent_typing) == ("TYPING", "CUSTOMER", None, None)
    assert [thread_view(e) for e in agent_events[2:]] == [
        ("STATUS_CHANGED", None, "PENDING_STAFF", None),
        ("MESSAGE", None, None, "A medium, please."),
    ]

    def stored(e: dict[str, Any]) -> dict[str, Any]:  # `ticket` is the ticket as it is now
        return {k: v for k, v in e.items() if k != "ticket"}

    assert [stored(e) for e in replayed] == [stored(e) for e in customer_events + agent_events[2:]], (
        "a replay holds the stored events in order, never typing"
    )


@pytest.mark.live_server  # WebSockets
async def test_another_customers_ticket_thread_cannot_be_subscribed(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    bob = await make_token(Role.CUSTOMER, BOB)
    ada = await make_token(Role.CUSTOMER, ADA)
    bobs = await opened(server, bob, subject="Bob's thread")

    async with subscribe(server, THREAD, {"t": bobs["id"]}, token=ada, wait=False) as probe:
        answer = await probe.raw()
    typing = await mutate(server, ada, TYPING, "ticketTyping", {"id": bobs["id"]})

    assert answer["type"] == "error" or "errors" in answer["payload"], answer
    errors = answer["payload"] if answer["type"] == "error" else answer["payload"]["errors"]
    assert [(e["message"], e["extensions"]["code"]) for e in errors] == [("Ticket not found.", "NOT_FOUND")]
    assert typing["userErrors"] == [{"field": ["id"], "message": "Ticket not found.", "code": "NOT_FOUND"}]
