"""The operations dashboard (GET /dashboard) in headless chromium cut off from everything but
127.0.0.1: an OPS token signs in, the charts draw the analytics reports' rows (one point or
bar per row, with the row's figures), the low-stock list and open alerts are the API's, and an
order placed through the API, then an alert raised, show up in the live feed.

When the network drops the feed's WebSocket, the page reconnects and resumes after the last
event it saw: an order placed while it was cut off shows, and nothing shows twice.

Without a token the page shows its sign-in form; a refused token, a token of another role and
a stored token that stopped working show an error on that form, not a blank page. The page, its
files and their headers are checked without a browser too.

A screenshot of the signed-in page is written to var/artifacts/dashboard.png (git-ignored)."""

from __future__ import annotations

import base64
import json
import tomllib
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from dashboard import ASSETS_DIR, ASSETS_PATH, CONTENT_SECURITY_POLICY, PACKAGE_DIR, dashboard_html
from models.access import Role
from models.alerts import Alert, AlertKind, AlertSeverity
from models.inventory import MovementReason, StockLevel, StockMovement
from schema.common import to_global_id
from services.alerts import raise_alert
from settings import Settings
from tests.fixtures.analytics import random_history
from tests.fixtures.chromium import CHROMIUM, Page, offline_page
from tests.fixtures.database import make_token
from tests.fixtures.faults import FreezingProxy
from tests.fixtures.live import live_subscribers, outbox_drained, wait_for_listeners
from tests.fixtures.server import Server, serve_clean
from tests.fixtures.stock import placed, stock_policy

ROOT = Path(__file__).resolve().parents[2]
ARTEFACTS = ROOT / "var" / "artifacts"
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is missing: `make chromium` installs it")

# What the page asks for (dashboard.js REPORTS), asked here through the API to compare.
REPORTS = """
query($from: DateTime!, $to: DateTime!) {
  analytics {
    byDay: report(measures: [ORDERS, REVENUE], dimensions: [DAY], from: $from, to: $to) { period orders }
    byChannel: report(measures: [ORDERS, REVENUE], dimensions: [CHANNEL], from: $from, to: $to) {
      channel currency revenue { amount } }
    rates: report(measures: [ON_TIME_SHIP_RATE, CANCELLED_RATE, RETURN_RATE], dimensions: [WEEK], from: $from, to: $to) {
      period onTimeShipRate cancelledRate returnRate }
    inventory(from: $from, to: $to) { sku warehouse daysOfCover }
  }
}
"""
LISTS = """
{ stockLevels(filter: {belowSafetyStock: true}, first: 50) { edges { node { product { sku } warehouse { code } } } }
  alerts(filter: {status: [OPEN]}, first: 50) { edges { node { subject } } } }
"""
# The random history's quarter (tests/fixtures/analytics.py), as the page's URL gives it: days, the last included.
WINDOW = "from=2026-01-01&to=2026-03-31"
API_WINDOW = {"from": "2026-01-01T00:00:00Z", "to": "2026-04-01T00:00:00Z"}
SUBSCRIPTIONS = 3  # orders, alerts, low stock


async def sales_in_the_window() -> None:
    """The ledger's SHIP movements the inventory report counts as demand: some for each stock
    level, dated in the window (random_history writes shipments, not the ledger)."""
    for n, level in enumerate(await StockLevel.all().order_by("id")):
        for day in range(n + 1):
            move = await StockMovement.create(
                stock_level=level,
                product_id=level.product_id,
                warehouse_id=level.warehouse_id,
                reason=MovementReason.SHIP,
                on_hand_delta=-(n + 2),
                actor="t",
            )
            at = datetime(2026, 2, 1, tzinfo=UTC) + timedelta(days=day * 7)
            await StockMovement.filter(id=move.id).update(created_at=at)


def _all(page_query: str) -> str:
    """JavaScript: the elements matching a selector, as an array."""
    return f"Array.from(document.querySelectorAll({json.dumps(page_query)}))"


async def sign_in(page: Page, token: str) -> None:
    await page.wait_for("document.body?.dataset.view === 'sign-in'", what="the sign-in form shows")
    await page.evaluate(
        f"document.getElementById('token').value = {json.dumps(token)};"
        "document.getElementById('sign-in-form').requestSubmit()"
    )


