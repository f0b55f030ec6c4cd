"""The Summaries tab: each summary on its own, with its author where known."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from filmviewer.controller.presentation import SummaryItem, nothing_listed
from filmviewer.ui.text import (
    MenuLabel,
    plain_label,
    popup_copy_menu,
    quiet_label,
    reading_width,
)

_MARGIN = 16


class SummariesView(QScrollArea):
    copy_requested = Signal(object)
    """A Copy chosen from a summary's right-click menu."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # A comfortable line length, centred in wide windows, as in the synopsis.
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(QWidget())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        content = self.widget()
        if event.type() == QEvent.Type.FontChange and content is not None:
            content.setMaximumWidth(reading_width(self.font(), _MARGIN))

    def show_summaries(self, summaries: tuple[SummaryItem, ...]) -> None:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(_MARGIN, 12, _MARGIN, 12)
        layout.setSpacing(6)
        if not summaries:
            layout.addWidget(quiet_label(nothing_listed("summaries")))
        for index, summary in enumerate(summaries):
            if index:
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                layout.addWidget(line)
            text = MenuLabel(summary.text, partial(self._show_copy_menu, summary=summary))
            text.setObjectName("outline" if summary.outline else "summary")
            layout.addWidget(text)
            if summary.author:
                author = plain_label(f"\N{EM DASH} {summary.author}")
                author.setObjectName("author")
                author.setAlignment(Qt.AlignmentFlag.AlignRight)
                layout.addWidget(author)
                self._offer_copy(author, summary)
        layout.addStretch(1)
        content.setMaximumWidth(reading_width(self.font(), _MARGIN))
        self.setWidget(content)

    def _offer_copy(self, label: QLabel, summary: SummaryItem) -> None:
        label.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        label.customContextMenuRequested.connect(
            lambda position: self._show_copy_menu(label, position, summary)
        )

    def _show_copy_menu(self, label: QLabel, position: QPoint, summary: SummaryItem) -> None:
        from filmviewer.controller import export

        copy = export.copy_value(export.summary_text(summary.text, summary.author))
        entries = [(self.tr("Copy Summary"), copy)]
        popup_copy_menu(label, position, entries, self.copy_requested.emit)
