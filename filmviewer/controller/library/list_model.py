"""The list's Qt models: the library's films, and a plot search's hits, a window at a time.

Neither holds every film. A model knows how many rows it has (one count in
SQLite) and asks the library's view for the blocks of rows in sight; blocks
are kept, the least recently shown dropped. The ids of every row are made
only when asked which row shows a film (to keep the selection when the rows
change), and after a scan's news, off the GUI thread.
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)

from filmviewer.controller.library.index import SORTS, Row
from filmviewer.controller.library.query import Query, read
from filmviewer.controller.library.view import Hit, LibraryView, Sort
from filmviewer.lazy import logger

if TYPE_CHECKING:
    from filmviewer.controller.library.library import Library
    from filmviewer.controller.tasks import Token
    from filmviewer.model.problems import Message

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

BLOCK: Final = 64
"""Rows read from the index at a time."""
BLOCKS_KEPT: Final = 16
"""Blocks of rows kept; more are read again when scrolled back to."""
HITS_BLOCK: Final = 40
"""Hits whose snippets are made at a time."""

TitleRole: Final = Qt.ItemDataRole.UserRole + 1
YearRole: Final = Qt.ItemDataRole.UserRole + 2
IdRole: Final = Qt.ItemDataRole.UserRole + 3
PosterRole: Final = Qt.ItemDataRole.UserRole + 4
"""The poster's path, relative to the film's folder, or ""."""
SnippetRole: Final = Qt.ItemDataRole.UserRole + 10
"""A plot search's text around its match, the words matched between \\x02 and \\x03."""


def film_data(library: Library, row: Row, role: int) -> Any:
    """What a list shows of a film, for ``role``."""
    if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
        return f"{row.title} ({row.year})" if row.year else row.title
    if role == TitleRole:
        return row.title
    if role == YearRole:
        return row.year
    if role == IdRole:
        return row.id
    if role == PosterRole:
        return row.poster
    if role == Qt.ItemDataRole.ToolTipRole:
        return library.shown_path(row.path)
    return None


_ROLES: Final = frozenset(
    (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        TitleRole,
        YearRole,
        IdRole,
        PosterRole,
    )
)


