"""The header above the tabs: title, then year, rating, runtime and genres."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from filmviewer.controller.presentation import FilmSheet
from filmviewer.ui.text import DataText

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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)

    def show_sheet(self, sheet: FilmSheet) -> None:
        self.title.setText(sheet.title)
        self.subtitle.setText(sheet.subtitle)
        self.subtitle.setVisible(bool(sheet.subtitle))
