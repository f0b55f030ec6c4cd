"""Showing find results in the synopsis: highlights in view, ticks on the scroll bar.

Loaded with the find bar, not at start-up.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider, QTextEdit, QWidget

from filmviewer.controller.finder import Finder
from filmviewer.ui.synopsis_view import SynopsisView

MAX_HIGHLIGHTS = 2000
"""Highlights given to Qt at once: only the matches in view, however many there are."""


def show_matches(view: SynopsisView, marks: MatchMarksScrollBar, finder: Finder) -> None:
    """Highlight the matches in view, the current one distinctly, and mark all on the bar."""
    first, last = view.visible_span()
    palette = view.palette()
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
        selection.cursor = _span_cursor(view, *finder.span(index))
        current = index == finder.current
        selection.format = current_format if current else match_format
        selections.append(selection)
    if finder.current >= 0 and finder.current not in visible:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = _span_cursor(view, *finder.span(finder.current))
        selection.format = current_format
        selections.append(selection)
    view.setExtraSelections(selections)
    marks.set_marks(finder.starts, view.document().characterCount())


class MatchMarksScrollBar(QScrollBar):
    """A vertical scroll bar with a tick where each match is, as in Qt Creator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self._marks: Sequence[int] = ()
        self._shown = (0, 0, 1)
        self._length = 1
        self._painted: tuple[tuple[int, ...], list[tuple[int, int]]] | None = None

    def set_marks(self, offsets: Sequence[int], length: int) -> None:
        """Mark these offsets of a text ``length`` long; repainted only if they changed."""
        shown = (id(offsets), len(offsets), length)
        if shown != self._shown:
            self._marks, self._shown, self._length = offsets, shown, max(1, length)
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
        for top, height in self._runs(groove.height()):
            painter.fillRect(
                QRect(groove.left() + 2, groove.top() + top, groove.width() - 4, height + 1), colour
            )
        painter.end()

    def _runs(self, rows: int) -> list[tuple[int, int]]:
        """(first row, row count) of each run of pixel rows holding a match; kept until they change.

        A bisect a row, however many matches: a million of them cost what a dozen do.
        """
        key = (*self._shown, rows)
        if self._painted is not None and self._painted[0] == key:
            return self._painted[1]
        per_row = self._length / max(1, rows)
        marks = self._marks
        runs: list[tuple[int, int]] = []
        for row in range(rows):
            first = bisect_left(marks, row * per_row)
            if first < len(marks) and marks[first] < (row + 1) * per_row:
                if runs and runs[-1][0] + runs[-1][1] == row:
                    runs[-1] = (runs[-1][0], runs[-1][1] + 1)
                else:
                    runs.append((row, 1))
        self._painted = (key, runs)
        return runs


def _mix(first: QColor, second: QColor, amount: float) -> QColor:
    """``amount`` of ``first`` over ``second``: a tint that follows the theme."""
    return QColor(
        round(first.red() * amount + second.red() * (1 - amount)),
        round(first.green() * amount + second.green() * (1 - amount)),
        round(first.blue() * amount + second.blue() * (1 - amount)),
    )


def _span_cursor(view: SynopsisView, start: int, end: int) -> QTextCursor:
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor
