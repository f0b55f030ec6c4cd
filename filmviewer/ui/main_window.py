"""The main window: header, five tabs and menus, wired to a FilmController."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt, QTimer, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from filmviewer.controller.document import FilmController, FilmDocument, describe_problems
from filmviewer.controller.presentation import FilmSheet, web_link
from filmviewer.controller.settings import Settings
from filmviewer.model.loader import FilmFileError
from filmviewer.ui import dialogs
from filmviewer.ui.copy_actions import CopyActions
from filmviewer.ui.fields_view import FieldsView
from filmviewer.ui.header_view import HeaderView
from filmviewer.ui.recent_menu import RecentMenu
from filmviewer.ui.shortcuts import set_shortcuts
from filmviewer.ui.summaries_view import SummariesView
from filmviewer.ui.synopsis_view import SynopsisView
from filmviewer.ui.text import literal_title, plain_label
from filmviewer.ui.view_actions import ViewActions

if TYPE_CHECKING:
    from filmviewer.ui.find_bar import FindBar
    from filmviewer.ui.problem_bar import ProblemBar

TAB_NAMES = ("summaries", "details", "box-office", "tech-specs", "synopsis")
"""Tab names as the command line and settings spell them, in tab order."""

COPIED_MESSAGE_MS = 4000
"""How long "Copied …" stays in the status bar."""


class MainWindow(QMainWindow):
    def __init__(
        self, controller: FilmController, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._settings = settings
        self.setWindowTitle(self.tr("Film Viewer"))
        self.setAcceptDrops(True)

        self.header = HeaderView()
        self.summaries = SummariesView()
        self.details = FieldsView()
        self.box_office = FieldsView()
        self.tech_specs = FieldsView()
        self.synopsis = SynopsisView()
        self._find_bar: FindBar | None = None
        synopsis_tab = QWidget()
        self._synopsis_layout = QVBoxLayout(synopsis_tab)
        self._synopsis_layout.setContentsMargins(0, 0, 0, 0)
        self._synopsis_layout.setSpacing(0)
        self._synopsis_layout.addWidget(self.synopsis, 1)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.summaries, self.tr("&Summaries"))
        self.tabs.addTab(self.details, self.tr("&Details"))
        self.tabs.addTab(self.box_office, self.tr("&Box Office"))
        self.tabs.addTab(self.tech_specs, self.tr("&Tech Specs"))
        self.tabs.addTab(synopsis_tab, self.tr("S&ynopsis"))

        film_page = QWidget()
        film_layout = QVBoxLayout(film_page)
        film_layout.setContentsMargins(0, 0, 0, 0)
        film_layout.addWidget(self.header)
        film_layout.addWidget(self.tabs, 1)
        self._film_layout = film_layout
        # Made when first needed: most starts never show them.
        self._problem_bar: ProblemBar | None = None
        self._problem_page: QWidget | None = None

        self.copying = CopyActions(controller, self._current_section, self)
        self.copying.copied.connect(self._on_copied)
        self.tabs.setCornerWidget(self.copying.button, Qt.Corner.TopRightCorner)
        for view in (self.summaries, self.details, self.box_office, self.tech_specs, self.synopsis):
            view.copy_requested.connect(self.copying.put)
        self.details.link_requested.connect(self._on_link_requested)
        self.synopsis.menu_actions = [self.copying.copy_section]
        self.copying.section_changed(TAB_NAMES[0], self.tabs.tabText(0).replace("&", ""))

        self._pages = QStackedWidget()
        self._pages.addWidget(film_page)
        self.setCentralWidget(self._pages)
        self._make_menus()

        # Tabs are filled when first shown, so the first frame waits only on the visible one.
        self._sheet: FilmSheet | None = None
        self._stale: set[QWidget] = set()
        self._fillers: dict[QWidget, Callable[[FilmSheet], None]] = {
            self.summaries: lambda sheet: self.summaries.show_summaries(sheet.summaries),
            self.details: lambda sheet: self.details.show_section(sheet.details),
            self.box_office: lambda sheet: self.box_office.show_section(sheet.box_office),
            self.tech_specs: lambda sheet: self.tech_specs.show_section(sheet.tech_specs),
            synopsis_tab: self._show_synopsis,
        }
        self.tabs.currentChanged.connect(self._on_tab_changed)
        controller.film_loaded.connect(self._on_film_loaded)
        controller.load_failed.connect(self._on_load_failed)
        controller.reload_failed.connect(self._on_reload_failed)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)

        self.resize(960, 720)
        if geometry := settings.geometry():
            self.restoreGeometry(geometry)
        if settings.last_tab() in TAB_NAMES:
            self.select_tab(settings.last_tab())

    @property
    def controller(self) -> FilmController:
        return self._controller

    def select_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(TAB_NAMES.index(name))

    @property
    def find_bar(self) -> FindBar:
        """The synopsis find bar, made when first wanted: start-up does without it."""
        if self._find_bar is None:
            from filmviewer.ui.find_bar import FindBar

            self._find_bar = FindBar(self.synopsis, self._settings.find_options())
            self._find_bar.set_text(self.synopsis.toPlainText())
            self._find_bar.options_changed.connect(self._settings.set_find_options)
            self._synopsis_layout.addWidget(self._find_bar)
        return self._find_bar

    def find_text(self, text: str) -> None:
        """Show the synopsis with the find bar open on ``text``."""
        self.select_tab("synopsis")
        self.find_bar.open_bar(text)

    def showing_problem(self) -> bool:
        return self._problem_page is not None and self._pages.currentWidget() is self._problem_page

    @property
    def problem_bar(self) -> ProblemBar:
        """The bar that says the open file changed and broke."""
        if self._problem_bar is None:
            from filmviewer.ui.problem_bar import ProblemBar

            self._problem_bar = ProblemBar()
            self._film_layout.insertWidget(1, self._problem_bar)
        return self._problem_bar

    @property
    def problem(self) -> QLabel:
        """The message of the page shown when no film could be opened."""
        if self._problem_page is None:
            self._problem_page = self._make_problem_page()
            self._pages.addWidget(self._problem_page)
        label = self._problem_page.findChild(QLabel, "problem")
        assert label is not None
        return label

    def _make_problem_page(self) -> QWidget:
        page = QWidget()
        problem = plain_label()
        problem.setObjectName("problem")
        problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(self.tr("No film is open."))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        open_button = QPushButton(self.tr("Open a Film…"))
        open_button.clicked.connect(self._on_open_triggered)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(problem)
        layout.addWidget(open_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        return page

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = self._action(
            self.tr("&Open…"), QKeySequence.StandardKey.Open, "Ctrl+O", self._on_open_triggered
        )
        file_menu.addAction(self.open_action)
        self.recent_menu = RecentMenu(self._settings, self)
        self.recent_menu.open_requested.connect(self._controller.open)
        file_menu.addMenu(self.recent_menu)
        self.reload_action = self._action(
            self.tr("Re&load"),
            QKeySequence.StandardKey.Refresh,
            "F5",
            self._controller.reload,
        )
        file_menu.addAction(self.reload_action)
        file_menu.addSeparator()
        self.quit_action = self._action(
            self.tr("&Quit"), QKeySequence.StandardKey.Quit, "Ctrl+Q", self.close
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.find_action = self._action(
            self.tr("&Find…"), QKeySequence.StandardKey.Find, "Ctrl+F", self._on_find_triggered
        )
        self.find_next_action = self._action(
            self.tr("Find &Next"),
            QKeySequence.StandardKey.FindNext,
            "F3",
            self._on_find_next_triggered,
        )
        self.find_previous_action = self._action(
            self.tr("Find Pre&vious"),
            QKeySequence.StandardKey.FindPrevious,
            "Shift+F3",
            self._on_find_previous_triggered,
        )
        edit_menu.addActions([self.find_action, self.find_next_action, self.find_previous_action])
        edit_menu.addSeparator()
        self.copying.add_to(edit_menu)

        self.view = ViewActions(
            self.tabs, [self.summaries, self.synopsis], self._settings.zoom(), self
        )
        self.view.zoom_changed.connect(self._settings.set_zoom)
        self.view.add_to(self.menuBar().addMenu(self.tr("&View")))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(
            self.tr("&Keyboard Shortcuts"),
            QKeySequence.StandardKey.HelpContents,
            "F1",
            self._on_shortcuts_triggered,
        )
        self.about_action = QAction(self.tr("&About Film Viewer"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._on_about_triggered)
        help_menu.addActions([self.shortcuts_action, self.about_action])

    def shortcut_list(self) -> list[tuple[str, str]]:
        """Every command with a shortcut, as Help > Keyboard Shortcuts lists them."""
        rows = []
        for action in self.actions():
            keys = action.shortcuts()
            if keys:
                name = re.sub("&(.)", r"\1", action.text())  # "&Open…" → "Open…", "&&" → "&"
                shown = ", ".join(
                    key.toString(QKeySequence.SequenceFormat.NativeText) for key in keys
                )
                rows.append((name.rstrip("…"), shown))
        return rows

    def _action(
        self,
        text: str,
        standard: QKeySequence.StandardKey,
        fallback: str,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        set_shortcuts(action, standard, fallback)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    @Slot()
    def _on_open_triggered(self) -> None:
        current = self._controller.current
        path = dialogs.ask_film_path(self, current.path.parent if current else None)
        if path is not None:
            self._controller.open(path)

    @Slot()
    def _on_shortcuts_triggered(self) -> None:
        dialogs.show_shortcuts(self, self.shortcut_list())

    @Slot()
    def _on_about_triggered(self) -> None:
        dialogs.show_about(self)

    @Slot(Qt.ColorScheme)
    def _on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        # Qt swaps the palette; colours computed from it are computed again once it has.
        if self._find_bar is not None:
            QTimer.singleShot(0, self._find_bar.refresh_colours)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self._settings.set_geometry(self.saveGeometry())
        self._settings.sync()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if _dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        path = _dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self._controller.open(path)

    @Slot(object)
    def _on_film_loaded(self, document: FilmDocument) -> None:
        self._settings.add_recent(document.path)
        sheet = document.sheet
        self._sheet = sheet
        if self._problem_bar is not None:
            self._problem_bar.hide()
        self.header.show_sheet(sheet)
        self._stale = set(self._fillers)
        self._fill(self.tabs.currentWidget())
        self._pages.setCurrentIndex(0)
        title = self.tr("{title} — {file} — Film Viewer").format(
            title=literal_title(sheet.title), file=literal_title(document.path.name)
        )
        self.setWindowTitle(title)

    def _show_synopsis(self, sheet: FilmSheet) -> None:
        self.synopsis.show_synopsis(sheet.synopsis_text)
        if self._find_bar is not None:
            self._find_bar.set_text(self.synopsis.toPlainText())

    @Slot()
    def _on_find_triggered(self) -> None:
        self.find_text(_selected_text(self.focusWidget()))

    @Slot()
    def _on_find_next_triggered(self) -> None:
        self.select_tab("synopsis")
        self.find_bar.find_next()

    @Slot()
    def _on_find_previous_triggered(self) -> None:
        self.select_tab("synopsis")
        self.find_bar.find_previous()

    def _current_section(self) -> str:
        return TAB_NAMES[self.tabs.currentIndex()]

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        self._settings.set_last_tab(TAB_NAMES[index])
        self._fill(self.tabs.widget(index))
        self.copying.section_changed(TAB_NAMES[index], self.tabs.tabText(index).replace("&", ""))

    @Slot(str)
    def _on_link_requested(self, url: str) -> None:
        # Only on an explicit click, only http(s), and only after showing the address.
        link = web_link(url)
        if link is not None and dialogs.confirm_open_link(self, link):
            dialogs.open_in_browser(link)

    @Slot(str)
    def _on_copied(self, message: str) -> None:
        self.statusBar().showMessage(message, COPIED_MESSAGE_MS)

    def _fill(self, view: QWidget | None) -> None:
        if view in self._stale and self._sheet is not None:
            self._stale.discard(view)
            self._fillers[view](self._sheet)

    @Slot(object)
    def _on_load_failed(self, error: FilmFileError) -> None:
        if self._controller.current is None:
            self._show_problem_page(error)
        else:
            dialogs.show_load_error(self, error)

    @Slot(object)
    def _on_reload_failed(self, error: FilmFileError) -> None:
        if self._controller.current is None:
            self._show_problem_page(error)
        else:
            self.problem_bar.show_problem(error)

    def _show_problem_page(self, error: FilmFileError) -> None:
        heading = self.tr("Film Viewer cannot open “{name}”.").format(name=error.path.name)
        self.problem.setText(f"{heading}\n\n{describe_problems(error)}")
        assert self._problem_page is not None
        self._pages.setCurrentWidget(self._problem_page)


def _selected_text(widget: QWidget | None) -> str:
    """The text selected in ``widget``, if it is one line a find can start from."""
    if isinstance(widget, QLabel):
        text = widget.selectedText()
    elif isinstance(widget, QPlainTextEdit):
        text = widget.textCursor().selectedText()
    else:
        text = ""
    # Qt writes a paragraph break inside a selection as U+2029.
    return "" if "\u2029" in text or "\n" in text else text


def _dropped_file(mime: QMimeData) -> Path | None:
    """The one local file being dropped, if there is exactly one."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) == 1 and urls[0].isLocalFile():
        return Path(urls[0].toLocalFile())
    return None
