"""The CLI reports an unready database in one plain line, not a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.parametrize("command", [["purge"], ["rotate-field-keys", "--dry-run"]])
def test_an_unmigrated_database_gets_a_plain_message(tmp_path: Path, command: list[str]) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "SANCTUARY_ENV"}}
    env.update(
        DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        SANCTUARY_VAR_DIR=str(tmp_path),
    )
    result = subprocess.run(
        [sys.executable, "-m", "sanctuary.cli", *command],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "the database is not ready (no such table" in result.stderr
    assert "sanctuary migrate" in result.stderr
