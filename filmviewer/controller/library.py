"""An open library: its index, the scan that keeps it current, and the list model of its films.

The scan runs on a thread of its own (its readers in worker processes), and
reports through signals queued to the GUI thread, where the list's model
takes the new rows from the index. Filtering and sorting run over keys made
once per film (folded text, collation ranks), never through per-row data()
calls; the model resets its rows, one list of ids, after each.
"""

from __future__ import annotations

import bisect
import contextlib
import itertools
import os
import sqlite3
import threading
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractListModel,
    QCollator,
    QFileSystemWatcher,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)

from filmviewer.controller.library_index import (
    Hit,
    LibraryIndex,
    Problematic,
    Row,
    field_key,
    index_path,
)
from filmviewer.controller.library_query import Query, plot_query, read
from filmviewer.controller.library_scan import (
    Cancelled,
    IndexDamagedError,
    Progress,
    ScanCallbacks,
    scan,
)
from filmviewer.lazy import Pattern, logger
from filmviewer.model.problems import Message
from filmviewer.model.text import escape_unprintable

Index = QModelIndex | QPersistentModelIndex

REFRESH_MS: Final = 150
"""New rows from a scan reach the list at most this often."""
RESCAN_MS: Final = 1500
"""How often folders are looked at where they cannot be watched (and after a change)."""
MAX_WATCHED: Final = 20_000
"""Folders and film files watched one by one; a larger library is looked at on a timer."""
WATCH_BATCH: Final = 400
"""Watches added in one turn of the event loop."""
REFRESH_ROWS: Final = 150
"""New rows taken from the index in one turn of the event loop."""

SORTS: Final = ("title", "year", "runtime", "added")
SORT_KEYS_VERSION: Final = 1
"""Changes when the title order's rules do: an order kept by another version is not used."""


