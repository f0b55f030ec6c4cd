"""The Synopsis tab: long text, read-only and selectable, at a comfortable line length."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import (
    QFrame,
    QPlainTextEdit,
    QScrollBar,
    QStyle,
    QStyleOptionSlider,
    QTextEdit,
    QWidget,
)

if TYPE_CHECKING:
    from filmviewer.controller.finder import Finder

MAX_LINE_CHARACTERS = 80
"""Lines longer than this are tiring to read; wider windows get side margins instead."""

MAX_HIGHLIGHTS = 2000
"""Highlights given to Qt at once: only the matches in view, however many there are."""


class SynopsisView(QPlainTextEdit):
    viewport_resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.document().setDocumentMargin(16)
        self.setPlaceholderText(self.tr("No synopsis listed for this film."))
        self.marks = MatchMarksScrollBar()
        self.setVerticalScrollBar(self.marks)

    def show_synopsis(self, paragraphs: tuple[str, ...]) -> None:
        # A blank line between paragraphs: QPlainTextEdit ignores block margins.
        self.setPlainText("\n\n".join(paragraphs))

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

    def show_matches(self, finder: Finder) -> None:
        """Highlight the matches in view, the current one distinctly, and mark all on the bar."""
        first, last = self.visible_span()
        palette = self.palette()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        match_format = QTextCharFormat()
        match_format.setBackground(_mix(highlight, palette.color(QPalette.ColorRole.Base), 0.4))
        current_format = QTextCharFormat()
        current_format.setBackground(highlight)
        current_format.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
        selections = []
        visible = finder.visible(first, last)
        for index in visible[:MAX_HIGHLIGHTS]:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._span_cursor(*finder.span(index))
            current = index == finder.current
            selection.format = current_format if current else match_format
            selections.append(selection)
        if finder.current >= 0 and finder.current not in visible:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._span_cursor(*finder.span(finder.current))
            selection.format = current_format
            selections.append(selection)
        self.setExtraSelections(selections)
        self.marks.set_marks(finder.starts, self.document().characterCount())

    def visible_span(self) -> tuple[int, int]:
        """UTF-16 offsets of the first and last characters in view."""
        viewport = self.viewport()
        first = self.cursorForPosition(QPoint(0, 0)).position()
        corner = QPoint(viewport.width() - 1, viewport.height() - 1)
        return first, self.cursorForPosition(corner).position()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        measure = QFontMetricsF(self.font()).averageCharWidth() * MAX_LINE_CHARACTERS
        spare = self.width() - int(measure) - 2 * int(self.document().documentMargin())
        side = max(0, spare // 2)
        self.setViewportMargins(side, 0, side, 0)
        self.viewport_resized.emit()

    def _span_cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _in_view(self, start: int, end: int) -> bool:
        first, last = self.visible_span()
        return first <= start and end <= last


class MatchMarksScrollBar(QScrollBar):
    """A vertical scroll bar with a tick where each match is, as in Qt Creator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self._marks: list[int] = []
        self._length = 1

    def set_marks(self, offsets: list[int], length: int) -> None:
        """Mark these offsets of a text ``length`` long (the same list object: no repaint)."""
        if offsets is not self._marks or length != self._length:
            self._marks, self._length = offsets, max(1, length)
            self.update()

    def mark_count(self) -> int:
        return len(self._marks)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self._marks:
            return
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        groove = self.style().subControlRect(
            QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarGroove, self
        )
        painter = QPainter(self)
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        # One tick a pixel row, however many matches share it.
        scale = groove.height() / self._length
        rows = {groove.top() + int(offset * scale) for offset in self._marks}
        for row in rows:
            painter.fillRect(QRect(groove.left() + 2, row, groove.width() - 4, 2), colour)
        painter.end()


def _mix(first: QColor, second: QColor, amount: float) -> QColor:
    """``amount`` of ``first`` over ``second``: a tint that follows the theme."""
    return QColor(
        round(first.red() * amount + second.red() * (1 - amount)),
        round(first.green() * amount + second.green() * (1 - amount)),
        round(first.blue() * amount + second.blue() * (1 - amount)),
    )
