"""Order reads for live subscribers: read once per event in a process, scoped per subscriber.

Every `orderStatusChanged` subscriber used to read the event's order itself (one statement
each: 2N per status change for N subscribers, counting the scope's first look-ups). Here the
order is read once, with its channel and customer, and each subscriber decides from those
columns what `visible_orders` would answer for it, and from the event's ids whether it hears
the event at all. Channel codes and customer emails never change, so they are remembered for the
process (bounded)."""

from __future__ import annotations

from models.catalog import Channel
from models.orders import Customer, Order
from services.access import Principal, Role

_MEMO_LIMIT = 10_000


async def read_order(order_id: int) -> Order | None:
    """The order with its channel and customer (one statement), whoever asks: scope it with
    `sees_order`."""
    return await Order.filter(id=order_id).select_related("channel", "customer").first()


def sees_order(principal: Principal, order: Order) -> bool | None:
    """`visible_orders(principal)`'s rule for an order read by `read_order`; None when its
    columns cannot tell (a WAREHOUSE token sees orders by their allocations: ask the query)."""
    if principal.is_staff:
        return True
    if principal.role is Role.CUSTOMER:
        # A storefront's customer token (customerTokenCreate) sees that channel's orders only.
        in_channel = principal.channel is None or order.channel.code == principal.channel
        return bool(order.customer.email == principal.scope and in_channel)
    if principal.role is Role.CHANNEL:
        return bool(order.channel.code == principal.scope)
    if principal.role is Role.WAREHOUSE:
        return None
    return False


class ScopeFacts:
    """The channel codes and customer emails behind the ids events carry, for the process:
    each id is looked up once (or learnt from an order read anyway), not once per subscriber."""

    def __init__(self) -> None:
        self._channels: dict[int, str | None] = {}
        self._customers: dict[int, str | None] = {}

    def learn(self, order: Order) -> None:
        """Remember what an order read with its channel and customer says."""
        self._remember(self._channels, order.channel_id, order.channel.code)
        self._remember(self._customers, order.customer_id, order.customer.email)

    async def allows(self, principal: Principal, payload: dict[str, object]) -> bool:
        """Whether `principal` hears an order event at all staff
        every one, a CHANNEL token its channel's, a CUSTOMER token its own, anyone else none."""
        if principal.is_staff:
            return True
        model: type[Channel] | type[Customer]
        if principal.role is Role.CHANNEL:
            key, memo, model, column = payload.get("channel_id"), self._channels, Channel, "code"
        elif principal.role is Role.CUSTOMER:
            key, memo, model, column = payload.get("customer_id"), self._customers, Customer, "email"
        else:
            return False
        if not isinstance(key, int):
            return False
        if principal.role is Role.CUSTOMER and principal.channel is not None:
            # A storefront's customer token hears that channel's orders only.
            channel_id = payload.get("channel_id")
            if (
                not isinstance(channel_id, int)
                or await self._code(self._channels, Channel, "code", channel_id) != principal.channel
            ):
                return False
        found = await self._code(memo, model, column, key)
        return found is not None and found == principal.scope

    async def _code(
        self, memo: dict[int, str | None], model: type[Channel] | type[Customer], column: str, key: int
    ) -> str | None:
        if key not in memo:
            found = await model.filter(id=key).first().values_list(column, flat=True)
            self._remember(memo, key, found if isinstance(found, str) else None)
        return memo[key]

    @staticmethod
    def _remember(memo: dict[int, str | None], key: int, value: str | None) -> None:
        if len(memo) >= _MEMO_LIMIT:
            memo.clear()
        memo[key] = value
