"""Run the real program as a user would: a new process, its output and exit code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def private_env(home: Path, **overrides: str) -> dict[str, str]:
    """The environment for a run of the app that touches no real settings or caches."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LC_ALL": "C.UTF-8",
        "HOME": str(home / "home"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_STATE_HOME": str(home / "state"),
        **overrides,
    }


@pytest.fixture
def run(tmp_path: Path):
    """Run ``python main.py ARGS`` offscreen with a private home; return the finished process."""
    base = private_env(tmp_path)

    def run(
        *args: str | Path,
        entry: tuple[str, ...] | None = None,
        unset: tuple[str, ...] = (),
        env: dict[str, str] | None = None,
        stdin: str | None = None,
    ) -> subprocess.CompletedProcess:
        """``unset`` names environment variables the run goes without; ``env`` adds some."""
        command = entry or (sys.executable, str(ROOT / "main.py"))
        environment = {key: value for key, value in base.items() if key not in unset}
        return subprocess.run(
            [*command, *map(str, args)],
            capture_output=True,
            input=stdin,
            text=True,
            errors="backslashreplace",
            env={**environment, **(env or {})},
            cwd=tmp_path,
            timeout=60,
            check=False,
        )

    return run
