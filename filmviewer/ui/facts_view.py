"""A tab of labelled facts (Details, Cast & Crew, Box Office, Tech Specs): a list view on a
FactsModel.

The label stands in a column of the same width on every tab; each value is a
line of its own, wrapped (anywhere, if a word is too long) in the column
beside it, after its picture in a row of pictures (the cast's photos).
Values are selectable like items of a list: arrow keys move, Ctrl+C copies,
the Menu key opens the same copy menu as a right-click.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from filmviewer.controller import export
from filmviewer.controller.facts_model import FactRole, FactsModel
from filmviewer.controller.presentation import Section
from filmviewer.ui.pictures import Pictures, draw_picture
from filmviewer.ui.text import PAGE_MARGIN, CentredColumn, menu_text, popup_copy_menu, wrap_mode

Index = QModelIndex | QPersistentModelIndex

_PADDING = 3
"""Pixels above and below each line."""
_FACT_GAP = 9
"""Extra pixels after a fact's last line."""
_PICTURE_GAP = 8
"""Pixels between a picture and its value's text, and under the picture."""


class FactsDelegate(QStyledItemDelegate):
    """Paints a fact's line: label column, wrapped value, quiet note, link style."""

    def __init__(self, view: FactsView) -> None:
        super().__init__(view)
        self._view = view
        self._heights: dict[tuple[int, int], int] = {}
        self._label_cache: tuple[tuple[str, int], tuple[QTextLayout, float]] | None = None

    def clear(self) -> None:
        self._heights.clear()
        self._label_cache = None

    def columns(self, rect: QRect) -> tuple[QRect, QRect]:
        """The label's and the value's rectangles within a line's ``rect``."""
        content = rect.adjusted(PAGE_MARGIN, _PADDING, -PAGE_MARGIN, -_PADDING)
        label = min(self._view.label_width, int(content.width() * 0.4))
        gap = int(QFontMetricsF(self._view.font()).averageCharWidth() * 3)
        label_rect = QRect(content.left(), content.top(), label, content.height())
        value_rect = QRect(
            content.left() + label + gap,
            content.top(),
            max(1, content.width() - label - gap),
            content.height(),
        )
        if self._view.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            label_rect.moveRight(content.right())
            value_rect.moveRight(content.right() - label - gap)
        return label_rect, value_rect

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 (Qt override)
        width = self._view.viewport().width()
        key = (index.row(), width)
        height = self._heights.get(key)
        if height is None:
            height = self._height(index, width)
            self._heights[key] = height
        return QSize(width, height)

    def picture_size(self) -> QSize:
        """A picture's size beside a value: a portrait three lines of text high."""
        height = round(QFontMetricsF(self._view.font()).lineSpacing() * 3)
        return QSize(round(height * 2 / 3), height)

    def _text_rect(self, index: Index, value_rect: QRect) -> QRect:
        """Where the value's text stands: its column, less the picture's place in a row of them."""
        if index.data(FactRole.PICTURE) is None:
            return value_rect
        indent = self.picture_size().width() + _PICTURE_GAP
        if self._view.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return value_rect.adjusted(0, 0, -indent, 0)
        return value_rect.adjusted(indent, 0, 0, 0)

    def _height(self, index: Index, width: int) -> int:
        label_rect, value_rect = self.columns(QRect(0, 0, width, 1000))
        if index.data(FactRole.QUIET):
            _, height = self._layout(index, label_rect.united(value_rect).width(), quiet=True)
            return int(height) + 2 * _PADDING + 2 * _FACT_GAP
        _, value_height = self._layout(index, self._text_rect(index, value_rect).width())
        if index.data(FactRole.PICTURE) is not None:
            value_height = max(value_height, self.picture_size().height() + _PICTURE_GAP)
        label_height = sum(line.height() for line in self._label_lines(index, label_rect.width()))
        gap = _FACT_GAP if index.data(FactRole.LAST) else 0
        return int(max(value_height, label_height) + 0.999) + 2 * _PADDING + gap

    def _label_lines(self, index: Index, width: int) -> list[QTextLine]:
        """The lines of the label this value's line shows: a label of several lines
        puts one beside each value, and what is left beside the last."""
        label, number, count = index.data(FactRole.LABEL_PART)
        layout, _ = self._label_layout(label, width)
        lines = [layout.lineAt(n) for n in range(layout.lineCount())]
        return lines[number:] if number == count - 1 else lines[number : number + 1]

    def _label_layout(self, label: str, width: int) -> tuple[QTextLayout, float]:
        key = (label, width)
        if self._label_cache is None or self._label_cache[0] != key:
            self._label_cache = (key, _laid_out(label, self._bold(), width, self._option(label)))
        return self._label_cache[1]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        palette = option.palette
        quiet = bool(index.data(FactRole.QUIET))
        label_rect, value_rect = self.columns(option.rect)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if not quiet:
            # The selection covers the value only: labels are not part of what is copied.
            item = QStyleOptionViewItem(option)
            item.rect = value_rect.adjusted(-4, -_PADDING, 4, _PADDING)
            if index.data(FactRole.LAST):
                item.rect.setBottom(item.rect.bottom() - _FACT_GAP)
            style = self._view.style()
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, item, painter, self._view
            )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        if quiet:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            layout, _ = self._layout(index, label_rect.united(value_rect).width(), quiet=True)
            layout.draw(painter, QPointF(label_rect.left(), label_rect.top() + _FACT_GAP))
            painter.restore()
            return
        lines = self._label_lines(index, label_rect.width())
        if lines:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            # Each line moved up to this value's line, wherever it stood in the label.
            shift = QPointF(label_rect.left(), label_rect.top() - lines[0].y())
            for line in lines:
                line.draw(painter, shift)
        painter.setPen(palette.color(role))
        text_rect = self._text_rect(index, value_rect)
        layout, height = self._layout(index, text_rect.width(), palette=palette, selected=selected)
        picture = index.data(FactRole.PICTURE)
        top = QPointF(text_rect.topLeft())
        if picture is not None:
            size = self.picture_size()
            place = QRectF(value_rect.left(), value_rect.top(), size.width(), size.height())
            if self._view.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                place.moveRight(value_rect.right())
            image = self._view.pictures.image(picture) if picture else None
            draw_picture(painter, place, image, palette)
            # A line or two of text stands level with the middle of the face.
            top.setY(top.y() + max(0.0, (size.height() - height) / 2))
        layout.draw(painter, top)
        painter.restore()

    def link_at(self, index: Index, rect: QRect, position: QPoint) -> str | None:
        """The web address under ``position`` (viewport coordinates), if a link's text is there."""
        link = index.data(FactRole.LINK)
        if not link:
            return None
        _, value_rect = self.columns(rect)
        value_rect = self._text_rect(index, value_rect)
        layout, _ = self._layout(index, value_rect.width())
        value_length = len(index.data(Qt.ItemDataRole.DisplayRole))
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            if line.textStart() >= value_length:
                break
            area = line.naturalTextRect().translated(QPointF(value_rect.topLeft()))
            if area.contains(QPointF(position)):
                return str(link)
        return None

    def _layout(
        self,
        index: Index,
        width: int,
        *,
        quiet: bool = False,
        palette: QPalette | None = None,
        selected: bool = False,
    ) -> tuple[QTextLayout, float]:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        font = QFont(self._view.font())
        if quiet:
            font.setItalic(True)
            return _laid_out(text, font, width, self._option(text))
        note = str(index.data(FactRole.NOTE) or "")
        link = index.data(FactRole.LINK)
        shown = f"{text}\N{EN SPACE}{note}" if note else text
        formats = []
        if palette is not None and note:
            muted = QTextCharFormat()
            if not selected:
                muted.setForeground(palette.color(QPalette.ColorRole.PlaceholderText))
            formats.append(_range(len(text) + 1, len(note), muted))
        if link:
            linked = QTextCharFormat()
            linked.setFontUnderline(True)
            if palette is not None and not selected:
                linked.setForeground(palette.color(QPalette.ColorRole.Link))
            formats.append(_range(0, len(text), linked))
        return _laid_out(shown, font, width, self._option(shown), formats)

    def _option(self, text: str) -> QTextOption:
        option = QTextOption()
        option.setWrapMode(wrap_mode(text))
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        # A right-to-left value reads right to left, yet starts where its column does.
        if self._view.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        else:
            option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        return option

    def _bold(self) -> QFont:
        font = QFont(self._view.font())
        font.setBold(True)
        return font


