"""Importing a page in the window: from the clipboard or a file, shown unsaved, saved as a film."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from filmviewer.model.loader import load_film
from filmviewer.ui import dialogs
from filmviewer.ui.main_window import MainWindow
from tests.conftest import ROOT
from tests.gui.conftest import values_of

PAGES = ROOT / "tests" / "data" / "pages"


@pytest.fixture
def asked(monkeypatch) -> dict[str, list]:
    """The dialogs the import asks, answered as a user would (set the answers per test)."""
    calls: dict[str, list] = {"problem": [], "title": [], "save": [], "keep": []}
    answers: dict[str, object] = {"title": None, "save": None, "page": None, "keep": "discard"}

    def problem(_parent, source, why):  # type: ignore[no-untyped-def]
        calls["problem"].append((source, why))

    def title(_parent):  # type: ignore[no-untyped-def]
        calls["title"].append(True)
        return answers["title"]

    def save(_parent, proposed):  # type: ignore[no-untyped-def]
        calls["save"].append(proposed)
        return answers["save"]

    def keep(_parent, title):  # type: ignore[no-untyped-def]
        calls["keep"].append(title)
        return answers["keep"]

    monkeypatch.setattr(dialogs, "ask_save_imported", keep)
    monkeypatch.setattr(dialogs, "show_import_problem", problem)
    monkeypatch.setattr(dialogs, "ask_film_title", title)
    monkeypatch.setattr(dialogs, "ask_save_path", save)
    monkeypatch.setattr(dialogs, "ask_page_path", lambda _parent, _start: answers["page"])
    calls["answers"] = [answers]
    return calls


def put_on_clipboard(text: str, html: str | None = None) -> None:
    mime = QMimeData()
    mime.setText(text)
    if html is not None:
        mime.setHtml(html)
    QGuiApplication.clipboard().setMimeData(mime)


def test_the_clipboards_html_is_preferred_and_the_title_asked_for(
    window: MainWindow, asked
) -> None:
    asked["answers"][0]["title"] = ("Stalin", 1992)
    put_on_clipboard(
        (PAGES / "stalin-1992-copied.txt").read_text(encoding="utf-8"),
        (PAGES / "clipboard-stalin.html").read_text(encoding="utf-8"),
    )
    window.importing.from_clipboard.trigger()
    QGuiApplication.clipboard().clear()
    assert asked["title"] == [True]  # the copy starts at its Details: no title on it
    assert window.windowTitle() == "Stalin — Not saved — Film Viewer"
    # Separate list items in the HTML: the companies come apart exactly, no guess.
    window.select_tab("details")
    assert values_of(window.details, "Production companies") == [
        "HBO Films",
        "Magyar Televízió Müvelödési Föszerkesztöség (MTV) (I)",
        "Mark Carliner Productions",
    ]
    assert window.importing.save_as.isEnabled()
    assert window.film.warnings_bar.lines() == [
        "“Budget”: the amount is an estimate; a film file does not mark estimates"
    ]


def test_a_clipboard_that_is_no_title_page_changes_nothing(window: MainWindow, asked) -> None:
    before = window.windowTitle()
    put_on_clipboard("Dear Anna,\nthe ferry leaves at nine.\n")
    window.importing.from_clipboard.trigger()
    QGuiApplication.clipboard().clear()
    assert asked["problem"] == [
        (
            "the clipboard",
            "this is not a film's title page: it has none of the sections Summaries, Details, "
            "Box office, Tech specs or Synopsis",
        )
    ]
    assert window.windowTitle() == before
    assert not window.importing.save_as.isEnabled()


def test_cancelling_the_title_changes_nothing(window: MainWindow, asked) -> None:
    before = window.windowTitle()
    put_on_clipboard("Summaries\n\nA plot.\n")
    window.importing.from_clipboard.trigger()
    QGuiApplication.clipboard().clear()
    assert asked["title"] == [True]
    assert asked["problem"] == []
    assert window.windowTitle() == before


def test_import_page_then_save_as_in_the_folder_last_used(
    window: MainWindow, asked, tmp_path: Path
) -> None:
    page = tmp_path / "pages" / "glass-orchard.txt"
    page.parent.mkdir()
    page.write_bytes((PAGES / "glass-orchard.txt").read_bytes())
    asked["answers"][0]["page"] = page
    window.importing.import_page.trigger()
    assert window.windowTitle() == "The Glass Orchard — Not saved — Film Viewer"
    assert len(window.film.warnings_bar.lines()) == 2
    saved = tmp_path / "pages" / "the-glass-orchard-2019.json"
    asked["answers"][0]["save"] = saved
    window.importing.save_as.trigger()
    assert asked["save"] == [saved]  # proposed: <title>-<year>.json where the page was
    film = load_film(saved)  # a film file as --check reads it
    assert (film.title, film.year) == ("The Glass Orchard", 2019)
    assert json.loads(saved.read_text(encoding="utf-8"))["format_version"] == 2
    # Now it is that file's film: followed on disk, and nothing left to save.
    assert window.windowTitle() == "The Glass Orchard — the-glass-orchard-2019.json — Film Viewer"
    assert window.controller.current.path == saved
    assert not window.importing.save_as.isEnabled()


def test_save_as_proposes_the_open_librarys_folder(
    window: MainWindow, asked, qtbot, tmp_path: Path
) -> None:
    library = tmp_path / "films"
    library.mkdir()
    window.open_library(library)
    qtbot.waitUntil(lambda: not window.library.scanning)
    asked["answers"][0]["page"] = PAGES / "night-ferry.html"
    window.importing.import_page.trigger()
    assert window.header.title.text() == "The Night Ferry"
    window.importing.save_as.trigger()  # and cancelled: nothing written
    assert asked["save"] == [library / "the-night-ferry-1987.json"]
    assert list(library.iterdir()) == []
    assert window.windowTitle() == "The Night Ferry — Not saved — Film Viewer"


def test_a_saved_import_is_chosen_in_the_library_and_a_twin_named(
    window: MainWindow, asked, qtbot, tmp_path: Path
) -> None:
    from tests.library_tree import make_tree

    library = tmp_path / "films"
    make_tree(library)  # it holds The Night Ferry (1987), as an .nfo
    window.open_library(library)
    qtbot.waitUntil(lambda: window.library.settled, timeout=10_000)
    answers = asked["answers"][0]
    answers["page"] = PAGES / "night-ferry.html"
    window.importing.import_page.trigger()
    saved = library / "the-night-ferry-1987.json"
    answers["save"] = saved
    window.importing.save_as.trigger()
    panel = window.library_panel
    qtbot.waitUntil(
        lambda: (
            panel.list.currentIndex().isValid()
            and panel.film_at(panel.list.currentIndex().row()).path == b"the-night-ferry-1987.json"
        ),
        timeout=10_000,
    )
    assert window.statusBar().currentMessage() == (
        "“The Night Ferry” was already in the library, as "
        "“Sea/Night Ferry/The Night Ferry (1987).nfo”; both are kept."
    )


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ("glass-orchard.txt", "The Glass Orchard"),
        ("cold-archive.txt", "Kaltes Archiv"),  # the original title, as the page gives it
        ("night-ferry.html", "The Night Ferry"),
        ("paper-moons.html", "Lunes de papier"),
    ],
)
def test_every_imported_page_shows_in_the_window(
    window: MainWindow, asked, page: str, title: str
) -> None:
    asked["answers"][0]["page"] = PAGES / page
    window.importing.import_page.trigger()
    assert asked["problem"] == []
    assert window.header.title.text() == title
    for tab in ("details", "cast", "box-office", "tech-specs", "synopsis"):
        window.select_tab(tab)  # every tab shows without an error
    assert window.windowTitle() == f"{title} — Not saved — Film Viewer"


def test_an_unsaved_import_is_offered_for_saving_before_it_goes(
    window: MainWindow, asked, tmp_path: Path
) -> None:
    answers = asked["answers"][0]
    answers["page"] = PAGES / "cold-archive.txt"
    window.importing.import_page.trigger()
    # Cancel: the window stays, with the import.
    answers["keep"] = "cancel"
    assert not window.close()
    assert window.isVisible()
    window.open_path(ROOT / "data" / "stalin-1992.json")
    assert window.header.title.text() == "Kaltes Archiv"
    assert asked["keep"] == ["Kaltes Archiv", "Kaltes Archiv"]
    # Save: it is saved where the user says, then the other film opens.
    answers["keep"] = "save"
    answers["save"] = tmp_path / "cold.json"
    window.open_path(ROOT / "data" / "stalin-1992.json")
    assert load_film(tmp_path / "cold.json").title == "Kaltes Archiv"
    assert window.header.title.text() == "Stalin"
    # Nothing unsaved now: closing asks nothing.
    assert window.close()
    assert len(asked["keep"]) == 3


def test_over_an_unsaved_import_a_clipboard_without_a_film_asks_nothing_first(
    window: MainWindow, asked
) -> None:
    asked["answers"][0]["page"] = PAGES / "cold-archive.txt"
    window.importing.import_page.trigger()
    put_on_clipboard("Dear Anna,\nthe ferry leaves at nine.\n")
    window.importing.from_clipboard.trigger()
    QGuiApplication.clipboard().clear()
    assert asked["keep"] == []  # nothing to save for: the clipboard holds no film
    assert [source for source, _why in asked["problem"]] == ["the clipboard"]
    assert window.header.title.text() == "Kaltes Archiv"


def test_an_import_problem_reads_as_a_sentence(window: MainWindow) -> None:
    from tests.gui.conftest import read_next_modal

    put_on_clipboard("Dear Anna,\nthe ferry leaves at nine.\n")
    seen = read_next_modal(lambda box: (box.text(), box.informativeText()))
    window.importing.from_clipboard.trigger()
    QGuiApplication.clipboard().clear()
    assert seen == [
        (
            "Film Viewer found no film in the clipboard.",
            "This is not a film's title page: it has none of the sections Summaries, Details, "
            "Box office, Tech specs or Synopsis.",
        )
    ]


def test_the_save_question_offers_keys_for_each_answer(window: MainWindow) -> None:
    from tests.gui.conftest import read_next_modal

    seen = read_next_modal(lambda box: sorted(button.text() for button in box.buttons()))
    assert dialogs.ask_save_imported(window, "Kaltes Archiv") == "cancel"
    assert seen == [["&Cancel", "&Discard", "&Save"]]
