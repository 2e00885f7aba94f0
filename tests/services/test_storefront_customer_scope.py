"""A CUSTOMER token a storefront obtained (customerTokenCreate) is limited to that channel:
its orders, their shipments (services.access.scoped) and the order events it may hear
(services.order_reads: ScopeFacts for events, sees_order for the order read once per event), while the customer's own sign-in sees every channel (issue 14)."""

from __future__ import annotations

from models.access import Role
from models.orders import Order
from services import catalog
from services.access import SYSTEM, Principal
from services.order_drafts import AddressDraft, LineDraft, OrderDraft
from services.order_reads import ScopeFacts, read_order, sees_order
from services.order_status import order_event_payload
from services.orders import place_order, visible_orders
from services.shipping import visible_shipments
from tests.fixtures.shop import Place, Shop

ADA = "ada@example.com"
ON_WEB = Principal(role=Role.CUSTOMER, scope=ADA, channel="web")
EVERYWHERE = Principal(role=Role.CUSTOMER, scope=ADA)


async def place_on_market(ref: str) -> Order:
    draft = OrderDraft(
        channel="market",
        external_ref=ref,
        customer_email=ADA,
        customer_name="Ada",
        shipping_address=AddressDraft(country="US"),
        lines=[LineDraft(sku="SKU-A", quantity=1)],
    )
    return (await place_order(SYSTEM, draft)).order


async def test_a_storefronts_customer_token_sees_and_hears_only_its_channels_orders(shop: Shop, place: Place) -> None:
    # given ada's order on web and her order on market
    await catalog.create_channel(code="market", name="Market")
    on_web = await place("WEB-1", 1)
    on_market = await place_on_market("MKT-1")

    # then the web storefront's token for ada sees the web order only; her own sign-in both
    assert [o.id for o in await visible_orders(ON_WEB).order_by("id")] == [on_web.id]
    assert [o.id for o in await visible_orders(EVERYWHERE).order_by("id")] == [on_web.id, on_market.id]
    # (shipments: the same rule, through the order; the query runs with the channel lookup added)
    assert await visible_shipments(ON_WEB).count() == 0
    # and it hears the web order's events only
    web_event = order_event_payload(on_web, None, on_web.status)
    market_event = order_event_payload(on_market, None, on_market.status)
    facts = ScopeFacts()
    assert [await facts.allows(ON_WEB, web_event), await facts.allows(ON_WEB, market_event)] == [True, False]
    assert [await facts.allows(EVERYWHERE, web_event), await facts.allows(EVERYWHERE, market_event)] == [True, True]
    # and of the order a live subscriber reads once per event, the same
    web_read, market_read = await read_order(on_web.id), await read_order(on_market.id)
    assert web_read is not None and market_read is not None
    assert [sees_order(ON_WEB, web_read), sees_order(ON_WEB, market_read)] == [True, False]
    assert [sees_order(EVERYWHERE, web_read), sees_order(EVERYWHERE, market_read)] == [True, True]
