"""Tokens and the caller's own identity."""

from __future__ import annotations

from datetime import datetime

import strawberry

from models import access as m
from schema.common import Node, UserError, describe_values, to_global_id

Role = m.Role
strawberry.enum(
    Role,
    name="Role",
    description="What a token may do. ADMIN and OPS see everything their role allows; the other roles are scoped (a token's `scope`) to their own rows.",
)
describe_values(
    Role,
    ADMIN="Everything, including tokens and configuration.",
    OPS="Operations staff: orders, stock, supply, all warehouses.",
    WAREHOUSE="Warehouse staff: picking, packing and stock of their warehouse (scope: warehouse code).",
    CUSTOMER="A customer: their own orders (scope: their email).",
    SUPPLIER="A supplier: their drop-ship requests and purchase orders (scope: supplier code).",
    CARRIER="A carrier: tracking events of their shipments (scope: carrier code).",
    CHANNEL="A sales channel: creates and reads its own orders (scope: channel code).",
)


@strawberry.type(description="Who the current token is.")
class Viewer:
    role: Role = strawberry.field(description="The token's role.")
    scope: str | None = strawberry.field(description="The token's scope (null for ADMIN and OPS).")


@strawberry.type(
    description="A bearer token for the API: who holds it (role, scope) and until when. The secret is shown once, at creation."
)
class ApiToken(Node):
    name: str = strawberry.field(description="A label for the token (who or what uses it).")
    prefix: str = strawberry.field(description="The token's first characters, to tell tokens apart.")
    role: Role = strawberry.field(description="What the token may do.")
    scope: str | None = strawberry.field(
        description="Whose rows a scoped role sees: a warehouse, supplier, carrier or channel code, or a customer email."
    )
    created_at: datetime = strawberry.field(description="When it was created.")
    expires_at: datetime | None = strawberry.field(description="When the token stops working (null: never).")
    revoked_at: datetime | None = strawberry.field(description="When the token was revoked (null: it was not).")

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


@strawberry.input(description="What `apiTokenCreate` is asked to do.")
class ApiTokenCreateInput:
    role: Role = strawberry.field(description="What the token may do.")
    scope: str | None = strawberry.field(
        default=None, description="Warehouse, supplier, carrier or channel code, or customer email (scoped roles)."
    )
    name: str | None = strawberry.field(default=None, description="A label for the token.")
    expires_at: datetime | None = strawberry.field(
        default=None, description="When the token stops working (null: never)."
    )


@strawberry.input(description="What `apiTokenRevoke` is asked to do.")
class ApiTokenRevokeInput:
    id: strawberry.ID = strawberry.field(description="The token's global id.")


@strawberry.type(description="What `apiTokenCreate` did: the result, or userErrors saying why not.")
class ApiTokenCreatePayload:
    api_token: ApiToken | None = strawberry.field(
        default=None, description="The new token (null when userErrors say why not)."
    )
    secret: str | None = strawberry.field(default=None, description="The token itself; shown only here, once.")
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )


@strawberry.type(description="What `apiTokenRevoke` did: the result, or userErrors saying why not.")
class ApiTokenRevokePayload:
    api_token: ApiToken | None = strawberry.field(
        default=None, description="The api token as it is now (null when userErrors say why not)."
    )
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation did not do what was asked; empty when it did."
    )
