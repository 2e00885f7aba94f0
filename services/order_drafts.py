"""What an order request says (drafts) and whether it can be placed: validation against
the columns it lands in and against the catalogue (channel, SKUs, currency)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from decimal import Decimal, InvalidOperation
from typing import Any

from models.access import Role
from models.catalog import Channel, Product
from services import statements
from services.access import EMAIL, Principal
from services.errors import DomainError, ErrorCode, Problem

MAX_LINES = 500
MAX_QUANTITY = 1_000_000
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
class TaxLineDraft:
    name: str
    rate: Decimal
    amount: Decimal


@dataclass(frozen=True)
class DiscountDraft:
    code: str
    amount: Decimal


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
    # The order's details, given at creation rather than by `orderUpdate` afterwards.
    billing_address: AddressDraft | None = None
    phone: str | None = None
    note: str | None = None
    tags: Sequence[str] | None = None
    metadata: Sequence[tuple[str, str]] | None = None  # public (key, value)s
    # Its charges, given at creation rather than by `orderChargesSet` afterwards.
    shipping_amount: Decimal | None = None
    tax_lines: Sequence[TaxLineDraft] | None = None
    discounts: Sequence[DiscountDraft] | None = None

    def fingerprint(self) -> str:
        """Identity of the request body (the idempotency key itself excluded)."""
        return body_fingerprint(_plain(self))


def body_fingerprint(body: dict[str, Any]) -> str:
    """The fingerprint of a draft's fields as `dataclasses.asdict` gives them (changed here)."""
    body.pop("idempotency_key")
    body["customer_email"] = body["customer_email"].strip().lower()
    # Fields not given leave the hash as it was before they could be: an order accepted
    # then is still recognised when its sender retries it now.
    for name in ADDED_LATER:
        if body[name] is None:
            del body[name]
    return hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()


def _plain(value: Any) -> Any:
    """What `dataclasses.asdict` makes of a draft, as far as `json.dumps` can tell (a tuple
    as a list), without its deep copy of every value (the drafts' values are immutable):
    asdict was ~3% of an orderCreate's CPU. Fingerprints stored earlier must still match:
    tests/graphql/test_order_create.py compares the two."""
    names = _FIELD_NAMES.get(type(value))
    if names is None and hasattr(type(value), "__dataclass_fields__"):
        names = _FIELD_NAMES[type(value)] = tuple(f.name for f in fields(value))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value  # (a draft holds no dicts)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}

# OrderDraft's fields added after fingerprints were first stored: left out of it when not given.
ADDED_LATER = ("billing_address", "phone", "note", "tags", "metadata", "shipping_amount", "tax_lines", "discounts")
MAX_TAGS = 50
MAX_TAG = 64
MAX_METADATA = 100  # keys per order and kind
MAX_KEY = 128
MAX_VALUE = 2000


def normalise_tags(tags: Sequence[str]) -> list[str]:
    return sorted({t.strip() for t in tags if t.strip()})


def details_problems(
    billing_address: AddressDraft | None, phone: str | None, tags: Sequence[str] | None
) -> list[Problem]:
    """What is wrong with an order's billing address, phone and tags (at creation or update)."""
    problems = []
    if billing_address is not None:
        problems += [
            Problem(p.code, p.message.replace("shipping address", "billing address"), ("billingAddress", *p.field[1:]))
            for p in address_problems(billing_address)
            if p.field is not None
        ]
    if phone is not None and phone.strip() and not all(c.isdigit() or c in "+-() ." for c in phone):
        problems.append(Problem(ErrorCode.INVALID, "phone may hold only digits, spaces and + - ( ) .", ("phone",)))
    if tags is not None:
        normal = normalise_tags(tags)
        if len(normal) > MAX_TAGS:
            problems.append(Problem(ErrorCode.INVALID, f"An order has at most {MAX_TAGS} tags.", ("tags",)))
        if any(len(t) > MAX_TAG for t in normal):
            problems.append(Problem(ErrorCode.INVALID, f"A tag is at most {MAX_TAG} characters.", ("tags",)))
    return problems


def detail_columns(billing_address: AddressDraft | None, phone: str | None, note: str | None) -> dict[str, Any]:
    """The order columns the given details set (one not given: not there; an empty phone or
    note: None), at creation and by `orderUpdate`."""
    columns: dict[str, Any] = {}
    if billing_address is not None:
        columns |= {
            "billing_country": billing_address.country.strip().upper(),
            "billing_region": billing_address.region,
            "billing_city": billing_address.city,
            "billing_postal_code": billing_address.postal_code,
            "billing_line1": billing_address.line1,
        }
    if phone is not None:
        columns["phone"] = phone.strip() or None
    if note is not None:
        columns["note"] = note.strip() or None
    return columns