class _Blocks(Generic[T]):
    """Rows by position, a block at a time, the least recently used dropped."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._blocks: OrderedDict[int, list[T | None]] = OrderedDict()

    def get(self, position: int, read: Callable[[int, int], list[T | None]]) -> T | None:
        number, at = divmod(position, self.size)
        block = self._blocks.get(number)
        if block is None:
            try:
                block = read(number * self.size, self.size)
            except sqlite3.Error as error:  # damaged: shown empty until built again
                logger().warning("library index unreadable: %s", error)
                return None
            self._blocks[number] = block
            while len(self._blocks) > BLOCKS_KEPT:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        return block[at] if at < len(block) else None

    def clear(self) -> None:
        self._blocks.clear()


class _WindowedModel(QAbstractListModel):
    """A flat list whose rows are read when shown."""

    TitleRole: Final = TitleRole
    YearRole: Final = YearRole
    IdRole: Final = IdRole
    PosterRole: Final = PosterRole
    SnippetRole: Final = SnippetRole

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._count = 0

    @property
    def view(self) -> LibraryView:
        return self._library.view

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def index(self, row: int, column: int | None = 0, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Qt's own asks rowCount() each time: a Python call per row a view lays out.
        if parent.isValid() or column != 0 or not 0 <= row < self._count:
            return QModelIndex()
        return self.createIndex(row, column)

    def film_at(self, row: int) -> Row | None:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask for a dozen roles a row; most are none of these.
        if role not in _ROLES or not index.isValid():
            return None
        row = self.film_at(index.row())
        return None if row is None else film_data(self._library, row, role)


class LibraryModel(_WindowedModel):
    """The films a library's list shows: filtered by the query, in the chosen order."""

    filter_changed = Signal()
    """The rows were made again: the count and any error are new."""

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(library, parent)
        self._query = Query()
        self._sort = Sort()
        self._blocks: _Blocks[Row] = _Blocks(BLOCK)
        self._ids: list[int] | None = None
        """Every row's film id, made when first needed after the rows change."""
        self._rows_of: dict[int, int] | None = None
        self._total = -1
        """How many films the library holds; -1 until counted again after films change."""
        self._generation = 0
        """Counts the changes of query and sort: a refresh made for an older one is dropped."""
        self._refreshing: Token | None = None
        self._stale = False
        """Films changed while a refresh was under way: another follows it."""
        self.error: Message | None = None
        library.films_changed.connect(self._on_films_changed)
        self._reset()

    # What is shown ---------------------------------------------------------------------

    @property
    def total(self) -> int:
        """How many films the library holds."""
        return self._total

    @property
    def sorting(self) -> tuple[str, bool]:
        return self._sort.key, self._sort.descending

    @property
    def rows_known(self) -> bool:
        """Whether every row's film is known (``row_of`` is then a look-up, not a query)."""
        return self._ids is not None

    @property
    def refreshing(self) -> bool:
        """Whether the rows are being made again after films changed (off the GUI thread)."""
        return self._refreshing is not None

    def film_at(self, row: int) -> Row | None:
        if not 0 <= row < self._count:
            return None
        if self._ids is not None:
            ids = self._ids
            return self._blocks.get(
                row, lambda start, size: self.view.rows(ids[start : start + size])
            )
        return self._blocks.get(
            row, lambda start, size: self.view.window(self._query, self._sort, start, size)
        )

    def row_of(self, film_id: int) -> int:
        """The list row showing film ``film_id``, or -1."""
        if self._ids is None:
            try:
                return self.view.position(film_id, self._query, self._sort)
            except sqlite3.Error as error:
                logger().warning("library index unreadable: %s", error)
                return -1
        if self._rows_of is None:
            self._rows_of = {shown: row for row, shown in enumerate(self._ids)}
        return self._rows_of.get(film_id, -1)

    def row_starting(self, text: str, start: int) -> int:
        """The first row from ``start`` on (then from the top) whose title starts with
        ``text``'s words, ignoring case and diacritics; -1 if none does. Asked of the index,
        so a list of 100,000 films is not read through."""
        try:
            found = self.view.title_starts(self._query, text)
        except sqlite3.Error as error:
            logger().warning("library index unreadable: %s", error)
            return -1
        if not found:
            return -1
        self.ids()  # every row's film, once: then each row is a look-up
        rows = sorted(row for row in map(self.row_of, found) if row >= 0)
        if not rows:
            return -1
        after = bisect_left(rows, start)
        return rows[after] if after < len(rows) else rows[0]

    def ids(self) -> list[int]:
        """Every row's film id, in order."""
        if self._ids is None:
            self._ids = self.view.ids(self._query, self._sort)
        return self._ids

    def set_filter(self, text: str) -> None:
        """Show the films matching ``text``; what cannot be read is left out, and said."""
        query = read(text)
        self.error = query.errors[0] if query.errors else None
        if query != self._query:
            self._reset(query=query)
        self.filter_changed.emit()

    def set_sort(self, key: str, descending: bool = False) -> None:
        if key not in SORTS:
            raise ValueError(key)
        sort = Sort(key, descending)
        if sort != self._sort:
            self._reset(sort=sort)
            self.filter_changed.emit()

    # Changes ---------------------------------------------------------------------------------

    def _reset(
        self,
        query: Query | None = None,
        sort: Sort | None = None,
        refreshed: tuple[list[int], int] | None = None,
    ) -> None:
        """Make the rows again, from the index (or from a refresh's ids and total); a new
        query or sort takes effect here, after the views were told of the reset."""
        self._generation += 1
        self.beginResetModel()
        self._query = self._query if query is None else query
        self._sort = self._sort if sort is None else sort
        self._blocks.clear()
        self._rows_of = None
        if refreshed is None:
            self._ids = None
            try:
                if self._total < 0:  # unknown until the films change
                    self._total = self.view.total()
                self._count = self._total if self._query.is_empty else self.view.count(self._query)
            except sqlite3.Error as error:  # damaged: the scan builds it again, and says so
                logger().warning("library index unreadable: %s", error)
                self._total = self._count = 0
        else:
            self._ids, self._total = refreshed
            self._count = len(self._ids)
        self.endResetModel()

    @Slot(object)
    def _on_films_changed(self, changed: set[int] | None = None) -> None:
        """Films came, changed or went: the rows are made again (off this thread, with a
        connection of its own, when the index is a file another connection can read)."""
        if changed is None or self._library.index.path is None:
            self._total = -1
            # The rows are made here, from the index as it is: a refresh under way is moot
            # (its rows, of an older generation, will not be shown).
            self._refreshing = None
            self._stale = False
            self._reset()
            self.filter_changed.emit()
            return
        if self._refreshing is not None:
            # Under way, or done with its rows still on their way here: either way they
            # come (``_on_refreshed``), and another refresh follows them. One started now
            # would be dropped as older once those rows arrive, and this news lost.
            self._stale = True
            return
        index, query, sort, generation = (
            self._library.index,
            self._query,
            self._sort,
            self._generation,
        )

        def work(token: Token) -> tuple[int, list[int], int]:
            connection = index.reader()
            try:
                view = LibraryView(index, connection)
                ids = view.ids(query, sort)
                token.check()
                return generation, ids, view.total()
            finally:
                connection.close()

        self._stale = False
        self._refreshing = self._library.tasks.run(
            work, done=self._on_refreshed, failed=self._on_refresh_failed, name="library-list"
        )

    @Slot(object)
    def _on_refreshed(self, result: tuple[int, list[int], int]) -> None:
        self._refreshing = None
        generation, ids, total = result
        if generation == self._generation:
            self._reset(refreshed=(ids, total))
            self.filter_changed.emit()
        if self._stale:
            self._on_films_changed(set())

    @Slot(object)
    def _on_refresh_failed(self, error: BaseException) -> None:
        """The index could not be read off the GUI thread (a damaged index): read it here."""
        logger().warning("library list refresh failed: %s", error)
        self._refreshing = None
        self._on_films_changed(None)


