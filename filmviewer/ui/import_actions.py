"""Importing a film from a page: File > New Film from Clipboard, Import Page… and Save As…."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from filmviewer.controller.document import FilmController, FilmDocument, message_text
from filmviewer.ui import dialogs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from filmviewer.controller.importer import Imported
    from filmviewer.controller.settings import Settings

# The importer (lxml, the names Qt knows) is loaded at the first import, not at start-up.


class ImportActions(QObject):
    """The import commands of the window; ``imported`` carries what to tell the user."""

    imported = Signal(str)
    saved = Signal(object)
    """The imported film was saved: its Path."""

    def __init__(
        self,
        controller: FilmController,
        settings: Settings,
        library_folder: Callable[[], Path | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._settings = settings
        self._library_folder = library_folder
        self._window = parent
        self.from_clipboard = QAction(self.tr("New Film from &Clipboard"), parent)
        self.from_clipboard.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.from_clipboard.triggered.connect(self._on_from_clipboard_triggered)
        self.import_page = QAction(self.tr("&Import Page…"), parent)
        self.import_page.triggered.connect(self._on_import_page_triggered)
        self.save_as = QAction(self.tr("Save &As…"), parent)
        self.save_as.setShortcut(QKeySequence("Ctrl+S"))
        self.save_as.setEnabled(False)
        self.save_as.triggered.connect(self._on_save_as_triggered)
        for action in (self.from_clipboard, self.import_page, self.save_as):
            parent.addAction(action)
        controller.film_loaded.connect(self._on_film_loaded)

    @Slot(object)
    def _on_film_loaded(self, document: FilmDocument) -> None:
        self.save_as.setEnabled(document.path is None)

    # Importing ---------------------------------------------------------------------

    @Slot()
    def _on_from_clipboard_triggered(self) -> None:

        mime = QGuiApplication.clipboard().mimeData()
        # Browsers put the copy's HTML beside its text: its list items come apart there.
        pages: list[tuple[str, bool]] = []
        if mime is not None and mime.hasHtml():
            pages.append((mime.html(), True))
        if mime is not None and mime.hasText():
            pages.append((mime.text(), False))
        self.import_text(pages, self.tr("the clipboard"))

    @Slot()
    def _on_import_page_triggered(self) -> None:
        # The page importer only once a page is imported.
        from filmviewer.controller.importer import read_page

        path = dialogs.ask_page_path(self._window, self._start_folder())
        if path is None:
            return
        try:
            data = read_page(path)
        except OSError as error:
            dialogs.show_import_problem(
                self._window, f"“{path.name}”", error.strerror or str(error)
            )
            return
        self._settings.set_last_folder(path.parent)
        html = path.suffix.lower() in (".html", ".htm")
        # The page importer only once a page is imported.
        from filmviewer.controller.importer import decode_page

        self.import_text([(decode_page(data), html)], f"“{path.name}”")

    def import_text(self, pages: list[tuple[str, bool]], source: str) -> bool:
        """Import the first of ``pages`` ((text, is HTML)) that is a title page, and show it.

        Where none is, the reason is shown and nothing else changes; where only
        the title is missing, the user is asked for it.
        """
        # The page importer only once a page is imported.
        from filmviewer.controller.importer import NotAFilmPageError, import_page

        # The pages are read before anything is asked: a clipboard with no film on it
        # says so, and the film on screen stays without a question.
        refusal: NotAFilmPageError | None = None
        untitled: tuple[str, bool] | None = None
        result: Imported | None = None
        for page, html in pages:
            try:
                result = import_page(page, html=html)
            except NotAFilmPageError as error:
                if error.untitled:
                    untitled = (page, html)
                    break
                refusal = refusal or error
                continue
            break
        if result is None and untitled is None:
            why = message_text(refusal.why) if refusal else self.tr("it holds no text")
            dialogs.show_import_problem(self._window, source, why)
            return False
        if not self.may_replace():
            return False
        if untitled is not None:
            given = dialogs.ask_film_title(self._window)
            if given is None:
                return False
            page, html = untitled
            try:
                result = import_page(page, html=html, title=given[0], year=given[1])
            except NotAFilmPageError as again:
                dialogs.show_import_problem(self._window, source, message_text(again.why))
                return False
        if result is None:
            return False
        self._show(result)
        return True

    def _show(self, result: Imported) -> None:
        self._controller.show_unsaved(result.film, result.data, result.warnings)
        self.imported.emit(
            self.tr("Imported “{title}”: not saved yet (File > Save As…)").format(
                title=result.film.title
            )
        )

    # Saving ------------------------------------------------------------------------

    @Slot()
    def _on_save_as_triggered(self) -> None:
        self.save()

    def save(self) -> bool:
        """Ask where to save the imported film, and save it there; False if it was not saved."""
        document = self._controller.current
        if document is None or document.path is not None:
            return False
        folder = self._library_folder() or self._start_folder()
        path = dialogs.ask_save_path(self._window, folder / proposed_name(document))
        if path is None:
            return False
        try:
            self._controller.save_as(path)
        except OSError as error:
            dialogs.show_save_problem(self._window, path, error.strerror or str(error))
            return False
        self._settings.set_last_folder(path.parent)
        self.saved.emit(path)
        return True

    def may_replace(self) -> bool:
        """Whether the film on screen may give way to another: saved, or the user agrees.

        An imported film not saved yet is offered for saving first; False when
        the user cancels (or the save does not happen).
        """
        document = self._controller.current
        if document is None or document.path is not None:
            return True
        answer = dialogs.ask_save_imported(self._window, document.sheet.title)
        if answer == "save":
            return self.save()
        return answer == "discard"

    def _start_folder(self) -> Path:
        return self._settings.last_folder() or Path.home()


def proposed_name(document: FilmDocument) -> str:
    """``<title>-<year>.json``, in lower case, with only letters, digits and hyphens."""
    title = document.sheet.title
    slug = re.sub(r"[^\w]+", "-", title.casefold()).strip("-_") or "film"
    year = document.data.get("year")
    return f"{slug[:80]}-{year}.json" if year else f"{slug[:80]}.json"
