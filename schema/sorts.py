"""`sortBy` for the lists that list more than a handful: for each, an enum of the columns it
may be sorted by and a `<Type>Sort` input (field and direction, like OrderSort). Every field
is a non-null column with a key in services.pagination.SORT_KEYS, so keyset cursors stay
exact: ties are broken by id in the same direction. The defaults are what each list did
before it took sortBy."""

from __future__ import annotations

from enum import Enum
from typing import Any, Protocol

import strawberry

from schema.common import SortDirection, describe_values
from schema.domains import CHOICE, Spec

ID_ORDER = "Creation order (the id)."
CREATED = "When it was created."
UPDATED = "When it last changed."
STATUS = "Its status (alphabetically)."


class Sorting(Protocol):
    @property
    def field(self) -> Enum: ...

    @property
    def direction(self) -> SortDirection: ...


def sort_args(sort: Sorting) -> dict[str, Any]:
    """page_of's `sort` and `descending` for a sortBy input."""
    return {"sort": sort.field.value, "descending": sort.direction is SortDirection.DESC}


def _direction(default: SortDirection) -> Any:
    return strawberry.field(default=default, description=f"Ascending or descending (default: {default.value}).")


@strawberry.enum(description="What products are sorted by.")
class ProductSortField(Enum):
    ID = "id"
    SKU = "sku"
    NAME = "name"
    CREATED_AT = "created_at"


describe_values(ProductSortField, ID=ID_ORDER, SKU="The SKU.", NAME="The name.", CREATED_AT=CREATED)


@strawberry.input(description="The order in which products are listed (default: oldest first).")
class ProductSort:
    field: ProductSortField = strawberry.field(default=ProductSortField.ID, description="What to sort by.")
    direction: SortDirection = _direction(SortDirection.ASC)


@strawberry.enum(description="What shipments are sorted by.")
class ShipmentSortField(Enum):
    ID = "id"
    STATUS = "status"
    PACKED_AT = "packed_at"


describe_values(ShipmentSortField, ID=ID_ORDER, STATUS=STATUS, PACKED_AT="When it was packed.")


@strawberry.input(description="The order in which shipments are listed (default: newest first).")
class ShipmentSort:
    field: ShipmentSortField = strawberry.field(default=ShipmentSortField.ID, description="What to sort by.")
    direction: SortDirection = _direction(SortDirection.DESC)


@strawberry.enum(description="What purchase orders are sorted by.")
class PurchaseOrderSortField(Enum):
    ID = "id"
    STATUS = "status"
    CREATED_AT = "created_at"
    UPDATED_AT = "updated_at"


describe_values(PurchaseOrderSortField, ID=ID_ORDER, STATUS=STATUS, CREATED_AT=CREATED, UPDATED_AT=UPDATED)


@strawberry.input(description="The order in which purchase orders are listed (default: newest first).")
class PurchaseOrderSort:
    field: PurchaseOrderSortField = strawberry.field(default=PurchaseOrderSortField.ID, description="What to sort by.")
    direction: SortDirection = _direction(SortDirection.DESC)


@strawberry.enum(description="What return requests are sorted by.")
class ReturnRequestSortField(Enum):
    ID = "id"
    STATUS = "status"
    CREATED_AT = "created_at"
    UPDATED_AT = "updated_at"


describe_values(ReturnRequestSortField, ID=ID_ORDER, STATUS=STATUS, CREATED_AT=CREATED, UPDATED_AT=UPDATED)


@strawberry.input(description="The order in which return requests are listed (default: newest first).")
class ReturnRequestSort:
    field: ReturnRequestSortField = strawberry.field(default=ReturnRequestSortField.ID, description="What to sort by.")
    direction: SortDirection = _direction(SortDirection.DESC)


@strawberry.enum(description="What customers are sorted by.")
class CustomerSortField(Enum):
    ID = "id"
    EMAIL = "email"
    CREATED_AT = "created_at"


describe_values(CustomerSortField, ID=ID_ORDER, EMAIL="The email address.", CREATED_AT=CREATED)


