"""Signed order intake from sales channels (`POST /intake/{channel}`): signatures and formats.

A channel with an `intakeSecret` may push orders signed as API.md says:
`X-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`, within
`TOLERANCE_SECONDS` of our clock (a captured request cannot be replayed later with a new
body, and an old one is refused). Each format is an adapter from the channel's document to
the native `OrderCreateInput` (a JSON object, camelCase), which then goes through the very
`orderCreate` pipeline GraphQL callers use (intake_view.py): the same validation, input
domains, idempotency on `externalRef`, allocation and events. An adapter also says where a
native field came from, so that errors name the channel's own field (`line_items[2].sku`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from secrets import token_urlsafe
from typing import Any

from models.catalog import Channel
from services import intake_marketplace, intake_x12
from services.errors import DomainError, ErrorCode, not_found
from services.uow import unit_of_work

TOLERANCE_SECONDS = 300
DEFAULT_GRACE_SECONDS = 24 * 3600
MAX_GRACE_SECONDS = 30 * 24 * 3600
# One order per push over HTTP; `oms import` and orderBulkCreate read files of many.
FORMATS = ("native", "shopify", "marketplace-tsv", "x12")
FILE_FORMATS = ("native-jsonl", "shopify-json", "marketplace-tsv", "x12")
# What a Content-Type names, when `?format=` does not.
CONTENT_TYPES = {
    "application/json": "native",
    "application/vnd.shopify.order+json": "shopify",
    "text/tab-separated-values": "marketplace-tsv",
    "application/edi-x12": "x12",
}


def signature(secret: str, body: bytes, timestamp: int) -> str:
    """The `X-Signature` header value for `body` sent at `timestamp` (what a channel computes)."""
    return f"t={timestamp},v1={_digest(secret, body, timestamp)}"


def _digest(secret: str, body: bytes, timestamp: int) -> str:
    return hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def signature_valid(secrets: Sequence[str], header: str | None, body: bytes, *, now: float | None = None) -> bool:
    """True if `header` signs `body` with one of `secrets`, within the tolerance.

    Several `v1=` values are accepted (a sender signing with an old and a new secret while
    both are valid); every comparison is constant-time.
    """
    if not header or not secrets:
        return False
    parts = [item.strip().partition("=") for item in header.split(",")]
    stamps = [value for key, _, value in parts if key == "t"]
    given = [value for key, _, value in parts if key == "v1"]
    if len(stamps) != 1 or not given or not stamps[0].isascii() or not stamps[0].isdigit() or len(stamps[0]) > 12:
        return False
    timestamp = int(stamps[0])
    if abs((time.time() if now is None else now) - timestamp) > TOLERANCE_SECONDS:
        return False
    expected = [_digest(secret, body, timestamp) for secret in secrets]
    return any(hmac.compare_digest(want, got) for want in expected for got in given if got.isascii())


async def intake_secrets(channel_code: str, *, now: datetime | None = None) -> list[str] | None:
    """The secrets a push to `channel_code` may be signed with: the current one, and the one
    before it until its grace period ends (channelIntakeSecretRotate). None when the channel
    does not exist or takes no signed intake (both answered alike: 401, nothing said)."""
    if not channel_code.isascii() or len(channel_code) > 64:
        return None
    channel = await Channel.get_or_none(code=channel_code).only(
        "id", "intake_secret", "previous_intake_secret", "previous_intake_secret_until"
    )
    if channel is None or not channel.intake_secret:
        return None
    secrets = [channel.intake_secret]
    until = channel.previous_intake_secret_until
    if channel.previous_intake_secret and until is not None and until > (now or datetime.now(UTC)):
        secrets.append(channel.previous_intake_secret)
    return secrets


@dataclass(frozen=True)
class Rotated:
    channel: Channel
    secret: str  # shown once, in the mutation's answer


async def rotate_intake_secret(*, channel_code: str, grace_seconds: int = DEFAULT_GRACE_SECONDS) -> Rotated:
    """A new random intake secret for the channel; the current one stays valid for
    `grace_seconds` more (0: at once invalid), so senders can switch without a gap. A second
    rotation within the grace period retires the oldest secret at once."""
    if not 0 <= grace_seconds <= MAX_GRACE_SECONDS:
        raise DomainError.one(
            ErrorCode.INVALID, f"graceSeconds must be 0..{MAX_GRACE_SECONDS} (30 days).", ["graceSeconds"]
        )
    secret = token_urlsafe(32)
    async with unit_of_work() as conn:
        channel = await Channel.select_for_update().using_db(conn).get_or_none(code=channel_code)
        if channel is None:
            raise not_found("Channel", ["channel"])
        now = datetime.now(UTC)
        channel.previous_intake_secret = channel.intake_secret if grace_seconds else None
        channel.previous_intake_secret_until = (
            now + timedelta(seconds=grace_seconds) if channel.previous_intake_secret else None
        )
        channel.intake_secret = secret
        await channel.save(
            using_db=conn, update_fields=["intake_secret", "previous_intake_secret", "previous_intake_secret_until"]
        )
    return Rotated(channel, secret)


@dataclass(frozen=True)
class Adapted:
    """A channel's document as the native `OrderCreateInput`, and how to name its fields."""

    input: dict[str, Any]
    name_field: Callable[[Sequence[str]], str]
    # Where in a file of many this order is ("line 3", "row 2", "segment 3"), for reports.
    where: str = ""


