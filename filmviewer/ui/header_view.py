"""The header above the tabs: title, then year, rating, runtime and genres."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

from filmviewer.controller.presentation import FilmSheet
from filmviewer.ui.text import PAGE_MARGIN, DataText, column_margin

TITLE_LINES = 3
"""A title longer than this many lines ends in "…" and shows whole in its tooltip."""


class HeaderView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = DataText(max_lines=TITLE_LINES)
        self.title.setObjectName("title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = DataText(max_lines=2)
        self.subtitle.setObjectName("subtitle")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 10, 12, 4)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.subtitle)
        # The side margins follow the width; they must not become a minimum width.
        self._layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        # The header's text starts where the tabs' text does: in the reading column.
        side = column_margin(event.size().width(), self.font()) + PAGE_MARGIN
        margins = self._layout.contentsMargins()
        if margins.left() != side:
            self._layout.setContentsMargins(side, margins.top(), side, margins.bottom())
        super().resizeEvent(event)

    def show_sheet(self, sheet: FilmSheet) -> None:
        self.title.setText(sheet.title)
        self.subtitle.setText(sheet.subtitle)
        self.subtitle.setVisible(bool(sheet.subtitle))
