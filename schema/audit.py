"""The audit log: its events and their filter."""

from __future__ import annotations

from datetime import datetime
from typing import cast

import strawberry
from strawberry.scalars import JSON

from models import audit as m
from schema.common import Connection, to_global_id


@strawberry.type(description="One successful state-changing mutation: who, when, what, with which input.")
class AuditEvent:
    id: strawberry.ID = strawberry.field(description="The event's global id.")
    occurred_at: datetime = strawberry.field(description="When the mutation completed.")
    operation: str = strawberry.field(description="The mutation, e.g. stockTransferDispatch.")
    actor: str = strawberry.field(description="Who, as history records callers (role:scope#tokenN (operator)).")
    actor_role: str = strawberry.field(description="The token's role.")
    actor_token_id: strawberry.ID | None = strawberry.field(description="The token's global id (ApiToken).")
    actor_name: str | None = strawberry.field(description="The token's name.")
    operator: str | None = strawberry.field(description="The person at the device, when the request named one.")
    object_type: str | None = strawberry.field(description="The type of the object the mutation returned.")
    object_id: strawberry.ID | None = strawberry.field(description="Its global id.")
    input: JSON | None = strawberry.field(description="The input given, secrets redacted.")
    changes: JSON | None = strawberry.field(
        description=(
            "What changed, as a list of {field, from, to} (master data and configuration: the value"
            " before and after; secrets redacted); null where the mutation's effect is recorded"
            " elsewhere (order history, the stock ledger)."
        )
    )

    @classmethod
    def from_model(cls, row: m.AuditEvent) -> AuditEvent:
        return cls(
            id=to_global_id("AuditEvent", row.id),
            occurred_at=row.created_at,
            operation=row.operation,
            actor=row.actor,
            actor_role=row.actor_role,
            actor_token_id=to_global_id("ApiToken", row.actor_token_id) if row.actor_token_id is not None else None,
            actor_name=row.actor_name,
            operator=row.operator,
            object_type=row.object_type,
            object_id=strawberry.ID(row.object_id) if row.object_id is not None else None,
            input=cast(JSON, row.input),
            changes=cast(JSON, row.changes),
        )


AuditEventConnection = Connection[AuditEvent]


@strawberry.input(description="Which audit events to list.")
class AuditEventFilter:
    actor: str | None = strawberry.field(
        default=None, description="The token's name, the actor as recorded, or the operator."
    )
    object_id: strawberry.ID | None = strawberry.field(default=None, description="About this object (global id).")
    operation: str | None = strawberry.field(default=None, description="This mutation, e.g. productUpdate.")
    from_: datetime | None = strawberry.field(default=None, name="from", description="At or after this time.")
    to: datetime | None = strawberry.field(default=None, description="Before this time.")
