"""The sheet cache: an unchanged file opens from it; anything else is validated again."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from filmviewer.controller import document, sheet_cache
from filmviewer.controller.document import load_document
from filmviewer.controller.sheet_cache import MAX_ENTRIES, SheetCache, code_fingerprint
from filmviewer.model.problems import FilmFileError
from tests.conftest import BUNDLED, ROOT

US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture
def cache(tmp_path: Path) -> SheetCache:
    return SheetCache(tmp_path / "sheets")


def entries(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "sheets").glob("*.sheet"))


@pytest.fixture
def no_validation(monkeypatch):
    """Reading a film without the cache fails from now on: what still opens came from it."""

    def refuse(data, path):
        raise AssertionError("validated instead of read from the cache")

    def switch_off() -> None:
        monkeypatch.setattr(document, "read_film", refuse)

    return switch_off


def test_a_loaded_film_is_read_back_from_the_cache_unchanged(cache, tmp_path, no_validation):
    first = load_document(BUNDLED, US, cache)
    assert len(entries(tmp_path)) == 1
    no_validation()
    second = load_document(BUNDLED, US, cache)
    assert second.sheet == first.sheet
    assert second.data == first.data
    assert second.sheet.details.rows[0].values[0] == "brutality"


def test_a_changed_file_is_validated_again(cache, film_file) -> None:
    path = film_file('{"title": "Before"}')
    assert load_document(path, US, cache).sheet.title == "Before"
    path.write_text('{"title": "After", "year": "1992"}', encoding="utf-8")
    with pytest.raises(FilmFileError) as caught:
        load_document(path, US, cache)
    assert [str(p) for p in caught.value.problems] == ["year: should be a whole number"]


def test_bad_files_are_never_stored(cache, tmp_path, film_file) -> None:
    with pytest.raises(FilmFileError):
        load_document(film_file("{}"), US, cache)
    assert entries(tmp_path) == []


def test_the_key_depends_on_bytes_reader_context_locale_and_catalogue(cache, tmp_path) -> None:
    content = BUNDLED.read_bytes()
    key = cache.key(content, US, "Film Viewer film", "")
    assert key == cache.key(content, US, "Film Viewer film", "")
    assert key != cache.key(content + b" ", US, "Film Viewer film", "")
    assert key != cache.key(content, QLocale("de_DE"), "Film Viewer film", "")
    assert key != cache.key(content, US, "Kodi film", "")
    assert key != cache.key(content, US, "Film Viewer film", "poster.jpg")
    german = SheetCache(tmp_path / "sheets", catalogue=b"translated")
    assert german.key(content, US, "Film Viewer film", "") != key


def test_an_actors_photo_added_after_the_film_was_cached_is_shown(cache, tmp_path) -> None:
    path = tmp_path / "Film (2001).nfo"
    path.write_text("<movie><title>Film</title><actor><name>Jane Doe</name></actor></movie>")
    first = load_document(path, US, cache)
    assert [row.pictures for row in first.sheet.cast.rows if row.key == "cast"] == [("",)]
    (tmp_path / ".actors").mkdir()
    (tmp_path / ".actors" / "Jane_Doe.jpg").touch()
    again = load_document(path, US, cache)
    cast = [row.pictures for row in again.sheet.cast.rows if row.key == "cast"]
    assert cast == [(".actors/Jane_Doe.jpg",)]


@pytest.mark.parametrize(
    "changed", ["model/film.py", "model/readers.py", "model/nfo/people.py", "controller/export.py"]
)
def test_the_key_changes_with_any_code_that_shapes_an_entry(tmp_path, changed) -> None:
    package = tmp_path / "filmviewer"
    shutil.copytree(ROOT / "filmviewer", package, ignore=shutil.ignore_patterns("__pycache__"))
    before = code_fingerprint(package)
    with (package / changed).open("a", encoding="utf-8") as source:
        source.write("\n# changed\n")
    assert code_fingerprint(package) != before


def entry_text(tmp_path: Path) -> tuple[Path, bytes]:
    (entry,) = entries(tmp_path)
    return entry, entry.read_bytes()


def signed(cache: SheetCache, tree: object) -> bytes:
    """An entry this user's key signs, holding ``tree`` (or JSON text), whatever it says."""
    text = tree if isinstance(tree, str) else json.dumps(tree)
    payload = ("[]\n" + text).encode()
    return b"filmviewer-sheet 2\n" + cache._sign(payload) + b"\n" + payload