def excess_discount(subtotal: Decimal, shipping: Decimal, tax: Decimal, discount: Decimal) -> list[Problem]:
    """Discounts worth more than the lines, shipping and tax they come off (creation and orderChargesSet)."""
    if discount > subtotal + shipping + tax:
        return [
            Problem(
                ErrorCode.INVALID, "The discounts are more than the order's subtotal, shipping and tax.", ("discounts",)
            )
        ]
    return []


def charge_problems(
    shipping: Decimal, taxes: Sequence[TaxLineDraft], discounts: Sequence[DiscountDraft]
) -> list[Problem]:
    """What is wrong with an order's charges (at creation, or by orderChargesSet)."""
    problems = []
    if shipping < 0:
        problems.append(Problem(ErrorCode.INVALID, "shippingAmount must not be negative.", ("shippingAmount",)))
    for name, items in (("taxLines", taxes), ("discounts", discounts)):
        if len(items) > MAX_LINES:
            problems.append(Problem(ErrorCode.INVALID, f"At most {MAX_LINES} {name}.", (name,)))
    for i, tax in enumerate(taxes[:MAX_LINES]):
        if not tax.name.strip():
            problems.append(Problem(ErrorCode.REQUIRED, "A tax line needs a name.", ("taxLines", str(i), "name")))
        if tax.rate < 0:
            problems.append(Problem(ErrorCode.INVALID, "rate must not be negative.", ("taxLines", str(i), "rate")))
        if tax.amount < 0:
            problems.append(Problem(ErrorCode.INVALID, "amount must not be negative.", ("taxLines", str(i), "amount")))
    for i, discount in enumerate(discounts[:MAX_LINES]):
        if not discount.code.strip():
            problems.append(Problem(ErrorCode.REQUIRED, "A discount needs a code.", ("discounts", str(i), "code")))
        if discount.amount <= 0:
            problems.append(Problem(ErrorCode.INVALID, "amount must be positive.", ("discounts", str(i), "amount")))
    return problems


def metadata_problems(items: Sequence[tuple[str, str]], field: str = "items") -> list[Problem]:
    """What is wrong with metadata (key, value)s: keys 1 to MAX_KEY characters, values at most MAX_VALUE."""
    problems = []
    for i, (key, value) in enumerate(items):
        if not key.strip() or len(key) > MAX_KEY:
            problems.append(Problem(ErrorCode.INVALID, f"A key is 1 to {MAX_KEY} characters.", (field, str(i), "key")))
        if len(value) > MAX_VALUE:
            problems.append(
                Problem(ErrorCode.INVALID, f"A value is at most {MAX_VALUE} characters.", (field, str(i), "value"))
            )
    if len({key.strip() for key, _ in items}) > MAX_METADATA:
        problems.append(Problem(ErrorCode.INVALID, f"An order keeps at most {MAX_METADATA} keys.", (field,)))
    return problems


def address_problems(address: AddressDraft | None) -> list[Problem]:
    """What is wrong with a shipping address (fields named under `shippingAddress`)."""
    problems: list[Problem] = []
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
    return problems


def validate(draft: OrderDraft) -> list[Problem]:
    problems: list[Problem] = []
    if not draft.external_ref.strip():
        problems.append(Problem(ErrorCode.REQUIRED, "externalRef is required.", ("externalRef",)))
    elif len(draft.external_ref) > 128:
        problems.append(Problem(ErrorCode.INVALID, "externalRef is longer than 128 characters.", ("externalRef",)))
    if draft.idempotency_key is not None and not 0 < len(draft.idempotency_key) <= 128:
        problems.append(Problem(ErrorCode.INVALID, "idempotencyKey must be 1 to 128 characters.", ("idempotencyKey",)))
    if not EMAIL.match(draft.customer_email.strip()) or len(draft.customer_email) > 254:
        problems.append(
            Problem(ErrorCode.INVALID, "customer.email is not a valid email address.", ("customer", "email"))
        )
    if draft.currency is not None and not _CURRENCY.match(draft.currency):
        problems.append(Problem(ErrorCode.INVALID, "currency must be a 3-letter ISO code.", ("currency",)))
    if draft.customer_name is not None and len(draft.customer_name) > 200:
        problems.append(
            Problem(ErrorCode.INVALID, "customer.name is longer than 200 characters.", ("customer", "name"))
        )
    problems += address_problems(draft.shipping_address)
    problems += details_problems(draft.billing_address, draft.phone, draft.tags)
    if draft.note is not None and len(draft.note) > MAX_VALUE:
        problems.append(Problem(ErrorCode.INVALID, f"note is longer than {MAX_VALUE} characters.", ("note",)))
    problems += metadata_problems(draft.metadata or (), "metadata")
    problems += charge_problems(draft.shipping_amount or Decimal(0), draft.tax_lines or (), draft.discounts or ())
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


