"""Outbound webhooks: subscriptions, who sees which, and the fan-out of outbox events into
deliveries (services/webhook_delivery.py sends them).

Fan-out reads the outbox by `seq`, the relay's gap-free commit order, from each
subscription's cursor (`last_seq`): the deliveries of a batch and the cursor's move commit
together, and the move is compare-and-set, so two processes fanning out at once cannot
both insert a batch (the loser rolls back and reads again next cycle). A subscription with
channel or warehouse filters hears only the events placed there (services/webhook_filters.py).
"""

from __future__ import annotations

import asyncio
import ipaddress
import secrets
import socket
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from tortoise.queryset import QuerySet

from models.access import Role
from models.events import OutboxEvent
from models.inserts import insert_all
from models.webhooks import DeliveryStatus, WebhookDelivery, WebhookSubscription
from services.access import Principal
from services.audit import note_change
from services.errors import DomainError, ErrorCode, not_found
from services.shipping import visible_shipments
from services.supply import visible_purchase_orders
from services.uow import unit_of_work
from services.webhook_filters import Places, check_codes, is_filtered, places_of
from subscriptions import topics as t

TEST_TOPIC = "webhook.test"
# What a staff subscription may hear: every domain topic (token revocations are internal).
TOPICS: tuple[str, ...] = (
    t.ORDER_STATUS_CHANGED,
    t.LOW_STOCK,
    t.PICK_TASK_CHANGED,
    t.SHIPMENT_CHANGED,
    t.PURCHASE_ORDER_STATUS_CHANGED,
    t.DROP_SHIP_REQUEST_CHANGED,
    t.RETURN_STATUS_CHANGED,
    t.ORDER_EDITED,
    t.ORDER_FINANCIAL_STATUS_CHANGED,
    t.STOCK_TRANSFER_STATUS_CHANGED,
    t.ALERT_RAISED,
)
# A partner's own subscription hears its own objects' events only: each topic it may take,
# and the rule (the domain's own scoping) that says whether an event's aggregate is its own.
PARTNER_TOPICS: dict[Role, dict[str, Callable[[Principal], QuerySet[Any]]]] = {
    Role.CARRIER: {t.SHIPMENT_CHANGED: visible_shipments},
    Role.SUPPLIER: {t.PURCHASE_ORDER_STATUS_CHANGED: visible_purchase_orders},
}
MAX_URL = WebhookSubscription._meta.fields_map["url"].max_length  # type: ignore[attr-defined]
MAX_SECRET = WebhookSubscription._meta.fields_map["secret"].max_length  # type: ignore[attr-defined]
MIN_SECRET = 16
FAN_OUT_BATCH = 500


def may_manage(principal: Principal) -> bool:
    return principal.is_staff or principal.role in PARTNER_TOPICS


def visible_subscriptions(principal: Principal) -> QuerySet[WebhookSubscription]:
    """Staff see every subscription; a partner only the ones it created."""
    query = WebhookSubscription.all()
    if principal.is_staff:
        return query
    if principal.role not in PARTNER_TOPICS:
        return query.filter(id__in=[])
    return query.filter(owner_role=principal.role.value, owner_scope=principal.scope)


def visible_deliveries(
    principal: Principal, *, subscription_id: int | None = None, statuses: Sequence[DeliveryStatus] | None = None
) -> QuerySet[WebhookDelivery]:
    query = WebhookDelivery.all()
    if not principal.is_staff:
        if principal.role not in PARTNER_TOPICS:
            return query.filter(id__in=[])
        # The same rule as visible_subscriptions, through the delivery's subscription.
        query = query.filter(subscription__owner_role=principal.role.value, subscription__owner_scope=principal.scope)
    if subscription_id is not None:
        query = query.filter(subscription_id=subscription_id)
    if statuses:
        query = query.filter(status__in=list(statuses))
    return query


async def get_subscription(principal: Principal, subscription_id: int) -> WebhookSubscription:
    """The subscription if the caller may see it; another owner's is NOT_FOUND, like a missing one."""
    row = await visible_subscriptions(principal).get_or_none(id=subscription_id)
    if row is None:
        raise not_found("Webhook subscription", ["id"])
    return row


