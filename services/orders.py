"""Orders: who may see which, the events they may hear, and placing an order.

Placing is one unit of work: the customer, the order and its lines, the reservations the
channel's sourcing rules make (`services.allocation`), the pick tasks for them
(`services.picking`), and the status history with its events.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, TypeVar

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet, QuerySetSingle

from models.access import Role
from models.catalog import BackorderPolicy, Channel, Product
from models.event_kinds import OrderEventKind
from models.inserts import insert_all, insert_later, new_row
from models.inventory import Allocation
from models.order_money import OrderTag
from models.orders import Customer, Order, OrderEvent, OrderLine, OrderStatus
from models.orders import parse_order_number as parse_order_number  # the resolvers' way to an order by number
from services import audit, statements
from services.access import Principal
from services.allocation import (
    Need,
    Plan,
    destination_of,
    plan_for_channel,
    plan_order,
    reservations,
    reserve,
    status_for,
)
from services.errors import DomainError, ErrorCode, not_found
from services.order_changes import order_total
from services.order_drafts import (
    OrderDraft,
    Priced,
    cannot_ship,
    charge_rows,
    check_draft,
    detail_columns,
    normalise_tags,
    order_charges,
    price_lines,
)
from services.order_status import LIFECYCLE, Hop, write_history
from services.reactions import OrderPlaced, Within, run_within
from services.sql import is_postgres, sql
from services.stock import StockRow, eligible_with_stock, lock_and_apply
from services.task_creation import NewTasks, create_pick_tasks, insert_new_tasks, keep_new_tasks
from services.uow import unit_of_work

W = TypeVar("W", bound=Any)


@dataclass(frozen=True)
class PlacedOrder:
    order: Order
    created: bool
    # What the transaction already loaded or wrote, so the response need not read it again.
    channel: Channel | None = None
    customer: Customer | None = None
    lines: list[OrderLine] | None = None
    history: list[OrderEvent] | None = None


# --- scoping -------------------------------------------------------------------------


def visible_orders(principal: Principal) -> QuerySet[Order]:
    """Orders this principal may see; out of scope is indistinguishable from absent."""
    query = Order.all()
    if principal.is_staff:
        return query
    if principal.role is Role.CUSTOMER:
        query = query.filter(customer__email=principal.scope)
        return query if principal.channel is None else query.filter(channel__code=principal.channel)
    if principal.role is Role.CHANNEL:
        return query.filter(channel__code=principal.scope)
    if principal.role is Role.WAREHOUSE:
        return query.filter(id__in=Subquery(Allocation.filter(warehouse__code=principal.scope).values("order_id")))
    # SUPPLIER / CARRIER reach orders through drop-ship requests and shipments, which
    # arrive with the supply and fulfilment work.
    return query.filter(id__in=[])


async def get_customer(principal: Principal, customer_id: int) -> Customer | None:
    """A customer: staff see any, a CUSTOMER token itself, nobody else anyone."""
    row = await Customer.get_or_none(id=customer_id)
    if row is None or not (principal.is_staff or (principal.role is Role.CUSTOMER and principal.scope == row.email)):
        return None
    return row


def sees_whole_order(principal: Principal | None) -> bool:
    """Whether the caller sees every part of an order it may see (a warehouse sees its own)."""
    return principal is None or principal.role is not Role.WAREHOUSE


def own_parts(principal: Principal | None, rows: list[W], warehouse_codes: Mapping[int, str]) -> list[W]:
    """The allocations, shipments or tasks of a (split) order that are the caller's to see:
    a WAREHOUSE token, those of its own warehouse (`warehouse_codes`: id -> code)."""
    if sees_whole_order(principal):
        return rows
    assert principal is not None
    return [r for r in rows if r.warehouse_id is not None and warehouse_codes.get(r.warehouse_id) == principal.scope]


def visible_values(principal: Principal) -> tuple[Hashable, list[Any]]:
    """The shape of `visible_orders(principal)` and the values its filter binds, in order
    (services.statements checks them against what tortoise binds before reusing its SQL)."""
    if principal.is_staff:
        return "staff", []
    if principal.role is Role.CUSTOMER:
        return (Role.CUSTOMER, principal.channel is None), [principal.scope] + (
            [] if principal.channel is None else [principal.channel]
        )
    if principal.role in (Role.CHANNEL, Role.WAREHOUSE):
        return principal.role, [principal.scope]
    return principal.role, []


def _visible_order(
    principal: Principal, order_id: int, with_customer: bool
) -> tuple[Hashable, list[Any], Callable[[], QuerySetSingle[Order | None]]]:
    """The shape, values and queryset of the order the caller may see (`with_customer`: its
    customer read in the same statement)."""
    shape, values = visible_values(principal)

    def build() -> QuerySetSingle[Order | None]:
        query = visible_orders(principal)
        return (query.select_related("customer") if with_customer else query).get_or_none(id=order_id)

    return ("visible_order", shape, with_customer), [*values, order_id, 2], build  # get_or_none's LIMIT 2


async def get_order(principal: Principal, *, order_id: int, with_customer: bool = False) -> Order | None:
    """The order if the caller may see it; `with_customer`: its customer read in the same
    statement (`order.customer`)."""
    return await statements.select_one(Order, *_visible_order(principal, order_id, with_customer))


async def get_order_with_lines(
    principal: Principal, *, order_id: int, with_customer: bool = False
) -> statements.Joined[Order, OrderLine] | None:
    """`get_order` with the order's lines (as the order_lines loader reads them) in the same
    statement; None where that cannot be done (SQLite): get_order and the loader then."""
    key, values, build = _visible_order(principal, order_id, with_customer)
    return await statements.select_one_with_children(Order, key, values, build, OrderLine, "order_id")


async def get_order_wrapped(principal: Principal, *, order_id: int, wrap: Callable[[str], str]) -> list[Any] | None:
    """The order's row, if the caller may see it, read in the form `wrap` makes of its
    statement (schema.projection: its JSON): none or one value; None where it is not read so
    (services.statements.select_wrapped)."""
    rows = await statements.select_wrapped(Order, *_visible_order(principal, order_id, False), wrap)
    return None if rows is None else [row[0] for row in rows]


async def require_order(principal: Principal, order_id: int) -> Order:
    order = await get_order(principal, order_id=order_id)
    if order is None:
        raise not_found("Order", ["id"])
    return order


# --- placing ---------------------------------------------------------------------------


async def _find_existing(channel: Channel, draft: OrderDraft) -> Order | None:
    """The order this request repeats, if any (by external ref first, then by key)."""
    match = Q(external_ref=draft.external_ref)
    if draft.idempotency_key is not None:
        match |= Q(idempotency_key=draft.idempotency_key)
    found = await Order.filter(match, channel_id=channel.id).limit(2)
    by_ref = [o for o in found if o.external_ref == draft.external_ref]
    candidates = by_ref or list(found)
    return candidates[0] if candidates else None


def check_replay(existing: Order, draft: OrderDraft, fingerprint: str) -> None:
    if existing.request_fingerprint == fingerprint:
        return
    if draft.idempotency_key is not None and existing.idempotency_key == draft.idempotency_key:
        field_name, what = "idempotencyKey", "idempotency key"
    else:
        field_name, what = "externalRef", "external reference"
    raise DomainError.one(
        ErrorCode.IDEMPOTENCY_CONFLICT,
        f"This {what} was already used for order {existing.number} with a different body.",
        [field_name],
    )


async def place_order(principal: Principal, draft: OrderDraft) -> PlacedOrder:
    """Validate and store an order with its lines, customer and totals in one transaction.

    Idempotent on (channel, externalRef) and on (channel, idempotencyKey): a repeat with
    the same body returns the stored order, a different body is IDEMPOTENCY_CONFLICT.
    """
    channel, products, currency = await check_draft(principal, draft)
    fingerprint = draft.fingerprint()
    try:
        # Insert first: repeats are rare, and the unique constraints decide races exactly.
        placed = await _insert_order(principal, channel, draft, products, currency, fingerprint)
    except IntegrityError:
        # A repeat (or a concurrent retry that won): answer as the earlier request did.
        existing = await _find_existing(channel, draft)
        if existing is None:
            raise
        check_replay(existing, draft, fingerprint)
        return PlacedOrder(existing, created=False)
    return placed


def new_order(
    channel: Channel, draft: OrderDraft, *, customer_id: int | None, currency: str, subtotal: Decimal, fingerprint: str
) -> Order:
    """The (unsaved, PENDING) order a checked draft makes."""
    address = draft.shipping_address
    assert address is not None
    shipping, tax, discount = order_charges(draft)
    return new_row(
        Order,
        **detail_columns(draft.billing_address, draft.phone, draft.note),
        shipping_amount=shipping,
        tax_amount=tax,
        discount_amount=discount,
        **charge_rows(draft.tax_lines or (), draft.discounts or ()),
        metadata={key.strip(): value for key, value in draft.metadata or ()},
        channel_id=channel.id,
        external_ref=draft.external_ref,
        idempotency_key=draft.idempotency_key,
        request_fingerprint=fingerprint,
        customer_id=customer_id,
        customer_name=draft.customer_name,
        status=OrderStatus.PENDING,
        currency=currency,
        subtotal=subtotal,
        total=order_total(subtotal, shipping=shipping, tax=tax, discount=discount),
        ship_country=address.country.strip().upper(),
        ship_region=address.region,
        ship_city=address.city,
        ship_postal_code=address.postal_code,
        ship_line1=address.line1,
        ship_latitude=address.latitude,
        ship_longitude=address.longitude,
    )


def new_tags(order: Order, draft: OrderDraft) -> list[OrderTag]:
    """The (unsaved) tags a draft gives its new order."""
    return [new_row(OrderTag, order_id=order.id, tag=tag) for tag in normalise_tags(draft.tags or ())]


def new_lines(order: Order, priced: Priced) -> list[OrderLine]:
    return [
        new_row(
            OrderLine,
            order_id=order.id,
            product_id=product.id,
            sku=product.sku,
            name=product.name,
            quantity=line.quantity,
            unit_price=unit_price,
            line_total=line_total,
        )
        for line, product, unit_price, line_total in priced
    ]


def needs_of(priced: Priced) -> list[Need]:
    return [Need(product.id, line.quantity, product.dropship_supplier_id) for line, product, *_ in priced]


def placed_hops(settled: OrderStatus, reason: str) -> list[Hop]:
    """A new order's history: created, then the status its allocation gave it (as
    `settle_status` writes it)."""
    return [
        Hop(previous=None, status=OrderStatus.PENDING, kind=OrderEventKind.CREATED, reason=None),
        Hop(previous=OrderStatus.PENDING, status=settled, kind=OrderEventKind.STATUS_CHANGED, reason=reason),
    ]


async def _insert_order(
    principal: Principal,
    channel: Channel,
    draft: OrderDraft,
    products: dict[str, Product],
    currency: str,
    fingerprint: str,
) -> PlacedOrder:
    email = draft.customer_email.strip().lower()
    priced, subtotal = price_lines(draft, products)
    needs = needs_of(priced)
    async with unit_of_work() as conn:
        customer = await upsert_customer(conn, email=email, name=draft.customer_name)
        order = new_order(
            channel, draft, customer_id=customer.id, currency=currency, subtotal=subtotal, fingerprint=fingerprint
        )
        units = sum(n.quantity for n in needs)
        applied = False
        stocked = [n.product_id for n in needs if n.dropship_supplier_id is None]
        warehouses = None
        guessed: NewTasks = []
        early = bool(stocked) and is_postgres(conn)
        if early:
            # The stock rows' locks serialise every order of a SKU until it commits, so on
            # PostgreSQL the order goes in before they are taken, with the status a plan on
            # the unlocked rows gives (read with the warehouses, no extra statement); the plan
            # made under the lock decides, and corrects the status when it differs. (SQLite's
            # writer lock is the whole transaction: nothing to gain there.)
            warehouses, unlocked = await eligible_with_stock(channel.id, stocked, conn)
            guess = plan_for_channel(
                channel, needs, warehouses=warehouses, rows=unlocked, destination=destination_of(order)
            )
            order.status = status_for(units, sum(guess.unfilled.values()))
            await insert_all([order], using_db=conn)
            # Its pick tasks too (the plan under the lock keeps, cuts or adds to them).
            guessed = (await insert_new_tasks([(order, guess.picks)], conn=conn))[order.id] if guess.picks else []
        if early and guess.picks:
            # The guess's reservations take the locks themselves (one statement); they stand
            # if the plan on the rows as locked is the guess, else they are undone.
            assert warehouses is not None

            def replan(locked: dict[tuple[int, int], StockRow]) -> Plan:
                return plan_for_channel(
                    channel, needs, warehouses=warehouses, rows=locked, destination=destination_of(order)
                )

            keep = channel.respect_safety_stock
            rows, applied = await lock_and_apply(
                conn,
                reservations(order, guess, unlocked, keep_safety_stock=keep),
                product_ids=stocked,
                warehouse_ids=[w.id for w in warehouses],
                accept=lambda locked: replan(locked) == guess,
                actor=principal.actor,
            )
            plan = guess if applied else replan(rows)
        else:
            # Plan against the locked stock, so that a refused order writes nothing at all (its
            # transaction rolls back) and, on SQLite, the order is inserted with its status.
            rows, plan = await plan_order(order, channel=channel, needs=needs, conn=conn, warehouses=warehouses)
        if not plan.complete and channel.backorder_policy == BackorderPolicy.REJECT:
            raise cannot_ship(draft, products, plan.unfilled, allow_split=channel.allow_split)
        settled = status_for(units, sum(plan.unfilled.values()))
        if not early:
            order.status = settled
            await insert_all([order], using_db=conn)
        else:  # the stock moved between the two reads: still the order's creation, written with the held rows
            await LIFECYCLE.correct_later(order, settled, conn=conn)
        lines = await insert_later(new_lines(order, priced), using_db=conn)
        await insert_later(new_tags(order, draft), using_db=conn)
        # Nothing reads a new order's allocations back before the commit: held back too.
        await reserve(
            order,
            plan,
            rows,
            actor=principal.actor,
            conn=conn,
            keep_safety_stock=channel.respect_safety_stock,
            held=True,
            applied=applied,
        )
        by_id = {p.id: p for p in products.values()}
        if early:
            await keep_new_tasks(order, guessed, plan.picks, products=by_id, conn=conn)
        else:
            await create_pick_tasks(order, plan.picks, conn=conn, may_exist=False, products=by_id)
        # The creation and the allocation outcome, as `settle_status` would write them.
        history = await write_history(order, placed_hops(settled, plan.reason), actor=principal.actor, using_db=conn)
        await run_within(Within.ORDER_PLACED, conn, OrderPlaced(order, customer.email, channel))
        await audit.record_with("Order", order.id, conn=conn)  # orderCreate's entry, in this commit
    # A follower that moved the order on (a suspicious order held) wrote history of its own:
    # then the history loads afresh rather than from what placing wrote.
    known = history if order.status == settled else None
    return PlacedOrder(order, created=True, channel=channel, customer=customer, lines=lines, history=known)


async def upsert_customer(conn: BaseDBAsyncClient, *, email: str, name: str | None) -> Customer:
    """The customer with this email, created if new; one statement, safe under concurrency."""
    return (await upsert_customers(conn, [(email, name)]))[email]


async def upsert_customers(conn: BaseDBAsyncClient, people: list[tuple[str, str | None]]) -> dict[str, Customer]:
    """The customers with these (email, name)s by email, created if new, in one statement;
    safe under concurrency. An email given twice keeps its first name given (as one upsert
    after another would: an existing name is never replaced)."""
    names: dict[str, str | None] = {}
    for email, name in people:
        if names.get(email) is None:
            names[email] = name
    now = datetime.now(UTC)
    rows = await conn.execute_query_dict(
        sql(
            conn,
            'INSERT INTO "customer" ("email", "name", "created_at") VALUES '
            + ", ".join("(?, ?, ?)" for _ in names)
            + ' ON CONFLICT ("email") DO UPDATE SET "name" = COALESCE("customer"."name", excluded."name") '
            'RETURNING "id", "email", "name", "created_at"',
        ),
        [value for email, name in names.items() for value in (email, name, now)],
    )
    found: dict[str, Customer] = {}
    for row in rows:
        created_at = row["created_at"]
        if isinstance(created_at, str):  # SQLite hands back text
            created_at = datetime.fromisoformat(created_at)
        found[row["email"]] = Customer(id=row["id"], email=row["email"], name=row["name"], created_at=created_at)
    return found
