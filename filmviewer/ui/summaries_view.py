"""The Summaries tab: one document, the outline first, each summary with its author."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QPalette
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from filmviewer.controller.presentation import SummaryItem, nothing_listed, paragraphs
from filmviewer.ui.shortcuts import give_mnemonics
from filmviewer.ui.text import PAGE_MARGIN, CentredColumn, wrap_mode

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import (
        QAction,
        QKeyEvent,
        QTextBlockFormat,
        QTextCursor,
    )


class SummariesView(QTextEdit):
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
        from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument, QTextFormat

        self._summaries = summaries
        document = QTextDocument(self)
        document.setDocumentMargin(PAGE_MARGIN)
        document.setDefaultFont(self.font())
        texts = [paragraphs(summary.text) for summary in summaries]
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        first = True
        for number, (summary, shown) in enumerate(zip(summaries, texts, strict=True)):
            for index, paragraph in enumerate(shown):
                block = _block_format()
                block.setBottomMargin(6)
                if index == 0 and not first:
                    block.setTopMargin(18)
                self._add_block(cursor, block, first)
                first = False
                text = QTextCharFormat()
                if summary.outline:
                    text.setProperty(QTextFormat.Property.FontSizeAdjustment, 1)
                cursor.insertText(paragraph, text)
                cursor.block().setUserState(number)
            if summary.author:
                block = _block_format()
                block.setAlignment(Qt.AlignmentFlag.AlignRight)
                self._add_block(cursor, block, first)
                author = QTextCharFormat()
                author.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
                cursor.insertText(f"\N{EM DASH} {summary.author}", author)
                cursor.block().setUserState(number)
        cursor.endEditBlock()
        self.setDocument(document)  # the last film's document, a child of this view, is deleted
        # Words too long to search for their ends are broken anywhere (set on the view,
        # which sets it on its document).
        self.setWordWrapMode(wrap_mode("\n".join(p for shown in texts for p in shown)))

    @staticmethod
    def _add_block(cursor: QTextCursor, block: QTextBlockFormat, first: bool) -> None:
        if first:
            cursor.setBlockFormat(block)
        else:
            cursor.insertBlock(block)

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
        if event.type() == QEvent.Type.FontChange:
            self.document().setDefaultFont(self.font())
        elif event.type() == QEvent.Type.PaletteChange and self._summaries:
            self.show_summaries(self._summaries)  # the authors' muted colour follows the theme


def _block_format() -> QTextBlockFormat:
    from PySide6.QtGui import QTextBlockFormat

    return QTextBlockFormat()
