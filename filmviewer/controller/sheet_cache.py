"""A cache of display-ready films, so an unchanged file opens without re-validation.

An entry is keyed by the file's exact bytes, the display locale and the code
that made it, and holds the FilmSheet and the film in file format. A hit skips
pydantic entirely: about half of start-up time and a quarter of the memory.
Entries are written atomically; anything unreadable is a miss, never an error.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCryptographicHash, QLocale

import filmviewer
from filmviewer.controller.presentation import FilmSheet, sheet_from_dict, sheet_to_dict

MAX_ENTRIES = 200
"""Older entries beyond this many are removed when a new one is written."""

_PRODUCERS = ("model/film.py", "controller/presentation.py", "controller/formatting.py")
"""The sources whose output an entry stores; a change to any invalidates every entry."""


class SheetCache:
    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._code: str | None = None

    def key(self, content: bytes, locale: QLocale) -> str:
        context = f"\0{locale.name()}\0{self._code_version()}".encode()
        return _sha256(content + context)

    def get(self, key: str) -> tuple[FilmSheet, dict[str, Any]] | None:
        """The sheet and file-format data stored under ``key``, or None."""
        try:
            entry = json.loads((self._folder / f"{key}.json").read_text(encoding="utf-8"))
            data = entry["data"]
            if not isinstance(data, dict):
                return None
            return sheet_from_dict(entry["sheet"]), data
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, sheet: FilmSheet, data: dict[str, Any]) -> None:
        """Store an entry; a cache that cannot be written is silently skipped."""
        entry = json.dumps({"sheet": sheet_to_dict(sheet), "data": data}, ensure_ascii=False)
        with contextlib.suppress(OSError):
            self._folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self._folder, suffix=".tmp")
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as file:
                    file.write(entry)
                os.replace(temporary, self._folder / f"{key}.json")
            except OSError:
                os.unlink(temporary)
                raise
            self._prune()

    def _prune(self) -> None:
        entries = sorted(self._folder.glob("*.json"), key=lambda path: path.stat().st_mtime)
        for stale in entries[:-MAX_ENTRIES]:
            stale.unlink(missing_ok=True)

    def _code_version(self) -> str:
        if self._code is None:
            package = Path(filmviewer.__file__).parent
            sources = [filmviewer.__version__.encode()]
            for name in _PRODUCERS:
                with contextlib.suppress(OSError):
                    sources.append((package / name).read_bytes())
            self._code = _sha256(b"\0".join(sources))
        return self._code


def _sha256(data: bytes) -> str:
    # QtCore's hash: hashlib would load OpenSSL at start-up for this one call.
    digest = QCryptographicHash.hash(data, QCryptographicHash.Algorithm.Sha256)
    return bytes(digest.toHex().data()).decode("ascii")
