"""View menu: text zoom for the reading views, and moving between tabs by keyboard."""

from __future__ import annotations

import math
from typing import Final

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QTabWidget, QWidget

from filmviewer.controller.settings import MAX_ZOOM
from filmviewer.ui.shortcuts import key_list

SMALLEST_POINTS: Final = 7.0
"""Zooming out stops where text would be smaller than this: still readable."""


def fewest_steps() -> int:
    """The lowest zoom (steps from the system's text size) that keeps text readable."""
    points = QApplication.font().pointSizeF()
    if points <= 0:  # a font sized in pixels: its points are unknown
        return -MAX_ZOOM
    return max(-MAX_ZOOM, min(0, math.ceil(SMALLEST_POINTS - points)))


class ViewActions(QObject):
    zoom_changed = Signal(int)

    def __init__(self, tabs: QTabWidget, zoom: int, parent: QWidget) -> None:
        super().__init__(parent)
        self._tabs = tabs
        self._zoom = 0

        def action(text: str, keys: list[QKeySequence], slot: object) -> QAction:
            made = QAction(text, parent)
            made.setShortcuts(keys)
            made.triggered.connect(slot)
            parent.addAction(made)
            return made

        key = QKeySequence.StandardKey
        self.zoom_in = action(
            self.tr("Zoom &In"),
            key_list(key.ZoomIn, "Ctrl++", "Ctrl+="),
            self._on_zoom_in_triggered,
        )
        self.zoom_out = action(
            self.tr("Zoom &Out"), key_list(key.ZoomOut, "Ctrl+-"), self._on_zoom_out_triggered
        )
        self.zoom_reset = action(
            self.tr("&Actual Size"), key_list(None, "Ctrl+0"), self._on_zoom_reset_triggered
        )
        self.next_tab = action(
            self.tr("&Next Tab"),
            key_list(key.NextChild, "Ctrl+Tab", "Ctrl+PgDown"),
            self._on_next_tab_triggered,
        )
        self.previous_tab = action(
            self.tr("&Previous Tab"),
            key_list(key.PreviousChild, "Ctrl+Shift+Tab", "Ctrl+PgUp"),
            self._on_previous_tab_triggered,
        )
        self.go_to_tab: list[QAction] = []
        for index in range(tabs.count()):
            go = action(
                tabs.tabText(index),
                key_list(None, f"Alt+{index + 1}"),
                lambda _checked=False, i=index: tabs.setCurrentIndex(i),
            )
            self.go_to_tab.append(go)
        self.set_zoom(zoom)

    def add_to(self, menu: QMenu) -> None:
        menu.addActions([self.zoom_in, self.zoom_out, self.zoom_reset])
        menu.addSeparator()
        menu.addActions([self.next_tab, self.previous_tab])
        go_to = menu.addMenu(self.tr("&Go to Tab"))
        go_to.addActions(self.go_to_tab)

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, steps: int) -> None:
        """Text in the reading views ``steps`` points larger (or smaller) than the system's."""
        lowest = fewest_steps()
        self._zoom = max(lowest, min(MAX_ZOOM, steps))
        self.zoom_in.setEnabled(self._zoom < MAX_ZOOM)
        self.zoom_out.setEnabled(self._zoom > lowest)
        self.zoom_changed.emit(self._zoom)

    @Slot()
    def _on_zoom_in_triggered(self) -> None:
        self.set_zoom(self._zoom + 1)

    @Slot()
    def _on_zoom_out_triggered(self) -> None:
        self.set_zoom(self._zoom - 1)

    @Slot()
    def _on_zoom_reset_triggered(self) -> None:
        self.set_zoom(0)

    @Slot()
    def _on_next_tab_triggered(self) -> None:
        self._tabs.setCurrentIndex((self._tabs.currentIndex() + 1) % self._tabs.count())

    @Slot()
    def _on_previous_tab_triggered(self) -> None:
        self._tabs.setCurrentIndex((self._tabs.currentIndex() - 1) % self._tabs.count())