@strawberry.input(description="The order in which customers are listed (default: newest first).")
class CustomerSort:
    field: CustomerSortField = strawberry.field(default=CustomerSortField.ID, description="What to sort by.")
    direction: SortDirection = _direction(SortDirection.DESC)


@strawberry.enum(description="What stock levels are sorted by.")
class StockLevelSortField(Enum):
    ID = "id"
    ON_HAND = "on_hand"
    RESERVED = "reserved"
    UPDATED_AT = "updated_at"


describe_values(
    StockLevelSortField, ID=ID_ORDER, ON_HAND="Units on hand.", RESERVED="Units reserved.", UPDATED_AT=UPDATED
)


@strawberry.input(description="The order in which stock levels are listed (default: oldest first).")
class StockLevelSort:
    field: StockLevelSortField = strawberry.field(default=StockLevelSortField.ID, description="What to sort by.")
    direction: SortDirection = _direction(SortDirection.ASC)


@strawberry.enum(description="What stock movements are sorted by.")
class StockMovementSortField(Enum):
    ID = "id"
    CREATED_AT = "created_at"
    REASON = "reason"


describe_values(StockMovementSortField, ID=ID_ORDER, CREATED_AT="When it happened.", REASON="Why (alphabetically).")


@strawberry.input(description="The order in which stock movements are listed (default: newest first).")
class StockMovementSort:
    field: StockMovementSortField = strawberry.field(default=StockMovementSortField.ID, description="What to sort by.")
    direction: SortDirection = _direction(SortDirection.DESC)


@strawberry.enum(description="What alerts are sorted by.")
class AlertSortField(Enum):
    ID = "id"
    CREATED_AT = "created_at"
    UPDATED_AT = "updated_at"
    STATUS = "status"
    KIND = "kind"


describe_values(
    AlertSortField, ID=ID_ORDER, CREATED_AT="When it was raised.", UPDATED_AT=UPDATED, STATUS=STATUS, KIND="Its kind."
)


@strawberry.input(description="The order in which alerts are listed (default: newest first).")
class AlertSort:
    field: AlertSortField = strawberry.field(default=AlertSortField.ID, description="What to sort by.")
    direction: SortDirection = _direction(SortDirection.DESC)


@strawberry.enum(description="What audit events are sorted by.")
class AuditEventSortField(Enum):
    ID = "id"
    CREATED_AT = "created_at"
    OPERATION = "operation"
    ACTOR = "actor"


describe_values(
    AuditEventSortField, ID=ID_ORDER, CREATED_AT="When it happened.", OPERATION="The operation.", ACTOR="Who did it."
)


@strawberry.input(description="The order in which audit events are listed (default: newest first).")
class AuditEventSort:
    field: AuditEventSortField = strawberry.field(default=AuditEventSortField.ID, description="What to sort by.")
    direction: SortDirection = _direction(SortDirection.DESC)


@strawberry.enum(description="What pick tasks are sorted by.")
class PickTaskSortField(Enum):
    ID = "id"
    STATUS = "status"
    PRIORITY = "priority"
    CREATED_AT = "created_at"
    UPDATED_AT = "updated_at"


describe_values(
    PickTaskSortField, ID=ID_ORDER, STATUS=STATUS, PRIORITY="Its priority.", CREATED_AT=CREATED, UPDATED_AT=UPDATED
)


@strawberry.input(description="The order in which pick tasks are listed (default: newest first).")
class PickTaskSort:
    field: PickTaskSortField = strawberry.field(default=PickTaskSortField.ID, description="What to sort by.")
    direction: SortDirection = _direction(SortDirection.DESC)


# Where these inputs land (merged into schema.input_domains.INPUTS): both fields are enums.
SORT_INPUTS: dict[type, dict[str, Spec]] = {
    sort: {"field": CHOICE, "direction": CHOICE}
    for sort in (
        ProductSort,
        ShipmentSort,
        PurchaseOrderSort,
        ReturnRequestSort,
        CustomerSort,
        StockLevelSort,
        StockMovementSort,
        AlertSort,
        AuditEventSort,
        PickTaskSort,
    )
}