def _range(start: int, length: int, format: QTextCharFormat) -> QTextLayout.FormatRange:
    span = QTextLayout.FormatRange()
    span.start, span.length, span.format = start, length, format
    return span


def _laid_out(
    text: str,
    font: QFont,
    width: int,
    option: QTextOption,
    formats: list[QTextLayout.FormatRange] | None = None,
) -> tuple[QTextLayout, float]:
    layout = QTextLayout(text, font)
    layout.setTextOption(option)
    if formats:
        layout.setFormats(formats)
    height = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


class FactsView(QListView):
    """Shows a Section: the label on the left, each value on its own line on the right."""

    copy_requested = Signal(object)
    """A Copy chosen by the user (a value, a row, the selection)."""
    link_requested = Signal(str)
    """The user clicked or activated a value's web address."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The first line starts where a prose tab's first line does.
        CentredColumn(self, top=PAGE_MARGIN - _PADDING)
        self.label_width = 120
        self.facts = FactsModel(self)
        self.setModel(self.facts)
        self._delegate = FactsDelegate(self)
        self.setItemDelegate(self._delegate)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)
        # Thousands of values are laid out a batch at a time, between events.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(True)
        self.setWordWrap(True)
        self.facts.modelReset.connect(self._delegate.clear)
        self.pictures = Pictures(self)
        """The pictures beside values (the cast's faces), for the film shown."""
        self.pictures.changed.connect(self.viewport().update)
        self.activated.connect(self._on_activated)

    def show_section(self, section: Section) -> None:
        self._delegate.clear()
        self.facts.set_section(section)
        self.setCurrentIndex(self.facts.index(0, 0))
        self.clearSelection()

    def picture_device_size(self) -> QSize:
        """The size, in device pixels, a picture beside a value is decoded to fit.

        Square, so a landscape photo is still decoded large enough to fill the portrait.
        """
        height = round(self._delegate.picture_size().height() * self.devicePixelRatioF())
        return QSize(height, height)

    def value_rect(self, index: QModelIndex) -> QRect:
        """Where the value of line ``index`` is drawn, in viewport coordinates."""
        return self._delegate.columns(self.visualRect(index))[1]

    def set_label_width(self, width: int) -> None:
        if width != self.label_width:
            self.label_width = width
            self._relayout()

    # Layout ------------------------------------------------------------------

    def _relayout(self) -> None:
        self._delegate.clear()
        self.scheduleDelayedItemsLayout()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        if event.oldSize().width() != event.size().width():
            self._delegate.clear()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange):
            self._relayout()

    # Copying and links -----------------------------------------------------------

    def selected_lines(self) -> list[int]:
        return sorted(index.row() for index in self.selectionModel().selectedIndexes())

    def copy_selection(self) -> None:

        values = [found for line in self.selected_lines() if (found := self.facts.value_at(line))]
        if len(values) == 1:
            self.copy_requested.emit(export.copy_value(*values[0]))
        elif values:
            self.copy_requested.emit(export.copy_values(values))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        shift_f10 = event.key() == Qt.Key.Key_F10 and (
            event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        )
        if event.key() == Qt.Key.Key_Menu or shift_f10:
            self._show_menu(self.currentIndex(), None)
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt override)
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self._show_menu(self.currentIndex(), None)
        else:
            self._show_menu(self.indexAt(event.pos()), event.pos())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        super().mouseMoveEvent(event)
        position = event.position().toPoint()
        over_link = self._link_at(position) is not None
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if over_link else Qt.CursorShape.ArrowCursor
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not event.modifiers():
            link = self._link_at(event.position().toPoint())
            if link is not None:
                self.link_requested.emit(link)

    def _link_at(self, position: QPoint) -> str | None:
        index = self.indexAt(position)
        if not index.isValid():
            return None
        return self._delegate.link_at(index, self.visualRect(index), position)

    def _on_activated(self, index: QModelIndex) -> None:
        link = index.data(FactRole.LINK)
        if link:
            self.link_requested.emit(str(link))

    def _show_menu(self, index: QModelIndex, position: QPoint | None) -> None:
        found = self.facts.value_at(index.row()) if index.isValid() else None
        if found is None:
            return
        if position is None:
            position = self.visualRect(index).center()
        row, number = found
        entries = []
        if len(self.selected_lines()) > 1 and index.row() in self.selected_lines():
            values = [v for line in self.selected_lines() if (v := self.facts.value_at(line))]
            entries.append((self.tr("Copy &Selected Values"), export.copy_values(values)))
        entries.append((self.tr("&Copy"), export.copy_value(row, number)))
        entries.append(
            (menu_text(self.tr("Copy “{label}: …” &Row"), label=row.label), export.copy_row(row))
        )
        if len(row.values) > 1:
            entries += [
                (
                    menu_text(self.tr("Copy All {label} as &One Line"), label=row.label),
                    export.copy_list(row, one_per_line=False),
                ),
                (
                    menu_text(self.tr("Copy All {label} One &per Line"), label=row.label),
                    export.copy_list(row, one_per_line=True),
                ),
            ]
        link = row.link(number)
        more = []
        if link:
            more.append((self.tr("Open &Link…"), lambda: self.link_requested.emit(link)))
        popup_copy_menu(self.viewport(), position, entries, self.copy_requested.emit, more)