class Library(QObject):
    """The films of one folder, kept current while it is open."""

    films_changed = Signal(object)
    """Rows were added, changed or removed: a set of their ids, or None for any."""
    progress = Signal(int, int)
    """(files read, files to read) of the scan under way."""
    scan_finished = Signal(bool)
    """The scan ended; False if it was cancelled or failed."""
    problems_changed = Signal()

    def __init__(
        self, root: Path, cache: Path, fingerprint: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.root = root
        self.index = LibraryIndex(root, index_path(cache, root), fingerprint)
        self._rows: dict[int, Row] = {}
        self._problems: list[Problematic] = []
        self._thread: threading.Thread | None = None
        self._cancel = threading.Event()
        self._pending: set[int] = set()
        self._removed: set[int] = set()
        self._queued: list[bytes] | None = None
        """Folders a change was seen in while a scan ran: looked at when it ends."""
        self.scanning = False
        self._closed = False
        self._index_damaged = False
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._on_refresh_due)
        self._watcher: QFileSystemWatcher | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(RESCAN_MS)
        self._poll.timeout.connect(self._on_poll)
        self._changed_folders: set[bytes] = set()
        self._to_watch: list[str] = []
        self._watching: set[str] = set()
        """Every path asked to be watched (a file replaced by a rename is watched again)."""
        self._watched = 0
        self._watch_timer = QTimer(self)
        self._watch_timer.setSingleShot(True)
        self._watch_timer.setInterval(0)
        self._watch_timer.timeout.connect(self._on_watch_due)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(300)
        self._settle.timeout.connect(self._on_changes_settled)
        # Queued to this thread: the scan thread emits them.
        self._following = False
        self._folders_found.connect(self._on_folders_found)
        self._stored.connect(self._on_stored)
        self._gone.connect(self._on_gone)
        self._progressed.connect(self._on_progressed)
        self._ended.connect(self._on_ended)

    _stored = Signal(object)
    _gone = Signal(object)
    _progressed = Signal(object)
    _ended = Signal(bool)

    @classmethod
    def at(cls, root: Path, parent: QObject | None = None) -> Library:
        """The library at ``root``, its index in the user's cache folder."""
        from PySide6.QtCore import QStandardPaths

        import filmviewer
        from filmviewer.controller.sheet_cache import code_fingerprint

        cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
        fingerprint = code_fingerprint(Path(filmviewer.__file__).parent)
        return cls(root.absolute(), Path(cache), fingerprint, parent)

    # What the library holds ---------------------------------------------------------

    def load(self) -> None:
        """Take the films the index holds (checked), before any scan."""
        try:
            self._rows = {row.id: row for row in self.index.rows()}
            self._problems = self.index.problematic()
        except sqlite3.DatabaseError as error:  # damaged where no check had looked yet
            logger().warning("library index damaged (%s): building it again", error)
            self.index.rebuild()
            self._rows, self._problems = {}, []
        self.films_changed.emit(None)
        self.problems_changed.emit()

    def films(self) -> dict[int, Row]:
        return self._rows

    def problems(self) -> list[Problematic]:
        return self._problems

    def path_of(self, row: Row) -> Path:
        return self.root / os.fsdecode(row.path)

    def shown_path(self, path: bytes) -> str:
        """A file's path in the library, as a user reads it (escaped where unprintable)."""
        return escape_unprintable(os.fsdecode(path))

    def film_data(self, rows: list[Row]) -> list[tuple[str, dict[str, Any]]]:
        """(path as shown, the film in the file format) for each of ``rows``, validated again.

        A film the index holds but a film file could not is left out.
        """
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

    def search(self, text: str, limit: int = 500) -> list[Hit]:
        """Films whose summaries or synopsis match ``text`` (words, "phrases", prefix*)."""
        query = plot_query(text)
        if not query or self._closed:
            return []
        try:
            hits = self.index.search(query, limit)
        except Exception as error:  # a damaged index: no results, not a crash
            logger().warning("plot search failed: %s", error)
            return []
        return [hit for hit in hits if hit.id in self._rows]

    # Scanning ---------------------------------------------------------------------------

    def scan(self, only: list[bytes] | None = None) -> None:
        """Bring the index up to date in the background (all of it, or ``only`` these folders)."""
        if self._closed:
            return
        if self._thread is not None and self._thread.is_alive():
            queued = self._queued if self._queued is not None else []
            self._queued = None if only is None else queued + only
            return
        self._cancel.clear()
        self.scanning = True
        callbacks = ScanCallbacks(
            stored=self._stored.emit, removed=self._gone.emit, progress=self._progressed.emit
        )

        def run() -> None:
            finished = False
            try:
                scan(self.index, callbacks, self._cancel.is_set, only)
                finished = True
            except Cancelled:
                pass
            except IndexDamagedError:
                self._index_damaged = True  # read by _on_ended, which the signal below runs
            except Exception as error:  # the list keeps what it has; the log says why
                logger().warning("library scan failed", exc_info=error)
            finally:
                self._ended.emit(finished)

        self._thread = threading.Thread(target=run, name="library scan", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        """Stop the scan under way (what was read so far stays)."""
        self._cancel.set()

    def close(self) -> None:
        """Stop scanning and watching, and let the index go (the window is closing)."""
        self._closed = True
        self._cancel.set()
        self._poll.stop()
        self._refresh.stop()
        self._settle.stop()
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None
        if self._thread is not None:
            self._thread.join(timeout=10)
        self.index.close()

    def close_watching(self) -> None:
        """Stop following the folder (a run that only renders the window)."""
        self._poll.stop()
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None

    def wait(self, seconds: float = 60) -> None:
        """Wait for the scan under way (tests and headless modes)."""
        if self._thread is not None:
            self._thread.join(timeout=seconds)

    @Slot(object)
    def _on_stored(self, ids: list[int]) -> None:
        self._pending.update(ids)
        if not self._refresh.isActive():
            self._refresh.start()

    @Slot(object)
    def _on_gone(self, ids: list[int]) -> None:
        self._removed.update(ids)
        if not self._refresh.isActive():
            self._refresh.start()

    @Slot(object)
    def _on_progressed(self, progress: Progress) -> None:
        self.progress.emit(progress.done, progress.total)

    @Slot(bool)
    def _on_ended(self, finished: bool) -> None:
        self.scanning = False
        if self._index_damaged and not self._closed:
            # The scan found the index's file unsound: build it again, from the files.
            logger().warning("library index %s damaged: building it again", self.index.path)
            self._index_damaged = False
            self.index.rebuild()
            self._pending.clear()
            self._removed.clear()
            self.load()
            self.scan()
            return
        self._on_refresh_due()
        self.scan_finished.emit(finished)
        if self._queued is not None or self._changed_folders:
            only = self._queued
            self._queued = None
            self.scan(only)

    @Slot()
    def _on_refresh_due(self) -> None:
        if self._closed:
            return
        import time

        start = time.perf_counter()
        changed: set[int] = set()
        problems = {item.id: item for item in self._problems}
        problems_before = len(problems)
        if self._removed:
            for film_id in self._removed:
                if self._rows.pop(film_id, None) is not None:
                    changed.add(film_id)
                problems.pop(film_id, None)
            self._removed.clear()
        fresh: dict[int, Row] = {}
        new_problems: list[Problematic] = []
        if self._pending:
            # A few hundred rows a turn: the window answers between them.
            ids = set(itertools.islice(self._pending, REFRESH_ROWS))
            self._pending -= ids
            fresh = {row.id: row for row in self.index.rows(ids)}
            for film_id in ids:
                self._rows.pop(film_id, None)
                problems.pop(film_id, None)
            self._rows.update(fresh)
            others = [film_id for film_id in ids if film_id not in fresh]
            new_problems = self.index.problematic(others) if others else []
            changed |= ids
        if new_problems or len(problems) != problems_before:
            problems.update((item.id, item) for item in new_problems)
            self._problems = sorted(problems.values(), key=lambda item: item.path)
            self._watch_files([item.path for item in new_problems])
            self.problems_changed.emit()
        if changed:
            self._watch_files([row.path for row in fresh.values()])
            self.films_changed.emit(changed)
        # A refresh costs more as the list grows: space them so that the window
        # spends at most a fifth of its time on them while a scan fills it.
        cost_ms = (time.perf_counter() - start) * 1000
        self._refresh.setInterval(max(REFRESH_MS, round(cost_ms * 4)))
        if self._pending and not self._refresh.isActive():
            self._refresh.start()

    # Following the folder -----------------------------------------------------------

    def follow(self) -> None:
        """Watch the tree's folders and film files; look at them on a timer where that fails.

        A folder's watch sees files come, go and be renamed; a file's, a change
        written into it. A library too large to watch so, or on a file system
        that cannot be watched (many network shares), is looked at every
        RESCAN_MS instead: its files' identities only, each changed one read.
        The folders are listed off the GUI thread, and watches are added a few
        hundred at a time, between the window's work.
        """
        if self._closed or self._following:
            return
        self._following = True

        def list_folders() -> None:
            folders = self._folders()
            with contextlib.suppress(RuntimeError):  # the library was closed meanwhile
                self._folders_found.emit(folders)

        threading.Thread(target=list_folders, name="library folders", daemon=True).start()

    _folders_found = Signal(object)

    @Slot(object)
    def _on_folders_found(self, folders: list[Path]) -> None:
        if self._closed:
            return
        files = len(self._rows) + len(self._problems)
        if len(folders) + files > MAX_WATCHED:
            self._poll.start()
            return
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_folder_changed)
        self._watcher.fileChanged.connect(self._on_file_changed)
        self._to_watch = [str(folder) for folder in folders]
        self._watching = set(self._to_watch)
        self._watch_files([row.path for row in self._rows.values()])
        self._watch_files([item.path for item in self._problems])

    def _watch_files(self, paths: list[bytes]) -> None:
        """Watch these film files too (in the next turns of the event loop)."""
        if self._watcher is None:
            return
        root = str(self.root)
        new = [os.path.join(root, os.fsdecode(path)) for path in paths]
        new = [path for path in new if path not in self._watching]
        self._watching.update(new)
        self._to_watch += new
        if not self._watch_timer.isActive():
            self._watch_timer.start()

    @Slot()
    def _on_watch_due(self) -> None:
        watcher = self._watcher
        if watcher is None or self._closed:
            self._to_watch.clear()
            return
        batch, self._to_watch = self._to_watch[:WATCH_BATCH], self._to_watch[WATCH_BATCH:]
        if not batch:
            return
        self._watched += len(batch)
        if self._watched > MAX_WATCHED:
            self._poll.start()  # grown past watching: look instead
            self._to_watch.clear()
            return
        failed = watcher.addPaths(batch)
        if failed and any(Path(path).is_dir() for path in failed):
            self._poll.start()  # a file system that cannot be watched
        if self._to_watch:
            self._watch_timer.start()

    @Slot(str)
    def _on_file_changed(self, path: str) -> None:
        # A file replaced (saved by renaming a new one over it) is no longer watched:
        # it is watched again when the scan this starts has read it.
        self._watching.discard(path)
        self._on_folder_changed(str(Path(path).parent))

    def _folders(self) -> list[Path]:
        found = [self.root]
        stack = [self.root]
        seen: set[tuple[int, int]] = set()
        while stack and len(found) <= MAX_WATCHED:
            folder = stack.pop()
            with contextlib.suppress(OSError):
                status = os.stat(folder)
                if (status.st_dev, status.st_ino) in seen:
                    continue
                seen.add((status.st_dev, status.st_ino))
                with os.scandir(folder) as entries:
                    for entry in entries:
                        if not entry.name.startswith(".") and entry.is_dir():
                            found.append(Path(entry.path))
                            stack.append(Path(entry.path))
        return found

    @Slot(str)
    def _on_folder_changed(self, folder: str) -> None:
        relative = os.path.relpath(folder, self.root)
        prefix = b"" if relative == "." else os.fsencode(relative) + b"/"
        self._changed_folders.add(prefix)
        # A new folder inside is watched too.
        if self._watcher is not None:
            with contextlib.suppress(OSError), os.scandir(folder) as entries:
                fresh = [
                    entry.path
                    for entry in entries
                    if entry.is_dir() and not entry.name.startswith(".")
                ]
                watched = set(self._watcher.directories())
                new = [path for path in fresh if path not in watched]
                if new:
                    self._watcher.addPaths(new)
        self._settle.start()

    @Slot()
    def _on_changes_settled(self) -> None:
        folders = sorted(self._changed_folders)
        self._changed_folders.clear()
        # A changed folder is walked whole: a folder made inside it is new to the index too.
        self.scan(folders)

    @Slot()
    def _on_poll(self) -> None:
        if not self.scanning:
            self.scan()


