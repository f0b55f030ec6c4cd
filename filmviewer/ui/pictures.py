"""Small pictures beside a list's values (the cast's photos), and the silhouette that
stands in for a missing one.

A picture is asked for the first time its row is painted, decoded off the GUI
thread by the shared ArtworkLoader at the size shown, and kept for as long as
the same film is shown: a cast of 500 decodes only the faces scrolled past.
Nothing is fetched from the web: a picture is a file beside the film or none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPalette

if TYPE_CHECKING:
    from pathlib import Path

    from filmviewer.controller.artwork import ArtworkLoader

_KIND = "picture"


class Pictures(QObject):
    """The pictures of one film's values, by their names relative to its folder."""

    changed = Signal()
    """A picture arrived (or was found unreadable): the rows showing it are to be painted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder: Path | None = None
        self._loader: ArtworkLoader | None = None
        self._size = QSize()
        self._images: dict[str, QImage | None] = {}
        """Pictures by name: None while one is decoded, a null image for one that cannot be."""
        self._generation = 0
        """Raised with each film: a picture of the last one arriving late is not kept."""

    def show_folder(self, folder: Path | None, loader: ArtworkLoader | None, size: QSize) -> None:
        """Pictures from now on are files in ``folder``, decoded by ``loader`` to fit ``size``
        device pixels; None for a film that has no folder (nothing is shown but silhouettes)."""
        self._generation += 1
        self._images.clear()
        self._folder, self._size = folder, size
        if loader is not None and loader is not self._loader:
            loader.loaded.connect(self._on_loaded)
            loader.failed.connect(self._on_failed)
            self._loader = loader
        if loader is None:
            self._folder = None

    def image(self, name: str) -> QImage | None:
        """The picture ``name`` if it is decoded; else None, and it is asked for once."""
        if name in self._images:
            image = self._images[name]
            return None if image is None or image.isNull() else image
        self._images[name] = None
        if self._folder is not None and self._loader is not None:
            key = (_KIND, id(self), self._generation, name)
            self._loader.request(key, self._folder / name, self._size)
        return None

    def pending(self) -> int:
        """How many pictures asked for have not arrived yet (tests wait on it)."""
        return sum(1 for image in self._images.values() if image is None)

    def _ours(self, key: object) -> str | None:
        if (
            isinstance(key, tuple)
            and len(key) == 4
            and key[:3] == (_KIND, id(self), self._generation)
            and isinstance(key[3], str)
        ):
            return key[3]
        return None

    @Slot(object, QImage)
    def _on_loaded(self, key: object, image: QImage) -> None:
        name = self._ours(key)
        if name is not None:
            self._images[name] = image
            self.changed.emit()

    @Slot(object, str)
    def _on_failed(self, key: object, _why: str) -> None:
        # A face that cannot be shown is not worth a warning: the silhouette says it.
        name = self._ours(key)
        if name is not None:
            self._images[name] = QImage()
            self.changed.emit()


def draw_picture(painter: QPainter, rect: QRectF, image: QImage | None, palette: QPalette) -> None:
    """``image`` filling ``rect`` (cropped to it, centred), or a neutral silhouette."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    frame = QPainterPath()
    radius = rect.width() * 0.08
    frame.addRoundedRect(rect, radius, radius)
    painter.setClipPath(frame)
    if image is not None and not image.isNull():
        width, height = image.width(), image.height()
        scale = max(rect.width() / width, rect.height() / height)
        shown = QRectF(0, 0, rect.width() / scale, rect.height() / scale)
        shown.moveCenter(QRectF(0, 0, width, height).center())
        painter.drawImage(rect, image, shown)
    else:
        _silhouette(painter, rect, palette)
    painter.restore()


def _silhouette(painter: QPainter, rect: QRectF, palette: QPalette) -> None:
    """A head and shoulders in the palette's own quiet colours, light or dark."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    painter.fillRect(rect, _mix(base, text, 0.10))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_mix(base, text, 0.28))
    width, height = rect.width(), rect.height()
    head = width * 0.48
    painter.drawEllipse(QRectF(rect.center().x() - head / 2, rect.top() + height * 0.2, head, head))
    shoulders = QRectF(
        rect.left() + width * 0.06, rect.top() + height * 0.62, width * 0.88, height * 0.8
    )
    painter.drawEllipse(shoulders)


def _mix(first: QColor, second: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * amount,
        first.greenF() + (second.greenF() - first.greenF()) * amount,
        first.blueF() + (second.blueF() - first.blueF()) * amount,
    )
