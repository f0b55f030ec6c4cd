"""The header above the tabs: the poster, then title, original title, facts and tagline."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPalette, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLayout, QVBoxLayout, QWidget

from filmviewer.controller.presentation import FilmSheet
from filmviewer.ui.poster_view import PosterView
from filmviewer.ui.text import PAGE_MARGIN, DataText, column_margin

TITLE_LINES = 3
"""A title longer than this many lines ends in "…" and shows whole in its tooltip."""


class HeaderView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.poster = PosterView()
        self.title = DataText(max_lines=TITLE_LINES)
        self.title.setObjectName("title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.original_title = DataText(max_lines=2)
        self.original_title.setObjectName("original-title")
        self.original_title.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.subtitle = DataText(max_lines=2)
        self.subtitle.setObjectName("subtitle")
        self.tagline = DataText(max_lines=2)
        self.tagline.setObjectName("tagline")
        italic = self.tagline.font()
        italic.setItalic(True)
        self.tagline.setFont(italic)
        lines = QVBoxLayout()
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(2)
        for line in (self.title, self.original_title, self.subtitle, self.tagline):
            lines.addWidget(line)
        lines.addStretch(1)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 10, 12, 4)
        self._layout.setSpacing(14)
        self._layout.addWidget(self.poster, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addLayout(lines, 1)
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
        for line, text in (
            (self.original_title, sheet.original_title),
            (self.subtitle, sheet.subtitle),
            (self.tagline, sheet.tagline),
        ):
            line.setText(text)
            line.setVisible(bool(text))
        self.poster.show_image(None)

    def show_poster(self, image: QImage | None, description: str = "") -> None:
        self.poster.show_image(image, description)
