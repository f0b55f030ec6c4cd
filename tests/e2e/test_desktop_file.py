"""The freedesktop .desktop file passes desktop-file-validate."""

from __future__ import annotations

import subprocess

from tests.conftest import ROOT
from tests.e2e.tools import need


def test_the_desktop_file_is_valid() -> None:
    validate = need("desktop-file-validate")["desktop-file-validate"]
    desktop = ROOT / "resources" / "filmviewer.desktop"
    process = subprocess.run([validate, str(desktop)], capture_output=True, text=True, check=False)
    assert (process.returncode, process.stdout, process.stderr) == (0, "", "")
    entries = dict(
        line.split("=", 1)
        for line in desktop.read_text(encoding="utf-8").splitlines()
        if "=" in line
    )
    assert entries["Exec"] == "filmviewer %f"
    # Film Viewer opens film files well, not every JSON file: it claims no MIME type.
    assert "MimeType" not in entries
    assert entries["Icon"] == "filmviewer"
    assert (ROOT / "resources" / "filmviewer.svg").exists()
