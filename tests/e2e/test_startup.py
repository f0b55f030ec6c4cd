"""Start-up imports only what the first frame needs."""

from __future__ import annotations

import sys

from tests.conftest import ROOT


def imported_modules(run, *args) -> set[str]:
    process = run("-X", "importtime", ROOT / "main.py", *args, entry=(sys.executable,))
    assert process.returncode == 0, process.stderr
    return {
        line.split("|")[-1].strip()
        for line in process.stderr.splitlines()
        if line.startswith("import time:")
    }


def test_reopening_an_unchanged_film_skips_validation(run, tmp_path) -> None:
    shot = tmp_path / "shot.png"
    first = imported_modules(run, "--screenshot", shot)
    second = imported_modules(run, "--screenshot", shot)
    assert "pydantic" in first
    assert "filmviewer.ui.main_window" in second
    for unneeded in ("pydantic", "_hashlib", "filmviewer.ui.first_frame"):
        assert unneeded not in second
