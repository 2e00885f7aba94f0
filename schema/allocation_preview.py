"""Allocation preview: the ways an order could be sourced, ranked, without placing it."""

from __future__ import annotations

import strawberry

from schema.catalog import AllocationStrategy, Warehouse
from schema.common import UserError


@strawberry.type(description="Units of one product a plan takes from a warehouse or a drop-ship supplier.")
class AllocationPick:
    sku: str = strawberry.field(description="The product's SKU.")
    quantity: int = strawberry.field(description="Number of units.")
    warehouse: Warehouse | None = strawberry.field(
        description="The warehouse the units come from (null when drop-shipped)."
    )
    drop_ship_supplier: str | None = strawberry.field(description="Supplier code for drop-shipped lines.")


@strawberry.type(description="Units of one product a plan cannot source.")
class UnfilledLine:
    sku: str = strawberry.field(description="The product's SKU.")
    quantity: int = strawberry.field(description="Units that cannot be sourced.")


@strawberry.type(description="One way to source an order, with why it ranks where it does.")
class AllocationPlan:
    rank: int = strawberry.field(description="1 for the plan that would be chosen, then in order of preference.")
    allocation_strategy: AllocationStrategy = strawberry.field(description="The allocation strategy this plan follows.")
    allow_split: bool = strawberry.field(description="Whether this plan may split the order over several warehouses.")
    chosen: bool = strawberry.field(description="What orderCreate would do now under the channel's rules.")
    complete: bool = strawberry.field(description="Whether the plan sources every unit.")
    shipments: int = strawberry.field(description="How many shipments the plan makes.")
    distance_km: float | None = strawberry.field(description="Farthest warehouse used, when coordinates are known.")
    picks: list[AllocationPick] = strawberry.field(description="What the plan takes from where.")
    unfilled: list[UnfilledLine] = strawberry.field(description="What the plan cannot source.")
    reason: str = strawberry.field(description="Why the plan is ranked where it is.")

    @strawberry.field(
        description="The allocation strategy this plan follows, as a string.",
        deprecation_reason="Use `allocationStrategy` (the same value, as an enum). Removed in the next release.",
    )
    def strategy(self) -> str:
        return self.allocation_strategy.value


@strawberry.type(description="What allocating an order would do, without doing it.")
class AllocationPreviewPayload:
    plans: list[AllocationPlan] = strawberry.field(
        default_factory=list, description="The chosen plan first (rank 1), then the alternatives, best first."
    )
    would_reject: bool = strawberry.field(
        default=False, description="orderCreate would refuse this order now (a REJECT channel that cannot ship it all)."
    )
    rejection: list[UserError] = strawberry.field(
        default_factory=list, description="The userErrors orderCreate would answer with, when it would reject."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the draft cannot be previewed (bad input); empty when it can."
    )
