"""The compiled path coerces a request's variables as graphql-core does (schema.compiled_run
`_executor`: the operation and the variables' types worked out once per document).

Each set of variables is sent with a document the compiled path already serves, and with a
copy of that document it has not seen (one space more: graphql-core answers its first
request); the two bodies must be the same bytes, errors included."""

from __future__ import annotations

from typing import Any

import pytest

import metrics
from models.access import Role
from schema.common import to_global_id
from settings import Settings
from tests.fixtures.backends import Backends, settings_for
from tests.fixtures.catalog import seed_order
from tests.fixtures.database import make_token
from tests.fixtures.server import Server
from tests.graphql.test_compiled import AVAILABLE

BOTH = "query V($id: ID!, $n: Int) { order(id: $id) { id number } orders(first: $n) { edges { node { id } } } }"
DEFAULTED = "query W($n: Int = 1) { orders(first: $n) { edges { node { id } } } }"


@pytest.fixture
def settings(backends: Backends) -> Settings:
    return settings_for(backends, compiled_check=False)  # compiled answers are served


def _hits() -> float:
    return float(metrics.COMPILED.labels(outcome="hit")._value.get())


async def test_variables_are_coerced_as_graphql_core_coerces_them(server: Server, catalog: dict[str, Any]) -> None:
    # given two orders and two documents the compiled path has learned
    admin = await make_token(Role.ADMIN)
    order = await seed_order(admin, "REF-1", [("SKU-A", 1)])
    await seed_order(admin, "REF-2", [("SKU-B", 1)])
    gid = str(to_global_id("Order", order.id))
    await server.gql(BOTH, {"id": gid, "n": 1}, token=admin)
    await server.gql(DEFAULTED, {}, token=admin)
    cases: list[tuple[str, dict[str, Any], bool]] = [
        # (document, variables, whether the compiled path answers it)
        (BOTH, {"id": gid, "n": 2}, True),
        (BOTH, {"id": gid, "n": None}, True),  # an explicit null
        (BOTH, {"id": order.id, "n": 1}, True),  # an ID given as an integer
        (BOTH, {"id": gid}, True),  # a nullable variable left out
        (BOTH, {"id": gid, "extra": 1}, True),  # a variable the operation does not declare
        (BOTH, {"n": 1}, False),  # a required one left out
        (BOTH, {"id": None, "n": 1}, False),
        (BOTH, {"id": gid, "n": "1"}, False),  # of the wrong type
        (BOTH, {"id": gid, "n": 2**31}, False),  # beyond Int's 32 bits
        (BOTH, {"id": gid, "n": 1.5}, False),
        (BOTH, {"id": [gid], "n": 1}, False),  # a list for an ID
        (BOTH, {"id": {"x": gid}, "n": 1}, False),
        (DEFAULTED, {}, True),  # the default taken
        (DEFAULTED, {"n": 2}, True),
        (DEFAULTED, {"n": "x"}, False),
    ]

    for number, (document, variables, compiled) in enumerate(cases, start=1):
        # when the variables are sent with the learned document, and with a copy new to it
        hits_before = _hits()
        served = await server.http.post(
            "/graphql", json={"query": document, "variables": variables}, headers={"Authorization": f"Bearer {admin}"}
        )
        fresh = await server.http.post(
            "/graphql",
            json={"query": document + " " * number, "variables": variables},
            headers={"Authorization": f"Bearer {admin}"},
        )

        # then both answers are the same, and the compiled path answered those it may
        assert served.status_code == fresh.status_code, variables
        assert AVAILABLE.sub(b"", served.content) == AVAILABLE.sub(b"", fresh.content), variables
        assert _hits() - hits_before == (1 if compiled else 0), variables
        assert (b'"errors"' not in served.content) == compiled, served.content