# The list ------------------------------------------------------------------------------


class LibraryModel(QAbstractListModel):
    """The films a library's list shows: filtered by the query, in the chosen order."""

    TitleRole: Final = Qt.ItemDataRole.UserRole + 1
    YearRole: Final = Qt.ItemDataRole.UserRole + 2
    IdRole: Final = Qt.ItemDataRole.UserRole + 3
    PosterRole: Final = Qt.ItemDataRole.UserRole + 4
    """The poster's path, or ""."""

    filter_changed = Signal()
    """The filter was set: the count and any error are new."""

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._order: list[int] = []
        self._shown: list[int] = []
        self._rows_of: dict[int, int] | None = None
        """Row by film id, made when first asked after the rows change."""
        self._title_keys_of: dict[str, tuple[tuple[int, float], ...]] = {}
        self._places: dict[str, float] = {}
        self._ordered_words: list[str] = []
        self._sorted_ids: list[int] = []
        """Every film, by the sort's key, ascending."""
        self._present: set[int] = set()
        """The films in ``_sorted_ids``."""
        self._sort = "title"
        self._descending = False
        self._query = Query()
        self._text = ""
        self.error: Message | None = None
        from filmviewer.controller.formatting import display_locale

        locale = display_locale()
        self._collator = QCollator(locale)
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._order_name = f"title:{locale.bcp47Name()}:{SORT_KEYS_VERSION}"
        """What the title order kept in the index is called: it holds for this locale."""
        self._keys_ready = True
        """False while the films are in a remembered order and their title keys not made."""
        self._order_kept = True
        """Whether the index holds the title order shown now."""
        library.films_changed.connect(self._on_films_changed)
        library.scan_finished.connect(self._on_scan_finished)
        self._on_films_changed()

    # Qt's model interface -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._shown)

    def index(self, row: int, column: int | None = 0, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Qt's own asks rowCount() each time: a Python call per row a view lays out.
        if parent.isValid() or column != 0 or not 0 <= row < len(self._shown):
            return QModelIndex()
        return self.createIndex(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        row = self._library.films().get(self._shown[index.row()])
        return None if row is None else film_data(self._library, row, role)

    # What is shown ---------------------------------------------------------------------

    @property
    def total(self) -> int:
        return len(self._library.films())

    def row_of(self, film_id: int) -> int:
        """The list row showing film ``film_id``, or -1."""
        if self._rows_of is None:
            self._rows_of = {shown: row for row, shown in enumerate(self._shown)}
        return self._rows_of.get(film_id, -1)

    def film_at(self, row: int) -> Row | None:
        if 0 <= row < len(self._shown):
            return self._library.films().get(self._shown[row])
        return None

    def set_filter(self, text: str) -> None:
        """Show the films matching ``text``; what cannot be read is left out, and said."""
        query = read(text)
        before = self._query
        narrower = _narrows(query, before)
        self._text = text
        self._query = query
        self.error = query.errors[0] if query.errors else None
        if narrower:
            # Typing on narrows what is shown: only the films shown need looking at,
            # and only for the words that are new (the others hold for all of them).
            held = set(before.terms)
            new = Query(
                tuple(term for term in query.terms if term not in held),
                query.years[len(before.years) :],
            )
            self._apply(within=self._shown, query=new)
        else:
            self._apply()
        self.filter_changed.emit()

    def set_sort(self, key: str, descending: bool = False) -> None:
        if key not in SORTS:
            raise ValueError(key)
        self._ensure_title_keys()
        self._sort, self._descending = key, descending
        self._sorted_ids = sorted(self._library.films(), key=self._sort_key)
        self._order_kept = False
        self._order = self._view_order()
        self._apply()

    @property
    def sorting(self) -> tuple[str, bool]:
        return self._sort, self._descending

    @Slot(object)
    def _on_films_changed(self, changed: set[int] | None = None) -> None:
        """Films came, changed or went: put them in their places (all, if many changed)."""
        films = self._library.films()
        if changed is None and self._remembered_order(films):
            self._order = self._view_order()
            self._apply()
            self.filter_changed.emit()
            return
        self._ensure_title_keys()
        opening = changed is None
        if changed is None:
            changed = self._present | films.keys()
        # A changed film (an edited file keeps its id) leaves its place and comes back.
        leaving = {film_id for film_id in changed if film_id in self._present}
        coming = [film_id for film_id in changed if film_id in films]
        rebuilt = self._title_keys({films[film_id].title for film_id in coming})
        if rebuilt or len(leaving) + len(coming) > max(64, len(self._present) // 4):
            self._sorted_ids = sorted(films, key=self._sort_key)
            self._present = set(films)
        else:
            if leaving:
                self._sorted_ids = [i for i in self._sorted_ids if i not in leaving]
                self._present -= leaving
            for film_id in coming:
                bisect.insort(self._sorted_ids, film_id, key=self._sort_key)
            self._present.update(coming)
        if leaving or coming:
            self._order_kept = False
        if opening and not self._library.scanning:
            self._keep_order()  # the order made at opening: kept for the next
        self._order = self._view_order()
        self._apply()
        self.filter_changed.emit()

    def _remembered_order(self, films: dict[int, Row]) -> bool:
        """Take the title order the index kept, if it holds exactly these films.

        Opening a library then needs no collation of every title: the keys are
        made when a film comes or the sort changes.
        """
        if self._sort != "title" or not films:
            return False
        order = self._library.index.stored_order(self._order_name)
        if order is None or len(order) != len(films) or set(order) != films.keys():
            return False
        self._sorted_ids = order
        self._present = set(order)
        self._keys_ready = False
        self._order_kept = True
        return True

    def _ensure_title_keys(self) -> None:
        if not self._keys_ready:
            self._keys_ready = True
            self._title_keys({row.title for row in self._library.films().values()})

    @Slot(bool)
    def _on_scan_finished(self, _finished: bool) -> None:
        self._keep_order()

    def _keep_order(self) -> None:
        """Keep the title order for the next opening (when it is the order shown)."""
        if self._sort == "title" and not self._order_kept and self._sorted_ids:
            self._library.index.store_order(self._order_name, self._sorted_ids)
            self._order_kept = True

    def _title_keys(self, titles: set[str]) -> bool:
        """Each title's sort key: the locale's order, its numbers by value ("9" before "10").

        Titles are split into runs of text and of digits; each run of text stands
        for its place in the collator's order of all of them. Keys are kept: a
        run not seen before is put between its neighbours (half way), so the
        keys made before stay good while a scan brings new films.
        """
        known = self._title_keys_of
        fresh = [title for title in titles if title not in known]
        if not fresh:
            return False
        splitter = _DIGITS.compiled.split
        split = {title: splitter(title) for title in fresh}
        words = {part.lower() for parts in split.values() for part in parts[::2] if part}
        new = words - self._places.keys()
        rebuilt = False
        if new and (len(new) > len(self._places) or not self._place_between(new)):
            self._rank_words(set(self._places) | new)
            rebuilt = True
            split.update((title, splitter(title)) for title in known if title not in split)
            known.clear()
        places = self._places
        for title, parts in split.items():
            if len(parts) == 1:  # no digits: most titles
                known[title] = ((1, places[title.lower()]),)
                continue
            known[title] = tuple(
                (0, int(part)) if index % 2 else (1, places[part.lower()])
                for index, part in enumerate(parts)
                if part
            )
        return rebuilt

    def _rank_words(self, words: set[str]) -> None:
        """Every run of text at its place in the collator's order (equal ones at one place)."""
        ordered = sorted(words, key=self._collator.sortKey)
        places: dict[str, float] = {}
        place = 0
        for number, word in enumerate(ordered):
            if number and self._collator.compare(ordered[number - 1], word) != 0:
                place += 1
            places[word] = float(place)
        self._places = places
        self._ordered_words = ordered

    def _place_between(self, words: set[str]) -> bool:
        """Place each new run half way between its neighbours; False where no room is left."""
        ordered, places, compare = self._ordered_words, self._places, self._collator.compare
        for word in sorted(words, key=self._collator.sortKey):
            low, high = 0, len(ordered)
            while low < high:
                middle = (low + high) // 2
                if compare(ordered[middle], word) < 0:
                    low = middle + 1
                else:
                    high = middle
            if low < len(ordered) and compare(ordered[low], word) == 0:
                place = places[ordered[low]]
            else:
                before = places[ordered[low - 1]] if low else places[ordered[0]] - 2.0
                after = places[ordered[low]] if low < len(ordered) else before + 2.0
                place = (before + after) / 2
                if not before < place < after:
                    return False  # floats too close: the caller ranks them all again
            ordered.insert(low, word)
            places[word] = place
        return True

    def _sort_key(self, film_id: int) -> tuple[Any, ...]:
        row = self._library.films()[film_id]
        title = self._title_keys_of[row.title]
        if self._sort == "title":
            return (title, film_id)
        value = {"year": row.year, "runtime": row.runtime, "added": row.added}[self._sort]
        # Films without the value after the rest, whichever way the list runs.
        return (1, 0, title, film_id) if value is None else (0, value, title, film_id)

    def _view_order(self) -> list[int]:
        """The films in the order shown: the sort's, reversed when descending, gaps last."""
        if not self._descending:
            return list(self._sorted_ids)
        if self._sort == "title":
            return self._sorted_ids[::-1]
        films = self._library.films()
        field = self._sort
        known = [i for i in self._sorted_ids if _value(films[i], field) is not None]
        unknown = [i for i in self._sorted_ids if _value(films[i], field) is None]
        return known[::-1] + unknown

    def _apply(self, within: list[int] | None = None, query: Query | None = None) -> None:
        candidates = self._order if within is None else within
        shown = matching(self._library.films(), candidates, self._query if query is None else query)
        self.beginResetModel()
        self._shown = shown
        self._rows_of = None
        self.endResetModel()


_DIGITS: Final = Pattern(r"(\d{1,18})")


def film_data(library: Library, row: Row, role: int) -> Any:
    """What a list shows of a film, for ``role``."""
    if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
        return f"{row.title} ({row.year})" if row.year else row.title
    roles = {
        LibraryModel.TitleRole: row.title,
        LibraryModel.YearRole: row.year,
        LibraryModel.IdRole: row.id,
        LibraryModel.PosterRole: row.poster,
    }
    if role in roles:
        return roles[role]
    if role == Qt.ItemDataRole.ToolTipRole:
        return library.shown_path(row.path)
    return None


def _value(row: Row, field: str) -> int | None:
    return {"year": row.year, "runtime": row.runtime, "added": row.added}[field]


def _narrows(query: Query, before: Query) -> bool:
    """True if every film ``query`` matches, ``before`` matched too (the user typed on)."""
    if before.is_empty or query.years[: len(before.years)] != before.years:
        return False
    if len(query.terms) < len(before.terms):
        return False
    return all(
        new.field == old.field and old.text in new.text
        for new, old in zip(query.terms, before.terms, strict=False)
    )


def matching(films: dict[int, Row], order: list[int], query: Query) -> list[int]:
    """The ids of ``order`` whose films match ``query``, in that order."""
    if query.is_empty:
        return list(order)
    shown = order
    for first, last in query.years:
        shown = [i for i in shown if (year := films[i].year) is not None and first <= year <= last]
    for term in query.terms:
        field, text = term.field, term.text.encode()
        if field == "all":
            shown = [i for i in shown if text in films[i].keys]
        else:
            shown = [i for i in shown if text in field_key(films[i], field)]
    return shown
