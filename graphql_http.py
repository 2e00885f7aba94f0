"""GraphQL over HTTP at the edge: media-type negotiation, the request body's checks, the
refusals made before any GraphQL response exists, and reading an operation's type.

`graphql_view.OmsGraphQL` (the /graphql endpoint) applies these; the rules it follows are
described there."""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Mapping

import orjson
from cross_web import HTTPException
from graphql import GraphQLError, get_operation_ast, parse
from graphql import OperationType as GraphQLOperationType
from starlette import status
from starlette.responses import Response
from starlette.types import Message, Receive
from strawberry.http import GraphQLHTTPResponse
from strawberry.types import ExecutionResult
from strawberry.types.execution import PreExecutionError

from resolvers.errors import RETRY_AFTER_SECONDS

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


def encode_response_json(data: object) -> bytes:
    """A response as JSON: what `json.dumps(data, separators=(",", ":"))` writes (strawberry's
    encoder, and so the bytes clients and tests have always seen), written by orjson when it
    writes the same text, several times faster on a page of orders (bench/RESULTS.md).

    orjson differs from the standard library in three ways we can see in its output: it
    writes text beyond ASCII as UTF-8 (json escapes it, \\u00e9), DEL as is (json: \\u007f),
    and floats with an exponent in another form (1e-7 against 1e-07; both the same number).
    A response with either of the first two, or with a value orjson refuses (a lone surrogate
    from a client's input echoed in an error, an integer beyond 64 bits), is written by json.
    A float with an exponent comes out in orjson's form: the same number, other characters."""
    try:
        encoded = orjson.dumps(data)
    except (orjson.JSONEncodeError, TypeError):
        return json.dumps(data, separators=(",", ":")).encode()
    if not encoded.isascii() or b"\x7f" in encoded:
        return json.dumps(data, separators=(",", ":")).encode()
    return encoded


def decode_request_json(data: str | bytes) -> object:
    """A request's JSON (the POST body, GET `variables`/`extensions`): UTF-8, an object or an
    array (a batch, refused later), nested at most MAX_JSON_DEPTH deep; else a 400."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError:
        raise HTTPError(status.HTTP_400_BAD_REQUEST, "The request is not valid UTF-8.") from None
    try:
        value = json.loads(text)
    except RecursionError:
        raise _too_deep() from None
    except json.JSONDecodeError:
        raise HTTPError(status.HTTP_400_BAD_REQUEST, "Unable to parse the request as JSON.") from None
    if not isinstance(value, dict | list):
        raise HTTPError(
            status.HTTP_400_BAD_REQUEST,
            "Expected a JSON object: the request body, `variables` and `extensions` are JSON objects.",
        )
    # Nesting deeper than the limit takes more opening brackets than the limit: a body with
    # fewer (nearly every request) is not walked.
    if text.count("{") + text.count("[") > MAX_JSON_DEPTH and _deeper_than(value, MAX_JSON_DEPTH):
        raise _too_deep()
    return value


def _too_deep() -> HTTPError:
    return HTTPError(status.HTTP_400_BAD_REQUEST, f"JSON nested deeper than {MAX_JSON_DEPTH} levels.")


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


@functools.lru_cache(maxsize=256)  # a client sends the same Accept header with every request
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


# create_response's Vary (the body depends on the Accept header: media-type negotiation).
VARY_ACCEPT = (b"vary", b"Accept")


class SubResponse(Response):
    """strawberry's per-request sub-response (its get_sub_response: no status, no headers),
    with the negotiated media type: what a resolver may set on the response, merged by
    create_response. Made without Response.__init__, which renders an empty body and builds
    a content-length header that strawberry deletes again (with the final response's header
    views, ~2-5% of an `order(id)` request's CPU)."""

    def __init__(self, media_type: str) -> None:  # Response.__init__ deliberately not called
        self.status_code = None  # type: ignore[assignment]  # a resolver's status wins when set
        self.media_type = media_type
        self.background = None
        self.body = b""
        self.raw_headers = []


def with_sub_response(body: bytes, status_code: int, media_type: str, sub_response: Response) -> Response:
    """The GraphQL response, varying on Accept, with what a resolver set on the sub-response:
    its headers, its status (it knows best) and its background task."""
    response = Response(body, status_code=status_code, media_type=media_type)
    if sub_response.raw_headers:
        response.headers.raw.extend(sub_response.raw_headers)
        response.headers.add_vary_header("Accept")
    else:  # what add_vary_header adds, without two header views per request
        response.raw_headers.append(VARY_ACCEPT)
    if sub_response.background:
        response.background = sub_response.background
    if sub_response.status_code:
        response.status_code = sub_response.status_code
    return response


def answer_body(result: ExecutionResult) -> GraphQLHTTPResponse:
    """strawberry's process_result for a result without errors (every compiled answer)."""
    body: GraphQLHTTPResponse = {"data": result.data}
    if result.extensions:
        body["extensions"] = result.extensions
    return body


def failed_before_execution(result: ExecutionResult) -> bool:
    """Whether the request never reached execution: a syntax or validation error (strawberry's
    PreExecutionError), or graphql-core refusing to start (variable coercion, operation
    selection), which leaves no data and only errors without a field path."""
    if isinstance(result, PreExecutionError):
        return True
    errors = result.errors or []
    return result.data is None and bool(errors) and all(error.path is None for error in errors)


def capped(receive: Receive, limit: int) -> Receive:
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


def bearer(value: str | None) -> str | None:
    if not value:
        return None
    scheme, _, token = value.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else ""


@functools.lru_cache(maxsize=256)
def operation_of(query: str, operation_name: str | None) -> tuple[GraphQLOperationType, str | None] | None:
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
    found = operation_of(query, operation_name)
    return found[0] if found is not None else None


def runs_once(query: str, operation_name: str | None) -> bool:
    """Whether a document's chosen operation is a query or mutation (not a subscription)."""
    return _operation_type(query, operation_name) in (GraphQLOperationType.QUERY, GraphQLOperationType.MUTATION)
