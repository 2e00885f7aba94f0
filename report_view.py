"""Reports as CSV downloads: `GET /analytics/report.csv` and `GET /analytics/inventory.csv`.

The same reports as `analytics { report }` and `analytics { inventory }` (the same services, the
same checks), for staff tokens (`Authorization: Bearer ...`), streamed line by line. The query
string carries the arguments: `measures` and `dimensions` comma-separated, `from` and `to` as ISO
dates or times (UTC when no offset), `interval`, `channel`; for inventory `sku`, `warehouse`,
`deadStockDays`. A bad argument is 400 with {"message", "code": "INVALID"}; no token or an
invalid one 401; a token that is not staff 403.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from datetime import UTC, datetime
from enum import StrEnum
from typing import TypeVar

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from models.orders import Order
from schema.domains import column
from schema.input_domains import CHANNEL, SKU, WAREHOUSE
from services import analytics, analytics_csv, inventory_analytics
from services.access import Principal, authenticate
from services.errors import DomainError, ErrorCode
from settings import Settings

E = TypeVar("E", bound=StrEnum)
MOMENT = column(Order, "created_at")
MAX_ITEMS = 50


class Refused(Exception):
    def __init__(self, status: int, message: str, code: str) -> None:
        super().__init__(message)
        self.status, self.message, self.code = status, message, code


def _moment(params: dict[str, str], name: str) -> datetime:
    text = params.get(name)
    if not text:
        raise Refused(400, f"`{name}` is required (an ISO date or time).", ErrorCode.INVALID.value)
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise Refused(400, f"`{name}` must be an ISO date or time.", ErrorCode.INVALID.value) from None
    value = value if value.tzinfo else value.replace(tzinfo=UTC)
    if (why := MOMENT.refuse(value)) is not None:
        raise Refused(400, f"`{name}` {why}", ErrorCode.INVALID.value)
    return value


def _choices(params: dict[str, str], name: str, kind: type[E]) -> list[E]:
    items = [item.strip().upper() for item in params.get(name, "").split(",") if item.strip()]
    if len(items) > MAX_ITEMS:
        raise Refused(400, f"`{name}` takes at most {MAX_ITEMS} values.", ErrorCode.INVALID.value)
    unknown = [item for item in items if item not in kind.__members__]
    if unknown:
        raise Refused(400, f"`{name}`: unknown {', '.join(unknown[:5])}.", ErrorCode.INVALID.value)
    return [kind[item] for item in items]


def _text(params: dict[str, str], name: str, domain: object) -> str | None:
    value = params.get(name)
    if value is None:
        return None
    why = domain.refuse(value)  # type: ignore[attr-defined]
    if why is not None:
        raise Refused(400, f"`{name}` {why}", ErrorCode.INVALID.value)
    return value


async def _staff(request: Request, settings: Settings) -> Principal:
    scheme, _, token = (request.headers.get("authorization") or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Refused(401, "A bearer token is required.", "UNAUTHENTICATED")
    principal = await authenticate(token.strip(), secret=settings.secret_key)
    if principal is None:
        raise Refused(401, "Invalid or expired token.", "UNAUTHENTICATED")
    if not principal.is_staff:
        raise Refused(403, "Reports are downloadable by staff.", ErrorCode.FORBIDDEN.value)
    return principal


def _streamed(lines: Iterator[str], name: str) -> StreamingResponse:
    async def body() -> AsyncIterator[bytes]:
        for line in lines:
            yield line.encode("utf-8")

    return StreamingResponse(
        body(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}.csv"', "Cache-Control": "no-store"},
    )


def _refusal(error: Refused) -> Response:
    headers = {"WWW-Authenticate": "Bearer"} if error.status == 401 else None
    return JSONResponse({"message": error.message, "code": error.code}, status_code=error.status, headers=headers)


Endpoint = Callable[[Request], Awaitable[Response]]


def endpoints(settings: Settings) -> tuple[Endpoint, Endpoint]:
    async def report_csv(request: Request) -> Response:
        params = dict(request.query_params)
        try:
            principal = await _staff(request, settings)
            interval = _choices(params, "interval", analytics.Dimension)
            query = analytics.check(
                _choices(params, "measures", analytics.Measure),
                _choices(params, "dimensions", analytics.Dimension),
                _moment(params, "from"),
                _moment(params, "to"),
                interval=interval[0] if interval else None,
                channel=_text(params, "channel", CHANNEL),
            )
            rows = await analytics.report(principal, query)
        except Refused as error:
            return _refusal(error)
        except DomainError as error:
            return _refusal(Refused(400, str(error), error.problems[0].code.value))
        return _streamed(analytics_csv.report_lines(query, rows), "report")

    async def inventory_csv(request: Request) -> Response:
        params = dict(request.query_params)
        try:
            principal = await _staff(request, settings)
            days = params.get("deadStockDays", "90")
            if not days.isdigit() or len(days) > 6:
                raise Refused(400, "`deadStockDays` must be a whole number of days.", ErrorCode.INVALID.value)
            rows = await inventory_analytics.inventory_report(
                principal,
                start=_moment(params, "from"),
                end=_moment(params, "to"),
                dead_days=int(days),
                sku=_text(params, "sku", SKU),
                warehouse=_text(params, "warehouse", WAREHOUSE),
            )
        except Refused as error:
            return _refusal(error)
        except DomainError as error:
            return _refusal(Refused(400, str(error), error.problems[0].code.value))
        return _streamed(analytics_csv.inventory_lines(rows), "inventory")

    return report_csv, inventory_csv
