"""An open library: its index, the scan that keeps it current, and what changed, as signals.

The scan runs as a task (controller/tasks.py), its readers in worker
processes, and reports what it stored; the list's models ask the index for
what they show (list_model.py). Nothing of the films is held here but the
files that are no film (the Problems list), few and small.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final, NamedTuple, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from filmviewer.controller.cache_files import cache_location
from filmviewer.controller.formatting import display_locale
from filmviewer.controller.library.index import (
    LibraryIndex,
    Problematic,
    Row,
    index_fingerprint,
    index_path,
)
from filmviewer.controller.library.query import Query
from filmviewer.controller.library.scan import (
    IndexDamagedError,
    Progress,
    ScanCallbacks,
    scan,
)
from filmviewer.controller.library.view import Browsing, Hit, LibraryView
from filmviewer.controller.library.watch import FolderWatch
from filmviewer.controller.tasks import Tasks, Token
from filmviewer.i18n import translate
from filmviewer.lazy import logger
from filmviewer.model.text import escape_unprintable

T = TypeVar("T")

REFRESH_MS: Final = 150
"""New films from a scan reach the list at most this often."""


class _Stored(NamedTuple):
    """News of films a scan stored, with what the window needs of them."""

    ids: list[int]
    paths: list[bytes]
    """The films' files (those that are films)."""
    problematic: list[Problematic]
    """Those of the files that are no film, with why."""


