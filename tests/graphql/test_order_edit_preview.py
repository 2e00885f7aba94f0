"""orderEditPreview: what orderEdit with the same input would make of an order (lines and
their sourcing, totals, status; or the same userErrors), with nothing written. Stock
reconciles after every test (the `server` fixture checks it)."""

from __future__ import annotations

from typing import Any

from models.access import Role
from models.events import OutboxEvent
from models.orders import OrderEvent
from schema.common import pk_of
from tests.fixtures.database import make_token
from tests.fixtures.fulfilment import claimed, order_ledger, packed, pick_all, run, seed_fulfilment, stock_of
from tests.fixtures.server import Server
from tests.fixtures.stock import USER_ERRORS, placed
from tests.graphql.test_order_edit import BERLIN, edit, lines_of, view

PREVIEW = (
    "query($i: OrderEditInput!) { orderEditPreview(input: $i) { preview {"
    " status subtotal { amount } total { amount } shippingAmount { amount } taxTotal { amount }"
    " discountTotal { amount } shippingAddress { country city line1 } shippingAddressChanged"
    " changes { sku previousQuantity quantity }"
    " lines { sku name quantity unitPrice { amount } lineTotal { amount } allocatedQuantity backorderedQuantity }"
    " } %s } }" % USER_ERRORS
)


async def preview(server: Server, token: str, order_id: str, reason: str = "customer called", **changes: Any) -> Any:
    return await run(server, token, PREVIEW, {"id": order_id, "reason": reason, **changes}, "orderEditPreview")


def preview_lines(found: dict[str, Any]) -> list[tuple[str, int, str, int, int]]:
    return [
        (ln["sku"], ln["quantity"], ln["lineTotal"]["amount"], ln["allocatedQuantity"], ln["backorderedQuantity"])
        for ln in found["lines"]
    ]


async def written(order: dict[str, Any]) -> tuple[int, int]:
    """The order's history entries and the outbox events that name it."""
    events = [e for e in await OutboxEvent.all() if (e.payload or {}).get("number") == order["number"]]
    return await OrderEvent.filter(order_id=pk_of(order["id"], "Order")).count(), len(events)


async def test_a_preview_shows_what_the_edit_makes_of_the_order_and_writes_nothing(
    server: Server, admin_token: str
) -> None:
    # given an allocated order with stock for part of what the edit asks
    await seed_fulfilment(admin_token, stock={("SKU-A", "east"): 5})
    order = await placed(server, admin_token, "P-1", [("SKU-A", 2), ("SKU-C", 1)])
    before = await view(server, admin_token, order["id"])
    history_before = await written(order)
    ledger_before = await order_ledger(server, admin_token, order["number"])
    changes = {
        "lines": [{"sku": "SKU-A", "quantity": 7}, {"sku": "SKU-B", "quantity": 1}, {"sku": "SKU-C", "quantity": 0}]
    }

    # when the edit is previewed
    payload = await preview(server, admin_token, order["id"], **changes)
    found = payload["preview"]

    # then it shows the lines, their sourcing, the totals and the status the edit would give
    assert payload["userErrors"] == []
    assert found["status"] == "PARTIALLY_ALLOCATED"
    assert preview_lines(found) == [("SKU-A", 7, "70.00", 5, 2), ("SKU-B", 1, "10.00", 0, 1)]
    assert (found["subtotal"]["amount"], found["total"]["amount"]) == ("80.00", "80.00")
    assert found["changes"] == [
        {"sku": "SKU-A", "previousQuantity": 2, "quantity": 7},
        {"sku": "SKU-B", "previousQuantity": 0, "quantity": 1},
        {"sku": "SKU-C", "previousQuantity": 1, "quantity": 0},
    ]
    assert found["shippingAddressChanged"] is False
    # and nothing of it was written: the order, its stock, its history, its events
    assert await view(server, admin_token, order["id"]) == before
    assert await written(order) == history_before
    assert await order_ledger(server, admin_token, order["number"]) == ledger_before
    assert await stock_of(server, admin_token, "SKU-A", "east") == (5, 2, 3)

    # and the edit itself then gives what the preview showed
    edited = (await edit(server, admin_token, order["id"], **changes))["order"]
    assert (edited["status"], edited["subtotal"]["amount"], edited["total"]["amount"]) == (
        found["status"],
        found["subtotal"]["amount"],
        found["total"]["amount"],
    )
    assert lines_of(edited) == preview_lines(found)


async def test_a_new_address_is_previewed_with_the_sourcing_it_would_get(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "P-2", [("SKU-A", 1)])

    found = (await preview(server, admin_token, order["id"], shippingAddress=BERLIN))["preview"]

    assert found["shippingAddressChanged"] is True
    assert found["shippingAddress"] == BERLIN
    assert found["changes"] == []
    assert preview_lines(found) == [("SKU-A", 1, "10.00", 1, 0)]
    assert (await view(server, admin_token, order["id"]))["shippingAddress"]["city"] != "Berlin"


async def test_a_preview_that_changes_nothing_shows_the_order_as_it_is(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "P-3", [("SKU-A", 2)])

    found = (await preview(server, admin_token, order["id"], lines=[{"sku": "SKU-A", "quantity": 2}]))["preview"]

    assert (found["status"], found["changes"], found["shippingAddressChanged"]) == ("ALLOCATED", [], False)
    assert preview_lines(found) == [("SKU-A", 2, "20.00", 2, 0)]


async def test_a_preview_gives_the_userErrors_the_edit_would(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "P-4", [("SKU-A", 1)])
    await packed(
        server, admin_token, (await pick_all(server, admin_token, await claimed(server, admin_token, "east")))["id"]
    )
    bad = {"lines": [{"sku": "SKU-B", "quantity": 1}]}

    previewed = await preview(server, admin_token, order["id"], **bad)
    edited = await edit(server, admin_token, order["id"], **bad)

    assert previewed["preview"] is None
    assert previewed["userErrors"] == edited["userErrors"]
    assert [e["code"] for e in previewed["userErrors"]] == ["ORDER_NOT_EDITABLE"]


async def test_only_those_who_may_edit_may_preview(server: Server, admin_token: str) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "P-5", [("SKU-A", 1)])
    warehouse = await make_token(Role.WAREHOUSE, "east")

    response = await server.post(
        PREVIEW, {"i": {"id": order["id"], "reason": "x", "lines": [{"sku": "SKU-A", "quantity": 2}]}}, token=warehouse
    )

    body = response.json()
    assert body["data"] is None or body["data"]["orderEditPreview"] is None
    assert [e["extensions"]["code"] for e in body["errors"]] == ["FORBIDDEN"]


async def test_input_past_the_columns_limits_is_refused_as_orderEdit_refuses_it(
    server: Server, admin_token: str
) -> None:
    await seed_fulfilment(admin_token)
    order = await placed(server, admin_token, "P-6", [("SKU-A", 1)])
    for bad in (
        {"reason": "x" * 100_000, "lines": [{"sku": "SKU-A", "quantity": 2}]},
        {"reason": "r", "lines": [{"sku": "S" * 300, "quantity": 2}]},
        {"reason": "r", "lines": [{"sku": "SKU-A", "quantity": 2**31 - 1}]},
    ):
        previewed = await preview(server, admin_token, order["id"], **bad)
        edited = await edit(server, admin_token, order["id"], **bad)
        assert previewed["preview"] is None, bad
        assert previewed["userErrors"] and previewed["userErrors"] == edited["userErrors"], bad
