#!/usr/bin/env python3
"""Fetch the GraphiQL IDE's files from the npm registry into ide/graphiql/, checking each
against the sha256 pinned below (so the committed files are exactly npm's).

    python3 scripts/fetch_graphiql.py           # re-fetch with `npm pack` and check
    python3 scripts/fetch_graphiql.py --check   # only check the committed files (no network)

The versions are the ones strawberry-graphql 0.341.2's own GraphiQL page loads from unpkg
(its SRI hashes match these files); bump them together with strawberry and the hashes here.
Needs `npm` for fetching; only the standard library otherwise.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "ide" / "graphiql"

# file in ide/graphiql/ -> (npm package@version, path inside its tarball, sha256)
PINS: dict[str, tuple[str, str, str]] = {
    "graphiql.min.js": (
        "graphiql@3.8.3",
        "package/graphiql.min.js",
        "22faab94067b695e5f7959619fbe686ebcc8955002a0c97d986bcbba4ad4bc2c",
    ),
    "graphiql.min.css": (
        "graphiql@3.8.3",
        "package/graphiql.min.css",
        "b1868247f8e0502cd869e581f5f3cb55b334862e7f51b1d6cbace11059b9adc2",
    ),
    # The whole graphiql monorepo's licence (MIT); @graphiql/plugin-explorer, from the same
    # repository under the same licence, ships no LICENSE file of its own.
    "LICENSE.graphiql": (
        "graphiql@3.8.3",
        "package/LICENSE",
        "4b18fbe55c4e8f9169cb702be138f4d858a2dad920c39857204ffdc9c1c9fdc4",
    ),
    "plugin-explorer.umd.js": (
        "@graphiql/plugin-explorer@1.0.2",
        "package/dist/index.umd.js",
        "083e37e501d3e3920a60e627b82191af056009124dce82a332e8ac74db6ca38b",
    ),
    "plugin-explorer.css": (
        "@graphiql/plugin-explorer@1.0.2",
        "package/dist/style.css",
        "762850cb69873400d0ab1737c6158aee91f5c38195bc4a30ee02a3c5d5af4e01",
    ),
    "react.production.min.js": (
        "react@18.2.0",
        "package/umd/react.production.min.js",
        "4b4969fa4ef3594324da2c6d78ce8766fbbc2fd121fff395aedf997db0a99a06",
    ),
    "react-dom.production.min.js": (
        "react-dom@18.2.0",
        "package/umd/react-dom.production.min.js",
        "21758ed084cd0e37e735722ee4f3957ea960628a29dfa6c3ce1a1d47a2d6e4f7",
    ),
    "LICENSE.react": (
        "react@18.2.0",
        "package/LICENSE",
        "52412d7bc7ce4157ea628bbaacb8829e0a9cb3c58f57f99176126bc8cf2bfc85",
    ),
}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def mismatches(directory: Path = TARGET) -> list[str]:
    """The pinned files in `directory` that are missing or differ from their pin."""
    found = []
    for name, (_, _, expected) in PINS.items():
        path = directory / name
        if not path.is_file() or sha256(path.read_bytes()) != expected:
            found.append(name)
    return found


def fetch() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        packages = sorted({package for package, _, _ in PINS.values()})
        packed = subprocess.run(
            ["npm", "pack", "--silent", *packages], cwd=scratch, check=True, capture_output=True, text=True
        ).stdout.split()
        tarballs = dict(zip(packages, packed, strict=True))
        TARGET.mkdir(parents=True, exist_ok=True)
        for name, (package, member, expected) in PINS.items():
            with tarfile.open(Path(scratch) / tarballs[package]) as tarball:
                extracted = tarball.extractfile(member)
                if extracted is None:
                    sys.exit(f"{package} has no file {member}")
                data = extracted.read()
            if sha256(data) != expected:
                sys.exit(f"{package} {member}: sha256 {sha256(data)}, pinned {expected}; nothing written")
            (TARGET / name).write_bytes(data)
            print(f"{name:30} {package} {member}")


def main() -> None:
    if "--check" not in sys.argv[1:]:
        fetch()
    bad = mismatches()
    if bad:
        sys.exit(f"not as pinned: {', '.join(bad)} (run scripts/fetch_graphiql.py)")
    print(f"{len(PINS)} files in {TARGET} match their pins")


if __name__ == "__main__":
    main()
