"""Run the real program as a user would: a new process, its output and exit code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


@pytest.fixture
def run(tmp_path: Path):
    """Run ``python main.py ARGS`` offscreen with a private home; return the finished process."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LC_ALL": "C.UTF-8",
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }

    def run(*args: str | Path, entry: tuple[str, ...] | None = None) -> subprocess.CompletedProcess:
        command = entry or (sys.executable, str(ROOT / "main.py"))
        return subprocess.run(
            [*command, *map(str, args)],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=60,
            check=False,
        )

    return run
