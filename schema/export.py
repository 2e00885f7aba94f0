"""The checked-in renderings of the code's contract: `schema.graphql` (the SDL) and
`docs/permissions.md` (the permission table). `make schema` writes them; tests compare."""

from __future__ import annotations

from pathlib import Path

from resolvers.permissions import render_markdown
from schema.root import build_schema

SDL_PATH = "schema.graphql"
PERMISSIONS_PATH = "docs/permissions.md"


def sdl() -> str:
    return build_schema().as_str() + "\n"


def root_fields() -> dict[str, list[str]]:
    """The operations of each root type, in schema order."""
    schema = build_schema()._schema
    roots = {"Query": schema.query_type, "Mutation": schema.mutation_type, "Subscription": schema.subscription_type}
    return {name: list(root.fields) for name, root in roots.items() if root is not None}


def permissions() -> str:
    return render_markdown(root_fields())


def write(root: Path) -> None:
    (root / SDL_PATH).write_text(sdl())
    (root / PERMISSIONS_PATH).parent.mkdir(parents=True, exist_ok=True)
    (root / PERMISSIONS_PATH).write_text(permissions())


if __name__ == "__main__":
    from settings import ROOT

    write(ROOT)
