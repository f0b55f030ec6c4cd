"""The synopsis find bar, driven by real key presses on the real widgets."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from filmviewer.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def press_find(window: MainWindow, qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F, CTRL)


def type_query(window: MainWindow, qtbot, text: str) -> None:
    """Select the field's text and type over it, a key press a character."""
    field = window.find_bar.field
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    if text.isascii():
        qtbot.keyClicks(field, text)
        return
    # QTest types ASCII only; other characters arrive as key events carrying text.
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def toggle(qtbot, field, key: Qt.Key, option) -> None:
    """Alt+key on the field: the option's key; the typing cursor stays in the field."""
    was = option.isChecked()
    qtbot.keyClick(field, key, ALT)
    assert option.isChecked() != was
    assert QApplication.focusWidget() is field


def status(window: MainWindow) -> str:
    bar = window.find_bar
    bar.finder.wait(10)
    bar._on_poll()
    return bar.status.text()


def selected(window: MainWindow) -> str:
    return window.synopsis.textCursor().selectedText()


@pytest.fixture
def open_synopsis(window: MainWindow, film_file):
    """Open a film whose synopsis is ``text``."""

    def open_text(text: str) -> None:
        path = film_file(json.dumps({"title": "Find", "synopsis": text}), "find.json")
        assert window.controller.open(path)

    return open_text


def test_ctrl_f_from_another_tab_opens_the_bar_on_the_synopsis(window, qtbot) -> None:
    assert window.tabs.currentIndex() == 0
    press_find(window, qtbot)
    assert window.film.current_tab() == "synopsis"
    assert window.find_bar.isVisible()
    assert QApplication.focusWidget() is window.find_bar.field


def test_search_as_you_type_highlights_and_counts(window, qtbot) -> None:
    press_find(window, qtbot)
    qtbot.keyClicks(window.find_bar.field, "Lenin")
    assert status(window) == "1 of 16"
    assert selected(window) == "Lenin"
    highlights = window.synopsis.extraSelections()
    assert len(highlights) > 1
    backgrounds = {h.format.background().color().name() for h in highlights}
    assert len(backgrounds) == 2, "the current match looks different from the others"
    assert window.find_bar.marks.mark_count() == 16


def test_enter_and_shift_enter_step_and_wrap(window, qtbot) -> None:
    press_find(window, qtbot)
    field = window.find_bar.field
    qtbot.keyClicks(field, "Lenin")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert status(window) == "2 of 16"
    qtbot.keyClick(field, Qt.Key.Key_Return, SHIFT)
    assert status(window) == "1 of 16"
    qtbot.keyClick(field, Qt.Key.Key_Return, SHIFT)
    assert status(window) == "16 of 16, wrapped to the bottom"
    qtbot.keyClick(field, Qt.Key.Key_Enter)
    assert status(window) == "1 of 16, wrapped to the top"


def test_f3_and_shift_f3_step_from_anywhere(window, qtbot) -> None:
    press_find(window, qtbot)
    qtbot.keyClicks(window.find_bar.field, "Beria")
    first = window.synopsis.textCursor().position()
    window.synopsis.setFocus()
    qtbot.keyClick(window.synopsis, Qt.Key.Key_F3)
    assert status(window).startswith("2 of ")
    assert window.synopsis.textCursor().position() > first
    qtbot.keyClick(window.synopsis, Qt.Key.Key_F3, SHIFT)
    assert status(window).startswith("1 of ")
    assert window.find_next_action.shortcut().toString() == "F3"
    window.find_next_action.trigger()
    assert status(window).startswith("2 of ")


def test_the_current_match_is_scrolled_into_view(window, qtbot) -> None:
    press_find(window, qtbot)
    qtbot.keyClicks(window.find_bar.field, "Our history required Stalin")
    assert status(window) == "1 of 1"
    first, last = window.synopsis.visible_span()
    position = window.synopsis.textCursor().position()
    assert first <= position <= last
    assert window.synopsis.verticalScrollBar().value() > 0


def test_escape_closes_clears_and_returns_to_the_text(window, qtbot) -> None:
    press_find(window, qtbot)
    qtbot.keyClicks(window.find_bar.field, "Lenin")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert window.synopsis.extraSelections() == []
    assert window.find_bar.marks.mark_count() == 0
    assert QApplication.focusWidget() is window.synopsis


def test_reopening_offers_the_last_search_selected(window, qtbot) -> None:
    press_find(window, qtbot)
    qtbot.keyClicks(window.find_bar.field, "Trotsky")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    window.synopsis.moveCursor(window.synopsis.textCursor().MoveOperation.Start)
    press_find(window, qtbot)
    assert window.find_bar.field.text() == "Trotsky"
    assert window.find_bar.field.selectedText() == "Trotsky"
    expected = window.synopsis.toPlainText().count("Trotsky")
    assert status(window) == f"1 of {expected}"


