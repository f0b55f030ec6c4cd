"""View > Library Statistics: the films of the list in figures, drawn with Qt.

Films per decade, per genre and by running time, and the totals. The figures
are of the films the filter lets through, and follow it as it changes; a
click on a bar narrows the list to its films (as the facets
do: the filter field says so), a second click widens it again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, NamedTuple

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from filmviewer.controller.library.query import decade_term, facet_term, holds, read, runtime_term
from filmviewer.i18n import plural

if TYPE_CHECKING:
    from filmviewer.controller.library.view import Browsing
    from filmviewer.ui.library_view import LibraryPanel

RUNTIME_BOUNDS: Final = (60, 90, 120, 150, 180)
"""Where the running-time bars part, in minutes."""
GENRES_SHOWN: Final = 12


class Bar(NamedTuple):
    label: str
    films: int
    term: str | None
    """The filter's words for the bar's films, or None where no filter can say it."""


class BarChart(QWidget):
    """A bar per value, its label before it and its count after; a bar with a filter of its
    own is chosen by a click, or by Return on the bar the arrow keys move to."""

    chosen = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._bars: list[Bar] = []
        self._held: set[str] = set()
        """The terms the filter holds: their bars are drawn as chosen."""
        self._current = -1
        self._hover = -1

    def show_bars(self, bars: list[Bar], filter_text: str) -> None:
        self._bars = bars
        self._held = {bar.term for bar in bars if bar.term and holds(filter_text, bar.term)}
        self._current = min(self._current, len(bars) - 1)
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(360, round(self._row_height() * max(1, len(self._bars)) + 4))

    def _row_height(self) -> float:
        return QFontMetricsF(self.font()).lineSpacing() * 1.5

    def bar_rect(self, number: int) -> QRectF:
        """Where bar ``number`` is drawn (its whole row's height, its length to scale)."""
        metrics = QFontMetricsF(self.font())
        label_width = self._label_width(metrics)
        count_width = metrics.horizontalAdvance(self.locale().toString(self._most()) + "0")
        left = label_width + 12
        room = max(1.0, self.width() - left - count_width - 8)
        row = self._row_height()
        films = self._bars[number].films
        length = max(2.0, room * films / self._most()) if films else 0.0
        return QRectF(left, number * row + row * 0.15, length, row * 0.7)

    def _label_width(self, metrics: QFontMetricsF) -> float:
        """The labels' column: the longest label, but never more than a third of the chart."""
        longest = max((metrics.horizontalAdvance(bar.label) for bar in self._bars), default=0)
        return min(longest, self.width() / 3)

    def _most(self) -> int:
        return max((bar.films for bar in self._bars), default=1) or 1

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = QFontMetricsF(self.font())
        row = self._row_height()
        locale = self.locale()
        for number, bar in enumerate(self._bars):
            rect = self.bar_rect(number)
            baseline = number * row + (row + metrics.ascent() - metrics.descent()) / 2
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            label = metrics.elidedText(
                bar.label, Qt.TextElideMode.ElideRight, self._label_width(metrics)
            )
            painter.drawText(
                QPointF(rect.left() - 12 - metrics.horizontalAdvance(label), baseline), label
            )
            colour = palette.color(QPalette.ColorRole.Highlight)
            if bar.term is None:
                colour = palette.color(QPalette.ColorRole.PlaceholderText)
            elif bar.term not in self._held and number != self._hover:
                colour.setAlphaF(0.75)
            painter.fillRect(rect, colour)
            if bar.term in self._held:
                painter.setPen(palette.color(QPalette.ColorRole.WindowText))
                painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
            if number == self._current and self.hasFocus():
                focus = QColor(palette.color(QPalette.ColorRole.WindowText))
                painter.setPen(focus)
                painter.drawRect(QRectF(0.5, number * row + 0.5, self.width() - 1.0, row - 1.0))
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(QPointF(rect.right() + 6, baseline), locale.toString(bar.films))

    def _bar_at(self, y: float) -> int:
        number = int(y // self._row_height())
        return number if 0 <= number < len(self._bars) else -1

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        number = self._bar_at(event.position().y())
        if number != self._hover:
            self._hover = number
            clickable = number >= 0 and self._bars[number].term is not None
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
            )
            if number >= 0:
                bar = self._bars[number]
                self.setToolTip(
                    plural("statistics", "{label}: %Ln film(s)", bar.films).format(label=bar.label)
                )
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        number = self._bar_at(event.position().y())
        if event.button() == Qt.MouseButton.LeftButton and number >= 0:
            self._current = number
            self._choose(number)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self._bars:
            step = 1 if key == Qt.Key.Key_Down else -1
            self._current = max(0, min(len(self._bars) - 1, self._current + step))
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._current >= 0:
            self._choose(self._current)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        if self._current < 0 and self._bars:
            self._current = 0
        super().focusInEvent(event)

    def _choose(self, number: int) -> None:
        term = self._bars[number].term
        if term is not None:
            self.chosen.emit(term)


class StatisticsWindow(QDialog):
    """The statistics of the open library's list, beside the main window (not modal)."""

    term_chosen = Signal(str)
    """A bar was chosen: its films' words, to be toggled in the filter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library-statistics")
        self.setWindowTitle(self.tr("Library Statistics"))
        self._panel: LibraryPanel | None = None
        self._asked = 0
        self._shown = 0
        self.totals = QLabel()
        self.totals.setObjectName("statistics-totals")
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        self.totals.setWordWrap(True)
        self.decades = BarChart(self.tr("Films per decade"))
        self.genres = BarChart(self.tr("Films per genre"))
        self.runtimes = BarChart(self.tr("Films by running time"))
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self.totals)
        for title, chart in (
            (self.tr("Films per decade"), self.decades),
            (self.tr("Films per genre (the most common)"), self.genres),
            (self.tr("Films by running time"), self.runtimes),
        ):
            heading = QLabel(title)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            column.addSpacing(8)
            column.addWidget(heading)
            column.addWidget(chart)
            chart.chosen.connect(self.term_chosen)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(scroll)
        self.resize(520, 640)

    def show_library(self, panel: LibraryPanel) -> None:
        """Count the films of ``panel``'s list, and again whenever its filter changes."""
        if panel is not self._panel:
            if self._panel is not None:
                self._panel.model.filter_changed.disconnect(self.refresh)
            self._panel = panel
            panel.model.filter_changed.connect(self.refresh)
            panel.destroyed.connect(self._on_panel_gone)
        self._count()

    @Slot()
    def refresh(self) -> None:
        """The list's filter changed: count again, if the figures are on screen."""
        if self.isVisible():
            self._count()

    def _count(self) -> None:
        panel = self._panel
        if panel is None:
            return
        self._asked += 1
        number = self._asked
        text = "" if panel.searching else panel.field.text()

        def done(browsing: Browsing) -> None:
            if number == self._asked:
                self._show(browsing, text)
            self._shown = max(self._shown, number)

        panel.library.browse(read(text), done)

    def settled(self) -> bool:
        """The figures shown are the latest asked for (tests wait on it)."""
        return self._shown == self._asked

    @Slot()
    def _on_panel_gone(self) -> None:
        self._panel = None

    def _show(self, browsing: Browsing, text: str) -> None:
        locale = self.locale()
        self.decades.show_bars(
            [
                Bar(self.tr("{decade}s").format(decade=decade), films, decade_term(decade))
                for decade, films in browsing.decades
            ],
            text,
        )
        self.genres.show_bars(
            [
                Bar(genre, films, facet_term("genre", genre))
                for genre, films in browsing.facets.get("genre", [])[:GENRES_SHOWN]
            ],
            text,
        )
        counts = [0] * (len(RUNTIME_BOUNDS) + 1)
        for runtime in browsing.runtimes:
            counts[sum(runtime >= bound for bound in RUNTIME_BOUNDS)] += 1
        names = [
            self.tr("under 1 h"),
            self.tr("1 h to 1 h 29"),
            self.tr("1 h 30 to 1 h 59"),
            self.tr("2 h to 2 h 29"),
            self.tr("2 h 30 to 2 h 59"),
            self.tr("3 h or more"),
        ]
        terms = [
            runtime_term(low, None if high is None else high - 1)
            for low, high in zip((0, *RUNTIME_BOUNDS), (*RUNTIME_BOUNDS, None), strict=True)
        ]
        self.runtimes.show_bars(
            [
                Bar(name, films, term)
                for name, films, term in zip(names, counts, terms, strict=True)
            ],
            text,
        )
        minutes = sum(browsing.runtimes)
        lines = [plural("statistics", "%Ln film(s)", browsing.films)]
        if browsing.runtimes:
            lines.append(
                self.tr("{hours} hours of film; {average} minutes on average").format(
                    hours=locale.toString(round(minutes / 60)),
                    average=locale.toString(round(minutes / len(browsing.runtimes))),
                )
            )
        if browsing.decades:
            first, last = browsing.decades[0][0], browsing.decades[-1][0]
            lines.append(self.tr("From the {first}s to the {last}s").format(first=first, last=last))
        if text.strip():
            lines.append(
                self.tr("Of the films the filter lets through: {filter}").format(filter=text)
            )
        self.totals.setText("\n".join(lines))
