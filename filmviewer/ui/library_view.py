"""The library beside the film: a filter (or plot search) field, the list of films, the problems.

The list is a view on LibraryModel, or on SearchModel while plots are
searched: one row per film, painted by LibraryDelegate with its poster's
thumbnail (decoded off the GUI thread, from the thumbnail cache), its title
and year, and for a plot search the snippet with the match marked.
"""

from __future__ import annotations

import itertools
import os
from collections import OrderedDict
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QMargins,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from filmviewer.controller import export
from filmviewer.controller.document import message_text
from filmviewer.controller.library.index import Row
from filmviewer.controller.library.library import Library
from filmviewer.controller.library.list_model import (
    IdRole,
    LibraryModel,
    SearchModel,
    SnippetRole,
)
from filmviewer.controller.library.query import QueryError, parse, read, toggled
from filmviewer.controller.library.view import Sort
from filmviewer.i18n import plural, translate
from filmviewer.model.companions import film_folder
from filmviewer.model.text import fold
from filmviewer.ui.facets_panel import FacetsPanel
from filmviewer.ui.film_table import FilmTable
from filmviewer.ui.poster_wall import LOADING, PosterWall
from filmviewer.ui.problems_panel import ProblemsPanel
from filmviewer.ui.text import DataText

if TYPE_CHECKING:
    from filmviewer.controller.artwork import ArtworkLoader
    from filmviewer.controller.library.view import Browsing
    from filmviewer.controller.tasks import Token
    from filmviewer.ui.facets_panel import FacetsPanel
    from filmviewer.ui.problems_panel import ProblemsPanel

Index = QModelIndex | QPersistentModelIndex

SEARCH_DELAY_MS: Final = 120
BROWSE_DELAY_MS: Final = 150
"""The facets are counted again once the list has stood this long (not at every keystroke)."""
"""A plot search waits for typing to pause this long."""
THUMBNAILS_KEPT: Final = 400
"""Decoded thumbnails kept in memory; the rest come back from the disk cache."""
POSTERS_KEPT: Final = 150
"""Decoded posters of the wall kept in memory (each some 20 times a thumbnail's size)."""
_PADDING: Final = 4
SELECTION_READ: Final = 500
"""Chosen rows up to which a reset keeps the choice by reading those rows alone."""


_SELECT_ROWS: Final = (
    QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
)


class _Kept(NamedTuple):
    """What the list showed before its rows were made again."""

    current: int | None = None
    selected: list[int] = []  # noqa: RUF012 (never changed)
    sorting: tuple[str, bool] = ("title", False)
    text: str = ""
    scrolled: int = 0
    row: int = -1
    """The current film's position in the list."""


def _runs(rows: list[int]) -> Iterator[tuple[int, int]]:
    """The (first, last) of each run of consecutive numbers in the sorted ``rows``."""
    for _key, group in itertools.groupby(enumerate(rows), lambda pair: pair[1] - pair[0]):
        run = [row for _number, row in group]
        yield run[0], run[-1]


