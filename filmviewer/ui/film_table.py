"""What the library's list and its wall of posters share: a table laid out for films.

Of Qt's views, a table is the one whose layout after a reset costs the rows
in view, not every row (2 ms, where a list view took 25): both the list (one
column) and the wall (a column a poster) are tables without headers, grid or
editing, that choose films as a list does.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView, QWidget


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
