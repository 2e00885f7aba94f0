"""GraphiQL works without internet: chromium, cut off from everything but 127.0.0.1, loads
GET /graphql from a live server, the IDE renders with its explorer, and a query runs.

Also: the vendored files are exactly npm's (scripts/fetch_graphiql.py's pins), they are
package data of the wheel, and production serves neither the page nor the files."""

from __future__ import annotations

import tomllib
from pathlib import Path
from urllib.parse import quote

import pytest

from ide import ASSETS_DIR, ASSETS_PATH
from settings import Settings
from tests.fixtures.chromium import CHROMIUM, offline_page
from tests.fixtures.server import serve_clean

ROOT = Path(__file__).resolve().parents[2]
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is missing: `make chromium` installs it")
async def test_graphiql_renders_and_runs_a_query_with_no_network(settings: Settings) -> None:
    async with serve_clean(settings, live=True) as server:
        url = f"{server.base_url}/graphql?q={quote('query Offline { __typename }')}"
        async with offline_page(url) as page:
            await page.wait_for("document.querySelector('.graphiql-execute-button') !== null", what="GraphiQL renders")
            sidebar = await page.evaluate(
                "Array.from(document.querySelectorAll('.graphiql-sidebar button'), b => b.getAttribute('aria-label'))"
            )
            await page.evaluate("document.querySelector('.graphiql-execute-button').click()")
            result = await page.wait_for(
                "(document.querySelector('.result-window') || {}).innerText.includes('__typename')"
                " && document.querySelector('.result-window').innerText",
                what="the query's result shows",
            )
            requested = list(page.requested)

    assert "Show GraphiQL Explorer" in sidebar, sidebar  # the explorer plugin loaded
    assert '"__typename": "Query"' in result
    # Everything from the server under test (fonts are inlined in the CSS as data: URLs).
    assert requested
    assert [address for address in requested if not address.startswith((server.base_url, "data:"))] == []


def test_the_vendored_files_are_npms_and_ship_in_the_wheel() -> None:
    from scripts.fetch_graphiql import PINS, mismatches

    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]

    assert mismatches() == []
    assert {path.name for path in ASSETS_DIR.iterdir()} == {*PINS, "README.md"}
    assert package_data["ide"] == ["graphiql.html", "graphiql/*"]


async def test_development_serves_the_ide_from_this_server(settings: Settings) -> None:
    async with serve_clean(settings) as server:
        page = await server.http.get("/graphql", headers={"Accept": BROWSER_ACCEPT})
        script = await server.http.get(f"{ASSETS_PATH}/graphiql.min.js")

    assert page.status_code == 200
    assert "unpkg.com" not in page.text and "https://" not in page.text
    assert f'src="{ASSETS_PATH}/graphiql.min.js"' in page.text
    assert script.status_code == 200
    assert script.content == (ASSETS_DIR / "graphiql.min.js").read_bytes()


async def test_production_serves_neither_the_ide_nor_its_files(settings: Settings) -> None:
    production = settings.model_copy(update={"env": "production", "allow_embedded_in_production": True})
    async with serve_clean(production) as server:
        page = await server.http.get("/graphql", headers={"Accept": BROWSER_ACCEPT})
        script = await server.http.get(f"{ASSETS_PATH}/graphiql.min.js")

    assert page.status_code == 404
    assert script.status_code == 404
