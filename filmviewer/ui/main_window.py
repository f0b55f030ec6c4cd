"""The main window: menus and the film view, wired to a FilmController."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from filmviewer.controller.document import FilmController, FilmDocument, describe_problems
from filmviewer.controller.settings import Settings
from filmviewer.model.problems import FilmFileError
from filmviewer.ui import dialogs, garbage
from filmviewer.ui.copy_actions import CopyActions
from filmviewer.ui.film_view import TAB_NAMES, FilmView
from filmviewer.ui.first_frame import when_painted
from filmviewer.ui.header_view import HeaderView
from filmviewer.ui.import_actions import ImportActions
from filmviewer.ui.recent_menu import RecentMenu
from filmviewer.ui.shortcuts import command_name, menu_shortcuts, set_shortcuts, shown_keys
from filmviewer.ui.summaries_view import SummariesView
from filmviewer.ui.text import DataText, literal_title
from filmviewer.ui.view_actions import ViewActions

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QTabWidget

    from filmviewer.controller.library.library import Library
    from filmviewer.ui.facts_view import FactsView
    from filmviewer.ui.find_bar import FindBar
    from filmviewer.ui.library_view import LibraryPanel
    from filmviewer.ui.problem_bar import ProblemBar
    from filmviewer.ui.statistics import StatisticsWindow
    from filmviewer.ui.synopsis_view import SynopsisView

__all__ = ["TAB_NAMES", "MainWindow"]

COPIED_MESSAGE_MS = 4000
"""How long "Copied …" stays in the status bar."""
STATUS_NOTE_MS = 10_000
"""How long a note worth reading (a film saved twice) stays in the status bar."""


FIRST_FILM_DELAY_MS = 50
"""A library's first film opens this long after the rows that bring it: not in the same turn."""
SCAN_LATEST_MS = 1000
"""A library's scan waits for the window to show its list, but no longer than this."""


