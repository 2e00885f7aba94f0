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
import functools
import json
import math
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from cross_web import AsyncHTTPRequestAdapter, HTTPException
from graphql import GraphQLError, get_operation_ast, parse
from graphql import OperationType as GraphQLOperationType
from starlette import status
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.types import Message, Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.http import GraphQLHTTPResponse, GraphQLRequestData
from strawberry.schema.exceptions import InvalidOperationTypeError
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import (
    BaseGraphQLTransportWSHandler,
    Operation,
)
from strawberry.subscriptions.protocols.graphql_transport_ws.types import ConnectionInitMessage, SubscribeMessage
from strawberry.types import ExecutionResult
from strawberry.types.execution import PreExecutionError
from strawberry.types.graphql import OperationType
from strawberry.types.unset import UnsetType

import metrics
import request_log
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
from resolvers.errors import RETRY_AFTER_SECONDS
from resolvers.loaders import EventReads, Loaders
from schema.root import build_schema
from services import db
from services.access import Principal, TokenCache, authenticate, operator_name
from services.throttle import Limits
from settings import Settings
from subscriptions.bus import EventBus

APPLICATION_JSON = "application/json"
GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
# Deeper than any input of the schema (an order's lines are 4 levels down), far below what
# would exhaust the parser's (or a recursive walker's) stack.
MAX_JSON_DEPTH = 32
# The code of a refusal made before any GraphQL response exists, by HTTP status.
HTTP_ERROR_CODES = {
    status.HTTP_400_BAD_REQUEST: "BAD_REQUEST",
    status.HTTP_401_UNAUTHORIZED: "UNAUTHENTICATED",
    status.HTTP_403_FORBIDDEN: "FORBIDDEN",
    status.HTTP_404_NOT_FOUND: "NOT_FOUND",
    status.HTTP_405_METHOD_NOT_ALLOWED: "METHOD_NOT_ALLOWED",
    status.HTTP_413_CONTENT_TOO_LARGE: "PAYLOAD_TOO_LARGE",
    status.HTTP_415_UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
    status.HTTP_503_SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
}


def throttled_retry_after(response_data: object) -> int | None:
    """Whole seconds until a THROTTLED request may be retried, or None if it was not throttled."""
    if not isinstance(response_data, dict):
        return None
    for error in response_data.get("errors") or ():
        extensions = error.get("extensions") or {} if isinstance(error, dict) else {}
        if extensions.get("code") == "THROTTLED":
            return max(1, math.ceil(float(extensions.get("retryAfter") or 1)))
    return None


class HTTPError(HTTPException):
    """An HTTP error answered before any GraphQL response exists, with the headers HTTP requires."""

    def __init__(
        self, status_code: int, reason: str, headers: Mapping[str, str] | None = None, *, code: str | None = None
    ) -> None:
        super().__init__(status_code, reason)
        self.headers = dict(headers or {})
        self.code = code or HTTP_ERROR_CODES.get(status_code, "BAD_REQUEST")


def unavailable_error() -> HTTPError:
    """The database cannot be reached: 503, retry later (GraphQL over HTTP: no `data`, so 5xx)."""
    return HTTPError(
        status.HTTP_503_SERVICE_UNAVAILABLE,
        "The service is temporarily unavailable; try again shortly.",
        {"Retry-After": str(RETRY_AFTER_SECONDS)},
        code="SERVICE_UNAVAILABLE",
    )


def error_response(exc: HTTPException, accept: str | None) -> Response:
    """A refusal as GraphQL over HTTP shapes errors: JSON in the negotiated type, with a code."""
    code = exc.code if isinstance(exc, HTTPError) else HTTP_ERROR_CODES.get(exc.status_code, "BAD_REQUEST")
    body = {"errors": [{"message": exc.reason, "extensions": {"code": code}}]}
    headers = exc.headers if isinstance(exc, HTTPError) else None
    response = Response(
        json.dumps(body), status_code=exc.status_code, headers=headers, media_type=response_media_type(accept)
    )
    response.headers.add_vary_header("Accept")
    return response


def _deeper_than(value: object, limit: int) -> bool:
    """Whether decoded JSON nests containers more than `limit` deep (iterative: no recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def decode_request_json(data: str | bytes) -> object:
    """A request's JSON (the POST body, GET `variables`/`extensions`): UTF-8, an object or an
    array (a batch, refused later), nested at most MAX_JSON_DEPTH deep; else a 400."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError:
        raise HTTPError(status.HTTP_400_BAD_REQUEST, "The request is not valid UTF-8.") from None
    too_deep = HTTPError(status.HTTP_400_BAD_REQUEST, f"JSON nested deeper than {MAX_JSON_DEPTH} levels.")
    try:
        value = json.loads(text)
    except RecursionError:
        raise too_deep from None
    except json.JSONDecodeError:
        raise HTTPError(status.HTTP_400_BAD_REQUEST, "Unable to parse the request as JSON.") from None
    if not isinstance(value, dict | list):
        raise HTTPError(
            status.HTTP_400_BAD_REQUEST,
            "Expected a JSON object: the request body, `variables` and `extensions` are JSON objects.",
        )
    if _deeper_than(value, MAX_JSON_DEPTH):
        raise too_deep
    return value


