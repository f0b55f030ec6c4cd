"""Showing text from film files: literally, wrapped inside the window, never widening it.

Text from a file can be anything its format allows: a 1,000-character word,
right-to-left script, a name that is only a few emoji. Everything here shows
it as plain text, breaks words that do not fit at any character, and asks for
no more width than the window has; a long unbroken run switches the layout to
break anywhere, because Qt's word-boundary breaking grows with the square of
a word's length.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QMenu, QSizePolicy, QToolButton, QWidget

from filmviewer.i18n import translate
from filmviewer.lazy import Pattern
from filmviewer.model.text import escape_unprintable

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent, QPaintEvent
    from PySide6.QtWidgets import QMenu

    from filmviewer.controller.export import Copy

READING_CHARACTERS: Final = 80
"""Lines longer than this are tiring to read; wider windows get side margins instead."""
PAGE_MARGIN: Final = 16
"""Pixels between a page's text and the edge of its column."""
LONG_RUN: Final = 5_000
"""Characters without a break beyond which text is broken anywhere, not at words."""
MAX_TOOLTIP: Final = 1_000

_LONG_RUN = Pattern(rf"[^\s\u200b]{{{LONG_RUN},}}")


def wrap_mode(text: str) -> QTextOption.WrapMode:
    """How to wrap ``text``: at words, or anywhere where a word is too long to search for ends."""
    if len(text) >= LONG_RUN and _LONG_RUN.search(text):
        return QTextOption.WrapMode.WrapAnywhere
    return QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere


def reading_width(font: QFont, margins: int = 0) -> int:
    """Pixels for a comfortable line of running text in ``font``."""
    return int(QFontMetricsF(font).averageCharWidth() * READING_CHARACTERS) + 2 * margins


