"""The open film: loading a file into display-ready form and following it on disk."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QFileSystemWatcher,
    QLocale,
    QObject,
    QTimer,
    Signal,
    Slot,
)

from filmviewer.controller.formatting import display_locale
from filmviewer.controller.presentation import FilmSheet, present
from filmviewer.controller.sheet_cache import SheetCache
from filmviewer.i18n import translate
from filmviewer.model.loader import FileBytes, FileStamp, read_film_file, unexpected_error
from filmviewer.model.problems import CONTEXT, FilmFileError, Message, Problem
from filmviewer.model.readers import context_of, read_film, reader_for

if TYPE_CHECKING:
    from filmviewer.model.film import Film


class FilmDocument(NamedTuple):
    """One film as opened from one file, or imported and not saved yet."""

    path: Path | None
    """The film file; None for a film not saved yet (imported from a page)."""
    sheet: FilmSheet
    data: dict[str, Any]
    """The film in the file format (what JSON copies and exports hold)."""
    warnings: tuple[Problem, ...] = ()
    """What the reader had to guess or leave out."""
    stamp: FileStamp | None = None
    """The file's version, from the very read the film was made from."""


def load_document(
    path: Path | str, locale: QLocale, cache: SheetCache | None = None
) -> FilmDocument:
    """Load and validate ``path``; raises FilmFileError with readable problems, and nothing else.

    With a cache, a file whose exact bytes were validated before is not parsed again.
    """
    path = Path(path)
    try:
        file = read_film_file(path)
        context = context_of(path)
        key = cache.key(file.data, locale, reader_for(path).name, context) if cache else ""
        if cache and (cached := _cached(path, file, key, cache)):
            return cached
        try:
            loaded = read_film(file.data, path, context)
        except FilmFileError as error:
            error.stamp = file.stamp
            raise
        # The film model (pydantic) waits until a film is read: never before the first frame.
        from filmviewer.model.film import FORMAT_VERSION

        film = loaded.film
        data = film.model_dump(mode="json", exclude_defaults=True)
        data.pop("format_version", None)
        document = FilmDocument(
            path=path,
            sheet=present(film, locale),
            data={"format_version": FORMAT_VERSION, **data},
            warnings=loaded.warnings,
            stamp=file.stamp,
        )
        if cache:
            cache.put(key, document.sheet, document.data, document.warnings)
        return document
    except FilmFileError:
        raise
    except Exception as error:
        raise unexpected_error(path, error) from error


def _cached(path: Path, file: FileBytes, key: str, cache: SheetCache) -> FilmDocument | None:
    hit = cache.get(key)
    if hit is None:
        return None
    sheet, data, warnings = hit
    return FilmDocument(path, sheet, data, warnings, file.stamp)


