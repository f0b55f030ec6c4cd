"""A bar above the tabs that says something without stopping the user: a file that broke, a note.

Its colours are mixed from the palette and a warning or information hue, as
KDE's message widgets do, so it reads as a warning in light and dark themes
alike, with the matching icon beside the text.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QWidget

from filmviewer.controller.document import describe_problems
from filmviewer.model.problems import FilmFileError
from filmviewer.ui.text import DataText, close_button


class Tone(Enum):
    WARNING = QColor(246, 116, 0)
    INFORMATION = QColor(61, 174, 233)


class ProblemBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problem-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.tone = Tone.WARNING
        self.icon = QLabel()
        self.icon.setObjectName("problem-icon")
        self.message = DataText(max_lines=8)
        self.message.setObjectName("problem-message")
        close = close_button(self.tr("Hide this message"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(10)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.message, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_note(self, text: str) -> None:
        """Say something the user should know about this start (not a problem of the film)."""
        self._show(Tone.INFORMATION, text)

    def show_problem(self, error: FilmFileError) -> None:
        heading = self.tr(
            "“{name}” changed on disk and cannot be read; still showing the last good version."
        ).format(name=error.path.name)
        self._show(Tone.WARNING, f"{heading}\n{describe_problems(error, limit=5)}")

    def _show(self, tone: Tone, text: str) -> None:
        self.tone = tone
        self.message.setText(text)
        self._colour()
        self.show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour()

    def _colour(self) -> None:
        parent = self.parentWidget()
        palette = QPalette(parent.palette() if parent is not None else self.palette())
        hue = self.tone.value
        window = palette.color(QPalette.ColorRole.Window)
        palette.setColor(QPalette.ColorRole.Window, _mix(hue, window, 0.2))
        self.setPalette(palette)
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if self.tone is Tone.WARNING
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))


def _mix(first: QColor, second: QColor, amount: float) -> QColor:
    """``amount`` of ``first`` over ``second``."""
    return QColor(
        round(first.red() * amount + second.red() * (1 - amount)),
        round(first.green() * amount + second.green() * (1 - amount)),
        round(first.blue() * amount + second.blue() * (1 - amount)),
    )
