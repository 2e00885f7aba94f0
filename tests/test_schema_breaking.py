"""scripts/schema_breaking.py: a breaking schema change fails CI unless the changelog
announces it under a "Breaking" heading (docs/deprecation.md)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from graphql import build_schema

from scripts.schema_breaking import SNAPSHOT, last_release
from settings import ROOT

SCRIPT = ROOT / "scripts" / "schema_breaking.py"
RELEASED = '# The public schema of release 1.0.0\n\ntype Query {\n  "Orders."\n  orders(first: Int): [String!]!\n  total: Int\n}\n'
FIELD_REMOVED = 'type Query {\n  "Orders."\n  orders(first: Int): [String!]!\n}\n'
DEPRECATED = (
    'type Query {\n  orders(first: Int): [String!]!\n  total: Int @deprecated(reason: "Use `sum`.")\n  sum: Int\n}\n'
)
ARGUMENT_ADDED = "type Query {\n  orders(first: Int, last: Int): [String!]!\n  total: Int\n}\n"


def project(tmp_path: Path, current: str, changelog: str, released: str = RELEASED) -> Path:
    (tmp_path / SNAPSHOT).write_text(released)
    (tmp_path / "schema.graphql").write_text(current)
    (tmp_path / "CHANGELOG.md").write_text(changelog)
    return tmp_path


def check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--root", str(root)], capture_output=True, text=True, check=False, timeout=60
    )


def test_a_removed_field_that_the_changelog_does_not_announce_fails(tmp_path: Path) -> None:
    # given a release with Query.total and a schema without it, and a changelog silent about it
    root = project(tmp_path, FIELD_REMOVED, "# Changelog\n\n## Unreleased\n\n### Added\n- Nothing.\n\n## 1.0.0\n")

    # when the check runs
    done = check(root)

    # then it fails, naming the change and what to write
    assert done.returncode == 1, done
    assert "BREAKING, not announced: Field Query.total was removed. (name `Query.total`" in done.stdout
    assert "### Breaking" in done.stderr


def test_a_removed_field_announced_under_breaking_passes(tmp_path: Path) -> None:
    # given the same removal, announced by its coordinate under "### Breaking"
    changelog = (
        "# Changelog\n\n## Unreleased\n\n### Breaking\n- `Query.total` removed (deprecated in 1.0.0): use `sum`.\n\n"
        "### Added\n- Nothing.\n\n## 1.0.0\n"
    )
    root = project(tmp_path, FIELD_REMOVED, changelog)

    # when the check runs
    done = check(root)

    # then it passes and says what it compared
    assert done.returncode == 0, done
    assert "schema.graphql against schema.release.graphql: 1 breaking change(s), 0 not in CHANGELOG.md" in done.stdout


def test_announcing_it_elsewhere_or_in_an_older_release_does_not_count(tmp_path: Path) -> None:
    # given the removal named under "### Changed", and under the Breaking heading of the release compared with
    changelog = (
        "## Unreleased\n\n### Changed\n- `Query.total` removed.\n\n## 1.0.0\n\n### Breaking\n- `Query.total` removed.\n"
    )
    root = project(tmp_path, FIELD_REMOVED, changelog)

    # when the check runs
    done = check(root)

    # then it fails: only a Breaking section since that release announces it
    assert done.returncode == 1, done
    assert "1 not in CHANGELOG.md" in done.stdout


def test_a_deprecated_alias_and_additions_are_not_breaking(tmp_path: Path) -> None:
    # given the renamed field kept as a @deprecated alias, and an optional argument added
    for current in (DEPRECATED, ARGUMENT_ADDED):
        root = project(tmp_path, current, "## Unreleased\n\n## 1.0.0\n")

        # when the check runs
        done = check(root)

        # then it passes (an addition is only noted)
        assert done.returncode == 0, done.stdout + done.stderr
    assert "note (dangerous, not breaking): An optional argument Query.orders(last:) was added." in done.stdout


def test_with_a_release_tag_the_tagged_schema_is_the_baseline(tmp_path: Path) -> None:
    # given a git repository whose tag v1.0.0 holds the released schema, and no snapshot
    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(tmp_path), *args], check=True, capture_output=True, timeout=60)

    git("init", "-q")
    (tmp_path / "schema.graphql").write_text(RELEASED)
    git("add", "schema.graphql")
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "release")
    git("tag", "v1.0.0")
    (tmp_path / "schema.graphql").write_text(FIELD_REMOVED)
    (tmp_path / "CHANGELOG.md").write_text("## Unreleased\n\n### Breaking\n- `Query.total` removed.\n\n## [1.0.0]\n")

    # when the baseline is looked up and the check runs
    release = last_release(tmp_path)
    done = check(tmp_path)

    # then it is the tag's schema, and the announced removal passes
    assert (release.name, release.source) == ("1.0.0", "git show v1.0.0:schema.graphql")
    assert done.returncode == 0, done
    assert "against git show v1.0.0:schema.graphql: 1 breaking change(s), 0 not in" in done.stdout


def test_the_checked_in_snapshot_is_the_schema_of_a_release_in_the_changelog() -> None:
    # given the repository's snapshot of the last release
    snapshot = (ROOT / SNAPSHOT).read_text()

    # when its first line is read
    named = re.match(r"# The public schema of release (\S+) ", snapshot)

    # then it is a schema, of a release the changelog has a heading for
    assert build_schema(snapshot).query_type is not None
    assert named is not None
    assert f"\n## {named.group(1)}\n" in (ROOT / "CHANGELOG.md").read_text()


def test_ci_runs_the_check() -> None:
    # given the CI script
    ci = (ROOT / ".ci" / "run").read_text()

    # then it runs the breaking-change check on the repository
    assert "\n.venv/bin/python scripts/schema_breaking.py\n" in ci
