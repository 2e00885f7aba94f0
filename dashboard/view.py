"""The dashboard's routes: the page and its files (registered by app.py)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from dashboard import ASSETS_DIR, ASSETS_PATH, CONTENT_SECURITY_POLICY, PAGE_PATH, dashboard_html

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    # The URL carries the report window only, but the page has no reason to tell anyone.
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


async def page(request: Request) -> Response:
    return HTMLResponse(dashboard_html(request.scope.get("root_path", "")), headers=SECURITY_HEADERS)


def routes() -> list[BaseRoute]:
    """GET /dashboard and its static files. Served in production too: the page holds no data
    and no secret, and everything it shows comes through the API with the pasted token."""
    return [
        Route(PAGE_PATH, page, methods=["GET"]),
        Mount(ASSETS_PATH, StaticFiles(directory=ASSETS_DIR), name="dashboard"),
    ]
