"""A good desktop citizen: remembers, opens files every usual way, follows the system, keyboard."""

from __future__ import annotations

import json
import re

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QTreeWidget,
)

from filmviewer import __version__
from filmviewer.controller.document import FilmController
from filmviewer.controller.settings import Settings
from filmviewer.ui import dialogs
from filmviewer.ui.main_window import TAB_NAMES, MainWindow
from tests.conftest import BUNDLED
from tests.gui.conftest import US, read_next_modal, right_click

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def another_run(qtbot, settings: Settings) -> MainWindow:
    """A new window over the same settings: what the next start of the app sees."""
    window = MainWindow(FilmController(US), settings)
    qtbot.addWidget(window)
    return window


def test_window_geometry_and_tab_are_remembered(window, qtbot, settings) -> None:
    window.resize(700, 500)
    window.select_tab("tech-specs")
    window.close()
    again = another_run(qtbot, settings)
    assert (again.width(), again.height()) == (700, 500)
    assert TAB_NAMES[again.tabs.currentIndex()] == "tech-specs"


def test_a_window_saved_larger_than_the_screen_comes_back_inside_it(
    window, qtbot, settings
) -> None:
    free = window.screen().availableGeometry()
    window.setGeometry(free.left() + 300, free.top() + 200, free.width() + 500, free.height() + 400)
    window.close()
    again = another_run(qtbot, settings)
    again.show()
    qtbot.waitExposed(again)
    assert again.width() <= free.width()
    assert again.height() <= free.height()
    assert free.contains(again.geometry())


def test_a_first_start_fits_a_screen_smaller_than_its_usual_size(qtbot, settings) -> None:
    from tests.conftest import BUNDLED

    window = MainWindow(FilmController(US), settings)
    qtbot.addWidget(window)
    window.controller.open(BUNDLED)
    free = window.screen().availableGeometry()
    assert free.width() < 960  # the offscreen screen: narrower than a first window
    window.show()
    qtbot.waitExposed(window)
    assert window.width() <= free.width()
    assert window.height() <= free.height()


def test_find_options_are_remembered_but_a_new_run_finds_plain_text(
    window, qtbot, settings
) -> None:
    window.find_text("Stalin")
    window.find_bar.whole_words.setChecked(True)
    window.find_bar.regex.setChecked(True)
    window.close()
    again = another_run(qtbot, settings)
    again.find_text("")
    assert again.find_bar.whole_words.isChecked()
    assert not again.find_bar.regex.isChecked()
    assert not again.find_bar.match_case.isChecked()


def test_open_recent_lists_films_newest_first_and_opens_them(window, qtbot, film_file) -> None:
    first = film_file(json.dumps({"title": "First"}), "first.json")
    second = film_file(json.dumps({"title": "Second & Co"}), "second & co.json")
    window.controller.open(first)
    window.controller.open(second)
    menu = window.recent_menu
    menu.rebuild()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:3] == ["&1 second && co.json", "&2 first.json", "&3 stalin-1992.json"]
    assert texts[-1] == "&Clear Menu"
    menu.actions()[1].trigger()
    assert window.header.title.text() == "First"


def test_clear_menu_empties_open_recent(window, settings) -> None:
    menu = window.recent_menu
    menu.rebuild()
    clear = next(a for a in menu.actions() if a.text() == "&Clear Menu")
    clear.trigger()
    assert settings.recent_files() == []
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "No Recent Films",
        "&Clear Menu",
    ]


def test_the_last_film_is_remembered(window, settings, film_file) -> None:
    path = film_file(json.dumps({"title": "Last"}), "last.json")
    window.controller.open(path)
    assert settings.last_file() == path


