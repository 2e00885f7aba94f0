"""Token management and the viewer."""

from __future__ import annotations

from datetime import UTC, datetime

from models.access import ApiToken as ApiTokenRow
from models.access import Role as RoleModel
from resolvers.context import Info
from schema.access import (
    ApiToken,
    ApiTokenCreateInput,
    ApiTokenCreatePayload,
    ApiTokenRevokeInput,
    ApiTokenRevokePayload,
    Viewer,
)
from schema.common import pk_of, user_errors
from services import access as svc
from services.errors import DomainError, ErrorCode


def viewer(info: Info) -> Viewer:
    principal = info.context.principal
    assert principal is not None
    return Viewer(role=principal.role, scope=principal.scope)


async def api_tokens(info: Info) -> list[ApiToken]:
    return [ApiToken.from_model(row) for row in await ApiTokenRow.all().order_by("id")]


async def api_token_create(info: Info, data: ApiTokenCreateInput) -> ApiTokenCreatePayload:
    expires_at = data.expires_at
    if expires_at is not None and expires_at.tzinfo is None:
        expires_at = expires_at.replace(tzinfo=UTC)  # times are UTC: a time without an offset is UTC
    try:
        if expires_at is not None and expires_at <= datetime.now(UTC):
            raise DomainError.one(ErrorCode.INVALID, "expiresAt must be in the future.", ["expiresAt"])
        row, secret = await svc.create_token(
            role=RoleModel(data.role),
            scope=data.scope,
            secret=info.context.settings.secret_key,
            name=data.name or "",
            expires_at=expires_at,
        )
    except DomainError as error:
        return ApiTokenCreatePayload(user_errors=user_errors(error))
    return ApiTokenCreatePayload(api_token=ApiToken.from_model(row), secret=secret)


async def api_token_revoke(info: Info, data: ApiTokenRevokeInput) -> ApiTokenRevokePayload:
    pk = pk_of(data.id, "ApiToken")
    try:
        if pk is None:
            raise DomainError.one(ErrorCode.NOT_FOUND, "Token not found.", ["id"])
        row = await svc.revoke_token(token_id=pk)
    except DomainError as error:
        return ApiTokenRevokePayload(user_errors=user_errors(error))
    return ApiTokenRevokePayload(api_token=ApiToken.from_model(row))
