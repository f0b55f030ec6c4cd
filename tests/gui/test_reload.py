"""Live reload: the view follows the file on disk, and a broken save keeps the last good film."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from filmviewer.ui.main_window import MainWindow


@pytest.fixture
def watched(window: MainWindow, film_file) -> Path:
    path = film_file(json.dumps({"title": "First", "year": 1992}), "live.json")
    assert window.controller.open(path)
    return path


def write(path: Path, data: object) -> None:
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")


def save_by_rename(path: Path, data: object) -> None:
    """Save as many editors do: write a new file, then rename it over the old one."""
    temporary = path.with_name(path.name + ".tmp")
    write(temporary, data)
    os.replace(temporary, path)


def test_an_edit_in_place_reloads(window, qtbot, watched) -> None:
    with qtbot.waitSignal(window.controller.film_loaded, timeout=5000):
        write(watched, {"title": "Second", "year": 1993})
    assert window.header.title.text() == "Second"
    assert window.header.subtitle.text() == "1993"


def test_a_save_by_rename_reloads_and_keeps_watching(window, qtbot, watched) -> None:
    for title in ("Renamed once", "Renamed twice"):
        with qtbot.waitSignal(window.controller.film_loaded, timeout=5000):
            save_by_rename(watched, {"title": title})
        assert window.header.title.text() == title


def test_a_broken_save_keeps_the_film_and_says_why(window, qtbot, watched) -> None:
    window.select_tab("details")
    with qtbot.waitSignal(window.controller.reload_failed, timeout=5000):
        save_by_rename(watched, '{"title": "Broken", ')
    assert window.header.title.text() == "First"
    assert window.problem_bar.isVisible()
    assert window.problem_bar.message.text() == (
        "“live.json” changed on disk and cannot be read; still showing the last good version.\n"
        "line 1, column 21: not valid JSON: a key in double quotes is missing here"
    )
    assert window.tabs.currentIndex() == 1
    with qtbot.waitSignal(window.controller.film_loaded, timeout=5000):
        write(watched, {"title": "Fixed"})
    assert window.header.title.text() == "Fixed"
    assert not window.problem_bar.isVisible()


def test_a_deleted_file_keeps_the_film(window, qtbot, watched) -> None:
    with qtbot.waitSignal(window.controller.reload_failed, timeout=5000):
        watched.unlink()
    assert window.header.title.text() == "First"
    assert "file: no such file" in window.problem_bar.message.text()
    with qtbot.waitSignal(window.controller.film_loaded, timeout=5000):
        write(watched, {"title": "Back again"})
    assert window.header.title.text() == "Back again"


def test_other_files_in_the_folder_do_not_reload(window, qtbot, watched) -> None:
    with qtbot.assertNotEmitted(window.controller.film_loaded, wait=600):
        (watched.parent / "neighbour.txt").write_text("x", encoding="utf-8")


def test_the_app_never_writes_to_the_film_file(window, qtbot, watched) -> None:
    before = watched.read_bytes(), watched.stat().st_mtime_ns
    window.controller.reload()
    for tab in ("summaries", "details", "box-office", "tech-specs", "synopsis"):
        window.select_tab(tab)
        window.copying.copy_section.trigger()
    window.find_text("First")
    window.copying.copy_all.trigger()
    qtbot.wait(300)
    assert (watched.read_bytes(), watched.stat().st_mtime_ns) == before


def test_fixing_a_file_that_failed_at_launch_shows_the_film(qtbot, controller, settings, film_file):
    window = MainWindow(controller, settings)
    qtbot.addWidget(window)
    path = film_file('{"title": ', "launch.json")
    assert not controller.open(path)
    window.show()
    assert window.showing_problem()
    with qtbot.waitSignal(controller.reload_failed, timeout=5000):
        write(path, '{"title": 1}')
    assert "title: should be text in double quotes" in window.problem.text()
    with qtbot.waitSignal(controller.film_loaded, timeout=5000):
        save_by_rename(path, {"title": "Fixed at last"})
    assert not window.showing_problem()
    assert window.header.title.text() == "Fixed at last"


def test_a_failed_open_does_not_stop_following_the_open_film(
    window, qtbot, watched, film_file, monkeypatch
):
    from filmviewer.ui import dialogs

    monkeypatch.setattr(dialogs, "show_load_error", lambda parent, error: None)
    assert not window.controller.open(film_file("[]", "other.json"))
    with qtbot.waitSignal(window.controller.film_loaded, timeout=5000):
        write(watched, {"title": "Still followed"})
    assert window.header.title.text() == "Still followed"


def test_a_save_during_validation_is_not_missed(window, qtbot, watched, monkeypatch) -> None:
    """The version stamp is the read's own: a save landing while a read is validated shows."""
    from filmviewer.controller import document

    real_read_film = document.read_film
    saved = []

    def read_then_save(data, path, context=None):
        loaded = real_read_film(data, path, context)
        if not saved:
            saved.append(True)
            write(watched, {"title": "Saved meanwhile, longer"})
        return loaded

    monkeypatch.setattr(document, "read_film", read_then_save)
    with qtbot.waitSignal(window.controller.film_loaded, timeout=5000):
        write(watched, {"title": "Second"})
    qtbot.waitUntil(lambda: window.header.title.text() == "Saved meanwhile, longer", timeout=5000)


def test_a_folder_deleted_and_recreated_is_followed_again(window, qtbot, film_file) -> None:
    import shutil

    folder = film_file("{}", "placeholder.json").parent / "films"
    folder.mkdir()
    path = folder / "film.json"
    write(path, {"title": "In a folder"})
    assert window.controller.open(path)
    with qtbot.waitSignal(window.controller.reload_failed, timeout=5000):
        shutil.rmtree(folder)
    assert "no such file" in window.problem_bar.message.text()
    folder.mkdir()
    with qtbot.waitSignal(window.controller.film_loaded, timeout=5000):
        write(path, {"title": "Back in a new folder"})
    assert window.header.title.text() == "Back in a new folder"
    assert not window.problem_bar.isVisible()
    with qtbot.waitSignal(window.controller.film_loaded, timeout=5000):
        write(path, {"title": "And edited after"})
    assert window.header.title.text() == "And edited after"


def test_a_permission_problem_fixed_shows_the_film(window, qtbot, watched, monkeypatch) -> None:
    from filmviewer.model import loader

    real_open = os.open
    refusing = [True]

    def open_unless_refusing(path, *args, **kwargs):
        if refusing[0] and Path(path) == watched:
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(loader.os, "open", open_unless_refusing)
    with qtbot.waitSignal(window.controller.reload_failed, timeout=5000):
        watched.chmod(0)
    assert "permission denied" in window.problem_bar.message.text()
    refusing[0] = False
    with qtbot.waitSignal(window.controller.film_loaded, timeout=5000):
        watched.chmod(0o644)  # only the permission changes: no new content
    assert window.header.title.text() == "First"
    assert not window.problem_bar.isVisible()