def _accept_ranges(accept: str) -> list[tuple[str, float]]:
    """The media ranges of an Accept header with their weights (RFC 9110 §12.5.1), lowercased."""
    ranges: list[tuple[str, float]] = []
    for part in accept.split(","):
        media_range, *params = (piece.strip() for piece in part.split(";"))
        if media_range.count("/") != 1:
            continue
        weight = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    weight = min(max(float(value.strip()), 0.0), 1.0)
                except ValueError:
                    weight = -1.0  # a malformed range: ignore it
        if weight >= 0:
            ranges.append((media_range.lower(), weight))
    return ranges


def _quality(media_type: str, ranges: list[tuple[str, float]]) -> tuple[float, int]:
    """The weight the most specific matching range gives `media_type`, and that specificity
    (2: named, 1: `type/*`, 0: `*/*`, -1: not matched)."""
    main_type = media_type.split("/")[0]
    best: tuple[float, int] = (0.0, -1)
    for media_range, weight in ranges:
        if media_range == media_type:
            specificity = 2
        elif media_range == f"{main_type}/*":
            specificity = 1
        elif media_range == "*/*":
            specificity = 0
        else:
            continue
        if specificity > best[1] or (specificity == best[1] and weight > best[0]):
            best = (weight, specificity)
    return best


def response_media_type(accept: str | None) -> str:
    """The media type of the GraphQL response for a request's Accept header.

    `application/graphql-response+json` only when the client names it (a wildcard is not
    enough: legacy clients send `*/*`) with a weight at least that of `application/json`;
    otherwise `application/json`, which the spec tells servers to fall back to for clients
    that send no Accept header or one naming nothing we serve.
    """
    ranges = _accept_ranges(accept or "")
    graphql_weight, graphql_specificity = _quality(GRAPHQL_RESPONSE_JSON, ranges)
    json_weight, _ = _quality(APPLICATION_JSON, ranges)
    if graphql_specificity == 2 and graphql_weight > 0 and graphql_weight >= json_weight:
        return GRAPHQL_RESPONSE_JSON
    return APPLICATION_JSON


def failed_before_execution(result: ExecutionResult) -> bool:
    """Whether the request never reached execution: a syntax or validation error (strawberry's
    PreExecutionError), or graphql-core refusing to start (variable coercion, operation
    selection), which leaves no data and only errors without a field path."""
    if isinstance(result, PreExecutionError):
        return True
    errors = result.errors or []
    return result.data is None and bool(errors) and all(error.path is None for error in errors)


def _capped(receive: Receive, limit: int) -> Receive:
    """Bodies without (or lying about) Content-Length stop being read past `limit`."""
    seen = 0

    async def wrapped() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise HTTPError(status.HTTP_413_CONTENT_TOO_LARGE, f"Request body over {limit} bytes.", {})
        return message

    return wrapped


def _bearer(value: str | None) -> str | None:
    if not value:
        return None
    scheme, _, token = value.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else ""


@functools.lru_cache(maxsize=256)
def _operation(query: str, operation_name: str | None) -> tuple[GraphQLOperationType, str | None] | None:
    """The type and name of a document's chosen operation; None for documents that do not
    parse or name no operation (strawberry answers those itself). Cached: apps send the same
    few documents over and over."""
    try:
        operation = get_operation_ast(parse(query), operation_name)
    except GraphQLError:
        return None
    if operation is None:
        return None
    return operation.operation, operation.name.value if operation.name else None


def _operation_type(query: str, operation_name: str | None) -> GraphQLOperationType | None:
    found = _operation(query, operation_name)
    return found[0] if found is not None else None


def _runs_once(query: str, operation_name: str | None) -> bool:
    """Whether a document's chosen operation is a query or mutation (not a subscription)."""
    return _operation_type(query, operation_name) in (GraphQLOperationType.QUERY, GraphQLOperationType.MUTATION)


# graphql-transport-ws's own code for "too many" (it closes a second connection_init with it).
TOO_MANY_CONNECTIONS = 4429
# The scope key under which a WebSocket's held connection slots live until it closes.
SLOTS_SCOPE_KEY = "oms.ws_slots"


class TooManyConnections(Exception):
    """A token or an address already holds as many open WebSockets as it may."""