class BadDocument(Exception):
    """The body is not a document of its format: 422 with these (field, message) pairs."""

    def __init__(self, problems: list[tuple[str, str]], where: str = "") -> None:
        super().__init__("; ".join(f"{f}: {m}" for f, m in problems))
        self.problems = problems
        self.where = where
        self.acknowledgment: str | None = None  # a rejecting 997, for x12


@dataclass
class Batch:
    """A body or file read in its format: each order adapted, or why it cannot be."""

    items: list[Adapted | BadDocument]
    # The X12 997 functional acknowledgment, for `x12`.
    acknowledgment: str | None = None


def read(fmt: str, body: bytes, channel_code: str) -> Batch:
    """The orders in `body` (one of FORMATS or FILE_FORMATS); BadDocument when the body as a
    whole is unreadable. An order's own problems come back as a BadDocument item."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise BadDocument([("", "The body is not valid UTF-8.")]) from None
    if fmt == "marketplace-tsv":
        return _marketplace(text, channel_code)
    if fmt == "x12":
        return _x12(text, channel_code)
    if fmt == "native-jsonl":
        items: list[Adapted | BadDocument] = []
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                items.append(_one_json("native", line, channel_code, f"line {number}"))
        return Batch(items)
    if fmt == "shopify-json":
        document = _json(text)
        listed = document.get("orders") if isinstance(document, dict) and "orders" in document else document
        many = listed if isinstance(listed, list) else [listed]
        return Batch([_adapt_or_bad("shopify", doc, channel_code, f"orders[{n}]") for n, doc in enumerate(many)])
    return Batch([_adapt_or_bad(fmt, _json(text), channel_code, "")])


def _json(text: str) -> object:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        raise BadDocument([("", "The body is not valid JSON.")]) from None


def _one_json(fmt: str, text: str, channel_code: str, where: str) -> Adapted | BadDocument:
    try:
        return _adapt_or_bad(fmt, json.loads(text), channel_code, where)
    except (ValueError, RecursionError):
        return BadDocument([("", "The line is not valid JSON.")], where)


def _adapt_or_bad(fmt: str, document: object, channel_code: str, where: str) -> Adapted | BadDocument:
    try:
        adapted = adapt(fmt, document, channel_code)
    except BadDocument as bad:
        bad.where = where
        return bad
    return Adapted(adapted.input, adapted.name_field, where)


def _marketplace(text: str, channel_code: str) -> Batch:
    try:
        report = intake_marketplace.parse(text)
    except intake_marketplace.BadReport as bad:
        raise BadDocument(bad.problems) from None
    items: list[Adapted | BadDocument] = [BadDocument([problem], problem[0]) for problem in report.problems]
    for order in report.orders:
        where = f"row {order.first_row}"
        if order.problems:
            items.append(BadDocument(order.problems, where))
        else:
            items.append(Adapted({**order.native, "channel": channel_code}, order.name_field, where))
    return Batch(items)


def _x12(text: str, channel_code: str) -> Batch:
    try:
        interchange = intake_x12.parse(text)
    except intake_x12.NotX12 as not_x12:
        raise BadDocument([("", str(not_x12))]) from None
    ack = intake_x12.acknowledgment(interchange)
    if interchange.problems:  # a broken envelope: none of its orders is taken
        envelope = BadDocument([(p.field, p.message) for p in interchange.problems], "envelope")
        envelope.acknowledgment = ack
        raise envelope
    items: list[Adapted | BadDocument] = []
    for order in interchange.orders:
        where = f"segment {order.start}"
        if order.problems:
            items.append(BadDocument([(p.field, p.message) for p in order.problems], where))
        else:
            items.append(Adapted({**order.native, "channel": channel_code}, order.name_field, where))
    return Batch(items, ack)


def native_name(path: Sequence[str]) -> str:
    """`("lines", "2", "sku")` -> `lines[2].sku` (the native body's own names)."""
    out = ""
    for part in path:
        out += f"[{part}]" if part.isdigit() else (f".{part}" if out else part)
    return out


def adapt(fmt: str, document: object, channel_code: str) -> Adapted:
    if not isinstance(document, dict):
        raise BadDocument([("", "The body must be a JSON object.")])
    if fmt == "shopify":
        return _shopify(document, channel_code)
    return Adapted({**document, "channel": channel_code}, native_name)


# A storefront platform's order webhook (Shopify's `orders/create` shape): the fields we map.
_SHOPIFY_ADDRESS = {
    "country": "country_code",
    "region": "province_code",
    "city": "city",
    "postalCode": "zip",
    "line1": "address1",
    "latitude": "latitude",
    "longitude": "longitude",
}
_SHOPIFY_TOP = {
    "externalRef": "id",
    "customer": "customer",
    "shippingAddress": "shipping_address",
    "billingAddress": "billing_address",
    "lines": "line_items",
    "currency": "currency",
    "phone": "phone",
    "note": "note",
    "tags": "tags",
    "metadata": "note_attributes",
    "shippingAmount": "shipping_lines",
    "taxLines": "tax_lines",
    "discounts": "discount_codes",
}
# The lists whose items map field by field: ours -> (theirs, our item field -> theirs).
_SHOPIFY_ITEMS: dict[str, tuple[str, dict[str, str]]] = {
    "metadata": ("note_attributes", {"key": "name", "value": "value"}),
    "taxLines": ("tax_lines", {"name": "title", "rate": "rate", "amount": "price"}),
    "discounts": ("discount_codes", {"code": "code", "amount": "amount"}),
}
# Every list of objects there, and the fields read from its items (for the error).
_SHOPIFY_LISTS = {theirs: ", ".join(fields.values()) for theirs, fields in _SHOPIFY_ITEMS.values()} | {
    "shipping_lines": "price"
}
_SHOPIFY_LINE = {"sku": "sku", "quantity": "quantity", "unitPrice": "price"}


def _shopify(doc: dict[str, Any], channel_code: str) -> Adapted:
    problems: list[tuple[str, str]] = []
    order_id = doc.get("id")
    if isinstance(order_id, bool) or not isinstance(order_id, int | str) or order_id == "":
        problems.append(("id", "The order id is required (a number or a string)."))
    items = doc.get("line_items")
    if not isinstance(items, list):
        problems.append(("line_items", "line_items must be a list."))
        items = []
    customer: dict[str, Any] = doc["customer"] if isinstance(doc.get("customer"), dict) else {}
    email = doc.get("email") or doc.get("contact_email") or customer.get("email")
    names = [customer.get("first_name"), customer.get("last_name")]
    name = " ".join(n for n in names if isinstance(n, str) and n) or None
    address = doc.get("shipping_address") if isinstance(doc.get("shipping_address"), dict) else None
    if address is None:
        problems.append(("shipping_address", "shipping_address must be an object."))
    billing = doc.get("billing_address")
    if billing is not None and not isinstance(billing, dict):
        problems.append(("billing_address", "billing_address must be an object."))
    tags = doc.get("tags")
    if tags is not None and not isinstance(tags, str):
        problems.append(("tags", "tags must be a string of comma-separated tags."))
    for theirs, read in _SHOPIFY_LISTS.items():
        listed = doc.get(theirs)
        if listed is not None and not (isinstance(listed, list) and all(isinstance(i, dict) for i in listed)):
            problems.append((theirs, f"{theirs} must be a list of {{{read}}} objects."))
    shipping_lines = doc.get("shipping_lines")
    if problems:
        raise BadDocument(problems)
    assert address is not None
    lines = [
        {"sku": item.get("sku"), "quantity": item.get("quantity"), "unitPrice": item.get("price")}
        if isinstance(item, dict)
        else item
        for item in items
    ]
    native: dict[str, Any] = {
        "channel": channel_code,
        "externalRef": str(order_id),
        "customer": {"email": email, "name": name},
        "shippingAddress": {ours: address.get(theirs) for ours, theirs in _SHOPIFY_ADDRESS.items()},
        "lines": lines,
    }
    if doc.get("currency") is not None:
        native["currency"] = doc["currency"]
    # The order's details: the billing address, the phone (the order's, else the customer's),
    # the customer's note, the tags (one comma-separated string there) and the note
    # attributes (the storefront's cart attributes) as public metadata (below).
    if isinstance(billing, dict):
        native["billingAddress"] = {ours: billing.get(theirs) for ours, theirs in _SHOPIFY_ADDRESS.items()}
    phone = doc.get("phone") or customer.get("phone")
    if phone is not None:
        native["phone"] = phone
    if doc.get("note") is not None:
        native["note"] = doc["note"]
    if isinstance(tags, str) and tags.strip():
        native["tags"] = [t.strip() for t in tags.split(",") if t.strip()]
    # The lists: note attributes, tax lines and discount codes, item by item; the shipping
    # lines' prices added up.
    for ours, (theirs, fields) in _SHOPIFY_ITEMS.items():
        if doc.get(theirs):
            native[ours] = [{mine: item.get(field) for mine, field in fields.items()} for item in doc[theirs]]
    if shipping_lines:
        try:
            native["shippingAmount"] = str(sum((Decimal(str(s.get("price", "0"))) for s in shipping_lines), Decimal(0)))
        except (InvalidOperation, ValueError):
            raise BadDocument([("shipping_lines", "Each shipping line's price must be a decimal amount.")]) from None

    def name_field(path: Sequence[str]) -> str:
        if not path:
            return ""
        head, rest = path[0], list(path[1:])
        if head == "customer":
            return "email" if rest[:1] == ["email"] else "customer." + ".".join(rest)
        if head in ("shippingAddress", "billingAddress"):
            return _SHOPIFY_TOP[head] + ("." + _SHOPIFY_ADDRESS.get(rest[0], rest[0]) if rest else "")
        if head in _SHOPIFY_ITEMS and rest:
            theirs, fields = _SHOPIFY_ITEMS[head]
            return f"{theirs}[{rest[0]}]" + ("." + fields.get(rest[1], rest[1]) if len(rest) > 1 else "")
        if head == "lines":
            out = "line_items"
            if rest:
                out += f"[{rest[0]}]"
            if len(rest) > 1:
                out += "." + _SHOPIFY_LINE.get(rest[1], rest[1])
            return out
        return _SHOPIFY_TOP.get(head, head)

    return Adapted(native, name_field)
