"""Opening each bad file in the window: a dialog that explains it, and the film stays."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from filmviewer.model.links import Link
from filmviewer.ui import dialogs
from filmviewer.ui.main_window import TAB_NAMES, MainWindow
from tests.gui.conftest import click_value, open_by_keyboard, read_next_modal, values_of
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
    assert window.header.title.text() == MARKUP
    assert window.header.subtitle.text() == f"{MARKUP} ({MARKUP}) · {MARKUP}"
    # Read as HTML, these would hold "clickbold" and an image instead.
    assert window.summaries.toPlainText() == f"{MARKUP}\n— {MARKUP}"
    assert window.synopsis.toPlainText() == MARKUP
    for label in ("Keywords", "Genres", "Official sites"):
        assert values_of(window.details, label) == [MARKUP]
    assert values_of(window.details, "Rating") == [f"{MARKUP} ({MARKUP})"]
    assert values_of(window.tech_specs, "Sound mix") == [MARKUP]
    for label in window.findChildren(QLabel):
        if MARKUP in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText
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
    assert bar.message.text().startswith("Invalid regular expression")
    assert bar.message.isVisible()


@pytest.fixture
def site_window(window: MainWindow, film_file) -> MainWindow:
    sites = [{"name": "MGM", "url": "https://www.mgm.com/?a=<b>"}, {"name": "No address"}]
    path = film_file(json.dumps({"title": "x", "details": {"official_sites": sites}}))
    window.controller.open(path)
    window.select_tab("details")
    return window


def test_a_site_opens_only_after_its_address_is_shown(site_window, qtbot, monkeypatch) -> None:
    asked: list[Link] = []
    opened: list[str] = []
    monkeypatch.setattr(
        dialogs, "confirm_open_link", lambda parent, link: asked.append(link) or True
    )
    monkeypatch.setattr(dialogs, "open_in_browser", lambda url: opened.append(url) or True)
    view = site_window.details
    click_value(view, "No address", qtbot)
    assert asked == []
    assert opened == []
    click_value(view, "MGM", qtbot)
    assert [(link.url, link.host) for link in asked] == [
        ("https://www.mgm.com/?a=<b>", "www.mgm.com")
    ]
    assert opened == ["https://www.mgm.com/?a=<b>"]


def test_the_keyboard_opens_a_link_too(site_window, qtbot, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(dialogs, "confirm_open_link", lambda parent, link: True)
    monkeypatch.setattr(dialogs, "open_in_browser", lambda url: opened.append(url) or True)
    view = site_window.details
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened == ["https://www.mgm.com/?a=<b>"]


def test_a_declined_link_is_not_opened(site_window, qtbot, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(dialogs, "confirm_open_link", lambda parent, link: False)
    monkeypatch.setattr(dialogs, "open_in_browser", opened.append)
    click_value(site_window.details, "MGM", qtbot)
    assert opened == []


def test_only_web_addresses_reach_the_browser(site_window, monkeypatch) -> None:
    opened: list[str] = []
    refused: list[tuple[str, bool]] = []
    monkeypatch.setattr(dialogs, "confirm_open_link", lambda parent, link: True)
    monkeypatch.setattr(dialogs, "open_in_browser", lambda url: opened.append(url) or True)
    monkeypatch.setattr(
        dialogs, "show_link_problem", lambda parent, url, opened: refused.append((url, opened))
    )
    for url in (
        "javascript:alert(1)",
        "file:///etc/passwd",
        "https://x.com:99999/",
        "https://ok.example/",
    ):
        site_window.details.link_requested.emit(url)
    assert opened == ["https://ok.example/"]
    assert refused == [
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
        ("https://x.com:99999/", False),
    ]


def test_an_address_no_browser_takes_is_said_so(site_window, monkeypatch) -> None:
    refused: list[tuple[str, bool]] = []
    monkeypatch.setattr(dialogs, "confirm_open_link", lambda parent, link: True)
    monkeypatch.setattr(dialogs, "open_in_browser", lambda url: False)
    monkeypatch.setattr(
        dialogs, "show_link_problem", lambda parent, url, opened: refused.append((url, opened))
    )
    site_window.details.link_requested.emit("https://ok.example/")
    assert refused == [("https://ok.example/", True)]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://example.org/<b>x</b>",
            "Site: example.org\n\nhttps://example.org/<b>x</b>",
        ),
        (
            "https://\u0430pple.com/",
            "Site: xn--pple-43d.com\nWarning: the site's name mixes writing systems "
            "(“\u0430pple.com”) and may be imitating another site.\n\nhttps://\u0430pple.com/",
        ),
        (
            "http://admin:pw@mgm.com@evil.example/",
            "Site: evil.example\nWarning: the address begins with “admin:pw@mgm.com@”, which is "
            "not the site; the site is evil.example.\n\nhttp://admin:pw@mgm.com@evil.example/",
        ),
    ],
)
def test_the_confirmation_shows_the_real_site_as_plain_text(window, url, expected) -> None:
    from filmviewer.model.links import inspect_link

    seen = read_next_modal(lambda box: (box.informativeText(), informative_label(box).textFormat()))
    link = inspect_link(url)
    assert link is not None
    assert dialogs.confirm_open_link(window, link) is False
    assert seen == [(expected, Qt.TextFormat.PlainText)]


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