async def check_url(url: str, *, allow_private: bool) -> str:
    """The URL deliveries go to: http(s) only, no credentials in it, and (unless allowed) no
    private, loopback or link-local address, so a subscription cannot aim our server at an
    internal service."""

    def bad(message: str) -> DomainError:
        return DomainError.one(ErrorCode.INVALID, message, ["url"])

    url = url.strip()
    if not url or len(url) > MAX_URL or any(c.isspace() or ord(c) < 32 for c in url):
        raise bad(f"url must be an absolute http(s) URL of at most {MAX_URL} characters, without spaces.")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 -- raises ValueError on a port out of range
    except ValueError:
        raise bad("url is not a valid URL.") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise bad("url must be an absolute http or https URL.")
    if parts.username is not None or parts.password is not None:
        raise bad("url must not carry credentials: deliveries are signed with the subscription's secret.")
    if not allow_private and await _private(parts.hostname):
        raise bad("url names a private, loopback or link-local address, which this server does not call.")
    return url


async def _private(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        try:
            found = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
        except OSError:
            raise DomainError.one(ErrorCode.INVALID, "url's host name does not resolve.", ["url"]) from None
        addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in found]
    return any(not a.is_global for a in addresses)


def check_topics(principal: Principal, topics: Sequence[str]) -> list[str]:
    allowed = TOPICS if principal.is_staff else tuple(PARTNER_TOPICS.get(principal.role, {}))
    chosen = list(dict.fromkeys(topic.strip() for topic in topics))
    if not chosen:
        raise DomainError.one(ErrorCode.REQUIRED, "Name at least one topic.", ["topics"])
    unknown = [topic for topic in chosen if topic not in allowed]
    if unknown:
        raise DomainError.one(
            ErrorCode.INVALID, f"Unknown topics {unknown}: this token may subscribe to {list(allowed)}.", ["topics"]
        )
    return chosen


async def create_subscription(
    principal: Principal,
    *,
    url: str,
    topics: Sequence[str],
    allow_private: bool,
    secret: str | None = None,
    channels: Sequence[str] | None = None,
    warehouses: Sequence[str] | None = None,
) -> tuple[WebhookSubscription, str]:
    """A new subscription, hearing the events committed from now on (of the given channels
    and warehouses only, when given); returns it and its secret."""
    url = await check_url(url, allow_private=allow_private)
    chosen = check_topics(principal, topics)
    channel_codes, warehouse_codes = await check_codes(channels, warehouses, known_only=principal.is_staff)
    if secret is None:
        secret = "whsec_" + secrets.token_urlsafe(32)
    elif not (MIN_SECRET <= len(secret) <= MAX_SECRET) or not secret.isascii() or not secret.isprintable():
        raise DomainError.one(
            ErrorCode.INVALID, f"secret must be {MIN_SECRET} to {MAX_SECRET} printable ASCII characters.", ["secret"]
        )
    async with unit_of_work() as conn:
        top = await OutboxEvent.filter(seq__isnull=False).using_db(conn).order_by("-seq").first().values("seq")
        row = await WebhookSubscription.create(
            url=url,
            secret=secret,
            topics=chosen,
            channels=channel_codes,
            warehouses=warehouse_codes,
            owner_role=None if principal.is_staff else principal.role.value,
            owner_scope=None if principal.is_staff else principal.scope,
            last_seq=top["seq"] if top else 0,
            using_db=conn,
        )
    return row, secret


async def update_subscription(
    principal: Principal,
    *,
    subscription_id: int,
    allow_private: bool,
    url: str | None = None,
    topics: Sequence[str] | None = None,
    channels: Sequence[str] | None = None,
    warehouses: Sequence[str] | None = None,
    active: bool | None = None,
) -> WebhookSubscription:
    """Change a subscription's URL, topics or filters (checked as at creation; an empty filter
    list removes that filter); deliveries already queued go to the new URL; the secret stays
    (rotate it by making a new subscription). `active=False` pauses it: `fan_out` leaves its
    cursor where it is and `claim_due` holds its queued deliveries, so resuming delivers what
    was committed meanwhile, in order, rather than losing it."""
    row = await get_subscription(principal, subscription_id)
    changes: dict[str, Any] = {}
    if url is not None:
        changes["url"] = await check_url(url, allow_private=allow_private)
    if topics is not None:
        changes["topics"] = check_topics(principal, topics)
    channel_codes, warehouse_codes = await check_codes(channels, warehouses, known_only=principal.is_staff)
    if channels is not None:
        changes["channels"] = channel_codes
    if warehouses is not None:
        changes["warehouses"] = warehouse_codes
    if active is not None and active != row.active:
        changes["active"] = active
    for name, value in changes.items():
        note_change(name, getattr(row, name), value)  # the audit's before and after
    if changes:
        async with unit_of_work() as conn:
            await WebhookSubscription.filter(id=row.id).using_db(conn).update(**changes)
        row = await WebhookSubscription.get(id=row.id)
    return row


