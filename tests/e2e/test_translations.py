"""The translation sources cover every user-visible string in the code."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

from tests.conftest import ROOT


def test_the_german_catalogue_translates_every_string(tmp_path: Path) -> None:
    source = ROOT / "resources" / "translations" / "filmviewer_de.ts"
    catalogue = tmp_path / source.name
    shutil.copy(source, catalogue)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    code = sorted(str(path) for path in (ROOT / "filmviewer").rglob("*.py"))
    subprocess.run(
        [str(lupdate), "-silent", "-locations", "none", *code, "-ts", str(catalogue)],
        check=True,
        timeout=120,
    )
    messages = ElementTree.parse(catalogue).getroot().iter("message")
    untranslated = [
        message.findtext("source")
        for message in messages
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert untranslated == [], "run 'make translations' and translate these"
