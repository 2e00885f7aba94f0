"""Orders: the root fields (queries, mutations, the status stream) and the sourcing dry run."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from typing import Annotated, Any

import strawberry

from resolvers.context import Info, principal_of
from resolvers.errors import from_domain
from resolvers.live import stream
from resolvers.paging import page_json_of, page_of
from resolvers.prefetch import joined_customers, order_plan, prefetch_orders, reads_customer
from schema.allocation_preview import AllocationPick, AllocationPlan, AllocationPreviewPayload, UnfilledLine
from schema.catalog import Warehouse
from schema.codes import code_input
from schema.common import SortDirection, connection, decode_pk, pk_of, renamed, user_errors
from schema.order_mutations import (
    OrderAllocateInput,
    OrderAllocatePayload,
    OrderCancelInput,
    OrderCancelPayload,
    OrderCancelRemainderInput,
    OrderCancelRemainderPayload,
    OrderCreateInput,
    OrderCreatePayload,
    OrderHoldInput,
    OrderHoldPayload,
    OrderReleaseInput,
    OrderReleasePayload,
)
from schema.order_projection import ORDERS
from schema.orders import (
    Order,
    OrderConnection,
    OrderFilter,
    OrderSort,
    OrderStatusEvent,
)
from schema.projection import RootProjection
from services import order_actions, sourcing
from services import order_drafts as drafts
from services import orders as svc
from services.errors import DomainError
from services.order_reads import sees_order
from services.order_search import page_shape, search_orders
from subscriptions.envelope import Envelope
from subscriptions.topics import ORDER_STATUS_CHANGED


def draft_from_input(data: OrderCreateInput) -> drafts.OrderDraft:
    return drafts.OrderDraft(
        channel=data.channel,
        external_ref=data.external_ref,
        customer_email=data.customer.email,
        customer_name=data.customer.name,
        shipping_address=data.shipping_address.to_draft(),
        lines=[drafts.LineDraft(sku=ln.sku, quantity=ln.quantity, unit_price=ln.unit_price) for ln in data.lines],
        currency=code_input(
            data.currency_code, data.currency, field="currencyCode", old_field="currency", required=False
        ),
        idempotency_key=data.idempotency_key,
        billing_address=data.billing_address.to_draft() if data.billing_address is not None else None,
        phone=data.phone,
        note=data.note,
        tags=data.tags,
        metadata=[(item.key, item.value) for item in data.metadata] if data.metadata is not None else None,
        shipping_amount=data.shipping_amount,
        tax_lines=[drafts.TaxLineDraft(t.name, t.rate, t.amount) for t in data.tax_lines]
        if data.tax_lines is not None
        else None,
        discounts=[drafts.DiscountDraft(d.code, d.amount) for d in data.discounts]
        if data.discounts is not None
        else None,
    )


async def _preview(info: Info, data: OrderCreateInput) -> AllocationPreviewPayload:
    preview = await sourcing.preview_allocation(principal_of(info), draft_from_input(data))
    options = preview.options
    loaders = info.context.loaders
    product_ids = sorted(
        {p.product_id for o in options for p in o.plan.picks}
        | {d.product_id for o in options for d in o.plan.dropship}
        | {pid for o in options for pid in o.plan.unfilled}
    )
    products = {p.id: p for p in await loaders.product.load_many(product_ids) if p}
    warehouse_ids = sorted({p.warehouse_id for o in options for p in o.plan.picks})
    warehouses = {w.id: w for w in await loaders.warehouse.load_many(warehouse_ids) if w}
    supplier_ids = sorted({d.supplier_id for o in options for d in o.plan.dropship})
    suppliers = {s.id: s.code for s in await loaders.supplier.load_many(supplier_ids) if s}
    plans = []
    for rank, option in enumerate(options, start=1):
        plan = option.plan
        picks = [
            AllocationPick(
                sku=products[p.product_id].sku,
                quantity=p.quantity,
                warehouse=Warehouse.from_model(warehouses[p.warehouse_id]),
                drop_ship_supplier=None,
            )
            for p in plan.picks
        ] + [
            AllocationPick(
                sku=products[d.product_id].sku,
                quantity=d.quantity,
                warehouse=None,
                drop_ship_supplier=suppliers.get(d.supplier_id),
            )
            for d in plan.dropship
        ]
        plans.append(
            AllocationPlan(
                rank=rank,
                allocation_strategy=option.strategy,
                allow_split=option.allow_split,
                chosen=option.chosen,
                complete=plan.complete,
                shipments=len(plan.warehouse_ids) + len({d.supplier_id for d in plan.dropship}),
                distance_km=option.distance_km,
                picks=picks,
                unfilled=[UnfilledLine(sku=products[pid].sku, quantity=q) for pid, q in plan.unfilled.items()],
                reason=plan.reason,
            )
        )
    rejection = user_errors(preview.rejection) if preview.rejection is not None else []
    return AllocationPreviewPayload(plans=plans, would_reject=preview.rejection is not None, rejection=rejection)


async def _one_order(info: Info, pk: int, field: str) -> Order | None:
    """The order `pk` if the caller may see it, with what the selection under the root
    `field` reads prefetched. The customer and the lines, when selected, come in the
    order's statement: one or two round trips less."""
    plan, principal = order_plan(info, field), principal_of(info)
    with_customer, joined = plan.customer, None
    if plan.lines:
        joined = await svc.get_order_with_lines(principal, order_id=pk, with_customer=with_customer)
    if joined is None:
        row = await svc.get_order(principal, order_id=pk, with_customer=with_customer)
    elif (row := joined.row) is not None:
        info.context.loaders.order_lines.prime(pk, joined.children)
    if row is None:
        return None
    if with_customer:
        joined_customers(info, [row])
    order = Order.from_model(row)
    await prefetch_orders(info, [order], field, plan=plan)
    return order