def column_margin(available: int, font: QFont) -> int:
    """Side margin that centres a reading column in ``available`` pixels (0 when narrower).

    Every tab uses it, so their text starts at the same place in any window.
    """
    return max(0, (available - reading_width(font, PAGE_MARGIN)) // 2)


class CentredColumn(QObject):
    """Keeps a scroll area's text in the reading column, centred, as every tab has it.

    It sets the view's side margins before the view handles a resize, a show
    or a font change, so the view lays out once, for the width it is given:
    also when the window was resized while another tab was in front.
    """

    def __init__(self, view: QAbstractScrollArea, top: int = 0) -> None:
        super().__init__(view)
        self._view = view
        self._top = top
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in _RELAYOUT:
            side = column_margin(self._view.width(), self._view.font())
            margins = self._view.viewportMargins()
            if (margins.left(), margins.top(), margins.right()) != (side, self._top, side):
                self._view.setViewportMargins(side, self._top, side, 0)
        return False


_RELAYOUT: Final = (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange)


def label_width(font: QFont, labels: list[str]) -> int:
    """The label column for ``labels`` in bold ``font``: the widest, within reason."""
    bold = QFont(font)
    bold.setBold(True)
    metrics = QFontMetricsF(bold)
    widest = max((metrics.horizontalAdvance(label) for label in labels), default=0.0)
    return int(min(widest, metrics.averageCharWidth() * 20)) + 1


def text_layout(
    text: str, font: QFont, width: float, max_lines: int = 0, option: QTextOption | None = None
) -> tuple[QTextLayout, float, bool]:
    """``text`` laid out ``width`` wide: the layout, its height, and whether it was cut short.

    With ``max_lines``, lines past it are not laid out and the last shown one
    ends in "…" (drawn by the caller from the returned flag). The layout then
    holds one more line, made but never placed: callers draw only the first
    ``max_lines``.
    """
    # QTextLayout breaks lines only at U+2028: a message's "\n" would run its lines together.
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    wrapping = option if option is not None else QTextOption()
    wrapping.setWrapMode(wrap_mode(text))
    layout.setTextOption(wrapping)
    layout.setCacheEnabled(True)
    height = 0.0
    lines = 0
    cut = False
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        if max_lines and lines == max_lines:
            cut = True
            break
        line.setLineWidth(max(1.0, width))
        line.setPosition(QPointF(0, height))
        height += line.height()
        lines += 1
    layout.endLayout()
    return layout, height, cut


class DataText(QWidget):
    """Plain text from a film file: wrapped to the width it is given, at most ``max_lines``.

    It never asks for more width than a few characters, so no text can widen
    the window; text cut short ends in "…" and shows whole in its tooltip.
    A right-click offers to copy it.
    """

    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, max_lines: int = 0
    ) -> None:
        super().__init__(parent)
        self._text = ""
        self._max_lines = max_lines
        self._alignment = Qt.AlignmentFlag.AlignLeading
        self._layouts: dict[int, tuple[QTextLayout, float, bool]] = {}
        """Layouts by width: a layout asks for the height at a few widths in turn."""
        self.copy_requested: Callable[[Copy], object] | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setText(text)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 (the name QLabel uses)
        self._text = text
        self._layouts.clear()
        self.setAccessibleName(text[:MAX_TOOLTIP])
        self.updateGeometry()
        self.update()

    def set_alignment(self, alignment: Qt.AlignmentFlag) -> None:
        """How each line sits in the width (leading by default)."""
        self._alignment = alignment
        self._layouts.clear()
        self.update()

    def is_cut(self) -> bool:
        """True if the text does not fit in ``max_lines`` at the current width."""
        return self._laid_out(self.width())[2]

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        if not self._text:
            return 0
        return int(self._laid_out(width)[1] + 0.999)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        metrics = QFontMetricsF(self.font())
        width = min(metrics.horizontalAdvance(self._text[:200]), metrics.averageCharWidth() * 40)
        return QSize(int(width) + 1, self.heightForWidth(max(1, int(width) + 1)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        metrics = QFontMetricsF(self.font())
        return QSize(
            int(metrics.averageCharWidth() * 4), int(metrics.height()) if self._text else 0
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)

        if not self._text:
            return
        layout, _, cut = self._laid_out(self.width())
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        shown_lines = self._max_lines if cut else layout.lineCount()
        for number in range(shown_lines - 1 if cut else shown_lines):
            layout.lineAt(number).draw(painter, QPointF(0, 0))
        if cut:
            line = layout.lineAt(shown_lines - 1)
            metrics = QFontMetricsF(self.font())
            rest = self._text[line.textStart() :].replace("\n", " ")
            shown = metrics.elidedText(
                rest[:2_000] + "…", Qt.TextElideMode.ElideRight, line.width()
            )
            rect = QRectF(0, line.y(), line.width(), line.height())
            alignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(rect, int(alignment), shown)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            self.setToolTip(_tooltip(self._text) if self.is_cut() else "")
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange):
            self._layouts.clear()
        return super().event(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt override)
        if not self._text or self.copy_requested is None:
            return
        # Copying waits until something is copied: not needed for the first frame.
        from filmviewer.controller.export import copy_text

        entries = [(translate("text", "&Copy"), copy_text(self._text))]
        popup_copy_menu(self, event.pos(), entries, self.copy_requested)

    def _laid_out(self, width: int) -> tuple[QTextLayout, float, bool]:
        found = self._layouts.pop(width, None)
        if found is None:
            option = QTextOption()
            option.setTextDirection(self.layoutDirection())
            option.setAlignment(self._alignment)
            found = text_layout(self._text, self.font(), width, self._max_lines, option)
            if len(self._layouts) == 4:
                del self._layouts[next(iter(self._layouts))]  # the least recently asked for
        self._layouts[width] = found
        return found


def _tooltip(text: str) -> str:
    shown = text if len(text) <= MAX_TOOLTIP else text[: MAX_TOOLTIP - 1] + "…"
    # A tooltip holding "<" would be taken for rich text: escape it as Qt would show it.
    from html import escape

    return f"<p style='white-space:pre-wrap'>{escape(shown)}</p>"


def literal_title(text: str, limit: int = 120) -> str:
    """Text for a window title: one line, at most ``limit`` characters, "[*]" shown as itself."""
    line = escape_unprintable(text)
    if len(line) > limit:
        line = line[: limit - 1] + "…"
    return line.replace("[*]", "[*][*]")


def quiet_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A muted label of the app's own words, such as "Not listed"."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def close_button(what: str) -> QToolButton:
    """A small ✕ button whose tooltip and accessible name say ``what`` it hides."""
    button = QToolButton()
    button.setText("✕")
    button.setAutoRaise(True)
    button.setToolTip(what)
    button.setAccessibleName(what)
    return button


def without_mnemonic(text: str) -> str:
    """A label's text as read: "&Open" → "Open", "Cast && C&rew" → "Cast & Crew"."""
    return _MNEMONIC.sub(r"\1", text)


_MNEMONIC = Pattern("&(.)")


def menu_text(template: str, **values: str) -> str:
    """A menu item's text: ``template`` keeps its mnemonic; "&" in ``values`` shows as itself."""
    return template.format(**{name: value.replace("&", "&&") for name, value in values.items()})


def popup_copy_menu(
    widget: QWidget,
    position: QPoint,
    entries: list[tuple[str, Copy]],
    on_copy: Callable[[Copy], object],
    more: Sequence[tuple[str, Callable[[], object]]] = (),
) -> QMenu:
    """Show a menu of copies at ``position`` in ``widget``; it closes and deletes itself.

    Each entry's text is a menu text (see ``menu_text``): its mnemonic is the
    user's key to it. ``more`` are commands after a separator.
    """
    menu = QMenu(widget)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    for text, copy in entries:
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False, chosen=copy: on_copy(chosen))
    if more:
        menu.addSeparator()
        for text, command in more:
            menu.addAction(text).triggered.connect(lambda _checked=False, run=command: run())
    menu.popup(widget.mapToGlobal(position))
    return menu
