"""Reports as CSV: GET /analytics/report.csv and /analytics/inventory.csv (staff, streamed) and
`oms export report|inventory`, each the same figures as the GraphQL report."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from models.access import Role
from settings import ROOT, Settings
from tests.fixtures.analytics import END, START, random_history
from tests.fixtures.backends import SECRET
from tests.fixtures.catalog import seed_catalog, seed_suppliers
from tests.fixtures.database import make_token
from tests.fixtures.server import Server

# random history written straight to the tables.
pytestmark = pytest.mark.stock_drift

REPORT = """
query($from: DateTime!, $to: DateTime!) {
  analytics { report(measures: [ORDERS, REVENUE, CANCELLED_RATE, PLACED_TO_SHIPPED_HOURS, FILL_RATE,
                               PLACED_TO_ALLOCATED_HOURS], dimensions: [CHANNEL, REGION],
                     interval: MONTH, from: $from, to: $to) {
    currency period channel region orders revenue { amount } cancelledRate placedToShippedHours { p50 p90 }
    fillRate placedToAllocatedHours { p50 p90 }
  } }
}
"""
PARAMS = {
    "measures": "ORDERS,REVENUE,CANCELLED_RATE,PLACED_TO_SHIPPED_HOURS,FILL_RATE,PLACED_TO_ALLOCATED_HOURS",
    "dimensions": "CHANNEL,REGION",
    "interval": "MONTH",
    "from": START.isoformat(),
    "to": END.isoformat(),
}
HEADER = [
    "currency", "channel", "region", "period", "orders", "revenue", "cancelled_rate",
    "placed_to_shipped_hours_p50", "placed_to_shipped_hours_p90", "fill_rate",
    "placed_to_allocated_hours_p50", "placed_to_allocated_hours_p90",
]  # fmt: skip


def _blank(value: Any) -> str:
    return "" if value is None else str(value)


async def graphql_rows(server: Server, token: str) -> list[list[str]]:
    body = await server.gql(REPORT, {"from": START.isoformat(), "to": END.isoformat()}, token=token)
    return [
        [
            r["currency"], r["channel"], _blank(r["region"]), r["period"], str(r["orders"]), r["revenue"]["amount"],
            _blank(r["cancelledRate"]), _blank(r["placedToShippedHours"]["p50"]), _blank(r["placedToShippedHours"]["p90"]),
            _blank(r["fillRate"]), _blank(r["placedToAllocatedHours"]["p50"]),
            _blank(r["placedToAllocatedHours"]["p90"]),
        ]
        for r in body["data"]["analytics"]["report"]
    ]  # fmt: skip


def parsed(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


async def test_a_report_downloads_as_csv_with_the_graphql_figures(server: Server) -> None:
    admin = await make_token(Role.ADMIN)
    ops = await make_token(Role.OPS)
    await seed_catalog(admin, stock=10_000)
    await random_history(30)

    response = await server.http.get("/analytics/report.csv", params=PARAMS, headers={"Authorization": f"Bearer {ops}"})

    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-disposition"] == 'attachment; filename="report.csv"'
    rows = parsed(response.text)
    assert rows[0] == HEADER
    assert rows[1:] == await graphql_rows(server, admin)
    assert len(rows) > 2


async def test_csv_is_for_staff_and_refuses_bad_arguments(server: Server) -> None:
    admin = await make_token(Role.ADMIN)
    web = await make_token(Role.CHANNEL, "web")
    await seed_catalog(admin)

    async def get(params: dict[str, str], token: str | None) -> tuple[int, Any]:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        response = await server.http.get("/analytics/report.csv", params=params, headers=headers)
        return response.status_code, response.json()

    assert await get(PARAMS, None) == (401, {"message": "A bearer token is required.", "code": "UNAUTHENTICATED"})
    assert await get(PARAMS, "nonsense") == (401, {"message": "Invalid or expired token.", "code": "UNAUTHENTICATED"})
    assert await get(PARAMS, web) == (403, {"message": "Reports are downloadable by staff.", "code": "FORBIDDEN"})
    assert await get({**PARAMS, "measures": "ORDERS,PROFIT"}, admin) == (
        400,
        {"message": "`measures`: unknown PROFIT.", "code": "INVALID"},
    )
    assert await get({**PARAMS, "from": "yesterday"}, admin) == (
        400,
        {"message": "`from` must be an ISO date or time.", "code": "INVALID"},
    )
    assert await get({**PARAMS, "dimensions": "SKU", "measures": "SPLIT_RATE"}, admin) == (
        400,
        {"message": "SPLIT_RATE cannot be grouped by SKU.", "code": "INVALID"},
    )
    assert await get({**PARAMS, "channel": "x" * 65}, admin) == (
        400,
        {"message": "`channel` must be at most 64 characters.", "code": "INVALID"},
    )


async def test_inventory_downloads_as_csv(server: Server) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin)
    await seed_suppliers(admin)

    response = await server.http.get(
        "/analytics/inventory.csv",
        params={"from": "2026-03-01", "to": "2026-04-01", "sku": "SKU-A"},
        headers={"Authorization": f"Bearer {admin}"},
    )

    rows = parsed(response.text)
    assert response.status_code == 200
    assert rows[0][:4] == ["sku", "warehouse", "on_hand", "units_sold"]
    assert [(r[0], r[1], r[2], r[3]) for r in rows[1:]] == [("SKU-A", "east", "100", "0"), ("SKU-A", "eu", "0", "0")]


def oms(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OMS_")}
    env.update(OMS_DATABASE_URL=settings.database_url, OMS_SECRET_KEY=SECRET)
    return subprocess.run(
        [str(Path(sys.executable).parent / "oms"), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


async def test_oms_export_report_writes_the_same_csv(server: Server, settings: Settings, tmp_path: Path) -> None:
    admin = await make_token(Role.ADMIN)
    await seed_catalog(admin, stock=10_000)
    await random_history(20, seed=3)
    target = tmp_path / "report.csv"
    download = await server.http.get(
        "/analytics/report.csv", params=PARAMS, headers={"Authorization": f"Bearer {admin}"}
    )

    done = oms(
        settings, "export", "report", "--measures", PARAMS["measures"], "--dimensions", PARAMS["dimensions"],
        "--interval", "MONTH", "--from", PARAMS["from"], "--to", PARAMS["to"], "-o", str(target),
    )  # fmt: skip
    refused = oms(settings, "export", "report", "--measures", "ORDERS", "--dimensions", "WAREHOUSE",
                  "--from", PARAMS["from"], "--to", PARAMS["to"])  # fmt: skip

    assert done.returncode == 0, done.stderr
    assert target.read_bytes().decode() == download.text
    assert (refused.returncode, refused.stderr.strip()) == (2, "ORDERS cannot be grouped by WAREHOUSE.")
