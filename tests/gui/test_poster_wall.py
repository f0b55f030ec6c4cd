"""The library as a wall of posters: the list's films in a grid, chosen, moved through and
copied as in the list, its posters decoded only for what is in view."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from filmviewer.controller.library.list_model import LibraryModel
from filmviewer.controller.tasks import Token
from filmviewer.ui.main_window import MainWindow
from filmviewer.ui.poster_wall import WallModel, poster_rect
from tests.gui.test_library_window import open_library
from tests.library_tree import film_json, make_tree


def with_posters(root: Path, count: int, titles: list[str] | None = None) -> Path:
    """``count`` films (or one of each title), each in its folder with a poster.jpg."""
    names = titles or [f"Film {number:02d}" for number in range(count)]
    for number, title in enumerate(names):
        folder = root / f"Film {number:02d}"
        folder.mkdir(parents=True)
        (folder / "film.json").write_text(
            film_json(
                title,
                format_version=2,
                year=1950 + number,
                artwork={"poster": {"path": "poster.jpg"}},
            ),
            encoding="utf-8",
        )
        image = QImage(60, 90, QImage.Format.Format_RGB32)
        image.fill(QColor(40 + number * 4, 90, 140))
        assert image.save(str(folder / "poster.jpg"))
    return root


def titles_on_wall(window: MainWindow) -> list[list[str]]:
    panel = window.library_panel
    assert panel is not None
    wall = panel.wall.wall
    return [
        [
            wall.index(row, column).data(LibraryModel.TitleRole) or ""
            for column in range(wall.columns)
        ]
        for row in range(wall.rowCount())
    ]


def test_a_library_of_posters_opens_as_a_wall_and_remembers_the_list(
    window, qtbot, tmp_path, settings
) -> None:
    root = with_posters(tmp_path / "films", 7)
    open_library(window, qtbot, root)
    panel = window.library_panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.wall_shown)
    assert panel.views.currentWidget() is panel.wall
    panel.show_as_wall(False)
    assert panel.views.currentWidget() is panel.list
    assert settings.library_wall(root) is False
    window.close_library()
    window.open_library(root)
    assert not window.library_panel.wall_shown


def test_a_library_without_posters_opens_as_a_list(window, qtbot, tmp_path) -> None:
    make_tree(tmp_path / "films")
    open_library(window, qtbot, tmp_path / "films")
    assert not window.library_panel.wall_shown


def test_the_wall_shows_the_list_s_films_in_its_order_row_by_row(window, qtbot, tmp_path) -> None:
    root = with_posters(tmp_path / "films", 7)
    open_library(window, qtbot, root)
    panel = window.library_panel
    panel.show_as_wall(True)
    panel.wall.wall.set_columns(3)
    assert titles_on_wall(window) == [
        ["Film 00", "Film 01", "Film 02"],
        ["Film 03", "Film 04", "Film 05"],
        ["Film 06", "", ""],
    ]
    panel.field.setText("year:1953..1960")
    assert titles_on_wall(window) == [["Film 03", "Film 04", "Film 05"], ["Film 06", "", ""]]
    window._sort_by("year", True)
    assert titles_on_wall(window)[0] == ["Film 06", "Film 05", "Film 04"]


def test_arrows_move_across_and_down_the_wall_and_choose_the_film(window, qtbot, tmp_path) -> None:
    root = with_posters(tmp_path / "films", 7)
    open_library(window, qtbot, root)
    panel = window.library_panel
    panel.show_as_wall(True)
    panel.wall.wall.set_columns(3)
    panel.wall.setFocus()
    panel.wall.setCurrentIndex(panel.wall.wall.cell(0))
    qtbot.keyClick(panel.wall, Qt.Key.Key_Right)
    assert window.header.title.text() == "Film 01"
    qtbot.keyClick(panel.wall, Qt.Key.Key_Down)
    assert window.header.title.text() == "Film 04"
    qtbot.keyClick(panel.wall, Qt.Key.Key_Right)
    qtbot.keyClick(panel.wall, Qt.Key.Key_Right)  # past the row's end: the next row
    assert window.header.title.text() == "Film 06"
    qtbot.keyClick(panel.wall, Qt.Key.Key_Right)  # the last film stays chosen
    assert window.header.title.text() == "Film 06"
    qtbot.keyClick(panel.wall, Qt.Key.Key_Home)
    assert window.header.title.text() == "Film 00"
    qtbot.keyClick(panel.wall, Qt.Key.Key_End)
    assert window.header.title.text() == "Film 06"


def test_switching_between_list_and_wall_keeps_the_chosen_film(window, qtbot, tmp_path) -> None:
    root = with_posters(tmp_path / "films", 7)
    open_library(window, qtbot, root)
    panel = window.library_panel
    panel.show_as_wall(False)
    panel.list.setCurrentIndex(panel.model.index(5, 0))
    assert window.header.title.text() == "Film 05"
    panel.show_as_wall(True)
    assert panel.wall.wall.position(panel.wall.currentIndex()) == 5
    panel.wall.setCurrentIndex(panel.wall.wall.cell(2))
    panel.show_as_wall(False)
    assert panel.list.currentIndex().row() == 2
    assert window.header.title.text() == "Film 02"


TYPED_TITLES = [
    "Aria", "Bolero", "Canto", "Dirge", "Echo", "Elegy", "Étude", "Fugue", "Gigue", "Hymn",
    "Intermezzo", "Jig", "Lament", "Lullaby", "March", "Nocturne", "Ode", "Psalm", "Étoile",
]  # fmt: skip


@pytest.mark.parametrize("view", ["wall", "list"])
def test_typing_a_titles_first_letters_goes_to_it_in_any_column(
    window, qtbot, tmp_path, view: str
) -> None:
    root = with_posters(tmp_path / "films", 0, TYPED_TITLES)
    open_library(window, qtbot, root)
    panel = window.library_panel
    panel.show_as_wall(view == "wall")
    table = panel.wall if view == "wall" else panel.list
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    if view == "wall":
        assert panel.wall.wall.columns > 1  # so that films are found across columns
    qtbot.keyClicks(table, "noc")
    assert window.header.title.text() == "Nocturne"
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    # Case and accents aside, as the filter: "e" finds Echo, Elegy, then Étoile and Étude.
    found = []
    for _ in range(5):
        qtbot.keyClick(table, Qt.Key.Key_E)
        found.append(window.header.title.text())
    assert found == ["Echo", "Elegy", "Étoile", "Étude", "Echo"]
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    qtbot.keyClicks(table, "xyz")  # nothing starts so: the film stays
    assert window.header.title.text() == "Echo"


def test_films_chosen_on_the_wall_are_copied(window, qtbot, tmp_path) -> None:
    root = with_posters(tmp_path / "films", 7)
    open_library(window, qtbot, root)
    panel = window.library_panel
    panel.show_as_wall(True)
    panel.wall.wall.set_columns(3)
    panel.wall.setFocus()
    panel.wall.selectAll()
    qtbot.keyClick(panel.wall, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    array = json.loads(bytes(QGuiApplication.clipboard().mimeData().data("application/json")))
    assert [film["title"] for film in array] == [f"Film {number:02d}" for number in range(7)]
    QGuiApplication.clipboard().clear()
    assert panel.count.text() == "7 films · 7 selected"  # not the 9 cells of three rows


def test_the_wall_decodes_the_posters_in_view_only(window, qtbot, tmp_path, monkeypatch) -> None:
    root = with_posters(tmp_path / "films", 40)
    asked: list[object] = []
    real = window.film.artwork.request

    def counting(key, path, size):  # type: ignore[no-untyped-def]
        asked.append(key)
        return real(key, path, size)

    monkeypatch.setattr(window.film.artwork, "request", counting)
    open_library(window, qtbot, root)
    panel = window.library_panel
    panel.show_as_wall(True)
    panel.wall.repaint()
    qtbot.waitUntil(lambda: any(key[0] == "wall" for key in asked))
    wall_keys = [key for key in asked if key[0] == "wall"]
    visible = panel.wall.viewport().height() // panel.wall.verticalHeader().defaultSectionSize()
    in_view = (visible + 1) * panel.wall.wall.columns
    assert 0 < len(wall_keys) <= in_view < 40
    size = panel.wall.size()
    qtbot.waitUntil(lambda: isinstance(panel._wall_poster(panel.wall.wall.cell(0), size), QImage))


def test_posters_scrolled_past_are_not_decoded_and_are_asked_for_again_when_back(
    window, qtbot, tmp_path, monkeypatch
) -> None:
    root = with_posters(tmp_path / "films", 60)
    asked: dict[int, list[Token]] = {}

    def held(key, path, size):  # type: ignore[no-untyped-def]
        token = Token()  # a decoding that has not started: the posters stay to come
        if isinstance(key, tuple) and key[0] == "wall":
            asked.setdefault(key[1], []).append(token)
        return token

    monkeypatch.setattr(window.film.artwork, "request", held)
    open_library(window, qtbot, root)
    panel = window.library_panel
    panel.show_as_wall(True)
    panel.wall.repaint()
    first_page = set(asked)
    assert first_page
    panel.wall.scrollToBottom()
    panel.wall.repaint()
    last_page = set(asked) - first_page
    assert last_page
    assert all(asked[film][-1].cancelled() for film in first_page)
    assert not any(asked[film][-1].cancelled() for film in last_page)
    panel.wall.scrollToTop()
    panel.wall.repaint()
    assert all(len(asked[film]) == 2 for film in first_page)
    assert all(asked[film][-1].cancelled() for film in last_page)


def test_a_poster_fills_its_rounded_frame_on_the_wall(window, qtbot, tmp_path) -> None:
    root = with_posters(tmp_path / "films", 3)
    open_library(window, qtbot, root)
    panel = window.library_panel
    panel.show_as_wall(True)
    wall = panel.wall
    cell = wall.wall.cell(0)
    size = wall.size()
    qtbot.waitUntil(lambda: isinstance(panel._wall_poster(cell, size), QImage), timeout=10_000)
    wall.clearSelection()
    wall.setCurrentIndex(wall.wall.cell(2))  # the first poster neither chosen nor current
    shot = wall.viewport().grab().toImage()
    poster = poster_rect(QRectF(wall.visualRect(cell)), QFontMetricsF(wall.font()))
    ratio = shot.devicePixelRatio()

    def colour(x: float, y: float) -> QColor:
        return shot.pixelColor(int(x * ratio), int(y * ratio))

    inside = colour(poster.center().x(), poster.center().y())
    assert (inside.red(), inside.green(), inside.blue()) == pytest.approx((40, 90, 140), abs=6)
    assert colour(poster.right() - 12, poster.bottom() - 12) == inside  # filled to its edges
    corner = colour(poster.left(), poster.top())
    assert abs(corner.red() - inside.red()) > 30  # outside the rounded corner: none of it


@pytest.mark.parametrize("columns", [1, 3, 4])
def test_the_wall_model_passes_qts_checks(
    window, qtbot, tmp_path, qtmodeltester, columns: int
) -> None:
    root = with_posters(tmp_path / "films", 10)
    open_library(window, qtbot, root)
    wall = WallModel(window.library_panel.model)
    wall.set_columns(columns)
    qtmodeltester.check(wall, force_py=True)
    assert wall.rowCount() == -(-10 // columns)
    assert wall.position(wall.index(wall.rowCount() - 1, columns - 1)) == (
        9 if 10 % columns == 0 else -1
    )


def test_a_known_library_of_posters_opens_as_a_wall_at_once(
    window, qtbot, tmp_path, controller
) -> None:
    from PySide6.QtCore import QSettings

    from filmviewer.controller.settings import Settings

    root = with_posters(tmp_path / "films", 5)
    open_library(window, qtbot, root)  # indexed
    window.close_library()
    fresh = Settings(QSettings(str(tmp_path / "other.conf"), QSettings.Format.IniFormat))
    other = MainWindow(controller, fresh)
    qtbot.addWidget(other)
    other.open_library(root)
    assert other.library_panel.wall_shown  # from the index, before any scan
    other.close_library()
