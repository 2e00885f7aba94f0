"""A browser page on another origin calls the API: allowed origins work, others are refused.

Real Debian chromium (headless, installed by `make chromium`, which `make test` runs), a
real uvicorn server, and a page served from another port (another origin). The page sends
what a storefront sends: a POST with a bearer token and a JSON body, so the browser first
makes a CORS preflight.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import http.server
import re
import shutil
import threading
from collections.abc import Iterator

import pytest

from models.access import Role
from settings import Settings
from tests.fixtures.database import make_token
from tests.fixtures.server import free_port, serve_clean

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is missing: `make chromium` installs it")

PAGE = """<!doctype html><html><body><pre id="out">pending</pre><script>
fetch("%(api)s/graphql", {
  method: "POST",
  headers: {"Authorization": "Bearer %(token)s", "Content-Type": "application/json"},
  body: JSON.stringify({query: "{ __typename }"}),
}).then(r => r.json().then(j => {
  document.getElementById("out").textContent = "status=" + r.status + " typename=" + j.data.__typename;
})).catch(e => { document.getElementById("out").textContent = "error=" + e.message; });
</script></body></html>"""


@contextlib.contextmanager
def page_server() -> Iterator[tuple[str, dict[str, bytes]]]:
    """Serve the pages put in the returned dict (by path) from a port of its own: an
    origin other than the API's."""
    pages: dict[str, bytes] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = pages.get(self.path, b"")
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", pages
    finally:
        httpd.shutdown()
        httpd.server_close()


async def page_text(url: str) -> str:
    """What the page shows once its script is done (chromium's DOM after scripts ran)."""
    assert CHROMIUM is not None
    proc = await asyncio.create_subprocess_exec(
        CHROMIUM,
        "--headless",
        "--no-sandbox",  # CI runs as root
        "--disable-gpu",
        "--virtual-time-budget=10000",
        "--dump-dom",
        url,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    out, _ = await asyncio.wait_for(proc.communicate(), 60)
    found = re.search(r'<pre id="out">(.*?)</pre>', out.decode(), re.S)
    assert found, out.decode()[:2000]
    return html.unescape(found.group(1))


async def _call_from_a_page(settings: Settings, *, allow: bool) -> str:
    with page_server() as (origin, pages):
        allowed = origin if allow else "https://admin.example.com"
        async with serve_clean(settings.model_copy(update={"cors_origins": allowed}), live=True) as server:
            token = await make_token(Role.ADMIN)
            pages["/"] = (PAGE % {"api": server.base_url, "token": token}).encode()
            return await page_text(origin + "/")


async def test_a_page_on_an_allowed_origin_calls_the_api_with_a_token(settings: Settings) -> None:
    shown = await _call_from_a_page(settings, allow=True)

    assert shown == "status=200 typename=Query"


async def test_a_page_on_another_origin_is_refused_by_the_browser(settings: Settings) -> None:
    shown = await _call_from_a_page(settings, allow=False)

    assert shown == "error=Failed to fetch"
