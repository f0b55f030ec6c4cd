"""The library's files that are no film: a table of them, the chosen file's every message
under it, and what can be done about the file: open it in the application the desktop
uses for it (an editor, to mend it: Film Viewer never writes to a film file), or show
it in its folder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from filmviewer.controller.library.problems_model import Column, ProblemsModel
from filmviewer.ui.dialogs import open_with_desktop

if TYPE_CHECKING:
    from pathlib import Path

    from filmviewer.controller.library.library import Library

Index = QModelIndex | QPersistentModelIndex

_ROWS_SHOWN = 6
"""Rows of the table in sight before it scrolls."""
_DETAIL_LINES = 4


class _ElideRight(QStyledItemDelegate):
    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802 (Qt override)
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight


class ProblemsPanel(QWidget):
    """Rows of problem files; the chosen one's messages, Open and Show in Folder."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library-problems-panel")
        self.problems = ProblemsModel(library, self)
        self.table = QTreeView()
        self.table.setObjectName("library-problems-table")
        self.table.setModel(self.problems)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A path keeps its file's name in sight; a message its beginning.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setItemDelegateForColumn(Column.PROBLEM, _ElideRight(self.table))
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.FILE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.PROBLEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.COUNT, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("library-problems-detail")
        self.detail.setReadOnly(True)
        self.detail.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the file with the desktop's application for it"))
        self.open_button.clicked.connect(self.open_chosen)
        self.folder_button = QPushButton(self.tr("Show in &Folder"))
        self.folder_button.setToolTip(self.tr("Open the folder holding the file"))
        self.folder_button.clicked.connect(self.show_chosen_in_folder)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self._fit_heights()
        self._on_selection()

    def refresh(self) -> None:
        """Show the library's problems as they are now, the same file chosen if still there."""
        chosen = self.chosen_path()
        self.problems.refresh()
        for row in range(self.problems.rowCount()):
            if self.problems.path(row) == chosen:
                self.table.setCurrentIndex(self.problems.index(row, 0))
                break
        else:
            if self.problems.rowCount():
                self.table.setCurrentIndex(self.problems.index(0, 0))
        self._on_selection()

    def chosen_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def chosen_path(self) -> Path | None:
        row = self.chosen_row()
        return self.problems.path(row) if row is not None else None

    @Slot()
    def open_chosen(self) -> None:
        path = self.chosen_path()
        if path is not None:
            open_with_desktop(path)

    @Slot()
    def show_chosen_in_folder(self) -> None:
        path = self.chosen_path()
        if path is not None:
            open_with_desktop(path.parent)

    def _fit_heights(self) -> None:
        spacing = QFontMetricsF(self.font()).lineSpacing()
        rows = self.table.sizeHintForRow(0) if self.problems.rowCount() else round(spacing + 6)
        header = self.table.header().sizeHint().height()
        self.table.setMaximumHeight(header + rows * _ROWS_SHOWN + 4)
        self.detail.setMaximumHeight(round(spacing * _DETAIL_LINES + 12))

    @Slot(QModelIndex)
    def _on_activated(self, _index: QModelIndex) -> None:
        self.open_chosen()

    def _on_selection(self, *_changed: object) -> None:
        row = self.chosen_row()
        self.open_button.setEnabled(row is not None)
        self.folder_button.setEnabled(row is not None)
        if row is None:
            self.detail.clear()
            return
        shown = self.problems.index(row, Column.FILE).data()
        self.detail.setPlainText("\n".join([shown, *self.problems.messages(row)]))
