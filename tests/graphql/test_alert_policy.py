"""A channel's alert policy (channelAlertPolicyUpdate), and suspicious orders caught as they are
placed: alerted, and held where the policy says so; nothing (not a statement) where it does not."""

from __future__ import annotations

from typing import Any

from models.access import Role
from models.alerts import Alert
from models.orders import Order, OrderStatus, format_order_number
from services.access import SYSTEM
from services.alert_rules import run_rules
from services.order_drafts import AddressDraft, LineDraft, OrderDraft
from services.orders import place_order
from tests.fixtures.catalog import seed_catalog
from tests.fixtures.database import make_token
from tests.fixtures.server import Server

UPDATE = """mutation($i: ChannelAlertPolicyUpdateInput!) { channelAlertPolicyUpdate(input: $i) {
  alertPolicy { channel rules checkAtIntake holdSuspicious valueMultiple minHistory addressWindowMinutes
    addressOrderCount countryMismatch stalledHours }
  userErrors { field message code } } }"""
READ = "query($c: String!) { channelAlertPolicy(channel: $c) { channel checkAtIntake holdSuspicious valueMultiple } }"
CREATE = """mutation($i: OrderCreateInput!) { orderCreate(input: $i) { order { id status
  history { toStatus reason } } userErrors { field code } } }"""


async def set_policy(server: Server, token: str, **values: Any) -> dict[str, Any]:
    body = await server.gql(UPDATE, {"i": values}, token=token)
    assert "errors" not in body, body
    return body["data"]["channelAlertPolicyUpdate"]  # type: ignore[no-any-return]


async def place(
    ref: str, *, quantity: int = 1, email: str = "shopper@example.com", line1: str = "1 Main St", channel: str = "web"
) -> Order:
    placed = await place_order(
        SYSTEM,
        OrderDraft(
            channel=channel,
            external_ref=ref,
            customer_email=email,
            customer_name=None,
            shipping_address=AddressDraft(country="US", postal_code="10001", line1=line1),
            lines=[LineDraft(sku="SKU-A", quantity=quantity)],
        ),
    )
    return placed.order


async def test_staff_set_a_channels_policy_within_its_bounds_and_read_it_back(server: Server) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin)

    changed = await set_policy(
        server,
        admin,
        channel="web",
        rules=["SUSPICIOUS_ORDER", "STALLED_SHIPMENT"],
        checkAtIntake=True,
        holdSuspicious=True,
        valueMultiple=2.5,
        addressOrderCount=3,
    )
    kept = await set_policy(server, admin, channel="web", stalledHours=12)
    refused = await set_policy(
        server, admin, channel="web", valueMultiple=0.5, minHistory=0, rules=["STOCKOUT_RISK"], stalledHours=721
    )
    unknown = await set_policy(server, admin, channel="nowhere", checkAtIntake=True)
    read = await server.gql(READ, {"c": "web"}, token=admin)
    other = await server.gql(READ, {"c": "market"}, token=admin)

    assert changed == {
        "alertPolicy": {
            "channel": "web", "rules": ["SUSPICIOUS_ORDER", "STALLED_SHIPMENT"], "checkAtIntake": True,
            "holdSuspicious": True, "valueMultiple": 2.5, "minHistory": 2, "addressWindowMinutes": 60,
            "addressOrderCount": 3, "countryMismatch": True, "stalledHours": 48,
        },
        "userErrors": [],
    }  # fmt: skip
    assert kept["alertPolicy"]["stalledHours"] == 12 and kept["alertPolicy"]["valueMultiple"] == 2.5
    # The integer bounds are refused at the edge (before the service), all of them at once.
    assert refused["alertPolicy"] is None
    assert sorted((e["field"][-1], e["code"]) for e in refused["userErrors"]) == [
        ("minHistory", "INVALID"),
        ("stalledHours", "INVALID"),
    ]
    assert unknown == {
        "alertPolicy": None,
        "userErrors": [{"field": ["code"], "message": "Channel 'nowhere' not found.", "code": "NOT_FOUND"}],
    }
    assert read["data"]["channelAlertPolicy"] == {
        "channel": "web", "checkAtIntake": True, "holdSuspicious": True, "valueMultiple": 2.5,
    }  # fmt: skip
    assert other["data"]["channelAlertPolicy"] == {
        "channel": "market", "checkAtIntake": False, "holdSuspicious": False, "valueMultiple": 3.0,
    }  # fmt: skip


async def test_the_service_refuses_what_the_edge_lets_through(server: Server) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin)

    refused = await set_policy(server, admin, channel="web", valueMultiple=0.5, rules=["STOCKOUT_RISK", "SLA_BREACH"])
    huge = await set_policy(server, admin, channel="web", valueMultiple=1e300)

    assert refused["userErrors"] == [
        {"field": ["valueMultiple"], "message": "valueMultiple must be within 1.1..1000.", "code": "INVALID"},
        {
            "field": ["rules"],
            "message": "STOCKOUT_RISK cannot be set per channel; a channel chooses among SLA_BREACH, "
            "SUSPICIOUS_ORDER, TRACKING_EXCEPTION, STALLED_SHIPMENT.",
            "code": "INVALID",
        },
    ]
    assert huge["userErrors"][0]["field"] == ["valueMultiple"]
    assert (await set_policy(server, admin, channel="web"))["alertPolicy"]["valueMultiple"] == 3.0


