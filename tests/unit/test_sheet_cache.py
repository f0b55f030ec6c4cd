"""The sheet cache: an unchanged file opens from it; anything else is validated again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from filmviewer.controller.document import load_document
from filmviewer.controller.sheet_cache import MAX_ENTRIES, SheetCache
from filmviewer.model.loader import FilmFileError
from tests.conftest import BUNDLED

US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture
def cache(tmp_path: Path) -> SheetCache:
    return SheetCache(tmp_path / "sheets")


def entries(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "sheets").glob("*.json"))


def test_a_loaded_film_is_stored_and_read_back_equal(cache, tmp_path) -> None:
    first = load_document(BUNDLED, US, cache)
    assert len(entries(tmp_path)) == 1
    second = load_document(BUNDLED, US, cache)
    assert second == first
    assert second.sheet.details.rows[0].values[0] == "brutality"


def test_a_changed_file_is_validated_again(cache, tmp_path, film_file) -> None:
    path = film_file('{"title": "Before"}')
    assert load_document(path, US, cache).sheet.title == "Before"
    path.write_text('{"title": "After", "year": "1992"}', encoding="utf-8")
    with pytest.raises(FilmFileError) as caught:
        load_document(path, US, cache)
    assert [str(p) for p in caught.value.problems] == ["year: Input should be a valid integer"]


def test_bad_files_are_never_stored(cache, tmp_path, film_file) -> None:
    with pytest.raises(FilmFileError):
        load_document(film_file("{}"), US, cache)
    assert entries(tmp_path) == []


def test_the_key_depends_on_bytes_and_locale(cache) -> None:
    content = BUNDLED.read_bytes()
    assert cache.key(content, US) == cache.key(content, US)
    assert cache.key(content, US) != cache.key(content + b" ", US)
    assert cache.key(content, US) != cache.key(content, QLocale("de_DE"))


@pytest.mark.parametrize(
    "damage",
    [
        "",
        "not json",
        "[]",
        json.dumps({"sheet": {"title": 1}, "data": {}}),
        json.dumps({"sheet": {}, "data": []}),
    ],
)
def test_a_damaged_entry_is_a_miss(cache, tmp_path, damage: str) -> None:
    expected = load_document(BUNDLED, US, cache)
    (entry,) = entries(tmp_path)
    entry.write_text(damage, encoding="utf-8")
    assert cache.get(entry.stem) is None
    assert load_document(BUNDLED, US, cache) == expected


def test_an_unwritable_cache_is_skipped(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", encoding="utf-8")
    document = load_document(BUNDLED, US, SheetCache(blocked / "sheets"))
    assert document.sheet.title == "Stalin"


def test_old_entries_are_pruned(cache, tmp_path, film_file) -> None:
    for index in range(MAX_ENTRIES + 3):
        load_document(film_file(json.dumps({"title": f"Film {index}"})), US, cache)
    assert len(entries(tmp_path)) == MAX_ENTRIES


def test_a_failed_write_leaves_no_partial_entry(cache, tmp_path, monkeypatch) -> None:
    import os

    from filmviewer.controller import sheet_cache

    real_replace = os.replace

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sheet_cache.os, "replace", full_disk)
    assert load_document(BUNDLED, US, cache).sheet.title == "Stalin"
    monkeypatch.setattr(sheet_cache.os, "replace", real_replace)
    assert list((tmp_path / "sheets").iterdir()) == []
