"""Placing orders and the staff actions on them (cancel, hold, release)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from models.access import Role
from models.catalog import AllocationStrategy, BackorderPolicy, Channel, Product
from models.inventory import Allocation
from models.orders import Customer, Order, OrderLine, OrderStatus, parse_order_number
from services.access import Principal
from services.allocation import (
    Destination,
    DropShip,
    Need,
    Plan,
    allocate_order,
    build_plan,
    coordinates,
    distance_km,
    eligible_warehouses,
    outstanding_needs,
    rank_warehouses,
    release_reservations,
    settle_status,
    status_for,
)
from services.db import connection
from services.errors import DomainError, ErrorCode, Problem, not_found
from services.order_status import Hop, can_hold, transition
from services.sql import sql
from services.stock import lock_rows
from subscriptions.outbox import after_commit

MAX_LINES = 500
MAX_QUANTITY = 1_000_000
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class AddressDraft:
    country: str
    region: str | None = None
    city: str | None = None
    postal_code: str | None = None
    line1: str | None = None
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True)
class LineDraft:
    sku: str
    quantity: int
    unit_price: Decimal | None = None


@dataclass(frozen=True)
class OrderDraft:
    channel: str
    external_ref: str
    customer_email: str
    customer_name: str | None
    shipping_address: AddressDraft | None
    lines: Sequence[LineDraft] = field(default_factory=list)
    currency: str | None = None
    idempotency_key: str | None = None

    def fingerprint(self) -> str:
        """Identity of the request body (the idempotency key itself excluded)."""
        body = asdict(self)
        body.pop("idempotency_key")
        body["customer_email"] = self.customer_email.strip().lower()
        return hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()


@dataclass(frozen=True)
class PlacedOrder:
    order: Order
    created: bool
    # What the transaction already loaded, so the response need not read it again.
    channel: Channel | None = None
    customer: Customer | None = None


# --- scoping -------------------------------------------------------------------------


def visible_orders(principal: Principal) -> QuerySet[Order]:
    """Orders this principal may see; out of scope is indistinguishable from absent."""
    query = Order.all()
    if principal.is_staff:
        return query
    if principal.role is Role.CUSTOMER:
        return query.filter(customer__email=principal.scope)
    if principal.role is Role.CHANNEL:
        return query.filter(channel__code=principal.scope)
    if principal.role is Role.WAREHOUSE:
        return query.filter(id__in=Subquery(Allocation.filter(warehouse__code=principal.scope).values("order_id")))
    # SUPPLIER / CARRIER reach orders through drop-ship requests and shipments, which
    # arrive with the supply and fulfilment work.
    return query.filter(id__in=[])


async def get_order(principal: Principal, *, order_id: int) -> Order | None:
    return await visible_orders(principal).get_or_none(id=order_id)


async def get_order_by_number(principal: Principal, *, number: str) -> Order | None:
    order_id = parse_order_number(number)
    return None if order_id is None else await get_order(principal, order_id=order_id)


async def _require_order(principal: Principal, order_id: int) -> Order:
    order = await get_order(principal, order_id=order_id)
    if order is None:
        raise not_found("Order", ["id"])
    return order


# --- placing ---------------------------------------------------------------------------


def _validate(draft: OrderDraft) -> list[Problem]:
    problems: list[Problem] = []
    if not draft.external_ref.strip():
        problems.append(Problem(ErrorCode.REQUIRED, "externalRef is required.", ("externalRef",)))
    elif len(draft.external_ref) > 128:
        problems.append(Problem(ErrorCode.INVALID, "externalRef is longer than 128 characters.", ("externalRef",)))
    if draft.idempotency_key is not None and not 0 < len(draft.idempotency_key) <= 128:
        problems.append(Problem(ErrorCode.INVALID, "idempotencyKey must be 1 to 128 characters.", ("idempotencyKey",)))
    if not _EMAIL.match(draft.customer_email.strip()) or len(draft.customer_email) > 254:
        problems.append(
            Problem(ErrorCode.INVALID, "customer.email is not a valid email address.", ("customer", "email"))
        )
    if draft.currency is not None and not _CURRENCY.match(draft.currency):
        problems.append(Problem(ErrorCode.INVALID, "currency must be a 3-letter ISO code.", ("currency",)))
    if draft.customer_name is not None and len(draft.customer_name) > 200:
        problems.append(
            Problem(ErrorCode.INVALID, "customer.name is longer than 200 characters.", ("customer", "name"))
        )
    address = draft.shipping_address
    if address is not None:
        for name, value, limit in (
            ("region", address.region, 100),
            ("city", address.city, 100),
            ("postalCode", address.postal_code, 32),
            ("line1", address.line1, 200),
        ):
            if value is not None and len(value) > limit:
                problems.append(
                    Problem(ErrorCode.INVALID, f"{name} is longer than {limit} characters.", ("shippingAddress", name))
                )
    if address is None or not address.country.strip():
        problems.append(
            Problem(
                ErrorCode.REQUIRED, "A shipping address with a country is required.", ("shippingAddress", "country")
            )
        )
    elif not re.match(r"^[A-Za-z]{2}$", address.country.strip()):
        problems.append(
            Problem(ErrorCode.INVALID, "country must be a 2-letter ISO code.", ("shippingAddress", "country"))
        )
    else:
        if address.latitude is not None and not -90 <= address.latitude <= 90:
            problems.append(
                Problem(ErrorCode.INVALID, "latitude must be within -90..90.", ("shippingAddress", "latitude"))
            )
        if address.longitude is not None and not -180 <= address.longitude <= 180:
            problems.append(
                Problem(ErrorCode.INVALID, "longitude must be within -180..180.", ("shippingAddress", "longitude"))
            )
    if not draft.lines:
        problems.append(Problem(ErrorCode.REQUIRED, "An order needs at least one line.", ("lines",)))
    if len(draft.lines) > MAX_LINES:
        problems.append(Problem(ErrorCode.INVALID, f"An order has at most {MAX_LINES} lines.", ("lines",)))
    seen: set[str] = set()
    for i, line in enumerate(draft.lines[:MAX_LINES]):
        if not 0 < line.quantity <= MAX_QUANTITY:
            problems.append(
                Problem(
                    ErrorCode.INVALID_QUANTITY,
                    f"quantity must be between 1 and {MAX_QUANTITY}.",
                    ("lines", str(i), "quantity"),
                )
            )
        if line.unit_price is not None and (not line.unit_price.is_finite() or line.unit_price < 0):
            problems.append(
                Problem(ErrorCode.INVALID, "unitPrice must not be negative.", ("lines", str(i), "unitPrice"))
            )
        if line.sku in seen:
            problems.append(
                Problem(ErrorCode.DUPLICATE, f"SKU {line.sku} appears on more than one line.", ("lines", str(i), "sku"))
            )
        seen.add(line.sku)
    return problems


async def _find_existing(channel: Channel, draft: OrderDraft) -> Order | None:
    """The order this request repeats, if any (by external ref first, then by key)."""
    match = Q(external_ref=draft.external_ref)
    if draft.idempotency_key is not None:
        match |= Q(idempotency_key=draft.idempotency_key)
    found = await Order.filter(match, channel_id=channel.id).limit(2)
    by_ref = [o for o in found if o.external_ref == draft.external_ref]
    candidates = by_ref or list(found)
    return candidates[0] if candidates else None


def _check_replay(existing: Order, draft: OrderDraft, fingerprint: str) -> None:
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


async def _check_draft(principal: Principal, draft: OrderDraft) -> tuple[Channel, dict[str, Product], str]:
    """Validate a draft against the catalogue: (channel, products by SKU, currency) or DomainError."""
    problems = _validate(draft)
    channel = await Channel.get_or_none(code=draft.channel)
    if channel is None or (principal.role is Role.CHANNEL and principal.scope != channel.code):
        problems.insert(0, Problem(ErrorCode.UNKNOWN_CHANNEL, f"Unknown channel {draft.channel!r}.", ("channel",)))
    skus = [line.sku for line in draft.lines[:MAX_LINES]]
    products = {p.sku: p for p in await Product.filter(sku__in=skus)} if skus else {}
    for i, line in enumerate(draft.lines[:MAX_LINES]):
        if line.sku not in products:
            problems.append(Problem(ErrorCode.UNKNOWN_SKU, f"Unknown SKU {line.sku!r}.", ("lines", str(i), "sku")))
    currency = draft.currency or (products[skus[0]].currency if skus and skus[0] in products else "USD")
    for i, line in enumerate(draft.lines[:MAX_LINES]):
        product = products.get(line.sku)
        if product is not None and line.unit_price is None and product.currency != currency:
            problems.append(
                Problem(
                    ErrorCode.CURRENCY_MISMATCH,
                    f"SKU {line.sku} is priced in {product.currency}, not {currency}; send unitPrice.",
                    ("lines", str(i), "unitPrice"),
                )
            )
    if problems:
        raise DomainError(problems)
    assert channel is not None and draft.shipping_address is not None
    return channel, products, currency


async def place_order(principal: Principal, draft: OrderDraft) -> PlacedOrder:
    """Validate and store an order with its lines, customer and totals in one transaction.

    Idempotent on (channel, externalRef) and on (channel, idempotencyKey): a repeat with
    the same body returns the stored order, a different body is IDEMPOTENCY_CONFLICT.
    """
    channel, products, currency = await _check_draft(principal, draft)
    fingerprint = draft.fingerprint()
    try:
        # Insert first: repeats are rare, and the unique constraints decide races exactly.
        placed = await _insert_order(principal, channel, draft, products, currency, fingerprint)
    except IntegrityError:
        # A repeat (or a concurrent retry that won): answer as the earlier request did.
        existing = await _find_existing(channel, draft)
        if existing is None:
            raise
        _check_replay(existing, draft, fingerprint)
        return PlacedOrder(existing, created=False)
    after_commit()
    return placed


async def _insert_order(
    principal: Principal,
    channel: Channel,
    draft: OrderDraft,
    products: dict[str, Product],
    currency: str,
    fingerprint: str,
) -> PlacedOrder:
    address = draft.shipping_address
    assert address is not None
    email = draft.customer_email.strip().lower()
    priced = []
    for line in draft.lines:
        product = products[line.sku]
        unit_price = _money(line.unit_price if line.unit_price is not None else product.price)
        priced.append((line, product, unit_price, _money(unit_price * line.quantity)))
    subtotal = _money(sum((total for *_, total in priced), Decimal("0")))

    async with in_transaction() as conn:
        customer = await upsert_customer(conn, email=email, name=draft.customer_name)
        order = await Order.create(
            channel_id=channel.id,
            external_ref=draft.external_ref,
            idempotency_key=draft.idempotency_key,
            request_fingerprint=fingerprint,
            customer_id=customer.id,
            customer_name=draft.customer_name,
            status=OrderStatus.PENDING,
            currency=currency,
            subtotal=subtotal,
            total=subtotal,
            ship_country=address.country.strip().upper(),
            ship_region=address.region,
            ship_city=address.city,
            ship_postal_code=address.postal_code,
            ship_line1=address.line1,
            ship_latitude=address.latitude,
            ship_longitude=address.longitude,
            using_db=conn,
        )
        await OrderLine.bulk_create(
            [
                OrderLine(
                    order_id=order.id,
                    product_id=product.id,
                    sku=product.sku,
                    name=product.name,
                    quantity=line.quantity,
                    unit_price=unit_price,
                    line_total=line_total,
                )
                for line, product, unit_price, line_total in priced
            ],
            using_db=conn,
        )
        needs = [Need(product.id, line.quantity, product.dropship_supplier_id) for line, product, *_ in priced]
        plan = await allocate_order(
            order,
            channel=channel,
            needs=needs,
            actor=principal.actor,
            conn=conn,
            new_order=True,
            products={p.id: p for p in products.values()},
        )
        if not plan.complete and channel.backorder_policy == BackorderPolicy.REJECT:
            raise _cannot_ship(draft, products, plan.unfilled, allow_split=channel.allow_split)
        # The creation and the allocation outcome are written together (one batch).
        await settle_status(
            order,
            total_units=sum(n.quantity for n in needs),
            outstanding_units=sum(plan.unfilled.values()),
            actor=principal.actor,
            conn=conn,
            reason=plan.reason,
            before=[Hop(previous=None, status=OrderStatus.PENDING, kind="CREATED", reason=None)],
        )
    return PlacedOrder(order, created=True, channel=channel, customer=customer)


async def upsert_customer(conn: BaseDBAsyncClient, *, email: str, name: str | None) -> Customer:
    """The customer with this email, created if new; one statement, safe under concurrency."""
    rows = await conn.execute_query_dict(
        sql(
            conn,
            'INSERT INTO "customer" ("email", "name", "created_at") VALUES (?, ?, ?) '
            'ON CONFLICT ("email") DO UPDATE SET "name" = COALESCE("customer"."name", excluded."name") '
            'RETURNING "id", "email", "name", "created_at"',
        ),
        [email, name, datetime.now(UTC)],
    )
    row = rows[0]
    created_at = row["created_at"]
    if isinstance(created_at, str):  # SQLite hands back text
        created_at = datetime.fromisoformat(created_at)
    return Customer(id=row["id"], email=row["email"], name=row["name"], created_at=created_at)


def _cannot_ship(
    draft: OrderDraft, products: dict[str, Product], unfilled: dict[int, int], *, allow_split: bool
) -> DomainError:
    problems = []
    for i, line in enumerate(draft.lines):
        short = unfilled.get(products[line.sku].id, 0)
        if short:
            problems.append(
                Problem(
                    ErrorCode.INSUFFICIENT_STOCK,
                    f"Only {line.quantity - short} of {line.quantity} units of {line.sku} can be shipped"
                    + ("" if allow_split else " in one shipment")
                    + "; this channel does not take backorders.",
                    ("lines", str(i), "quantity"),
                )
            )
    return DomainError(problems)


def _money(value: Decimal) -> Decimal:
    try:
        return value.quantize(Decimal("0.01"))
    except InvalidOperation as exc:
        raise DomainError.one(ErrorCode.INVALID, "Amount out of range.", ["lines"]) from exc


# --- staff actions -------------------------------------------------------------------


async def cancel_order(principal: Principal, *, order_id: int, reason: str) -> Order:
    if not reason.strip():
        raise DomainError.one(ErrorCode.REQUIRED, "A reason is required to cancel an order.", ["reason"])
    order = await _require_order(principal, order_id)
    async with in_transaction() as conn:
        await transition(
            order,
            OrderStatus.CANCELLED,
            reason=reason,
            actor=principal.actor,
            using_db=conn,
            extra={"status_before_hold": None},
        )
        freed = await release_reservations(order, actor=principal.actor, conn=conn)
    after_commit()
    await _refill(freed, principal.actor)
    return order


async def hold_order(principal: Principal, *, order_id: int, reason: str) -> Order:
    if not reason.strip():
        raise DomainError.one(ErrorCode.REQUIRED, "A reason is required to hold an order.", ["reason"])
    order = await _require_order(principal, order_id)
    current = OrderStatus(order.status)
    if not can_hold(current):
        raise DomainError.one(
            ErrorCode.INVALID_TRANSITION, f"Order {order.number} cannot be held while {current.value}.", ["id"]
        )
    async with in_transaction() as conn:
        await transition(
            order,
            OrderStatus.ON_HOLD,
            reason=reason,
            actor=principal.actor,
            using_db=conn,
            extra={"status_before_hold": current},
        )
    after_commit()
    return order


async def release_order(principal: Principal, *, order_id: int, reason: str | None = None) -> Order:
    order = await _require_order(principal, order_id)
    if order.status != OrderStatus.ON_HOLD:
        raise DomainError.one(
            ErrorCode.INVALID_TRANSITION, f"Order {order.number} is not on hold ({order.status}).", ["id"]
        )
    back_to = OrderStatus(order.status_before_hold or OrderStatus.PENDING)
    async with in_transaction() as conn:
        await transition(
            order,
            back_to,
            reason=reason or "released",
            actor=principal.actor,
            using_db=conn,
            extra={"status_before_hold": None},
        )
    after_commit()
    if back_to in ALLOCATABLE:
        await allocate_waiting_order(order_id=order.id, actor=principal.actor)
        await order.refresh_from_db()
    return order


ALLOCATABLE = frozenset({OrderStatus.PENDING, OrderStatus.BACKORDERED, OrderStatus.PARTIALLY_ALLOCATED})
# Orders whose missing units are still sourced when stock arrives or a pick comes up short.
STILL_SOURCING = ALLOCATABLE | {OrderStatus.PICKING, OrderStatus.PACKED, OrderStatus.PARTIALLY_SHIPPED}


async def allocate_now(principal: Principal, *, order_id: int) -> Order:
    """`orderAllocate`: try again to source what an order still lacks."""
    order = await _require_order(principal, order_id)
    if order.status not in ALLOCATABLE:
        raise DomainError.one(
            ErrorCode.INVALID_TRANSITION,
            f"Order {order.number} is {order.status}; only waiting orders allocate.",
            ["id"],
        )
    await allocate_waiting_order(order_id=order.id, actor=principal.actor)
    await order.refresh_from_db()
    return order


async def allocate_waiting_order(
    *, order_id: int, actor: str, statuses: frozenset[OrderStatus] = STILL_SOURCING
) -> bool:
    """Allocate what a waiting order still needs; True when anything was reserved.

    The order row is locked first so two fillers cannot both source the same line.
    """
    async with in_transaction() as conn:
        order = await Order.filter(id=order_id).using_db(conn).select_for_update().first()
        if order is None or order.status not in statuses:
            return False
        channel = await Channel.filter(id=order.channel_id).using_db(conn).get()
        total, needs = await outstanding_needs(order, conn)
        reserved_any = False
        if needs:
            plan = await allocate_order(order, channel=channel, needs=needs, actor=actor, conn=conn)
            reserved_any = bool(plan.picks)
            outstanding = sum(n.quantity for n in needs) - sum(p.quantity for p in plan.picks)
            reason = plan.reason
        else:
            outstanding, reason = 0, "allocated"
        if status_for(total, outstanding) != order.status:
            await settle_status(
                order, total_units=total, outstanding_units=outstanding, actor=actor, conn=conn, reason=reason
            )
    after_commit()
    return reserved_any


async def source_shortfall(*, order_id: int, actor: str) -> bool:
    """After a short pick: source the missing units again (another warehouse, or wait)."""
    return await allocate_waiting_order(order_id=order_id, actor=actor)


async def _refill(product_ids: set[int], actor: str) -> None:
    if product_ids:
        from services.inventory import fill_backorders  # inventory builds on orders' allocation

        await fill_backorders(product_ids, actor=actor)


# --- event scoping -----------------------------------------------------------------------


class EventScope:
    """Decides which order events a principal may receive, without a query per event.

    Channel and customer ids map to codes and emails that never change, so each id is
    looked up once per subscriber (bounded memo).
    """

    _MEMO_LIMIT = 10_000

    def __init__(self, principal: Principal) -> None:
        self._principal = principal
        self._memo: dict[int, bool] = {}

    async def allows(self, payload: dict[str, object]) -> bool:
        principal = self._principal
        if principal.is_staff:
            return True
        model: type[Channel] | type[Customer]
        if principal.role is Role.CHANNEL:
            key, model, column = payload.get("channel_id"), Channel, "code"
        elif principal.role is Role.CUSTOMER:
            key, model, column = payload.get("customer_id"), Customer, "email"
        else:
            return False
        if not isinstance(key, int):
            return False
        if key not in self._memo:
            if len(self._memo) >= self._MEMO_LIMIT:
                self._memo.clear()
            self._memo[key] = await model.filter(id=key, **{column: principal.scope}).exists()
        return self._memo[key]


# --- allocation preview -------------------------------------------------------------------


@dataclass(frozen=True)
class PreviewOption:
    strategy: AllocationStrategy
    allow_split: bool
    plan: Plan
    distance_km: float | None
    chosen: bool  # what orderCreate would do now, per the channel's rules


async def preview_allocation(principal: Principal, draft: OrderDraft) -> tuple[Channel, list[PreviewOption]]:
    """Dry run of sourcing: candidate plans ranked best first, nothing reserved or written."""
    channel, products, _currency = await _check_draft(principal, draft)
    assert draft.shipping_address is not None
    address = draft.shipping_address
    destination = Destination(address.country.strip().upper(), address.region, address.latitude, address.longitude)
    needs = [Need(products[ln.sku].id, ln.quantity, products[ln.sku].dropship_supplier_id) for ln in draft.lines]
    stocked = [n for n in needs if n.dropship_supplier_id is None]
    dropship = [DropShip(n.product_id, n.dropship_supplier_id, n.quantity) for n in needs if n.dropship_supplier_id]
    conn = connection()
    warehouses = await eligible_warehouses(channel.id, conn)
    rows = await lock_rows(
        conn, product_ids=[n.product_id for n in stocked], warehouse_ids=[w.id for w in warehouses], lock=False
    )
    available = {key: row.available for key, row in rows.items()}
    by_id = {w.id: w for w in warehouses}
    current = (AllocationStrategy(channel.allocation_strategy), channel.allow_split)
    options: dict[tuple[tuple[int, int, int], ...], PreviewOption] = {}
    for strategy in [current[0], *[s for s in AllocationStrategy if s != current[0]]]:
        for split in [current[1], not current[1]]:
            ranked = rank_warehouses(strategy, warehouses, destination)
            plan = build_plan(strategy, split, stocked, available, ranked)
            plan.dropship = dropship
            key = tuple(sorted((p.product_id, p.warehouse_id, p.quantity) for p in plan.picks))
            if key in options and not (strategy, split) == current:
                continue
            there = coordinates(destination.latitude, destination.longitude)
            points = [coordinates(by_id[i].latitude, by_id[i].longitude) for i in plan.warehouse_ids]
            distances = [distance_km(here, there) for here in points if here and there]
            options[key] = PreviewOption(
                strategy=strategy,
                allow_split=split,
                plan=plan,
                distance_km=round(max(distances), 1) if distances else None,
                chosen=(strategy, split) == current or (key in options and options[key].chosen),
            )
    ranked_options = sorted(
        options.values(),
        key=lambda o: (
            not o.plan.complete,
            sum(o.plan.unfilled.values()),
            len(o.plan.warehouse_ids),
            o.distance_km if o.distance_km is not None else float("inf"),
            not o.chosen,
        ),
    )
    return channel, ranked_options