def test_the_selected_text_is_the_query(window, qtbot) -> None:
    window.select_tab("synopsis")
    view = window.synopsis
    start = view.toPlainText().index("Kruschev")
    cursor = view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("Kruschev"), cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.setFocus()
    press_find(window, qtbot)
    assert window.find_bar.field.text() == "Kruschev"
    expected = view.toPlainText().lower().count("kruschev")
    assert status(window) == f"1 of {expected}"


def test_no_matches_is_said_and_marked(window, qtbot) -> None:
    press_find(window, qtbot)
    field = window.find_bar.field
    normal = field.palette().color(field.backgroundRole()).name()
    qtbot.keyClicks(field, "zzzz")
    assert status(window) == "No matches"
    assert field.property("failed") is True
    assert field.palette().color(field.backgroundRole()).name() != normal
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert field.property("failed") is False
    assert status(window) == ""


def test_options_by_keyboard_and_remembered(window, qtbot, open_synopsis) -> None:
    open_synopsis("Stalin STALIN stalin Stalinist résumé resume")
    press_find(window, qtbot)
    field = window.find_bar.field
    qtbot.keyClicks(field, "Stalin")
    assert status(window) == "1 of 4"
    toggle(qtbot, field, Qt.Key.Key_C, window.find_bar.match_case)
    assert status(window) == "1 of 2"
    toggle(qtbot, field, Qt.Key.Key_W, window.find_bar.whole_words)
    assert status(window) == "1 of 1"
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    press_find(window, qtbot)
    assert window.find_bar.match_case.isChecked()
    assert window.find_bar.whole_words.isChecked()
    type_query(window, qtbot, "resume")
    assert status(window) == "1 of 2"
    toggle(qtbot, window.find_bar.field, Qt.Key.Key_I, window.find_bar.match_diacritics)
    assert status(window) == "1 of 1"


def test_diacritics_are_ignored_by_default(window, qtbot, open_synopsis) -> None:
    open_synopsis("Magyar Televízió Müvelödési Föszerkesztöség (MTV) (I)")
    press_find(window, qtbot)
    qtbot.keyClicks(window.find_bar.field, "Muvelodesi")
    assert status(window) == "1 of 1"
    assert selected(window) == "Müvelödési"


def test_an_invalid_regular_expression_is_explained(window, qtbot) -> None:
    press_find(window, qtbot)
    field = window.find_bar.field
    toggle(qtbot, field, Qt.Key.Key_X, window.find_bar.regex)
    qtbot.keyClicks(field, "Len(in")
    assert status(window) == "Not searched"
    assert window.find_bar.message.text().startswith("Invalid regular expression:")
    assert window.find_bar.message.isVisible()
    assert field.property("failed") is True
    qtbot.keyClicks(field, ")")
    assert status(window) == "1 of 16"
    assert not window.find_bar.message.isVisible()


def test_offsets_are_right_around_emoji_and_combining_marks(window, qtbot, open_synopsis) -> None:
    open_synopsis("🎬🎬 Stalin 😀 re\u0301sume\u0301 斯大林 ستالين stalin")
    press_find(window, qtbot)
    field = window.find_bar.field
    qtbot.keyClicks(field, "stalin")
    assert selected(window) == "Stalin"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert selected(window) == "stalin"
    type_query(window, qtbot, "resume")
    assert selected(window) == "re\u0301sume\u0301"
    type_query(window, qtbot, "ستالين")
    assert selected(window) == "ستالين"
    type_query(window, qtbot, "斯大林")
    assert selected(window) == "斯大林"


@pytest.mark.slow
def test_a_book_length_synopsis_highlights_only_what_is_in_view(window, qtbot, open_synopsis):
    from tests.conftest import BUNDLED

    synopsis = json.loads(BUNDLED.read_text(encoding="utf-8"))["synopsis"]
    open_synopsis("\n\n".join([synopsis] * 150))
    press_find(window, qtbot)
    qtbot.keyClicks(window.find_bar.field, "stalin")
    count = int(status(window).split(" of ")[1].replace(",", ""))
    assert count > 10_000
    assert window.find_bar.marks.mark_count() == count
    in_view = len(window.synopsis.extraSelections())
    assert 0 < in_view < 200
    window.synopsis.verticalScrollBar().setValue(window.synopsis.verticalScrollBar().maximum())
    first, _ = window.synopsis.visible_span()
    starts = [h.cursor.selectionStart() for h in window.synopsis.extraSelections()]
    assert any(start >= first for start in starts)
    assert len(starts) < 200


def test_no_matches_leaves_no_old_match_selected(window, qtbot) -> None:
    press_find(window, qtbot)
    field = window.find_bar.field
    qtbot.keyClicks(field, "Lenin")
    assert selected(window) == "Lenin"
    qtbot.keyClicks(field, "xq")
    assert status(window) == "No matches"
    assert selected(window) == ""
    assert window.synopsis.extraSelections() == []


