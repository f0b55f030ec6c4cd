"""The open film: loading a file into display-ready form and reporting by signals."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QFileSystemWatcher,
    QLocale,
    QObject,
    QTimer,
    Signal,
    SignalInstance,
    Slot,
)

from filmviewer.controller.formatting import display_locale
from filmviewer.controller.presentation import FilmSheet, present
from filmviewer.controller.sheet_cache import SheetCache
from filmviewer.i18n import translate
from filmviewer.model.loader import FilmFileError, parse_film, read_film_bytes


class FilmDocument(NamedTuple):
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


RELOAD_DELAY_MS = 150
"""Editors write in bursts; reload once they are done."""


class FilmController(QObject):
    """Holds the current film, opens files and reloads the open one when it changes on disk."""

    film_loaded = Signal(object)
    """A FilmDocument is now current (opened, or reloaded after a change)."""
    load_failed = Signal(object)
    """A FilmFileError: the file could not be opened; the current film is kept."""
    reload_failed = Signal(object)
    """A FilmFileError: the open file changed and is now broken; the last good film is kept."""

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
        self._watched: Path | None = None
        """The file followed on disk: the open film's, or one that failed with nothing open."""
        self._stamp: tuple[int, int, int] | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_disk_changed)
        self._watcher.directoryChanged.connect(self._on_disk_changed)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self._on_reload_due)

    @property
    def current(self) -> FilmDocument | None:
        return self._current

    def open(self, path: Path | str) -> bool:
        """Open ``path``; on failure emit load_failed and keep the current film."""
        path = Path(path)
        if self._load(path, self.load_failed):
            return True
        if self._current is None:
            # Nothing on screen: follow the broken file, so fixing it shows the film.
            self._watch(path)
        return False

    def reload(self) -> bool:
        """Read the followed file again; on failure emit reload_failed, keep the last good film."""
        if self._watched is None:
            return False
        # Watch it even if it is broken now: fixing it reloads it.
        path = self._watched
        self._watch(path)
        return self._load(path, self.reload_failed)

    def _load(self, path: Path, failed: SignalInstance) -> bool:
        try:
            document = load_document(path, self._locale, self._cache)
        except FilmFileError as error:
            failed.emit(error)
            return False
        self._current = document
        self._watch(document.path)
        self.film_loaded.emit(document)
        return True

    def _watch(self, path: Path) -> None:
        # The folder too: an editor that saves by renaming a new file over the old
        # one replaces the file the watcher was following.
        wanted = {str(path), str(path.parent)}
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        if watched - wanted:
            self._watcher.removePaths(list(watched - wanted))
        missing = [p for p in wanted - watched if Path(p).exists()]
        if missing:
            self._watcher.addPaths(missing)
        self._watched = path
        self._stamp = _stamp(path)

    @Slot(str)
    def _on_disk_changed(self, _path: str) -> None:
        self._reload_timer.start()

    @Slot()
    def _on_reload_due(self) -> None:
        if self._watched is not None and _stamp(self._watched) != self._stamp:
            self.reload()


def describe_problems(error: FilmFileError, limit: int = 20) -> str:
    """The problems of a file, one line each, at most ``limit`` of them."""
    lines = [str(problem) for problem in error.problems[:limit]]
    hidden = len(error.problems) - limit
    if hidden > 0:
        lines.append(translate("document", "… and {count} more").format(count=hidden))
    return "\n".join(lines)


def _stamp(path: Path) -> tuple[int, int, int] | None:
    """What tells one version of a file from the next: inode, size and modification time."""
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_ino, status.st_size, status.st_mtime_ns