RELOAD_DELAY_MS = 150
"""Editors write in bursts; reload once they are done."""
POLL_MS = 1000
"""How often a missing or broken file is looked at, where the watcher cannot tell."""


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
        self._followed: Path | None = None
        """The file followed on disk: the open film's, or one that failed with nothing open."""
        self._tried: FileStamp | None = None
        """The version of the followed file last read, whether it could be used or not."""
        self._failing = False
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_disk_changed)
        self._watcher.directoryChanged.connect(self._on_disk_changed)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self._on_reload_due)
        # The watcher forgets a deleted file or folder, and some file systems
        # never report changes: while the file is missing or broken, look.
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_MS)
        self._poll_timer.timeout.connect(self._on_reload_due)

    @property
    def current(self) -> FilmDocument | None:
        return self._current

    @property
    def locale(self) -> QLocale:
        return self._locale

    def open(self, path: Path | str) -> bool:
        """Open ``path``; on failure emit load_failed and keep the current film."""
        path = Path(path)
        try:
            document = load_document(path, self._locale, self._cache)
        except FilmFileError as error:
            if self._current is None:
                # Nothing on screen: follow the broken file, so fixing it shows the film.
                self._follow(path, _stamp_of(error), failing=True)
            self.load_failed.emit(error)
            return False
        self._show(document)
        return True

    def open_cached(self, path: Path, max_bytes: int) -> bool:
        """Open ``path`` only if it is at most ``max_bytes`` and in the cache: no validation.

        Nothing is emitted when it is not; the caller opens it with ``open`` later.
        """
        if self._cache is None:
            return False
        try:
            if path.stat().st_size > max_bytes:
                return False
            file = read_film_file(path)
            key = self._cache.key(file.data, self._locale, reader_for(path).name, context_of(path))
            document = _cached(path, file, key, self._cache)
        except (OSError, FilmFileError):
            return False
        if document is None:
            return False
        self._show(document)
        return True

    def reload(self) -> bool:
        """Read the followed file again; on failure emit reload_failed, keep the last good film."""
        path = self._followed
        if path is None:
            return False
        try:
            document = load_document(path, self._locale, self._cache)
        except FilmFileError as error:
            self._follow(path, _stamp_of(error), failing=True)
            self.reload_failed.emit(error)
            return False
        self._show(document)
        return True

    def show_unsaved(self, film: Film, data: dict[str, Any], warnings: tuple[Problem, ...]) -> None:
        """Show a film that has no file yet (imported from a page): nothing to follow or reload."""
        self._unfollow()
        self._current = FilmDocument(None, present(film, self._locale), data, warnings)
        self.film_loaded.emit(self._current)

    def save_as(self, path: Path) -> bool:
        """Write the film not saved yet to ``path``, and show it from there.

        The caller has asked before replacing a file. Raises OSError when the
        file cannot be written; returns what ``open`` does.
        """
        assert self._current is not None
        assert self._current.path is None
        text = json.dumps(self._current.data, ensure_ascii=False, indent=2) + "\n"
        _write_whole(path, text.encode("utf-8"))
        return self.open(path)

    def _show(self, document: FilmDocument) -> None:
        assert document.path is not None
        self._current = document
        self._follow(document.path, document.stamp)
        self.film_loaded.emit(document)

    def _unfollow(self) -> None:
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        self._followed = None
        self._tried = None
        self._failing = False
        self._poll_timer.stop()
        self._reload_timer.stop()

    def _follow(self, path: Path, stamp: FileStamp | None = None, *, failing: bool = False) -> None:
        """Watch ``path`` and its folder; ``stamp`` is the version just read, if any."""
        watched = self._watcher.files() + self._watcher.directories()
        if path != self._followed and watched:
            self._watcher.removePaths(watched)
        self._followed = path
        self._tried = stamp if stamp is not None else _stamp(path)
        self._failing = failing
        self._watch_existing()
        if failing:
            self._poll_timer.start()
        else:
            self._poll_timer.stop()

    def _watch_existing(self) -> None:
        # The folder too: an editor that saves by renaming a new file over the old
        # one replaces the file the watcher was following.
        assert self._followed is not None
        wanted = {str(self._followed), str(self._followed.parent)}
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        missing = [p for p in wanted - watched if Path(p).exists()]
        if missing:
            self._watcher.addPaths(missing)
        if len(missing) < len(wanted - watched):
            self._poll_timer.start()  # something is gone: look until it is back

    @Slot(str)
    def _on_disk_changed(self, _path: str) -> None:
        self._reload_timer.start()

    @Slot()
    def _on_reload_due(self) -> None:
        if self._followed is None:
            return
        self._watch_existing()
        if _stamp(self._followed) != self._tried:
            self.reload()


def _write_whole(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path`` whole or not at all, with a new file's usual permissions."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".filmviewer-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _stamp_of(error: FilmFileError) -> FileStamp | None:
    """The version of the file a failed read saw, when it got as far as reading it."""
    return error.stamp if isinstance(error.stamp, FileStamp) else None


def _stamp(path: Path) -> FileStamp | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return FileStamp(
        status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns
    )


def message_text(message: Message) -> str:
    """A problem's message in the user's language."""
    return message.render(translate(CONTEXT, message.template))


def problem_text(problem: Problem) -> str:
    """``where: what`` in the user's language."""
    return f"{message_text(problem.where)}: {message_text(problem.what)}"


def describe_problems(error: FilmFileError, limit: int = 20) -> str:
    """The problems of a file, one line each, at most ``limit`` of them."""
    lines = [problem_text(problem) for problem in error.problems[:limit]]
    hidden = len(error.problems) - limit
    if hidden > 0:
        lines.append(translate("document", "… and {count} more").format(count=hidden))
    return "\n".join(lines)
