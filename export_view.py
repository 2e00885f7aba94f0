"""`GET /export/{kind}.{format}`: a staff download of orders, stock or movements
(services/exports.py), streamed: CSV or JSON Lines, `?since=<ISO 8601>` for what changed
since then.

- 401 UNAUTHENTICATED without a valid bearer token (`Authorization: Bearer <token>`);
- 403 FORBIDDEN for a token that is not ADMIN or OPS (exports are not scoped);
- 404 for an unknown kind or format, 400 BAD_REQUEST for a `since` that is not a time;
- 200 with `Content-Disposition: attachment`, rows streamed as they are read.
"""

from __future__ import annotations

from datetime import UTC, datetime

from starlette import status
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from services import exports
from services.access import authenticate
from settings import Settings


def _error(status_code: int, code: str, message: str, headers: dict[str, str] | None = None) -> Response:
    body = {"errors": [{"message": message, "extensions": {"code": code}}]}
    return JSONResponse(body, status_code=status_code, headers=headers)


class ExportEndpoint:
    def __init__(self, *, settings: Settings) -> None:
        self.settings = settings

    async def handle(self, request: Request) -> Response:
        kind, _, fmt = request.path_params["name"].partition(".")
        if kind not in exports.KINDS or fmt not in exports.FORMATS:
            return _error(
                status.HTTP_404_NOT_FOUND,
                "NOT_FOUND",
                f"Exports: /export/{{{'|'.join(exports.KINDS)}}}.{{{'|'.join(exports.FORMATS)}}}.",
            )
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        principal = (
            await authenticate(token.strip(), secret=self.settings.secret_key) if scheme.lower() == "bearer" else None
        )
        if principal is None:
            return _error(
                status.HTTP_401_UNAUTHORIZED,
                "UNAUTHENTICATED",
                "A valid bearer token is required.",
                {"WWW-Authenticate": "Bearer"},
            )
        if not principal.is_staff:
            return _error(status.HTTP_403_FORBIDDEN, "FORBIDDEN", "Exports are for staff (ADMIN, OPS).")
        since = None
        if "since" in request.query_params:
            try:
                since = datetime.fromisoformat(request.query_params["since"])
            except ValueError:
                return _error(status.HTTP_400_BAD_REQUEST, "BAD_REQUEST", "since must be an ISO 8601 time.")
            since = since if since.tzinfo else since.replace(tzinfo=UTC)
        return StreamingResponse(
            exports.encode(kind, fmt, since=since),
            media_type=exports.MEDIA_TYPES[fmt],
            headers={"Content-Disposition": f'attachment; filename="{kind}.{fmt}"'},
        )
