"""The film's poster in the header, or a tidy placeholder where there is none to show."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFontMetricsF,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

POSTER_LINES = 7
"""The placeholder (no poster) is as tall as this many lines of the window's text."""
POSTER_SHARE = 0.2
"""A poster is this share of the header's width…"""
POSTER_MAX_WIDTH = 240
"""…and at most this wide (in the window's pixels), as tall again and a half."""
_RADIUS = 4.0


class PosterView(QWidget):
    """A 2 : 3 frame: the picture scaled into it, or a quiet film-frame placeholder.

    With a poster to show, the frame is a fifth of the header's width (at most
    POSTER_MAX_WIDTH); without, it is a placeholder a few lines tall. A click
    on a poster asks for it larger (``clicked``).
    """

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("poster")
        self._image: QImage | None = None
        self._expected = False
        """Whether the film has a poster (being decoded, or shown): the frame is large."""
        self._header_width = 0
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Poster"))
        self._update_size()

    def expect(self, poster: bool) -> None:
        """Whether the film shown has a poster: the frame takes its size before it arrives."""
        self._expected = poster
        self.setCursor(Qt.CursorShape.PointingHandCursor if poster else Qt.CursorShape.ArrowCursor)
        self._update_size()

    def fit_header(self, width: int) -> None:
        """The header is ``width`` wide: the poster takes its share of it."""
        self._header_width = width
        self._update_size()

    def largest_device_size(self) -> QSize:
        """The size to decode a poster at: as large as the frame may grow, in device pixels."""
        ratio = self.devicePixelRatioF()
        return QSize(round(POSTER_MAX_WIDTH * ratio), round(POSTER_MAX_WIDTH * 1.5 * ratio))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if self._image is not None and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    @property
    def has_image(self) -> bool:
        return self._image is not None

    def device_size(self) -> QSize:
        """The frame in device pixels: the size to decode the picture at."""
        ratio = self.devicePixelRatioF()
        return QSize(round(self.width() * ratio), round(self.height() * ratio))

    def show_image(self, image: QImage | None, description: str = "") -> None:
        """Show ``image`` (None for the placeholder); ``description`` is its tooltip."""
        self._image = image
        self.setToolTip(description)
        self.setAccessibleDescription(description)
        self.update()

    def changeEvent(self, event: object) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)  # type: ignore[arg-type]
        self._update_size()

    def _update_size(self) -> None:
        height = round(QFontMetricsF(self.font()).lineSpacing() * POSTER_LINES)
        width = round(height * 2 / 3)
        if self._expected:
            width = max(width, min(POSTER_MAX_WIDTH, round(self._header_width * POSTER_SHARE)))
        size = QSize(width, round(width * 1.5))
        if self.size() != size:
            self.setFixedSize(size)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        clip = QPainterPath()
        clip.addRoundedRect(frame, _RADIUS, _RADIUS)
        palette = self.palette()
        if self._image is not None:
            # The whole picture, centred: a poster that is not 2 : 3 is not cropped.
            ratio = self._image.devicePixelRatio() or 1.0
            size = self._image.size().toSizeF() / ratio
            size.scale(frame.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(
                frame.center().x() - size.width() / 2,
                frame.center().y() - size.height() / 2,
                size.width(),
                size.height(),
            )
            painter.setClipPath(clip)
            painter.drawImage(target, self._image)
            return
        painter.fillPath(clip, palette.color(QPalette.ColorRole.AlternateBase))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawPath(clip)
        self._paint_film_frame(painter, frame, palette)

    def _paint_film_frame(self, painter: QPainter, frame: QRectF, palette: QPalette) -> None:
        """A strip of film, drawn in the palette's quiet colour: "no poster", without words."""
        colour = palette.color(QPalette.ColorRole.Mid)
        width = frame.width() * 0.44
        height = width * 1.25
        strip = QRectF(
            frame.center().x() - width / 2, frame.center().y() - height / 2, width, height
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        outline = QPainterPath()
        outline.addRoundedRect(strip, 3, 3)
        holes = QPainterPath()
        hole = width * 0.1
        for index in range(5):
            y = strip.top() + height * (0.1 + 0.2 * index) - hole / 2
            for x in (strip.left() + hole * 0.6, strip.right() - hole * 1.6):
                holes.addRect(QRectF(x, y, hole, hole))
        window = QRectF(
            strip.left() + hole * 2.6, strip.top() + height * 0.2, width - hole * 5.2, height * 0.6
        )
        holes.addRect(window)
        painter.drawPath(outline.subtracted(holes))