async def order_connection(
    info: Info,
    filter: OrderFilter | None,
    *,
    field: str,
    first: int | None,
    after: str | None,
    last: int | None = None,
    before: str | None = None,
    sort: str = "created_at",
    descending: bool = True,
    project: Callable[[str, Sequence[str]], str] | None = None,
) -> Any:
    """A page of the caller's orders that `filter` finds (staff: all; a customer: their own),
    with what the selection under the root `field` reads prefetched (`orders`, `myOrders`).
    With `project` (schema.projection: the selection compiled into SQL), the page's nodes as
    JSON texts instead, in order (None where the page is not read so)."""
    principal, criteria = principal_of(info), (filter or OrderFilter()).to_search()
    query = search_orders(principal, criteria)
    window: dict[str, Any] = {
        "first": first,
        "after": after,
        "last": last,
        "before": before,
        "sort": sort,
        "descending": descending,
        "shape": page_shape(principal, criteria),
    }
    if project is not None:
        json_page = await page_json_of(info, query, project, **window)
        return None if json_page is None else json_page.items
    # The customers, when selected, come in the page's statement, whose SQL is built once per
    # form (without criteria): one statement less, and no query building per request.
    with_customer = reads_customer(info, field, "edges", "node")
    page = await page_of(info, query, joined=("customer",) if with_customer else (), **window)
    if with_customer:
        joined_customers(info, page.items)
    found = connection(page, Order.from_model)
    await prefetch_orders(info, [edge.node for edge in found.edges], field, "edges", "node")
    return found


async def _orders(
    info: Info,
    filter: OrderFilter | None = None,
    sort_by: OrderSort | None = None,
    first: int | None = None,
    after: str | None = None,
    last: int | None = None,
    before: str | None = None,
    project: Callable[[str, Sequence[str]], str] | None = None,
) -> Any:
    sort = sort_by or OrderSort()
    return await order_connection(
        info,
        filter,
        field="orders",
        first=first,
        after=after,
        last=last,
        before=before,
        sort=sort.field.value,
        descending=sort.direction is SortDirection.DESC,
        project=project,
    )


