"""The main window as a user sees it: header, five tabs, menus and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from filmviewer.controller.document import FilmController
from filmviewer.model.loader import FilmFileError, load_film
from filmviewer.ui import dialogs
from filmviewer.ui.main_window import TAB_NAMES, MainWindow
from filmviewer.ui.text import without_mnemonic
from tests.conftest import BUNDLED
from tests.gui.conftest import (
    facts_shown,
    open_by_keyboard,
    quiet_line,
    read_next_modal,
    values_of,
)
from tests.title_page import read_title_page


def test_header_shows_title_year_rating_runtime_genres(window: MainWindow) -> None:
    assert window.header.title.text() == "Stalin"
    assert window.header.subtitle.text() == (
        "1992 · TV-MA (MPA) · 2h 52m (172 min) · Thriller, Crime, Drama, History, War, Biography"
    )
    assert window.windowTitle() == "Stalin — stalin-1992.json — Film Viewer"


def test_tabs_in_order(window: MainWindow) -> None:
    names = [without_mnemonic(window.tabs.tabText(i)) for i in range(window.tabs.count())]
    assert names == ["Summaries", "Details", "Cast & Crew", "Box Office", "Tech Specs", "Synopsis"]


def test_summaries_each_on_its_own_outline_first(window: MainWindow) -> None:
    page = read_title_page()
    shown = [line for line in window.summaries.toPlainText().split("\n") if line]
    assert shown == [*page.summaries[:2], page.summaries[2], "— Jwelch5742"]
    assert window.summaries.summary_at(window.summaries.textCursor()).outline
    assert not any("protected" in text for text in shown)


def test_details_rows(window: MainWindow) -> None:
    window.select_tab("details")
    details = window.details
    assert values_of(details, "Keywords") == [
        "brutality",
        "american actor playing foreigner",
        "soviet leader",
        "soviet politics",
        "soviet politician",
    ]
    assert values_of(details, "Genres") == [
        "Thriller",
        "Crime",
        "Drama",
        "History",
        "War",
        "Biography",
    ]
    assert values_of(details, "Release date") == ["November 20, 1992"]
    assert values_of(details, "Rating") == ["TV-MA (MPA)"]
    assert values_of(details, "Countries of origin") == ["United States", "Russia", "Hungary"]
    assert values_of(details, "Official sites") == ["MGM"]
    assert values_of(details, "Languages") == ["English"]
    assert values_of(details, "Filming locations") == ["The Kremlin, Moscow, Russia"]
    assert values_of(details, "Production companies") == [
        "HBO Films",
        "Magyar Televízió Müvelödési Föszerkesztöség (MTV) (I)",
        "Mark Carliner Productions",
    ]
    assert quiet_line(details) == ""


def test_box_office_shows_the_budget_and_says_once_what_is_not_listed(window: MainWindow) -> None:
    window.select_tab("box-office")
    assert facts_shown(window.box_office) == [
        ("Budget", "$10,000,000"),
        ("", "Not listed: Gross US & Canada, Opening weekend US & Canada, Gross worldwide"),
    ]


def test_tech_specs(window: MainWindow) -> None:
    window.select_tab("tech-specs")
    assert facts_shown(window.tech_specs) == [
        ("Runtime", "2h 52m (172 min)"),
        ("Color", "Color"),
        ("Aspect ratio", "1.33 : 1"),
        ("", "Not listed: Sound mix"),
    ]


def test_synopsis_is_read_only_selectable_and_scrolls(window: MainWindow, qtbot) -> None:
    window.select_tab("synopsis")
    view = window.synopsis
    assert isinstance(view, QPlainTextEdit)
    assert view.toPlainText() == "\n\n".join(read_title_page().synopsis)
    assert view.isReadOnly()
    assert view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert view.verticalScrollBar().maximum() > 0
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.textCursor().atEnd()
    assert view.verticalScrollBar().value() > 0
    last = view.document().lastBlock()
    assert view.blockBoundingGeometry(last).translated(view.contentOffset()).top() < (
        view.viewport().height()
    )


def shown_lines(view) -> list[str]:
    return [text for _, text in facts_shown(view)]


def test_every_fact_of_the_title_page_is_on_screen(window: MainWindow) -> None:
    page = read_title_page()
    for tab in TAB_NAMES:
        window.select_tab(tab)
    shown = "\n".join(
        [
            window.header.title.text(),
            window.header.subtitle.text(),
            window.summaries.toPlainText(),
            *shown_lines(window.details),
            *shown_lines(window.box_office),
            *shown_lines(window.tech_specs),
            window.synopsis.toPlainText(),
        ]
    )
    on_screen = {
        "Release date": "November 20, 1992",
        "Motion Picture Rating (MPA)": "TV-MA (MPA)",
        "Budget": "$10,000,000",
        "Runtime": "2h 52m (172 min)",
    }
    # The page runs these lists together on one line; the screen shows their items.
    run_together = {
        "Countries of origin": ["United States", "Russia", "Hungary"],
        "Production companies": [
            "HBO Films",
            "Magyar Televízió Müvelödési Föszerkesztöség (MTV) (I)",
            "Mark Carliner Productions",
        ],
    }
    expected = [*page.summaries, page.summary_author, *page.keywords, *page.genres]
    for label, value in page.facts.items():
        if label in run_together:
            assert " ".join(run_together[label]) == value
            expected += run_together[label]
        else:
            expected.append(on_screen.get(label, value))
    expected += page.synopsis
    for fact in expected:
        assert fact in shown, fact
    for debris in ("protected", "All Filters", "—Jwelch5742"):
        assert debris not in shown


def test_a_title_only_film_says_what_is_missing(window: MainWindow, film_file) -> None:
    window.controller.open(film_file('{"title": "Only a Title"}'))
    for tab in TAB_NAMES:
        window.select_tab(tab)
    assert window.header.title.text() == "Only a Title"
    assert window.header.subtitle.isHidden()
    assert window.summaries.toPlainText() == ""
    assert window.summaries.placeholderText() == "No summaries listed for this film."
    assert facts_shown(window.details) == [("", "No details listed for this film.")]
    assert facts_shown(window.box_office) == [("", "No box office figures listed for this film.")]
    assert facts_shown(window.tech_specs) == [
        ("", "No technical specifications listed for this film.")
    ]
    assert window.synopsis.toPlainText() == ""
    assert window.synopsis.placeholderText() == "No synopsis listed for this film."


def test_text_from_the_file_is_shown_literally(window: MainWindow, film_file) -> None:
    markup = '<img src="file:///etc/passwd"><a href="https://example.org">click</a><b>bold</b>'
    film = {"title": markup, "summaries": [{"text": markup, "author": markup}]}
    film["details"] = {"keywords": [markup]}
    window.controller.open(film_file(json.dumps(film)))
    window.select_tab("details")
    assert window.header.title.text() == markup
    # Read as HTML, the document would hold "click bold" and an image.
    assert window.summaries.toPlainText() == f"{markup}\n— {markup}"
    assert values_of(window.details, "Keywords") == [markup]
    assert window.windowTitle().startswith(markup)


def test_ctrl_o_opens_the_chosen_file(window: MainWindow, qtbot, monkeypatch, film_file) -> None:
    other = film_file(json.dumps({"title": "Another Film", "year": 2001}), "another.json")
    asked: list[Path | None] = []

    def choose(parent, start=None):
        asked.append(start)
        return other

    monkeypatch.setattr(dialogs, "ask_film_path", choose)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert asked == [BUNDLED.parent]
    assert window.header.title.text() == "Another Film"
    assert window.windowTitle() == "Another Film — another.json — Film Viewer"


def test_cancelling_open_keeps_the_film(window: MainWindow, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(dialogs, "ask_film_path", lambda parent, start=None: None)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.header.title.text() == "Stalin"


def test_a_bad_file_shows_a_dialog_and_keeps_the_film(
    window: MainWindow, qtbot, monkeypatch, film_file
) -> None:
    bad = film_file('{"title": "x", "year": "1992"}', "bad.json")
    shown = open_by_keyboard(window, qtbot, monkeypatch, bad)
    assert shown == ["year: should be a whole number"]
    assert window.header.title.text() == "Stalin"
    assert not window.showing_problem()


def test_the_error_dialog_names_the_file_and_each_problem(window: MainWindow, qtbot, film_file):
    bad = film_file('{"title": "x", "year": 0, "extra": 1}', "<b>bad.json")
    with pytest.raises(FilmFileError) as caught:
        load_film(bad)

    seen = read_next_modal(lambda box: (box.text(), box.informativeText(), box.textFormat()))
    dialogs.show_load_error(window, caught.value)
    assert seen == [
        (
            "Film Viewer cannot open “<b>bad.json”.",
            "year: should be at least 1870\n"
            "extra: unknown key: the film format has no such field (check the spelling)",
            Qt.TextFormat.PlainText,
        )
    ]


def test_a_bad_file_at_launch_shows_the_problem_in_the_window(
    qtbot, controller, settings, film_file
):
    main = MainWindow(controller, settings)
    qtbot.addWidget(main)
    bad = film_file("{", "broken.json")
    assert not controller.open(bad)
    main.show()
    assert main.showing_problem()
    assert main.problem.text() == (
        "Film Viewer cannot open “broken.json”.\n\n"
        "line 1, column 2: not valid JSON: a key in double quotes is missing here"
    )


def test_a_problem_keeps_its_line_breaks_on_screen(qtbot, controller, settings, film_file):
    main = MainWindow(controller, settings)
    qtbot.addWidget(main)
    assert not controller.open(film_file("{", "broken.json"))
    main.resize(1200, 700)
    main.show()
    qtbot.waitExposed(main)
    problem = main.problem
    # Each of the message's three lines (one empty) is a line of its own, however wide.
    line = problem.fontMetrics().lineSpacing()
    assert problem.heightForWidth(4000) >= 3 * line - 1
    # The lines sit in the middle, under the centred heading.
    assert problem.width() < main.width() * 0.9
    centre = problem.mapTo(main, problem.rect().center()).x()
    assert abs(centre - main.width() / 2) <= 2
    image = problem.grab().toImage()
    inked = [
        x
        for x in range(image.width())
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).lightness() < 100
    ]
    # The first line, shorter than the column, is centred in it: as much room each side.
    assert abs(min(inked) - (image.width() - 1 - max(inked))) <= image.width() * 0.1


def test_ctrl_q_closes_the_window(window: MainWindow, qtbot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_file_menu_offers_open_and_quit(window: MainWindow) -> None:
    assert window.open_action.shortcut().toString() == "Ctrl+O"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"


def test_controller_fixture_is_independent(controller: FilmController) -> None:
    assert controller.current is None


def test_tabs_are_filled_when_first_shown_and_refilled_on_a_new_film(
    window: MainWindow, film_file
) -> None:
    assert facts_shown(window.details) == []
    window.select_tab("details")
    assert values_of(window.details, "Languages") == ["English"]
    window.controller.open(film_file('{"title": "x", "details": {"languages": ["Hungarian"]}}'))
    assert values_of(window.details, "Languages") == ["Hungarian"]
    window.select_tab("summaries")
    assert window.summaries.toPlainText() == ""


def test_every_tab_starts_its_text_in_the_same_centred_column(window: MainWindow, qtbot) -> None:
    from filmviewer.ui.text import PAGE_MARGIN, reading_width

    window.resize(1800, 700)
    qtbot.waitUntil(lambda: window.width() == 1800)
    starts = {}
    for tab, view in (
        ("summaries", window.summaries),
        ("details", window.details),
        ("tech-specs", window.tech_specs),
        ("synopsis", window.synopsis),
    ):
        window.select_tab(tab)
        qtbot.waitUntil(view.isVisible)
        margins = view.viewportMargins()
        # Centred: as much room on the left of the column as on its right.
        assert margins.left() == margins.right()
        assert margins.left() > 400
        assert view.viewport().width() <= reading_width(view.font(), PAGE_MARGIN)
        starts[tab] = view.viewport().mapTo(window, view.viewport().rect().topLeft()).x()
    assert len(set(starts.values())) == 1, starts
    # The header (its poster first) starts where the tabs' text does (their pages keep a
    # margin inside).
    column = next(iter(starts.values()))

    def poster() -> int:
        return window.header.poster.mapTo(window, window.header.poster.rect().topLeft()).x()

    qtbot.waitUntil(lambda: poster() == column + PAGE_MARGIN)
    assert window.header.title.mapTo(window, window.header.title.rect().topLeft()).x() > (
        poster() + window.header.poster.width()
    )
