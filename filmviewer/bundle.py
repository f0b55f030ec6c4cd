"""Where the bundled film and resources are, installed or in a source checkout."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

BUNDLED_FILM = "stalin-1992.json"


def data_path(name: str = BUNDLED_FILM) -> Path:
    """A file of ``data/``: inside the package when installed, beside it in a checkout."""
    return _locate("data", name)


def resource_path(name: str) -> Path:
    """A file of ``resources/`` (icons, .desktop file, translations)."""
    return _locate("resources", name)


def _locate(folder: str, name: str) -> Path:
    packaged = Path(str(files("filmviewer"))) / folder / name
    if packaged.exists():
        return packaged
    return Path(__file__).resolve().parent.parent / folder / name
