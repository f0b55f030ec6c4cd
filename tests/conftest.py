"""Shared set-up: offscreen Qt, US English formatting, nothing written to the user's home."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A UTF-8 locale every machine has; Film Viewer formats the C locale as US English.
os.environ["LC_ALL"] = "C.UTF-8"

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "data" / "stalin-1992.json"
TITLE_PAGE = Path(__file__).parent / "data" / "stalin-1992-title-page.txt"
REAL = ROOT.parent / "shared" / "fixtures" / "real"
"""Real files from public repositories (their SOURCES.md says what each project expects)."""


def real(name: str) -> Path:
    """A file of the real corpus beside the checkout: missing fails under CI, skips elsewhere."""
    path = REAL / name
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"the real corpus is missing: {path}")
        pytest.skip(f"the real corpus is not beside this checkout: {path}")
    return path


@pytest.fixture(scope="session", autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Settings, caches and data of every test go to a temporary folder."""
    home = tmp_path_factory.mktemp("home")
    for variable, folder in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
    ):
        (home / folder).mkdir()
        os.environ[variable] = str(home / folder)


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp):  # type: ignore[no-untyped-def]
    """As the app does: the English catalogue gives "1 vote" and "2 votes" for "%n vote(s)"."""
    from PySide6.QtCore import QLocale

    from filmviewer.i18n import install_translators

    install_translators(qapp, QLocale(QLocale.Language.English))


@pytest.fixture(scope="session", autouse=True)
def _collect_garbage_on_the_main_thread() -> Iterator[None]:
    """As the app does (filmviewer/ui/garbage.py): cycles are never collected on a worker
    thread, where they could hold a test's Qt objects; each test's are collected after it."""
    import gc

    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    import gc

    yield
    gc.collect()


@pytest.fixture
def film_file(tmp_path: Path):
    """Write a film file (a JSON string or bytes) into tmp_path and return its path."""

    def write(content: str | bytes, name: str = "film.json") -> Path:
        path = tmp_path / name
        if isinstance(content, str):
            content = content.encode("utf-8")
        path.write_bytes(content)
        return path

    return write


def make_film(data: dict):  # type: ignore[no-untyped-def]
    """A Film from file-format data, validated as a film file would be."""
    import json

    from filmviewer.model.film import Film

    return Film.model_validate_json(json.dumps(data))
