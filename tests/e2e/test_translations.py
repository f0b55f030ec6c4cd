"""The translation sources cover every user-visible string in the code."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

from tests.conftest import ROOT

CODE = sorted(str(path) for path in (ROOT / "filmviewer").rglob("*.py"))


def _untranslated(name: str, tmp_path: Path, *options: str) -> list[str | None]:
    source = ROOT / "resources" / "translations" / name
    catalogue = tmp_path / source.name
    shutil.copy(source, catalogue)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), "-silent", "-locations", "none", *options, *CODE, "-ts", str(catalogue)],
        check=True,
        timeout=120,
    )
    messages = ElementTree.parse(catalogue).getroot().iter("message")
    return [
        message.findtext("source")
        for message in messages
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]


def test_the_german_catalogue_translates_every_string(tmp_path: Path) -> None:
    assert _untranslated("filmviewer_de.ts", tmp_path) == [], (
        "run 'make translations' and translate these"
    )


def test_the_english_catalogue_gives_every_plural_its_forms(tmp_path: Path) -> None:
    assert _untranslated("filmviewer_en.ts", tmp_path, "-pluralonly") == [], (
        "run 'make translations' and give these their singular and plural"
    )


def test_every_plural_text_is_listed_where_the_tools_find_it() -> None:
    listed = (ROOT / "filmviewer" / "plurals.py").read_text(encoding="utf-8")
    asked = []
    for path in CODE:
        tree = ast.parse(Path(path).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "plural"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
            ):
                asked.append(node.args[1].value)
    assert asked, "no plural() call found: the check itself is broken"
    missing = [text for text in asked if f'"{text}", "", 1)' not in listed]
    assert missing == []
