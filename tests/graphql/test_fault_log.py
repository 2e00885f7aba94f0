"""A fault's log entry is bounded, whatever the size of the request that met it.

The fault is genuine: the public `orderTrack` reads orders from a dedicated SQLite database
that has lost its "order" table (the shared test database is untouched). The request is close
to the 1 MiB body limit: a huge comment on the query's one line (which a GraphQL error's
location excerpt repeats) and a huge variable the operation does not use (every argument is
checked against its domain, so the bulk cannot be in one).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from request_log import log_formatter
from settings import Settings
from tests.fixtures.backends import SECRET
from tests.fixtures.server import serve

ROOT = Path(__file__).resolve().parents[2]
MAX_ENTRY = 16 * 1024  # characters of one written log entry


class Written(logging.Handler):
    """Every entry at WARNING or above, as the JSON log line the app writes."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.setFormatter(log_formatter())
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@contextlib.contextmanager
def written_log() -> Iterator[Written]:
    root = logging.getLogger()
    handler, level = Written(), root.level
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


def _migrated_without_orders(tmp_path: Path) -> Path:
    path = tmp_path / "faulty.sqlite3"
    env = {k: v for k, v in __import__("os").environ.items() if not k.startswith("OMS_")}
    env.update(OMS_DATABASE_URL=f"sqlite://{path}", OMS_SECRET_KEY=SECRET)
    done = subprocess.run(
        [str(Path(sys.executable).parent / "oms"), "migrate"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute('DROP TABLE "order"')
        conn.commit()
    return path


@pytest.mark.parametrize("env", ["development", "production"])
async def test_the_log_entry_of_a_fault_is_bounded_for_a_1_mib_request(tmp_path: Path, env: str) -> None:
    path = await asyncio.to_thread(_migrated_without_orders, tmp_path)
    settings = Settings(
        database_url=f"sqlite://{path}",
        broadcast_url="memory://",
        secret_key=SECRET,
        env=env,
        log_level="WARNING",
        allow_embedded_in_production=True,
    )
    comment = "x" * 450_000
    variable = "y" * 450_000
    query = (
        'query($n: String!, $e: String!) { a: orderTrack(number: $n, email: "ada@example.com") { status } '
        "b: orderTrack(number: $n, email: $e) { status } } # %s" % comment
    )
    async with serve(settings) as server:
        with written_log() as log:
            response = await server.http.post(
                "/graphql",
                json={"query": query, "variables": {"n": "OG-000001", "e": "ada@example.com", "padding": variable}},
            )
        request_bytes = len(response.request.content)

    assert request_bytes > 900_000
    body = response.json()
    assert response.status_code == 200 and {e["message"] for e in body["errors"]} == {"Unexpected error."}, body
    faults = [line for line in log.lines if '"level": "ERROR"' in line]
    assert len(faults) == 2, [line[:300] for line in log.lines]  # one per failed field
    assert max(len(line) for line in log.lines) <= MAX_ENTRY, sorted(len(line) for line in log.lines)
    assert sum(len(line) for line in log.lines) <= 4 * MAX_ENTRY
