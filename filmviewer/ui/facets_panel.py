"""Browse the library by genre, decade, collection, country and person, with counts.

Each value is a filter: choosing one writes its field into the filter field
(``genre:"drama"``, ``year:1990..1999``), so the filter stays the one truth
and can be read, edited and remembered as typed; choosing it again takes it
out. The counts are of the films the filter lets through, made off the GUI
thread as it changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from filmviewer.controller.library.query import decade_term, facet_term, holds

if TYPE_CHECKING:
    from filmviewer.controller.library.view import Browsing

TERM_ROLE: Final = Qt.ItemDataRole.UserRole + 1
"""A value's words in the filter; None on a kind's heading."""
KIND_ROLE: Final = Qt.ItemDataRole.UserRole + 2

_OPEN_AT_FIRST: Final = frozenset({"genre", "decade"})


class FacetsPanel(QTreeView):
    """A heading per kind of value, the values under it with how many films have each."""

    term_chosen = Signal(str)
    """A value was chosen (clicked, or Return or Space on it): its words in the filter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library-facets")
        self.setAccessibleName(self.tr("Browse by"))
        self.facets = QStandardItemModel(0, 2, self)
        self.setModel(self.facets)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAllColumnsShowFocus(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._open = set(_OPEN_AT_FIRST)
        """The kinds whose values are shown, kept from one count to the next."""
        self.expanded.connect(lambda index: self._open.add(index.data(KIND_ROLE)))
        self.collapsed.connect(lambda index: self._open.discard(index.data(KIND_ROLE)))
        self.clicked.connect(self._on_chosen)

    def show_browsing(self, browsing: Browsing, text: str) -> None:
        """The values and counts of ``browsing``; those ``text`` (the filter) holds in bold."""
        locale = self.locale()
        current = self.currentIndex()
        current_term = current.data(TERM_ROLE) if current.isValid() else None
        headings = {
            "genre": self.tr("Genres"),
            "decade": self.tr("Decades"),
            "collection": self.tr("Collections"),
            "country": self.tr("Countries"),
            "person": self.tr("People"),
        }
        values: dict[str, list[tuple[str, str, int]]] = {
            kind: [(value, facet_term(kind, value), films) for value, films in found]
            for kind, found in browsing.facets.items()
        }
        values["decade"] = [
            (self.tr("{decade}s").format(decade=decade), decade_term(decade), films)
            for decade, films in browsing.decades
        ]
        self.facets.removeRows(0, self.facets.rowCount())
        chosen_again = None
        for kind, heading in headings.items():
            found = values.get(kind, [])
            if not found:
                continue
            top = QStandardItem(heading)
            top.setData(kind, KIND_ROLE)
            top.setSelectable(False)
            bold = QFont(self.font())
            bold.setBold(True)
            top.setFont(bold)
            for name, term, films in found:
                item = QStandardItem(name)
                item.setData(term, TERM_ROLE)
                item.setData(kind, KIND_ROLE)
                item.setToolTip(term)
                count = QStandardItem(locale.toString(films))
                count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                count.setData(term, TERM_ROLE)
                if holds(text, term):
                    item.setFont(bold)
                    count.setFont(bold)
                top.appendRow([item, count])
            tail = QStandardItem()
            tail.setSelectable(False)
            self.facets.appendRow([top, tail])
            if kind in self._open:
                self.expand(top.index())
            if current_term is not None:
                for row in range(top.rowCount()):
                    if top.child(row).data(TERM_ROLE) == current_term:
                        chosen_again = top.child(row).index()
        if chosen_again is not None:
            self.setCurrentIndex(chosen_again)

    def values(self, kind: str) -> list[tuple[str, str]]:
        """(value, count) as shown under the heading of ``kind`` (tests, and accessibility)."""
        for row in range(self.facets.rowCount()):
            top = self.facets.item(row, 0)
            if top.data(KIND_ROLE) == kind:
                return [
                    (top.child(n, 0).text(), top.child(n, 1).text()) for n in range(top.rowCount())
                ]
        return []

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        choose = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if choose and self.currentIndex().data(TERM_ROLE) is not None:
            self._on_chosen(self.currentIndex())
            return
        super().keyPressEvent(event)

    @Slot(QModelIndex)
    def _on_chosen(self, index: QModelIndex) -> None:
        term = index.data(TERM_ROLE)
        if isinstance(term, str):
            self.term_chosen.emit(term)
