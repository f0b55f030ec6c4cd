"""Copying sections: Edit > Copy Section, Copy All Details, Copy As ▸, and the tab's Copy button."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMenu, QTabWidget, QToolButton, QWidget

from filmviewer.controller.document import FilmController
from filmviewer.ui.text import menu_text, without_mnemonic

if TYPE_CHECKING:
    from filmviewer.controller.export import Copy

# The formats and the clipboard are loaded at the first copy, not at start-up.


class CopyActions(QObject):
    """The copy commands of the window; ``copied`` carries what to tell the user."""

    copied = Signal(str)

    def __init__(
        self, controller: FilmController, current_section: Callable[[], str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._current_section = current_section
        self.films_selected: Callable[[], list[tuple[str, dict[str, object]]] | None] = lambda: None
        """The films chosen in a library's list, when a copy should take them instead."""

        self.copy_section = QAction(self.tr("Copy &Section"), parent)
        self.copy_section.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_section.triggered.connect(self._on_copy_section_triggered)
        self.copy_all = QAction(self.tr("Copy &All Details"), parent)
        self.copy_all.triggered.connect(self._on_copy_all_triggered)
        self.copy_as_menu = QMenu(self.tr("Cop&y As"), parent)
        self.copy_as: dict[str, QAction] = {}
        names = {
            "text": self.tr("&Plain Text"),
            "markdown": self.tr("&Markdown"),
            "json": self.tr("&JSON"),
            "html": self.tr("&HTML Source"),
        }
        for format, name in names.items():
            action = self.copy_as_menu.addAction(name)
            action.triggered.connect(lambda _=False, f=format: self._copy_as(f))
            self.copy_as[format] = action
        for action in (self.copy_section, self.copy_all, *self.copy_as.values()):
            parent.addAction(action)

        self._tabs: QTabWidget | None = None
        self._named = ""
        """The button's text naming the tab, shown where there is room for it."""
        self.button = QToolButton()
        self.button.setObjectName("copy-button")
        # A button that looks like one, with room between its arrow and the window's edge.
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.corner = QWidget()
        corner = QHBoxLayout(self.corner)
        corner.setContentsMargins(0, 2, 8, 2)
        corner.addWidget(self.button)
        self.button.setMenu(self.copy_as_menu)
        self.button.clicked.connect(self._on_copy_section_triggered)
        controller.film_loaded.connect(self._on_film_loaded)
        self._set_enabled(False)

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.copy_section)
        menu.addAction(self.copy_all)
        menu.addMenu(self.copy_as_menu)

    def section_changed(self, section: str, title: str) -> None:
        """The current tab is now ``section``: name it on the Copy button."""
        self._named = menu_text(self.tr("Copy {section}"), section=title)
        self.button.setToolTip(self.tr("Copy this tab in every format (Ctrl+Shift+C)"))
        self.button.setAccessibleName(without_mnemonic(self._named))
        self._fit()

    def sit_beside(self, tabs: QTabWidget) -> None:
        """Be the corner of ``tabs``: the button names its tab only where every tab still
        shows in full beside it, and says just "Copy" where they would not."""
        self._tabs = tabs
        tabs.setCornerWidget(self.corner, Qt.Corner.TopRightCorner)
        tabs.installEventFilter(self)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._tabs and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._fit()
        return False

    def _fit(self) -> None:
        named = self._named
        tabs = self._tabs
        if tabs is None or not named:
            self.button.setText(named)
            return
        self.button.setText(named)
        needed = tabs.tabBar().sizeHint().width() + self.corner.sizeHint().width()
        if needed > tabs.width():
            self.button.setText(self.tr("&Copy"))

    def put(self, copy: Copy) -> None:
        # Copying waits until something is copied: not needed for the first frame.
        from filmviewer.ui import clipboard

        clipboard.put(copy)
        self.copied.emit(copy.message)

    @Slot()
    def _on_copy_section_triggered(self) -> None:
        self._copy_section(self._current_section())

    @Slot()
    def _on_copy_all_triggered(self) -> None:
        self._copy_section("all")

    def _copy_section(self, section: str) -> None:
        # Copying waits until something is copied: not needed for the first frame.
        from filmviewer.controller import export

        if document := self._controller.current:
            self.put(export.copy_section(document, section))

    def _copy_as(self, format: str) -> None:
        # Copying waits until something is copied: not needed for the first frame.
        from filmviewer.controller import export
        from filmviewer.ui import clipboard

        if films := self.films_selected():
            clipboard.put_plain(export.render_films(films, format))
            self.copied.emit(export.copy_films(films).message)
            return
        if document := self._controller.current:
            section = self._current_section()
            clipboard.put_plain(export.render(document, section, format))
            self.copied.emit(export.section_message(document.sheet, section))

    @Slot(object)
    def _on_film_loaded(self, _document: object) -> None:
        self._set_enabled(True)

    def _set_enabled(self, enabled: bool) -> None:
        for action in (self.copy_section, self.copy_all, *self.copy_as.values()):
            action.setEnabled(enabled)
        self.button.setEnabled(enabled)
