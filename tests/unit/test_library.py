"""The library's parts without a window: walking, the index, the filter, sorting and plot search."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from filmviewer.controller import library_scan
from filmviewer.controller.library import Library, LibraryModel
from filmviewer.controller.library_index import LibraryIndex, index_path
from filmviewer.controller.library_query import QueryError, Term, parse, plot_query
from filmviewer.controller.library_scan import ScanCallbacks, scan, walk
from tests.library_tree import film_json, make_many, make_tree


@pytest.fixture(autouse=True)
def _app(qapp: QCoreApplication) -> QCoreApplication:
    return qapp  # the scan's signals are queued: an application delivers them


def names(root: Path) -> list[str]:
    return sorted(os.fsdecode(found.path) for found in walk(root))


def index_of(root: Path, tmp_path: Path, fingerprint: str = "code") -> LibraryIndex:
    return LibraryIndex(root, index_path(tmp_path / "cache", root), fingerprint)


def scanned(index: LibraryIndex) -> tuple[list[int], list[int]]:
    stored: list[int] = []
    removed: list[int] = []
    scan(index, ScanCallbacks(stored.extend, removed.extend, lambda _progress: None))
    return stored, removed


def library(root: Path, tmp_path: Path) -> Library:
    shelf = Library(root, tmp_path / "cache", "code")
    shelf.scan()
    shelf.wait()
    QCoreApplication.processEvents()
    shelf.load()
    return shelf


# Walking ----------------------------------------------------------------------------


def test_walk_finds_film_files_in_nested_folders_and_skips_hidden_ones(tmp_path: Path) -> None:
    make_tree(tmp_path)
    assert names(tmp_path) == [
        "Broken/broken.json",
        "Broken/release.nfo",
        "History/Stalin (1992).json",
        "Sea/Amélie – “Fabuleux” (2001).json",
        "Sea/Night Ferry/The Night Ferry (1987).nfo",
        "odd\nname (1999).json",
    ]


def test_walk_enters_a_folder_once_however_links_lead_back(tmp_path: Path) -> None:
    make_tree(tmp_path)
    (tmp_path / "History" / "loop").symlink_to(tmp_path)
    (tmp_path / "Sea" / "again").symlink_to(tmp_path / "Sea")
    found = names(tmp_path)
    assert len(found) == 6  # nothing twice, and the walk ends


def test_walk_passes_over_folders_it_may_not_read(tmp_path: Path, monkeypatch) -> None:
    make_tree(tmp_path)
    real_scandir = os.scandir

    def refuse(path):  # type: ignore[no-untyped-def]
        if str(path).endswith("History"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(library_scan.os, "scandir", refuse)
    assert "History/Stalin (1992).json" not in names(tmp_path)
    assert len(names(tmp_path)) == 5


def test_file_names_that_are_not_utf8_are_kept_exactly(tmp_path: Path) -> None:
    name = b"caf\xe9 (1950).json"
    (tmp_path / os.fsdecode(name)).write_text(film_json("Café"), encoding="utf-8")
    assert [found.path for found in walk(tmp_path)] == [name]


# The index ---------------------------------------------------------------------------


def test_a_scan_indexes_films_and_problems(tmp_path: Path) -> None:
    root = tmp_path / "films"
    make_tree(root)
    index = index_of(root, tmp_path)
    stored, removed = scanned(index)
    assert len(stored) == 6
    assert removed == []
    titles = sorted(row.title for row in index.rows())
    assert titles == ["Amélie", "Odd Name", "Stalin", "The Night Ferry"]
    problems = {os.fsdecode(p.path): [str(x) for x in p.problems] for p in index.problematic()}
    assert problems == {
        "Broken/broken.json": [
            "line 1, column 19: not valid JSON: a trailing comma; JSON allows none before “}” "
            "or “]”"
        ],
        "Broken/release.nfo": [
            "file: this is a release's notes (a text .nfo with ASCII art), not a film file: "
            "it holds no <movie> element"
        ],
    }


def test_reopening_reads_only_what_changed(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "films"
    files = make_tree(root)
    scanned(index_of(root, tmp_path))
    read: list[bytes] = []
    real = library_scan.make_entries

    def counting(folder, work):  # type: ignore[no-untyped-def]
        read.extend(path for path, _context in work)
        return real(folder, work)

    monkeypatch.setattr(library_scan, "make_entries", counting)
    again = index_of(root, tmp_path)
    assert not again.rebuilt
    assert scanned(again) == ([], [])
    assert read == []
    files["amelie"].write_text(film_json("Amélie Poulain", year=2001), encoding="utf-8")
    files["stalin"].unlink()
    (root / "New (2024).json").write_text(film_json("New", year=2024), encoding="utf-8")
    stored, removed = scanned(again)
    assert sorted(read) == [b"New (2024).json", "Sea/Amélie – “Fabuleux” (2001).json".encode()]
    assert len(stored) == 2
    assert len(removed) == 2  # the file deleted, and the changed file's old row
    assert sorted(row.title for row in again.rows()) == [
        "Amélie Poulain",
        "New",
        "Odd Name",
        "The Night Ferry",
    ]


def test_files_changing_during_a_scan_are_right_after_the_next(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "films"
    files = make_tree(root)
    real = library_scan.make_entries
    meddled: list[bool] = []

    def meddling(folder, work):  # type: ignore[no-untyped-def]
        # Between finding the files and reading them, as a user saving files would.
        if not meddled:
            meddled.append(True)
            files["amelie"].write_text(film_json("Amélie Poulain", year=2001), encoding="utf-8")
            files["stalin"].unlink()
            (root / "Broken" / "broken.json").write_text(film_json("Mended"), encoding="utf-8")
            (root / "New (2024).json").write_text(film_json("New", year=2024), encoding="utf-8")
        return real(folder, work)

    monkeypatch.setattr(library_scan, "make_entries", meddling)
    index = index_of(root, tmp_path)
    scanned(index)  # the changes are read as they are now, or left to the next scan
    assert "Amélie Poulain" in {row.title for row in index.rows()}
    assert "Stalin" not in {row.title for row in index.rows()}
    scanned(index)  # the watcher's scan, after the changes
    assert sorted(row.title for row in index.rows()) == [
        "Amélie Poulain",
        "Mended",
        "New",
        "Odd Name",
        "The Night Ferry",
    ]
    assert [os.fsdecode(item.path) for item in index.problematic()] == ["Broken/release.nfo"]


def test_a_file_renamed_is_one_film_not_two(tmp_path: Path) -> None:
    root = tmp_path / "films"
    files = make_tree(root)
    index = index_of(root, tmp_path)
    scanned(index)
    files["amelie"].rename(root / "Amelie.json")
    scanned(index)
    assert sorted(os.fsdecode(row.path) for row in index.rows() if row.title == "Amélie") == [
        "Amelie.json"
    ]


@pytest.mark.parametrize(
    "damage",
    ["garbage", "truncated", "empty", "foreign", "older schema", "other code", "other folder"],
)
def test_an_index_that_cannot_be_used_is_built_again(tmp_path: Path, damage: str) -> None:
    root = tmp_path / "films"
    make_tree(root)
    index = index_of(root, tmp_path)
    scanned(index)
    index.close()
    path = index_path(tmp_path / "cache", root)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    fingerprint = "code"
    if damage == "garbage":
        path.write_bytes(os.urandom(4096))
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[:1500])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "foreign":
        path.unlink()
        other = sqlite3.connect(path)
        other.execute("CREATE TABLE accounts(name TEXT)")
        other.commit()
        other.close()
    elif damage == "older schema":
        connection = sqlite3.connect(path)
        connection.execute("PRAGMA user_version = 0")
        connection.commit()
        connection.close()
    elif damage == "other code":
        fingerprint = "newer code"
    else:
        connection = sqlite3.connect(path)
        connection.execute("UPDATE meta SET value = '00' WHERE key = 'root'")
        connection.commit()
        connection.close()
    again = index_of(root, tmp_path, fingerprint)
    assert again.rebuilt
    assert again.path == path
    stored, _ = scanned(again)
    assert len(stored) == 6
    assert len(list(again.rows())) == 4


def test_an_index_damaged_inside_is_found_by_the_scan_and_built_again(tmp_path: Path) -> None:
    # Its header and tables read well: the library opens from it at once, and the
    # scan, which checks every page, finds the damage and builds it again.
    root = tmp_path / "films"
    make_tree(root)
    shelf = library(root, tmp_path)
    shelf.close()
    path = index_path(tmp_path / "cache", root)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = os.urandom(4096)
    path.write_bytes(bytes(data))
    again = Library(root, tmp_path / "cache", "code")
    again.load()
    again.scan()
    again.wait()
    QCoreApplication.processEvents()  # the scan's end: the index is built again, and scanned
    again.wait()
    QCoreApplication.processEvents()
    while again._pending:
        again._on_refresh_due()
    assert again.index.rebuilt
    assert sorted(row.title for row in again.films().values()) == [
        "Amélie",
        "Odd Name",
        "Stalin",
        "The Night Ferry",
    ]
    again.close()


def test_a_locked_index_is_kept_in_memory_for_this_run(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "films"
    make_tree(root)
    index = index_of(root, tmp_path)
    index.close()
    path = index_path(tmp_path / "cache", root)
    path.write_bytes(b"not a database")
    real_connect = sqlite3.connect

    def locked(name, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(name) == str(path):
            raise sqlite3.OperationalError("database is locked")
        return real_connect(name, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", locked)
    again = index_of(root, tmp_path)
    assert again.path is None
    assert len(scanned(again)[0]) == 6


def test_rows_the_index_gives_back_are_checked(tmp_path: Path) -> None:
    root = tmp_path / "films"
    make_tree(root)
    index = index_of(root, tmp_path)
    scanned(index)
    with index.connection:
        index.connection.execute("UPDATE films SET title = 'Evil\x1b[31m' WHERE title = 'Stalin'")
        index.connection.execute("UPDATE films SET year = 99999 WHERE title = 'Amélie'")
        index.connection.execute(
            "UPDATE films SET path = CAST('../../etc/passwd' AS BLOB) WHERE title = 'Odd Name'"
        )
    assert [row.title for row in index.rows()] == ["The Night Ferry"]


@pytest.mark.parametrize(
    "tampered",
    [
        "path = CAST('/etc/passwd' AS BLOB)",
        "path = CAST('Sea/../../etc/passwd' AS BLOB)",
        "path = CAST('..' AS BLOB)",
        "path = CAST('Sea/..' AS BLOB)",
        "path = CAST('Sea' || char(0) || 'x.nfo' AS BLOB)",
        "path = 'Sea/x.nfo'",  # text, not the bytes the scanner stores
        "title = ''",
        "title = char(8203, 8203)",  # zero-width spaces: blank
        "title = 'Ferry' || char(8238) || 'gnp.exe'",  # a bidi override
        "title = printf('%.1001c', 'x')",
        "year = 1869",
        "year = 'nineteen'",
        "runtime = 0",
        "added = 'yesterday'",
        "poster = x'00'",
        "keys = 'no separators'",
    ],
)
def test_each_value_an_index_row_gives_back_is_checked(tmp_path: Path, tampered: str) -> None:
    root = tmp_path / "films"
    make_tree(root)
    index = index_of(root, tmp_path)
    scanned(index)
    with index.connection:
        index.connection.execute(f"UPDATE films SET {tampered} WHERE title = 'The Night Ferry'")
    assert sorted(row.title for row in index.rows()) == ["Amélie", "Odd Name", "Stalin"]
    index.close()


def test_a_film_the_index_holds_is_validated_again_before_a_copy(tmp_path: Path) -> None:
    root = tmp_path / "films"
    make_tree(root)
    shelf = library(root, tmp_path)
    rows = sorted(shelf.films().values(), key=lambda row: row.title)
    with shelf.index.connection:
        shelf.index.connection.execute(
            'UPDATE documents SET film = \'{"title": "\\u202e"}\''
            " WHERE id = (SELECT id FROM films WHERE title = 'Stalin')"
        )
    copied = shelf.film_data(rows)
    assert [data["title"] for _path, data in copied] == ["Amélie", "Odd Name", "The Night Ferry"]
    assert all(data["format_version"] == 2 for _path, data in copied)
    shelf.close()


# The filter ------------------------------------------------------------------------


def test_the_filter_parses_words_fields_phrases_and_years() -> None:
    query = parse('stalin Title:"Night Ferry" company:hbo year:1990..1999 year:1992 people:Duvall')
    assert query.terms == (
        Term("all", "stalin"),
        Term("title", "night ferry"),
        Term("company", "hbo"),
        Term("person", "duvall"),
    )
    assert query.years == ((1990, 1999), (1992, 1992))
    assert parse("  ").is_empty


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (
            "colour:red",
            "no field “colour”: try title, year, genre, keyword, country, language, company "
            "or person",
        ),
        ("year:ninety", "“ninety” is no year: write year:1994 or year:1990..1999"),
        ("year:1999..1990", "the years 1999..1990 run backwards"),
    ],
)
def test_a_filter_it_cannot_read_says_why(text: str, why: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse(text)
    assert str(caught.value) == why


def titles_shown(model: LibraryModel) -> list[str]:
    role = LibraryModel.TitleRole
    return [model.data(model.index(row, 0), role) for row in range(model.rowCount())]


def test_filtering_ignores_case_and_diacritics_and_every_word_must_match(tmp_path: Path) -> None:
    root = tmp_path / "films"
    make_tree(root)
    shelf = library(root, tmp_path)
    model = LibraryModel(shelf)
    model.set_filter("muvelodesi")
    assert titles_shown(model) == ["Stalin"]
    model.set_filter("AMELIE comedy")
    assert titles_shown(model) == ["Amélie"]
    model.set_filter("amelie drama")
    assert titles_shown(model) == []
    model.set_filter('company:"hbo films" year:1990..1999')
    assert titles_shown(model) == ["Stalin"]
    model.set_filter("person:quinn")
    assert titles_shown(model) == ["The Night Ferry"]
    model.set_filter("1987")
    assert titles_shown(model) == ["The Night Ferry"]
    model.set_filter("genre:drama title:ferry")
    assert titles_shown(model) == []
    # Typed a letter at a time: each new word narrows what the last ones left.
    typed = ["s", "st", "sta", "sta h", "sta hu", "sta hux"]
    both = ["Stalin", "The Night Ferry"]  # "mystery" holds "s" and "st"; "the night" an "h"
    shown = [both, both, ["Stalin"], ["Stalin"], ["Stalin"], []]
    for text, expected in zip(typed, shown, strict=True):
        model.set_filter(text)
        assert titles_shown(model) == expected, text
    # A filter with an error leaves the list as it was, and says why.
    model.set_filter("")
    model.set_filter("colour:red")
    assert model.error is not None
    assert len(titles_shown(model)) == 4
    shelf.close()


def test_sorting_by_title_year_runtime_and_date_added(tmp_path: Path) -> None:
    root = tmp_path / "films"
    for name, title, year, runtime in [
        ("a", "Part 10", 2010, 90),
        ("b", "part 9", 2009, None),
        ("c", "Élan", None, 130),
        ("d", "Zulu", 1964, 138),
    ]:
        root.mkdir(exist_ok=True)
        fields: dict[str, object] = {"year": year} if year else {}
        if runtime:
            fields["tech_specs"] = {"runtime_minutes": runtime}
        (root / f"{name}.json").write_text(film_json(title, **fields), encoding="utf-8")
    shelf = library(root, tmp_path)
    model = LibraryModel(shelf)
    assert titles_shown(model) == ["Élan", "part 9", "Part 10", "Zulu"]
    model.set_sort("title", descending=True)
    assert titles_shown(model) == ["Zulu", "Part 10", "part 9", "Élan"]
    model.set_sort("year")
    assert titles_shown(model) == ["Zulu", "part 9", "Part 10", "Élan"]  # no year: last
    model.set_sort("year", descending=True)
    assert titles_shown(model) == ["Part 10", "part 9", "Zulu", "Élan"]
    model.set_sort("runtime")
    assert titles_shown(model) == ["Part 10", "Élan", "Zulu", "part 9"]
    model.set_sort("added")
    assert sorted(titles_shown(model)) == ["Part 10", "Zulu", "part 9", "Élan"]
    shelf.close()


def test_films_arriving_later_take_their_places_in_title_order(tmp_path: Path) -> None:
    root = tmp_path / "films"
    root.mkdir()
    first = ["Delta 2", "Bravo", "Foxtrot 10", "Zulu", "Kilo", "Lima", "Mike", "Oscar"]
    later = ["Charlie", "Echo 1", "Foxtrot 9", "Alpha", "Écho 2", "Delta 11"]
    for number, title in enumerate(first):
        (root / f"{number}.json").write_text(film_json(title), encoding="utf-8")
    shelf = library(root, tmp_path)
    model = LibraryModel(shelf)
    assert titles_shown(model) == [
        "Bravo",
        "Delta 2",
        "Foxtrot 10",
        "Kilo",
        "Lima",
        "Mike",
        "Oscar",
        "Zulu",
    ]
    zulu = model._title_keys_of["Zulu"]
    for number, title in enumerate(later):
        (root / f"later {number}.json").write_text(film_json(title), encoding="utf-8")
    shelf.scan()
    shelf.wait()
    QCoreApplication.processEvents()
    shelf._on_refresh_due()
    # The new words were placed between the known ones: the keys made before were kept.
    assert model._title_keys_of["Zulu"] is zulu
    assert titles_shown(model) == [
        "Alpha",
        "Bravo",
        "Charlie",
        "Delta 2",
        "Delta 11",
        "Echo 1",
        "Écho 2",
        "Foxtrot 9",
        "Foxtrot 10",
        "Kilo",
        "Lima",
        "Mike",
        "Oscar",
        "Zulu",
    ]
    shelf.close()


def rescanned(shelf: Library) -> None:
    shelf.scan()
    shelf.wait()
    QCoreApplication.processEvents()
    while shelf._pending or shelf._removed:
        shelf._on_refresh_due()


def test_reopening_takes_the_title_order_kept_and_new_films_find_their_places(
    tmp_path: Path,
) -> None:
    root = tmp_path / "films"
    root.mkdir()
    for number, title in enumerate(["Kilo", "Bravo 10", "Bravo 9", "Écho", "Delta"]):
        (root / f"{number}.json").write_text(film_json(title), encoding="utf-8")
    first = library(root, tmp_path)
    model = LibraryModel(first)
    first.scan_finished.emit(True)  # the order is kept when a scan ends
    first.close()
    again = Library(root, tmp_path / "cache", "code")
    again.load()
    reopened = LibraryModel(again)
    assert not reopened._keys_ready  # no title collated: the kept order was taken
    assert titles_shown(reopened) == ["Bravo 9", "Bravo 10", "Delta", "Écho", "Kilo"]
    (root / "new.json").write_text(film_json("Charlie"), encoding="utf-8")
    rescanned(again)
    assert titles_shown(reopened) == ["Bravo 9", "Bravo 10", "Charlie", "Delta", "Écho", "Kilo"]
    again.close()
    del model


def test_a_kept_order_that_is_not_of_these_films_is_not_used(tmp_path: Path) -> None:
    root = tmp_path / "films"
    root.mkdir()
    for number, title in enumerate(["Kilo", "Bravo", "Delta"]):
        (root / f"{number}.json").write_text(film_json(title), encoding="utf-8")
    shelf = library(root, tmp_path)
    model = LibraryModel(shelf)
    name = model._order_name
    ids = sorted(shelf.films())
    for kept in ([*ids, 999], ids[:2], [ids[0], ids[0], ids[1]], ["1", "2", "3"]):
        shelf.index.store_order(name, kept)  # type: ignore[arg-type]
        shelf.load()
        assert titles_shown(model) == ["Bravo", "Delta", "Kilo"], kept
    with shelf.index.connection:
        shelf.index.connection.execute(
            "UPDATE meta SET value = '[[[[' WHERE key = ?", (f"order:{name}",)
        )
    shelf.load()
    assert titles_shown(model) == ["Bravo", "Delta", "Kilo"]
    shelf.close()


def test_a_film_whose_title_changes_moves_to_its_new_place(tmp_path: Path) -> None:
    root = tmp_path / "films"
    root.mkdir()
    for number, title in enumerate(["Bravo", "Delta", "Kilo", "Oscar"]):
        (root / f"{number}.json").write_text(film_json(title), encoding="utf-8")
    shelf = library(root, tmp_path)
    model = LibraryModel(shelf)
    (root / "0.json").write_text(film_json("Zulu"), encoding="utf-8")
    (root / "3.json").write_text(film_json("Alpha"), encoding="utf-8")
    rescanned(shelf)
    assert titles_shown(model) == ["Alpha", "Delta", "Kilo", "Zulu"]
    shelf.close()


def test_films_replacing_removed_ones_take_their_places(tmp_path: Path) -> None:
    # The index gives a new film the id of one removed: it is a new film all the same.
    root = tmp_path / "films"
    root.mkdir()
    for number in range(40):
        (root / f"old {number}.json").write_text(film_json(f"Old {number}"), encoding="utf-8")
    shelf = library(root, tmp_path)
    model = LibraryModel(shelf)
    for path in root.iterdir():
        path.unlink()
    new = ["Quiet Harbour", "Borderland Radio", "Cold Archive", "Eleven Bridges"]
    for number, title in enumerate(new):
        (root / f"new {number}.json").write_text(film_json(title), encoding="utf-8")
    rescanned(shelf)
    assert titles_shown(model) == sorted(new)
    shelf.close()


def test_the_models_pass_qts_checks(tmp_path: Path, qtmodeltester) -> None:
    from filmviewer.ui.library_view import SearchModel

    root = tmp_path / "films"
    make_many(root, 40)
    shelf = library(root, tmp_path)
    model = LibraryModel(shelf)
    qtmodeltester.check(model, force_py=True)
    model.set_filter("stalin")
    qtmodeltester.check(model, force_py=True)
    results = SearchModel(shelf)
    results.set_hits(shelf.search("kremlin"))
    assert results.rowCount() > 0
    qtmodeltester.check(results, force_py=True)
    shelf.close()


# Plot search -----------------------------------------------------------------------


def test_plot_queries_keep_words_phrases_and_prefixes_and_nothing_else() -> None:
    assert plot_query('lenin "night ferry" strang*') == '"lenin" "night ferry" "strang"*'
    # What would be syntax is words: a token of several words is a phrase of them.
    assert plot_query("NEAR(a b) OR title:x AND -y") == '"NEAR a" "b" "OR" "title x" "AND" "y"'
    assert plot_query('"unclosed phrase') == '"unclosed phrase"'
    assert plot_query(' * " ') == ""


def test_plot_search_finds_words_prefixes_and_phrases_with_a_snippet(tmp_path: Path) -> None:
    root = tmp_path / "films"
    make_tree(root)
    shelf = library(root, tmp_path)
    films = shelf.films()
    hits = shelf.search("LENIN")
    assert [films[hit.id].title for hit in hits] == ["Stalin"]
    assert "\x02Lenin\x03" in hits[0].snippet
    assert hits[0].in_synopsis
    assert [films[hit.id].title for hit in shelf.search("strang*")] == ["The Night Ferry"]
    assert [films[hit.id].title for hit in shelf.search('"quietly changes"')] == ["Amélie"]
    assert not shelf.search("montmartre")[0].in_synopsis  # it is in a summary
    assert shelf.search('"changes quietly"') == []
    assert shelf.search("mont\u00e1rtre") == []
    assert [films[hit.id].title for hit in shelf.search("siberia vladimir")] == ["Stalin"]
    shelf.close()


def test_hundreds_of_films_in_worker_processes(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "films"
    make_many(root, 260)
    monkeypatch.setattr(library_scan, "IN_PROCESS", 10)
    shelf = library(root, tmp_path)
    assert len(shelf.films()) == 260
    assert shelf.problems() == []
    shelf.close()
