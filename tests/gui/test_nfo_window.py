"""A Kodi .nfo film in the window: poster, cast, scores, media details and the warnings bar."""

from __future__ import annotations

import shutil
import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QWidget

from filmviewer.controller.facts_model import FactRole, FactsModel
from filmviewer.ui import dialogs
from filmviewer.ui.main_window import MainWindow
from tests.conftest import BUNDLED
from tests.gui.conftest import facts_shown, open_by_keyboard, values_of
from tests.hostile_nfo import CASES, SECRET, Case

NFO = Path(__file__).resolve().parent.parent / "data" / "nfo"
POSTER_COLOUR = QColor(200, 40, 40)
NB = "\N{NO-BREAK SPACE}"
"""Between a score and its scale, and a width and height: they never part at a line's end."""


def fixture(name: str, tmp_path: Path) -> Path:
    folder = tmp_path / name
    shutil.copytree(NFO / name, folder)
    return next(folder.glob("*.nfo"))


def save_picture(path: Path, width: int = 600, height: int = 900) -> None:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(POSTER_COLOUR)
    assert image.save(str(path))


def open_film(window: MainWindow, qtbot, path: Path) -> None:
    with qtbot.waitSignal(window.controller.film_loaded, timeout=10_000):
        window.controller.open(path)
    window.film.wait_for_artwork()
    qtbot.wait(20)  # the decoded poster's signal, queued to this thread