async def orders_as_json(
    info: Info, project: Callable[[str, Sequence[str]], str], **arguments: Any
) -> list[str] | None:
    """`orders`' page with its nodes as JSON (schema.projection; the compiled path's twin of
    Query.orders, given its arguments as strawberry converts them)."""
    return await _orders(info, project=project, **arguments)  # type: ignore[no-any-return]


async def _order_as_json(info: Info, wrap: Callable[[str], str], pk: int | None) -> list[str] | None:
    """`_one_order`'s order as JSON (schema.projection): none or one text."""
    return [] if pk is None else await svc.get_order_wrapped(principal_of(info), order_id=pk, wrap=wrap)


async def order_as_json(info: Info, wrap: Callable[[str], str], id: strawberry.ID) -> list[str] | None:
    """Query.order's twin (schema.projection)."""
    return await _order_as_json(info, wrap, pk_of(id, "Order"))


async def order_by_number_as_json(info: Info, wrap: Callable[[str], str], number: str) -> list[str] | None:
    """Query.order_by_number's twin (schema.projection)."""
    return await _order_as_json(info, wrap, svc.parse_order_number(number))


# The order reads PostgreSQL answers where their selection has a form for every field.
PROJECTIONS = {
    "orders": RootProjection(orders_as_json, ORDERS),
    "order": RootProjection(order_as_json, ORDERS, connection=False),
    "orderByNumber": RootProjection(order_by_number_as_json, ORDERS, connection=False),
}