async def check_draft(principal: Principal, draft: OrderDraft) -> tuple[Channel, dict[str, Product], str]:
    """Validate a draft against the catalogue: (channel, products by SKU, currency) or DomainError."""
    # Every order reads these two: their SQL is built once (services.statements).
    channel = await statements.select_one(
        Channel, "draft_channel", [draft.channel, 2], lambda: Channel.get_or_none(code=draft.channel)
    )
    skus = [line.sku for line in draft.lines[:MAX_LINES]]
    found = (
        await statements.select(Product, "draft_products", skus, lambda: Product.filter(sku__in=skus)) if skus else []
    )
    return judge_draft(principal, draft, channel, {p.sku: p for p in found})


def judge_draft(
    principal: Principal, draft: OrderDraft, channel: Channel | None, catalogue: dict[str, Product]
) -> tuple[Channel, dict[str, Product], str]:
    """`check_draft` against a channel and products already read (`catalogue`: by SKU, at
    least the draft's; a bulk call reads them once for all its drafts)."""
    problems = validate(draft)
    if channel is None or (principal.role is Role.CHANNEL and principal.scope != channel.code):
        problems.insert(0, Problem(ErrorCode.UNKNOWN_CHANNEL, f"Unknown channel {draft.channel!r}.", ("channel",)))
    elif channel.archived_at is not None:
        problems.insert(0, Problem(ErrorCode.ARCHIVED, f"Channel {channel.code} is archived.", ("channel",)))
    skus = [line.sku for line in draft.lines[:MAX_LINES]]
    products = {sku: catalogue[sku] for sku in skus if sku in catalogue}
    for i, line in enumerate(draft.lines[:MAX_LINES]):
        if line.sku not in products:
            problems.append(Problem(ErrorCode.UNKNOWN_SKU, f"Unknown SKU {line.sku!r}.", ("lines", str(i), "sku")))
        elif products[line.sku].archived_at is not None:
            problems.append(
                Problem(
                    ErrorCode.ARCHIVED, f"SKU {line.sku} is archived: it cannot be ordered.", ("lines", str(i), "sku")
                )
            )
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
    if not problems and draft.discounts:
        problems += excess_discount(price_lines(draft, products)[1], *order_charges(draft))
    if problems:
        raise DomainError(problems)
    assert channel is not None and draft.shipping_address is not None
    return channel, products, currency


def order_charges(draft: OrderDraft) -> tuple[Decimal, Decimal, Decimal]:
    """The shipping, tax and discount amounts a draft gives its order (nothing given: zero)."""
    return (
        money(draft.shipping_amount or Decimal(0)),
        money(sum((t.amount for t in draft.tax_lines or ()), Decimal(0))),
        money(sum((d.amount for d in draft.discounts or ()), Decimal(0))),
    )


def charge_rows(
    tax_lines: Sequence[TaxLineDraft], discounts: Sequence[DiscountDraft]
) -> dict[str, list[dict[str, str]]]:
    """The order's `tax_lines` and `discounts` columns as they are stored."""
    return {
        "tax_lines": [{"name": t.name.strip(), "rate": str(t.rate), "amount": str(money(t.amount))} for t in tax_lines],
        "discounts": [{"code": d.code.strip(), "amount": str(money(d.amount))} for d in discounts],
    }


def cannot_ship(
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


def money(value: Decimal) -> Decimal:
    try:
        return value.quantize(Decimal("0.01"))
    except InvalidOperation as exc:
        raise DomainError.one(ErrorCode.INVALID, "Amount out of range.", ["lines"]) from exc


Priced = list[tuple[LineDraft, Product, Decimal, Decimal]]  # (line, product, unit price, line total)


def price_lines(draft: OrderDraft, products: dict[str, Product]) -> tuple[Priced, Decimal]:
    """Each line with its product, unit price and total; and the subtotal."""
    priced: Priced = []
    for line in draft.lines:
        product = products[line.sku]
        unit_price = money(line.unit_price if line.unit_price is not None else product.price)
        priced.append((line, product, unit_price, money(unit_price * line.quantity)))
    return priced, money(sum((total for *_, total in priced), Decimal("0")))
