"""scripts/webhook_receiver.py, the README's example receiver, run as a user runs it: it takes
a body signed the way deliveries are (services/intake.signature), answers 401 to a bad or
stale signature, and prints each event once however often it is delivered."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import time
from collections.abc import AsyncIterator

import httpx

from services.intake import signature
from settings import ROOT
from tests.fixtures.server import free_port
from tests.fixtures.waiting import eventually

SCRIPT = ROOT / "scripts" / "webhook_receiver.py"
SECRET = "whsec_example-secret-0123456789"


@contextlib.asynccontextmanager
async def running_receiver() -> AsyncIterator[tuple[httpx.AsyncClient, list[bytes]]]:
    """The script on a free port; yields a client for it and, once it has stopped, its output."""
    port = free_port()
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        str(SCRIPT),
        "--secret",
        SECRET,
        "--port",
        str(port),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    printed: list[bytes] = []
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=10) as http:

            async def up() -> bool:
                assert proc.returncode is None, "the receiver exited"
                with contextlib.suppress(httpx.TransportError):
                    await http.get("/")
                    return True
                return False

            await eventually(up, what="the example receiver listens")
            yield http, printed
    finally:
        proc.terminate()
        out, _ = await proc.communicate()
        printed.extend(out.splitlines())


def delivery(event_id: str, signed_with: str, *, at: int | None = None) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(
        {"id": event_id, "topic": "order.status_changed", "occurredAt": "2026-12-02T08:00:00+00:00", "data": {"n": 1}},
        separators=(",", ":"),
    ).encode()
    stamp = int(time.time()) if at is None else at
    headers = {
        "Content-Type": "application/json",
        "X-Signature": signature(signed_with, body, stamp),
        "X-Event-Id": event_id,
        "X-Event-Topic": "order.status_changed",
    }
    return body, headers


async def test_the_example_receiver_verifies_signatures_and_prints_each_event_once() -> None:
    printed: list[bytes]
    async with running_receiver() as (http, printed):
        body, headers = delivery("evt_1", SECRET)
        good = await http.post("/hooks", content=body, headers=headers)
        again = await http.post("/hooks", content=body, headers=headers)  # a retry: same id and body
        bad_body, bad_headers = delivery("evt_2", "whsec_not-the-secret-000000")
        bad = await http.post("/hooks", content=bad_body, headers=bad_headers)
        stale_body, stale_headers = delivery("evt_3", SECRET, at=int(time.time()) - 301)
        stale = await http.post("/hooks", content=stale_body, headers=stale_headers)
        tampered = await http.post("/hooks", content=body.replace(b'"n":1', b'"n":2'), headers=headers)

    assert [good.status_code, again.status_code] == [200, 200]
    assert [bad.status_code, stale.status_code, tampered.status_code] == [401, 401, 401]
    assert [json.loads(line)["id"] for line in printed] == ["evt_1"]
    assert json.loads(printed[0]) == json.loads(body)