async def test_a_suspicious_order_is_held_where_the_policy_says_so_and_only_alerted_where_not(server: Server) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin, stock=1_000)
    await set_policy(server, admin, channel="web", checkAtIntake=True, holdSuspicious=True)
    await set_policy(server, admin, channel="market", checkAtIntake=True, holdSuspicious=False)
    for channel in ("web", "market"):
        for n in range(2):  # two usual orders of 10.00 each
            await place(f"{channel}-USUAL-{n}", email=f"{channel}@example.com", line1=f"{n} Elm St", channel=channel)

    held = await server.gql(
        CREATE,
        {"i": {
            "channel": "web", "externalRef": "WEB-BIG", "customer": {"email": "web@example.com"},
            "shippingAddress": {"country": "US", "postalCode": "10001", "line1": "9 Oak St"},
            "lines": [{"sku": "SKU-A", "quantity": 10}],
        }},
        token=admin,
    )  # fmt: skip
    alerted = await place("MARKET-BIG", quantity=10, email="market@example.com", line1="9 Oak St", channel="market")
    usual = await place("WEB-USUAL-AGAIN", email="web@example.com", line1="7 Pine St")

    assert "errors" not in held, held
    order = held["data"]["orderCreate"]["order"]
    assert held["data"]["orderCreate"]["userErrors"] == []
    assert order["status"] == "ON_HOLD"
    assert [h["toStatus"] for h in order["history"]] == ["PENDING", "ALLOCATED", "ON_HOLD"]
    assert order["history"][-1]["reason"] == "suspicious: more than 3x the customer's average order"
    assert alerted.status == OrderStatus.ALLOCATED
    assert (await Order.get(id=alerted.id)).status == OrderStatus.ALLOCATED
    assert usual.status == OrderStatus.ALLOCATED
    alerts = {a.subject: a for a in await Alert.filter(kind="SUSPICIOUS_ORDER")}
    held_id = (await Order.get(external_ref="WEB-BIG")).id
    assert sorted(alerts) == sorted([f"order:{held_id}", f"order:{alerted.id}"])
    assert alerts[f"order:{held_id}"].facts == {
        "order": format_order_number(held_id), "total": "100.00", "currency": "USD", "usualTotal": "10.00",
        "earlierOrders": 2, "ordersToAddress": 1, "why": "more than 3x the customer's average order", "held": True,
    }  # fmt: skip
    assert alerts[f"order:{alerted.id}"].facts["held"] is False
    # The periodic rule finds them already alerted: nothing twice.
    assert [a for a in await run_rules() if a.kind == "SUSPICIOUS_ORDER"] == []


async def test_many_orders_to_one_address_in_a_short_time_are_suspicious(server: Server) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin, stock=1_000)
    await set_policy(server, admin, channel="web", checkAtIntake=True, holdSuspicious=True, addressOrderCount=3)

    first = [await place(f"ADDR-{n}", email=f"buyer{n}@example.com", line1="5 Dock Rd") for n in range(2)]
    third = await place("ADDR-2", email="buyer2@example.com", line1="  5 DOCK RD ")
    elsewhere = await place("ADDR-OTHER", email="buyer3@example.com", line1="6 Dock Rd")

    assert [o.status for o in first] == [OrderStatus.ALLOCATED, OrderStatus.ALLOCATED]
    assert third.status == OrderStatus.ON_HOLD
    assert elsewhere.status == OrderStatus.ALLOCATED
    alert = await Alert.get(subject=f"order:{third.id}")
    assert alert.facts["why"] == "3 orders to this address within 60 minutes"
    assert alert.facts["ordersToAddress"] == 3


async def test_without_a_policy_placing_an_order_raises_nothing_and_holds_nothing(server: Server) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin, stock=1_000)
    await set_policy(server, admin, channel="web", holdSuspicious=True)  # but no check at intake
    for n in range(2):
        await place(f"USUAL-{n}")

    big = await place("BIG", quantity=10)

    assert big.status == OrderStatus.ALLOCATED
    assert await Alert.all().count() == 0


async def test_placing_an_order_sends_the_same_statements_with_the_check_switched_off(
    server: Server, sql_counter: Any
) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin, stock=1_000)
    await place("WARM-UP")

    async def statements(ref: str) -> int:
        sql_counter.statements.clear()
        await place(ref)
        return len(sql_counter.statements)

    default = await statements("DEFAULT")
    await set_policy(server, admin, channel="web", holdSuspicious=True, valueMultiple=2, stalledHours=5)
    switched_off = await statements("SWITCHED-OFF")
    await set_policy(server, admin, channel="web", checkAtIntake=True)
    checked = await statements("CHECKED")

    assert switched_off == default
    assert checked == default + 1  # the one statement of the check (nothing suspicious found)


async def test_billed_to_another_country_than_shipped_to_is_suspicious_where_the_policy_says_so(
    server: Server,
) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin, stock=1_000)
    await set_policy(server, admin, channel="market", countryMismatch=False)
    web = await place("WEB-ABROAD")
    market = await place("MARKET-ABROAD", channel="market")
    same = await place("WEB-HOME")
    # The billing address comes with orderUpdate, after intake.
    await Order.filter(id__in=[web.id, market.id]).update(billing_country="DE")
    await Order.filter(id=same.id).update(billing_country="US")

    first = await run_rules()
    again = await run_rules()

    assert [(a.kind.value, a.subject, a.facts["why"]) for a in first] == [
        ("SUSPICIOUS_ORDER", f"order:{web.id}", "billed to DE, shipped to US")
    ]
    assert again == []
