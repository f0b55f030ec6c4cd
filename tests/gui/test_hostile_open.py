"""Opening each bad file in the window: a dialog that explains it, and the film stays."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from filmviewer.ui import dialogs
from filmviewer.ui.main_window import TAB_NAMES, MainWindow
from tests.gui.conftest import open_by_keyboard, read_next_modal
from tests.hostile import CASES, Case


def informative_label(box: QMessageBox) -> QLabel:
    label = box.findChild(QLabel, "qt_msgbox_informativelabel")
    assert isinstance(label, QLabel)
    return label


MARKUP = '<img src="file:///etc/passwd"><a href="https://example.org">click</a><b>bold</b>'


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_opening_a_bad_file_explains_it_and_keeps_the_film(
    window: MainWindow, qtbot, monkeypatch, tmp_path: Path, case: Case
) -> None:
    shown = open_by_keyboard(window, qtbot, monkeypatch, case.make(tmp_path))
    assert [error.split("\n")[0] for error in shown] == [case.first]
    assert window.header.title.text() == "Stalin"
    assert window.isVisible()
    assert not window.showing_problem()


def test_markup_is_shown_literally_everywhere(window: MainWindow, qtbot, film_file) -> None:
    data = {
        "title": MARKUP,
        "summaries": [{"text": MARKUP, "author": MARKUP, "outline": True}],
        "details": {
            "keywords": [MARKUP],
            "genres": [MARKUP],
            "rating": {"certificate": MARKUP, "system": MARKUP},
            "official_sites": [{"name": MARKUP, "url": "https://example.org/?q=<b>"}],
        },
        "tech_specs": {"sound_mix": [MARKUP]},
        "synopsis": MARKUP,
    }
    path = film_file(json.dumps(data), "markup.json")
    assert window.controller.open(path)
    for tab in TAB_NAMES:
        window.select_tab(tab)
    labels = [label for label in window.findChildren(QLabel) if MARKUP in label.text()]
    # Title, subtitle, outline, author, keyword, genre, rating, site, sound mix.
    assert len(labels) >= 9
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert not label.toolTip() or MARKUP not in label.toolTip()
    assert window.synopsis.toPlainText() == MARKUP
    assert window.windowTitle() == f"{MARKUP} — markup.json — Film Viewer"


def test_the_window_title_shows_a_literal_placeholder(window: MainWindow, film_file) -> None:
    path = film_file(json.dumps({"title": "Modified [*] film"}), "title.json")
    window.controller.open(path)
    assert window.windowHandle().title() == "Modified [*] film — title.json — Film Viewer"


def test_dialogs_show_markup_literally(window: MainWindow, qtbot, film_file) -> None:
    from filmviewer.model.loader import FilmFileError, load_film

    path = film_file(json.dumps({"title": "x", MARKUP: 1}), "<b>bold</b>.json".replace("/", ""))
    with pytest.raises(FilmFileError) as caught:
        load_film(path)
    seen = read_next_modal(
        lambda box: (box.informativeText(), box.text(), informative_label(box).textFormat())
    )
    dialogs.show_load_error(window, caught.value)
    informative, text, format = seen[0]
    assert MARKUP in informative
    assert "<b>bold<b>.json" in text
    assert format == Qt.TextFormat.PlainText


def test_the_find_bar_shows_a_pattern_literally(window: MainWindow, qtbot) -> None:
    window.find_text("")
    bar = window.find_bar
    bar.regex.setChecked(True)
    bar.field.setText("<b>(")
    assert bar.status.text().startswith("Invalid regular expression")
    assert bar.status.textFormat() == Qt.TextFormat.PlainText


@pytest.fixture
def site_window(window: MainWindow, film_file) -> MainWindow:
    sites = [{"name": "MGM", "url": "https://www.mgm.com/?a=<b>"}, {"name": "No address"}]
    path = film_file(json.dumps({"title": "x", "details": {"official_sites": sites}}))
    window.controller.open(path)
    window.select_tab("details")
    return window


def test_a_site_opens_only_after_its_address_is_shown(site_window, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QToolButton

    asked: list[str] = []
    opened: list[str] = []
    monkeypatch.setattr(dialogs, "confirm_open_link", lambda parent, url: asked.append(url) or True)
    monkeypatch.setattr(dialogs, "open_in_browser", opened.append)
    buttons = site_window.details.findChildren(QToolButton, "link:official_sites")
    assert len(buttons) == 1, "only the site with an address can be opened"
    assert opened == []
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert asked == ["https://www.mgm.com/?a=<b>"]
    assert opened == ["https://www.mgm.com/?a=<b>"]


def test_a_declined_link_is_not_opened(site_window, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QToolButton

    opened: list[str] = []
    monkeypatch.setattr(dialogs, "confirm_open_link", lambda parent, url: False)
    monkeypatch.setattr(dialogs, "open_in_browser", opened.append)
    button = site_window.details.findChild(QToolButton, "link:official_sites")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == []


def test_only_web_addresses_reach_the_browser(site_window, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(dialogs, "confirm_open_link", lambda parent, url: True)
    monkeypatch.setattr(dialogs, "open_in_browser", opened.append)
    for url in ("javascript:alert(1)", "file:///etc/passwd", "https://ok.example/"):
        site_window.details.link_requested.emit(url)
    assert opened == ["https://ok.example/"]


def test_the_confirmation_shows_the_address_as_plain_text(window, qtbot) -> None:
    seen = read_next_modal(lambda box: (box.informativeText(), informative_label(box).textFormat()))
    assert dialogs.confirm_open_link(window, "https://example.org/<b>x</b>") is False
    assert seen == [("https://example.org/<b>x</b>", Qt.TextFormat.PlainText)]


@pytest.mark.slow
def test_a_10_mb_synopsis_opens_and_can_be_searched(window: MainWindow, qtbot, film_file) -> None:
    paragraph = "Stalin rises to power and Beria plots in the dark. " * 8
    synopsis = "\n\n".join([paragraph] * 25_000)
    path = film_file(json.dumps({"title": "Long", "synopsis": synopsis}), "long.json")
    assert path.stat().st_size > 10_000_000
    assert window.controller.open(path)
    window.find_text("beria")
    assert window.find_bar.status.text() == "1 of 200000"
    assert window.synopsis.document().blockCount() == 2 * 25_000 - 1


def test_a_file_it_may_not_read(window, qtbot, monkeypatch, tmp_path: Path) -> None:
    from filmviewer.model import loader

    path = tmp_path / "secret.json"
    path.write_text('{"title": "x"}', encoding="utf-8")
    path.chmod(0)

    def refuse(*args, **kwargs):
        # Root reads any file; refuse as the kernel refuses everyone else.
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(loader.os, "open", refuse)
    shown = open_by_keyboard(window, qtbot, monkeypatch, path)
    assert shown == ["file: permission denied: Film Viewer may not read this file"]
    assert window.header.title.text() == "Stalin"
