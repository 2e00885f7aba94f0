"""services.order_reads decides, from an order read once, what `visible_orders` and the
event scope decide with a query per subscriber: the same answer for every kind of caller."""

from __future__ import annotations

from models.access import Role
from services.access import Principal
from services.order_reads import ScopeFacts, read_order, sees_order
from services.orders import get_order
from tests.fixtures.catalog import principal_of, seed_catalog, seed_order
from tests.fixtures.database import make_token

CALLERS = [
    (Role.ADMIN, None),
    (Role.OPS, None),
    (Role.CHANNEL, "web"),
    (Role.CHANNEL, "market"),
    (Role.CHANNEL, "nowhere"),
    (Role.CUSTOMER, "ada@example.com"),
    (Role.CUSTOMER, "bob@example.com"),
    (Role.WAREHOUSE, "east"),
    (Role.SUPPLIER, "acme"),
    (Role.CARRIER, "ups"),
]


async def test_an_order_read_once_is_seen_by_exactly_the_callers_visible_orders_lets_see_it(database: None) -> None:
    # given orders on two channels and callers of every role
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin)
    orders = [
        await seed_order(admin, "R-1", [("SKU-A", 1)]),
        await seed_order(admin, "R-2", [("SKU-B", 1)], channel="market"),
    ]
    callers: list[Principal] = [await principal_of(await make_token(role, scope)) for role, scope in CALLERS]

    # when each decides from the one read, and from the query
    decided, queried = [], []
    for order in orders:
        row = await read_order(order.id)
        assert row is not None
        for caller in callers:
            seen = sees_order(caller, row)
            decided.append(seen if seen is not None else await get_order(caller, order_id=order.id) is not None)
            queried.append(await get_order(caller, order_id=order.id) is not None)

    # then they agree, caller by caller (and only a WAREHOUSE token needed the query)
    assert decided == queried
    assert [sees_order(c, row) is None for c in callers] == [r is Role.WAREHOUSE for r, _ in CALLERS]


async def test_the_scope_facts_let_through_what_the_event_scope_did(database: None) -> None:
    # given an order of ada's on the web channel, its event payload, and a scope learnt from it
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin)
    order = await seed_order(admin, "R-1", [("SKU-A", 1)])
    payload: dict[str, object] = {"channel_id": order.channel_id, "customer_id": order.customer_id}
    learnt, fresh = ScopeFacts(), ScopeFacts()
    row = await read_order(order.id)
    assert row is not None
    learnt.learn(row)

    # when every caller asks both (one learnt from the read, one looking ids up)
    answers = [
        (await learnt.allows(p, payload), await fresh.allows(p, payload))
        for p in [await principal_of(await make_token(role, scope)) for role, scope in CALLERS]
    ]

    # then staff hear it, its channel and its customer do, nobody else; both ways alike
    heard = [True, True, True, False, False, True, False, False, False, False]
    assert answers == [(h, h) for h in heard]
    assert await fresh.allows(await principal_of(await make_token(Role.CHANNEL, "web")), {"channel_id": 999}) is False
