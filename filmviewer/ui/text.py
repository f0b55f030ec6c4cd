"""Labels that show text from film files literally: plain text, selectable."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent, QPalette
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from filmviewer.i18n import translate

if TYPE_CHECKING:
    from filmviewer.controller.export import Copy

READING_CHARACTERS = 80
"""Lines longer than this are tiring to read; wider windows get side margins instead."""


def reading_width(font: QFont, margins: int = 0) -> int:
    """Pixels for a comfortable line of running text in ``font``."""
    return int(QFontMetricsF(font).averageCharWidth() * READING_CHARACTERS) + 2 * margins


_SELECTABLE = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
)


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A selectable label that never interprets its text as HTML."""
    label = QLabel(parent)
    _make_plain(label, text, wrap=wrap)
    label.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    return label


def _make_plain(label: QLabel, text: str, *, wrap: bool) -> None:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(_SELECTABLE)


class MenuLabel(QLabel):
    """A value label with a copy menu that the keyboard reaches as well as the mouse.

    Tab moves to it; the Menu key or Shift+F10 opens the menu a right-click opens.
    """

    def __init__(self, text: str, show_menu: Callable[[QLabel, QPoint], object]) -> None:
        super().__init__()
        _make_plain(self, text, wrap=True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(lambda position: show_menu(self, position))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        shift_f10 = event.key() == Qt.Key.Key_F10 and (
            event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        )
        if event.key() == Qt.Key.Key_Menu or shift_f10:
            self.customContextMenuRequested.emit(self.rect().center())
            return
        super().keyPressEvent(event)


def literal_title(text: str) -> str:
    """Text for a window title, where Qt would take "[*]" for the modified mark."""
    return text.replace("[*]", "[*][*]")


def quiet_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A muted, non-data label such as "Not listed", in the palette's placeholder colour."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def popup_copy_menu(
    label: QLabel,
    position: QPoint,
    entries: list[tuple[str, Copy]],
    on_copy: Callable[[Copy], None],
) -> QMenu:
    """Show a right-click menu of copies beside ``label``; it closes and deletes itself."""
    from filmviewer.controller.export import copy_value

    menu = QMenu(label)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if label.hasSelectedText():
        entries = [
            (translate("text", "Copy Selected Text"), copy_value(label.selectedText())),
            *entries,
        ]
    for text, copy in entries:
        action = menu.addAction(text.replace("&", "&&"))
        action.triggered.connect(lambda _checked=False, chosen=copy: on_copy(chosen))
    menu.popup(label.mapToGlobal(position))
    return menu
