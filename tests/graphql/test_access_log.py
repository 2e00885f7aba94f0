"""One JSON access line per HTTP request, with the request id the response echoes, the
operation and the token, and never the query string (GET variables may carry personal data)."""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from models.access import ApiToken
from request_log import _RequestId, log_formatter
from tests.fixtures.server import Server


@contextlib.contextmanager
def access_lines() -> Iterator[list[dict[str, Any]]]:
    lines: list[dict[str, Any]] = []

    class Capture(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(json.loads(self.format(record)))

    handler = Capture(logging.INFO)
    handler.setFormatter(log_formatter())
    handler.addFilter(_RequestId())
    logger = logging.getLogger("oms.access")
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield lines
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


async def test_each_request_is_one_access_line_with_the_echoed_request_id(server: Server, admin_token: str) -> None:
    token_id = (await ApiToken.all().order_by("-id").first().values("id"))["id"]  # type: ignore[index]
    with access_lines() as lines:
        named = await server.http.post(
            "/graphql",
            json={"query": "query Who { viewer { role } }"},
            headers={"Authorization": f"Bearer {admin_token}", "X-Request-Id": "shop-7f3a.1"},
        )
        secret = await server.http.get(
            "/graphql",
            params={"query": "query($e: String!) { a: __typename }", "variables": '{"e": "jane@example.com"}'},
        )
        forged = await server.http.get("/healthz", headers={"X-Request-Id": "x" * 129})

    assert named.headers["x-request-id"] == "shop-7f3a.1"
    assert len(secret.headers["x-request-id"]) == 32
    assert forged.headers["x-request-id"] != "x" * 129
    assert [(e["method"], e["path"], e["status"]) for e in lines] == [
        ("POST", "/graphql", 200),
        ("GET", "/graphql", 200),
        ("GET", "/healthz", 200),
    ]
    first = lines[0]
    assert (first["request_id"], first["operation"], first["operation_type"], first["principal"]) == (
        "shop-7f3a.1",
        "Who",
        "query",
        token_id,
    )
    assert lines[1]["request_id"] == secret.headers["x-request-id"] and lines[1]["principal"] is None
    assert datetime.fromisoformat(first["ts"]).utcoffset() is not None  # zone-aware
    assert isinstance(first["duration_ms"], float)
    assert not any("jane@example.com" in json.dumps(e) for e in lines)