class Library(QObject):
    """The films of one folder, kept current while it is open."""

    films_changed = Signal(object)
    """Films were added, changed or removed: a set of their ids, or None for any."""
    progress = Signal(int, int)
    """(files read, files to read) of the scan under way."""
    scan_finished = Signal(bool)
    """The scan ended; False if it was cancelled or failed."""
    problems_changed = Signal()
    note = Signal(str)
    """Something the user should know, in words (the scan's helpers failed, say)."""

    def __init__(
        self,
        root: Path,
        cache: Path,
        fingerprint: str,
        parent: QObject | None = None,
        locale: str | None = None,
    ) -> None:
        super().__init__(parent)

        self.root = root
        self.locale = locale or display_locale().name()
        self.index = LibraryIndex(root, index_path(cache, root), fingerprint)
        self.view = LibraryView(self.index)
        self.tasks = Tasks(threads=3, parent=self)
        """The scan, the listing of folders to watch, and the list's refreshes and the plot
        search's snippets: each can have a thread while the others run."""
        self._problems: list[Problematic] = []
        self._scan: Token | None = None
        self._scan_pending = False
        self._look_started: float | None = None
        """When the scan under way began, if it is a timed look at every folder."""
        self._queued: list[bytes] | None = None
        """Folders a change was seen in while a scan ran: looked at when it ends."""
        self._rescan = False
        self.scanning = False
        self._closed = False
        self._changed: set[int] = set()
        self._stored_paths: list[bytes] = []
        """The files the scan stored since the lists were last told: to watch."""
        self._new_problems: list[Problematic] = []
        """The files the scan stored since then that are no film."""
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._on_refresh_due)
        self._watch: FolderWatch | None = None

    @classmethod
    def at(cls, root: Path, parent: QObject | None = None) -> Library:
        """The library at ``root``, its index in the user's cache folder."""
        return cls(root.absolute(), cache_location(), index_fingerprint(), parent)

    # What the library holds ---------------------------------------------------------

    def load(self) -> None:
        """Take what the index holds (checked), before any scan: the list asks for its rows."""
        try:
            self._problems = self.index.problematic()
            self.view.total()
        except sqlite3.DatabaseError as error:  # damaged where no check had looked yet
            logger().warning("library index damaged (%s): building it again", error)
            self.index.rebuild()
            self.view = LibraryView(self.index)
            self._problems = []
        self.films_changed.emit(None)
        self.problems_changed.emit()

    def problems(self) -> list[Problematic]:
        return self._problems

    @property
    def closed(self) -> bool:
        """The library was closed (its window is closing): nothing more is read from it."""
        return self._closed

    @property
    def settled(self) -> bool:
        """No scan asked for or under way, and nothing it found still to be told."""
        return not (self._scan_pending or self.scanning or self._refresh.isActive())

    @property
    def watching(self) -> bool:
        """A change to the library's files from now on is seen (they are all watched)."""
        return self._watch is not None and self._watch.armed

    def path_of(self, row: Row | Problematic) -> Path:
        return self.root / os.fsdecode(row.path)

    def shown_path(self, path: bytes) -> str:
        """A file's path in the library, as a user reads it (escaped where unprintable)."""
        return escape_unprintable(os.fsdecode(path))

    def film_data(self, rows: list[Row]) -> list[tuple[str, dict[str, Any]]]:
        """(path as shown, the film in the file format) for each of ``rows``, validated again.

        A film the index holds but a film file could not is left out.
        """
        # pydantic only to copy films: an unchanged library is listed without it.
        from pydantic import ValidationError

        from filmviewer.model.film import FORMAT_VERSION, Film

        result: list[tuple[str, dict[str, Any]]] = []
        if self._closed:
            return result
        for row in rows:
            text = self.index.film_json(row.id)
            if text is None:
                continue
            try:
                film = Film.model_validate_json(text)
            except (ValidationError, ValueError):
                continue
            data = film.model_dump(mode="json", exclude_defaults=True)
            data.pop("format_version", None)
            result.append((self.shown_path(row.path), {"format_version": FORMAT_VERSION, **data}))
        return result

    # Plot search: no results, not a crash, where the index is damaged -------------------

    def hit_count(self, text: str) -> int:
        """How many films' summaries or synopsis hold ``text``."""
        return self._searching(lambda view: view.hit_count(text), 0)

    def hit_ids(self, text: str, offset: int = 0, limit: int = -1) -> list[int]:
        """The films holding ``text``, best first; ``limit`` of them from ``offset``."""
        return self._searching(lambda view: view.hit_ids(text, offset, limit), [])

    def snippets(
        self, text: str, wanted: list[tuple[int, int]], own_connection: bool = False
    ) -> dict[int, Hit]:
        """The hit of each (row, film id) of ``wanted``, with its snippet, by row.

        ``own_connection``: read through a connection of its own (work off the
        GUI thread); where the index lives in memory only, nothing is made.
        """
        if own_connection and self.index.path is None:
            return {}

        def make(view: LibraryView) -> dict[int, Hit]:
            hits = view.snippets(text, [film_id for _row, film_id in wanted])
            return {row: hit for (row, _film_id), hit in zip(wanted, hits, strict=True)}

        if not own_connection:
            return self._searching(make, {})
        connection = self.index.reader()
        try:
            return make(LibraryView(self.index, connection))
        except sqlite3.Error as error:
            logger().warning("plot search failed: %s", error)
            return {}
        finally:
            connection.close()

    def browse(self, query: Query, done: Callable[[Browsing], None]) -> None:
        """What the films ``query`` lets through can be browsed by, off the GUI thread with a
        connection of its own (here, where the index lives in memory only): ``done`` gets it.

        An index that cannot be read gives nothing to browse by, never an error.
        """
        empty = Browsing({}, [], [], 0)
        if self.index.path is None:
            done(self._searching(lambda view: view.browsing(query), empty))
            return
        index = self.index

        def work(_token: Token) -> Browsing:
            connection = index.reader()
            try:
                return LibraryView(index, connection).browsing(query)
            except sqlite3.Error as error:
                logger().warning("library browsing failed: %s", error)
                return empty
            finally:
                connection.close()

        self.tasks.run(work, done=done, name="library-browse")

    def _searching(self, work: Callable[[LibraryView], T], failed: T) -> T:
        if self._closed:
            return failed
        try:
            return work(self.view)
        except sqlite3.Error as error:
            logger().warning("plot search failed: %s", error)
            return failed

    # Scanning ---------------------------------------------------------------------------

    def scan_later(self) -> None:
        """Scan once ``start_scan`` is called (the window has shown the list and the film:
        a walk of every folder would slow that down), or when the library is settled."""
        self._scan_pending = True

    def start_scan(self) -> None:
        """The scan asked for by ``scan_later``, if none has run since."""
        if self._scan_pending:
            self.scan()

    def scan(self, only: list[bytes] | None = None) -> None:
        """Bring the index up to date in the background (all of it, or ``only`` these folders)."""
        self._scan_pending = False
        if self._closed:
            return
        if self._scan is not None and not self._scan.done:
            queued = self._queued if self._queued is not None else []
            self._queued = None if only is None else queued + only
            self._rescan = True
            return
        self.scanning = True
        locale = self.locale

        index = self.index

        def work(token: Token) -> bool:
            reader = index.reader()

            def stored(ids: list[int]) -> None:
                # What the window needs of them is looked up here, not on its thread:
                # the files to watch, and which of them are no film.
                rows = index.rows(ids, reader)
                news = _Stored(
                    ids, [row.path for row in rows.values()], index.problematic(ids, reader)
                )
                token.report(("stored", news))

            callbacks = ScanCallbacks(
                stored=stored,
                removed=lambda ids: token.report(("removed", ids)),
                progress=lambda progress: token.report(("progress", progress)),
                note=lambda text: token.report(("note", text)),
            )
            try:
                scan(index, callbacks, token.cancelled, only, locale)
            except IndexDamagedError:
                return False
            finally:
                if reader is not index.connection:
                    reader.close()
            return True

        self._scan = self.tasks.run(
            work,
            done=self._on_scanned,
            failed=self._on_scan_failed,
            progress=self._on_scan_progress,
            name="library-scan",
        )

    def cancel(self) -> None:
        """Stop the scan under way (what was read so far stays)."""
        if self._scan is not None:
            self._scan.cancel()
            if self.scanning:
                self.scanning = False
                self.scan_finished.emit(False)

    def close(self) -> None:
        """Stop scanning and watching, and let the index go (the window is closing).

        The scan is stopped and waited for before the index closes: it never
        writes to a closed database.
        """
        self._closed = True
        self._refresh.stop()
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        self.tasks.close(seconds=30)
        self.index.close()

    def close_watching(self) -> None:
        """Stop following the folder (a run that only renders the window)."""
        if self._watch is not None:
            self._watch.close()
            self._watch = None

    def wait(self, seconds: float = 60) -> None:
        """Wait for the scan under way (tests and headless modes); its news is delivered
        when the event loop next turns."""
        if self._scan is not None:
            self._scan.wait(seconds)

    def settle(self, seconds: float = 60) -> None:
        """Wait for the scan under way, take in all it found, and have the lists show it
        now (headless modes render the list complete)."""
        self.start_scan()
        self.wait(seconds)
        QCoreApplication.processEvents()  # the scan's news, queued to this thread
        self._refresh.stop()
        self._on_refresh_due()
        self.films_changed.emit(None)

    @Slot(object)
    def _on_scan_progress(self, news: object) -> None:
        assert isinstance(news, tuple)
        kind, value = news
        if kind == "stored":
            assert isinstance(value, _Stored)
            self._changed.update(value.ids)
            self._stored_paths += value.paths
            self._new_problems += value.problematic
        elif kind == "removed":
            self._changed.update(value)
        elif kind == "progress":
            assert isinstance(value, Progress)
            self.progress.emit(value.done, value.total)
            return
        elif kind == "note":
            self.note.emit(translate("library", value))
            return
        if not self._refresh.isActive():
            self._refresh.start()

    @Slot(object)
    def _on_scanned(self, finished: bool) -> None:
        if not finished and not self._closed:
            # The scan found the index's file unsound: build it again, from the files.
            logger().warning("library index %s damaged: building it again", self.index.path)
            self.index.rebuild()
            self.view = LibraryView(self.index)
            self._changed.clear()
            self._stored_paths.clear()
            self._new_problems.clear()
            self.load()
            self._scan = None
            self.scan()
            return
        self._end_scan(True)

    @Slot(object)
    def _on_scan_failed(self, error: BaseException) -> None:
        logger().warning("library scan failed", exc_info=error)
        self._end_scan(False)

    def _end_scan(self, finished: bool) -> None:
        self.scanning = False
        if self._look_started is not None and self._watch is not None:
            self._watch.looked(time.monotonic() - self._look_started)
            self._look_started = None
        # What the scan found is told now: the timer that would have told it later stops,
        # so the library is settled when the scan's end is said.
        self._refresh.stop()
        self._on_refresh_due()
        self.scan_finished.emit(finished)
        if self._rescan or (self._watch is not None and self._watch.pending()):
            only, self._queued, self._rescan = self._queued, None, False
            self.scan(only)

    @Slot()
    def _on_refresh_due(self) -> None:
        """Tell the lists what changed, and take the problems found since the last time."""
        if self._closed:
            return
        changed, self._changed = self._changed, set()
        fresh, self._new_problems = self._new_problems, []
        paths, self._stored_paths = self._stored_paths, []
        problems = {item.id: item for item in self._problems}
        before = len(problems)
        for film_id in changed:
            problems.pop(film_id, None)
        problems.update((item.id, item) for item in fresh)
        if fresh or len(problems) != before:
            self._problems = sorted(problems.values(), key=lambda item: item.path)
            self.problems_changed.emit()
        if self._watch is not None and (paths or fresh):
            self._watch.watch_files(paths + [item.path for item in fresh])
        if changed:
            self.films_changed.emit(changed)

    # Following the folder -----------------------------------------------------------

    def follow(self) -> None:
        """Watch the folder and its film files; look at them on a timer where that fails."""
        if self._closed or self._watch is not None:
            return
        self._watch = FolderWatch(self.root, self.tasks, self)
        self._watch.changed.connect(self._on_folders_changed)
        self._watch.look.connect(self._on_look)
        # A file changed after the scan read it and before the watch took it on would be
        # missed: one more look, once every file is watched, sees it (it reads only what
        # changed).
        self._watch.armed_now.connect(self.scan)
        index = self.index
        count = self.view.total() + len(self._problems)

        def files() -> list[bytes]:
            connection = index.reader()
            try:
                paths = [row.path for row in index.all_films(connection)]
                return paths + [item.path for item in index.problematic(connection=connection)]
            finally:
                if connection is not index.connection:
                    connection.close()

        self._watch.start(files, count)

    @Slot(object)
    def _on_folders_changed(self, folders: list[bytes]) -> None:
        self.scan(folders)

    @Slot()
    def _on_look(self) -> None:
        if not self.scanning:
            self._look_started = time.monotonic()
            self.scan()
