"""Keyboard shortcuts: the platform's standard keys first, then the usual ones."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from filmviewer.ui.text import without_mnemonic

_LAST_TYPED_KEY = Qt.Key.Key_F35
"""Keys after this one are media and launcher keys most keyboards lack (Open, Refresh, Back)."""


def key_list(standard: QKeySequence.StandardKey | None, *usual: str) -> list[QKeySequence]:
    """The platform's keys for ``standard``, then ``usual`` keys it does not already have."""
    keys = QKeySequence.keyBindings(standard) if standard is not None else []
    for text in usual:
        key = QKeySequence(text)
        if key not in keys:
            keys.append(key)
    return [key for key in keys if not key.isEmpty()]


def set_shortcuts(action: QAction, standard: QKeySequence.StandardKey, fallback: str) -> None:
    """Give ``action`` the platform's keys for ``standard``, or ``fallback`` if it names none."""
    action.setShortcuts(QKeySequence.keyBindings(standard) or [QKeySequence(fallback)])


def shown_keys(keys: list[QKeySequence]) -> str:
    """``Ctrl+O``: the keys of a command as a user types them, in the platform's words.

    Media and launcher keys that few keyboards have ("Open", "Refresh") are
    left out of the list, though they still work.
    """
    shown: list[str] = []
    for sequence in keys:
        combined = sequence[0]  # type: ignore[index]  # QKeySequence has __getitem__
        key = combined.key()
        if key > _LAST_TYPED_KEY and key != Qt.Key.Key_Menu:
            continue
        if key == Qt.Key.Key_Backtab:  # Qt's name for Shift+Tab
            sequence = QKeySequence(combined.keyboardModifiers() | Qt.Key.Key_Tab)
        text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        if text not in shown:
            shown.append(text)
    return ", ".join(shown)


def command_name(action: QAction) -> str:
    """An action's text as a command's name: "&Open…" → "Open", "&&" → "&"."""
    return without_mnemonic(action.text()).rstrip("…")


def menu_shortcuts(menu: QMenu) -> list[tuple[str, str]]:
    """(command, keys) for each item of ``menu`` and its submenus that has keys."""
    rows = []
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            rows += menu_shortcuts(submenu)
        elif keys := shown_keys(action.shortcuts()):
            rows.append((command_name(action), keys))
    return rows


def give_mnemonics(menu: QMenu) -> None:
    """Make every item of ``menu`` have a mnemonic of its own.

    Qt's own items (a text view's Copy, Select All) name only some of theirs,
    and in some languages one of theirs is another item's: the menu's own
    items take the first letter still free. Items the menu shares with the
    window keep theirs.
    """
    items = [action for action in menu.actions() if not action.isSeparator()]
    shared = [action for action in items if action.parent() is not menu]
    taken = {_mnemonic(action.text()) for action in shared} - {""}
    for action in items:
        if action in shared:
            continue
        text = action.text()
        key = _mnemonic(text)
        if key and key not in taken:
            taken.add(key)
            continue
        label, tab, keys = _without_mnemonic(text).partition("\t")
        for position, char in enumerate(label):
            if char.isalnum() and char.lower() not in taken:
                taken.add(char.lower())
                action.setText(label[:position] + "&" + label[position:] + tab + keys)
                break


def _without_mnemonic(text: str) -> str:
    return re.sub("&(.)", lambda match: "&&" if match.group(1) == "&" else match.group(1), text)


def _mnemonic(text: str) -> str:
    match = re.search(r"(?<!&)&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else ""