def drag_onto(window: MainWindow, mime: QMimeData) -> tuple[bool, bool]:
    """Drag ``mime`` over the window and drop it: (entry accepted, drop accepted)."""
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(50, 50), *args)
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(QPointF(50, 50), *args)
    QApplication.sendEvent(window, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_dropping_a_film_on_the_window_opens_it(window, film_file) -> None:
    path = film_file(json.dumps({"title": "Dropped"}), "dropped.json")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    assert drag_onto(window, mime) == (True, True)
    assert window.header.title.text() == "Dropped"


def test_dropping_text_or_many_files_is_refused(window, film_file) -> None:
    text = QMimeData()
    text.setText("not a file")
    assert drag_onto(window, text)[0] is False
    many = QMimeData()
    many.setUrls([QUrl.fromLocalFile(str(film_file("{}", name))) for name in ("a.json", "b.json")])
    assert drag_onto(window, many)[0] is False
    assert window.header.title.text() == "Stalin"


def test_f5_reloads(window, qtbot, film_file) -> None:
    path = film_file(json.dumps({"title": "Before"}), "reload.json")
    window.controller.open(path)
    path.write_text(json.dumps({"title": "After"}), encoding="utf-8")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.header.title.text() == "After"


def test_zoom_keys_scale_the_reading_views(window, qtbot, settings) -> None:
    base = window.synopsis.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)
    assert window.synopsis.font().pointSizeF() == base + 2
    assert window.summaries.font().pointSizeF() == base + 2
    qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    assert window.synopsis.font().pointSizeF() == base + 1
    assert settings.zoom() == 1
    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    assert window.synopsis.font().pointSizeF() == base
    assert settings.zoom() == 0


def test_zooming_out_stops_at_readable_text(window, qtbot, settings) -> None:
    window.select_tab("synopsis")
    for _ in range(25):
        qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    smallest = window.synopsis.font().pointSizeF()
    assert 7 <= smallest < 8
    assert window.summaries.font().pointSizeF() == smallest
    assert not window.view.zoom_out.isEnabled()
    assert settings.zoom() < 0


def test_keys_move_between_tabs(window, qtbot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Tab, CTRL)
    assert window.tabs.currentIndex() == 1
    qtbot.keyClick(window, Qt.Key.Key_PageDown, CTRL)
    assert window.tabs.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_PageUp, CTRL)
    assert window.tabs.currentIndex() == 1
    for number in range(5, 0, -1):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), ALT)
        assert window.tabs.currentIndex() == number - 1


def mnemonics(texts: list[str]) -> list[str]:
    found = []
    for text in texts:
        match = re.search(r"(?<!&)&([^&])", text)
        if match:
            found.append(match.group(1).lower())
    return found


def window_mnemonic_texts(window) -> list[str]:
    """Texts whose mnemonics share the window: menus, tabs and the find bar's option keys."""
    window.find_text("")
    texts = [a.text() for a in window.menuBar().actions()]
    texts += [window.tabs.tabText(i) for i in range(window.tabs.count())]
    # The find bar's options take Alt+C, Alt+W, Alt+I, Alt+X as their keys.
    texts += [
        "&" + action.shortcut().toString().removeprefix("Alt+")
        for action in window.find_bar.option_actions()
    ]
    return texts


def test_window_mnemonics_are_unique(window) -> None:
    texts = window_mnemonic_texts(window)
    keys = mnemonics(texts)
    assert len(keys) == len(texts)
    assert len(set(keys)) == len(keys), keys


def assert_every_item_has_a_unique_mnemonic(menu) -> None:
    items = [a for a in menu.actions() if not a.isSeparator()]
    keys = mnemonics([a.text() for a in items])
    assert len(keys) == len(items), (menu.title(), [a.text() for a in items])
    assert len(set(keys)) == len(keys), (menu.title(), [a.text() for a in items])
    for action in items:
        if action.menu() is not None:
            assert_every_item_has_a_unique_mnemonic(action.menu())


def test_every_menu_item_has_a_unique_mnemonic(window) -> None:
    for top in window.menuBar().actions():
        assert_every_item_has_a_unique_mnemonic(top.menu())


def test_every_context_menu_item_has_a_unique_mnemonic(window, qtbot) -> None:
    window.select_tab("details")
    view = window.details
    genres = next(
        view.model().index(line, 0)
        for line in range(view.model().rowCount())
        if view.model().index(line, 0).data() == "Crime"
    )
    menus = [right_click(view.viewport(), view.visualRect(genres).center())]
    menus[-1].close()
    menus.append(right_click(window.summaries.viewport(), QPoint(40, 20)))
    menus[-1].close()
    window.select_tab("synopsis")
    menus.append(right_click(window.synopsis.viewport(), QPoint(40, 20)))
    menus[-1].close()
    for menu in menus:
        assert_every_item_has_a_unique_mnemonic(menu)


