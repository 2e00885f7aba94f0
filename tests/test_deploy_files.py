"""The Dockerfile and compose.yaml cannot be built here (no Docker daemon), so what they
say is checked, and the commands compose runs are run: with compose's environment, against
real PostgreSQL and Redis, including the image's healthcheck."""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
import sys
import tomllib
import uuid
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.fixtures.backends import SECRET, Backends
from tests.fixtures.processes import OMS, oms_process, oms_worker

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = (ROOT / "Dockerfile").read_text()
COMPOSE: dict[str, Any] = yaml.safe_load((ROOT / "compose.yaml").read_text())


def instructions(name: str) -> list[str]:
    return [
        line.split(None, 1)[1] for line in DOCKERFILE.replace("\\\n", " ").splitlines() if line.startswith(name + " ")
    ]


def test_the_image_installs_every_part_of_the_project_and_runs_unprivileged_with_a_healthcheck() -> None:
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    copied = {part for line in instructions("COPY") if not line.startswith("--from") for part in line.split()[:-1]}
    needed = {f"{m}.py" for m in setuptools["py-modules"]} | {p.split(".")[0] for p in setuptools["packages"]}

    assert needed <= copied, f"not copied into the image: {sorted(needed - copied)}"
    assert {"pyproject.toml", "README.md"} <= copied  # what `pip install .` reads
    assert instructions("USER") == ["oms"]
    assert len(instructions("HEALTHCHECK")) == 1
    assert instructions("FROM")[0].endswith("AS build")  # multi-stage: no compiler in the image


def healthcheck(port: int) -> list[str]:
    command = json.loads(re.sub(r"^.*?CMD\s+", "", instructions("HEALTHCHECK")[0]))
    return [sys.executable if part == "python" else part.replace(":8000/", f":{port}/") for part in command]


def compose_environment(backends: Backends, service: str = "api") -> dict[str, str]:
    """A service's environment from compose.yaml, pointed at the test's PostgreSQL and Redis."""
    env = dict(COMPOSE["services"][service]["environment"])
    # The shared environment; the API leaves the background loops to the worker service.
    loops_off = {"OMS_BACKGROUND_WORKERS": "false"} if service == "api" else {}
    assert env == {**COMPOSE["services"]["migrate"]["environment"], **loops_off}
    assert env["OMS_ENV"] == "production"
    env.update(
        OMS_DATABASE_URL=backends.database_url,
        OMS_BROADCAST_URL=backends.broadcast_url,
        OMS_SECRET_KEY=SECRET,
        OMS_NAMESPACE=f"deploy-{uuid.uuid4().hex[:8]}",
        OMS_FORWARDED_ALLOW_IPS="127.0.0.1",
    )
    return env


@pytest.mark.postgres
async def test_compose_commands_migrate_then_serve_in_production_and_pass_the_healthcheck(
    backends: Backends,
) -> None:
    env = compose_environment(backends)
    migrate = COMPOSE["services"]["migrate"]["command"]
    serve = COMPOSE["services"]["api"]["command"]
    assert migrate[0] == serve[0] == "oms"
    assert COMPOSE["services"]["api"]["depends_on"]["migrate"] == {"condition": "service_completed_successfully"}

    # The one-shot migration, as compose runs it
    done = await asyncio.to_thread(
        subprocess.run, [OMS, *migrate[1:]], env={**_base_env(), **env}, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr

    # The API, as compose runs it (on a free local port instead of 0.0.0.0:8000)
    options = dict(zip(serve[2::2], serve[3::2], strict=True))
    assert options["--port"] == "8000"
    extra = [arg for key, value in options.items() if key not in ("--host", "--port") for arg in (key, value)]
    async with oms_process(backends, *extra, env=env) as server:
        port = int(server.base_url.rsplit(":", 1)[1])
        check = await asyncio.to_thread(
            subprocess.run, healthcheck(port), capture_output=True, text=True, timeout=30, check=False
        )
        ready = (await server.http.get("/readyz")).json()

    assert check.returncode == 0, check.stderr
    assert ready["status"] == "ready"
    assert ready["checks"]["migrations"] == "ok"
    assert ready["checks"]["relay"] == "ok"  # the API keeps its relay with the loops off


@pytest.mark.postgres
async def test_compose_worker_runs_the_loops_in_production_and_stops_on_sigterm(backends: Backends) -> None:
    service = COMPOSE["services"]["worker"]
    env = compose_environment(backends, "worker")
    assert service["command"] == ["oms", "worker"]
    assert service["depends_on"]["migrate"] == {"condition": "service_completed_successfully"}
    # No HTTP to probe: the image's healthcheck is the API's.
    assert service["healthcheck"] == {"disable": True}
    migrated = await asyncio.to_thread(
        subprocess.run, [OMS, "migrate"], env={**_base_env(), **env}, capture_output=True, text=True, check=False
    )
    assert migrated.returncode == 0, migrated.stderr

    async with oms_worker(backends, env) as worker:
        code = await worker.stop()

    assert code == 0, worker.log
    assert (
        "running: relay, reactions, webhooks, notifications, alert rules, forecast refresh, rollup refresh"
        in worker.log
    )
    assert "warning:" not in worker.log  # PostgreSQL and Redis: nothing it cannot share


def _base_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("OMS_")}
