"""Keyboard shortcuts: the platform's standard keys, with a fallback where it has none."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence


def set_shortcuts(action: QAction, standard: QKeySequence.StandardKey, fallback: str) -> None:
    """Give ``action`` the platform's keys for ``standard``, or ``fallback`` if it names none."""
    keys = QKeySequence.keyBindings(standard) or [QKeySequence(fallback)]
    action.setShortcuts(keys)