def test_controls_without_text_have_accessible_names(window) -> None:
    window.find_text("")
    for button in window.findChildren(QAbstractButton):
        # Qt's own buttons (a line edit's clear button, the menu bar's overflow) name themselves.
        if isinstance(button.parent(), QLineEdit) or button.objectName().startswith("qt_"):
            continue
        if not button.text() or len(button.text()) <= 2:
            assert button.accessibleName(), button.objectName() or button.toolTip()
    for field in window.findChildren(QLineEdit):
        assert field.accessibleName() or field.placeholderText()


def test_the_find_bar_focus_order(window, qtbot) -> None:
    window.find_text("")
    bar = window.find_bar
    order = [bar.field]
    widget = bar.field
    for _ in range(8):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
        order.append(widget)
    options = [button.defaultAction() for button in order[3:7]]
    assert order[:3] == [bar.field, bar.previous_button, bar.next_button]
    assert options == [bar.match_case, bar.whole_words, bar.match_diacritics, bar.regex]
    assert order[7] is bar.close_button


def test_help_lists_every_shortcut(window, monkeypatch) -> None:
    shown: list[list[tuple[str, list[tuple[str, str]]]]] = []
    monkeypatch.setattr(dialogs, "show_shortcuts", lambda parent, groups: shown.append(groups))
    window.shortcuts_action.trigger()
    groups = dict(shown[0])
    assert list(groups) == ["File", "Edit", "View", "Help", "Find Bar", "Tabs and Lists", "Library"]
    file, edit, view = dict(groups["File"]), dict(groups["Edit"]), dict(groups["View"])
    # The platform's names for the keys a user types; no "Open" or "Refresh" media keys.
    assert file == {
        "Open": "Ctrl+O",
        "Open Folder": "Ctrl+Shift+O",
        "New Film from Clipboard": "Ctrl+Shift+V",
        "Save As": "Ctrl+S",
        "Reload": "F5",
        "Quit": "Ctrl+Q",
    }
    assert edit["Find"] == "Ctrl+F"
    assert edit["Find Next"] == "F3, Ctrl+G"
    assert edit["Copy Section"] == "Ctrl+Shift+C"
    assert view["Next Tab"] == "Ctrl+Tab, Ctrl+F6, Ctrl+PgDown"
    assert view["Previous Tab"] == "Ctrl+Shift+Tab, Ctrl+Shift+F6, Ctrl+PgUp"
    assert view["Cast & Crew"] == "Alt+3"
    assert view["Synopsis"] == "Alt+6"
    find_bar = dict(groups["Find Bar"])
    assert find_bar["Find next"] == "Return, F3"
    assert find_bar["Close the find bar"] == "Esc"
    assert find_bar["Regular expression"] == "Alt+X"
    lists = dict(groups["Tabs and Lists"])
    assert lists["Open the copy menu of a value or summary"] == "Menu, Shift+F10"
    listed = {command for _, rows in shown[0][:4] for command, _ in rows}
    with_keys = {
        re.sub("&(.)", r"\1", a.text()).rstrip("…") for a in window.actions() if a.shortcuts()
    }
    assert listed == with_keys


def test_the_shortcuts_dialog_is_a_grouped_reference(window) -> None:
    def read(dialog) -> tuple[list[str], list[list[str]], object, object]:
        tree = dialog.findChild(QTreeWidget, "shortcuts")
        groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
        rows = [
            [
                tree.topLevelItem(i).child(j).text(1)
                for j in range(tree.topLevelItem(i).childCount())
            ]
            for i in range(tree.topLevelItemCount())
        ]
        return groups, rows, tree.selectedItems(), tree.horizontalScrollBar().isVisible()

    seen = read_next_modal(read)
    dialogs.show_shortcuts(window, window.shortcut_groups())
    groups, rows, selected, scrolls = seen[0]
    assert groups == ["File", "Edit", "View", "Help", "Find Bar", "Tabs and Lists", "Library"]
    assert rows[0] == ["Ctrl+O", "Ctrl+Shift+O", "Ctrl+Shift+V", "Ctrl+S", "F5", "Ctrl+Q"]
    assert rows[-1] == [
        "Ctrl+L",
        "Alt+P",
        "Down, Up, PgDown, PgUp",
        "Return",
        "Type its first letters",
        "Ctrl+C, Ctrl+Ins",
    ]
    assert all("Backtab" not in keys for group in rows for keys in group)
    assert selected == []
    assert scrolls is False


