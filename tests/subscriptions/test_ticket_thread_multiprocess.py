"""A live support thread between a customer and an agent connected to two different server
processes (PostgreSQL + Redis): messages, status changes and the typing indicator cross."""

from __future__ import annotations

import pytest

from models.access import Role
from tests.fixtures.backends import Backends
from tests.fixtures.database import make_token
from tests.fixtures.live import subscribe
from tests.fixtures.processes import oms_process
from tests.fixtures.tickets import OPEN_SHORT, REPLY_SHORT, THREAD, TYPING, thread_view, ticket_call

pytestmark = pytest.mark.postgres


async def test_customer_and_agent_on_two_processes_hold_a_live_thread(backends: Backends, database: None) -> None:
    customer = await make_token(Role.CUSTOMER, "ada@example.com")
    agent = await make_token(Role.OPS)
    async with oms_process(backends) as a, oms_process(backends) as b:
        opened = await ticket_call(
            a, customer, OPEN_SHORT, "ticketOpen", {"subject": "Wrong colour", "message": "I ordered blue."}
        )
        t = opened["ticket"]["id"]
        async with (
            subscribe(a, THREAD, {"t": t}, token=customer) as customer_view,
            subscribe(b, THREAD, {"t": t}, token=agent) as agent_view,
        ):
            await ticket_call(b, agent, TYPING, "ticketTyping", {"id": t})
            customer_sees_typing = (await customer_view.next(timeout=15))["ticketMessages"]
            await ticket_call(b, agent, REPLY_SHORT, "ticketReply", {"id": t, "message": "Sorry! Swapping it."})
            customer_sees = [(await customer_view.next(timeout=15))["ticketMessages"] for _ in range(2)]
            agent_sees = [(await agent_view.next(timeout=15))["ticketMessages"] for _ in range(2)]
            await ticket_call(a, customer, TYPING, "ticketTyping", {"id": t})
            agent_sees_typing = (await agent_view.next(timeout=15))["ticketMessages"]
            await ticket_call(a, customer, REPLY_SHORT, "ticketReply", {"id": t, "message": "Thanks!"})
            agent_sees += [(await agent_view.next(timeout=15))["ticketMessages"] for _ in range(2)]

    assert thread_view(customer_sees_typing) == ("TYPING", "STAFF", None, None)
    assert [thread_view(e) for e in customer_sees] == [
        ("STATUS_CHANGED", None, "PENDING_CUSTOMER", None),
        ("MESSAGE", None, None, "Sorry! Swapping it."),
    ]
    assert thread_view(agent_sees_typing) == ("TYPING", "CUSTOMER", None, None)
    assert [thread_view(e) for e in agent_sees] == [  # its own messages too, never its own typing
        ("STATUS_CHANGED", None, "PENDING_CUSTOMER", None),
        ("MESSAGE", None, None, "Sorry! Swapping it."),
        ("STATUS_CHANGED", None, "PENDING_STAFF", None),
        ("MESSAGE", None, None, "Thanks!"),
    ]