class TimedTransportWSHandler(BaseGraphQLTransportWSHandler[Context, None]):
    """graphql-transport-ws with the HTTP time limit on queries and mutations (a
    subscription runs as long as it is open): over it, the operation ends with a TIMEOUT
    error and its work is cancelled (a transaction rolls back). A socket that initialised
    without a token is closed at the init timeout too (4408), as one that never initialised:
    only public queries serve it, and those have HTTP."""

    anonymous_deadline: asyncio.Task[None] | None = None

    def on_request_accepted(self) -> None:
        super().on_request_accepted()
        self.accepted_at = asyncio.get_running_loop().time()

    async def handle_connection_init(self, message: ConnectionInitMessage) -> None:
        try:
            await super().handle_connection_init(message)
        except TooManyConnections as exc:
            await self.websocket.close(code=TOO_MANY_CONNECTIONS, reason=str(exc))
            return
        except HTTPException as exc:
            if exc.status_code != status.HTTP_503_SERVICE_UNAVAILABLE:
                raise
            # RFC 6455 / IANA: 1013 Try Again Later; the reason fits the 123-byte limit.
            await self.websocket.close(code=1013, reason="Try again later: the database is unavailable.")
            return
        if self.connection_acknowledged and self.context.principal is None:
            self.anonymous_deadline = asyncio.create_task(self._close_at_init_deadline())

    async def _close_at_init_deadline(self) -> None:
        left = self.accepted_at + self.connection_init_wait_timeout.total_seconds()
        await asyncio.sleep(max(0.0, left - asyncio.get_running_loop().time()))
        with contextlib.suppress(Exception):  # the peer may be gone already
            await self.websocket.close(code=4408, reason="Unauthenticated connection: closed at the init timeout")

    async def shutdown(self) -> None:
        if self.anonymous_deadline is not None:
            self.anonymous_deadline.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.anonymous_deadline
        await super().shutdown()

    async def handle_subscribe(self, message: SubscribeMessage) -> None:
        # A persisted operation's hash becomes its document here, as over HTTP.
        payload = message["payload"]
        view: OmsGraphQL = self.view  # type: ignore[assignment]
        try:
            query = await view.persisted.document(payload.get("query"), payload.get("extensions"))
        except PersistedQueryError as exc:
            await self.send_message({"id": message["id"], "type": "error", "payload": [exc.graphql_error().formatted]})
            return
        if isinstance(query, str) and _operation(query, payload.get("operationName")) is not None:
            # It parses and names its operation; validation runs with the operation.
            await view.persisted.register(payload.get("query"), payload.get("extensions"))
        await super().handle_subscribe({**message, "payload": {**payload, "query": query}})  # type: ignore[typeddict-item]

    async def run_operation(self, operation: Operation[Context, None]) -> None:
        # The connection's context outlives every operation on it: each operation reads
        # through loaders of its own (subscriptions renew theirs per event: resolvers.live).
        self.context.loaders = Loaders()
        if not _runs_once(operation.query, operation.operation_name):
            await super().run_operation(operation)
            return
        try:
            async with asyncio.timeout(self.context.settings.request_timeout_seconds):
                await super().run_operation(operation)
        except TimeoutError:
            error = GraphQLError("The request took too long.", extensions={"code": "TIMEOUT"})
            await operation.send_initial_errors([error])


class OmsGraphQL(GraphQL[Context, None]):
    graphql_transport_ws_handler_class = TimedTransportWSHandler

    def __init__(self, *, settings: Settings, bus: EventBus, limits: Limits) -> None:
        super().__init__(
            build_schema(settings),
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
        token = _bearer(header)
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
                response = await self.run(Request(scope, _capped(receive, limit)))
        except HTTPException as exc:
            response = error_response(exc, Headers(scope=scope).get("accept"))
        except TimeoutError:
            timeout = HTTPError(status.HTTP_503_SERVICE_UNAVAILABLE, "The request took too long.", code="TIMEOUT")
            response = error_response(timeout, Headers(scope=scope).get("accept"))
        await response(scope, receive, send)

    def decode_json(self, data: str | bytes) -> object:
        return decode_request_json(data)

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
        operation = _operation(request_data.query, request_data.operation_name) if request_data.query else None
        if operation is not None:
            request_log.note(operation_type=operation[0].value, operation=operation[1])
        if operation is not None and operation[0] is GraphQLOperationType.SUBSCRIPTION:
            raise HTTPError(
                status.HTTP_400_BAD_REQUEST,
                "Subscriptions are served over WebSocket (graphql-transport-ws) on this path, not over HTTP.",
            )
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
        return result

    # -- HTTP: GraphQL responses ----------------------------------------------------------

    async def get_sub_response(self, request: Request | WebSocket) -> Response:
        sub_response = await super().get_sub_response(request)
        # The negotiated type rides on the per-request sub-response until create_response.
        sub_response.media_type = response_media_type(request.headers.get("accept"))
        return sub_response

    async def process_result(self, request: Request, result: ExecutionResult) -> GraphQLHTTPResponse:
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
        response = Response(self.encode_json(response_data), status_code=status_code, media_type=media_type)
        response.headers.raw.extend(sub_response.headers.raw)
        response.headers.add_vary_header("Accept")
        if sub_response.background:
            response.background = sub_response.background
        if sub_response.status_code:  # set by a resolver: it knows best
            response.status_code = sub_response.status_code
        retry_after = throttled_retry_after(response_data)
        if retry_after is not None:
            # Over budget: 429 and when to come back, whatever the Accept header (API.md).
            response.status_code = status.HTTP_429_TOO_MANY_REQUESTS
            response.headers["Retry-After"] = str(retry_after)
        return response
