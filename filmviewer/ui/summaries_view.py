"""The Summaries tab: each summary on its own, with its author where known."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from filmviewer.controller.presentation import SummaryItem
from filmviewer.ui.text import plain_label, quiet_label


class SummariesView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._content = QWidget()
        self.setWidget(self._content)

    def show_summaries(self, summaries: tuple[SummaryItem, ...]) -> None:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        if not summaries:
            layout.addWidget(quiet_label(self.tr("No summaries listed for this film.")))
        for index, summary in enumerate(summaries):
            if index:
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                layout.addWidget(line)
            text = plain_label(summary.text)
            text.setObjectName("outline" if summary.outline else "summary")
            layout.addWidget(text)
            if summary.author:
                author = plain_label(f"\N{EM DASH} {summary.author}")
                author.setObjectName("author")
                author.setAlignment(Qt.AlignmentFlag.AlignRight)
                layout.addWidget(author)
        layout.addStretch(1)
        self.setWidget(content)
        self._content = content