def test_whole_words_does_not_hide_an_invalid_expression(window, qtbot) -> None:
    press_find(window, qtbot)
    field = window.find_bar.field
    toggle(qtbot, field, Qt.Key.Key_X, window.find_bar.regex)
    toggle(qtbot, field, Qt.Key.Key_W, window.find_bar.whole_words)
    qtbot.keyClicks(field, "x)|(y")
    assert status(window) == "Not searched"
    assert window.find_bar.message.text().startswith("Invalid regular expression:")


def test_anchors_hold_at_each_paragraph(window, qtbot, open_synopsis) -> None:
    open_synopsis("Stalin rises.\n\nStalin rules. Not Stalinism.\n\nThe end of Stalin")
    press_find(window, qtbot)
    field = window.find_bar.field
    toggle(qtbot, field, Qt.Key.Key_X, window.find_bar.regex)
    qtbot.keyClicks(field, "^Stalin")
    assert status(window).endswith(" of 2")
    type_query(window, qtbot, r"\bStalin\b")
    assert status(window).endswith(" of 3")
    type_query(window, qtbot, "Stalin$")
    assert status(window) == "1 of 1"
    type_query(window, qtbot, "^")
    assert status(window).endswith(" of 5")  # three paragraphs, and the blank lines between


def test_options_keep_the_typing_in_the_field(window, qtbot) -> None:
    press_find(window, qtbot)
    field = window.find_bar.field
    qtbot.keyClicks(field, "Len")
    toggle(qtbot, field, Qt.Key.Key_X, window.find_bar.regex)
    qtbot.keyClicks(field, "in")
    assert field.text() == "Lenin"
    assert status(window) == "1 of 16"
    button = next(
        b
        for b in window.find_bar.option_buttons()
        if b.defaultAction() is window.find_bar.match_case
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.find_bar.match_case.isChecked()
    assert QApplication.focusWidget() is field


def test_the_bar_never_widens_the_window(window, qtbot) -> None:
    window.resize(640, 600)
    press_find(window, qtbot)
    field = window.find_bar.field
    toggle(qtbot, field, Qt.Key.Key_X, window.find_bar.regex)
    qtbot.keyClicks(field, "(" * 40 + "Stalin" + "[" * 200)
    assert window.find_bar.message.isVisible()
    qtbot.wait(50)
    assert window.width() == 640
    assert window.minimumSizeHint().width() <= 520
    assert field.width() > 150
    window.resize(520, 600)
    qtbot.waitUntil(lambda: window.width() == 520)
    assert window.find_bar.width() <= 520


def test_the_status_keeps_its_place_as_it_changes(window, qtbot) -> None:
    press_find(window, qtbot)
    field = window.find_bar.field
    places = []
    for query in ("L", "Lenin", "zzz", "e"):
        type_query(window, qtbot, query)
        status(window)
        qtbot.wait(10)
        places.append((field.width(), window.find_bar.status.geometry()))
    assert len(set(places)) == 1, places


@pytest.mark.slow
def test_a_search_of_a_huge_synopsis_runs_beside_the_window(window, qtbot, open_synopsis) -> None:
    from PySide6.QtCore import QTimer

    paragraph = "Stalin rises to power and Beria plots in the dark. " * 20
    text = "\n\n".join([paragraph] * 1_900)  # 1.9 million characters
    open_synopsis(text)
    press_find(window, qtbot)
    field = window.find_bar.field
    toggle(qtbot, field, Qt.Key.Key_X, window.find_bar.regex)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.keyClicks(field, ".")
    assert window.find_bar.finder.searching  # the keystroke came back before the search ended
    assert window.find_bar.status.text().startswith("Searching… ")
    qtbot.waitUntil(lambda: not window.find_bar.finder.searching, timeout=30_000)
    timer.stop()
    assert ticks, "the window went on while the search ran"
    shown = window.synopsis.toPlainText()
    characters = len(shown) - shown.count("\n")  # "." matches all but line breaks
    qtbot.waitUntil(lambda: window.find_bar.status.text() == f"1 of {characters:,}")
    assert window.find_bar.marks.mark_count() == characters


def test_the_count_is_painted_before_the_match_is_selected(window, qtbot) -> None:
    """A keystroke's count reaches the screen first; the selection and highlights follow."""
    press_find(window, qtbot)
    bar = window.find_bar
    seen: list[tuple[str, str]] = []

    class PaintWatch(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
            if event.type() == QEvent.Type.Paint:
                seen.append((bar.status.text(), selected(window)))
            return False

    watch = PaintWatch()
    bar.status.installEventFilter(watch)
    qtbot.keyClicks(bar.field, "Lenin")
    bar.status.removeEventFilter(watch)
    # Each keystroke's count was painted while the previous keystroke's match was selected.
    assert seen[0] == ("1 of 370", "")
    assert ("1 of 16", "Leni") in seen
    assert selected(window) == "Lenin"