class MainWindow(QMainWindow):
    """Menus, the film view (or the page that says no film could be opened), and the status bar."""

    def __init__(
        self, controller: FilmController, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._settings = settings
        self.setWindowTitle(self.tr("Film Viewer"))
        self.setAcceptDrops(True)

        self.film = FilmView(settings)
        self.film.link_requested.connect(self._on_link_requested)
        self.film.tab_changed.connect(self._on_tab_changed)
        # Made when first needed: most starts never show it.
        self._problem_page: QWidget | None = None
        self._statistics: StatisticsWindow | None = None

        self.copying = CopyActions(controller, self.film.current_tab, self)
        self.copying.copied.connect(self._on_copied)
        self.film.copy_requested.connect(self.copying.put)
        self.film.menu_actions.append(self.copying.copy_section)
        self.copying.sit_beside(self.film.tabs)
        self.copying.section_changed(TAB_NAMES[0], self.film.tab_title(TAB_NAMES[0]))

        self._pages = QStackedWidget()
        self._pages.addWidget(self.film)
        # The library's list goes on the left of the film, when a library is open.
        self._splitter = QSplitter()
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(self._pages)
        self.setCentralWidget(self._splitter)
        self.library: Library | None = None
        self.library_panel: LibraryPanel | None = None
        self._empty_page: QWidget | None = None
        """What stands in place of the film while a library shows none: made when needed."""
        self._scan_status: QWidget | None = None
        """The status bar's "Scanning…" and Cancel: made with the first library."""
        self.copying.films_selected = self._selected_films
        self.importing = ImportActions(
            controller, settings, lambda: self.library.root if self.library else None, self
        )
        self.importing.imported.connect(self._on_copied)
        self.importing.saved.connect(self._on_import_saved)
        self._make_menus()

        controller.film_loaded.connect(self._on_film_loaded)
        controller.load_failed.connect(self._on_load_failed)
        controller.reload_failed.connect(self._on_reload_failed)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)

        self.resize(960, 720)
        if geometry := settings.geometry():
            self.restoreGeometry(geometry)
        self._fit_on_screen()
        if settings.last_tab() in TAB_NAMES:
            self.select_tab(settings.last_tab())

    def _fit_on_screen(self) -> None:
        """Never larger than the screen's free area, nor outside it (a scale factor or a
        smaller screen since the size was saved would leave the window's edges unreachable)."""
        screen = self.screen()
        if screen is None:
            return
        free = screen.availableGeometry()
        size = self.size().boundedTo(free.size())
        if size != self.size():
            self.resize(size)
        place = self.geometry()
        if not free.contains(place):
            left = min(max(place.left(), free.left()), free.right() - size.width() + 1)
            top = min(max(place.top(), free.top()), free.bottom() - size.height() + 1)
            self.move(left, top)

    @property
    def controller(self) -> FilmController:
        return self._controller

    # The film view's parts, for the menus' commands and for those who test them.

    @property
    def tabs(self) -> QTabWidget:
        return self.film.tabs

    @property
    def header(self) -> HeaderView:
        return self.film.header

    @property
    def summaries(self) -> SummariesView:
        return self.film.summaries

    @property
    def details(self) -> FactsView:
        return self.film.details

    @property
    def box_office(self) -> FactsView:
        return self.film.box_office

    @property
    def tech_specs(self) -> FactsView:
        return self.film.tech_specs

    @property
    def synopsis(self) -> SynopsisView:
        return self.film.synopsis

    @property
    def find_bar(self) -> FindBar:
        return self.film.find_bar

    @property
    def problem_bar(self) -> ProblemBar:
        return self.film.problem_bar

    def select_tab(self, name: str) -> None:
        self.film.select_tab(name)

    def find_text(self, text: str) -> None:
        """Show the synopsis with the find bar open on ``text``."""
        self.film.find_text(text)

    def showing_problem(self) -> bool:
        return self._problem_page is not None and self._pages.currentWidget() is self._problem_page

    @property
    def problem(self) -> DataText:
        """The message of the page shown when no film could be opened."""
        if self._problem_page is None:
            self._problem_page = self._make_problem_page()
            self._pages.addWidget(self._problem_page)
        label = self._problem_page.findChild(DataText, "problem")
        assert label is not None
        return label

    def _show_no_film_chosen(self) -> None:
        """In place of the film, while the open library shows none of its own: say so."""
        current = self._controller.current
        library = self.library
        if library is None or self._unsaved():
            return
        if current is not None and current.path and current.path.is_relative_to(library.root):
            return  # one of the library's films is shown

        if self._empty_page is None:
            page = QWidget()
            label = QLabel()
            label.setObjectName("no-film-chosen")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            layout = QVBoxLayout(page)
            layout.addWidget(label)
            self._empty_page = page
            self._pages.addWidget(page)
        shown = self._empty_page.findChild(QLabel, "no-film-chosen")
        assert shown is not None
        shown.setText(
            self.tr("No film chosen.\n\nChoose one in the library's list.")
            if library.view.total()
            else self.tr("No film to show: the library holds none yet.")
        )
        self._pages.setCurrentWidget(self._empty_page)

    def _make_problem_page(self) -> QWidget:
        # Qt makes a class's Python type, and its enums, on first use: not before the first frame.
        from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

        page = QWidget()
        problem = DataText(max_lines=30)
        problem.setObjectName("problem")
        problem.set_alignment(Qt.AlignmentFlag.AlignHCenter)
        heading = QLabel(self.tr("No film is open."))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        open_button = QPushButton(self.tr("Open a Film…"))
        open_button.clicked.connect(self._on_open_triggered)
        # A column of readable width, in the middle of the window.
        column = QWidget()
        column.setMaximumWidth(int(heading.fontMetrics().averageCharWidth() * 70))
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(heading)
        inner.addWidget(problem)
        inner.addWidget(open_button, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 100)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = self._action(
            self.tr("&Open…"), QKeySequence.StandardKey.Open, "Ctrl+O", self._on_open_triggered
        )
        file_menu.addAction(self.open_action)
        self.open_folder_action = QAction(self.tr("Open &Folder…"), self)
        self.open_folder_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_folder_action.triggered.connect(self._on_open_folder_triggered)
        self.addAction(self.open_folder_action)
        file_menu.addAction(self.open_folder_action)
        self.recent_menu = RecentMenu(self._settings, self)
        self.recent_menu.open_requested.connect(self.open_path)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions(
            [self.importing.from_clipboard, self.importing.import_page, self.importing.save_as]
        )
        file_menu.addSeparator()
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

        self.view = ViewActions(self.film.tabs, self._settings.zoom(), self)
        self.view.zoom_changed.connect(self.film.set_zoom)
        self.view.zoom_changed.connect(self._settings.set_zoom)
        self.film.set_zoom(self.view.zoom)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view.add_to(view_menu)
        self._add_sort_menu(view_menu)
        self._add_library_keys(view_menu)

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

    def shortcut_groups(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """Help > Keyboard Shortcuts: each menu's commands with keys, then the keys of the views."""
        groups = []
        for top in self.menuBar().actions():
            menu = top.menu()
            rows = menu_shortcuts(menu) if isinstance(menu, QMenu) else []
            if rows:
                groups.append((command_name(top), rows))
        # The find bar's module is not needed for the first frame.
        from filmviewer.ui.find_bar import find_bar_keys

        groups.append((self.tr("Find Bar"), find_bar_keys()))
        standard = QKeySequence.StandardKey
        keys = QKeySequence.keyBindings
        groups.append(
            (
                self.tr("Tabs and Lists"),
                [
                    (self.tr("Copy the selected text or values"), shown_keys(keys(standard.Copy))),
                    (self.tr("Select all"), shown_keys(keys(standard.SelectAll))),
                    (
                        self.tr("Open the copy menu of a value or summary"),
                        shown_keys([QKeySequence(Qt.Key.Key_Menu), QKeySequence("Shift+F10")]),
                    ),
                    (
                        self.tr("Open an official site's link"),
                        shown_keys([QKeySequence(Qt.Key.Key_Return)]),
                    ),
                    (
                        self.tr("Move to the next part of the window"),
                        shown_keys([QKeySequence(Qt.Key.Key_Tab)]),
                    ),
                ],
            )
        )
        key = Qt.Key
        groups.append(
            (
                self.tr("Library"),
                [
                    (self.tr("Filter the films"), shown_keys(self.filter_action.shortcuts())),
                    (
                        self.tr("Search every plot, or back to filtering"),
                        shown_keys(self.search_plots_action.shortcuts()),
                    ),
                    (
                        self.tr("Step through the films from the filter (the film shown)"),
                        shown_keys(
                            [
                                QKeySequence(k)
                                for k in (
                                    key.Key_Down,
                                    key.Key_Up,
                                    key.Key_PageDown,
                                    key.Key_PageUp,
                                )
                            ]
                        ),
                    ),
                    (
                        self.tr("Open the film at the plot search's match"),
                        shown_keys([QKeySequence(key.Key_Return)]),
                    ),
                    (
                        self.tr("Jump to a title in the list or wall"),
                        self.tr("Type its first letters"),
                    ),
                    (
                        self.tr("Copy the selected films"),
                        shown_keys(keys(standard.Copy)),
                    ),
                ],
            )
        )
        return groups

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
        start = current.path.parent if current and current.path else self._settings.last_folder()
        path = dialogs.ask_film_path(self, start)
        if path is not None and self.importing.may_replace():
            self._controller.open(path)

    @Slot()
    def _on_open_folder_triggered(self) -> None:
        start = self.library.root if self.library else None
        path = dialogs.ask_library_path(self, start)
        if path is not None:
            self.open_library(path)

    def open_path(self, path: Path) -> None:
        """Open ``path``: a library if it is a folder, else a film."""
        if path.is_dir():
            self.open_library(path)
        elif self.importing.may_replace():
            self._controller.open(path)

    # The library ------------------------------------------------------------------------

    def open_library(self, root: Path) -> None:
        """Show the library at ``root`` beside the film: from its index at once, then scanned."""
        # The library's code (sqlite3, the list's views) only once a library is opened.
        from filmviewer.controller.library.library import Library
        from filmviewer.ui.library_view import LibraryPanel

        if not self.importing.may_replace():
            return
        self.close_library()
        root = root.absolute()
        library = Library.at(root, self)
        panel = LibraryPanel(library, self.film.artwork, self)
        self.library, self.library_panel = library, panel
        self._splitter.insertWidget(0, panel)
        self._splitter.setStretchFactor(0, 0)
        self._splitter.setStretchFactor(1, 1)
        self._splitter.setSizes([320, max(400, self.width() - 320)])
        panel.film_chosen.connect(self._on_library_film_chosen)
        panel.list_emptied.connect(self._show_no_film_chosen)
        panel.arrived.connect(self._on_film_arrived)
        panel.sort_chosen.connect(self._sort_by)
        panel.plots.toggled.connect(self._on_plots_toggled)
        self.search_plots_action.setChecked(False)
        self.browse_action.setChecked(False)
        panel.browse.toggled.connect(self.browse_action.setChecked)
        for action in self._library_actions():
            action.setEnabled(True)
        panel.copy_requested.connect(self.copying.put)
        if self._scan_status is None:
            self._make_scan_status()
        library.progress.connect(self._on_scan_progress)
        library.scan_finished.connect(self._on_scan_finished)
        panel.model.filter_changed.connect(self._end_scan_status)
        library.films_changed.connect(self._on_library_films_changed)
        library.note.connect(self.statusBar().showMessage)
        key, descending = self._settings.library_sort(root)
        panel.model.set_sort(key if key in self._sort_actions else "title", descending)
        self._show_sort(*panel.model.sorting)
        library.load()
        self._show_wall_or_list(library, panel)
        panel.browse.setChecked(self._settings.library_browse(root))
        panel.browse.toggled.connect(lambda shown: self._settings.set_library_browse(root, shown))
        if not self._settings.library_film(root):
            self.select_tab("summaries")  # a library new to the app starts at the beginning
        self._settings.add_recent(root)
        self.setWindowTitle(
            self.tr("{library} — Film Viewer").format(library=literal_title(root.name or str(root)))
        )
        self._choose_first_film()
        # Once the window has shown the list and the film: the walk of every folder, to
        # bring the index up to date and to watch it, can wait until then.
        library.scan_later()
        when_painted(self, library.start_scan)
        when_painted(self, library.follow)
        QTimer.singleShot(SCAN_LATEST_MS, library.start_scan)  # a window not painted soon
        self.update()
        self._sort_menu.setEnabled(True)

    def _show_wall_or_list(self, library: Library, panel: LibraryPanel) -> None:
        """The library as it was last shown; the first time, as a wall of posters where most
        of its films have one."""
        root = library.root
        wall = self._settings.library_wall(root)
        if wall is not None:
            panel.show_as_wall(wall)
        elif library.view.total():
            panel.show_as_wall(library.view.with_posters() * 2 > library.view.total())
        else:  # a library never opened: decided once its first scan has read it

            def decide(_finished: bool) -> None:
                library.scan_finished.disconnect(decide)
                if self._settings.library_wall(root) is None and library.view.total():
                    panel.show_as_wall(library.view.with_posters() * 2 > library.view.total())

            library.scan_finished.connect(decide)
        panel.view_changed.connect(lambda chosen: self._settings.set_library_wall(root, chosen))
        panel.view_changed.connect(self._fit_library_panel)
        self._fit_library_panel(panel.wall_shown)

    @Slot(bool)
    def _fit_library_panel(self, wall: bool) -> None:
        """A wall of posters gets room for three columns, as far as the film leaves it."""
        panel = self.library_panel
        if panel is None or not wall:
            return
        sizes = self._splitter.sizes()
        total = sum(sizes)
        wanted = min(panel.wall_width(columns=3), total // 2)
        if sizes and sizes[0] < wanted:
            self._splitter.setSizes([wanted, total - wanted])

    def close_library(self) -> None:
        if self.library is None or self.library_panel is None:
            return
        garbage.unsettle()  # what the library held may go now
        self.library.close()
        self.library_panel.hide()
        self.library_panel.deleteLater()
        self.library.deleteLater()
        self.library = None
        self.library_panel = None
        for action in self._library_actions():
            action.setEnabled(False)
        if self._statistics is not None:
            self._statistics.close()
        if self._scan_status is not None:
            self._scan_status.hide()
        self._sort_menu.setEnabled(False)

    @Slot(object, str, bool)
    def _on_library_film_chosen(
        self, path: Path, query: str, in_synopsis: bool, opened: bool
    ) -> None:
        """A film chosen in the library: shown, and a plot search's words found in it.

        A film stepped onto with the arrow keys leaves the keyboard where it is, so
        the next press steps on; one opened (Return, a double-click) takes the
        keyboard to its match.
        """
        # The library's code only once a library is opened.
        from filmviewer.controller.library.query import plain_words

        current = self._controller.current
        showing = current is not None and current.path == path
        if not showing and (not self.importing.may_replace() or not self._controller.open(path)):
            return
        if self.library is not None:
            self._settings.set_library_film(self.library.root, path)
        words = plain_words(query) if query else ""
        if not words:
            return
        if in_synopsis:
            self.film.find_text(words, take_focus=opened)
        else:
            self.select_tab("summaries")
            self.summaries.moveCursor(self.summaries.textCursor().MoveOperation.Start)
            self.summaries.find(words)

    @Slot(int, int)
    def _on_scan_progress(self, done: int, total: int) -> None:
        if total == 0 or self._scan_status is None:
            return
        locale = self.locale()
        self._scan_label.setText(
            self.tr("Scanning… {done} of {total}").format(
                done=locale.toString(done), total=locale.toString(total)
            )
        )
        self._scan_status.show()

    @Slot(bool)
    def _on_scan_finished(self, _finished: bool) -> None:
        self._end_scan_status()
        garbage.settle()  # the library's code and rows are here to stay

    @Slot()
    def _end_scan_status(self) -> None:
        """The scan's progress goes once the list shows every film the scan found, not
        when the scan ends: the list fills a moment later, and until then work is under way."""
        status, library, panel = self._scan_status, self.library, self.library_panel
        if status is None or status.isHidden():
            return
        if library is None or panel is None or library.closed:
            status.hide()
            return
        listed = not panel.model.refreshing and panel.model.total == library.view.total()
        if library.settled and listed:
            status.hide()

    @Slot(object)
    def _on_import_saved(self, path: Path) -> None:
        """A saved import in the open library is chosen in its list once the list holds it."""
        library, panel = self.library, self.library_panel
        if library is None or panel is None or not path.is_relative_to(library.root):
            return
        self._settings.set_library_film(library.root, path)
        panel.choose_when_listed(path)
        library.scan()  # at once, not when the watcher next looks

    @Slot(object)
    def _on_film_arrived(self, path: Path) -> None:
        """Say so when a film saved into the library was already in it."""
        panel = self.library_panel
        twins = panel.same_film_elsewhere(path) if panel is not None else []
        if twins:
            self.statusBar().showMessage(
                self.tr("“{title}” was already in the library, as {paths}; both are kept.").format(
                    title=self.header.title.text(),
                    paths=", ".join(f"“{twin}”" for twin in twins[:3]),
                ),
                STATUS_NOTE_MS,
            )

    @Slot(object)
    def _on_library_films_changed(self, _changed: object) -> None:
        panel = self.library_panel
        if panel is not None and not panel.has_current():
            # In a turn of its own, after the list has been painted: both take a while.
            QTimer.singleShot(FIRST_FILM_DELAY_MS, self, self._choose_first_film)

    def _choose_first_film(self) -> None:
        """Choose the film last chosen in this library, or else its first (if none is chosen)."""
        panel, library = self.library_panel, self.library
        if panel is None or library is None or library.closed:
            return
        if not panel.model.rowCount():
            self._show_no_film_chosen()
            return
        if panel.has_current() or self._unsaved():
            return
        remembered = self._settings.library_film(library.root)
        if not (remembered and panel.select_film(remembered)):
            panel.choose_first()

    @Slot()
    def _on_cancel_scan(self) -> None:
        if self.library is not None:
            self.library.cancel()

    def _make_scan_status(self) -> None:

        status = QWidget()
        self._scan_status = status
        layout = QHBoxLayout(status)
        layout.setContentsMargins(0, 0, 0, 0)
        self._scan_label = QLabel()
        self._scan_label.setObjectName("scan-progress")
        cancel = QToolButton()
        cancel.setObjectName("scan-cancel")
        cancel.setText(self.tr("Cancel"))
        cancel.setAutoRaise(True)
        cancel.clicked.connect(self._on_cancel_scan)
        layout.addWidget(self._scan_label)
        layout.addWidget(cancel)
        self.statusBar().addPermanentWidget(status)
        status.hide()

    def _add_library_keys(self, view_menu: QMenu) -> None:
        """The library's keys, owned by the window: they reach whichever library is open."""
        self.filter_action = QAction(self.tr("Fi&lter Films"), self)
        self.filter_action.setShortcut(QKeySequence("Ctrl+L"))
        self.filter_action.triggered.connect(self._on_filter_triggered)
        self.search_plots_action = QAction(self.tr("Search &Every Plot"), self)
        self.search_plots_action.setCheckable(True)
        self.search_plots_action.setShortcut(QKeySequence("Alt+P"))
        self.search_plots_action.triggered.connect(self._on_search_plots_triggered)
        self.browse_action = QAction(self.tr("&Browse Films"), self)
        self.browse_action.setCheckable(True)
        self.browse_action.setShortcut(QKeySequence("Ctrl+B"))
        self.browse_action.triggered.connect(self._on_browse_triggered)
        self.statistics_action = QAction(self.tr("Library S&tatistics…"), self)
        self.statistics_action.setShortcut(QKeySequence("Ctrl+I"))
        self.statistics_action.triggered.connect(self.show_statistics)
        for action in self._library_actions():
            action.setEnabled(False)
            self.addAction(action)
            view_menu.addAction(action)

    def _library_actions(self) -> tuple[QAction, ...]:
        """The View menu's actions that work on the open library, enabled while one is."""
        return (
            self.filter_action,
            self.search_plots_action,
            self.browse_action,
            self.statistics_action,
        )

    @Slot(bool)
    def _on_browse_triggered(self, shown: bool) -> None:
        if self.library_panel is not None:
            self.library_panel.browse.setChecked(shown)
            if shown:
                self.library_panel.facets_panel.setFocus()

    @Slot()
    def show_statistics(self) -> None:
        """The library's figures as charts, in a window of their own beside the main one."""
        panel = self.library_panel
        if panel is None:
            return
        # Made when first asked for.
        from filmviewer.ui.statistics import StatisticsWindow

        if self._statistics is None:
            self._statistics = StatisticsWindow(self)
            self._statistics.term_chosen.connect(self._on_statistics_term)
        self._statistics.show_library(panel)
        self._statistics.show()
        self._statistics.raise_()

    @property
    def statistics_window(self) -> StatisticsWindow | None:
        """The statistics window, once View > Library Statistics has made it."""
        return self._statistics

    @Slot(str)
    def _on_statistics_term(self, term: str) -> None:
        if self.library_panel is not None:
            self.library_panel.choose_term(term)

    @Slot()
    def _on_filter_triggered(self) -> None:
        if self.library_panel is not None:
            self.library_panel.focus_filter()

    @Slot(bool)
    def _on_search_plots_triggered(self, searching: bool) -> None:
        if self.library_panel is not None:
            self.library_panel.plots.setChecked(searching)
            self.library_panel.focus_filter()

    @Slot(bool)
    def _on_plots_toggled(self, searching: bool) -> None:
        self.search_plots_action.setChecked(searching)

    def _add_sort_menu(self, view_menu: QMenu) -> None:

        self._sort_menu = view_menu.addMenu(self.tr("Sort &Films By"))
        group = QActionGroup(self)
        names = {
            "title": self.tr("&Title"),
            "year": self.tr("&Year"),
            "runtime": self.tr("&Runtime"),
            "added": self.tr("Date &Added"),
        }
        self._sort_actions: dict[str, QAction] = {}
        for key, name in names.items():
            action = self._sort_menu.addAction(name)
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(lambda _=False, chosen=key: self._sort_by(chosen, None))
            self._sort_actions[key] = action
        self._sort_menu.addSeparator()
        self._descending_action = self._sort_menu.addAction(self.tr("&Descending"))
        self._descending_action.setCheckable(True)
        self._descending_action.toggled.connect(lambda descending: self._sort_by(None, descending))
        self._sort_menu.setEnabled(False)

    def _sort_by(self, key: str | None, descending: bool | None) -> None:
        panel = self.library_panel
        if panel is None or self.library is None:
            return
        current, current_descending = panel.model.sorting
        key = key or current
        descending = current_descending if descending is None else descending
        panel.model.set_sort(key, descending)  # the film chosen stays chosen
        self._settings.set_library_sort(self.library.root, key, descending)
        self._show_sort(key, descending)

    def _show_sort(self, key: str, descending: bool) -> None:
        """The order chosen, in the View menu and in the control beside the list."""
        if key in self._sort_actions:
            self._sort_actions[key].setChecked(True)
        self._descending_action.blockSignals(True)
        self._descending_action.setChecked(descending)
        self._descending_action.blockSignals(False)
        if self.library_panel is not None:
            self.library_panel.show_sort(key, descending)

    def _selected_films(self) -> list[tuple[str, dict[str, object]]] | None:
        """The films chosen in the library's list, when the list has the focus."""
        panel = self.library_panel
        if panel is None or self.library is None or not panel.view.hasFocus():
            return None
        films = panel.selected_films()
        if not films:
            return None
        return self.library.film_data(films)

    @Slot()
    def _on_shortcuts_triggered(self) -> None:
        dialogs.show_shortcuts(self, self.shortcut_groups())

    @Slot()
    def _on_about_triggered(self) -> None:
        dialogs.show_about(self)

    @Slot(Qt.ColorScheme)
    def _on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        self.film.refresh_colours()

    def _unsaved(self) -> bool:
        current = self._controller.current
        return current is not None and current.path is None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self.importing.may_replace():
            event.ignore()
            return
        self.film.close_find()
        if self.library is not None:
            self.library.close()
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
            self.open_path(path)

    @Slot(object)
    def _on_film_loaded(self, document: FilmDocument) -> None:
        path = document.path
        if path is not None and (
            self.library is None or not path.is_relative_to(self.library.root)
        ):
            # A film of the open library leaves the library as what reopens next time.
            self._settings.add_recent(path)
        sheet = document.sheet
        self.film.show_document(document)
        self._pages.setCurrentWidget(self.film)
        file = literal_title(path.name) if path is not None else self.tr("Not saved")
        title = self.tr("{title} — {file} — Film Viewer").format(
            title=literal_title(sheet.title), file=file
        )
        self.setWindowTitle(title)

    @Slot()
    def _on_find_triggered(self) -> None:
        self.find_text(_selected_text(self.focusWidget()))

    @Slot()
    def _on_find_next_triggered(self) -> None:
        self.select_tab("synopsis")
        self.film.find_bar.find_next()

    @Slot()
    def _on_find_previous_triggered(self) -> None:
        self.select_tab("synopsis")
        self.film.find_bar.find_previous()

    @Slot(str)
    def _on_tab_changed(self, name: str) -> None:
        self._settings.set_last_tab(name)
        self.copying.section_changed(name, self.film.tab_title(name))

    @Slot(str)
    def _on_link_requested(self, url: str) -> None:
        # Only on an explicit click, only http(s), and only after showing the address.
        from filmviewer.model.links import inspect_link

        link = inspect_link(url)
        if link is None:
            dialogs.show_link_problem(self, url, opened=False)
        elif dialogs.confirm_open_link(self, link) and not dialogs.open_in_browser(link.url):
            dialogs.show_link_problem(self, url, opened=True)

    @Slot(str)
    def _on_copied(self, message: str) -> None:
        self.statusBar().showMessage(message, COPIED_MESSAGE_MS)

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
            self.film.problem_bar.show_problem(error)

    def _show_problem_page(self, error: FilmFileError) -> None:
        heading = self.tr("Film Viewer cannot open “{name}”.").format(name=error.path.name)
        self.problem.setText(f"{heading}\n\n{describe_problems(error)}")
        assert self._problem_page is not None
        self._pages.setCurrentWidget(self._problem_page)


def _selected_text(widget: QWidget | None) -> str:
    """The text selected in ``widget``, if it is one line a find can start from."""
    # Qt makes a class's Python type, and its enums, on first use: not before the first frame.
    from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QTextEdit

    if isinstance(widget, QPlainTextEdit | QTextEdit):
        text = widget.textCursor().selectedText()
    elif isinstance(widget, QAbstractItemView) and len(widget.selectedIndexes()) == 1:
        text = str(widget.currentIndex().data() or "")
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
