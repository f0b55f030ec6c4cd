"""One film on screen: the header, a bar for problems and notes, the tabs, and the find bar.

The window holds one; a library shows one beside its list. Each tab's view is
made the first time the tab is shown and filled then, so the first frame
waits only on the tab in front.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QTabWidget, QVBoxLayout, QWidget

from filmviewer.controller.cache_files import cache_location
from filmviewer.controller.document import problem_text
from filmviewer.controller.presentation import FilmSheet, paragraphs
from filmviewer.controller.sections import SECTIONS
from filmviewer.controller.settings import Settings
from filmviewer.model.companions import film_folder
from filmviewer.ui.header_view import HeaderView
from filmviewer.ui.poster_view import PosterView
from filmviewer.ui.summaries_view import SummariesView
from filmviewer.ui.text import label_width, without_mnemonic

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDialog

    from filmviewer.controller.artwork import ArtworkLoader
    from filmviewer.controller.document import FilmDocument
    from filmviewer.ui.facts_view import FactsView
    from filmviewer.ui.find_bar import FindBar
    from filmviewer.ui.poster_view import PosterView
    from filmviewer.ui.problem_bar import ProblemBar
    from filmviewer.ui.synopsis_view import SynopsisView
    from filmviewer.ui.warnings_bar import WarningsBar

TAB_NAMES = SECTIONS
"""Tab names as the command line and settings spell them, in tab order."""


class FilmView(QWidget):
    """A film's header and tabs; copies and links chosen in them are passed on as signals."""

    copy_requested = Signal(object)
    """A Copy chosen in one of the tabs."""
    link_requested = Signal(str)
    """A web address the user clicked or activated."""
    tab_changed = Signal(str)
    """The tab in front is now the one named so."""
    poster_settled = Signal()
    """The poster asked for last is on screen, or its placeholder and a warning are."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.menu_actions: list[QAction] = []
        """Window actions every tab's right-click menu also offers (Copy Section)."""
        self.header = HeaderView()
        self.header.poster.clicked.connect(self.show_large_poster)
        self.summaries = SummariesView()
        self.summaries.copy_requested.connect(self.copy_requested)
        self.summaries.menu_actions = self.menu_actions
        self._facts_views: dict[str, FactsView] = {}
        self._synopsis: SynopsisView | None = None
        self._pages: dict[str, QVBoxLayout] = {}
        self._find_bar: FindBar | None = None
        self._problem_bar: ProblemBar | None = None
        self._warnings_bar: WarningsBar | None = None
        self._artwork: ArtworkLoader | None = None
        self._poster_request = 0
        """The number of the latest poster asked for: an older one arriving late is not shown."""
        self._poster_pending = False
        self._poster_source: tuple[Path | None, str] = (None, "")
        self._film_path: Path | None = None
        """The file of the film shown: its cast's pictures are beside it."""
        self._large: PosterView | None = None
        """The poster shown large (made with the first click on a poster)."""
        self._large_dialog: QDialog | None = None
        self._synopsis_text = ""
        self._label_width = 0
        self._zoom = 0
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        titles = {
            "summaries": self.tr("&Summaries"),
            "details": self.tr("&Details"),
            "cast": self.tr("Cast && C&rew"),
            "box-office": self.tr("&Box Office"),
            "tech-specs": self.tr("&Tech Specs"),
            "synopsis": self.tr("S&ynopsis"),
        }
        for name in TAB_NAMES:
            if name == "summaries":
                self.tabs.addTab(self.summaries, titles[name])
                continue
            page = QWidget()
            layout = QVBoxLayout(page)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(0)
            self._pages[name] = layout
            self.tabs.addTab(page, titles[name])
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.header)
        self._layout.addWidget(self.tabs, 1)

        self._sheet: FilmSheet | None = None
        self._stale: set[str] = set()
        self._fillers: dict[str, Callable[[FilmSheet], None]] = {
            "summaries": lambda sheet: self.summaries.show_summaries(sheet.summaries),
            "details": lambda sheet: self.details.show_section(sheet.details),
            "cast": self._show_cast,
            "box-office": lambda sheet: self.box_office.show_section(sheet.box_office),
            "tech-specs": lambda sheet: self.tech_specs.show_section(sheet.tech_specs),
            "synopsis": self._show_synopsis,
        }
        self.tabs.currentChanged.connect(self._on_tab_changed)

    # The views, each made when first wanted ---------------------------------

    @property
    def details(self) -> FactsView:
        return self._facts("details")

    @property
    def cast(self) -> FactsView:
        return self._facts("cast")

    @property
    def box_office(self) -> FactsView:
        return self._facts("box-office")

    @property
    def tech_specs(self) -> FactsView:
        return self._facts("tech-specs")

    @property
    def synopsis(self) -> SynopsisView:
        if self._synopsis is None:
            # Each tab's view is made, and its module imported, when the tab is first shown.
            from filmviewer.ui.synopsis_view import SynopsisView

            self._synopsis = SynopsisView()
            self._synopsis.copy_requested.connect(self.copy_requested)
            self._synopsis.menu_actions = self.menu_actions
            self._apply_zoom(self._synopsis)
            self._place("synopsis", self._synopsis)
        return self._synopsis

    def _facts(self, name: str) -> FactsView:
        view = self._facts_views.get(name)
        if view is None:
            # Each tab's view is made, and its module imported, when the tab is first shown.
            from filmviewer.ui.facts_view import FactsView

            view = FactsView()
            view.copy_requested.connect(self.copy_requested)
            view.link_requested.connect(self.link_requested)
            if self._label_width:
                view.set_label_width(self._label_width)
            self._facts_views[name] = view
            self._place(name, view)
        return view

    def _place(self, name: str, view: QWidget) -> None:
        """Put a view made late in its tab, shown and laid out at once (Qt would wait a turn)."""
        layout = self._pages[name]
        layout.insertWidget(0, view, 1)
        view.show()
        layout.activate()

    @property
    def find_bar(self) -> FindBar:
        """The synopsis find bar, made when first wanted: start-up does without it."""
        if self._find_bar is None:
            # The find bar is made when first opened.
            from filmviewer.ui.find_bar import FindBar

            self._find_bar = FindBar(self.synopsis, self._settings.find_options())
            self._find_bar.set_text(self._synopsis_text)
            self._find_bar.options_changed.connect(self._settings.set_find_options)
            self._pages["synopsis"].addWidget(self._find_bar)
        return self._find_bar

    def has_find_bar(self) -> bool:
        return self._find_bar is not None

    @property
    def problem_bar(self) -> ProblemBar:
        """The bar that says the open file changed and broke, or notes something of this start."""
        if self._problem_bar is None:
            # Made the first time there is a problem to show.
            from filmviewer.ui.problem_bar import ProblemBar

            self._problem_bar = ProblemBar()
            self._layout.insertWidget(1, self._problem_bar)
        return self._problem_bar

    @property
    def warnings_bar(self) -> WarningsBar:
        """The quiet bar listing what the reader had to guess or leave out."""
        if self._warnings_bar is None:
            # Made the first time there are warnings to show.
            from filmviewer.ui.warnings_bar import WarningsBar

            self._warnings_bar = WarningsBar()
            self._layout.insertWidget(self._layout.indexOf(self.tabs), self._warnings_bar)
        return self._warnings_bar

    @property
    def artwork(self) -> ArtworkLoader:
        """Decodes posters off the GUI thread, made with the first poster."""
        if self._artwork is None:
            # Made for the first film with a picture.
            from filmviewer.controller.artwork import ArtworkLoader, ThumbnailCache

            folder = cache_location()
            cache = ThumbnailCache(folder / "thumbnails") if str(folder) != "." else None
            self._artwork = ArtworkLoader(cache, self)
            self._artwork.loaded.connect(self._on_poster_loaded)
            self._artwork.failed.connect(self._on_poster_failed)
        return self._artwork

    # Showing a film ------------------------------------------------------------

    def show_document(self, document: FilmDocument) -> None:
        """Show the film of ``document``, what its reader warned of, and its poster."""
        self._film_path = document.path
        self.show_sheet(document.sheet)
        if document.warnings or self._warnings_bar is not None:
            name = document.path.name if document.path else self.tr("The imported page")
            self.warnings_bar.show_warnings(
                name, [problem_text(warning) for warning in document.warnings]
            )
        self._poster_request += 1
        self._poster_source = (document.path, document.sheet.poster)
        self.header.show_backdrop(None)
        # A film not saved yet has no folder: its artwork can only be a web address.
        self._poster_pending = bool(document.sheet.poster) and document.path is not None
        if document.path is None:
            return

        folder = film_folder(document.path)
        if self._poster_pending:
            self.artwork.request(
                ("poster", self._poster_request, document.sheet.poster),
                folder / document.sheet.poster,
                self.header.poster.largest_device_size(),
            )
        if document.sheet.fanart:
            self.artwork.request(
                ("fanart", self._poster_request, document.sheet.fanart),
                folder / document.sheet.fanart,
                self.header.backdrop_device_size(),
            )

    @Slot()
    def show_large_poster(self) -> None:
        """The poster as large as the screen allows, in a window of its own (Esc closes it)."""
        document_path, poster = self._poster_source
        if document_path is None or not poster:
            return
        # Qt makes a class's Python type, and its enums, on first use: not before the first frame.
        from PySide6.QtWidgets import QDialog, QVBoxLayout

        if self._large is None:
            window = QDialog(self)
            window.setObjectName("large-poster")
            self._large = PosterView()
            layout = QVBoxLayout(window)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self._large)
            self._large_dialog = window
        screen = self.screen().availableGeometry() if self.screen() else None
        height = round((screen.height() if screen else 900) * 0.8)
        self._large.setFixedSize(round(height * 2 / 3), height)
        self._large.show_image(None)
        dialog = self._large_dialog
        assert dialog is not None
        title = self._sheet.title if self._sheet is not None else ""
        dialog.setWindowTitle(self.tr("Poster — {title}").format(title=title))
        ratio = self._large.devicePixelRatioF()
        self.artwork.request(
            ("large", self._poster_request, poster),
            film_folder(document_path) / poster,
            QSize(round(height * 2 / 3 * ratio), round(height * ratio)),
        )
        dialog.show()
        dialog.raise_()

    def poster_pending(self) -> bool:
        """True while the poster of the film on screen is being decoded."""
        return self._poster_pending

    def wait_for_artwork(self, milliseconds: int = 30_000) -> None:
        """Wait until the pictures asked for are decoded (their signals then wait in the queue)."""
        if self._artwork is not None:
            self._artwork.wait(milliseconds)

    @Slot(object, QImage)
    def _on_poster_loaded(self, key: object, image: QImage) -> None:
        # The loader is shared with the library's thumbnails: only this view's keys.
        request = _artwork_request(key)
        if request is None or request[1] != self._poster_request:
            return
        kind, _number, name = request
        if kind == "fanart":
            self.header.show_backdrop(image)
            return
        if kind == "large":
            if self._large is not None:
                image.setDevicePixelRatio(self._large.devicePixelRatioF())
                self._large.show_image(image)
            return
        image.setDevicePixelRatio(self.header.poster.devicePixelRatioF())
        self.header.show_poster(image, name)
        self._poster_pending = False
        self.poster_settled.emit()

    @Slot(object, str)
    def _on_poster_failed(self, key: object, why: str) -> None:
        request = _artwork_request(key)
        if request is None or request[1] != self._poster_request:
            return
        kind, _number, name = request
        if kind == "large":
            return  # the poster was shown at its usual size: the larger one is not
        if kind == "fanart":
            self.warnings_bar.add_warning(
                self.tr("fanart {name}: not shown: {why}").format(name=name, why=why)
            )
            return
        self.header.show_poster(None)
        self.warnings_bar.add_warning(
            self.tr("poster {name}: not shown: {why}").format(name=name, why=why)
        )
        self._poster_pending = False
        self.poster_settled.emit()

    def show_sheet(self, sheet: FilmSheet) -> None:
        self._sheet = sheet
        if self._problem_bar is not None:
            self._problem_bar.hide()
        self.header.show_sheet(sheet)
        labels = [
            row.label
            for section in (sheet.details, sheet.cast, sheet.box_office, sheet.tech_specs)
            for row in section.rows
        ]
        self._label_width = label_width(self.font(), labels)
        for view in self._facts_views.values():
            view.set_label_width(self._label_width)
        self._stale = set(self._fillers)
        self._fill(self.current_tab())

    def current_tab(self) -> str:
        return TAB_NAMES[self.tabs.currentIndex()]

    def select_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(TAB_NAMES.index(name))

    def find_text(self, text: str, *, take_focus: bool = True) -> None:
        """Show the synopsis with the find bar open on ``text`` (the keyboard taken there,
        or left where it is)."""
        self.select_tab("synopsis")
        self.find_bar.open_bar(text, take_focus=take_focus)

    def set_zoom(self, steps: int) -> None:
        """Text in the reading views (summaries, synopsis) ``steps`` points from the system's."""
        self._zoom = steps
        for view in (self.summaries, self._synopsis):
            if view is not None:
                self._apply_zoom(view)

    def _apply_zoom(self, view: QWidget) -> None:
        font = view.font()
        font.setPointSizeF(max(4.0, QApplication.font().pointSizeF() + self._zoom))
        view.setFont(font)

    def refresh_colours(self) -> None:
        """The palette changed: recolour what was computed from it, once Qt has swapped it."""
        if self._find_bar is not None:
            # With the bar as context: a window closed meanwhile takes the call with it.
            QTimer.singleShot(0, self._find_bar, self._find_bar.refresh_colours)

    def close_find(self) -> None:
        """Stop the find bar's searching (the window is closing)."""
        if self._find_bar is not None:
            self._find_bar.finder.close()

    def _show_cast(self, sheet: FilmSheet) -> None:
        view = self.cast
        path = self._film_path
        has_pictures = any(picture for row in sheet.cast.rows for picture in row.pictures)
        if path is not None and has_pictures:
            view.pictures.show_folder(film_folder(path), self.artwork, view.picture_device_size())
        else:
            view.pictures.show_folder(None, None, view.picture_device_size())
        view.show_section(sheet.cast)

    def _show_synopsis(self, sheet: FilmSheet) -> None:
        self._synopsis_text = "\n\n".join(paragraphs(sheet.synopsis))
        self.synopsis.show_synopsis(self._synopsis_text)
        if self._find_bar is not None:
            self._find_bar.set_text(self._synopsis_text)

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        name = TAB_NAMES[index]
        self._fill(name)
        self.tab_changed.emit(name)

    def _fill(self, name: str) -> None:
        if name in self._stale and self._sheet is not None:
            self._stale.discard(name)
            self._fillers[name](self._sheet)
        elif name == "synopsis":
            self.synopsis  # noqa: B018 (made, empty, for a film with nothing in it yet)
        elif name in ("details", "cast", "box-office", "tech-specs"):
            self._facts(name)

    def tab_title(self, name: str) -> str:
        return without_mnemonic(self.tabs.tabText(TAB_NAMES.index(name)))


def _artwork_request(key: object) -> tuple[str, int, str] | None:
    """``key`` if it is one of the film view's requests: (poster or fanart, number, name)."""
    if isinstance(key, tuple) and len(key) == 3 and key[0] in ("poster", "fanart", "large"):
        kind, number, name = key
        if isinstance(number, int) and isinstance(name, str):
            return kind, number, name
    return None
