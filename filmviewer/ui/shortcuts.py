"""Keyboard shortcuts: the platform's standard keys first, then the usual ones."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence


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