def test_about_names_version_and_licence(window) -> None:
    seen = read_next_modal(lambda box: box.text() + "\n" + box.informativeText())
    window.about_action.trigger()
    assert f"Film Viewer {__version__}" in seen[0]
    assert "MIT licence" in seen[0]


def test_find_highlights_follow_a_dark_palette(window, qtbot) -> None:
    window.find_text("Lenin")
    light = {h.format.background().color().name() for h in window.synopsis.extraSelections()}
    app = QApplication.instance()
    original = app.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    dark.setColor(QPalette.ColorRole.Highlight, QColor("#3daee9"))
    try:
        app.setPalette(dark)
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)

        def colours() -> set[str]:
            return {h.format.background().color().name() for h in window.synopsis.extraSelections()}

        qtbot.waitUntil(lambda: "#3daee9" in colours())
        assert colours() != light
    finally:
        app.setPalette(original)


def test_a_window_closed_as_the_colours_change_takes_its_recolouring_with_it(
    controller, settings, qtbot
) -> None:
    window = MainWindow(controller, settings)  # not the fixture's: this one is deleted here
    assert controller.open(BUNDLED)
    window.show()
    window.find_text("Lenin")
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    shiboken6.delete(window)  # before the find bar's recolouring, queued, has run
    qtbot.wait(20)  # pytest-qt fails the test on any exception raised meanwhile


def test_windows_carry_the_icon_and_the_desktop_file_name(qapp, qtbot, settings) -> None:
    from filmviewer import bundle
    from filmviewer.configure import configure

    configure(qapp)
    window = another_run(qtbot, settings)
    assert qapp.desktopFileName() == "filmviewer"
    assert (bundle.resource_path("filmviewer.desktop")).is_file()
    assert window.windowIcon().cacheKey() == qapp.windowIcon().cacheKey()
    shown = window.windowIcon().pixmap(64, 64).toImage()
    assert (shown.width(), shown.height()) == (64, 64)
    assert shown.pixelColor(32, 32).alpha() > 0  # the icon is drawn, not an empty square


@pytest.fixture
def german(qapp):
    from PySide6.QtCore import QLocale, QTranslator

    from filmviewer.i18n import install_translators

    before = set(qapp.findChildren(QTranslator))
    languages = install_translators(qapp, QLocale("de_DE"))
    yield languages
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.deleteLater()


def test_the_catalogue_for_the_users_language_is_loaded(german, qtbot, settings) -> None:
    assert "de_DE" in german or "de" in german
    window = another_run(qtbot, settings)
    window.controller.open(BUNDLED)
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Datei",
        "&Bearbeiten",
        "&Ansicht",
        "&Hilfe",
    ]
    assert window.tabs.tabText(5) == "Hand&lung"


def test_the_application_identity(qapp) -> None:
    from filmviewer.configure import configure

    configure(qapp)
    assert qapp.desktopFileName() == "filmviewer"
    assert qapp.applicationDisplayName() == "Film Viewer"
    assert qapp.applicationVersion() == __version__
    assert (qapp.organizationName(), qapp.applicationName()) == ("filmviewer", "filmviewer")
    pixmap = qapp.windowIcon().pixmap(128, 128)
    assert (pixmap.width(), pixmap.height()) == (128, 128)


def test_german_mnemonics_are_unique_too(german, qtbot, settings) -> None:
    window = another_run(qtbot, settings)
    window.find_text("")
    texts = window_mnemonic_texts(window)
    keys = mnemonics(texts)
    assert len(set(keys)) == len(keys) == len(texts), keys
    for top in window.menuBar().actions():
        assert_every_item_has_a_unique_mnemonic(top.menu())


def test_a_files_problems_and_a_search_error_speak_german_too(german, qtbot, settings, film_file):
    window = another_run(qtbot, settings)
    bad = film_file('{"title": "x", "year": "1992", "details": {"keywords": ["a",]}}', "bad.json")
    assert not window.controller.open(bad)
    window.show()
    assert window.problem.text().endswith(
        "Zeile 1, Spalte 60: kein gültiges JSON: ein Komma zu viel; "
        "JSON erlaubt keines vor „}“ oder „]“"
    )
    window.controller.open(BUNDLED)
    window.find_text("")
    window.find_bar.regex.setChecked(True)
    window.find_bar.field.setText("Len(in")
    assert window.find_bar.message.text().startswith("Ungültiger regulärer Ausdruck: ")