@strawberry.type
class Query:
    @strawberry.field
    async def order(
        self, info: Info, id: Annotated[strawberry.ID, strawberry.argument(description="The order's global id.")]
    ) -> Order | None:
        pk = pk_of(id, "Order")
        return None if pk is None else await _one_order(info, pk, "order")

    @strawberry.field
    async def order_by_number(
        self,
        info: Info,
        number: Annotated[str, strawberry.argument(description="The order number (as shown to customers).")],
    ) -> Order | None:
        pk = svc.parse_order_number(number)
        return None if pk is None else await _one_order(info, pk, "orderByNumber")

    @strawberry.field
    async def orders(
        self,
        info: Info,
        filter: OrderFilter | None = None,
        sort_by: OrderSort | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> OrderConnection:
        return await _orders(info, filter, sort_by, first, after, last, before)  # type: ignore[no-any-return]

    @strawberry.field(
        description="Dry run of sourcing for an order that is not placed: ranked candidate plans; "
        "nothing is reserved or written. Input problems are userErrors, as for orderCreate."
    )
    async def allocation_preview(self, info: Info, input: OrderCreateInput) -> AllocationPreviewPayload:
        # A query has no mutation pipeline: its payload carries the userErrors itself.
        try:
            return await _preview(info, input)
        except DomainError as error:
            return AllocationPreviewPayload(user_errors=user_errors(error))


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Place an order; idempotent on (channel, externalRef) and idempotencyKey.")
    async def order_create(self, info: Info, input: OrderCreateInput) -> OrderCreatePayload:
        placed = await svc.place_order(principal_of(info), draft_from_input(input))
        loaders = info.context.loaders
        if placed.channel is not None:
            loaders.channel.prime(placed.channel.id, placed.channel)
        if placed.customer is not None:
            loaders.customer.prime(placed.customer.id, placed.customer)
        if placed.lines is not None:
            loaders.order_lines.prime(placed.order.id, placed.lines)
        if placed.history is not None:
            loaders.order_events.prime(placed.order.id, placed.history)
        return OrderCreatePayload(order=Order.from_model(placed.order), replayed=not placed.created)

    @strawberry.mutation
    async def order_cancel(self, info: Info, input: OrderCancelInput) -> OrderCancelPayload:
        order = await order_actions.cancel_order(
            principal_of(info), order_id=decode_pk(input.id, "Order", field="id"), reason=input.reason
        )
        return OrderCancelPayload(order=Order.from_model(order))

    @strawberry.mutation(
        description="Close a partly shipped order: its unshipped units are released (picked ones restocked), "
        "its unfinished work cancelled, and it is SHIPPED with what has shipped."
    )
    async def order_cancel_remainder(self, info: Info, input: OrderCancelRemainderInput) -> OrderCancelRemainderPayload:
        order = await order_actions.cancel_remainder(
            principal_of(info), order_id=decode_pk(input.id, "Order", field="id"), reason=input.reason
        )
        return OrderCancelRemainderPayload(order=Order.from_model(order))

    @strawberry.mutation
    async def order_hold(self, info: Info, input: OrderHoldInput) -> OrderHoldPayload:
        order = await order_actions.hold_order(
            principal_of(info), order_id=decode_pk(input.id, "Order", field="id"), reason=input.reason
        )
        return OrderHoldPayload(order=Order.from_model(order))

    @strawberry.mutation(description="Retry sourcing a backordered or partly allocated order now.")
    async def order_allocate(self, info: Info, input: OrderAllocateInput) -> OrderAllocatePayload:
        order = await sourcing.allocate_now(principal_of(info), order_id=decode_pk(input.id, "Order", field="id"))
        return OrderAllocatePayload(order=Order.from_model(order))

    @strawberry.mutation
    async def order_release(self, info: Info, input: OrderReleaseInput) -> OrderReleasePayload:
        order = await order_actions.release_order(
            principal_of(info), order_id=decode_pk(input.id, "Order", field="id"), reason=input.reason
        )
        return OrderReleasePayload(order=Order.from_model(order))

    @strawberry.mutation(
        description="Dry run of sourcing: ranked candidate plans; nothing is reserved.",
        deprecation_reason="It changes nothing: use the allocationPreview query. Removed in the next release.",
    )
    async def allocation_preview(self, info: Info, input: OrderCreateInput) -> AllocationPreviewPayload:
        return await _preview(info, input)


@strawberry.type
class Subscription:
    @strawberry.subscription(
        description="Order status changes, live. With `after` (a cursor), replays what happened since first."
    )
    async def order_status_changed(
        self,
        info: Info,
        order: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="Only this order (its global id); all visible orders otherwise."),
        ] = None,
        after: str | None = None,
        order_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(
                description="The former name of `order`.",
                deprecation_reason="Use `order` (arguments name the object, not its id). Removed in the next release.",
            ),
        ] = None,
    ) -> AsyncIterator[OrderStatusEvent]:
        principal = principal_of(info)
        wanted_pk: int | None = None
        try:
            wanted = renamed(order, order_id, field="order", old_field="orderId")
            if wanted is not None:
                wanted_pk = decode_pk(wanted, "Order", field="order")
                await svc.require_order(principal, wanted_pk)
        except DomainError as error:
            raise from_domain(error) from None
        reads = info.context.event_reads

        def accept(env: Envelope) -> bool:
            return wanted_pk is None or env.aggregate_id == wanted_pk

        async for env in stream(info, topics={ORDER_STATUS_CHANGED}, after=after, accept=accept, grouped=True):
            # One read of the order per event in this process, shared by its subscribers
            # (resolvers.loaders.EventReads); who hears the event and sees the order is
            # decided per subscriber, as visible_orders would.
            row = await reads.order(env.aggregate_id, env.seq)
            if not await reads.facts.allows(principal, env.payload):
                continue
            visible = None if row is None else sees_order(principal, row)
            if visible is None and row is not None:
                row = await svc.get_order(principal, order_id=env.aggregate_id)
            elif not visible:
                row = None
            info.context.loaders = reads.loaders(env.aggregate_id, env.seq)
            payload = env.payload
            yield OrderStatusEvent(
                cursor=env.cursor,
                occurred_at=env.occurred_at,
                order=Order.from_model(row) if row else None,
                previous_status=payload["previous_status"],
                status=payload["status"],
                # Scoped above for this subscriber: those of the same scope get the same event.
                shared_as=(("order", env.aggregate_id), (env.cursor, row is not None)),
            )
