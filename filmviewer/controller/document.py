"""The open film: loading a file into display-ready form and reporting by signals."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal

from filmviewer.controller.formatting import display_locale
from filmviewer.controller.presentation import FilmSheet, present
from filmviewer.controller.sheet_cache import SheetCache
from filmviewer.model.loader import FilmFileError, parse_film, read_film_bytes


@dataclass(frozen=True)
class FilmDocument:
    """One film as opened from one file."""

    path: Path
    sheet: FilmSheet
    data: dict[str, Any]
    """The film in the file format (what JSON copies and exports hold)."""


def load_document(
    path: Path | str, locale: QLocale, cache: SheetCache | None = None
) -> FilmDocument:
    """Load and validate ``path``; raises FilmFileError with readable problems.

    With a cache, a file whose exact bytes were validated before is not parsed again.
    """
    path = Path(path)
    content = read_film_bytes(path)
    key = cache.key(content, locale) if cache else ""
    if cache and (hit := cache.get(key)):
        return FilmDocument(path, *hit)
    film = parse_film(content, path)
    data = film.model_dump(mode="json", exclude_defaults=True)
    document = FilmDocument(
        path=path,
        sheet=present(film, locale),
        data={"format_version": film.format_version, **data},
    )
    if cache:
        cache.put(key, document.sheet, document.data)
    return document


class FilmController(QObject):
    """Holds the current film and opens files; the window listens to its signals."""

    film_loaded = Signal(object)
    """A FilmDocument is now current."""
    load_failed = Signal(object)
    """A FilmFileError: the file could not be opened; the current film is kept."""

    def __init__(
        self,
        locale: QLocale | None = None,
        cache: SheetCache | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._locale = locale if locale is not None else display_locale()
        self._cache = cache
        self._current: FilmDocument | None = None

    @property
    def current(self) -> FilmDocument | None:
        return self._current

    def open(self, path: Path | str) -> bool:
        """Open ``path``; on failure emit load_failed and keep the current film."""
        try:
            document = load_document(path, self._locale, self._cache)
        except FilmFileError as error:
            self.load_failed.emit(error)
            return False
        self._current = document
        self.film_loaded.emit(document)
        return True


def describe_problems(error: FilmFileError, limit: int = 20) -> str:
    """The problems of a file, one line each, at most ``limit`` of them."""
    lines = [str(problem) for problem in error.problems[:limit]]
    hidden = len(error.problems) - limit
    if hidden > 0:
        lines.append(
            QCoreApplication.translate("document", "… and {count} more").format(count=hidden)
        )
    return "\n".join(lines)
