"""The migrations describe the models exactly: no model change without its migration."""

from __future__ import annotations

import subprocess
import sys

from settings import ROOT


def test_models_have_no_unmigrated_changes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "migrations" / "generate.py"),
            "--diff",
            f"sqlite://{tmp_path}/scratch.sqlite3",
            "probe",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )

    assert result.returncode != 0 and "no changes detected" in result.stderr, (
        "models changed without a migration: run `make migration name=...`\n"
        + result.stdout[-2000:]
        + result.stderr[-2000:]
    )
