"""The film's poster in the header, or a tidy placeholder where there is none to show."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QImage, QPainter, QPainterPath, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

POSTER_LINES = 7
"""The poster is as tall as this many lines of the window's text."""
_RADIUS = 4.0


class PosterView(QWidget):
    """A fixed 2 : 3 frame: the picture scaled into it, or a quiet film-frame placeholder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("poster")
        self._image: QImage | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Poster"))
        self._update_size()

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
        size = QSize(round(height * 2 / 3), height)
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
