#!/usr/bin/env python3
"""Fail on a breaking change to the public schema that the changelog does not announce.

    .venv/bin/python scripts/schema_breaking.py [--root DIR]

Compares `schema.graphql` (the checked-in SDL, kept equal to the code by `make schema`)
with the last release's: `git show <newest tag>:schema.graphql` when the repository has a
tag, otherwise the `schema.release.graphql` snapshot. graphql-core's `find_breaking_changes`
lists what would break a client; each change must be announced in CHANGELOG.md under a
heading containing "Breaking" above the release compared with (normally `### Breaking`
under `## Unreleased`), by naming its schema coordinate in backticks, e.g.

    ### Breaking
    - `Mutation.allocationPreview` removed (deprecated since 0.2.0): use `Query.allocationPreview`.

Dangerous changes (an enum value or optional argument added, ...) are printed, not failed.
Exit status: 0 announced or none, 1 a breaking change is not announced, 2 cannot compare.
docs/deprecation.md is the policy this enforces.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from graphql import BreakingChange, DangerousChange, build_schema, find_breaking_changes, find_dangerous_changes

SDL = "schema.graphql"
SNAPSHOT = "schema.release.graphql"
CHANGELOG = "CHANGELOG.md"

# A coordinate in a graphql-core change description: `Type.field`, or a type's name.
_DOTTED = re.compile(r"\b([A-Za-z_]\w*\.[A-Za-z_]\w*)\b")
_NAME = re.compile(r"\b([A-Z]\w*)\b")
_HEADING = re.compile(r"^(#+)\s+(.*?)\s*$")
_CODE = re.compile(r"`([^`]+)`")
# Words of graphql-core's descriptions that are not type names.
_PROSE = {"Field", "Enum", "Arg", "Type", "Object", "Interface", "Union", "Input", "Scalar", "A", "An"}


@dataclass(frozen=True)
class Release:
    name: str  # the tag, or the version the snapshot names ("0.1.0")
    sdl: str
    source: str  # where it came from, for the report


def _git(root: Path, *args: str) -> str | None:
    done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=False)
    return done.stdout if done.returncode == 0 else None


def last_release(root: Path) -> Release:
    """The newest tag's schema.graphql, or the snapshot (its first comment names the release)."""
    tag = (_git(root, "describe", "--tags", "--abbrev=0") or "").strip()
    if tag:
        sdl = _git(root, "show", f"{tag}:{SDL}")
        if sdl is None:
            raise SystemExit(f"error: tag {tag} has no {SDL}")
        return Release(name=tag.removeprefix("v"), sdl=sdl, source=f"git show {tag}:{SDL}")
    snapshot = root / SNAPSHOT
    if not snapshot.exists():
        raise SystemExit(f"error: no release tag and no {SNAPSHOT} to compare with")
    text = snapshot.read_text()
    named = re.search(r"release v?(\d[\w.+-]*)", text.partition("\n")[0])
    return Release(name=named.group(1) if named else "", sdl=text, source=SNAPSHOT)


def coordinates(change: BreakingChange | DangerousChange) -> set[str]:
    """What a change is about, as the changelog may name it: `Type.field` where the
    description has one, otherwise the type names it mentions."""
    dotted = set(_DOTTED.findall(change.description))
    return dotted or {name for name in _NAME.findall(change.description) if name not in _PROSE}


def announced(changelog: str, release: str) -> list[str]:
    """The code spans (`...`) of every "Breaking" section above the release's own heading."""
    spans: list[str] = []
    section_level: int | None = None
    for line in changelog.splitlines():
        heading = _HEADING.match(line)
        if heading:
            level, title = len(heading.group(1)), heading.group(2)
            if release and level <= 2 and title.lstrip("v[").startswith(release):
                break  # the release compared with, and everything older
            if section_level is not None and level <= section_level:
                section_level = None
            if "breaking" in title.lower():
                section_level = level
            continue
        if section_level is not None:
            spans.extend(_CODE.findall(line))
    return spans


def unannounced(changes: list[BreakingChange], changelog: str, release: str) -> list[BreakingChange]:
    spans = announced(changelog, release)

    def listed(change: BreakingChange) -> bool:
        return any(re.search(rf"(?<![\w.]){re.escape(c)}(?!\w)", span) for c in coordinates(change) for span in spans)

    return [change for change in changes if not listed(change)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1])
    args = parser.parse_args(argv)
    root: Path = args.root
    release = last_release(root)
    try:
        old, new = build_schema(release.sdl), build_schema((root / SDL).read_text())
    except Exception as error:  # a schema that does not parse cannot be compared
        print(f"error: cannot compare the schemas: {error}", file=sys.stderr)
        return 2
    breaking = find_breaking_changes(old, new)
    for change in find_dangerous_changes(old, new):
        print(f"note (dangerous, not breaking): {change.description}")
    missing = unannounced(breaking, (root / CHANGELOG).read_text() if (root / CHANGELOG).exists() else "", release.name)
    print(f"{SDL} against {release.source}: {len(breaking)} breaking change(s), {len(missing)} not in {CHANGELOG}")
    for change in missing:
        names = " or ".join(f"`{c}`" for c in sorted(coordinates(change)))
        print(f"BREAKING, not announced: {change.description} (name {names} under a Breaking heading)")
    if missing:
        print(
            f"Either keep the old field as a @deprecated alias for one release (docs/deprecation.md), or add to "
            f"{CHANGELOG} under `## Unreleased`:\n### Breaking\n- `Type.field` ...: what clients must do instead.",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