def poster_pixel(window: MainWindow) -> QColor:
    poster = window.header.poster
    picture = poster.grab().toImage()
    return picture.pixelColor(QPoint(picture.width() // 2, picture.height() // 2))


def cold_orchard(window: MainWindow, qtbot, tmp_path: Path) -> Path:
    path = fixture("kodi-v22", tmp_path)
    save_picture(path.parent / "Cold Orchard (2024)-poster.jpg")
    open_film(window, qtbot, path)
    return path


def test_the_header_shows_the_poster_title_facts_and_tagline(window, qtbot, tmp_path) -> None:
    cold_orchard(window, qtbot, tmp_path)
    header = window.header
    assert header.title.text() == "Cold Orchard"
    assert not header.original_title.isVisible()  # the same as the title
    assert header.subtitle.text() == "2024 · R (MPA) · 2h 11m (131 min) · Drama"
    assert header.tagline.text() == "Every tree is a year."
    assert header.poster.has_image
    pixel = poster_pixel(window)
    assert abs(pixel.red() - POSTER_COLOUR.red()) < 12
    assert abs(pixel.green() - POSTER_COLOUR.green()) < 12
    assert header.poster.toolTip() == "Cold Orchard (2024)-poster.jpg"


def header_pixel(window: MainWindow) -> QColor:
    """A pixel of the header's background, right of its text."""
    header = window.header
    picture = header.grab().toImage()
    return picture.pixelColor(QPoint(picture.width() - 4, picture.height() // 2))


def test_the_fanart_lies_veiled_behind_the_header(window, qtbot, tmp_path) -> None:
    path = fixture("kodi-v22", tmp_path)
    save_picture(path.parent / "Cold Orchard (2024)-poster.jpg")
    plain = window.palette().color(QPalette.ColorRole.Window)
    fanart = QImage(1920, 1080, QImage.Format.Format_RGB32)
    fanart.fill(QColor(0, 0, 255))
    assert fanart.save(str(path.parent / "fanart.jpg"))
    open_film(window, qtbot, path)
    qtbot.waitUntil(window.header.has_backdrop)
    tinted = header_pixel(window)
    # Blue shows through the veil of the window's colour; the text stays on a light page.
    assert tinted.blue() > tinted.red() + 20
    assert tinted.lightness() > plain.lightness() * 0.6
    # The next film has none: the header is plain again.
    with qtbot.waitSignal(window.controller.film_loaded):
        window.controller.open(BUNDLED)
    assert not window.header.has_backdrop()
    assert header_pixel(window) == plain


def test_a_fanart_that_cannot_be_shown_is_one_warning(window, qtbot, tmp_path) -> None:
    path = fixture("kodi-v22", tmp_path)
    (path.parent / "fanart.jpg").write_text("not a picture")
    open_film(window, qtbot, path)
    qtbot.waitUntil(
        lambda: any(line.startswith("fanart ") for line in window.film.warnings_bar.lines())
    )
    assert not window.header.has_backdrop()
    assert window.film.warnings_bar.lines()[-1] == (
        "fanart fanart.jpg: not shown: this is not an image Film Viewer can show"
    )


def test_the_poster_is_decoded_at_the_largest_size_shown_not_the_files(
    window, qtbot, tmp_path
) -> None:
    # As large as the frame can grow (the header widened), no larger: crisp, never the
    # whole of a file of thousands of pixels.
    cold_orchard(window, qtbot, tmp_path)
    image = window.header.poster._image
    assert image is not None
    largest = window.header.poster.largest_device_size()
    assert image.width() <= largest.width()
    assert image.height() <= largest.height()
    assert image.height() == largest.height() or image.width() == largest.width()
    assert window.header.poster.width() >= window.header.width() * 0.18


def test_an_original_title_in_another_language_shows_under_the_title(
    window, qtbot, tmp_path
) -> None:
    open_film(window, qtbot, fixture("kodi-v19", tmp_path))
    assert window.header.original_title.isVisible()
    assert window.header.original_title.text() == "Glashaus"


def test_cast_and_crew_lists_people_with_their_roles(window, qtbot, tmp_path) -> None:
    cold_orchard(window, qtbot, tmp_path)
    window.select_tab("cast")
    view = window.film.cast
    assert facts_shown(view) == [
        ("Director", "Ruth Calder"),
        ("Writer", "Ruth Calder"),
        ("Cast", "Nora Quinn"),
        ("", "Elias Ward"),
        ("", "June Park"),
    ]
    model = view.model()
    roles = [model.index(line, 0).data(FactRole.NOTE) for line in range(2, 5)]
    assert roles == ["Hester", "Tom Ashby", "Mae"]


def picture_pixel(view, line: int) -> QColor:
    """The colour at the middle of the picture beside the value on ``line``."""
    size = view.itemDelegate().picture_size()
    rect = view.value_rect(view.model().index(line, 0))
    middle = QPoint(rect.left() + size.width() // 2, rect.top() + size.height() // 2)
    return view.viewport().grab().toImage().pixelColor(middle)


def test_cast_and_crew_shows_kodis_actor_photos_and_a_silhouette_otherwise(
    window, qtbot, tmp_path
) -> None:
    path = fixture("kodi-v22", tmp_path)
    (path.parent / ".actors").mkdir()
    save_picture(path.parent / ".actors" / "Nora_Quinn.jpg")
    open_film(window, qtbot, path)
    window.select_tab("cast")
    view = window.film.cast
    view.viewport().grab()  # painting asks for the faces in sight
    qtbot.waitUntil(lambda: view.pictures.pending() == 0, timeout=10_000)
    assert picture_pixel(view, 2) == POSTER_COLOUR
    silhouette = picture_pixel(view, 3)
    assert silhouette != POSTER_COLOUR
    assert silhouette != view.palette().color(QPalette.ColorRole.Base)
    # The crew has no faces: its names start where the label column ends.
    director = view.model().index(0, 0)
    assert director.data(FactRole.PICTURE) is None
    assert view.visualRect(director).height() < view.visualRect(view.model().index(2, 0)).height()


def test_cast_and_crew_copies_like_the_other_tabs(window, qtbot, tmp_path) -> None:
    from PySide6.QtGui import QGuiApplication

    cold_orchard(window, qtbot, tmp_path)
    window.select_tab("cast")
    assert window.copying.button.text() == "Copy Cast && Crew"
    window.copying.button.click()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Cold Orchard (2024) — Cast & Crew\n")
    assert "Nora Quinn (Hester)" in text
    QGuiApplication.clipboard().clear()


def test_details_gain_scores_ranks_identifiers_and_collection(window, qtbot, tmp_path) -> None:
    cold_orchard(window, qtbot, tmp_path)
    window.select_tab("details")
    view = window.details
    assert values_of(view, "Scores") == [f"IMDb 7.8{NB}/{NB}10", f"Trakt 7.6{NB}/{NB}10"]
    notes = [
        view.model().index(line, 0).data(FactRole.NOTE)
        for line in range(view.model().rowCount())
        if view.model().index(line, 0).data() == f"IMDb 7.8{NB}/{NB}10"
    ]
    assert notes == ["101,544 votes"]
    assert values_of(view, "Your rating") == [f"9{NB}/{NB}10"]
    assert values_of(view, "IMDb Top 250") == ["#212"]
    assert values_of(view, "Collection") == ["Seasons"]
    assert values_of(view, "IMDb") == ["tt0000022"]
    assert values_of(view, "TMDb") == ["220022"]
    assert values_of(view, "Other identifiers") == ["TheTVDB: 3222"]
    assert values_of(view, "Added") == ["July 19, 2024"]
    assert values_of(view, "Poster") == ["Cold Orchard (2024)-poster.jpg"]
    links = [
        view.model().index(line, 0).data(FactRole.LINK)
        for line in range(view.model().rowCount())
        if view.model().index(line, 0).data() in ("tt0000022", "220022")
    ]
    assert links == [
        "https://www.imdb.com/title/tt0000022/",
        "https://www.themoviedb.org/movie/220022",
    ]


def test_tech_specs_gain_video_audio_and_subtitles(window, qtbot, tmp_path) -> None:
    cold_orchard(window, qtbot, tmp_path)
    window.select_tab("tech-specs")
    view = window.tech_specs
    assert values_of(view, "Video") == [
        f"H.265 (HEVC) · 3840{NB}×{NB}2076 · 1.85 : 1 · HDR10 · 2h 11m"
    ]
    assert values_of(view, "Audio") == ["Dolby TrueHD · English · 7.1"]
    assert values_of(view, "Subtitles") == ["English", "Spanish"]


def test_the_warnings_bar_says_how_many_and_lists_them_on_request(window, qtbot, tmp_path) -> None:
    cold_orchard(window, qtbot, tmp_path)
    bar = window.film.warnings_bar
    assert bar.isVisible()
    assert bar.summary.text() == "“Cold Orchard (2024).nfo” was read with 1 warning"
    assert not bar.details.isVisible()
    qtbot.mouseClick(bar.toggle, Qt.MouseButton.LeftButton)
    assert bar.details.isVisible()
    assert bar.details.toPlainText() == (
        "file: not shown, as films have no field for them: <videoassettitle>, <videoassetid>, "
        "<videoassettype>, <hasvideoversions>"
    )
    assert bar.toggle.text() == "Hide details"
    # A film read without warnings puts the bar away.
    open_film(window, qtbot, fixture("kodi-v20", tmp_path / "other"))
    assert bar.isVisible()  # that one warns of its missing cover
    from tests.conftest import BUNDLED

    open_film(window, qtbot, BUNDLED)
    assert not bar.isVisible()


def test_a_film_without_art_shows_the_placeholder_and_no_warning(window, qtbot) -> None:
    assert not window.header.poster.has_image
    placeholder = poster_pixel(window)
    assert placeholder.alpha() == 255
    assert window.film._warnings_bar is None


def bomb(path: Path, side: int = 30_000) -> None:
    """A PNG of ``side`` × ``side`` pixels that is under a megabyte on disk."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    compressor = zlib.compressobj(9)
    row = b"\0" * (side + 1)
    body = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )


def cut_short(path: Path) -> None:
    save_picture(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize(
    ("make", "why"),
    [
        (cut_short, "the image is cut short (an incomplete file)"),
        (bomb, "the image is 30,000 × 30,000 pixels: too large to show"),
        (
            lambda path: path.write_text("not a picture"),
            "this is not an image Film Viewer can show",
        ),
        (lambda path: path.write_bytes(b""), "the file is empty"),
    ],
    ids=["cut short", "decompression bomb", "text named .jpg", "empty"],
)
def test_a_poster_that_cannot_be_shown_leaves_the_placeholder_and_one_warning(
    window, qtbot, tmp_path, make, why
) -> None:
    path = fixture("kodi-v22", tmp_path)
    make(path.parent / "poster.jpg")
    open_film(window, qtbot, path)
    assert window.isVisible()
    assert not window.header.poster.has_image
    lines = window.film.warnings_bar.lines()
    assert lines[-1] == f"poster poster.jpg: not shown: {why}"
    assert len([line for line in lines if line.startswith("poster ")]) == 1


def test_a_mislabelled_picture_is_shown_for_what_it_is(window, qtbot, tmp_path) -> None:
    path = fixture("kodi-v22", tmp_path)
    save_picture(path.parent / "poster.png")
    (path.parent / "poster.jpg").write_bytes((path.parent / "poster.png").read_bytes())
    (path.parent / "poster.png").unlink()
    open_film(window, qtbot, path)
    assert window.header.poster.has_image


@pytest.mark.parametrize("tamper", ["damaged", "foreign"])
def test_a_thumbnail_is_trusted_only_if_it_checks_out(window, qtbot, tmp_path, tamper) -> None:
    from PySide6.QtCore import QBuffer, QIODevice

    cold_orchard(window, qtbot, tmp_path)
    cache = window.film.artwork._cache
    assert cache is not None
    stored = list(cache.folder.glob("*.thumb"))
    assert stored
    blue = QImage(10, 15, QImage.Format.Format_RGB32)
    blue.fill(QColor("blue"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    blue.save(buffer, "PNG")
    for thumb in stored:
        magic, signature, _payload = thumb.read_bytes().split(b"\n", 2)
        if tamper == "damaged":
            thumb.write_bytes(thumb.read_bytes()[:-40] + b"\0" * 40)
        else:  # a whole picture, but not one this user's Film Viewer signed
            thumb.write_bytes(magic + b"\n" + b"0" * len(signature) + b"\n" + buffer.data().data())
    window.controller.reload()
    window.film.wait_for_artwork()
    qtbot.wait(20)
    assert window.header.poster.has_image
    assert abs(poster_pixel(window).red() - POSTER_COLOUR.red()) < 12


def test_the_facts_model_of_a_cast_passes_qts_model_checks(qtmodeltester, tmp_path) -> None:
    from filmviewer.controller.document import load_document
    from tests.gui.conftest import US

    document = load_document(fixture("kodi-v19", tmp_path), US)
    model = FactsModel()
    model.set_section(document.sheet.cast)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 4


def test_the_open_dialog_offers_nfo_files(window, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []

    def get_open_file_name(parent, caption, folder, filters):
        asked.append(filters)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open_file_name)
    assert dialogs.ask_film_path(window) is None
    assert asked == ["Film files (*.json *.nfo);;All files (*)"]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_the_hostile_battery_in_the_window(
    window: MainWindow, qtbot, monkeypatch, tmp_path: Path, case: Case
) -> None:
    shown = open_by_keyboard(window, qtbot, monkeypatch, case.make(tmp_path))
    assert window.isVisible()
    if case.title is None:
        assert [error.split("\n")[0] for error in shown] == [case.lines[0]]
        assert window.header.title.text() == "Stalin"
        return
    assert shown == []
    assert window.header.title.text() == case.title
    assert window.width() < 2000
    if len(case.lines) > 1:
        assert window.film.warnings_bar.isVisible()
        assert [f"warning: {line}" for line in window.film.warnings_bar.lines()] == list(
            case.lines[1:]
        )
    for tab in ("summaries", "details", "cast", "synopsis"):
        window.select_tab(tab)
    assert SECRET not in window.synopsis.toPlainText()


def test_a_click_on_the_poster_shows_it_large(window, qtbot, tmp_path) -> None:
    cold_orchard(window, qtbot, tmp_path)
    qtbot.mouseClick(window.header.poster, Qt.MouseButton.LeftButton)
    dialog = window.findChild(QWidget, "large-poster")
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Poster — Cold Orchard"
    window.film.wait_for_artwork()
    large = window.film._large
    qtbot.waitUntil(lambda: large.has_image)
    assert large.height() > 2 * window.header.poster.height()
    assert large._image.height() > window.header.poster._image.height()
    dialog.close()
