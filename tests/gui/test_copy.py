"""Copying: every menu item, shortcut and button, and every flavour it puts on the clipboard."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from filmviewer.controller import export
from filmviewer.ui.facts_view import FactsView
from filmviewer.ui.main_window import MainWindow
from tests.conftest import BUNDLED, ROOT
from tests.gui.conftest import click_value, right_click

FLAVOURS = ("text/plain", "text/html", "text/markdown", "application/json")
EXPORT_FORMATS = {"text/plain": "text", "text/markdown": "markdown", "text/html": "html"}
EXPORT_FORMATS["application/json"] = "json"


def clipboard() -> dict[str, str]:
    mime = QGuiApplication.clipboard().mimeData()
    return {name: bytes(mime.data(name).data()).decode("utf-8") for name in mime.formats()}


def choose(menu: QMenu, text: str) -> None:
    """Trigger the item reading ``text`` (mnemonic marks aside)."""
    texts = [re.sub("&(.)", r"\1", action.text()) for action in menu.actions()]
    assert text in texts, texts
    menu.actions()[texts.index(text)].trigger()
    menu.close()


def line_of(view: FactsView, text: str) -> QModelIndex:
    model = view.model()
    for line in range(model.rowCount()):
        if model.index(line, 0).data() == text:
            index = model.index(line, 0)
            view.scrollTo(index)
            return index
    raise AssertionError(f"{text!r} is not shown")


def right_click_value(view: FactsView, text: str) -> QMenu:
    """Right-click the line showing ``text`` and return the menu that pops up."""
    return right_click(view.viewport(), view.visualRect(line_of(view, text)).center())


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def test_ctrl_shift_c_copies_the_tab_in_every_flavour(window, qtbot) -> None:
    window.select_tab("details")
    qtbot.keyClick(
        window,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    copied = clipboard()
    document = window.controller.current
    assert set(copied) == set(FLAVOURS)
    for flavour in FLAVOURS:
        assert copied[flavour] == export.render(document, "details", EXPORT_FORMATS[flavour])
    assert copied["text/plain"].startswith("Stalin (1992) — Details\n\nKeywords:")
    assert "Filming locations:    The Kremlin, Moscow, Russia\n" in copied["text/plain"]
    assert status(window) == "Copied Details (9 fields)"


def test_the_copy_button_copies_the_current_tab(window, qtbot) -> None:
    window.select_tab("box-office")
    button = window.copying.button
    assert button.isVisible()
    assert button.text() == "Copy Box Office"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, button.height() // 2))
    copied = clipboard()
    assert copied == export.copy_section(window.controller.current, "box-office").flavours
    assert copied["text/plain"] == "Stalin (1992) — Box Office\n\nBudget: $10,000,000\n"
    assert json.loads(copied["application/json"]) == {
        "format_version": 2,
        "title": "Stalin",
        "year": 1992,
        "box_office": {"budget": {"amount": 10000000, "currency": "USD"}},
    }
    assert status(window) == "Copied Box Office (1 field)"


def test_edit_menu_copy_all_details(window) -> None:
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    action = next(a for a in edit.actions() if a.text() == "Copy &All Details")
    action.trigger()
    copied = clipboard()
    assert copied == export.copy_section(window.controller.current, export.ALL).flavours
    # The film as its file holds it, in the format this version writes.
    assert json.loads(copied["application/json"]) == {
        **json.loads(BUNDLED.read_text(encoding="utf-8")),
        "format_version": 2,
    }
    for heading in ("Summaries", "Details", "Cast & Crew", "Box Office", "Tech Specs", "Synopsis"):
        assert f"\n{heading}\n{'=' * len(heading)}\n" in copied["text/plain"]
        escaped_html, escaped_md = heading.replace("&", "&amp;"), heading.replace("&", r"\&")
        assert f"<h2>{escaped_html}</h2>" in copied["text/html"]
        assert f"\n## {escaped_md}\n" in copied["text/markdown"]
    assert status(window) == "Copied all details of Stalin (1992)"


@pytest.mark.parametrize(
    ("item", "format"),
    [
        ("&Plain Text", "text"),
        ("&Markdown", "markdown"),
        ("&JSON", "json"),
        ("&HTML Source", "html"),
    ],
)
def test_copy_as_puts_just_plain_text(window, item: str, format: str) -> None:
    window.select_tab("tech-specs")
    action = next(a for a in window.copying.copy_as_menu.actions() if a.text() == item)
    action.trigger()
    copied = clipboard()
    assert list(copied) == ["text/plain"]
    assert copied["text/plain"] == export.render(window.controller.current, "tech-specs", format)
    assert status(window) == "Copied Tech Specs (3 fields)"


def test_right_click_a_keyword_to_copy_it(window) -> None:
    window.select_tab("details")
    choose(right_click_value(window.details, "brutality"), "Copy")
    assert clipboard() == {
        "text/plain": "brutality",
        "text/html": "brutality",
        "text/markdown": "brutality",
    }
    assert status(window) == "Copied “brutality”"


def test_right_click_copies_a_row_as_label_and_value(window) -> None:
    window.select_tab("details")
    choose(right_click_value(window.details, "Russia"), "Copy “Countries of origin: …” Row")
    assert clipboard() == {
        "text/plain": "Countries of origin: United States, Russia, Hungary",
        "text/html": "<b>Countries of origin:</b> United States, Russia, Hungary",
        "text/markdown": "**Countries of origin:** United States, Russia, Hungary",
    }
    place = "The Kremlin, Moscow, Russia"
    choose(right_click_value(window.details, place), "Copy “Filming locations: …” Row")
    assert clipboard() == {
        "text/plain": "Filming locations: The Kremlin, Moscow, Russia",
        "text/html": "<b>Filming locations:</b> The Kremlin, Moscow, Russia",
        "text/markdown": "**Filming locations:** The Kremlin, Moscow, Russia",
    }
    assert status(window) == "Copied Filming locations"


def test_keywords_and_genres_as_one_line_or_one_per_line(window) -> None:
    window.select_tab("details")
    line = "Thriller, Crime, Drama, History, War, Biography"
    choose(right_click_value(window.details, "War"), "Copy All Genres as One Line")
    assert clipboard() == {"text/plain": line, "text/html": line, "text/markdown": line}
    choose(right_click_value(window.details, "War"), "Copy All Genres One per Line")
    assert clipboard() == {
        "text/plain": "Thriller\nCrime\nDrama\nHistory\nWar\nBiography",
        "text/html": "Thriller<br>Crime<br>Drama<br>History<br>War<br>Biography",
        "text/markdown": "Thriller  \nCrime  \nDrama  \nHistory  \nWar  \nBiography",
    }
    assert status(window) == "Copied Genres"
    choose(right_click_value(window.details, "soviet leader"), "Copy All Keywords as One Line")
    assert clipboard()["text/plain"].startswith("brutality, american actor playing foreigner, ")


def test_unicode_survives_a_copy(window) -> None:
    window.select_tab("details")
    name = "Magyar Televízió Müvelödési Föszerkesztöség (MTV) (I)"
    choose(right_click_value(window.details, name), "Copy")
    assert clipboard() == {"text/plain": name, "text/html": name, "text/markdown": name}


def test_right_click_the_budget(window) -> None:
    window.select_tab("box-office")
    choose(right_click_value(window.box_office, "$10,000,000"), "Copy")
    assert clipboard() == {
        "text/plain": "$10,000,000",
        "text/html": "$10,000,000",
        "text/markdown": "$10,000,000",
    }


def test_an_official_site_is_copied_with_its_address(window, film_file) -> None:
    sites = [{"name": "MGM", "url": "https://www.mgm.com/"}, {"name": "HBO & Co"}]
    window.controller.open(
        film_file(json.dumps({"title": "x", "details": {"official_sites": sites}}))
    )
    window.select_tab("details")
    choose(right_click_value(window.details, "MGM"), "Copy")
    assert clipboard() == {
        "text/plain": "MGM <https://www.mgm.com/>",
        "text/html": '<a href="https://www.mgm.com/">MGM</a>',
        "text/markdown": "[MGM](<https://www.mgm.com/>)",
    }
    choose(right_click_value(window.details, "MGM"), "Copy “Official sites: …” Row")
    assert clipboard() == {
        "text/plain": "Official sites: MGM <https://www.mgm.com/>, HBO & Co",
        "text/html": '<b>Official sites:</b> <a href="https://www.mgm.com/">MGM</a>, HBO &amp; Co',
        "text/markdown": "**Official sites:** [MGM](<https://www.mgm.com/>), HBO \\& Co",
    }


def point_in_summary(view, number: int) -> QPoint:
    """A point on the text of summary ``number`` (its first block)."""
    block = view.document().begin()
    while block.isValid() and block.userState() != number:
        block = block.next()
    cursor = view.textCursor()
    cursor.setPosition(block.position())
    return view.cursorRect(cursor).center()


def test_right_click_a_summary_keeps_its_author(window) -> None:
    view = window.summaries
    choose(right_click(view.viewport(), point_in_summary(view, 2)), "Copy Summary")
    copied = clipboard()
    assert set(copied) == {"text/plain", "text/html", "text/markdown"}
    assert copied["text/plain"].endswith("downfall and death.\n— Jwelch5742")
    assert copied["text/html"].endswith("downfall and death.<br>— Jwelch5742")
    assert copied["text/markdown"].endswith("downfall and death.  \n— Jwelch5742")
    choose(right_click(view.viewport(), point_in_summary(view, 1)), "Copy Summary")
    assert clipboard()["text/plain"].endswith("many former comrades.")


def test_right_click_a_synopsis_paragraph(window, qtbot) -> None:
    window.select_tab("synopsis")
    view = window.synopsis
    point = view.cursorRect(view.textCursor()).center()
    menu = right_click(view.viewport(), point)
    choose(menu, "Copy Paragraph")
    first = view.document().firstBlock().text()
    assert clipboard() == export.copy_text(first).flavours
    assert first.startswith("Siberia, 1917.")
    menu = right_click(view.viewport(), point)
    choose(menu, "Copy Section")
    assert clipboard() == export.copy_section(window.controller.current, "synopsis").flavours
    assert clipboard()["text/plain"].startswith("Stalin (1992) — Synopsis\n\nSiberia, 1917.")


def test_ctrl_c_copies_the_selected_values(window, qtbot) -> None:
    window.select_tab("details")
    view = window.details
    click_value(view, "Russia", qtbot)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard()["text/plain"] == "Russia"
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard()["text/plain"] == "Russia\nHungary"
    assert status(window) == "Copied 2 values"


def test_ctrl_c_copies_selected_summary_text(window, qtbot) -> None:
    view = window.summaries
    view.setFocus()
    cursor = view.textCursor()
    cursor.setPosition(4)
    cursor.setPosition(8, cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "life"


def test_export_writes_what_the_clipboard_holds(window, qtbot, tmp_path) -> None:
    env = {"QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"}
    env["XDG_CACHE_HOME"] = str(tmp_path)
    env["XDG_STATE_HOME"] = str(tmp_path)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for section in (*export.SECTIONS, export.ALL):
        # What a user copies: the tab's Copy Section, or Edit > Copy All Details.
        if section == export.ALL:
            window.copying.copy_all.trigger()
        else:
            window.select_tab(section)
            qtbot.keyClick(window, Qt.Key.Key_C, ctrl_shift)
        copied = clipboard()
        for flavour, format in EXPORT_FORMATS.items():
            exported = subprocess.run(
                [sys.executable, str(ROOT / "main.py"), "--export", section, "--format", format],
                capture_output=True,
                env=env,
                check=True,
            ).stdout.decode("utf-8")
            assert exported == copied[flavour], (section, format)


def test_the_keyboard_reaches_a_values_copy_menu(window, qtbot) -> None:
    window.select_tab("details")
    view = window.details
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().data() == "american actor playing foreigner"
    qtbot.keyClick(view, Qt.Key.Key_Menu)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    choose(menu, "Copy")
    assert clipboard()["text/plain"] == "american actor playing foreigner"
    qtbot.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    choose(QApplication.activePopupWidget(), "Copy All Keywords One per Line")
    assert clipboard()["text/plain"].startswith("brutality\namerican actor")


def test_the_keyboard_reaches_a_summarys_copy_menu(window, qtbot) -> None:
    view = window.summaries
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Menu)
    choose(QApplication.activePopupWidget(), "Copy Summary")
    assert clipboard()["text/plain"].endswith("— Jwelch5742")


def test_what_was_copied_is_counted_in_the_languages_plural_forms(window, film_file) -> None:
    film = {
        "title": "One",
        "summaries": [{"text": "Alone."}],
        "synopsis": "A single paragraph.",
        "details": {"genres": ["Drama"]},
    }
    window.controller.open(film_file(json.dumps(film)))
    for tab, said in (
        ("summaries", "Copied Summaries (1 summary)"),
        ("synopsis", "Copied Synopsis (1 paragraph)"),
        ("details", "Copied Details (1 field)"),
    ):
        window.select_tab(tab)
        window.copying.button.click()
        assert status(window) == said
    QGuiApplication.clipboard().clear()
