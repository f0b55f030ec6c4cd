"""The Summaries tab: one plain-text document, the outline first, each summary with its author.

A plain-text document lays out only the lines in view: ten thousand
summaries cost their text, not a rich-text layout of every line (which grew
past 200 MiB for them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QPalette, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QWidget

from filmviewer.controller.presentation import SummaryItem, nothing_listed, paragraphs
from filmviewer.ui.shortcuts import give_mnemonics
from filmviewer.ui.text import PAGE_MARGIN, CentredColumn, wrap_mode

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QAction, QKeyEvent, QTextCursor

NO_SUMMARY = -1
"""The block state of the blank lines between summaries and paragraphs."""


class SummariesView(QPlainTextEdit):
    """All summaries as one read-only document, so ten thousand of them cost one widget."""

    copy_requested = Signal(object)
    """A Copy chosen from the right-click menu (a summary, the selection)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summaries: tuple[SummaryItem, ...] = ()
        CentredColumn(self)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.setPlaceholderText(nothing_listed("summaries"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.menu_actions: list[QAction] = []
        """Window actions the right-click menu also offers (Copy Section)."""

    def show_summaries(self, summaries: tuple[SummaryItem, ...]) -> None:
        """The summaries, a blank line between paragraphs, each author under their summary."""
        self._summaries = summaries
        document = self.document()
        document.clear()
        document.setDocumentMargin(PAGE_MARGIN)
        outline = QTextCharFormat()
        outline.setFontPointSize(self.font().pointSizeF() * 1.15)
        plain = QTextCharFormat()
        author = QTextCharFormat()
        author.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        mode = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        first = True

        def line(text: str, style: QTextCharFormat, state: int) -> None:
            nonlocal first
            if not first:
                cursor.insertBlock()
            first = False
            cursor.insertText(text, style)
            cursor.block().setUserState(state)

        # One summary's paragraphs at a time: all of them at once would hold a
        # second copy of every summary (at four bytes a character, with emoji).
        for number, summary in enumerate(summaries):
            for index, paragraph in enumerate(paragraphs(summary.text)):
                if number or index:
                    line("", plain, NO_SUMMARY)
                line(paragraph, outline if summary.outline else plain, number)
                if mode != QTextOption.WrapMode.WrapAnywhere:
                    mode = wrap_mode(paragraph)
            if summary.author:
                line(f"\N{EM DASH} {summary.author}", author, number)
        cursor.endEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.setTextCursor(cursor)
        # Words too long to search for their ends are broken anywhere.
        self.setWordWrapMode(mode)

    def summary_at(self, cursor: QTextCursor) -> SummaryItem | None:
        number = cursor.block().userState()
        return self._summaries[number] if 0 <= number < len(self._summaries) else None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt override)
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            cursor = self.textCursor()
            position = self.cursorRect(cursor).center()
        else:
            position = event.pos()
            cursor = self.cursorForPosition(position)
        self._show_menu(self.summary_at(cursor), position)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        shift_f10 = event.key() == Qt.Key.Key_F10 and (
            event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        )
        if event.key() == Qt.Key.Key_Menu or shift_f10:
            cursor = self.textCursor()
            self._show_menu(self.summary_at(cursor), self.cursorRect(cursor).center())
            return
        super().keyPressEvent(event)

    def _show_menu(self, summary: SummaryItem | None, position: QPoint) -> None:
        # Copying waits until something is copied: not needed for the first frame.
        from filmviewer.controller import export

        menu = self.createStandardContextMenu(position)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addSeparator()
        copy_summary = menu.addAction(self.tr("Copy S&ummary"))
        copy_summary.setEnabled(summary is not None)
        if summary is not None:
            copy = export.copy_text(export.summary_text(summary.text, summary.author))
            copy_summary.triggered.connect(lambda: self.copy_requested.emit(copy))
        menu.addActions(self.menu_actions)
        give_mnemonics(menu)
        menu.popup(self.viewport().mapToGlobal(position))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        # The outline's size follows the font, the authors' muted colour the theme.
        changes = (QEvent.Type.FontChange, QEvent.Type.PaletteChange)
        if event.type() in changes and self._summaries:
            self.show_summaries(self._summaries)