class SearchModel(_WindowedModel):
    """The films whose prose matches a plot search, best first, each with its snippet.

    The count and the films come at once; each block's snippets are made off
    the GUI thread and shown when ready.
    """

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(library, parent)
        self._text = ""
        self._hits: _Blocks[Row] = _Blocks(BLOCK)
        self._snippets: dict[int, Hit] = {}
        self._asked: set[int] = set()
        """Blocks of snippets asked for."""
        self._generation = 0

    @property
    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        """Search every plot for ``text``."""
        self._generation += 1
        self.beginResetModel()
        self._text = text
        self._hits.clear()
        self._snippets.clear()
        self._asked.clear()
        self._count = self._library.hit_count(text) if text.strip() else 0
        self.endResetModel()

    def hit(self, row: int) -> Hit | None:
        """The hit at ``row``, its snippet made here if it is not ready."""
        film = self.film_at(row)
        if film is None:
            return None
        if row not in self._snippets:
            self._snippets.update(self._library.snippets(self._text, [(row, film.id)]))
        return self._snippets.get(row)

    def film_at(self, row: int) -> Row | None:
        if not 0 <= row < self._count:
            return None
        return self._hits.get(row, self._read)

    def _read(self, start: int, size: int) -> list[Row | None]:
        return self.view.rows(self._library.hit_ids(self._text, start, size))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != SnippetRole:
            return super().data(index, role)
        if not index.isValid():
            return None
        row = index.row()
        hit = self._snippets.get(row)
        if hit is None:
            self._ask(row)
            return ""
        return hit.snippet

    def _ask(self, row: int) -> None:
        """Make the snippets of the block around ``row`` off this thread."""
        block = row // HITS_BLOCK
        if block in self._asked:
            return
        self._asked.add(block)
        first = block * HITS_BLOCK
        wanted = [
            (position, film.id)
            for position in range(first, min(self._count, first + HITS_BLOCK))
            if (film := self.film_at(position)) is not None
        ]
        text, generation, library = self._text, self._generation, self._library

        def work(token: Token) -> tuple[int, dict[int, Hit]]:
            return generation, library.snippets(text, wanted, own_connection=True)

        library.tasks.run(work, done=self._on_snippets, name="plot-snippets")

    @Slot(object)
    def _on_snippets(self, result: tuple[int, dict[int, Hit]]) -> None:
        generation, snippets = result
        if generation != self._generation or not snippets:
            return
        self._snippets.update(snippets)
        rows = sorted(snippets)
        self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[-1], 0), [SnippetRole])
