"""schema.graphql and docs/permissions.md are the checked-in contract: they must match the code."""

from __future__ import annotations

from schema.export import PERMISSIONS_PATH, SDL_PATH, permissions, root_fields, sdl
from settings import ROOT


def test_checked_in_schema_is_current() -> None:
    assert (ROOT / SDL_PATH).read_text() == sdl(), "schema.graphql is stale: run `make schema`"


def test_checked_in_permission_table_is_current() -> None:
    assert (ROOT / PERMISSIONS_PATH).read_text() == permissions(), "docs/permissions.md is stale: run `make schema`"


def test_every_root_field_says_who_may_call_it() -> None:
    text = sdl()

    assert text.count("Roles: ") + text.count("Public: no token needed.") == sum(
        len(fields) for fields in root_fields().values()
    )
    assert '"""\n  Public self-service tracking' in text
