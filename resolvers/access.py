"""Tokens and the caller's own identity: the root fields."""

from __future__ import annotations

import strawberry

from resolvers.context import Info, principal_of
from schema.access import (
    ApiToken,
    ApiTokenCreateInput,
    ApiTokenCreatePayload,
    ApiTokenRevokeInput,
    ApiTokenRevokePayload,
    Role,
    Viewer,
)
from schema.common import decode_pk, given
from services import access as svc


@strawberry.type
class Query:
    @strawberry.field(description="The role and scope of the calling token.")
    def viewer(self, info: Info) -> Viewer:
        principal = principal_of(info)
        return Viewer(role=principal.role, scope=principal.scope)

    @strawberry.field
    async def api_tokens(self, info: Info) -> list[ApiToken]:
        return [ApiToken.from_model(row) for row in await svc.list_tokens(principal_of(info))]


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def api_token_create(self, info: Info, input: ApiTokenCreateInput) -> ApiTokenCreatePayload:
        row, secret = await svc.create_token(
            role=Role(input.role),
            scope=input.scope,
            secret=info.context.settings.secret_key,
            **given(name=input.name, expires_at=input.expires_at),
        )
        return ApiTokenCreatePayload(api_token=ApiToken.from_model(row), secret=secret)

    @strawberry.mutation
    async def api_token_revoke(self, info: Info, input: ApiTokenRevokeInput) -> ApiTokenRevokePayload:
        row = await svc.revoke_token(token_id=decode_pk(input.id, "ApiToken", field="id"))
        return ApiTokenRevokePayload(api_token=ApiToken.from_model(row))
