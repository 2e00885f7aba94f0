"""The HTTP extras beside /graphql: /healthz, /readyz and /metrics (no token needed)."""

from __future__ import annotations

import gc

import pytest
from prometheus_client.parser import text_string_to_metric_families

from app import tune_collector
from tests.fixtures.backends import Backends, settings_for
from tests.fixtures.catalog import ORDER_STATUS_SUB
from tests.fixtures.live import subscribe
from tests.fixtures.server import Server, serve_clean


def parse_prometheus(text: str) -> tuple[dict[str, str], dict[str, float]]:
    """The declared type of each metric family and the samples without labels, read with
    prometheus_client's own parser (which rejects text that is not the exposition format)."""
    types: dict[str, str] = {}
    samples: dict[str, float] = {}
    for family in text_string_to_metric_families(text):
        assert family.name not in types, f"duplicate family {family.name}"
        types[family.name] = family.type
        for sample in family.samples:
            if not sample.labels:
                assert sample.name not in samples, f"duplicate sample {sample.name}"
                samples[sample.name] = sample.value
    return types, samples


async def test_healthz_is_ok_without_a_token(server: Server) -> None:
    response = await server.http.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


async def test_readyz_reports_database_relay_and_bus_ok(server: Server) -> None:
    response = await server.http.get("/readyz")
    live = await server.http.get("/readyz/live")

    checks = {"database": "ok", "migrations": "ok", "relay": "ok", "bus": "ok"}
    assert response.status_code == 200
    assert response.json() == {"status": "ready", "live": "ready", "checks": checks}
    assert live.status_code == 200
    assert live.json() == {"status": "ready", "checks": checks}


@pytest.mark.live_server  # a WebSocket subscription
async def test_metrics_is_prometheus_text_with_backlog_and_live_subscribers(server: Server, admin_token: str) -> None:
    idle = await server.http.get("/metrics")
    async with subscribe(server, ORDER_STATUS_SUB, token=admin_token):
        busy = await server.http.get("/metrics")

    assert idle.status_code == 200
    assert idle.headers["content-type"].startswith("text/plain")
    assert "version=0.0.4" in idle.headers["content-type"]
    assert idle.text.endswith("\n")
    types, samples = parse_prometheus(idle.text)
    assert {"oms_outbox_backlog", "oms_live_subscribers"} <= set(samples)
    assert "unknown" not in types.values(), "every sample has a # TYPE line"
    assert types["oms_outbox_backlog"] == types["oms_live_subscribers"] == "gauge"
    assert samples["oms_outbox_backlog"] >= 0 and samples["oms_outbox_backlog"].is_integer()
    assert samples["oms_live_subscribers"] == 0
    assert parse_prometheus(busy.text)[1]["oms_live_subscribers"] == 1


async def test_a_started_server_freezes_what_startup_built_and_collects_young_objects_less_often(
    backends: Backends,
) -> None:
    before = gc.get_threshold()
    try:
        async with serve_clean(settings_for(backends, gc_young_threshold=12_345)) as server:
            assert (await server.http.get("/healthz")).status_code == 200
            started = gc.get_threshold(), gc.get_freeze_count()
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)

    assert started[0] == (12_345, before[1], before[2])
    assert started[1] > 10_000, "the modules, the schema and the app built at startup"


def test_a_threshold_of_zero_leaves_the_collector_as_python_sets_it() -> None:
    before = gc.get_threshold(), gc.get_freeze_count()
    tune_collector(0)
    assert (gc.get_threshold(), gc.get_freeze_count()) == before
