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

from typing import Any

from graphql import GraphQLError
from starlette import status
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from strawberry.schema.base import BaseSchema

from models.access import Role
from resolvers.context import Context
from resolvers.errors import RETRY_AFTER_SECONDS
from schema.input_types import type_problems
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


def _error(status_code: int, code: str, message: str, headers: dict[str, str] | None = None) -> Response:
    return JSONResponse({"errors": [{"message": message, "code": code}]}, status_code=status_code, headers=headers)


def _invalid(problems: list[dict[str, Any]], acknowledgment: str | None = None) -> Response:
    answer: dict[str, Any] = {"errors": problems}
    if acknowledgment is not None:
        answer["acknowledgment"] = acknowledgment
    return JSONResponse(answer, status_code=status.HTTP_422_UNPROCESSABLE_CONTENT)


def _listed(bad: intake.BadDocument) -> list[dict[str, Any]]:
    return [{"field": f, "code": "INVALID", "message": m} for f, m in bad.problems]


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
            batch = intake.read(fmt, body, channel)
        except intake.BadDocument as bad:
            return _invalid(_listed(bad), bad.acknowledgment)
        refused = [problem for item in batch.items if isinstance(item, intake.BadDocument) for problem in _listed(item)]
        if refused:
            return _invalid(refused, batch.acknowledgment)
        if len(batch.items) != 1:
            return _invalid(
                [
                    {
                        "field": "",
                        "code": "INVALID",
                        "message": f"One order per push; this body holds {len(batch.items)}.",
                    }
                ],
                batch.acknowledgment,
            )
        item = batch.items[0]
        assert isinstance(item, intake.Adapted)
        return await self._create(request, channel, item, batch.acknowledgment)

    async def _body(self, request: Request) -> bytes | None:
        limit = self.settings.max_body_bytes
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                return None
            chunks.append(chunk)
        return b"".join(chunks)

    async def _create(
        self, request: Request, channel: str, adapted: intake.Adapted, acknowledgment: str | None
    ) -> Response:
        context = Context(
            request=request,
            response=None,
            settings=self.settings,
            bus=self.bus,
            limits=self.limits,
            principal=Principal(role=Role.CHANNEL, scope=channel),
        )
        problems = [
            {"field": adapted.name_field(path), "code": "INVALID", "message": message}
            for path, message in type_problems(self.schema, "OrderCreateInput", adapted.input)
        ]
        if problems:
            return _invalid(problems, acknowledgment)
        result = await self.schema.execute(
            ORDER_CREATE, variable_values={"input": adapted.input}, context_value=context, operation_name="Intake"
        )
        if result.errors:
            return self._failed(result.errors)
        assert result.data is not None
        payload = result.data["orderCreate"]
        if payload["userErrors"]:
            return _invalid(
                [
                    {"field": adapted.name_field(e["field"] or []), "code": e["code"], "message": e["message"]}
                    for e in payload["userErrors"]
                ],
                acknowledgment,
            )
        code = status.HTTP_200_OK if payload["replayed"] else status.HTTP_201_CREATED
        answer: dict[str, Any] = {"order": payload["order"]}
        if acknowledgment is not None:
            answer["acknowledgment"] = acknowledgment
        return JSONResponse(answer, status_code=code)

    def _failed(self, errors: list[GraphQLError]) -> Response:
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
        if None in codes:
            # Not about the input (its types were checked before): a fault, already logged.
            return _error(status.HTTP_500_INTERNAL_SERVER_ERROR, "INTERNAL", "Unexpected error.")
        return _invalid(
            [{"field": "", "code": code, "message": e.message} for e, code in zip(errors, codes, strict=True)]
        )
