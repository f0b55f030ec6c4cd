"""The Synopsis tab: long text, read-only and selectable, at a comfortable line length."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QWidget

from filmviewer.controller import export
from filmviewer.controller.presentation import nothing_listed
from filmviewer.ui.shortcuts import give_mnemonics
from filmviewer.ui.text import PAGE_MARGIN, CentredColumn, wrap_mode


class SynopsisView(QPlainTextEdit):
    viewport_resized = Signal()
    copy_requested = Signal(object)
    """A Copy chosen from the right-click menu (a paragraph)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        CentredColumn(self)
        self.setReadOnly(True)
        # Read-only, yet the keyboard moves a caret and selects, as in a document viewer.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The side margins around a narrow text column share the text's background.
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDocumentMargin(PAGE_MARGIN)
        self.setPlaceholderText(nothing_listed("synopsis"))
        self.menu_actions: list[QAction] = []
        """Window actions the right-click menu also offers (Copy Section)."""
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu_requested)

    def show_synopsis(self, text: str) -> None:
        """The synopsis with a blank line between paragraphs (QPlainTextEdit ignores margins)."""
        # Words too long to search for their ends are broken anywhere.
        self.setWordWrapMode(wrap_mode(text))
        self.setPlainText(text)

    def select_span(self, start: int, end: int) -> None:
        """Select UTF-16 offsets start..end and scroll them into view."""
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if self._in_view(start, end):
            self.ensureCursorVisible()
        else:
            self.centerCursor()

    def clear_selection(self) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    def visible_span(self) -> tuple[int, int]:
        """UTF-16 offsets of the first and last characters in view."""
        viewport = self.viewport()
        first = self.cursorForPosition(QPoint(0, 0)).position()
        corner = QPoint(viewport.width() - 1, viewport.height() - 1)
        return first, self.cursorForPosition(corner).position()

    def paragraph_at(self, position: QPoint) -> str:
        """The paragraph under a point of the viewport ("" between paragraphs)."""
        return self.cursorForPosition(position).block().text()

    @Slot(QPoint)
    def _on_context_menu_requested(self, position: QPoint) -> None:
        menu = self.createStandardContextMenu(position)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addSeparator()
        paragraph = self.paragraph_at(position)
        copy_paragraph = menu.addAction(self.tr("Copy &Paragraph"))
        copy_paragraph.setEnabled(bool(paragraph))
        copy_paragraph.triggered.connect(lambda: self._copy_paragraph(paragraph))
        menu.addActions(self.menu_actions)
        give_mnemonics(menu)
        menu.popup(self.viewport().mapToGlobal(position))

    def _copy_paragraph(self, paragraph: str) -> None:

        self.copy_requested.emit(export.copy_text(paragraph))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.viewport_resized.emit()

    def _in_view(self, start: int, end: int) -> bool:
        first, last = self.visible_span()
        return first <= start and end <= last
