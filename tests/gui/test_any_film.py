"""Any film the format accepts shows, whatever its shape: long words, long lists, odd text.

The window's size never follows the data, views hold one model or one
document however many values there are, and every tab lays out for the
window it is in when it is shown.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QWidget

from bench.films import long_word, worst_case
from filmviewer.ui.main_window import TAB_NAMES, MainWindow
from tests.gui.conftest import facts_shown, values_of


@pytest.fixture
def open_film(window: MainWindow, film_file):
    def open_data(data: dict) -> None:
        path = film_file(json.dumps(data, ensure_ascii=False), "any.json")
        assert window.controller.open(path)
        for tab in TAB_NAMES:
            window.select_tab(tab)

    return open_data


def test_a_long_title_never_widens_the_window(window: MainWindow, qtbot, open_film) -> None:
    width = window.width()
    title = long_word(1_000)
    open_film({"title": title})
    qtbot.wait(20)
    assert window.width() == width
    assert window.minimumSizeHint().width() < 600
    assert window.header.title.text() == title
    assert window.header.title.is_cut()  # three lines, then "…", the whole in its tooltip
    assert window.header.title.height() < 5 * window.header.title.fontMetrics().height()
    assert window.windowTitle() == f"{title[:119]}… — any.json — Film Viewer"


def test_long_words_everywhere_wrap_inside_the_window(window: MainWindow, qtbot, open_film) -> None:
    width = window.width()
    word = long_word(1_000)
    open_film(
        {
            "title": "Words",
            "summaries": [{"text": long_word(60_000), "author": word}],
            "details": {"keywords": [word, "short"], "filming_locations": [word]},
            "tech_specs": {"sound_mix": [word]},
            "synopsis": long_word(200_000) + "\n\nThe end.",
        }
    )
    qtbot.wait(20)
    assert window.width() == width
    # A word too long to look for its end in is broken anywhere; the rest wrap at words.
    assert window.synopsis.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere
    summaries_wrap = window.summaries.document().defaultTextOption().wrapMode()
    assert summaries_wrap == QTextOption.WrapMode.WrapAnywhere
    assert window.synopsis.horizontalScrollBar().maximum() == 0
    assert values_of(window.details, "Keywords") == [word, "short"]
    # A value as long as the word takes many lines of its column, not more width.
    view = window.details
    index = view.model().index(0, 0)
    line_height = view.fontMetrics().height()
    assert view.visualRect(index).height() > 5 * line_height
    assert view.visualRect(index).width() <= view.viewport().width()


def test_ten_thousand_values_are_one_view_not_ten_thousand_widgets(
    window: MainWindow, open_film
) -> None:
    open_film(worst_case(items=10_000, summaries=2_000, synopsis_characters=50_000, long=300))
    assert len(values_of(window.details, "Keywords")) == 10_000
    assert len(facts_shown(window.details)) == 6 * 10_000 + 2 + 2
    assert window.summaries.document().blockCount() == 2 * 2_000 - 1  # the outline has no author
    for view in (window.summaries, window.details, window.synopsis):
        assert len(view.findChildren(QWidget)) < 20


def test_the_largest_film_opens_with_every_tab(window: MainWindow, qtbot, open_film) -> None:
    width = window.width()
    open_film(worst_case())
    assert window.width() == width
    assert len(values_of(window.details, "Production companies")) == 10_000
    assert values_of(window.box_office, "Budget") == ["XXX\N{NO-BREAK SPACE}1,000,000,000,000,000"]
    assert values_of(window.tech_specs, "Aspect ratio") == ["11.999 : 1"]
    assert len(window.synopsis.toPlainText()) > 1_500_000


@pytest.mark.parametrize("other", ["details", "box-office", "summaries"])
def test_the_synopsis_lays_out_for_the_window_it_is_shown_in(
    window: MainWindow, qtbot, other: str
) -> None:
    columns = {}
    for width in (1800, 400, 1200, 1800):
        window.select_tab(other)
        window.resize(width, 700)
        qtbot.waitUntil(lambda width=width: window.width() == width)
        window.select_tab("synopsis")
        view = window.synopsis
        qtbot.waitUntil(view.isVisible)
        margins = view.viewportMargins()
        assert margins.left() == margins.right()
        # The text column fills what the margins leave, and nothing scrolls sideways.
        assert view.viewport().width() + 2 * margins.left() + view.verticalScrollBar().width() >= (
            view.width() - 2
        )
        assert view.horizontalScrollBar().maximum() == 0
        assert view.document().textWidth() <= view.viewport().width()
        columns[width] = view.viewport().width()
    assert columns[1800] == columns[1200]  # a reading column, the same in any wide window
    assert columns[400] < columns[1800]
