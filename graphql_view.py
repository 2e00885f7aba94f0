"""The /graphql endpoint: strawberry's ASGI view with our auth and GraphQL-over-HTTP media types.

GraphQL over HTTP (https://graphql.github.io/graphql-over-http/draft/) defines two response
media types, and the one the client accepts decides how failures are reported:

* ``application/json`` (the legacy type; also for a missing Accept header, ``*/*`` or an Accept
  header naming nothing we serve): every GraphQL response is HTTP 200, exactly as before.
* ``application/graphql-response+json`` (when the client names it and does not prefer
  ``application/json``): a request that fails before execution (syntax or validation error,
  variable coercion failure) has no ``data`` entry and is answered with HTTP 400; a response
  with ``data`` (even ``null`` or with field errors, such as UNAUTHENTICATED) stays HTTP 200.

Independently of the media type, a mutation sent with GET is refused with 405 and
``Allow: POST``, an unknown bearer token with 401 and ``WWW-Authenticate: Bearer``, and a
THROTTLED answer (over the query-cost budget or a rate limit) with 429 and ``Retry-After``.

A request that is not well-formed (a body that is not a UTF-8 JSON object, JSON nested deeper
than any input needs, `variables`/`extensions` that are not maps, a subscription, which only the
WebSocket carries) is refused with 400 before anything runs. Every refusal made before a GraphQL
response exists is still a GraphQL-shaped JSON body in the negotiated media type, with
``extensions.code`` (`HTTPError.code`): ``{"errors": [{"message": ..., "extensions": {"code": ...}}]}``.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from datetime import timedelta
from typing import Any

from cross_web import AsyncHTTPRequestAdapter, HTTPException
from graphql import OperationType as GraphQLOperationType
from starlette import status
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.http import GraphQLHTTPResponse, GraphQLRequestData
from strawberry.schema.exceptions import InvalidOperationTypeError
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.types import ExecutionResult
from strawberry.types.execution import PreExecutionError
from strawberry.types.graphql import OperationType
from strawberry.types.unset import UnsetType

import metrics
import request_log
from graphql_compiled import CompiledPath
from graphql_http import (
    APPLICATION_JSON,
    GRAPHQL_RESPONSE_JSON,
    HTTPError,
    SubResponse,
    answer_body,
    bearer,
    capped,
    decode_request_json,
    encode_response_json,
    error_response,
    failed_before_execution,
    operation_of,
    response_media_type,
    throttled_retry_after,
    unavailable_error,
    with_sub_response,
)
from graphql_ws import SLOTS_SCOPE_KEY, TOO_MANY_CONNECTIONS, TimedTransportWSHandler, TooManyConnections
from ide import graphiql_html
from persisted import (
    LocalRegistered,
    PersistedOperations,
    PersistedQueryError,
    RedisRegistered,
    Registered,
    load_manifest,
)
from resolvers.context import Context
from resolvers.loaders import EventReads
from schema.root import build_schema
from services import db
from services.access import Principal, TokenCache, authenticate, operator_name
from services.throttle import Limits
from settings import Settings
from subscriptions.bus import EventBus

# Set in a request's scope when the compiled lane tried the compiled path and it did not answer.
COMPILED_TRIED = "oms.compiled_tried"


class OmsGraphQL(GraphQL[Context, None]):
    graphql_transport_ws_handler_class = TimedTransportWSHandler

    def __init__(self, *, settings: Settings, bus: EventBus, limits: Limits) -> None:
        schema = build_schema(settings)
        super().__init__(
            schema,
            graphql_ide=None if settings.production else "graphiql",
            # graphql-transport-ws only: the legacy graphql-ws (subscriptions-transport-ws)
            # protocol has no connection-init timeout. Keep-alive is the server's WebSocket
            # pings (Settings.ws_ping_interval_seconds), which every client answers.
            subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
            connection_init_wait_timeout=timedelta(seconds=settings.ws_init_timeout_seconds),
            max_subscriptions_per_connection=settings.max_subscriptions_per_connection,
        )
        self.settings = settings
        self.bus = bus
        self.limits = limits
        self.tokens = TokenCache(settings.token_cache_seconds)
        bus.watch(self.tokens.observe)
        self.event_reads = EventReads()
        self.compiled = CompiledPath(schema._schema, settings)
        bus.watch(self.event_reads.observe)
        registered: Registered = (
            LocalRegistered()
            if limits.redis is None
            else RedisRegistered(limits.redis, prefix=f"{settings.namespace}:apq:")
        )
        self.persisted = PersistedOperations(
            manifest=load_manifest(settings.persisted_documents) if settings.persisted_documents else {},
            registered=registered,
            only=settings.persisted_only,
        )

    # -- authentication -----------------------------------------------------------------

    async def _principal(self, header: str | None, *, cached: bool = True) -> Principal | None:
        token = bearer(header)
        if token is None:
            return None
        cache = self.tokens if cached else None
        try:
            principal = await authenticate(token, secret=self.settings.secret_key, cache=cache) if token else None
        except Exception as exc:
            if db.unavailable(exc):
                raise unavailable_error() from exc
            raise
        if principal is None:
            raise HTTPError(
                status.HTTP_401_UNAUTHORIZED,
                "Invalid or expired token.",
                {"WWW-Authenticate": 'Bearer error="invalid_token"'},
            )
        return principal

    async def get_context(self, request: Request | WebSocket, response: Any) -> Context:  # type: ignore[override]
        principal = None
        if request.scope["type"] == "http":
            principal = await self._principal(request.headers.get("authorization"))
            request_log.note(principal=principal.token_id if principal is not None else None)
            operator = operator_name(request.headers.get("x-operator"))
            if principal is not None and operator is not None:  # the picker signed in on a shared device
                principal = dataclasses.replace(principal, operator=operator)
        return Context(
            request=request,
            response=response,
            settings=self.settings,
            bus=self.bus,
            limits=self.limits,
            principal=principal,
            event_reads=self.event_reads,
        )

    async def on_ws_connect(self, context: Context) -> UnsetType | dict[str, object] | None:  # type: ignore[override]
        params = context.connection_params or {}
        header = params.get("Authorization") or params.get("authorization")
        try:
            # Looked up afresh: once per long-lived connection, and a connection that cannot
            # reach the database is told to come back later (1013) before it streams.
            context.principal = await self._principal(header if isinstance(header, str) else None, cached=False)
        except HTTPException as exc:
            if exc.status_code == status.HTTP_503_SERVICE_UNAVAILABLE:
                raise  # TimedTransportWSHandler closes with 1013: try again later
            raise ConnectionRejectionError() from exc
        principal = context.principal
        if principal is not None and principal.token_id is not None:
            held: contextlib.AsyncExitStack = context.request.scope[SLOTS_SCOPE_KEY]
            if not await held.enter_async_context(self.limits.ws_per_token.hold(str(principal.token_id))):
                raise TooManyConnections("Too many open connections with this token.")
        return await super().on_ws_connect(context)

    async def _serve_websocket(self, scope: Scope, receive: Receive, send: Send) -> None:
        """strawberry's WebSocket handling, while this socket holds a slot of its address
        (and, once it has initialised with a token, of its token: on_ws_connect); with none
        left, the socket is accepted only to be closed with 4429 and the reason."""
        socket = WebSocket(scope, receive=receive, send=send)
        address = socket.client.host if socket.client is not None else "unknown"
        async with contextlib.AsyncExitStack() as held:
            if not await held.enter_async_context(self.limits.ws_per_address.hold(address)):
                protocols = scope.get("subprotocols") or []
                await socket.accept(
                    GRAPHQL_TRANSPORT_WS_PROTOCOL if GRAPHQL_TRANSPORT_WS_PROTOCOL in protocols else None
                )
                await socket.close(code=TOO_MANY_CONNECTIONS, reason="Too many open connections from this address.")
                return
            await super().__call__({**scope, SLOTS_SCOPE_KEY: held}, receive, send)

    # -- HTTP: errors before any GraphQL response -----------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":
            await self._serve_websocket(scope, receive, send)
            return
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        limit = self.settings.max_body_bytes
        declared = Headers(scope=scope).get("content-length")
        try:
            if declared is not None and declared.isdigit() and int(declared) > limit:
                raise HTTPError(status.HTTP_413_CONTENT_TOO_LARGE, f"Request body over {limit} bytes.", {})
            async with asyncio.timeout(self.settings.request_timeout_seconds):
                request = Request(scope, capped(receive, limit))
                response = await self._compiled_lane(request)
                if response is None:
                    response = await self.run(request)
        except HTTPException as exc:
            response = error_response(exc, Headers(scope=scope).get("accept"))
        except TimeoutError:
            timeout = HTTPError(status.HTTP_503_SERVICE_UNAVAILABLE, "The request took too long.", code="TIMEOUT")
            response = error_response(timeout, Headers(scope=scope).get("accept"))
        await response(scope, receive, send)

    async def _compiled_lane(self, request: Request) -> Response | None:
        """A plain JSON POST of a query the compiled path knows, answered without strawberry's
        request handling (its adapters, body parsing and dispatch: ~10% of an `order(id)`
        request's CPU), through the same steps as `run` takes for it: get_sub_response,
        get_context (authentication), the compiled answer, process_result, create_response.
        None for anything else, and when the compiled path does not answer (a bail, a
        refusal): `run` then serves the request from the start (the body is kept)."""
        headers = request.headers
        if (
            request.method != "POST"
            or headers.get("content-type", "").partition(";")[0].strip().lower() != APPLICATION_JSON
            or self.persisted.only
        ):
            return None
        accept = headers.get("accept", "")
        if "multipart" in accept or "event-stream" in accept:  # incremental delivery, SSE: strawberry's
            return None
        try:
            data = decode_request_json(await request.body())
        except HTTPException:
            return None  # refused by `run` the same way
        if not isinstance(data, dict) or not data.keys() <= {"query", "variables", "operationName"}:
            return None
        query, operation_name, variables = data.get("query"), data.get("operationName"), data.get("variables")
        if (
            not isinstance(query, str)
            or not isinstance(operation_name, str | None)
            or not isinstance(variables, dict | None)
            or not self.compiled.serves(query, operation_name)
        ):
            return None
        sub_response = _sub_response(request)
        context = await self.get_context(request, sub_response)
        operation = operation_of(query, operation_name)
        if operation is not None:
            request_log.note(operation_type=operation[0].value, operation=operation[1])
        try:
            answer = await self.compiled.answer(query, operation_name, variables, context)
        finally:
            context.loaders.release()
        if answer is None:
            request.scope[COMPILED_TRIED] = True  # `run` goes to graphql-core directly
            return None
        return self.create_response(answer_body(answer), sub_response)  # process_result's, for an answer

    def decode_json(self, data: str | bytes) -> object:
        return decode_request_json(data)

    def encode_json(self, data: object) -> bytes:
        return encode_response_json(data)

    async def render_graphql_ide(self, request: Request) -> Response:
        # strawberry's page loads React and GraphiQL from a CDN; ours from this server.
        return HTMLResponse(graphiql_html(request.scope.get("root_path", "")))

    def should_render_graphql_ide(self, request: Any) -> bool:
        # A GET that names a persisted query has no `query` either: it is an API call.
        return "extensions" not in request.query_params and super().should_render_graphql_ide(request)

    async def parse_http_body(self, request: AsyncHTTPRequestAdapter) -> GraphQLRequestData | list[GraphQLRequestData]:
        parsed = await super().parse_http_body(request)
        for request_data in parsed if isinstance(parsed, list) else [parsed]:
            try:
                query = await self.persisted.document(request_data.query, request_data.extensions)
            except PersistedQueryError as exc:
                raise HTTPError(exc.status, exc.message, code=exc.code) from exc
            request_data.query = query if isinstance(query, str) else None
        return parsed

    async def execute_single(
        self,
        request: Request,
        request_adapter: AsyncHTTPRequestAdapter,
        sub_response: Response,
        context: Context,
        root_value: None,
        request_data: GraphQLRequestData,
    ) -> ExecutionResult:
        if request_data.operation_name is not None and not isinstance(request_data.operation_name, str):
            raise HTTPError(status.HTTP_400_BAD_REQUEST, "`operationName` must be a string or null, if provided.")
        operation = operation_of(request_data.query, request_data.operation_name) if request_data.query else None
        if operation is not None:
            request_log.note(operation_type=operation[0].value, operation=operation[1])
        if operation is not None and operation[0] is GraphQLOperationType.SUBSCRIPTION:
            raise HTTPError(
                status.HTTP_400_BAD_REQUEST,
                "Subscriptions are served over WebSocket (graphql-transport-ws) on this path, not over HTTP.",
            )
        try:
            is_query = operation is not None and operation[0] is GraphQLOperationType.QUERY
            if is_query and not request.scope.get(COMPILED_TRIED):
                answer = await self.compiled.answer(
                    request_data.query, request_data.operation_name, request_data.variables, context
                )
                if answer is not None:
                    await self.persisted.register(request_data.query, request_data.extensions)
                    return answer
            try:
                result = await super().execute_single(
                    request=request,
                    request_adapter=request_adapter,
                    sub_response=sub_response,
                    context=context,
                    root_value=root_value,
                    request_data=request_data,
                )
            except HTTPException as exc:
                cause = exc.__cause__
                if (
                    request_adapter.method == "GET"
                    and isinstance(cause, InvalidOperationTypeError)
                    and cause.operation_type is OperationType.MUTATION
                ):
                    # GraphQL over HTTP: a mutation over GET is 405, and HTTP wants the Allow header.
                    raise HTTPError(status.HTTP_405_METHOD_NOT_ALLOWED, exc.reason, {"Allow": "POST"}) from cause
                raise
            if not isinstance(result, PreExecutionError):
                # It parsed and validated: a document sent with its APQ hash now runs by the hash.
                await self.persisted.register(request_data.query, request_data.extensions)
                if is_query:

                    async def generic(fresh: Context) -> ExecutionResult:
                        return await self.schema.execute(
                            request_data.query,
                            variable_values=request_data.variables,
                            context_value=fresh,
                            operation_name=request_data.operation_name,
                        )

                    await self.compiled.learned(
                        request_data.query,
                        request_data.operation_name,
                        request_data.variables,
                        context,
                        result,
                        generic,
                    )
            return result
        finally:
            # graphql-core's executor holds the context in a cycle (Loaders.release): what the
            # request loaded is freed now, not when the cycle collector runs.
            context.loaders.release()

    # -- HTTP: GraphQL responses ----------------------------------------------------------

    async def get_sub_response(self, request: Request | WebSocket) -> Response:
        return _sub_response(request)

    async def process_result(self, request: Request, result: ExecutionResult) -> GraphQLHTTPResponse:
        if type(result) is ExecutionResult and not result.errors:  # every compiled answer
            return answer_body(result)
        # Every error a client caused has a code by now (schema.root.OmsSchema.process_errors);
        # a masked fault ("Unexpected error.") has none and is counted as UNCODED.
        metrics.count_errors(str((error.extensions or {}).get("code") or "UNCODED") for error in result.errors or [])
        if any((error.extensions or {}).get("code") == "SERVICE_UNAVAILABLE" for error in result.errors or []):
            # The database is away: the request as a whole is to be retried (503, no partial data).
            raise unavailable_error()
        response = await super().process_result(request, result)
        if response_media_type(request.headers.get("accept")) == GRAPHQL_RESPONSE_JSON and failed_before_execution(
            result
        ):
            # The request failed before execution: no `data` entry (and so a 4xx, below).
            response.pop("data", None)
        return response

    def create_response(
        self, response_data: GraphQLHTTPResponse | list[GraphQLHTTPResponse], sub_response: Response
    ) -> Response:
        media_type = sub_response.media_type or APPLICATION_JSON
        status_code = status.HTTP_200_OK
        if media_type == GRAPHQL_RESPONSE_JSON and isinstance(response_data, dict) and "data" not in response_data:
            status_code = status.HTTP_400_BAD_REQUEST
        response = with_sub_response(self.encode_json(response_data), status_code, media_type, sub_response)
        retry_after = throttled_retry_after(response_data)
        if retry_after is not None:
            # Over budget: 429 and when to come back, whatever the Accept header (API.md).
            response.status_code = status.HTTP_429_TOO_MANY_REQUESTS
            response.headers["Retry-After"] = str(retry_after)
        return response


def _sub_response(request: Request | WebSocket) -> SubResponse:
    """get_sub_response's (called directly by the compiled lane: no coroutine): the negotiated
    media type rides on the per-request sub-response until create_response."""
    return SubResponse(response_media_type(request.headers.get("accept")))
