"""The GraphiQL IDE page, served with its files from this package: it needs no network.

`ide/graphiql/` holds the files exactly as npm publishes them (scripts/fetch_graphiql.py
fetches them and checks their sha256; ide/graphiql/README.md lists versions and licences).
The app serves them under ASSETS_PATH and graphql_view renders `graphiql_html()` at GET
/graphql in development; production serves neither.
"""

from __future__ import annotations

import functools
from pathlib import Path

ASSETS_DIR = Path(__file__).resolve().parent / "graphiql"
# Where the app serves ASSETS_DIR (beside /graphql, not under it: /graphql is one route).
ASSETS_PATH = "/graphiql"


@functools.cache
def _template() -> str:
    return (Path(__file__).resolve().parent / "graphiql.html").read_text(encoding="utf-8")


def graphiql_html(root_path: str = "") -> str:
    """The IDE page; `root_path` is the prefix a proxy mounts the app under (ASGI root_path)."""
    return _template().replace("{{assets}}", root_path.rstrip("/") + ASSETS_PATH)
