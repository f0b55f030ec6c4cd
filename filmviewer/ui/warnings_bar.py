"""A quiet bar above the tabs: what the reader had to guess or leave out, one click from the list.

Warnings are not problems: the film is shown, and the bar says so in one
line ("Read with 4 warnings"), with the list a click away and a button to
put it out of sight.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Slot
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from filmviewer.i18n import plural
from filmviewer.model.text import escape_unprintable
from filmviewer.ui.text import DataText, close_button

LIST_LINES = 8
"""The list shows this many lines, and scrolls for the rest."""


class WarningsBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warnings-bar")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._lines: list[str] = []
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(
            self.style()
            .standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            .pixmap(size, size)
        )
        self.summary = DataText(max_lines=2)
        self.summary.setObjectName("warnings-summary")
        self.toggle = QToolButton()
        self.toggle.setObjectName("warnings-toggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self._on_toggled)
        close = close_button(self.tr("Hide the warnings"))
        close.clicked.connect(self.hide)
        self.details = QPlainTextEdit()
        self.details.setObjectName("warnings-list")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.details.hide()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(8)
        top.addWidget(icon)
        top.addWidget(self.summary, 1)
        top.addWidget(self.toggle)
        top.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 2, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.details)
        self.hide()
        self._label_toggle()

    def show_warnings(self, name: str, lines: Sequence[str]) -> None:
        """Say that file ``name`` was read with warnings ``lines``; hide the bar for none."""
        self._name = escape_unprintable(name)
        self._lines = list(lines)
        self.toggle.setChecked(False)
        self._refresh()

    def add_warning(self, line: str) -> None:
        """One more warning about the film on screen (its poster could not be shown, say)."""
        self._lines.append(line)
        self._refresh()

    def lines(self) -> list[str]:
        return list(self._lines)

    def _refresh(self) -> None:
        count = len(self._lines)
        if not count:
            self.hide()
            return

        self.summary.setText(
            plural("WarningsBar", "“{name}” was read with %Ln warning(s)", count).format(
                name=self._name
            )
        )
        self.details.setPlainText("\n".join(self._lines))
        self.show()

    @Slot(bool)
    def _on_toggled(self, shown: bool) -> None:
        if shown:
            spacing = QFontMetricsF(self.details.font()).lineSpacing()
            margins = self.details.contentsMargins()
            frame = margins.top() + margins.bottom() + 2 * self.details.frameWidth()
            self.details.setFixedHeight(round(spacing * LIST_LINES + frame + 8))
        self.details.setVisible(shown)
        self._label_toggle()

    def _label_toggle(self) -> None:
        shown = self.toggle.isChecked()
        self.toggle.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.toggle.setAccessibleName(self.toggle.text())

    _name = ""