class LibraryDelegate(QStyledItemDelegate):
    """A film's row: its poster's thumbnail, title and year, and a plot search's snippet."""

    def __init__(self, panel: LibraryPanel) -> None:
        super().__init__(panel)
        self._panel = panel

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        lines = 2 if index.data(SnippetRole) is not None else 1
        spacing = QFontMetricsF(option.font).lineSpacing()
        height = max(spacing * lines, spacing * 1.6 * (1 if lines == 1 else 1.4))
        return QSize(100, round(height + 2 * _PADDING))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else self._panel.style()
        text, option.text = option.text, ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if option.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = option.palette.color(group, role)
        rect = option.rect.adjusted(_PADDING, _PADDING, -_PADDING, -_PADDING)
        thumb = QRect(rect.left(), rect.top(), round(rect.height() * 2 / 3), rect.height())
        self._paint_thumbnail(painter, thumb, index, option.palette)
        text_rect = rect.adjusted(thumb.width() + 8, 0, 0, 0)
        metrics = QFontMetricsF(option.font)
        painter.save()
        painter.setPen(colour)
        snippet = index.data(SnippetRole)
        first = (
            QRectF(text_rect)
            if snippet is None
            else QRectF(text_rect.left(), text_rect.top(), text_rect.width(), metrics.lineSpacing())
        )
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(
            first, flags, metrics.elidedText(text, Qt.TextElideMode.ElideRight, first.width())
        )
        if snippet is not None:
            quiet = option.palette.color(group, QPalette.ColorRole.PlaceholderText)
            self._paint_snippet(
                painter,
                QRectF(text_rect.left(), first.bottom(), text_rect.width(), metrics.lineSpacing()),
                snippet,
                colour if selected else quiet,
                option,
            )
        painter.restore()

    def _paint_thumbnail(
        self, painter: QPainter, rect: QRect, index: Index, palette: QPalette
    ) -> None:
        image = self._panel.thumbnail(index)
        if image is None:
            painter.save()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
            painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
            painter.restore()
            return
        size = image.size().toSizeF() / (image.devicePixelRatio() or 1.0)
        size.scale(QRectF(rect).size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(
            rect.center().x() - size.width() / 2 + 0.5,
            rect.center().y() - size.height() / 2 + 0.5,
            size.width(),
            size.height(),
        )
        painter.drawImage(target, image)

    def _paint_snippet(
        self,
        painter: QPainter,
        rect: QRectF,
        snippet: str,
        colour: Any,
        option: QStyleOptionViewItem,
    ) -> None:
        """The snippet on one line, elided, its matched words bold."""
        plain = snippet.replace("\x02", "").replace("\x03", "")
        layout = QTextLayout(plain, option.font)
        formats = []
        position = 0
        start = None
        for char in snippet:
            if char == "\x02":
                start = position
            elif char == "\x03":
                if start is not None:
                    span = QTextLayout.FormatRange()
                    span.start, span.length = start, position - start
                    bold = QTextCharFormat()
                    bold.setFontWeight(700)
                    span.format = bold
                    formats.append(span)
                start = None
            else:
                position += 1
        layout.setFormats(formats)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(text_option)
        layout.beginLayout()
        line = layout.createLine()
        if line.isValid():
            line.setLineWidth(1e6)
        layout.endLayout()
        if not line.isValid():
            return
        ellipsis = "…"
        mark = QFontMetricsF(option.font).horizontalAdvance(ellipsis)
        first = formats[0].start if formats else 0
        found: tuple[float, int] = line.cursorToX(first)  # type: ignore[assignment]  # stub: object
        match_x = found[0]
        shown = snippet_window(line.naturalTextWidth(), match_x, rect.width(), mark)
        painter.save()
        painter.setPen(colour)
        text_rect = rect.adjusted(
            mark if shown.cut_start else 0, 0, -mark if shown.cut_end else 0, 0
        )
        painter.setClipRect(text_rect)
        layout.draw(painter, QPointF(text_rect.left() - shown.offset, rect.top()))
        painter.setClipping(False)
        baseline = rect.top() + line.ascent()
        if shown.cut_start:
            painter.drawText(QPointF(rect.left(), baseline), ellipsis)
        if shown.cut_end:
            painter.drawText(QPointF(rect.right() - mark, baseline), ellipsis)
        painter.restore()


class SnippetWindow(NamedTuple):
    offset: float
    """How far into the line the part shown starts."""
    cut_start: bool
    """Text is left out before it: "…" stands there."""
    cut_end: bool
    """Text is left out after it."""


def snippet_window(natural: float, match_x: float, width: float, mark: float) -> SnippetWindow:
    """The part of a one-line snippet ``natural`` wide shown in ``width``: the first match
    (at ``match_x``) is always in it, a quarter of the way in where the line is too long, and
    a cut end is marked by an ellipsis ``mark`` wide."""
    if natural <= width:
        return SnippetWindow(0.0, False, False)
    room = max(0.0, width - 2 * mark)
    offset = min(max(0.0, match_x - room / 4), max(0.0, natural - room))
    if offset <= 0:
        return SnippetWindow(0.0, False, True)
    return SnippetWindow(offset, True, offset + room < natural)


class FilmList(FilmTable):
    """The list of films: a table of one column that moves like a list (Home, End)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontalHeader().setStretchLastSection(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

    def moveCursor(  # noqa: N802 (Qt override)
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        cursor = QAbstractItemView.CursorAction
        if action in (cursor.MoveHome, cursor.MoveEnd):
            # A table's Home and End go along the row; Ctrl takes them to its ends.
            modifiers |= Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(action, modifiers)


class LibraryPanel(QWidget):
    """The library's side of the window."""

    film_chosen = Signal(object, str, bool, bool)
    """(the film's Path, the plot search that found it or "", whether it matched the synopsis,
    whether it was opened (Return, a double-click) rather than stepped onto)"""
    selection_changed = Signal()
    list_emptied = Signal()
    arrived = Signal(object)
    """A film waited for (choose_when_listed) is in the list now, and chosen: its Path."""
    """The film shown left the list, and no film is left in it."""
    sort_chosen = Signal(str, bool)
    """An order was chosen beside the list: (title, year, runtime or added; descending)."""
    view_changed = Signal(bool)
    """The films were switched to a wall of posters (True) or a list (False)."""
    copy_requested = Signal(object)
    """Copy (Ctrl+C) in the list: the chosen films as a table and as film files."""

    def __init__(
        self, library: Library, artwork: ArtworkLoader, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.model = LibraryModel(library, self)
        self.results = SearchModel(library, self)
        self._artwork = artwork
        self._wall_chosen = False

        self.field = QLineEdit()
        self.field.setObjectName("library-filter")
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._on_text_changed)
        self.field.returnPressed.connect(self._on_return_pressed)
        self.field.installEventFilter(self)
        self.plots = QToolButton()
        self.plots.setObjectName("search-plots")
        self.plots.setCheckable(True)
        # No mnemonic: the window's Alt+P acts at once, where a button's mnemonic clicks
        # a moment later, after what is typed next.
        self.plots.setText(self.tr("Plots"))
        self.plots.setToolTip(self.tr("Search the summaries and synopsis of every film (Alt+P)"))
        self.plots.toggled.connect(self._on_mode_toggled)
        self.browse = QToolButton()
        self.browse.setObjectName("library-browse")
        self.browse.setCheckable(True)
        self.browse.setText(self.tr("Browse"))
        self.browse.setToolTip(
            self.tr("Browse the films by genre, decade, collection, country and person (Ctrl+B)")
        )
        self.browse.toggled.connect(self._on_browse_toggled)
        self._facets: FacetsPanel | None = None
        self._browse_timer = QTimer(self)
        self._browse_timer.setSingleShot(True)
        self._browse_timer.setInterval(BROWSE_DELAY_MS)
        self._browse_timer.timeout.connect(self._on_browse_due)
        self._browsing = 0
        """The number of the latest count asked for: an older one arriving late is not shown."""
        self._browsed = 0
        """The number of the latest count shown."""
        self._count_text = ""
        self._awaited: Path | None = None
        """A film to choose once the list holds it (one just saved into the library)."""
        """The count under the list, before what is selected is added."""
        self.count = QLabel()
        self.count.setObjectName("library-count")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.error = DataText(max_lines=3)
        self.error.setObjectName("library-error")
        self.error.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.error.hide()
        self.list = FilmList()
        self.list.setObjectName("library-list")
        self.list.setModel(self.model)
        self.list.setItemDelegate(LibraryDelegate(self))
        self._row_heights()
        self.wall = PosterWall(self.model, self._wall_poster)
        self.empty = QLabel()
        self.empty.setObjectName("library-empty")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty.setMargin(12)
        self._progress = (0, 0)
        library.progress.connect(self._on_progress)
        library.scan_finished.connect(self._show_state)
        self.views = QStackedWidget()
        self.views.addWidget(self.list)
        self.views.addWidget(self.wall)
        self.views.addWidget(self.empty)
        self._thumbnails = _Thumbnails(
            "thumb", self, artwork, THUMBNAILS_KEPT, self.list.viewport()
        )
        self._posters = _Thumbnails("wall", self, artwork, POSTERS_KEPT, self.wall.viewport())
        self.wall.verticalScrollBar().valueChanged.connect(self._on_wall_scrolled)
        self.list.verticalScrollBar().valueChanged.connect(self._on_list_scrolled)
        for view in (self.list, self.wall):
            view.activated.connect(self._on_activated)
            view.selectionModel().currentChanged.connect(self._on_current_changed)
            view.selectionModel().selectionChanged.connect(self.selection_changed)
            view.selectionModel().selectionChanged.connect(self._show_selected)
        self.show_list = self._mode_button(
            "library-show-list",
            self.tr("List"),
            self.tr("Show the films as a list"),
            QStyle.StandardPixmap.SP_FileDialogDetailedView,
        )
        self.show_wall = self._mode_button(
            "library-show-wall",
            self.tr("Posters"),
            self.tr("Show the films as a wall of posters"),
            QStyle.StandardPixmap.SP_FileDialogContentsView,
        )
        self.show_list.setChecked(True)
        self.show_wall.toggled.connect(self._on_wall_toggled)
        self.sort_field = QComboBox()
        self.sort_field.setObjectName("library-sort")
        self.sort_field.setAccessibleName(self.tr("Sort by"))
        self.sort_field.setToolTip(self.tr("Sort the films by"))
        for key, name in (
            ("title", self.tr("Title")),
            ("year", self.tr("Year")),
            ("runtime", self.tr("Runtime")),
            ("added", self.tr("Date added")),
        ):
            self.sort_field.addItem(name, key)
        self.sort_field.activated.connect(self._on_sort_field)
        self.sort_order = QToolButton()
        self.sort_order.setObjectName("library-sort-order")
        self.sort_order.setCheckable(True)
        self.sort_order.setAutoRaise(True)
        self.sort_order.toggled.connect(self._on_sort_order)
        self.show_sort("title", False)
        self.problems_button = QToolButton()
        self.problems_button.setObjectName("library-problems")
        self.problems_button.setCheckable(True)
        self.problems_button.setAutoRaise(True)
        self.problems_button.toggled.connect(self._on_problems_toggled)
        self._problems_panel: ProblemsPanel | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_due)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.field, 1)
        top.addWidget(self.plots)
        top.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        under = QHBoxLayout()
        under.setContentsMargins(0, 0, 0, 0)
        under.addWidget(self.count, 1)
        under.addWidget(self.sort_field)
        under.addWidget(self.sort_order)
        under.addWidget(self.show_list)
        under.addWidget(self.show_wall)
        layout.addLayout(under)
        layout.addWidget(self.error)
        # The facets, when shown, above the films; the user sets how much room each takes.
        self._split = QSplitter(Qt.Orientation.Vertical)
        self._split.setChildrenCollapsible(False)
        self._split.addWidget(self.views)
        layout.addWidget(self._split, 1)
        layout.addWidget(self.problems_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout = layout
        for view in (self.list, self.wall):
            copy = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), view)
            copy.setContext(Qt.ShortcutContext.WidgetShortcut)
            copy.activated.connect(self._on_copy)

        self.model.filter_changed.connect(self._on_filter_changed)
        self.model.filter_changed.connect(self._browse_later)
        self.model.modelAboutToBeReset.connect(self._on_about_to_reset)
        self.model.modelReset.connect(self._on_reset)
        self._kept = _Kept()
        self._restore = QTimer(self)
        self._restore.setSingleShot(True)
        self._restore.setInterval(0)
        self._restore.timeout.connect(self._restore_kept)
        library.problems_changed.connect(self._on_problems_changed)
        self._placeholder()
        self._on_filter_changed()
        self._on_problems_changed()

    def _row_heights(self) -> None:
        """Every row as tall as the delegate asks: one line, or two for a plot search's."""
        lines = 2 if self.searching else 1
        spacing = QFontMetricsF(self.font()).lineSpacing()
        height = max(spacing * lines, spacing * 1.6) if lines == 1 else spacing * 2.3
        self.list.verticalHeader().setDefaultSectionSize(round(height + 2 * _PADDING))

    def _mode_button(
        self, name: str, text: str, tip: str, icon: QStyle.StandardPixmap
    ) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setCheckable(True)
        button.setAutoExclusive(True)
        button.setAutoRaise(True)
        button.setIcon(self.style().standardIcon(icon))
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        return button

    # The order ----------------------------------------------------------------------------

    def show_sort(self, key: str, descending: bool) -> None:
        """Show ``key`` and the direction as the order chosen (without choosing it again)."""
        for widget in (self.sort_field, self.sort_order):
            widget.blockSignals(True)
        self.sort_field.setCurrentIndex(max(0, self.sort_field.findData(key)))
        self.sort_order.setChecked(descending)
        self._show_sort_order(descending)
        for widget in (self.sort_field, self.sort_order):
            widget.blockSignals(False)

    def _show_sort_order(self, descending: bool) -> None:
        pixmap = (
            QStyle.StandardPixmap.SP_ArrowDown if descending else QStyle.StandardPixmap.SP_ArrowUp
        )
        self.sort_order.setIcon(self.style().standardIcon(pixmap))
        name = self.tr("Descending") if descending else self.tr("Ascending")
        self.sort_order.setText(name)
        self.sort_order.setAccessibleName(name)
        self.sort_order.setToolTip(
            self.tr("Descending: click for ascending")
            if descending
            else self.tr("Ascending: click for descending")
        )

    @Slot(int)
    def _on_sort_field(self, _index: int) -> None:
        self.sort_chosen.emit(self.sort_field.currentData(), self.sort_order.isChecked())

    @Slot(bool)
    def _on_sort_order(self, descending: bool) -> None:
        self._show_sort_order(descending)
        self.sort_chosen.emit(self.sort_field.currentData(), descending)

    # The list, or the wall of posters -----------------------------------------------------

    @property
    def view(self) -> QAbstractItemView:
        """The view showing the films: the wall, or the list (always, for a plot search)."""
        return self.wall if self.wall_shown else self.list

    @property
    def wall_shown(self) -> bool:
        return self._wall_chosen and not self.searching

    def show_as_wall(self, wall: bool) -> None:
        """Show the films as a wall of posters, or as a list; the film chosen stays chosen."""
        (self.show_wall if wall else self.show_list).setChecked(True)

    @Slot(bool)
    def _on_wall_toggled(self, wall: bool) -> None:
        if wall == self._wall_chosen:
            return
        before = self.view
        position = self._position(before.currentIndex())
        focused = before.hasFocus()
        self._wall_chosen = wall
        self._show_view(position)
        if focused:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view_changed.emit(wall)

    def _show_view(self, position: int) -> None:
        """Bring the current view forward, with the film at ``position`` current in it."""
        view = self.view
        self.views.setCurrentWidget(view)
        self._show_state()
        for button in (self.show_list, self.show_wall):
            button.setEnabled(not self.searching)
        if position >= 0 and self.current_model() is self.model:
            selection = view.selectionModel()
            selection.blockSignals(True)  # the same film: nothing new to show
            try:
                view.setCurrentIndex(self._index(position))
            finally:
                selection.blockSignals(False)
            view.scrollTo(self._index(position), QAbstractItemView.ScrollHint.PositionAtCenter)

    def wall_width(self, columns: int) -> int:
        """The panel's width for the wall to show ``columns`` posters a row."""
        cell = self.wall.horizontalHeader().defaultSectionSize()
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        scroll = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return cell * columns + scroll + margins.left() + margins.right() + 2

    def has_current(self) -> bool:
        """Whether a film is current in the view."""
        return self.view.currentIndex().isValid()

    def choose_first(self) -> None:
        """Make the first film current (and show it)."""
        if self.current_model().rowCount():
            self.view.setCurrentIndex(self._index(0))

    def _position(self, index: Index) -> int:
        """The row of the films' model a view's index shows, or -1."""
        if not index.isValid():
            return -1
        if index.model() is self.wall.wall:
            return self.wall.wall.position(index)
        return index.row()

    def _index(self, position: int) -> QModelIndex:
        """The active view's index showing the films' model's row ``position``."""
        if self.wall_shown:
            return self.wall.wall.cell(position)
        return self.current_model().index(position, 0)

    def _set_count(self, text: str) -> None:
        """The count under the list; with more than one film chosen, how many are."""
        self._count_text = text
        self._show_selected()

    @Slot()
    def _show_selected(self) -> None:

        chosen = sum(last - first + 1 for first, last in self._selected_runs())
        text = self._count_text
        if chosen > 1:
            text = plural("library", "{films} · %Ln selected", chosen).format(films=text)
        self.count.setText(text)

    def _selected_runs(self) -> list[tuple[int, int]]:
        """The chosen films, as (first, last) runs of the films' model's rows."""
        ranges = self.view.selectionModel().selection()
        runs = []
        columns = self.wall.wall.columns
        count = self.current_model().rowCount()
        for each in map(ranges.at, range(ranges.size())):
            if not self.wall_shown:
                runs.append((each.top(), each.bottom()))
                continue
            for row in range(each.top(), each.bottom() + 1):
                first = row * columns + each.left()
                last = min(count - 1, row * columns + each.right())
                if first <= last:
                    runs.append((first, last))
        return sorted(runs)

    # Filtering and searching ---------------------------------------------------------

    def focus_filter(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    @property
    def searching(self) -> bool:
        return self.plots.isChecked()

    def _placeholder(self) -> None:
        """A few words that fit the field; the query's forms in its tooltip."""
        if self.searching:
            self.field.setPlaceholderText(self.tr("Search every plot"))
            self.field.setToolTip(self.tr("Words, “exact phrases” and prefixes (revolution*)"))
        else:
            self.field.setPlaceholderText(self.tr("Filter films"))
            self.field.setToolTip(
                self.tr(
                    "Words that start a title, name, genre…; or a field: title:ferry "
                    'year:1990..1999 genre:drama person:duvall company:"hbo films"'
                )
            )

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        if self.searching:
            self._search_timer.start()
        else:
            self.model.set_filter(text)

    @Slot(bool)
    def _on_mode_toggled(self, searching: bool) -> None:
        self._placeholder()
        if searching:
            self.list.setModel(self.results)
            self._on_search_due()
        else:
            self.list.setModel(self.model)
            self.model.set_filter(self.field.text())
        self._row_heights()
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list.selectionModel().selectionChanged.connect(self.selection_changed)
        self.list.selectionModel().selectionChanged.connect(self._show_selected)
        self._show_view(-1)
        self._on_filter_changed()

    @Slot()
    def _on_search_due(self) -> None:
        text = self.field.text()
        self.results.set_text(text)
        self._on_filter_changed()

    @Slot()
    def _on_filter_changed(self) -> None:

        if self.searching:
            found = self.results.rowCount()
            if not self.field.text().strip():
                text = translate("library", "Type words to search every plot")
            elif not found:
                text = translate("library", "No film holds these words")
            else:
                text = plural("library", "%Ln film(s) hold it", found)
            self._set_count(text)
            self.error.hide()
            self._show_state()
            return
        total, shown = self.model.total, self.model.rowCount()
        if shown == total:
            text = plural("library", "%Ln film(s)", total)
        else:
            text = plural("library", "{shown} of %Ln film(s)", total).format(
                shown=self.locale().toString(shown)
            )
        self._set_count(text)
        if self.model.error is not None:
            self.error.setText(message_text(self.model.error))
            self.error.show()
        else:
            self.error.hide()
        self._show_state()

    def _show_state(self) -> None:
        """The films, or in their place what there is to say: a folder with no film in
        it, the first moments of a scan, a filter that leaves none."""
        if self.current_model().rowCount():
            self.views.setCurrentWidget(self.view)
            return
        if self.searching:
            text = ""  # said above the list
        elif self.model.total or self.field.text().strip():
            text = translate("library", "No film matches the filter.")
        elif self.library.scanning:
            done, files = self._progress
            text = (
                translate("library", "Reading {done} of {total} files…").format(
                    done=self.locale().toString(done), total=self.locale().toString(files)
                )
                if files
                else translate("library", "Looking for film files…")
            )
        else:
            text = translate(
                "library",
                "No films in this folder.\n\nFilm Viewer lists film files (.json) and Kodi "
                "films (.nfo) in the folder and in every folder in it.",
            )
        self.empty.setText(text)
        self.views.setCurrentWidget(self.empty)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self._progress = (done, total)
        if not self.current_model().rowCount():
            self._show_state()

    @Slot()
    def _on_about_to_reset(self) -> None:
        if self.current_model() is not self.model or self._restore.isActive():
            return  # (the choice kept before the last reset is still to be restored)
        view = self.view
        current = view.currentIndex().data(IdRole)
        runs = self._selected_runs()
        chosen = sum(last - first + 1 for first, last in runs)
        # A few chosen rows are read as rows; many, from the list of every row's id.
        ids = self.model.ids() if chosen > SELECTION_READ else None
        selected = []
        for first, last in runs:
            if ids is not None:
                selected += ids[first : last + 1]
                continue
            films = map(self.model.film_at, range(first, last + 1))
            selected += [film.id for film in films if film is not None]
        self._kept = _Kept(
            current if isinstance(current, int) else None,
            selected,
            self.model.sorting,
            self.field.text(),
            view.verticalScrollBar().value(),
            self._position(view.currentIndex()),
        )

    @Slot()
    def _on_reset(self) -> None:
        """The same film current and the same films chosen after the rows change (no new
        choice); the list where it was scrolled to, or at the current film if the filter or
        the order changed.

        Where the rows' films are not all known (after typing in the filter), the
        chosen films' rows are counted in the index after the list is painted.
        """
        if self.current_model() is not self.model:
            return
        if self.model.rows_known or not (self._kept.current or self._kept.selected):
            self._restore_kept()
        else:
            self._restore.start()

    def _film_left(self, row: int) -> None:
        """The film shown left the list (its file deleted or moved away): its neighbour is
        shown in its place, the one after it, or before it at the list's end."""
        count = self.model.rowCount()
        if count and row >= 0:
            self.view.setCurrentIndex(self._index(min(row, count - 1)))
        elif not count:
            self.list_emptied.emit()

    @Slot()
    def _restore_kept(self) -> None:
        self._restore.stop()
        if self.current_model() is not self.model:
            return
        kept, view = self._kept, self.view
        selection = view.selectionModel()
        selection.blockSignals(True)
        try:
            rows = sorted(
                row for film_id in kept.selected if (row := self.model.row_of(film_id)) >= 0
            )
            chosen = QItemSelection()
            columns = self.wall.wall.columns if self.wall_shown else 0
            for first, last in _runs(rows):
                # On the wall, a run of films is cut where the grid's rows end.
                start = first
                while start <= last:
                    end = min(last, start - start % columns + columns - 1) if columns else last
                    chosen.select(self._index(start), self._index(end))
                    start = end + 1
            flags = QItemSelectionModel.SelectionFlag.Select
            selection.select(chosen, flags if self.wall_shown else _SELECT_ROWS)
            current = -1 if kept.current is None else self.model.row_of(kept.current)
            if current >= 0:
                selection.setCurrentIndex(
                    self._index(current), QItemSelectionModel.SelectionFlag.NoUpdate
                )
        finally:
            selection.blockSignals(False)
        same_list = (self.model.sorting, self.field.text()) == (kept.sorting, kept.text)
        if same_list:
            view.verticalScrollBar().setValue(kept.scrolled)
        elif current >= 0:
            view.scrollTo(self._index(current))
        if self._awaited is not None and self.select_film(self._awaited):
            self.arrived.emit(self._awaited)
            self._awaited = None
        elif same_list and kept.current is not None and current < 0:
            self._film_left(kept.row)
        view.viewport().update()

    # Choosing films ---------------------------------------------------------------------

    _MOVES: Final = (
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
    )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Up, Down, Page Up and Page Down in the field move in the list, as in a search box."""
        if (
            watched is self.field
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in self._MOVES
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            view = self.view
            if not view.currentIndex().isValid() and self.current_model().rowCount():
                view.setCurrentIndex(self._index(0))
            else:
                QApplication.sendEvent(
                    view, QKeyEvent(event.type(), event.key(), event.modifiers())
                )
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def _on_return_pressed(self) -> None:
        """Return in the field chooses the film in the list (the first, if none is)."""
        if self.searching and self._search_timer.isActive():
            self._search_timer.stop()
            self._on_search_due()
        position = self._position(self.view.currentIndex())
        if position < 0 and self.current_model().rowCount():
            position = 0
            self.view.setCurrentIndex(self._index(0))
        if position >= 0:
            self._choose(position, opened=True)

    def enter(self, text: str, plots: bool = False) -> None:
        """Type ``text`` in the field (searching plots if ``plots``) and choose its first film."""
        self.plots.setChecked(plots)
        self.field.setText(text)
        self.view.setCurrentIndex(QModelIndex())
        self._on_return_pressed()

    def current_model(self) -> LibraryModel | SearchModel:
        return self.results if self.searching else self.model

    def film_at(self, row: int) -> Row | None:
        return self.current_model().film_at(row)

    def select_film(self, path: Path) -> bool:
        """Make the film at ``path`` current in the list (if it is shown); True if it was."""
        relative = self._relative(path)
        film_id = None if relative is None else self.library.index.id_of(relative)
        row = -1 if film_id is None else self.model.row_of(film_id)
        if row < 0 or self.current_model() is not self.model:
            return False
        self.view.setCurrentIndex(self._index(row))
        return True

    def choose_when_listed(self, path: Path) -> None:
        """Choose the film at ``path`` now, or as soon as the list holds it."""
        if self.select_film(path):
            self.arrived.emit(path)
        else:
            self._awaited = path

    def same_film_elsewhere(self, path: Path) -> list[str]:
        """Other files of the library holding the film at ``path`` (its title and year)."""
        relative = self._relative(path)
        film_id = None if relative is None else self.library.index.id_of(relative)
        film = None if film_id is None else self.library.view.row(film_id)
        if film is None:
            return []
        words = " ".join(film.title.replace('"', " ").split())
        year = f" year:{film.year}" if film.year is not None else ""
        try:
            query = parse(f'title:"{words}"{year}' if words else year.strip())
        except QueryError:
            return []
        return [
            self.library.shown_path(twin.path)
            for twin in self.library.view.films(query, Sort())
            if twin.id != film.id
            and fold(twin.title) == fold(film.title)
            and twin.year == film.year
        ]

    def _relative(self, path: Path) -> bytes | None:
        try:
            return os.fsencode(path.relative_to(self.library.root))
        except ValueError:
            return None

    @Slot()
    def _on_copy(self) -> None:
        films = self.library.film_data(self.selected_films())
        if films:
            self.copy_requested.emit(export.copy_films(films))

    def selected_films(self) -> list[Row]:
        rows = [row for first, last in self._selected_runs() for row in range(first, last + 1)]
        films = [self.film_at(row) for row in rows]
        return [film for film in films if film is not None]

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        position = self._position(current)
        if position >= 0 and current.model() is self.view.model():
            self._choose(position, opened=False)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        position = self._position(index)
        if position >= 0:
            self._choose(position, opened=True)

    def _choose(self, row: int, *, opened: bool) -> None:
        film = self.film_at(row)
        if film is None:
            return
        query, in_synopsis = "", True
        if self.searching:
            hit = self.results.hit(row)
            query = self.field.text()
            in_synopsis = hit.in_synopsis if hit else True
        self.film_chosen.emit(self.library.path_of(film), query, in_synopsis, opened)

    # Browsing -----------------------------------------------------------------------------

    @property
    def facets_panel(self) -> FacetsPanel:
        """The genres, decades, … of the films in the list, made when first shown."""
        if self._facets is None:
            self._facets = FacetsPanel()
            self._facets.term_chosen.connect(self.choose_term)
            self._facets.hide()
            self._split.insertWidget(0, self._facets)
            self._split.setStretchFactor(0, 2)
            self._split.setStretchFactor(1, 3)
        return self._facets

    @Slot(str)
    def choose_term(self, term: str) -> None:
        """Narrow the list by ``term`` (a field and value), or widen it again if the filter
        holds it already: written into the filter field, which stays the one truth."""
        if self.searching:
            self.plots.setChecked(False)
        self.field.setText(toggled(self.field.text(), term))

    @Slot(bool)
    def _on_browse_toggled(self, shown: bool) -> None:
        if not shown and self._facets is None:
            return
        first = self._facets is None
        self.facets_panel.setVisible(shown)
        if first:
            height = max(200, self._split.height())
            self._split.setSizes([height * 2 // 5, height - height * 2 // 5])
        if shown:
            self._on_browse_due()

    @Slot()
    def _browse_later(self) -> None:
        if self._facets is not None and self._facets.isVisible() and not self.searching:
            self._browse_timer.start()

    @Slot()
    def _on_browse_due(self) -> None:
        """Count, off the GUI thread, what the films in the list can be browsed by."""
        self._browsing += 1
        number, text = self._browsing, self.field.text() if not self.searching else ""

        def done(browsing: Browsing) -> None:
            if number == self._browsing and self._facets is not None:
                self._facets.show_browsing(browsing, text)
            self._browsed = max(self._browsed, number)

        self.library.browse(read(text), done)

    def browsing_settled(self) -> bool:
        """No count of the facets asked for and not shown yet (tests wait on it)."""
        return not self._browse_timer.isActive() and self._browsed == self._browsing

    # Problems ---------------------------------------------------------------------------

    @Slot()
    def _on_problems_changed(self) -> None:
        problems = self.library.problems()
        self.problems_button.setVisible(bool(problems))
        self.problems_button.setText(
            translate("library", "Problems ({count})").format(count=len(problems))
        )
        if self._problems_panel is not None:
            self._problems_panel.refresh()
        if not problems:
            self.problems_button.setChecked(False)

    @property
    def problems_panel(self) -> ProblemsPanel:
        """The table of the library's problem files, made when first shown."""
        if self._problems_panel is None:
            self._problems_panel = ProblemsPanel(self.library)
            self._problems_panel.hide()
            self._layout.addWidget(self._problems_panel)
            self._problems_panel.refresh()
        return self._problems_panel

    @Slot(bool)
    def _on_problems_toggled(self, shown: bool) -> None:
        if shown or self._problems_panel is not None:
            self.problems_panel.setVisible(shown)

    # Thumbnails -------------------------------------------------------------------------

    def thumbnail(self, index: Index) -> QImage | None:
        """The list row's poster thumbnail if decoded; asks for it once otherwise."""
        height = self.list.verticalHeader().defaultSectionSize()
        ratio = self.devicePixelRatioF()
        size = QSize(round(height * ratio * 2 / 3), round(height * ratio))
        return self._thumbnails.get(index, self._film_of(index), size)

    def _wall_poster(self, index: Index, size: QSize) -> object:
        """The wall cell's poster, decoded at ``size`` device pixels; LOADING while it is
        decoded, None where there is none."""
        film = self._film_of(index)
        image = self._posters.get(index, film, size)
        if image is None and film is not None and film.poster and self._posters.pending(film.id):
            return LOADING
        return image

    @Slot()
    def _on_wall_scrolled(self) -> None:
        self._posters.ask_only_for(self._films_in_view(self.wall))

    @Slot()
    def _on_list_scrolled(self) -> None:
        self._thumbnails.ask_only_for(self._films_in_view(self.list))

    def _films_in_view(self, view: FilmTable) -> set[int]:
        """The ids of the films whose cells are in sight in ``view``."""
        model = view.model()
        if model is None:
            return set()
        rows = model.rowCount()
        first = view.rowAt(0)
        last = view.rowAt(view.viewport().height() - 1)
        last = rows - 1 if last < 0 else last
        films = (
            self._film_of(model.index(row, column))
            for row in range(max(0, first), last + 1)
            for column in range(model.columnCount())
        )
        return {film.id for film in films if film is not None}

    def _film_of(self, index: Index) -> Row | None:
        if index.model() is self.wall.wall:
            return self.model.film_at(self.wall.wall.position(index))
        model = index.model()
        return model.film_at(index.row()) if isinstance(model, LibraryModel | SearchModel) else None


class _Thumbnails:
    """Posters decoded off the GUI thread at one size, the most recently shown kept."""

    def __init__(
        self, kind: str, panel: LibraryPanel, artwork: ArtworkLoader, kept: int, view: QWidget
    ) -> None:
        self._kind = kind
        self._panel = panel
        self._artwork = artwork
        self._kept = kept
        self._view = view
        self._images: OrderedDict[int, QImage | None] = OrderedDict()
        self._asked: dict[int, Token] = {}
        """The films whose posters are being decoded, each with its request's token."""
        artwork.loaded.connect(self._on_loaded)
        artwork.failed.connect(self._on_failed)

    def get(self, index: Index, film: Row | None, size: QSize) -> QImage | None:
        film_id = index.data(IdRole)
        if not isinstance(film_id, int) or film is None or film.id != film_id or not film.poster:
            return None
        if film_id in self._images:
            self._images.move_to_end(film_id)
            return self._images[film_id]
        if film_id not in self._asked:
            path = film_folder(self._panel.library.path_of(film)) / film.poster
            self._asked[film_id] = self._artwork.request((self._kind, film_id), path, size)
        return None

    def ask_only_for(self, film_ids: Collection[int]) -> None:
        """Call off the decoding of posters no longer in view: scrolled past quickly, they
        would hold up the ones in view. Shown again, they are asked for again."""
        for film_id in [each for each in self._asked if each not in film_ids]:
            self._asked.pop(film_id).cancel()

    def pending(self, film_id: int) -> bool:
        """Whether the film's poster is being decoded."""
        return film_id in self._asked

    def _on_loaded(self, key: object, image: QImage) -> None:
        if isinstance(key, tuple) and key[0] == self._kind:
            image.setDevicePixelRatio(self._panel.devicePixelRatioF())
            self._keep(key[1], image)

    def _on_failed(self, key: object, _why: str) -> None:
        if isinstance(key, tuple) and key[0] == self._kind:
            self._keep(key[1], None)

    def _keep(self, film_id: int, image: QImage | None) -> None:
        self._asked.pop(film_id, None)
        self._images[film_id] = image
        while len(self._images) > self._kept:
            self._images.popitem(last=False)
        self._view.update()
