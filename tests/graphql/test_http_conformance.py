"""GraphQL-over-HTTP conformance: the graphql-http server audit and the media-type rules behind it."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest

from tests.fixtures.server import Server

AUDIT_DIR = Path(__file__).resolve().parents[1] / "audit"
GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(
            f"`{name}` is not on PATH: the GraphQL-over-HTTP audit needs Node.js (>= 18) and npm "
            f"to run tests/audit/audit.mjs (install them, e.g. `apt-get install nodejs npm`)",
            pytrace=False,
        )
    return path


async def _run(*argv: str, cwd: Path, timeout: float) -> tuple[int, str]:
    """Runs a command without blocking the event loop (the server under test shares it)."""
    proc = await asyncio.create_subprocess_exec(
        *argv, cwd=cwd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
    )
    try:
        out, _ = await asyncio.wait_for(proc.communicate(), timeout)
    except TimeoutError:
        proc.kill()
        out, _ = await proc.communicate()
        return -1, f"timed out after {timeout}s: {' '.join(argv)}\n{out.decode(errors='replace')}"
    assert proc.returncode is not None
    return proc.returncode, out.decode(errors="replace")


async def _ensure_audit_installed(npm: str) -> None:
    if (AUDIT_DIR / "node_modules" / "graphql-http" / "package.json").is_file():
        return
    code, output = await _run(npm, "ci", "--no-audit", "--no-fund", cwd=AUDIT_DIR, timeout=300)
    assert code == 0, f"`npm ci` in {AUDIT_DIR} failed (exit {code}):\n{output}"


async def test_graphql_http_server_audit_passes_without_warnings(server: Server) -> None:
    node, npm = _tool("node"), _tool("npm")
    await _ensure_audit_installed(npm)

    code, output = await _run(node, "audit.mjs", f"{server.base_url}/graphql", cwd=AUDIT_DIR, timeout=120)

    assert code == 0, f"graphql-http audit failed (exit {code}):\n{output}"
    assert " 0 error, 0 warn, 0 notice" in output, output
