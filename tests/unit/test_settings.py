"""Settings: remembered between runs, in a store tests point at a temporary file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from filmviewer.controller.search import SearchOptions
from filmviewer.controller.settings import MAX_RECENT, Settings


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "filmviewer.conf"


def settings_at(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def test_recent_files_newest_first_without_duplicates(store_path, tmp_path) -> None:
    settings = settings_at(store_path)
    for name in ("a", "b", "a", "c"):
        settings.add_recent(tmp_path / f"{name}.json")
    assert [p.name for p in settings.recent_files()] == ["c.json", "a.json", "b.json"]


def test_recent_files_keep_ten(store_path, tmp_path) -> None:
    settings = settings_at(store_path)
    for index in range(MAX_RECENT + 5):
        settings.add_recent(tmp_path / f"{index}.json")
    recent = settings.recent_files()
    assert len(recent) == MAX_RECENT
    assert recent[0].name == f"{MAX_RECENT + 4}.json"
    settings.clear_recent()
    assert settings.recent_files() == []


def test_everything_survives_a_restart(store_path, tmp_path) -> None:
    film = tmp_path / "film.json"
    film.write_text("{}", encoding="utf-8")
    first = settings_at(store_path)
    first.add_recent(film)
    first.set_last_tab("synopsis")
    first.set_geometry(QByteArray(b"\x01\x02geometry"))
    first.set_find_options(SearchOptions(match_case=True, regex=True))
    first.set_zoom(3)
    first.sync()
    again = settings_at(store_path)
    assert again.last_file() == film
    assert again.last_tab() == "synopsis"
    assert again.geometry() == QByteArray(b"\x01\x02geometry")
    assert again.find_options() == SearchOptions(match_case=True)  # a new run finds plain text
    assert again.zoom() == 3


def test_a_vanished_last_file_is_not_offered(store_path, tmp_path) -> None:
    settings = settings_at(store_path)
    settings.add_recent(tmp_path / "gone.json")
    assert settings.last_file() is None


def test_a_damaged_store_reads_as_defaults(store_path) -> None:
    store_path.write_text("[find]\nmatch_case=perhaps\n[window]\ntab=@Invalid()\n\x00", "utf-8")
    settings = settings_at(store_path)
    assert settings.find_options() == SearchOptions()
    assert settings.recent_files() == []
    assert settings.geometry() is None
    assert settings.last_tab() == ""  # "@Invalid()" is no tab name: the first tab shows


def test_an_unfinished_start_is_remembered_until_it_finishes(store_path, tmp_path) -> None:
    settings = settings_at(store_path)
    film = tmp_path / "heavy.json"
    settings.begin_start(film)
    # Another process (the next start) sees it on disk at once.
    assert settings_at(store_path).unfinished_start() == film
    settings.end_start()
    assert settings_at(store_path).unfinished_start() is None


def test_the_default_store_is_under_the_test_config_home(monkeypatch) -> None:
    import os

    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName("filmviewer")
    QCoreApplication.setApplicationName("filmviewer")
    assert Settings().location.startswith(os.environ["XDG_CONFIG_HOME"])
