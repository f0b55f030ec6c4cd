"""A tab of labelled facts (Details, Box Office, Tech Specs): one row a fact."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from filmviewer.controller.presentation import Row, Section, not_listed, nothing_listed
from filmviewer.ui.text import MenuLabel, plain_label, popup_copy_menu, quiet_label


class FieldsView(QScrollArea):
    """Shows a Section: the label on the left, each value on its own line on the right."""

    copy_requested = Signal(object)
    """A Copy chosen from a value's right-click menu."""
    link_requested = Signal(str)
    """The user clicked to open a value's web address."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(QWidget())

    def show_section(self, section: Section) -> None:
        content = QWidget()
        outer = QVBoxLayout(content)
        outer.setContentsMargins(16, 12, 16, 12)
        if section.is_empty:
            outer.addWidget(quiet_label(nothing_listed(section.key)))
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
                grid.addLayout(self._values(row), row_index, 1)
                if row.values:
                    self._offer_copies(label, row, None)
            outer.addLayout(grid)
        outer.addStretch(1)
        self.setWidget(content)

    def _values(self, row: Row) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(2)
        if not row.values:
            missing = quiet_label(not_listed())
            missing.setObjectName(f"missing:{row.key}")
            column.addWidget(missing)
        for index, value in enumerate(row.values):
            label = MenuLabel(value, partial(self._show_copy_menu, row=row, index=index))
            label.setObjectName(f"value:{row.key}")
            link = row.link(index)
            if link is None:
                column.addWidget(label)
                continue
            line = QHBoxLayout()
            line.addWidget(label)
            button = QToolButton()
            button.setObjectName(f"link:{row.key}")
            button.setText(self.tr("Open Link…"))
            button.setAccessibleName(self.tr("Open the site's address in a web browser"))
            button.setAutoRaise(True)
            button.clicked.connect(lambda _checked=False, url=link: self.link_requested.emit(url))
            line.addWidget(button)
            line.addStretch(1)
            column.addLayout(line)
        return column

    def _offer_copies(self, label: QLabel, row: Row, index: int | None) -> None:
        label.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        label.customContextMenuRequested.connect(
            lambda position: self._show_copy_menu(label, position, row, index)
        )

    def _show_copy_menu(self, label: QLabel, position: QPoint, row: Row, index: int | None) -> None:
        from filmviewer.controller import export

        entries = []
        if index is not None:
            entries.append((self.tr("Copy"), export.copy_value(row.values[index])))
        entries.append((self.tr("Copy “{label}: …”").format(label=row.label), export.copy_row(row)))
        if len(row.values) > 1:
            entries += [
                (
                    self.tr("Copy All {label} as One Line").format(label=row.label),
                    export.copy_list(row, one_per_line=False),
                ),
                (
                    self.tr("Copy All {label} One per Line").format(label=row.label),
                    export.copy_list(row, one_per_line=True),
                ),
            ]
        popup_copy_menu(label, position, entries, self.copy_requested.emit)
