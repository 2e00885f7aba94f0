"""Tokens and the caller's own identity."""

from __future__ import annotations

from datetime import datetime

import strawberry

from models import access as m
from schema.common import Node, UserError, to_global_id

Role = m.Role
strawberry.enum(Role, name="Role")


@strawberry.type(description="Who the current token is.")
class Viewer:
    role: Role
    scope: str | None


@strawberry.type
class ApiToken(Node):
    name: str
    prefix: str = strawberry.field(description="The token's first characters, to tell tokens apart.")
    role: Role
    scope: str | None
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None

    @classmethod
    def from_model(cls, row: m.ApiToken) -> ApiToken:
        return cls(
            id=to_global_id("ApiToken", row.id),
            name=row.name,
            prefix=row.prefix,
            role=m.Role(row.role),
            scope=row.scope,
            created_at=row.created_at,
            expires_at=row.expires_at,
            revoked_at=row.revoked_at,
        )


@strawberry.input
class ApiTokenCreateInput:
    role: Role
    scope: str | None = strawberry.field(
        default=None, description="Warehouse, supplier, carrier or channel code, or customer email (scoped roles)."
    )
    name: str | None = None
    expires_at: datetime | None = None


@strawberry.input
class ApiTokenRevokeInput:
    id: strawberry.ID


@strawberry.type
class ApiTokenCreatePayload:
    api_token: ApiToken | None = None
    secret: str | None = strawberry.field(default=None, description="The token itself; shown only here, once.")
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ApiTokenRevokePayload:
    api_token: ApiToken | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)
