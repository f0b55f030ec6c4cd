"""A tab of labelled facts (Details, Box Office, Tech Specs): one row a fact."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QVBoxLayout, QWidget

from filmviewer.controller.presentation import Section
from filmviewer.ui.text import plain_label, quiet_label


class FieldsView(QScrollArea):
    """Shows a Section: the label on the left, each value on its own line on the right."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_text = empty_text
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(QWidget())

    def show_section(self, section: Section) -> None:
        content = QWidget()
        outer = QVBoxLayout(content)
        outer.setContentsMargins(16, 12, 16, 12)
        if section.is_empty:
            outer.addWidget(quiet_label(self._empty_text))
        else:
            grid = QGridLayout()
            grid.setHorizontalSpacing(24)
            grid.setVerticalSpacing(10)
            grid.setColumnStretch(1, 1)
            for row_index, row in enumerate(section.rows):
                label = plain_label(row.label, wrap=False)
                label.setObjectName(f"label:{row.key}")
                font = label.font()
                font.setBold(True)
                label.setFont(font)
                grid.addWidget(label, row_index, 0, Qt.AlignmentFlag.AlignTop)
                grid.addLayout(self._values(row.key, row.values), row_index, 1)
            outer.addLayout(grid)
        outer.addStretch(1)
        self.setWidget(content)

    def _values(self, key: str, values: tuple[str, ...]) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(2)
        if not values:
            missing = quiet_label(self.tr("Not listed"))
            missing.setObjectName(f"missing:{key}")
            column.addWidget(missing)
        for value in values:
            label = plain_label(value)
            label.setObjectName(f"value:{key}")
            column.addWidget(label)
        return column
