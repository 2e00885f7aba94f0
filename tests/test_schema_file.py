"""schema.graphql is the checked-in contract: it must match the code."""

from __future__ import annotations

from schema.root import build_schema
from settings import ROOT


def test_checked_in_schema_is_current() -> None:
    checked_in = (ROOT / "schema.graphql").read_text()

    assert checked_in == build_schema().as_str() + "\n", "schema.graphql is stale: run `make schema`"
