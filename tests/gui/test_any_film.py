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
    # Six full lists, two sites, a date and a rating; the tagline, 100 scores, the
    # collection, IMDb and TMDb numbers and 100 others (the original title is the title).
    assert len(facts_shown(window.details)) == 6 * 10_000 + 2 + 2 + 1 + 100 + 1 + 2 + 100
    # Each summary a line and its author's, a blank line before all but the first
    # (the outline has no author).
    assert window.summaries.document().blockCount() == 3 * 2_000 - 2
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


def test_a_title_cut_short_shows_its_lines_once_and_ends_in_an_ellipsis(window, qtbot, open_film):
    from PySide6.QtGui import QImage

    from filmviewer.ui.text import DataText

    text = long_word(1_000)
    open_film({"title": text})
    title = window.header.title
    line_height = title.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: title.height() > 2 * line_height)  # laid out for three lines
    assert title.height() < 4 * line_height  # three lines, no fourth
    assert title.is_cut()
    # The same text uncut, as wide: its first two lines are what the title must show.
    whole = DataText(text)
    qtbot.addWidget(whole)
    whole.setFont(title.font())
    whole.resize(title.width(), whole.heightForWidth(title.width()))

    def rows(widget, first: int, last: int) -> list[list[int]]:
        image = widget.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
        return [[image.pixel(x, y) for x in range(image.width())] for y in range(first, last)]

    two_lines = 2 * title.height() // 3
    assert rows(title, 0, two_lines) == rows(whole, 0, two_lines)
    assert rows(title, two_lines, title.height()) != rows(whole, two_lines, title.height())


def ink_columns(widget, row_rect) -> list[int]:
    """The x of each pixel column in ``row_rect`` of ``widget`` that holds text."""
    from PySide6.QtGui import QImage

    image = widget.grab(row_rect).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    background = image.pixelColor(image.width() - 1, 0)
    return [
        row_rect.left() + x
        for x in range(image.width())
        if any(image.pixelColor(x, y) != background for y in range(image.height()))
    ]


def test_right_to_left_values_start_in_their_column(window, qtbot, open_film) -> None:
    open_film({"title": "RTL", "details": {"languages": ["العربية", "English"]}})
    window.resize(1400, 700)
    window.select_tab("details")
    view = window.details
    qtbot.waitUntil(lambda: view.viewport().width() < 1000)
    arabic, english = view.model().index(0, 0), view.model().index(1, 0)
    arabic_ink = ink_columns(view.viewport(), view.value_rect(arabic))
    english_ink = ink_columns(view.viewport(), view.value_rect(english))
    # Both begin at the value column's edge; the Arabic is not pushed to the far side.
    assert abs(arabic_ink[0] - english_ink[0]) < 12
    assert arabic_ink[-1] < view.value_rect(arabic).center().x()


def test_the_problem_bar_warns_in_a_dark_palette_too(window, qtbot, film_file) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    original = app.palette()
    dark = QPalette(original)
    for role, colour in (
        (QPalette.ColorRole.Window, "#202020"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Base, "#1a1a1a"),
        (QPalette.ColorRole.Text, "#eeeeee"),
    ):
        dark.setColor(role, QColor(colour))
    path = film_file(json.dumps({"title": "Good"}), "watched.json")
    window.controller.open(path)
    try:
        app.setPalette(dark)
        with qtbot.waitSignal(window.controller.reload_failed, timeout=5000):
            path.write_text("{", encoding="utf-8")
        bar = window.problem_bar
        qtbot.waitUntil(bar.isVisible)
        background = bar.palette().color(QPalette.ColorRole.Window)
        # An orange tint over the dark window: red above blue, and lighter than the window.
        assert background.red() > background.blue() + 20
        assert background.lightness() > QColor("#202020").lightness()
        assert not bar.icon.pixmap().isNull()
        text = bar.message.palette().color(bar.message.foregroundRole())
        assert abs(text.lightness() - background.lightness()) > 100  # readable
    finally:
        app.setPalette(original)
