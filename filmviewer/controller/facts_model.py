"""A Section of labelled facts as a list model: one line per value, however many there are.

Details, Box Office, Tech Specs and Cast & Crew are views of this model, so a
list of 10,000 keywords costs one row each only where a row is painted. Lines
are found by bisecting the rows' first lines, so the model keeps nothing per
value.
"""

from __future__ import annotations

from bisect import bisect_right
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from filmviewer.controller.presentation import Row, Section, nothing_listed
from filmviewer.i18n import translate

Index = QModelIndex | QPersistentModelIndex


class FactRole(IntEnum):
    LABEL = Qt.ItemDataRole.UserRole + 1
    """The fact's label on its first value's line; "" on the lines after it."""
    NOTE = Qt.ItemDataRole.UserRole + 2
    """A quieter second text (a role)."""
    LINK = Qt.ItemDataRole.UserRole + 3
    """The value's web address, or None."""
    QUIET = Qt.ItemDataRole.UserRole + 4
    """True for the model's own words ("Not listed: …"), which are no value."""
    LAST = Qt.ItemDataRole.UserRole + 5
    """True on a fact's last line (the view leaves space after it)."""
    LABEL_PART = Qt.ItemDataRole.UserRole + 6
    """(the fact's label, this value's number, the number of values): a label too
    long for one line spreads over its values' lines."""
    PICTURE = Qt.ItemDataRole.UserRole + 7
    """The value's picture (a file relative to the film's folder), "" for a value in a row
    of pictures that has none (a silhouette stands in), None in a row without pictures."""


class FactsModel(QAbstractListModel):
    """The values of a Section, one line each, with the quiet line of what it does not list."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._section: Section | None = None
        self._rows: tuple[Row, ...] = ()
        self._starts: list[int] = []
        """The first line of each listed row."""
        self._quiet = ""
        self._count = 0

    def set_section(self, section: Section | None) -> None:
        self.beginResetModel()
        self._section = section
        self._rows = section.listed() if section is not None else ()
        self._starts = []
        line = 0
        for row in self._rows:
            self._starts.append(line)
            line += len(row.values)
        self._quiet = _quiet_line(section) if section is not None else ""
        self._count = line + (1 if self._quiet else 0)
        self.endResetModel()

    @property
    def section(self) -> Section | None:
        return self._section

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else self._count

    def value_at(self, line: int) -> tuple[Row, int] | None:
        """The row and value index shown on ``line``, or None for the quiet line."""
        if not 0 <= line < self._count or (self._quiet and line == self._count - 1):
            return None
        number = bisect_right(self._starts, line) - 1
        return self._rows[number], line - self._starts[number]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        found = self.value_at(index.row())
        if found is None:
            return self._quiet_data(role)
        row, number = found
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.values[number]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            note = row.note(number)
            text = f"{row.label}: {row.values[number]}"
            return f"{text} ({note})" if note else text
        if role == FactRole.LABEL:
            return row.label if number == 0 else ""
        if role == FactRole.NOTE:
            return row.note(number)
        if role == FactRole.LINK:
            return row.link(number)
        if role == FactRole.QUIET:
            return False
        if role == FactRole.LAST:
            return number == len(row.values) - 1
        if role == FactRole.LABEL_PART:
            return (row.label, number, len(row.values))
        if role == FactRole.PICTURE:
            return row.pictures[number] if number < len(row.pictures) else None
        return None

    def _quiet_data(self, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._quiet
        if role in (FactRole.QUIET, FactRole.LAST):
            return True
        if role == FactRole.LABEL or role == FactRole.NOTE:
            return ""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.value_at(index.row()) is None:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


def _quiet_line(section: Section) -> str:
    """Said once at the end: all the section does not list, or that it lists nothing."""
    if section.is_empty:
        return nothing_listed(section.key)
    missing = section.unlisted()
    if not missing:
        return ""
    return translate("facts", "Not listed: {fields}").format(
        fields=", ".join(row.label for row in missing)
    )
