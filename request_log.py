"""Logs: JSON lines (python-json-logger), a request id on every line, one access line per request.

- Every log line is one JSON object: `ts` (ISO 8601 with the zone and microseconds), `level`,
  `logger`, `msg`, `exc_info` for tracebacks, and `request_id` when it was written while a
  request was served, so a fault's entry can be found from the access line and vice versa.
- The request id is the caller's `X-Request-Id` when it is a sane token (<= 128 characters of
  letters, digits and `._-`), else a fresh one; it is echoed in the response's `X-Request-Id`.
- `RequestLog` writes one `oms.access` line per HTTP request: method, path (never the query
  string: GET queries and variables may carry personal data), status, duration in
  milliseconds, the GraphQL operation's name and type when there was one, and the token's id.
  uvicorn's own access log is off (`app.server_options`): it printed the query string.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from pythonjsonlogger.json import JsonFormatter
from starlette.types import ASGIApp, Message, Receive, Scope, Send

access_log = logging.getLogger("oms.access")
_SANE_ID = re.compile(r"^[A-Za-z0-9._-]{1,128}$")


@dataclass
class Access:
    """What the access line will say about the current request, filled in as it is learnt."""

    request_id: str
    operation: str | None = None
    operation_type: str | None = None
    principal: int | None = None


current: ContextVar[Access | None] = ContextVar("oms_access", default=None)


def note(**learnt: Any) -> None:
    """Record something about the current request (operation, principal) for its access line."""
    access = current.get()
    if access is not None:
        for key, value in learnt.items():
            setattr(access, key, value)


class _RequestId(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        access = current.get()
        if access is not None and not hasattr(record, "request_id"):
            record.request_id = access.request_id
        return True


def log_formatter() -> logging.Formatter:
    return JsonFormatter(
        "{levelname}{name}{message}",
        style="{",
        rename_fields={"levelname": "level", "name": "logger", "message": "msg"},
        timestamp="ts",
    )


def configure_logging(level: str) -> None:
    root = logging.getLogger()
    if any(isinstance(h.formatter, JsonFormatter) for h in root.handlers):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(log_formatter())
    handler.addFilter(_RequestId())
    root.addHandler(handler)
    root.setLevel(level)


class RequestLog:
    """ASGI middleware: the request id, and the access line once the response is sent."""

    def __init__(self, app: ASGIApp, *, on_done: Callable[[Access, int, float], None] | None = None) -> None:
        self.app = app
        # Told of every HTTP request once it is answered (metrics.observe_request): the same
        # record, status and duration as the access line, so nothing parses the request twice.
        self.on_done = on_done

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        given = dict(scope.get("headers") or ()).get(b"x-request-id", b"").decode("latin-1")
        access = Access(request_id=given if _SANE_ID.match(given) else uuid.uuid4().hex)
        token = current.set(access)
        started = time.perf_counter()
        status = 0

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message = {
                    **message,
                    "headers": [*message.get("headers", ()), (b"x-request-id", access.request_id.encode())],
                }
            await send(message)

        try:
            await self.app(scope, receive, send_with_id if scope["type"] == "http" else send)
        finally:
            if scope["type"] == "http":
                seconds = time.perf_counter() - started
                if self.on_done is not None:
                    self.on_done(access, status or 500, seconds)
                if access_log.isEnabledFor(logging.INFO):  # (its record's fields made only if kept)
                    access_log.info(
                        "%s %s %s",
                        scope["method"],
                        scope["path"],
                        status or 500,
                        extra={
                            "method": scope["method"],
                            "path": scope["path"],
                            "status": status or 500,
                            "duration_ms": round(seconds * 1000, 2),
                            "operation": access.operation,
                            "operation_type": access.operation_type,
                            "principal": access.principal,
                        },
                    )
            current.reset(token)
