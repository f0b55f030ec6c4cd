"""The library as a wall of posters: the list's films, a grid of them, each with its title.

The wall shows the list's own model (LibraryModel) through WallModel, which
lays its rows out in as many columns as the width holds: a table of the
rows in sight, so a wall of 100,000 films lays out and scrolls as cheaply as
one of ten. The filter, the order and the film chosen are the list's; arrows
move in two dimensions, and typing a title's first letters jumps to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Slot,
)
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from filmviewer.controller.library.list_model import IdRole, LibraryModel, TitleRole, YearRole
from filmviewer.ui.film_table import FilmTable

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

Index = QModelIndex | QPersistentModelIndex

POSTER_WIDTH: Final = 132
"""A poster's width on the wall, in the window's pixels (its height is half as much again)."""
CAPTION_LINES: Final = 2
"""Lines under each poster: the title (elided), then the year."""
GAP: Final = 10
"""Space around each poster."""
LOADING: Final = object()
"""What the poster source gives for a poster being decoded."""


class WallModel(QAbstractTableModel):
    """LibraryModel's rows, ``columns`` to a row: the film at (row, column) is its
    ``row * columns + column``th."""

    def __init__(self, films: LibraryModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.films = films
        self._columns = 1
        films.modelAboutToBeReset.connect(self.beginResetModel)
        films.modelReset.connect(self.endResetModel)
        films.dataChanged.connect(self._on_data_changed)

    @property
    def columns(self) -> int:
        return self._columns

    def set_columns(self, columns: int) -> None:
        columns = max(1, columns)
        if columns != self._columns:
            self.beginResetModel()
            self._columns = columns
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid():
            return 0
        return -(-self.films.rowCount() // self._columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._columns

    def position(self, index: Index) -> int:
        """The film's row in the list, or -1 for a cell past the last film."""
        if not index.isValid():
            return -1
        position = index.row() * self._columns + index.column()
        return position if position < self.films.rowCount() else -1

    def cell(self, position: int) -> QModelIndex:
        """The cell showing the list's row ``position``."""
        if not 0 <= position < self.films.rowCount():
            return QModelIndex()
        return self.index(position // self._columns, position % self._columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self.position(index) < 0:
            return Qt.ItemFlag.NoItemFlags  # the empty cells after the last film
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        position = self.position(index)
        if position < 0:
            return None
        return self.films.data(self.films.index(position, 0), role)

    @Slot(QModelIndex, QModelIndex, list)
    def _on_data_changed(self, first: QModelIndex, last: QModelIndex, roles: list[int]) -> None:
        top, bottom = self.cell(first.row()), self.cell(last.row())
        if top.isValid() and bottom.isValid():
            self.dataChanged.emit(
                self.index(top.row(), 0), self.index(bottom.row(), self._columns - 1), roles
            )


class WallDelegate(QStyledItemDelegate):
    """A poster (or a placeholder that carries the title), and the title and year under it."""

    def __init__(self, thumbnail: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thumbnail = thumbnail
        """(index, device size) -> the poster (a QImage), LOADING while it is decoded (and
        asks for it), or None where there is none to show."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        title = index.data(TitleRole)
        if not isinstance(title, str):
            return
        year = index.data(YearRole)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        cell = QRectF(option.rect)
        metrics = QFontMetricsF(option.font)
        poster = poster_rect(cell, metrics)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(cell.adjusted(2, 2, -2, -2), 6, 6)
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        size = QSize(round(poster.width() * ratio), round(poster.height() * ratio))
        image = self._thumbnail(index, size)
        frame = QPainterPath()
        frame.addRoundedRect(poster, 4, 4)
        if image is LOADING:  # a plain card for the moment it takes: no title flashing by
            painter.fillPath(frame, palette.color(QPalette.ColorRole.AlternateBase))
        elif image is not None:
            painter.setClipPath(frame)
            painter.drawImage(_fitted(poster, image), image)
            painter.setClipping(False)
        else:
            self._paint_placeholder(painter, poster, frame, title, option)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(text_role))
        line = metrics.lineSpacing()
        caption = QRectF(cell.left() + GAP / 2, poster.bottom() + 4, cell.width() - GAP, line)
        painter.drawText(
            caption,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, caption.width()),
        )
        if isinstance(year, int):
            quiet = (
                QPalette.ColorRole.HighlightedText
                if selected
                else QPalette.ColorRole.PlaceholderText
            )
            painter.setPen(palette.color(quiet))
            painter.drawText(
                caption.translated(0, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                str(year),
            )
        if focused and not selected:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(cell.adjusted(2, 2, -2, -2), 6, 6)
        painter.restore()

    @staticmethod
    def _paint_placeholder(
        painter: QPainter,
        poster: QRectF,
        frame: QPainterPath,
        title: str,
        option: QStyleOptionViewItem,
    ) -> None:
        """No poster: a quiet card with the title on it, so the wall still reads."""
        palette = option.palette
        painter.fillPath(frame, palette.color(QPalette.ColorRole.AlternateBase))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawPath(frame)
        font = QFont(option.font)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        text = poster.adjusted(10, 14, -10, -14)
        painter.save()
        painter.setClipRect(text)  # a title too long for the card is cut, not spilled
        painter.drawText(
            text,
            Qt.AlignmentFlag.AlignCenter
            | Qt.TextFlag.TextWordWrap
            | Qt.TextFlag.TextWrapAnywhere,  # both: words where they fit, letters where not
            title,
        )
        painter.restore()
        painter.setFont(option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return cell_size(QFontMetricsF(option.font))


def poster_width(metrics: QFontMetricsF) -> float:
    """A poster's width, following the font (larger text, larger posters)."""
    return max(POSTER_WIDTH, metrics.averageCharWidth() * 19)


def cell_size(metrics: QFontMetricsF) -> QSize:
    width = poster_width(metrics)
    return QSize(
        round(width + GAP),
        round(width * 1.5 + metrics.lineSpacing() * CAPTION_LINES + GAP + 4),
    )


def poster_rect(cell: QRectF, metrics: QFontMetricsF) -> QRectF:
    width = poster_width(metrics)
    return QRectF(
        cell.left() + (cell.width() - width) / 2, cell.top() + GAP / 2, width, width * 1.5
    )


def _fitted(frame: QRectF, image: QImage) -> QRectF:
    """Where ``image`` goes to fill ``frame`` (cropped at the sides, never stretched)."""
    ratio = image.devicePixelRatio() or 1.0
    size = image.size().toSizeF() / ratio
    size.scale(frame.size(), Qt.AspectRatioMode.KeepAspectRatioByExpanding)
    return QRectF(
        frame.center().x() - size.width() / 2,
        frame.center().y() - size.height() / 2,
        size.width(),
        size.height(),
    )


class PosterWall(FilmTable):
    """The grid of posters: as many columns as the width holds, one film a cell."""

    def __init__(self, films: LibraryModel, thumbnail: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("poster-wall")
        self.wall = WallModel(films, self)
        self.setModel(self.wall)
        self.setItemDelegate(WallDelegate(thumbnail, self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._sizes()

    def _sizes(self) -> None:
        size = cell_size(QFontMetricsF(self.font()))
        self.verticalHeader().setDefaultSectionSize(size.height())
        self.horizontalHeader().setDefaultSectionSize(size.width())
        self.verticalScrollBar().setSingleStep(max(1, size.height() // 4))
        self._fit_columns()

    def _fit_columns(self) -> None:
        """As many columns as the width holds; the same films chosen, the current one in view."""
        width = self.viewport().width()
        cell = self.horizontalHeader().defaultSectionSize()
        columns = max(1, width // max(1, cell))
        wall = self.wall
        if columns == wall.columns:
            return
        current = wall.position(self.currentIndex())
        chosen = sorted({wall.position(index) for index in self.selectionModel().selectedIndexes()})
        wall.set_columns(columns)
        selection = self.selectionModel()
        selection.blockSignals(True)  # the same films: nothing new to show
        try:
            picked = QItemSelection()
            for position in chosen:
                if position >= 0:
                    picked.select(wall.cell(position), wall.cell(position))
            selection.select(picked, QItemSelectionModel.SelectionFlag.Select)
            if current >= 0:
                selection.setCurrentIndex(
                    wall.cell(current), QItemSelectionModel.SelectionFlag.NoUpdate
                )
        finally:
            selection.blockSignals(False)
        if current >= 0:
            self.scrollTo(wall.cell(current))
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit_columns()

    def changeEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._sizes()

    def moveCursor(  # noqa: N802 (Qt override)
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Home and End go to the first and last film; Right and Left run on across rows."""
        cursor = QAbstractItemView.CursorAction
        wall = self.wall
        position = wall.position(self.currentIndex())
        count = wall.films.rowCount()
        if not count:
            return QModelIndex()
        if action == cursor.MoveHome:
            return wall.cell(0)
        if action == cursor.MoveEnd:
            return wall.cell(count - 1)
        if action in (cursor.MoveNext, cursor.MoveRight) and position >= 0:
            return wall.cell(min(count - 1, position + 1))
        if action in (cursor.MovePrevious, cursor.MoveLeft) and position >= 0:
            return wall.cell(max(0, position - 1))
        moved = super().moveCursor(action, modifiers)
        if moved.isValid() and wall.position(moved) < 0:
            return wall.cell(count - 1)  # below the last row's end: the last film
        return moved

    def films(self) -> LibraryModel:
        return self.wall.films

    def position_of(self, index: QModelIndex | QPersistentModelIndex) -> int:
        return self.wall.position(index)

    def index_at(self, position: int) -> QModelIndex:
        return self.wall.cell(position)

    def current_id(self) -> int | None:
        film_id = self.currentIndex().data(IdRole)
        return film_id if isinstance(film_id, int) else None
