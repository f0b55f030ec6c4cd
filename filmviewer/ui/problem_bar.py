"""A non-modal bar above the tabs: the open file changed on disk and cannot be read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from filmviewer.controller.document import describe_problems
from filmviewer.model.loader import FilmFileError
from filmviewer.ui.text import plain_label


class ProblemBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problem-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.message = plain_label()
        self.message.setObjectName("problem-message")
        self.message.setForegroundRole(QPalette.ColorRole.ToolTipText)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Hide this message"))
        close.setAccessibleName(self.tr("Hide this message"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_problem(self, error: FilmFileError) -> None:
        heading = self.tr(
            "“{name}” changed on disk and cannot be read; still showing the last good version."
        ).format(name=error.path.name)
        self.message.setText(f"{heading}\n{describe_problems(error, limit=5)}")
        self.show()
