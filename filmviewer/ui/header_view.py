"""The header above the tabs: the poster, then title, original title, facts and tagline."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QLinearGradient,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLayout, QVBoxLayout, QWidget

from filmviewer.controller.presentation import FilmSheet
from filmviewer.ui.poster_view import PosterView
from filmviewer.ui.text import PAGE_MARGIN, DataText, column_margin

TITLE_LINES = 3
"""A title longer than this many lines ends in "…" and shows whole in its tooltip."""
BACKDROP_VEIL = (0.86, 0.5)
"""How much of the window's colour lies over the fanart, on the text's side and on the far
side: the text stays readable (dark over dark palettes, light over light), the picture shows."""
BACKDROP_WIDTH = 1600
"""The fanart is decoded this wide at most (device pixels): it is seen through a veil."""


class HeaderView(QWidget):
    """The film's poster, title, original title, facts and tagline, over its fanart if any."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backdrop: QImage | None = None
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
        self.poster.fit_header(event.size().width())
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
        self.poster.expect(bool(sheet.poster))

    def show_poster(self, image: QImage | None, description: str = "") -> None:
        self.poster.show_image(image, description)

    def show_backdrop(self, image: QImage | None) -> None:
        """Show ``image`` (the film's fanart) behind the header, veiled; None for none."""
        self._backdrop = image
        self.update()

    def has_backdrop(self) -> bool:
        return self._backdrop is not None

    def backdrop_device_size(self) -> QSize:
        """The size to decode the fanart to: as wide as the header may get, any height."""
        ratio = self.devicePixelRatioF()
        width = min(BACKDROP_WIDTH, int(max(self.width(), 960) * ratio))
        return QSize(width, width)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        if self._backdrop is None or self._backdrop.isNull():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        image, area = self._backdrop, QRectF(self.rect())
        # Cover the header, cropping the image's middle band: no stretching.
        scale = max(area.width() / image.width(), area.height() / image.height())
        source_width, source_height = area.width() / scale, area.height() / scale
        source = QRectF(
            (image.width() - source_width) / 2,
            (image.height() - source_height) / 2,
            source_width,
            source_height,
        )
        painter.drawImage(area, image, source)
        # The window's colour over it: thick where the text is, thin on the far side, and
        # whole at the bottom edge, where the header meets the tabs.
        window = self.palette().color(QPalette.ColorRole.Window)
        near, far = BACKDROP_VEIL
        across = QLinearGradient(area.topLeft(), area.topRight())
        across.setColorAt(0.0, _with_alpha(window, near))
        across.setColorAt(0.55, _with_alpha(window, near))
        across.setColorAt(1.0, _with_alpha(window, far))
        painter.fillRect(area, across)
        down = QLinearGradient(area.topLeft(), area.bottomLeft())
        down.setColorAt(0.7, _with_alpha(window, 0.0))
        down.setColorAt(1.0, _with_alpha(window, 1.0))
        painter.fillRect(area, down)
        painter.end()


def _with_alpha(colour: QColor, alpha: float) -> QColor:
    veiled = QColor(colour)
    veiled.setAlphaF(alpha)
    return veiled
