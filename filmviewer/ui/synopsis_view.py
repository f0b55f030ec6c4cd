"""The Synopsis tab: long text, read-only and selectable, at a comfortable line length."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QPalette, QResizeEvent, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QWidget

MAX_LINE_CHARACTERS = 80
"""Lines longer than this are tiring to read; wider windows get side margins instead."""


class SynopsisView(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        # Read-only, yet the keyboard moves a caret and selects, as in a document viewer.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The side margins around a narrow text column share the text's background.
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDocumentMargin(16)
        self.setPlaceholderText(self.tr("No synopsis listed for this film."))

    def show_synopsis(self, paragraphs: tuple[str, ...]) -> None:
        # A blank line between paragraphs: QPlainTextEdit ignores block margins.
        self.setPlainText("\n\n".join(paragraphs))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        measure = QFontMetricsF(self.font()).averageCharWidth() * MAX_LINE_CHARACTERS
        spare = self.width() - int(measure) - 2 * int(self.document().documentMargin())
        side = max(0, spare // 2)
        self.setViewportMargins(side, 0, side, 0)
