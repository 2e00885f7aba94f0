"""Order feedback through the API: once per delivered order, by its customer, editable for 14
days, listed for staff."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from models.access import Role
from models.tickets import OrderFeedback
from schema.common import pk_of
from tests.fixtures.catalog import place
from tests.fixtures.database import make_token
from tests.fixtures.fulfilment import claimed, dispatched, packed, pick_all, seed_fulfilment, track
from tests.fixtures.server import Server
from tests.fixtures.stock import USER_ERRORS

ADA, BOB = "ada@example.com", "bob@example.com"
FEEDBACK = (
    """mutation($i: OrderFeedbackInput!) { orderFeedback(input: $i) {
  feedback { rating comment createdAt editableUntil order { number } } created %s } }"""
    % USER_ERRORS
)
LIST = """query($f: OrderFeedbackFilter) { orderFeedbacks(filter: $f, first: 10) {
  totalCount edges { node { rating comment order { number } } } } }"""


async def delivered(server: Server, admin: str, ref: str, email: str = ADA) -> dict[str, Any]:
    """An order of `email`'s picked, packed, dispatched and reported DELIVERED by the carrier."""
    order: dict[str, Any] = (await place(server, admin, externalRef=ref, customer={"email": email}))["order"]
    task = await claimed(server, admin, "east")
    await pick_all(server, admin, task)
    box = await packed(server, admin, task["id"])
    await dispatched(server, admin, box["id"], "ups", f"1Z-{ref}")
    reported = await track(server, admin, f"1Z-{ref}", "DELIVERED", datetime.now(UTC).isoformat())
    assert reported["userErrors"] == [], reported
    return order


async def give(server: Server, token: str, **fields: Any) -> dict[str, Any]:
    body = await server.gql(FEEDBACK, {"i": fields}, token=token)
    assert "errors" not in body, body
    payload: dict[str, Any] = body["data"]["orderFeedback"]
    return payload


async def test_a_customer_rates_a_delivered_order_once_and_may_change_it_for_14_days(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token)
    order = await delivered(server, admin_token, "FB-1")
    ada = await make_token(Role.CUSTOMER, ADA)

    first = await give(server, ada, order=order["id"], rating=2, comment="Late, box dented.")
    edited = await give(server, ada, order=order["id"], rating=4, comment="  Support sorted it out. ")
    # given: the feedback was first given 15 days ago
    await OrderFeedback.filter(order_id=pk_of(order["id"], "Order")).update(
        created_at=datetime.now(UTC) - timedelta(days=15)
    )
    too_late = await give(server, ada, order=order["id"], rating=1)
    listed = await server.gql(LIST, {"f": {"ratingAtLeast": 3}}, token=admin_token)

    assert first["userErrors"] == [] and first["created"] is True
    assert (first["feedback"]["rating"], first["feedback"]["comment"]) == (2, "Late, box dented.")
    given_at = datetime.fromisoformat(first["feedback"]["createdAt"])
    assert datetime.fromisoformat(first["feedback"]["editableUntil"]) - given_at == timedelta(days=14)
    assert edited["userErrors"] == [] and edited["created"] is False
    assert (edited["feedback"]["rating"], edited["feedback"]["comment"]) == (4, "Support sorted it out.")
    assert edited["feedback"]["createdAt"] == first["feedback"]["createdAt"]
    assert too_late == {
        "feedback": None,
        "created": False,
        "userErrors": [
            {
                "field": ["order"],
                "message": "Feedback can be changed for 14 days after it was given.",
                "code": "EDIT_WINDOW_CLOSED",
            }
        ],
    }
    assert listed["data"]["orderFeedbacks"] == {
        "totalCount": 1,
        "edges": [{"node": {"rating": 4, "comment": "Support sorted it out.", "order": {"number": order["number"]}}}],
    }


async def test_feedback_needs_a_delivered_order_of_the_caller_and_a_rating_from_1_to_5(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token)
    bobs = await delivered(server, admin_token, "FB-BOB", email=BOB)
    open_order = (await place(server, admin_token, externalRef="FB-OPEN"))["order"]
    ada = await make_token(Role.CUSTOMER, ADA)

    on_bobs = await give(server, ada, order=bobs["id"], rating=5)
    undelivered = await give(server, ada, order=open_order["id"], rating=5)
    out_of_range = await give(server, ada, order=open_order["id"], rating=6)
    staff = await server.gql(FEEDBACK, {"i": {"order": bobs["id"], "rating": 5}}, token=admin_token)
    customers_cannot_list = await server.gql(LIST, token=ada)

    assert on_bobs["userErrors"] == [{"field": ["order"], "message": "Order not found.", "code": "NOT_FOUND"}]
    assert undelivered["userErrors"] == [
        {
            "field": ["order"],
            "message": f"Order {open_order['number']} is ALLOCATED; feedback is given once it is delivered.",
            "code": "INVALID_TRANSITION",
        }
    ]
    assert out_of_range["userErrors"] == [
        {"field": ["rating"], "message": "rating must be between 1 and 5.", "code": "INVALID"}
    ]
    assert staff["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert customers_cannot_list["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await OrderFeedback.all().count() == 0