async def delete_subscription(principal: Principal, *, subscription_id: int) -> int:
    """Delete a subscription and its delivery log; returns its id."""
    row = await get_subscription(principal, subscription_id)
    async with unit_of_work() as conn:
        await WebhookSubscription.filter(id=row.id).using_db(conn).delete()
    return row.id


async def send_test(principal: Principal, *, subscription_id: int) -> WebhookDelivery:
    """Queue a `webhook.test` delivery: the receiver can check its signature end to end."""
    row = await get_subscription(principal, subscription_id)
    now = datetime.now(UTC)
    async with unit_of_work() as conn:
        return await WebhookDelivery.create(
            subscription_id=row.id,
            event_id=f"test_{uuid.uuid4().hex}",
            topic=TEST_TOPIC,
            aggregate_type="webhook_subscription",
            aggregate_id=row.id,
            payload={"subscription_id": row.id},
            occurred_at=now,
            next_attempt_at=now,
            using_db=conn,
        )


class _CursorMoved(Exception):
    """Another process fanned this subscription's batch out first."""


async def fan_out(*, batch: int = FAN_OUT_BATCH) -> int:
    """Turn sequenced events after each active subscription's cursor into its deliveries;
    returns how many deliveries were created."""
    created = 0
    places: dict[int, Places] = {}  # per event, shared by the filtered subscriptions of this cycle
    for sub in await WebhookSubscription.filter(active=True).order_by("id"):
        try:
            created += await _fan_out_one(sub, batch, places)
        except _CursorMoved:
            continue
    return created


async def _fan_out_one(sub: WebhookSubscription, batch: int, places: dict[int, Places]) -> int:
    events = await OutboxEvent.filter(seq__gt=sub.last_seq).order_by("seq").limit(batch)
    if not events:
        return 0
    chosen = [e for e in events if e.topic in sub.topics and await _owns(sub, e) and await _placed(sub, e, places)]
    now = datetime.now(UTC)
    rows = [
        WebhookDelivery(
            subscription_id=sub.id,
            event_id=f"evt_{e.seq}",
            event_seq=e.seq,
            topic=e.topic,
            aggregate_type=e.aggregate_type,
            aggregate_id=e.aggregate_id,
            payload=e.payload,
            occurred_at=e.occurred_at,
            status=DeliveryStatus.PENDING,
            attempts=0,
            next_attempt_at=now,
            created_at=now,
            updated_at=now,
        )
        for e in chosen
    ]
    async with unit_of_work() as conn:
        moved = (
            await WebhookSubscription.filter(id=sub.id, last_seq=sub.last_seq)
            .using_db(conn)
            .update(last_seq=events[-1].seq)
        )
        if moved != 1:
            raise _CursorMoved()
        await insert_all(rows, using_db=conn)
    return len(rows)


async def _placed(sub: WebhookSubscription, event: OutboxEvent, places: dict[int, Places]) -> bool:
    if not is_filtered(sub):
        return True
    if event.id not in places:
        places[event.id] = await places_of(event)
    return places[event.id].matches(sub)


async def _owns(sub: WebhookSubscription, event: OutboxEvent) -> bool:
    if sub.owner_role is None:
        return True
    role = Role(sub.owner_role)
    rule = PARTNER_TOPICS.get(role, {}).get(event.topic)
    if rule is None:
        return False
    return await rule(Principal(role=role, scope=sub.owner_scope)).filter(id=event.aggregate_id).exists()
