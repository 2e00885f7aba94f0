"""A CUSTOMER token a storefront obtained (customerTokenCreate) is limited to that channel:
its orders, their shipments (services.access.scoped) and the order events it may hear
(services.orders.EventScope), while the customer's own sign-in sees every channel (issue 14)."""

from __future__ import annotations

from models.access import Role
from models.orders import Order
from services import catalog
from services.access import SYSTEM, Principal
from services.order_drafts import AddressDraft, LineDraft, OrderDraft
from services.order_status import order_event_payload
from services.orders import EventScope, place_order, visible_orders
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
    scope = EventScope(ON_WEB)
    assert [await scope.allows(web_event), await scope.allows(market_event)] == [True, False]
    everywhere = EventScope(EVERYWHERE)
    assert [await everywhere.allows(web_event), await everywhere.allows(market_event)] == [True, True]
