"""What the library's list and its wall of posters share: a table laid out for films.

Of Qt's views, a table is the one whose layout after a reset costs the rows
in view, not every row (2 ms, where a list view took 25): both the list (one
column) and the wall (a column a poster) are tables without headers, grid or
editing, that choose films as a list does.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHeaderView,
    QTableView,
    QWidget,
)

from filmviewer.controller.library.list_model import LibraryModel


class FilmTable(QTableView):
    """A table of films: rows (and columns) of fixed size, nothing but the films shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.hide()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._typed = ""
        self._typed_at = 0.0

    def films(self) -> LibraryModel | None:
        """The library's films this table shows, if it shows them (not a plot search's)."""
        model = self.model()
        return model if isinstance(model, LibraryModel) else None

    def position_of(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """The row of ``films()`` a cell shows, or -1."""
        return index.row() if index.isValid() else -1

    def index_at(self, position: int) -> QModelIndex:
        """The cell showing row ``position`` of ``films()``."""
        return self.model().index(position, 0)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 (Qt override)
        """Typing a title's first letters goes to the next film whose title starts so, as in
        any list (the same key again: the next film with that letter). The index is asked,
        so no list of 100,000 films is read through row by row."""
        films = self.films()
        if films is None:
            super().keyboardSearch(search)
            return
        if not search:
            self._typed = ""
            return
        now = time.monotonic()
        fresh = (
            not self._typed or now - self._typed_at > QApplication.keyboardInputInterval() / 1000
        )
        self._typed = search if fresh else self._typed + search
        self._typed_at = now
        text = self._typed
        repeated = len(text) > 1 and text == text[0] * len(text)
        current = self.position_of(self.currentIndex())
        # A new word starts after the current film; more letters may keep it.
        start = current + 1 if (fresh or repeated) and current >= 0 else max(current, 0)
        row = films.row_starting(text[0] if repeated else text, start)
        if row >= 0:
            self.setCurrentIndex(self.index_at(row))
