"""The library's files that are no film, as a table: the file, its first problem, how many.

A few rows at most in a healthy library, hundreds in a folder of anything:
either way one row per file, its messages whole in the tooltip and in
``messages()`` for the panel's detail under the table.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from filmviewer.controller.document import problem_text
from filmviewer.i18n import plural, translate

if TYPE_CHECKING:
    from filmviewer.controller.library.index import Problematic
    from filmviewer.controller.library.library import Library

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    FILE = 0
    PROBLEM = 1
    COUNT = 2


class ProblemsModel(QAbstractTableModel):
    """One row per file of the library that could not be read as a film."""

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._rows: list[Problematic] = []
        self._texts: list[tuple[str, tuple[str, ...]]] = []
        """(the path as shown, every message) for each row, made once per change."""

    def refresh(self) -> None:
        """Take the library's problems as they are now."""
        self.beginResetModel()
        self._rows = list(self._library.problems())
        self._texts = [
            (
                self._library.shown_path(item.path),
                tuple(problem_text(problem) for problem in item.problems),
            )
            for item in self._rows
        ]
        self.endResetModel()

    def path(self, row: int) -> Path:
        """The file on ``row``."""
        return self._library.path_of(self._rows[row])

    def messages(self, row: int) -> tuple[str, ...]:
        """Every problem of the file on ``row``, in the order its reader found them."""
        return self._texts[row][1]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        shown, messages = self._texts[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == Column.FILE:
                return shown
            if column == Column.PROBLEM:
                return messages[0] if messages else ""
            if column == Column.COUNT:
                return plural("library", "%Ln problem(s)", len(messages))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([shown, *messages])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            {
                Column.FILE: translate("library", "File"),
                Column.PROBLEM: translate("library", "Problem"),
                Column.COUNT: translate("library", "Count"),
            }.get(Column(section))
            if 0 <= section < len(Column)
            else None
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
