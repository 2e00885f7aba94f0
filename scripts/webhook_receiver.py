#!/usr/bin/env python3
"""An example receiver for Ordergraph's webhooks: it checks each delivery's signature, drops
the duplicates at-least-once delivery brings, and prints every event once, as a JSON line.

    python3 scripts/webhook_receiver.py --secret "$WEBHOOK_SECRET" --port 8765

Only the standard library, so it can be copied anywhere. What it checks (API.md):

* `X-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` with the
  subscription's secret; the timestamp at most 5 minutes from now (an old, captured
  delivery cannot be replayed later); the digest compared in constant time. Bad: 401.
* `X-Event-Id` is stable across retries: an event already seen is answered 200 (so it is
  not sent again) and not printed twice.
* Anything 2xx tells Ordergraph the event is delivered; answer fast, do the work later.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import os
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TOLERANCE_SECONDS = 300
MAX_BODY = 1 << 20  # deliveries are small; a larger body is not one of ours
REMEMBERED = 100_000  # event ids kept for deduplication (the oldest are forgotten first)


def verify(secrets: Sequence[str], header: str | None, body: bytes, *, now: float | None = None) -> bool:
    """True if `header` (X-Signature) signs the raw `body` with one of `secrets` and its
    timestamp is within the tolerance of `now`. Several v1= values are accepted."""
    if not header or not secrets:
        return False
    fields = [part.strip().partition("=") for part in header.split(",")]
    stamps = [value for key, _, value in fields if key == "t"]
    given = [value for key, _, value in fields if key == "v1" and value.isascii()]
    if len(stamps) != 1 or not given or not stamps[0].isascii() or not stamps[0].isdigit():
        return False
    timestamp = int(stamps[0])
    if abs((time.time() if now is None else now) - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{timestamp}.".encode() + body
    wanted = [hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest() for secret in secrets]
    return any(hmac.compare_digest(want, got) for want in wanted for got in given)


class Seen:
    """The event ids already handled (thread-safe; bounded, oldest forgotten first)."""

    def __init__(self, size: int = REMEMBERED) -> None:
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def first_time(self, event_id: str) -> bool:
        with self._lock:
            if event_id in self._ids:
                return False
            self._ids[event_id] = None
            if len(self._ids) > self._size:
                self._ids.popitem(last=False)
            return True


def handler(secrets: Sequence[str], seen: Seen) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                return self._answer(413, "too large")
            body = self.rfile.read(length)  # the raw bytes: what was signed
            if not verify(secrets, self.headers.get("X-Signature"), body):
                return self._answer(401, "bad signature")
            event_id = self.headers.get("X-Event-Id")
            try:
                event = json.loads(body)
            except ValueError:
                return self._answer(400, "not JSON")
            if not event_id or not isinstance(event, dict) or event.get("id") != event_id:
                return self._answer(400, "X-Event-Id missing or not the body's id")
            if seen.first_time(event_id):
                print(json.dumps(event, sort_keys=True), flush=True)
            return self._answer(200, "ok")

        def _answer(self, status: int, text: str) -> None:
            body = text.encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            sys.stderr.write(f"{self.address_string()} {format % args}\n")

    return Handler


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--secret",
        action="append",
        help="the subscription's secret (repeat it for two subscriptions; default: $WEBHOOK_SECRET)",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args(argv)
    secrets = args.secret or [s for s in [os.environ.get("WEBHOOK_SECRET", "")] if s]
    if not secrets:
        parser.error("give --secret or set WEBHOOK_SECRET")
    server = ThreadingHTTPServer((args.host, args.port), handler(secrets, Seen()))
    print(f"listening on http://{args.host}:{server.server_address[1]}/", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