def deep(depth: int) -> str:
    sheet = "[" * depth + "]" * depth
    return '{"sheet": ' + sheet + ', "data": {"title": "x"}, "warnings": []}'


@pytest.mark.parametrize(
    "damage",
    [
        "empty",
        "garbage",
        "truncated",
        "one byte changed",
        "title edited",
        "an old entry of plain JSON",
        "signed, but an unknown section",
        "signed, but nested 100,000 deep",
        "signed, but a sheet of the wrong shape",
    ],
)
def test_a_damaged_tampered_foreign_or_old_entry_is_a_miss(cache, tmp_path, damage) -> None:
    expected = load_document(BUNDLED, US, cache)
    entry, good = entry_text(tmp_path)
    sheet = json.loads(good.split(b"\n", 2)[2].split(b"\n", 1)[1])["sheet"]
    bad = {
        "empty": lambda: b"",
        "garbage": lambda: b"\x00\xff not an entry",
        "truncated": lambda: good[: len(good) // 2],
        "one byte changed": lambda: good[:-20] + bytes([good[-20] ^ 1]) + good[-19:],
        "title edited": lambda: good.replace(b'"Stalin"', b'"Edited"', 1),
        "an old entry of plain JSON": lambda: json.dumps({"sheet": sheet, "data": {}}).encode(),
        "signed, but an unknown section": lambda: signed(
            cache,
            {
                "sheet": {**sheet, "details": {**sheet["details"], "key": "gossip"}},
                "data": {"title": "x"},
                "warnings": [],
            },
        ),
        "signed, but nested 100,000 deep": lambda: signed(cache, deep(100_000)),
        "signed, but a sheet of the wrong shape": lambda: signed(
            cache, {"sheet": {"title": 1}, "data": {"title": "x"}, "warnings": []}
        ),
    }[damage]()
    assert b'"Stalin"' in good
    entry.write_bytes(bad)
    assert cache.get(entry.name.removesuffix(".sheet")) is None
    assert not entry.exists()  # a bad entry is removed, not tried again
    again = load_document(BUNDLED, US, cache)
    assert again.sheet == expected.sheet
    assert again.data == expected.data


def test_an_unwritable_cache_is_skipped(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", encoding="utf-8")
    document = load_document(BUNDLED, US, SheetCache(blocked / "sheets"))
    assert document.sheet.title == "Stalin"


def test_old_entries_are_pruned(cache, tmp_path, film_file) -> None:
    for index in range(MAX_ENTRIES + 3):
        load_document(film_file(json.dumps({"title": f"Film {index}"})), US, cache)
    assert len(entries(tmp_path)) == MAX_ENTRIES


def test_the_cache_is_bounded_in_bytes_and_keeps_what_was_used_last(
    cache, tmp_path, film_file, monkeypatch
) -> None:
    monkeypatch.setattr(sheet_cache, "MAX_BYTES", 300_000)
    synopsis = "A long night in the Kremlin. " * 2_000  # about 58 KB a film
    paths = [
        film_file(json.dumps({"title": f"Film {i}", "synopsis": synopsis + str(i)}), f"{i}.json")
        for i in range(12)
    ]
    for path in paths[:4]:
        load_document(path, US, cache)
    first_key = cache.key(paths[0].read_bytes(), US, "Film Viewer film", "")
    for path in paths[4:]:
        assert cache.get(first_key) is not None  # used again: kept
        load_document(path, US, cache)
    sizes = [entry.stat().st_size for entry in entries(tmp_path)]
    assert sum(sizes) <= 300_000
    assert len(sizes) < 12
    assert cache.get(first_key) is not None
    assert (
        cache.get(cache.key(paths[1].read_bytes(), US, "Film Viewer film", "")) is None
    )  # least recently used


def test_each_text_is_stored_once(cache, tmp_path, film_file) -> None:
    synopsis = "Stalin rises. " * 20_000  # 280,000 characters, in the sheet and in the data
    load_document(film_file(json.dumps({"title": "Long", "synopsis": synopsis})), US, cache)
    (entry,) = entries(tmp_path)
    assert len(synopsis) < entry.stat().st_size < 1.2 * len(synopsis)


def test_a_failed_write_leaves_no_partial_entry(cache, tmp_path, monkeypatch) -> None:
    import os

    real_replace = os.replace

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sheet_cache.os, "replace", full_disk)
    assert load_document(BUNDLED, US, cache).sheet.title == "Stalin"
    monkeypatch.setattr(sheet_cache.os, "replace", real_replace)
    assert list((tmp_path / "sheets").iterdir()) == []
