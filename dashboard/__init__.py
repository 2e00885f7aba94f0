"""The operations dashboard (GET /dashboard): a page for OPS and ADMIN tokens with charts of the
analytics reports, the low-stock list, open alerts and a live feed of orders and alerts.

The page is static: index.html with dashboard.js and dashboard.css under `static/`, all served
from this package (no CDN: it works with no internet). The browser signs in with a pasted token
(kept in sessionStorage, sent as a bearer header: no cookies) and reads everything through the
public API, POST /graphql and its graphql-transport-ws WebSocket, as any client would; the
server adds nothing private. `view.py` holds the starlette routes app.py registers.
"""

from __future__ import annotations

import functools
import html
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ASSETS_DIR = PACKAGE_DIR / "static"
PAGE_PATH = "/dashboard"
# Beside the page, under its path: one prefix for a proxy to route.
ASSETS_PATH = "/dashboard/static"

# The page runs its own files only: no inline script or style, no other origin. `connect-src
# 'self'` covers the same-origin WebSocket (CSP Level 3 matches ws:/wss: to http:/https:).
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


@functools.cache
def _template() -> str:
    return (PACKAGE_DIR / "index.html").read_text(encoding="utf-8")


def dashboard_html(root_path: str = "") -> str:
    """The page; `root_path` is the prefix a proxy mounts the app under (ASGI root_path): the
    assets and the API are found under it."""
    root = html.escape(root_path.rstrip("/"), quote=True)
    return _template().replace("{{assets}}", root + ASSETS_PATH).replace("{{root}}", root)