async def screenshot(page: Page, name: str) -> None:
    shot = await page.send("Page.captureScreenshot", format="png", captureBeyondViewport=True)
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    (ARTEFACTS / name).write_bytes(base64.b64decode(shot["data"]))


@needs_chromium
@pytest.mark.live_server
@pytest.mark.stock_drift  # random history is written straight to the tables: the ledger does not reconcile
async def test_the_dashboard_charts_the_reports_and_follows_orders_and_alerts_live(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    await random_history(30)
    await sales_in_the_window()
    await stock_policy(server, admin_token, "SKU-C", "east", safetyStock=1000)  # below its safety stock
    await raise_alert(
        kind=AlertKind.STOCKOUT_RISK, severity=AlertSeverity.CRITICAL, subject="stock:SKU-C@east", facts={}
    )
    ops = await make_token(Role.OPS)
    truth = (await server.gql(REPORTS, API_WINDOW, token=ops))["data"]["analytics"]
    lists = (await server.gql(LISTS, token=ops))["data"]
    await outbox_drained(server)  # what happened so far is not news to a feed that starts now
    listening = await live_subscribers(server)

    async with offline_page(f"{server.base_url}/dashboard?{WINDOW}") as page:
        await page.send("Emulation.setDeviceMetricsOverride", width=1280, height=900, deviceScaleFactor=1, mobile=False)
        await sign_in(page, ops)
        await page.wait_for("document.body?.dataset.loaded === 'true'", what="the reports load")
        points = await page.evaluate(
            _all("#chart-orders circle.point") + ".map(c => [c.dataset.x, Number(c.dataset.y)])"
        )
        bars = await page.evaluate(
            _all("#chart-channels rect.bar") + ".map(b => [b.dataset.label, Number(b.dataset.value)])"
        )
        rate_points = await page.evaluate(_all("#chart-rates circle.point") + ".length")
        cover_bars = await page.evaluate(_all("#chart-cover rect.bar") + ".length")
        low_stock = await page.evaluate(
            _all("#low-stock tbody tr[data-id]") + ".map(r => [r.cells[0].textContent, r.cells[1].textContent])"
        )
        open_alerts = await page.evaluate(_all("#alerts tbody tr[data-id]") + ".map(r => r.cells[2].textContent)")
        viewer = await page.evaluate("document.getElementById('viewer').textContent")
        stored = await page.evaluate("sessionStorage.getItem('ordergraph.dashboard.token')")
        cookies = await page.evaluate("document.cookie")

        # Live: once the page's subscriptions are registered, a new order and a new alert arrive.
        await wait_for_listeners(server, at_least=listening + SUBSCRIPTIONS)
        await page.wait_for("document.getElementById('feed-state').dataset.state === 'live'", what="the feed is live")
        order = await placed(server, admin_token, "LIVE-1", [("SKU-A", 1)])
        new_order = await page.wait_for(
            f"(document.querySelector('#feed li[data-kind=order][data-key={json.dumps(order['number'])}][data-status=PENDING]')"
            " || {})"
            ".textContent",
            what="the new order shows in the live feed",
        )
        await raise_alert(kind=AlertKind.SLA_BREACH, severity=AlertSeverity.WARNING, subject="order:live", facts={})
        await page.wait_for(
            "document.querySelector('#feed li[data-kind=alert][data-key=\"order:live\"]') !== null",
            what="the raised alert shows in the live feed",
        )
        live_alerts = await page.evaluate(_all("#alerts tbody tr[data-id]") + ".map(r => r.cells[2].textContent)")
        await screenshot(page, "dashboard.png")
        requested = list(page.requested)

    # One point per row of the daily report, with its figures; one bar per channel row.
    assert len(truth["byDay"]) > 10
    assert sorted(points) == sorted([row["period"], row["orders"]] for row in truth["byDay"])
    assert sorted(bars) == sorted(
        [f"{row['channel']} · {row['currency']}", float(row["revenue"]["amount"])] for row in truth["byChannel"]
    )
    rates = ("onTimeShipRate", "cancelledRate", "returnRate")
    assert rate_points == sum(row[rate] is not None for row in truth["rates"] for rate in rates) > 0
    assert cover_bars == min(10, sum(row["daysOfCover"] is not None for row in truth["inventory"])) > 0
    assert low_stock == [
        [e["node"]["product"]["sku"], e["node"]["warehouse"]["code"]] for e in lists["stockLevels"]["edges"]
    ]
    assert low_stock == [["SKU-C", "east"]]
    assert open_alerts == [e["node"]["subject"] for e in lists["alerts"]["edges"]] == ["stock:SKU-C@east"]
    assert viewer == "OPS"
    assert (stored, cookies) == (ops, "")  # the token lives in this tab's sessionStorage; no cookie
    assert f"Order {order['number']} new, PENDING · web" in new_order
    assert live_alerts == ["order:live", "stock:SKU-C@east"]  # the live alert joined the open ones
    # Everything from the server under test: the page, its files, the API and its WebSocket
    # (data: is chromium's own calendar icon of the date inputs).
    assert any(address.endswith("/dashboard.js") for address in requested)
    assert [address for address in requested if not address.startswith((server.base_url, "data:"))] == []


BY_CHANNEL = """
query($from: DateTime!, $to: DateTime!, $filter: ReportFilter) { analytics {
  byDay: report(measures: [ORDERS], dimensions: [DAY], from: $from, to: $to, filter: $filter) { period orders }
  byChannel: report(measures: [REVENUE], dimensions: [CHANNEL], from: $from, to: $to, filter: $filter) { channel }
} }
"""


@needs_chromium
@pytest.mark.live_server
@pytest.mark.stock_drift  # random history is written straight to the tables: the ledger does not reconcile
async def test_choosing_a_channel_charts_that_channels_sales(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    # given sales on several channels
    await random_history(30)
    ops = await make_token(Role.OPS)
    web = (await server.gql(BY_CHANNEL, {**API_WINDOW, "filter": {"channel": "web"}}, token=ops))["data"]["analytics"]
    every = (await server.gql(BY_CHANNEL, API_WINDOW, token=ops))["data"]["analytics"]
    async with offline_page(f"{server.base_url}/dashboard?{WINDOW}") as page:
        await sign_in(page, ops)
        await page.wait_for("document.body?.dataset.loaded === 'true'", what="the reports load")
        offered = await page.evaluate(_all("#window-channel option") + ".map(o => o.value)")

        # when web is chosen
        await page.evaluate(
            "document.getElementById('window-channel').value = 'web';"
            "document.body.dataset.loaded = '';"
            "document.getElementById('window-form').requestSubmit()"
        )
        await page.wait_for("document.body?.dataset.loaded === 'true'", what="the web reports load")
        points = await page.evaluate(
            _all("#chart-orders circle.point") + ".map(c => [c.dataset.x, Number(c.dataset.y)])"
        )
        bars = await page.evaluate(_all("#chart-channels rect.bar") + ".map(b => b.dataset.label)")
        search = await page.evaluate("location.search")

    # then the charts draw web's rows only, and the address keeps the choice
    assert "" in offered and "web" in offered and len(offered) > 2
    assert len({row["channel"] for row in every["byChannel"]}) > 1
    assert sorted(points) == sorted([row["period"], row["orders"]] for row in web["byDay"])
    assert {label.split(" · ")[0] for label in bars} == {"web"}
    assert "channel=web" in search


def _alert_row(subject: str) -> str:
    """JavaScript: the alerts table's row for `subject` (or undefined)."""
    return _all("#alerts tbody tr[data-id]") + f".find(r => r.cells[2].textContent === {json.dumps(subject)})"


@needs_chromium
@pytest.mark.live_server
async def test_staff_acknowledge_and_resolve_alerts_from_the_dashboard(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    # given three open alerts
    alerts = [
        await raise_alert(kind=AlertKind.SLA_BREACH, severity=AlertSeverity.WARNING, subject=f"order:{n}", facts={})
        for n in ("one", "two", "three")
    ]
    assert all(alerts)
    ops = await make_token(Role.OPS)
    async with offline_page(f"{server.base_url}/dashboard") as page:
        await sign_in(page, ops)
        await page.wait_for("document.body?.dataset.loaded === 'true'", what="the lists load")

        # when OPS acknowledges the first and resolves the second
        await page.evaluate(_alert_row("order:one") + ".querySelector('button[data-action=acknowledge]').click()")
        await page.wait_for(_alert_row("order:one") + "?.dataset.status === 'ACKNOWLEDGED'", what="acknowledged")
        acknowledged_buttons = await page.evaluate(_alert_row("order:one") + ".querySelectorAll('button').length")
        await page.evaluate(_alert_row("order:two") + ".querySelector('button[data-action=resolve]').click()")
        await page.wait_for(_alert_row("order:two") + " === undefined", what="the resolved alert leaves the list")
        count = await page.evaluate("document.getElementById('alerts-count').textContent")

        # and resolves the third, which someone else resolved meanwhile
        third = alerts[2]
        assert third is not None
        await server.gql(
            "mutation($i: AlertIdInput!) { alertResolve(input: $i) { userErrors { code } } }",
            {"i": {"id": to_global_id("Alert", third.id)}},
            token=admin_token,
        )
        await page.evaluate(_alert_row("order:three") + ".querySelector('button[data-action=resolve]').click()")
        refused = await page.wait_for(
            "!document.getElementById('alerts-error').hidden && document.getElementById('alerts-error').textContent",
            what="the refusal shows",
        )
        still_listed = await page.evaluate(_alert_row("order:three") + " !== undefined")

    # then the API has them so, and the page said what it could not do
    statuses = {a.subject: a.status.value for a in await Alert.all()}
    assert statuses == {"order:one": "ACKNOWLEDGED", "order:two": "RESOLVED", "order:three": "RESOLVED"}
    assert acknowledged_buttons == 1  # only "Resolve" is left
    assert count == "2"
    assert refused.startswith("Could not resolve the alert: ")
    assert still_listed


def feed_entries(number: str, status: str) -> str:
    """JavaScript: how many feed entries tell that order `number` went to `status`."""
    return _all(f"#feed li[data-kind=order][data-key={json.dumps(number)}][data-status={status}]") + ".length"


@needs_chromium
@pytest.mark.live_server
async def test_the_feed_reconnects_after_a_drop_and_replays_what_it_missed(
    server: Server, admin_token: str, catalog: dict[str, Any]
) -> None:
    host, port = server.base_url.removeprefix("http://").split(":")
    listening = await live_subscribers(server)
    async with FreezingProxy.to(host, int(port)) as proxy:
        async with offline_page(f"http://127.0.0.1:{proxy.port}/dashboard") as page:
            await sign_in(page, admin_token)
            await wait_for_listeners(server, at_least=listening + SUBSCRIPTIONS)
            before = await placed(server, admin_token, "BEFORE-DROP", [("SKU-A", 1)])
            await page.wait_for(
                f"{feed_entries(before['number'], 'ALLOCATED')} === 1", what="the order before the drop"
            )

            # The network drops the page's connections, and holds its reconnection until thawed.
            proxy.freeze()
            proxy.cut()
            await page.wait_for(
                "document.getElementById('feed-state').dataset.state === 'reconnecting'", what="the page sees the drop"
            )
            during = await placed(server, admin_token, "DURING-DROP", [("SKU-B", 1)])
            await outbox_drained(server)  # published while the page had no subscription to hear it
            proxy.thaw()

            await page.wait_for(
                f"{feed_entries(during['number'], 'ALLOCATED')} === 1", what="the missed order, replayed"
            )
            counts = await page.evaluate(
                "["
                + ", ".join(feed_entries(o["number"], s) for o in (before, during) for s in ("PENDING", "ALLOCATED"))
                + "]"
            )
            state = await page.evaluate("document.getElementById('feed-state').dataset.state")
            requested = list(page.requested)

    assert counts == [1, 1, 1, 1]  # each event once: the replay starts after the last one seen
    assert state == "live"
    assert [
        address for address in requested if not address.startswith((f"http://127.0.0.1:{proxy.port}", "data:"))
    ] == []


async def error_shown(page: Page, *, what: str) -> str:
    text: str = await page.wait_for(
        "document.body?.dataset.view === 'sign-in' && !document.getElementById('sign-in-error').hidden"
        " && document.getElementById('sign-in-error').textContent",
        what=what,
    )
    return text


@needs_chromium
@pytest.mark.live_server
async def test_without_a_token_the_sign_in_form_shows_and_refused_tokens_say_why(
    server: Server, admin_token: str
) -> None:
    customer = await make_token(Role.CUSTOMER, "someone@example.com")
    ops = await make_token(Role.OPS)

    async with offline_page(f"{server.base_url}/dashboard") as page:
        await page.wait_for("document.body?.dataset.view === 'sign-in'", what="the sign-in form shows")
        first = await page.evaluate(
            "[document.getElementById('sign-in').hidden, document.getElementById('dashboard').hidden,"
            " document.getElementById('sign-in-error').hidden]"
        )

        await sign_in(page, "not-a-token")
        refused = await error_shown(page, what="a refused token's error")
        refused_stored = await page.evaluate("sessionStorage.getItem('ordergraph.dashboard.token')")

        await sign_in(page, customer)
        wrong_role = await error_shown(page, what="a customer token's error")

        # A token that worked and then stopped (a token kept in the tab, revoked since).
        await sign_in(page, ops)
        await page.wait_for("document.body?.dataset.view === 'dashboard'", what="the OPS token signs in")
        # Nothing to show is said, not left blank; a window chosen in the form lands in the URL.
        await page.wait_for("document.body?.dataset.loaded === 'true'", what="the (empty) reports load")
        empty = await page.evaluate(_all(".chart .empty") + ".length")
        nothing_low = await page.evaluate("document.querySelector('#low-stock tbody').textContent")
        await page.evaluate(
            "document.getElementById('window-from').value = '2026-02-01';"
            "document.getElementById('window-to').value = '2026-02-28';"
            "document.getElementById('window-form').requestSubmit()"
        )
        await page.wait_for("document.body?.dataset.loaded === 'true'", what="the chosen window loads")
        search = await page.evaluate("location.search")
        await page.evaluate("sessionStorage.setItem('ordergraph.dashboard.token', 'revoked-since'); location.reload()")
        stale = await error_shown(page, what="the stale token's error after a reload")
        dashboard_hidden = await page.evaluate("document.getElementById('dashboard').hidden")
        stale_stored = await page.evaluate("sessionStorage.getItem('ordergraph.dashboard.token')")

    assert first == [False, True, True]  # the form, no dashboard, no error
    assert refused == "That token was refused: Invalid or expired token."
    assert refused_stored is None
    assert wrong_role == "This dashboard is for OPS and ADMIN tokens; this token's role is CUSTOMER."
    assert (empty, nothing_low, search) == (4, "Nothing below its safety stock.", "?from=2026-02-01&to=2026-02-28")
    assert stale == "That token was refused: Invalid or expired token."
    assert (dashboard_hidden, stale_stored) == (True, None)


async def test_the_page_and_its_files_come_from_the_package_with_a_strict_policy(settings: Settings) -> None:
    production = settings.model_copy(update={"env": "production", "allow_embedded_in_production": True})
    async with serve_clean(production) as server:
        page = await server.http.get("/dashboard")
        files = {name: await server.http.get(f"{ASSETS_PATH}/{name}") for name in ("dashboard.js", "dashboard.css")}
        missing = await server.http.get(f"{ASSETS_PATH}/nothing.js")

    assert page.status_code == 200
    assert page.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "script-src 'self';" in CONTENT_SECURITY_POLICY and "unsafe-inline" not in CONTENT_SECURITY_POLICY
    assert page.headers["x-content-type-options"] == "nosniff"
    assert f'src="{ASSETS_PATH}/dashboard.js"' in page.text
    assert f'href="{ASSETS_PATH}/dashboard.css"' in page.text
    assert "<script>" not in page.text and "style=" not in page.text  # nothing inline: the policy would refuse it
    for name, response in files.items():
        assert response.status_code == 200
        assert response.content == (ASSETS_DIR / name).read_bytes()
    assert missing.status_code == 404
    # Nothing from elsewhere: the only absolute URL is the SVG namespace, which is a name, not a request.
    for path in (PACKAGE_DIR / "index.html", *ASSETS_DIR.iterdir()):
        text = path.read_text()
        assert "https://" not in text, path
        assert text.replace("http://www.w3.org/2000/svg", "").count("http://") == 0, path


def test_the_page_follows_the_root_path_and_ships_in_the_wheel() -> None:
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    page = dashboard_html("/oms/")

    assert f'src="/oms{ASSETS_PATH}/dashboard.js"' in page
    assert '<meta name="oms-root" content="/oms" />' in page
    assert package_data["dashboard"] == ["index.html", "static/*"]
    assert {path.name for path in ASSETS_DIR.iterdir()} == {"dashboard.js", "dashboard.css"}
