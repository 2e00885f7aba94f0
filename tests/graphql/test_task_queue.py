"""The claim queue through the real app: staff set a pick task's priority (claims take the
highest first, then the oldest), and a picker puts a claimed task back."""

from __future__ import annotations

from typing import Any

from models.access import Role
from tests.fixtures.database import make_token
from tests.fixtures.fulfilment import (
    COMPLETE,
    PRIORITIZE,
    UNCLAIM,
    claimed,
    must,
    order_view,
    run,
    scan_ok,
    seed_fulfilment,
    task_view,
)
from tests.fixtures.server import Server
from tests.fixtures.stock import placed


def failed(message: str, code: str, field: str = "task") -> dict[str, Any]:
    return {"pickTask": None, "userErrors": [{"field": [field], "message": message, "code": code}]}


async def open_tasks(server: Server, admin: str, n: int, prefix: str) -> list[dict[str, Any]]:
    """n orders of one unit each from east, oldest first; their OPEN tasks."""
    tasks = []
    for i in range(n):
        order = await placed(server, admin, f"{prefix}-{i}", [("SKU-A", 1)])
        (task,) = (await order_view(server, admin, order["id"]))["pickTasks"]
        tasks.append(task)
    return tasks


async def test_staff_rush_a_task_and_claims_take_the_highest_priority_then_the_oldest(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token)
    tasks = await open_tasks(server, admin_token, 4, "PR")
    ops = await make_token(Role.OPS)
    picker = await make_token(Role.WAREHOUSE, "east")

    rush = await must(server, ops, PRIORITIZE, {"task": tasks[3]["id"], "priority": 50}, "pickTaskPrioritize")
    soon = await must(server, ops, PRIORITIZE, {"task": tasks[1]["id"], "priority": 10}, "pickTaskPrioritize")
    also_soon = await must(server, ops, PRIORITIZE, {"task": tasks[2]["id"], "priority": 10}, "pickTaskPrioritize")
    order = [(await claimed(server, picker, "east"))["id"] for _ in tasks]

    assert [t["pickTask"]["priority"] for t in (rush, soon, also_soon)] == [50, 10, 10]
    assert order == [tasks[3]["id"], tasks[1]["id"], tasks[2]["id"], tasks[0]["id"]]


async def test_priority_is_for_staff_within_bounds_and_only_for_unfinished_tasks(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token)
    (task,) = await open_tasks(server, admin_token, 1, "PB")
    picker = await make_token(Role.WAREHOUSE, "east")

    by_picker = await server.gql(PRIORITIZE, {"i": {"task": task["id"], "priority": 5}}, token=picker)
    negative = await run(server, admin_token, PRIORITIZE, {"task": task["id"], "priority": -1}, "pickTaskPrioritize")
    huge = await run(server, admin_token, PRIORITIZE, {"task": task["id"], "priority": 10_001}, "pickTaskPrioritize")
    unknown = await run(
        server, admin_token, PRIORITIZE, {"task": "UGlja1Rhc2s6OTk5", "priority": 5}, "pickTaskPrioritize"
    )
    taken = await claimed(server, picker, "east")
    await scan_ok(server, picker, taken["id"], "SKU-A")
    await must(server, picker, COMPLETE, {"task": task["id"]}, "pickTaskComplete")
    finished = await run(server, admin_token, PRIORITIZE, {"task": task["id"], "priority": 5}, "pickTaskPrioritize")

    assert [e["extensions"]["code"] for e in by_picker["errors"]] == ["FORBIDDEN"], by_picker
    assert negative["pickTask"] is None and [e["field"] for e in negative["userErrors"]] == [["priority"]]
    assert huge["pickTask"] is None and [e["field"] for e in huge["userErrors"]] == [["priority"]]
    assert unknown == failed("Pick task not found.", "NOT_FOUND")
    assert finished == failed("Task is DONE; its priority no longer matters.", "INVALID_TRANSITION")
    view = await task_view(server, admin_token, task["id"])
    assert view is not None and view["priority"] == 0


async def test_the_assignee_or_staff_put_a_claimed_task_back_and_it_is_claimed_again(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token)
    first, second = await open_tasks(server, admin_token, 2, "UC")
    picker = await make_token(Role.WAREHOUSE, "east")
    elsewhere = await make_token(Role.WAREHOUSE, "eu")

    taken = await claimed(server, picker, "east", "alice")
    by_bob = await run(server, picker, UNCLAIM, {"task": taken["id"], "picker": "bob"}, "pickTaskUnclaim")
    by_other_warehouse = await run(
        server, elsewhere, UNCLAIM, {"task": taken["id"], "picker": "alice"}, "pickTaskUnclaim"
    )
    back = await must(server, picker, UNCLAIM, {"task": taken["id"], "picker": "alice"}, "pickTaskUnclaim")
    again = await run(server, picker, UNCLAIM, {"task": taken["id"], "picker": "alice"}, "pickTaskUnclaim")
    retaken = await claimed(server, picker, "east", "carol")
    by_staff = await must(server, admin_token, UNCLAIM, {"task": retaken["id"]}, "pickTaskUnclaim")
    own = await claimed(server, picker, "east")  # assignee: the token itself
    by_token = await must(server, picker, UNCLAIM, {"task": own["id"]}, "pickTaskUnclaim")

    assert taken["id"] == first["id"]
    assert by_bob == failed("Only the assignee or staff can put the task back.", "FORBIDDEN")
    assert by_other_warehouse == failed("Pick task not found.", "NOT_FOUND")
    assert (back["pickTask"]["status"], back["pickTask"]["assignee"]) == ("OPEN", None)
    assert again == failed("Task is OPEN; only an assigned task can be put back.", "INVALID_TRANSITION")
    assert retaken["id"] == first["id"], "put back, the oldest task is first in line again"
    assert (by_staff["pickTask"]["status"], by_staff["pickTask"]["assignee"]) == ("OPEN", None)
    assert own["id"] == first["id"] and by_token["pickTask"]["status"] == "OPEN"
    views = [await task_view(server, admin_token, t["id"]) for t in (first, second)]
    assert [(v["status"], v["assignee"]) for v in views if v] == [("OPEN", None), ("OPEN", None)]


async def test_a_task_being_picked_cannot_be_put_back(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    (task,) = await open_tasks(server, admin_token, 1, "UP")
    picker = await make_token(Role.WAREHOUSE, "east")

    taken = await claimed(server, picker, "east", "alice")
    await scan_ok(server, picker, taken["id"], "SKU-A")
    started = await run(server, picker, UNCLAIM, {"task": taken["id"], "picker": "alice"}, "pickTaskUnclaim")

    assert started == failed("Task is IN_PROGRESS; only an assigned task can be put back.", "INVALID_TRANSITION")
    view = await task_view(server, admin_token, task["id"])
    assert view is not None and (view["status"], view["assignee"]) == ("IN_PROGRESS", "alice")
