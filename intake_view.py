"""`POST /intake/{channel}`: a sales channel pushes a signed order (services/intake.py).

The order goes through the very `orderCreate` mutation GraphQL callers use, executed on the
same schema as the channel itself (a CHANNEL principal scoped to the path's channel): the
same input domains, validation, idempotency, allocation and events. This module only turns
HTTP into that call and its answer back into HTTP:

- 401 UNAUTHENTICATED: no such channel, no intake secret, or a bad or stale signature
  (the three are answered alike); nothing is read past the signature.
- 413 when the body is over OMS_MAX_BODY_BYTES; 415 for a format we do not take.
- 422 with `{"errors": [{"field", "code", "message"}]}`, fields named as the channel's format
  names them (`line_items[2].sku`), for a body that is not a valid order: nothing written.
- 201 with `{"order": {id, number, status}}`; 200 with the same for a repeat of an order
  already taken (idempotent on the order's external id).
- 503 + Retry-After SERVICE_UNAVAILABLE when the database is away.
"""

from __future__ import annotations

import json
import re
from typing import Any

from graphql import GraphQLError
from starlette import status
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from strawberry.schema.base import BaseSchema

from graphql_view import RETRY_AFTER_SECONDS
from models.access import Role
from resolvers.context import Context
from services import intake
from services.access import Principal
from services.throttle import Limits
from settings import Settings
from subscriptions.bus import EventBus

ORDER_CREATE = """
mutation Intake($input: OrderCreateInput!) {
  orderCreate(input: $input) {
    replayed
    order { id number status }
    userErrors { field code message }
  }
}
"""
# graphql-core names the failing part of a variable, as "has invalid value at .lines[0].quantity:"
# or "got invalid value ... at 'input.lines[0].quantity';".
_AT = re.compile(r"""invalid value.*? at ['"]?(?:input)?([.\[][^'":;\s]*)""")


def _error(status_code: int, code: str, message: str, headers: dict[str, str] | None = None) -> Response:
    return JSONResponse({"errors": [{"message": message, "code": code}]}, status_code=status_code, headers=headers)


def _invalid(problems: list[dict[str, Any]]) -> Response:
    return JSONResponse({"errors": problems}, status_code=status.HTTP_422_UNPROCESSABLE_CONTENT)


class IntakeEndpoint:
    def __init__(self, *, schema: BaseSchema, settings: Settings, bus: EventBus, limits: Limits) -> None:
        self.schema, self.settings, self.bus, self.limits = schema, settings, bus, limits

    async def handle(self, request: Request) -> Response:
        channel = request.path_params["channel"]
        body = await self._body(request)
        if body is None:
            return _error(status.HTTP_413_CONTENT_TOO_LARGE, "BAD_REQUEST", "The body is too large.")
        secrets = await intake.intake_secrets(channel)
        if secrets is None or not intake.signature_valid(secrets, request.headers.get("x-signature"), body):
            return _error(
                status.HTTP_401_UNAUTHORIZED,
                "UNAUTHENTICATED",
                "Missing, invalid or stale X-Signature for this channel.",
                {"WWW-Authenticate": 'Signature realm="intake"'},
            )
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        fmt = request.query_params.get("format") or intake.CONTENT_TYPES.get(content_type)
        if fmt not in intake.FORMATS:
            return _error(
                status.HTTP_415_UNSUPPORTED_MEDIA_TYPE,
                "BAD_REQUEST",
                f"Unknown format: use ?format= one of {', '.join(intake.FORMATS)}.",
            )
        try:
            document = json.loads(body.decode("utf-8"))
            adapted = intake.adapt(fmt, document, channel)
        except (UnicodeDecodeError, ValueError, RecursionError):
            return _invalid([{"field": "", "code": "INVALID", "message": "The body is not valid UTF-8 JSON."}])
        except intake.BadDocument as bad:
            return _invalid([{"field": f, "code": "INVALID", "message": m} for f, m in bad.problems])
        return await self._create(request, channel, adapted)

    async def _body(self, request: Request) -> bytes | None:
        limit = self.settings.max_body_bytes
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                return None
            chunks.append(chunk)
        return b"".join(chunks)

    async def _create(self, request: Request, channel: str, adapted: intake.Adapted) -> Response:
        context = Context(
            request=request,
            response=None,
            settings=self.settings,
            bus=self.bus,
            limits=self.limits,
            principal=Principal(role=Role.CHANNEL, scope=channel),
        )
        result = await self.schema.execute(
            ORDER_CREATE, variable_values={"input": adapted.input}, context_value=context, operation_name="Intake"
        )
        if result.errors:
            return self._failed(result.errors, adapted)
        assert result.data is not None
        payload = result.data["orderCreate"]
        if payload["userErrors"]:
            return _invalid(
                [
                    {"field": adapted.name_field(e["field"] or []), "code": e["code"], "message": e["message"]}
                    for e in payload["userErrors"]
                ]
            )
        code = status.HTTP_200_OK if payload["replayed"] else status.HTTP_201_CREATED
        return JSONResponse({"order": payload["order"]}, status_code=code)

    def _failed(self, errors: list[GraphQLError], adapted: intake.Adapted) -> Response:
        codes = [(e.extensions or {}).get("code") for e in errors]
        if "SERVICE_UNAVAILABLE" in codes:
            return _error(
                status.HTTP_503_SERVICE_UNAVAILABLE,
                "SERVICE_UNAVAILABLE",
                "The service is temporarily unavailable; try again shortly.",
                {"Retry-After": str(RETRY_AFTER_SECONDS)},
            )
        if "THROTTLED" in codes:
            return _error(status.HTTP_429_TOO_MANY_REQUESTS, "THROTTLED", errors[0].message, {"Retry-After": "1"})
        problems = []
        for error, code in zip(errors, codes, strict=True):
            found = _AT.search(error.message)
            if found is None and code is None:
                # Not about the input: a fault, already logged (masked in production).
                return _error(status.HTTP_500_INTERNAL_SERVER_ERROR, "INTERNAL", "Unexpected error.")
            path = re.findall(r"[^.\[\]]+", found.group(1)) if found else []
            problems.append({"field": adapted.name_field(path), "code": code or "INVALID", "message": error.message})
        return _invalid(problems)
