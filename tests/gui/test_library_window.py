"""A library in the window: the list beside the film, filter, plot search, copy, problems, live."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from filmviewer.controller.library.list_model import LibraryModel
from filmviewer.ui import dialogs
from filmviewer.ui.main_window import MainWindow
from tests.library_tree import film_json, make_tree


@pytest.fixture
def films(tmp_path: Path) -> Path:
    root = tmp_path / "films"
    make_tree(root)
    return root


def open_library(window: MainWindow, qtbot, root: Path) -> None:
    """Open the library at ``root`` and wait until its list shows every film it holds."""
    window.open_library(root)
    library, panel = window.library, window.library_panel
    assert library is not None
    assert panel is not None

    def complete() -> bool:
        return (
            library.settled
            and not panel.model.refreshing
            and panel.model.total == library.view.total()
            and (panel.model.total == 0 or shows_a_film_of(window, root))
        )

    qtbot.waitUntil(complete, timeout=20_000)


def shows_a_film_of(window: MainWindow, root: Path) -> bool:
    current = window.controller.current
    return current is not None and current.path is not None and current.path.is_relative_to(root)


def until_watched(window: MainWindow, qtbot) -> None:
    """Wait until the open library sees every change to its files from now on."""
    library = window.library
    assert library is not None
    qtbot.waitUntil(lambda: library.watching, timeout=10_000)


def shown(window: MainWindow) -> list[str]:
    panel = window.library_panel
    assert panel is not None
    model = panel.list.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def type_filter(window: MainWindow, qtbot, text: str) -> None:
    panel = window.library_panel
    assert panel is not None
    panel.field.clear()
    qtbot.keyClicks(panel.field, text)


def test_a_library_opens_beside_the_film_with_its_first_film_chosen(window, qtbot, films) -> None:
    open_library(window, qtbot, films)
    panel = window.library_panel
    assert panel is not None
    assert panel.isVisible()
    assert shown(window) == [
        "Amélie (2001)",
        "Odd Name (1999)",
        "Stalin (1992)",
        "The Night Ferry (1987)",
    ]
    assert panel.count.text() == "4 films"
    assert window.header.title.text() == "Amélie"
    assert window.windowTitle().startswith("Amélie — ")
    assert panel.problems_button.text() == "Problems (2)"
    panel.list.selectionModel().select(
        panel.model.index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert panel.count.text() == "4 films · 2 selected"
    panel.list.selectionModel().select(
        panel.model.index(2, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert panel.count.text() == "4 films"  # one film chosen: nothing to count


def test_the_list_and_the_film_each_get_their_own_pictures(window, qtbot, films) -> None:
    # One loader decodes the list's thumbnails and the film's poster: each takes its own.
    from PySide6.QtGui import QColor, QImage

    poster = QImage(300, 450, QImage.Format.Format_RGB32)
    poster.fill(QColor(200, 40, 40))
    assert poster.save(str(films / "Sea" / "Night Ferry" / "poster.jpg"))
    open_library(window, qtbot, films)
    panel = window.library_panel
    row = shown(window).index("The Night Ferry (1987)")
    panel.list.setCurrentIndex(panel.list.model().index(row, 0))
    window.film.wait_for_artwork()
    qtbot.waitUntil(lambda: window.header.poster.has_image)
    qtbot.waitUntil(lambda: panel.thumbnail(panel.list.model().index(row, 0)) is not None)
    assert window.header.title.text() == "The Night Ferry"


def test_choosing_a_row_shows_that_film(window, qtbot, films) -> None:
    open_library(window, qtbot, films)
    panel = window.library_panel
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_End)
    assert window.header.title.text() == "The Night Ferry"
    qtbot.keyClick(panel.list, Qt.Key.Key_Up)
    assert window.header.title.text() == "Stalin"
    # Type-ahead by title.
    qtbot.keyClicks(panel.list, "odd")
    assert window.header.title.text() == "Odd Name"


def test_the_filter_narrows_the_list_as_you_type_and_counts(window, qtbot, films) -> None:
    open_library(window, qtbot, films)
    panel = window.library_panel
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is panel.field
    qtbot.keyClicks(panel.field, "muvelodesi")
    assert shown(window) == ["Stalin (1992)"]
    assert panel.count.text() == "1 of 4 films"
    type_filter(window, qtbot, "year:1990..2001 genre:comedy")
    assert shown(window) == ["Amélie (2001)"]


def test_a_filter_it_cannot_read_is_explained_under_the_field(window, qtbot, films) -> None:
    open_library(window, qtbot, films)
    panel = window.library_panel
    type_filter(window, qtbot, "colour:red")
    assert panel.error.isVisible()
    assert panel.error.text() == (
        "no field “colour”: try title, year, runtime, genre, keyword, country, language, "
        "company, person or collection"
    )
    assert len(shown(window)) == 4  # not a silently empty list
    type_filter(window, qtbot, "year:1992")
    assert not panel.error.isVisible()


def test_searching_every_plot_and_opening_a_result_at_the_match(window, qtbot, films) -> None:
    open_library(window, qtbot, films)
    panel = window.library_panel
    panel.plots.click()
    qtbot.keyClicks(panel.field, "lenin")
    qtbot.waitUntil(lambda: panel.list.model().rowCount() == 1)
    assert shown(window) == ["Stalin (1992)"]
    first = panel.list.model().index(0, 0)
    qtbot.waitUntil(lambda: "\x02Lenin\x03" in first.data(Qt.ItemDataRole.UserRole + 10))
    assert panel.count.text() == "1 film holds it"
    panel.list.setCurrentIndex(panel.list.model().index(0, 0))
    assert window.header.title.text() == "Stalin"
    assert window.film.current_tab() == "synopsis"
    assert window.find_bar.field.text() == "lenin"  # as typed
    assert window.synopsis.textCursor().selectedText() == "Lenin"


def test_plot_results_are_stepped_with_the_arrow_keys_from_the_field(window, qtbot, films) -> None:
    open_library(window, qtbot, films)
    panel = window.library_panel
    window.search_plots_action.trigger()
    assert QApplication.focusWidget() is panel.field
    qtbot.keyClicks(panel.field, "a")  # "A devoted follower…", "A shy waitress…"
    qtbot.waitUntil(lambda: panel.list.model().rowCount() == 2)
    titles = []
    for _ in range(2):
        qtbot.keyClick(panel.field, Qt.Key.Key_Down)
        titles.append(window.header.title.text())
        # The film is shown at its match, and the keyboard stays in the field.
        assert QApplication.focusWidget() is panel.field
    assert sorted(titles) == ["Amélie", "Stalin"]
    assert panel.field.text() == "a"
    # Return opens the film at its match: the keyboard goes there.
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is not panel.field


def test_typing_in_the_list_jumps_to_a_title(window, qtbot, films) -> None:
    open_library(window, qtbot, films)
    panel = window.library_panel
    panel.list.setFocus()
    qtbot.keyClicks(panel.list, "th")
    assert window.header.title.text() == "The Night Ferry"
    assert QApplication.focusWidget() is panel.list


def test_a_match_in_a_summary_opens_the_summaries_at_it(window, qtbot, films) -> None:
    open_library(window, qtbot, films)
    panel = window.library_panel
    panel.plots.click()
    qtbot.keyClicks(panel.field, "montmartre")
    qtbot.waitUntil(lambda: panel.list.model().rowCount() == 1)
    panel.list.setCurrentIndex(panel.list.model().index(0, 0))
    assert window.film.current_tab() == "summaries"
    assert window.summaries.textCursor().selectedText() == "Montmartre"


def test_entering_a_query_shows_the_first_film_it_finds(window, qtbot, films) -> None:
    # What --screenshot DIR --filter/--search shows.
    open_library(window, qtbot, films)
    panel = window.library_panel
    panel.enter("ferry")
    assert shown(window) == ["The Night Ferry (1987)"]
    assert window.header.title.text() == "The Night Ferry"
    panel.enter("lenin", plots=True)
    assert window.header.title.text() == "Stalin"
    assert window.synopsis.textCursor().selectedText() == "Lenin"


def test_copying_chosen_films_as_a_table_and_as_film_files(window, qtbot, films) -> None:
    open_library(window, qtbot, films)
    panel = window.library_panel
    panel.list.setFocus()
    panel.list.selectAll()
    qtbot.keyClick(panel.list, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    text = bytes(mime.data("text/plain").data()).decode()
    assert text.splitlines()[0] == "Title\tYear\tRuntime (min)\tGenres\tDirectors\tFile"
    assert "Stalin\t1992\t172\tDrama, History\t\tHistory/Stalin (1992).json" in text.splitlines()
    array = json.loads(bytes(mime.data("application/json").data()).decode())
    assert [film["title"] for film in array] == ["Amélie", "Odd Name", "Stalin", "The Night Ferry"]
    assert all(film["format_version"] == 2 for film in array)
    markdown = bytes(mime.data("text/markdown").data()).decode()
    assert markdown.startswith("| Title | Year |")
    assert window.statusBar().currentMessage() == "Copied 4 films"
    QGuiApplication.clipboard().clear()


def test_edit_copy_as_takes_the_chosen_films_when_the_list_has_the_focus(
    window, qtbot, films
) -> None:
    open_library(window, qtbot, films)
    panel = window.library_panel
    panel.list.setFocus()
    panel.list.selectAll()
    window.copying.copy_as["json"].trigger()
    array = json.loads(QGuiApplication.clipboard().text())
    assert len(array) == 4
    QGuiApplication.clipboard().clear()


def test_problems_are_listed_apart_and_a_fixed_file_joins_the_list(window, qtbot, films) -> None:
    open_library(window, qtbot, films)
    until_watched(window, qtbot)
    panel = window.library_panel
    panel.problems_button.click()
    problems = panel.problems_panel
    assert problems.isVisible()
    assert problem_rows(problems) == [
        ("Broken/broken.json", BROKEN, "1 problem"),
        ("Broken/release.nfo", RELEASE, "1 problem"),
    ]
    (films / "Broken" / "broken.json").write_text(film_json("Mended", year=2020), encoding="utf-8")
    qtbot.waitUntil(lambda: "Mended (2020)" in shown(window), timeout=5_000)
    assert panel.problems_button.text() == "Problems (1)"
    assert [row[0] for row in problem_rows(problems)] == ["Broken/release.nfo"]


BROKEN = "line 1, column 19: not valid JSON: a trailing comma; JSON allows none before “}” or “]”"
YAER = "yaer: unknown key: the film format has no such field (check the spelling)"
RELEASE = (
    "file: this is a release's notes (a text .nfo with ASCII art), not a film file: "
    "it holds no <movie> element"
)


def problem_rows(problems) -> list[tuple[str, ...]]:
    model = problems.table.model()
    return [
        tuple(model.index(row, column).data() for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def test_a_problem_file_is_chosen_read_whole_opened_and_shown_in_its_folder(
    window, qtbot, films, monkeypatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    (films / "Broken" / "typo.json").write_text('{"title": "T", "yaer": 1, "jenre": []}')
    open_library(window, qtbot, films)
    panel = window.library_panel
    panel.problems_button.click()
    problems = panel.problems_panel
    assert problem_rows(problems)[2] == ("Broken/typo.json", YAER, "2 problems")
    assert problems.detail.toPlainText().splitlines() == ["Broken/broken.json", BROKEN]
    problems.table.setCurrentIndex(problems.table.model().index(2, 0))
    assert problems.detail.toPlainText().splitlines() == [
        "Broken/typo.json",
        YAER,
        "jenre: unknown key: the film format has no such field (check the spelling)",
    ]
    problems.folder_button.click()
    problems.open_button.click()
    assert opened == [str(films / "Broken"), str(films / "Broken" / "typo.json")]


def test_the_problems_model_passes_qts_checks(window, qtbot, films, qtmodeltester) -> None:
    open_library(window, qtbot, films)
    window.library_panel.problems_button.click()
    qtmodeltester.check(window.library_panel.problems_panel.problems, force_py=True)


def test_new_changed_and_deleted_files_show_up_by_themselves(window, qtbot, films) -> None:
    open_library(window, qtbot, films)
    until_watched(window, qtbot)
    (films / "Sea" / "New (2024).json").write_text(film_json("New", year=2024), encoding="utf-8")
    deep = films / "Fresh" / "Deeper"
    deep.mkdir(parents=True)
    (deep / "Deep (2023).json").write_text(film_json("Deep", year=2023), encoding="utf-8")
    qtbot.waitUntil(lambda: "New (2024)" in shown(window), timeout=5_000)
    qtbot.waitUntil(lambda: "Deep (2023)" in shown(window), timeout=5_000)
    (films / "History" / "Stalin (1992).json").unlink()
    qtbot.waitUntil(lambda: "Stalin (1992)" not in shown(window), timeout=5_000)
    shutil.move(films / "Sea" / "New (2024).json", films / "History" / "Renamed.json")
    qtbot.waitUntil(lambda: shown(window).count("New (2024)") == 1, timeout=5_000)


def test_when_the_film_shown_is_deleted_its_neighbour_takes_its_place(window, qtbot, films) -> None:
    open_library(window, qtbot, films)
    panel = window.library_panel
    until_watched(window, qtbot)
    panel.list.setCurrentIndex(panel.model.index(2, 0))
    assert window.header.title.text() == "Stalin"
    (films / "History" / "Stalin (1992).json").unlink()
    # The film after it in the list, shown without a word of the file that is gone.
    qtbot.waitUntil(lambda: window.header.title.text() == "The Night Ferry", timeout=5_000)
    assert not window.film.problem_bar.isVisible()
    assert panel.list.currentIndex().row() == 2
    # The last film of the list gives way to the one before it.
    (films / "Sea" / "Night Ferry" / "The Night Ferry (1987).nfo").unlink()
    qtbot.waitUntil(lambda: window.header.title.text() == "Odd Name", timeout=5_000)


def test_the_chosen_film_and_the_sort_are_remembered_per_library(
    window, qtbot, films, settings
) -> None:
    open_library(window, qtbot, films)
    panel = window.library_panel
    panel.list.setCurrentIndex(panel.model.index(2, 0))
    assert window.header.title.text() == "Stalin"
    window._sort_by("year", True)
    assert shown(window)[0] == "Amélie (2001)"
    window.close_library()
    window.open_library(films)
    assert window.header.title.text() == "Stalin"
    assert window.library_panel.model.sorting == ("year", True)
    assert shown(window)[0] == "Amélie (2001)"
    assert window._sort_actions["year"].isChecked()


def test_open_folder_and_dropping_a_folder_open_a_library(
    window, qtbot, films, monkeypatch
) -> None:
    monkeypatch.setattr(dialogs, "ask_library_path", lambda parent, start=None: films)
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_O, control_shift)
    assert window.library is not None
    assert window.library.root == films
    window.close_library()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(films))])
    drop = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert window.library is not None


def test_open_recent_lists_libraries_beside_films(window, qtbot, films, settings) -> None:
    open_library(window, qtbot, films)
    window.recent_menu.rebuild()
    texts = [action.text() for action in window.recent_menu.actions() if action.text()]
    # The film the window opened with, then the library under its heading.
    assert texts == ["&1 stalin-1992.json", "Libraries", "&2 films", "&Clear Menu"]


def test_the_list_is_a_model_not_a_widget_per_film(window, qtbot, tmp_path) -> None:
    from tests.library_tree import make_many

    root = tmp_path / "many"
    make_many(root, 300)
    open_library(window, qtbot, root)
    panel = window.library_panel
    assert panel.model.rowCount() == 300
    assert isinstance(panel.list.model(), LibraryModel)
    assert len(panel.list.findChildren(QWidget)) < 20


def test_ctrl_l_and_alt_p_reach_the_filter_of_whichever_library_is_open(
    window, qtbot, films, tmp_path
) -> None:
    other = tmp_path / "more films"
    shutil.copytree(films, other)
    open_library(window, qtbot, films)
    open_library(window, qtbot, other)  # File > Open Folder… once more
    panel = window.library_panel
    assert panel is not None
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.field)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    # At once, not a moment later: what is typed next is the search.
    assert panel.searching
    assert QApplication.focusWidget() is panel.field
    qtbot.keyClicks(QApplication.focusWidget(), "lenin")
    assert panel.field.text() == "lenin"


def test_a_library_opened_again_shows_its_film_before_its_folders_are_walked(
    window, qtbot, films
) -> None:
    open_library(window, qtbot, films)
    window.close_library()
    window.open_library(films)
    library = window.library
    assert library is not None
    # From the index at once; the scan that brings it up to date waits for the paint.
    assert window.header.title.text() == "Amélie"
    assert not library.scanning
    assert not library.settled
    qtbot.waitUntil(lambda: library.settled, timeout=10_000)


def test_the_sort_control_beside_the_list_and_the_view_menu_agree(window, qtbot, films) -> None:
    open_library(window, qtbot, films)
    panel = window.library_panel
    panel.sort_field.setCurrentIndex(panel.sort_field.findData("year"))
    panel.sort_field.activated.emit(panel.sort_field.currentIndex())
    assert shown(window)[0] == "The Night Ferry (1987)"
    assert window._sort_actions["year"].isChecked()
    panel.sort_order.click()
    assert shown(window)[0] == "Amélie (2001)"
    assert window._descending_action.isChecked()
    window._sort_actions["title"].trigger()
    assert panel.sort_field.currentData() == "title"
    assert panel.sort_order.isChecked()  # still descending
    assert shown(window)[0] == "The Night Ferry (1987)"


def test_an_empty_folder_says_what_counts_as_a_film(window, qtbot, tmp_path) -> None:
    empty = tmp_path / "nothing here"
    empty.mkdir()
    (empty / "notes.txt").write_text("not a film", encoding="utf-8")
    open_library(window, qtbot, empty)
    panel = window.library_panel
    assert panel.views.currentWidget() is panel.empty
    assert panel.empty.text().startswith("No films in this folder.")
    assert ".nfo" in panel.empty.text()
    chosen = window.findChild(QWidget, "no-film-chosen")
    assert chosen is not None
    assert chosen.isVisible()
    assert chosen.text() == "No film to show: the library holds none yet."


def test_a_filter_or_search_that_finds_nothing_says_so(window, qtbot, films) -> None:
    open_library(window, qtbot, films)
    panel = window.library_panel
    type_filter(window, qtbot, "zzyzx")
    assert panel.views.currentWidget() is panel.empty
    assert panel.empty.text() == "No film matches the filter."
    assert panel.count.text() == "0 of 4 films"
    type_filter(window, qtbot, "")
    assert panel.views.currentWidget() is panel.view
    panel.plots.click()
    qtbot.keyClicks(panel.field, "zzyzx")
    qtbot.waitUntil(lambda: panel.count.text() == "No film holds these words")


@pytest.mark.parametrize(
    ("natural", "match_x", "expected"),
    [
        (150, 120, (0.0, False, False)),  # fits: shown whole
        (1000, 20, (0.0, False, True)),  # the match near the start: cut at the end only
        (1000, 600, (555.0, True, True)),  # the match far in: brought a quarter of the way in
        (1000, 990, (820.0, True, False)),  # the match at the very end: the end shown
    ],
)
def test_a_plot_snippet_too_long_for_its_row_keeps_the_match_in_view(
    natural, match_x, expected
) -> None:
    from filmviewer.ui.library_view import snippet_window

    # A row 200 wide, an ellipsis 10 wide: 180 for the text between two of them.
    shown = snippet_window(natural, match_x, 200, 10)
    assert tuple(shown) == expected
    offset = shown.offset
    assert offset <= match_x < offset + 180  # the first match is on screen


def test_the_fields_words_fit_the_field(window, qtbot, films) -> None:
    open_library(window, qtbot, films)
    panel = window.library_panel
    for searching in (False, True):
        panel.plots.setChecked(searching)
        words = panel.field.placeholderText()
        room = panel.field.width() - 2 * panel.field.fontMetrics().averageCharWidth()
        assert panel.field.fontMetrics().horizontalAdvance(words) < room
        assert "year:1990..1999" in panel.field.toolTip() or searching


def test_every_tab_shows_in_full_beside_a_library(window, qtbot, films) -> None:
    window.resize(960, 720)
    open_library(window, qtbot, films)
    bar = window.film.tabs.tabBar()
    # No tab cut or scrolled out of sight: the Copy button gives up its tab's name.
    assert bar.sizeHint().width() <= bar.width()
    assert window.copying.button.text() == "&Copy"
    window.close_library()
    qtbot.waitUntil(lambda: window.copying.button.text() != "&Copy")
    assert window.copying.button.text() == "Copy Summaries"


def test_a_library_new_to_the_app_opens_on_summaries(window, qtbot, films) -> None:
    window.select_tab("tech-specs")  # where the last single film was left
    open_library(window, qtbot, films)
    assert window.film.current_tab() == "summaries"
    window.select_tab("details")
    window.close_library()
    window.open_library(films)  # known now: the tab in front stays
    assert window.film.current_tab() == "details"


def test_the_scans_progress_stays_until_the_list_shows_every_film(
    window, qtbot, films, monkeypatch
) -> None:
    from filmviewer.controller.library.list_model import LibraryModel

    open_library(window, qtbot, films)
    panel = window.library_panel
    status = window._scan_status
    window._on_scan_progress(6, 6)
    assert status.isVisible()
    # The scan has ended, but the list is still being filled from the index.
    monkeypatch.setattr(LibraryModel, "refreshing", property(lambda _model: True))
    window._on_scan_finished(True)
    assert status.isVisible()
    monkeypatch.undo()
    panel.model.filter_changed.emit()  # the list's rows have come
    assert not status.isVisible()


def test_the_scans_progress_goes_once_a_real_scan_has_settled(window, qtbot, films) -> None:
    for number in range(40):  # enough for the scan to report stored films while it runs
        (films / "More" / f"Film {number} (2000).json").parent.mkdir(exist_ok=True)
        (films / "More" / f"Film {number} (2000).json").write_text(film_json(f"Film {number}"))
    window.open_library(films)
    library = window.library
    qtbot.waitUntil(lambda: library.settled and library.view.total() == 44, timeout=20_000)
    qtbot.waitUntil(lambda: not window._scan_status.isVisible(), timeout=5_000)


def facets_settled(window: MainWindow, qtbot) -> None:
    panel = window.library_panel
    qtbot.waitUntil(lambda: panel.browsing_settled() and not panel.model.refreshing, timeout=10_000)


def test_browsing_lists_values_with_counts_and_a_click_filters_by_one(window, qtbot, films) -> None:
    open_library(window, qtbot, films)
    window.browse_action.trigger()
    panel = window.library_panel
    facets = panel.facets_panel
    assert facets.isVisible()
    facets_settled(window, qtbot)
    assert facets.values("genre") == [
        ("Comedy", "1"),
        ("Drama", "1"),
        ("History", "1"),
        ("Mystery", "1"),
        ("Romance", "1"),
    ]
    assert facets.values("decade") == [("1980s", "1"), ("1990s", "2"), ("2000s", "1")]
    decades = facets.facets.item(1, 0)
    nineties = decades.child(1, 0).index()
    qtbot.mouseClick(
        facets.viewport(), Qt.MouseButton.LeftButton, pos=facets.visualRect(nineties).center()
    )
    assert panel.field.text() == "year:1990..1999"
    qtbot.waitUntil(lambda: shown(window) == ["Odd Name (1999)", "Stalin (1992)"], timeout=5_000)
    facets_settled(window, qtbot)
    # The counts are of the films in the list now; the value chosen stands out.
    assert facets.values("genre") == [("Drama", "1"), ("History", "1")]
    assert facets.values("decade") == [("1990s", "2")]
    chosen = facets.facets.item(1, 0).child(0, 0)
    assert chosen.font().bold()
    # Chosen again (with the keyboard this time), the value is taken out of the filter.
    facets.setFocus()
    facets.setCurrentIndex(chosen.index())
    qtbot.keyClick(facets, Qt.Key.Key_Return)
    assert panel.field.text() == ""
    qtbot.waitUntil(lambda: len(shown(window)) == 4, timeout=5_000)


def test_the_browse_panel_is_remembered_for_each_library(window, qtbot, films, tmp_path) -> None:
    other = tmp_path / "other"
    make_tree(other)
    open_library(window, qtbot, films)
    window.browse_action.trigger()
    assert window.library_panel.facets_panel.isVisible()
    open_library(window, qtbot, other)  # another library: as it was left, closed
    assert not window.library_panel.browse.isChecked()
    assert not window.browse_action.isChecked()
    open_library(window, qtbot, films)
    assert window.library_panel.browse.isChecked()
    assert window.browse_action.isChecked()
    assert window.library_panel.facets_panel.isVisible()


def test_the_facets_model_passes_qts_checks(window, qtbot, films, qtmodeltester) -> None:
    open_library(window, qtbot, films)
    window.browse_action.trigger()
    facets_settled(window, qtbot)
    qtmodeltester.check(window.library_panel.facets_panel.facets, force_py=True)


def test_statistics_chart_the_list_and_a_bar_filters_by_its_films(window, qtbot, films) -> None:
    open_library(window, qtbot, films)
    window.statistics_action.trigger()
    statistics = window._statistics
    qtbot.waitUntil(statistics.settled, timeout=10_000)
    assert [(bar.label, bar.films) for bar in statistics.decades.bars()] == [
        ("1980s", 1),
        ("1990s", 2),
        ("2000s", 1),
    ]
    # Amélie runs 122 minutes, Stalin 172.
    assert [bar.films for bar in statistics.runtimes.bars()] == [0, 0, 0, 1, 1, 0]
    assert statistics.totals.text().splitlines()[:2] == [
        "4 films",
        "5 hours of film; 147 minutes on average",
    ]
    bar = statistics.decades.bar_rect(1).center().toPoint()
    qtbot.mouseClick(statistics.decades, Qt.MouseButton.LeftButton, pos=bar)
    panel = window.library_panel
    assert panel.field.text() == "year:1990..1999"
    qtbot.waitUntil(lambda: shown(window) == ["Odd Name (1999)", "Stalin (1992)"], timeout=5_000)
    qtbot.waitUntil(
        lambda: statistics.settled() and statistics.totals.text().startswith("2 films"),
        timeout=5_000,
    )
    assert [bar.label for bar in statistics.decades.bars()] == ["1990s"]
    again = statistics.decades.bar_rect(0).center().toPoint()
    qtbot.mouseClick(statistics.decades, Qt.MouseButton.LeftButton, pos=again)
    assert panel.field.text() == ""
    # A running time's bar (2 h 30 to 2 h 59), chosen with the keyboard.
    statistics.runtimes.setFocus()  # on the first bar
    for _ in range(4):
        qtbot.keyClick(statistics.runtimes, Qt.Key.Key_Down)
    qtbot.keyClick(statistics.runtimes, Qt.Key.Key_Return)
    assert panel.field.text() == "runtime:150..179"
    qtbot.waitUntil(lambda: shown(window) == ["Stalin (1992)"], timeout=5_000)
    statistics.close()
