"""Setup data: channels, warehouses, products, suppliers, carriers."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, TypeVar

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.models import Model
from tortoise.queryset import QuerySet

from models.access import Role
from models.catalog import AllocationStrategy, BackorderPolicy, Carrier, Channel, Product, Supplier, Warehouse
from models.inventory import ChannelWarehouse
from services.access import Principal
from services.errors import DomainError, ErrorCode, Problem
from services.uow import unit_of_work

M = TypeVar("M", bound=Model)
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def _code_problems(value: str, field: str) -> list[Problem]:
    if not _CODE.match(value):
        return [Problem(ErrorCode.INVALID, f"{field} must be 1-64 letters, digits, '_', '.' or '-'.", (field,))]
    return []


def _name_problems(value: str) -> list[Problem]:
    if not value.strip() or len(value) > 200:
        return [Problem(ErrorCode.REQUIRED, "name must be 1-200 characters.", ("name",))]
    return []


async def _create_unique(model: type[M], unique_field: str, **values: Any) -> M:
    if await model.exists(**{unique_field: values[unique_field]}):
        raise DomainError.one(
            ErrorCode.DUPLICATE, f"{unique_field} {values[unique_field]!r} already exists.", [unique_field]
        )
    try:
        return await model.create(**values)
    except IntegrityError as exc:  # lost a race with an identical create
        raise DomainError.one(
            ErrorCode.DUPLICATE, f"{unique_field} {values[unique_field]!r} already exists.", [unique_field]
        ) from exc


MAX_SHIP_BY_HOURS = 24 * 90  # a channel's ship-by SLA: at most a quarter


async def create_channel(
    *,
    code: str,
    name: str,
    allocation_strategy: AllocationStrategy = AllocationStrategy.PRIORITY,
    allow_split: bool = True,
    backorder_policy: BackorderPolicy = BackorderPolicy.BACKORDER,
    intake_secret: str | None = None,
    warehouse_codes: list[str] | None = None,
    respect_safety_stock: bool = False,
    customer_cancel_allowed: bool = True,
    customer_address_change_allowed: bool = True,
    ship_by_hours: int = 48,
) -> Channel:
    problems = _code_problems(code, "code") + _name_problems(name)
    if not 1 <= ship_by_hours <= MAX_SHIP_BY_HOURS:
        problems.append(
            Problem(ErrorCode.INVALID, f"shipByHours must be between 1 and {MAX_SHIP_BY_HOURS}.", ("shipByHours",))
        )
    if intake_secret is not None and len(intake_secret) < 16:
        problems.append(Problem(ErrorCode.INVALID, "intakeSecret must be at least 16 characters.", ("intakeSecret",)))
    codes = sorted(set(warehouse_codes or []))
    warehouses = await Warehouse.filter(code__in=codes) if codes else []
    missing = sorted(set(codes) - {w.code for w in warehouses})
    if missing:
        problems.append(Problem(ErrorCode.NOT_FOUND, f"Unknown warehouse(s): {', '.join(missing)}.", ("warehouses",)))
    if problems:
        raise DomainError(problems)
    async with unit_of_work():
        channel = await _create_unique(
            Channel,
            "code",
            code=code,
            name=name,
            allocation_strategy=allocation_strategy,
            allow_split=allow_split,
            backorder_policy=backorder_policy,
            intake_secret=intake_secret,
            respect_safety_stock=respect_safety_stock,
            customer_cancel_allowed=customer_cancel_allowed,
            customer_address_change_allowed=customer_address_change_allowed,
            ship_by_hours=ship_by_hours,
        )
        await ChannelWarehouse.bulk_create(
            [ChannelWarehouse(channel_id=channel.id, warehouse_id=w.id) for w in warehouses]
        )
    return channel


async def create_warehouse(
    *,
    code: str,
    name: str,
    country: str,
    region: str | None = None,
    latitude: float | None = None,
    longitude: float | None = None,
    priority: int = 100,
) -> Warehouse:
    problems = _code_problems(code, "code") + _name_problems(name)
    if not re.match(r"^[A-Za-z]{2}$", country):
        problems.append(Problem(ErrorCode.INVALID, "country must be a 2-letter ISO code.", ("country",)))
    if latitude is not None and not -90 <= latitude <= 90:
        problems.append(Problem(ErrorCode.INVALID, "latitude must be within -90..90.", ("latitude",)))
    if longitude is not None and not -180 <= longitude <= 180:
        problems.append(Problem(ErrorCode.INVALID, "longitude must be within -180..180.", ("longitude",)))
    if problems:
        raise DomainError(problems)
    return await _create_unique(
        Warehouse,
        "code",
        code=code,
        name=name,
        country=country.upper(),
        region=region,
        latitude=latitude,
        longitude=longitude,
        priority=priority,
    )


async def create_product(
    *,
    sku: str,
    name: str,
    price: Decimal,
    currency: str = "USD",
    barcode: str | None = None,
    weight_grams: int | None = None,
    dropship_supplier: str | None = None,
) -> Product:
    problems = _code_problems(sku, "sku") + _name_problems(name)
    if not price.is_finite() or price < 0 or price >= Decimal("1e12"):
        problems.append(Problem(ErrorCode.INVALID, "price must be a non-negative amount.", ("price",)))
    if not re.match(r"^[A-Z]{3}$", currency):
        problems.append(Problem(ErrorCode.INVALID, "currency must be a 3-letter ISO code.", ("currency",)))
    if weight_grams is not None and weight_grams < 0:
        problems.append(Problem(ErrorCode.INVALID, "weightGrams must not be negative.", ("weightGrams",)))
    if barcode is not None and await Product.exists(barcode=barcode):
        problems.append(Problem(ErrorCode.DUPLICATE, f"barcode {barcode!r} already exists.", ("barcode",)))
    supplier = await Supplier.get_or_none(code=dropship_supplier) if dropship_supplier else None
    if dropship_supplier and supplier is None:
        problems.append(
            Problem(ErrorCode.NOT_FOUND, f"Supplier {dropship_supplier!r} not found.", ("dropShipSupplier",))
        )
    if problems:
        raise DomainError(problems)
    return await _create_unique(
        Product,
        "sku",
        sku=sku,
        name=name,
        price=price.quantize(Decimal("0.01")),
        currency=currency,
        barcode=barcode,
        weight_grams=weight_grams,
        dropship_supplier_id=supplier.id if supplier else None,
    )


async def create_supplier(*, code: str, name: str, lead_time_days: int = 7) -> Supplier:
    problems = _code_problems(code, "code") + _name_problems(name)
    if not 0 <= lead_time_days <= 365:
        problems.append(Problem(ErrorCode.INVALID, "leadTimeDays must be within 0..365.", ("leadTimeDays",)))
    if problems:
        raise DomainError(problems)
    return await _create_unique(Supplier, "code", code=code, name=name, lead_time_days=lead_time_days)


async def create_carrier(*, code: str, name: str, webhook_url: str | None = None) -> Carrier:
    problems = _code_problems(code, "code") + _name_problems(name)
    if webhook_url is not None and not re.match(r"^https?://\S+$", webhook_url):
        problems.append(Problem(ErrorCode.INVALID, "webhookUrl must be an http(s) URL.", ("webhookUrl",)))
    if problems:
        raise DomainError(problems)
    return await _create_unique(Carrier, "code", code=code, name=name, webhook_url=webhook_url)


def may_see_availability(principal: Principal | None, channel: str) -> bool:
    """Staff and storefront customers see any channel's availability, a channel its own;
    warehouse, supplier and carrier tokens none (it sums other warehouses' stock)."""
    if principal is None or principal.is_staff or principal.role is Role.CUSTOMER:
        return True
    return principal.role is Role.CHANNEL and principal.scope == channel


def archived_or_not(query: QuerySet[M], archived: bool | None) -> QuerySet[M]:
    """The archived rows only (True), those in use (False) or both (None)."""
    return query if archived is None else query.filter(archived_at__isnull=not archived)


def search_products(
    *, skus: list[str] | None = None, search: str | None = None, archived: bool | None = False
) -> QuerySet[Product]:
    """The catalogue, filtered: by SKUs (at most 500), by a term in the SKU, name or barcode,
    and by archiving; like Shopify and Saleor, an archived product is listed only when asked
    for (it cannot be ordered, so a storefront should not show it)."""
    query = archived_or_not(Product.all(), archived)
    if skus is not None:
        query = query.filter(sku__in=skus[:500])
    if search and search.strip():
        term = search.strip()
        query = query.filter(Q(sku__icontains=term) | Q(name__icontains=term) | Q(barcode__icontains=term))
    return query


SETUP_MODELS: dict[str, type[Model]] = {
    "Channel": Channel,
    "Warehouse": Warehouse,
    "Supplier": Supplier,
    "Carrier": Carrier,
}


async def get_setup_object(principal: Principal, kind: str, pk: int) -> Model | None:
    """A channel, warehouse, supplier or carrier by id: staff only (scoped tokens know theirs by code)."""
    if not principal.is_staff:
        return None
    return await SETUP_MODELS[kind].get_or_none(id=pk)


async def get_product(pk: int) -> Product | None:
    return await Product.get_or_none(id=pk)


def may_act_in(principal: Principal, warehouse: Warehouse) -> bool:
    """Whether the caller may work in this warehouse: staff anywhere, a WAREHOUSE token in its own."""
    return principal.role is not Role.WAREHOUSE or principal.scope == warehouse.code


async def own_warehouse(principal: Principal, code: str) -> Warehouse | None:
    """The warehouse with this code if the caller may work in it; None as for an unknown one."""
    found = await Warehouse.get_or_none(code=code)
    return found if found is not None and may_act_in(principal, found) else None


def warehouse_not_found(code: str) -> Problem:
    return Problem(ErrorCode.NOT_FOUND, f"Warehouse {code!r} not found.", ("warehouse",))


async def require_own_warehouse(principal: Principal, code: str) -> Warehouse:
    """`own_warehouse`, or NOT_FOUND on the `warehouse` field."""
    found = await own_warehouse(principal, code)
    if found is None:
        raise DomainError([warehouse_not_found(code)])
    return found


async def active_warehouse(code: str, *, field: str, problems: list[Problem]) -> Warehouse | None:
    """The warehouse with this code, or None with a problem on `field` appended (NOT_FOUND;
    ARCHIVED for an archived one)."""
    found = await Warehouse.get_or_none(code=code)
    if found is None:
        problems.append(Problem(ErrorCode.NOT_FOUND, f"Warehouse {code!r} not found.", (field,)))
    elif found.archived_at is not None:
        problems.append(Problem(ErrorCode.ARCHIVED, f"Warehouse {code!r} is archived.", (field,)))
        return None
    return found


def sees_webhook_urls(principal: Principal | None) -> bool:
    """A carrier's webhook URL is configuration (it may carry a secret): staff only."""
    return principal is not None and principal.is_staff
