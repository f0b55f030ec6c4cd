"""The library without Qt: walking, the index, the filter, sorting and plot search, through
the view the list and the CLI read (controller/library/view.py)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from filmviewer.controller.library import scan as library_scan
from filmviewer.controller.library.index import LibraryIndex, index_path
from filmviewer.controller.library.query import (
    QueryError,
    Term,
    decade_term,
    facet_term,
    parse,
    plot_query,
    read,
    runtime_term,
    toggled,
)
from filmviewer.controller.library.scan import ScanCallbacks, scan, walk
from filmviewer.controller.library.view import LibraryView, Sort
from tests.conftest import ROOT
from tests.library_tree import film_json, make_many, make_tree


def names(root: Path) -> list[str]:
    return sorted(os.fsdecode(found.path) for found in walk(root))


def index_of(root: Path, tmp_path: Path, fingerprint: str = "code") -> LibraryIndex:
    return LibraryIndex(root, index_path(tmp_path / "cache", root), fingerprint)


def scanned(index: LibraryIndex, locale: str = "en_US") -> tuple[list[int], list[int]]:
    stored: list[int] = []
    removed: list[int] = []
    scan(index, ScanCallbacks(stored.extend, removed.extend, lambda _progress: None), locale=locale)
    return stored, removed


def view_of(root: Path, tmp_path: Path) -> LibraryView:
    index = index_of(root, tmp_path)
    scanned(index)
    return LibraryView(index)


def all_titles(index: LibraryIndex) -> list[str]:
    return sorted(row.title for row in index.all_films())


def titles(view: LibraryView, text: str = "", sort: Sort = Sort()) -> list[str]:  # noqa: B008
    """The titles the list shows for the filter ``text``, in its order."""
    return [row.title for row in view.films(read(text), sort)]


def found(view: LibraryView, text: str) -> list[str]:
    """The titles a plot search for ``text`` finds, best first."""
    return [row.title for row in view.rows(view.hit_ids(text)) if row is not None]


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
    assert all_titles(index) == ["Amélie", "Odd Name", "Stalin", "The Night Ferry"]
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
    assert all_titles(again) == [
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
    assert "Amélie Poulain" in set(all_titles(index))
    assert "Stalin" not in set(all_titles(index))
    scanned(index)  # the watcher's scan, after the changes
    assert all_titles(index) == [
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
    assert sorted(os.fsdecode(row.path) for row in index.all_films() if row.title == "Amélie") == [
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
    assert len(all_titles(again)) == 4


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
    assert all_titles(index) == ["The Night Ferry"]


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
    ],
)
def test_each_value_an_index_row_gives_back_is_checked(tmp_path: Path, tampered: str) -> None:
    root = tmp_path / "films"
    make_tree(root)
    index = index_of(root, tmp_path)
    scanned(index)
    with index.connection:
        index.connection.execute(f"UPDATE films SET {tampered} WHERE title = 'The Night Ferry'")
    assert all_titles(index) == ["Amélie", "Odd Name", "Stalin"]
    index.close()


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
            "no field “colour”: try title, year, runtime, genre, keyword, country, language, "
            "company, person or collection",
        ),
        ("year:ninety", "“ninety” is no year: write year:1994 or year:1990..1999"),
        (
            "runtime:long",
            "“long” is no running time: write runtime:90..119 or runtime:180.. (minutes)",
        ),
        ("runtime:120..90", "the running times 120..90 run backwards"),
        ("year:1999..1990", "the years 1999..1990 run backwards"),
    ],
)
def test_a_filter_it_cannot_read_says_why(text: str, why: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse(text)
    assert str(caught.value) == why


def test_the_filter_matches_word_starts_in_any_field_ignoring_case_and_diacritics(
    tmp_path: Path,
) -> None:
    root = tmp_path / "films"
    make_tree(root)
    view = view_of(root, tmp_path)
    assert titles(view, "muvelodesi") == ["Stalin"]  # written Müvelödési
    assert titles(view, "MŰVELŐDÉSI") == ["Stalin"]  # typed with other marks
    assert titles(view, "AMELIE comedy") == ["Amélie"]
    assert titles(view, "amelie drama") == []
    assert titles(view, 'company:"hbo films" year:1990..1999') == ["Stalin"]
    assert titles(view, 'company:"films hbo"') == []  # a phrase keeps its order
    assert titles(view, "person:quinn") == ["The Night Ferry"]
    assert titles(view, "title:quinn") == []
    assert titles(view, "1987") == ["The Night Ferry"]
    assert titles(view, "genre:drama title:ferry") == []
    assert titles(view, "erry") == []  # the middle of a word is not its start
    # Typed a letter at a time: each word is the start of a word.
    typed = ["s", "st", "sta", "sta h", "sta hu", "sta hux"]
    shown = [["Stalin"]] * 5 + [[]]
    assert [titles(view, text) for text in typed] == shown
    # What the filter cannot read is left out (and said by the list): not an empty list.
    assert titles(view, "colour:red") == ["Amélie", "Odd Name", "Stalin", "The Night Ferry"]
    assert view.count(read("year:1990..2001")) == 3


def test_what_is_typed_is_never_taken_as_the_index_s_own_syntax(tmp_path: Path) -> None:
    root = tmp_path / "films"
    make_tree(root)
    view = view_of(root, tmp_path)
    for text in ['"', "NEAR(stalin", "stalin OR ferry", "title:*", "^stalin", "-stalin", "a:b:c"]:
        titles(view, text)  # no sqlite3.OperationalError
    assert titles(view, "stalin OR ferry") == []  # three words, each must match


def test_sorting_by_title_year_runtime_and_date_added(tmp_path: Path) -> None:
    root = tmp_path / "films"
    for name, title, year, runtime in [
        ("a", "Part 10", 2010, 90),
        ("b", "part 9", 2009, None),
        ("c", "Élan", None, 130),
        ("d", "Zulu", 1964, 138),
        ("e", "Alpha", 2009, 90),
    ]:
        root.mkdir(exist_ok=True)
        fields: dict[str, object] = {"year": year} if year else {}
        if runtime:
            fields["tech_specs"] = {"runtime_minutes": runtime}
        (root / f"{name}.json").write_text(film_json(title, **fields), encoding="utf-8")
    view = view_of(root, tmp_path)
    assert titles(view) == ["Alpha", "Élan", "part 9", "Part 10", "Zulu"]
    assert titles(view, sort=Sort("title", True)) == ["Zulu", "Part 10", "part 9", "Élan", "Alpha"]
    # Equal years by title; no year last, whichever way the list runs.
    assert titles(view, sort=Sort("year")) == ["Zulu", "Alpha", "part 9", "Part 10", "Élan"]
    by_year_down = ["Part 10", "part 9", "Alpha", "Zulu", "Élan"]
    assert titles(view, sort=Sort("year", True)) == by_year_down
    assert titles(view, sort=Sort("runtime")) == ["Alpha", "Part 10", "Élan", "Zulu", "part 9"]
    assert sorted(titles(view, sort=Sort("added"))) == sorted(titles(view))
    # A window of the list is that part of it.
    window = view.window(read(""), Sort("year", True), 1, 2)
    assert [row.title for row in window if row is not None] == ["part 9", "Alpha"]
    assert view.ids(read(""), Sort("year", True), 1, 2) == [row.id for row in window if row]


def test_titles_sort_in_the_user_s_language_and_again_when_it_changes(tmp_path: Path) -> None:
    root = tmp_path / "films"
    root.mkdir()
    for number, title in enumerate(["Zorro", "Ångest", "Apa"]):
        (root / f"{number}.json").write_text(film_json(title), encoding="utf-8")
    index = index_of(root, tmp_path)
    scanned(index, locale="en_US")
    view = LibraryView(index)
    assert titles(view) == ["Ångest", "Apa", "Zorro"]
    scanned(index, locale="sv_SE")  # nothing changed on disk: the keys are made again
    assert titles(view) == ["Apa", "Zorro", "Ångest"]  # Swedish å comes after z


def test_films_arriving_later_take_their_places(tmp_path: Path) -> None:
    root = tmp_path / "films"
    root.mkdir()
    first = ["Delta 2", "Bravo", "Foxtrot 10", "Zulu", "Kilo"]
    later = ["Charlie", "Echo 1", "Foxtrot 9", "Alpha", "Écho 2", "Delta 11"]
    for number, title in enumerate(first):
        (root / f"{number}.json").write_text(film_json(title), encoding="utf-8")
    index = index_of(root, tmp_path)
    scanned(index)
    view = LibraryView(index)
    assert titles(view) == ["Bravo", "Delta 2", "Foxtrot 10", "Kilo", "Zulu"]
    old_ids = set(view.ids(read(""), Sort()))
    for number, title in enumerate(later):
        (root / f"later {number}.json").write_text(film_json(title), encoding="utf-8")
    (root / "0.json").write_text(film_json("Yankee"), encoding="utf-8")  # Delta 2, renamed
    (root / "4.json").unlink()  # Kilo
    scanned(index)
    assert titles(view) == [
        "Alpha",
        "Bravo",
        "Charlie",
        "Delta 11",
        "Echo 1",
        "Écho 2",
        "Foxtrot 9",
        "Foxtrot 10",
        "Yankee",
        "Zulu",
    ]
    # A new or changed film has an id no film had before: nothing stale can be taken for it.
    new_ids = set(view.ids(read(""), Sort())) - old_ids
    assert len(new_ids) == 7
    assert min(new_ids) > max(old_ids)


def test_an_edit_that_keeps_size_and_modification_time_is_seen(tmp_path: Path) -> None:
    # As cp -p and rsync -t leave a file: only its change time says it changed.
    root = tmp_path / "films"
    files = make_tree(root)
    index = index_of(root, tmp_path)
    scanned(index)
    path = files["amelie"]
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    edited = text.replace('"Amélie"', '"Amelia"')
    assert len(edited.encode()) == before.st_size - 1
    path.write_text(edited + " ", encoding="utf-8")  # the same size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    stored, _removed = scanned(index)
    assert len(stored) == 1
    assert "Amelia" in all_titles(index)


# Plot search -----------------------------------------------------------------------


def test_plot_queries_keep_words_phrases_and_prefixes_and_nothing_else() -> None:
    assert plot_query('lenin "night ferry" strang*') == '"lenin" "night ferry" "strang"*'
    # What would be syntax is words: a token of several words is a phrase of them.
    assert plot_query("NEAR(a b) OR title:x AND -y") == '"near a" "b" "or" "title x" "and" "y"'
    assert plot_query('"unclosed phrase') == '"unclosed phrase"'
    assert plot_query(' * " ') == ""


def test_plot_search_finds_words_prefixes_and_phrases_with_a_snippet(tmp_path: Path) -> None:
    root = tmp_path / "films"
    make_tree(root)
    view = view_of(root, tmp_path)
    hits = view.hits("LENIN")
    assert [row.title for row in view.rows([hit.id for hit in hits]) if row] == ["Stalin"]
    snippet = "Siberia, 1917. A devoted follower of Vladimir \x02Lenin\x03 is drafted."
    assert hits[0].snippet == snippet
    assert hits[0].in_synopsis
    assert found(view, "strang*") == ["The Night Ferry"]
    assert found(view, '"quietly changes"') == ["Amélie"]
    assert not view.hits("montmartre")[0].in_synopsis  # it is in a summary
    assert found(view, '"changes quietly"') == []
    assert found(view, "siberia vladimir") == ["Stalin"]
    assert found(view, "siberia ferry") == []  # every word, in one film
    assert view.hit_count("lenin") == 1


def test_plot_search_ignores_diacritics_written_and_typed(tmp_path: Path) -> None:
    root = tmp_path / "films"
    make_tree(root)
    (root / "bartok.json").write_text(
        film_json("Quartet", synopsis="Béla Bartók writes for the Straße's quartet."),
        encoding="utf-8",
    )
    view = view_of(root, tmp_path)
    assert found(view, "bela bartok") == ["Quartet"]  # marks in the text, none typed
    assert found(view, "BÉLA") == ["Quartet"]
    assert found(view, "strasse") == ["Quartet"]
    assert found(view, "Montmártre") == ["Amélie"]  # a mark typed, none in the text
    assert found(view, "montmartre") == ["Amélie"]


def test_plot_search_puts_the_best_match_first_whenever_it_came(tmp_path: Path) -> None:
    root = tmp_path / "films"
    root.mkdir()
    filler = " ".join(["The river runs past the town and the hills beyond it."] * 20)
    for number in range(5):
        synopsis = f"{filler} A ferry crosses once. {filler}"
        (root / f"{number}.json").write_text(
            film_json(f"Crossing {number}", synopsis=synopsis), encoding="utf-8"
        )
    index = index_of(root, tmp_path)
    scanned(index)
    (root / "z.json").write_text(
        film_json("Ferrymen", synopsis="The ferry, the ferry's crew and a ferry timetable."),
        encoding="utf-8",
    )
    scanned(index)  # the best match is the newest row
    view = LibraryView(index)
    ranked = found(view, "ferry")
    assert ranked[0] == "Ferrymen"
    assert sorted(ranked[1:]) == [f"Crossing {number}" for number in range(5)]
    assert [row.title for row in view.rows(view.hit_ids("ferry", 1, 2)) if row] == ranked[1:3]


def test_plot_search_has_no_limit(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "films"
    make_many(root, 600)
    monkeypatch.setattr(library_scan, "IN_PROCESS", 10)  # read in worker processes
    view = view_of(root, tmp_path)
    assert view.total() == 600
    assert view.problems() == []
    common = view.hit_count("moscow")
    assert common > 500
    hits = view.hits("moscow")
    assert len(hits) == common
    assert len({hit.id for hit in hits}) == common
    assert all("\x02" in hit.snippet for hit in hits)


FOLDING_CASES = __import__("tests.unit.test_search", fromlist=["FOLDING"]).FOLDING


@pytest.mark.parametrize(("text", "query"), FOLDING_CASES)
def test_the_filter_and_plot_search_fold_as_the_find_bar_does(
    tmp_path: Path, text: str, query: str
) -> None:
    # The same table the find bar is tested with (tests/unit/test_search.py).
    root = tmp_path / "films"
    root.mkdir()
    (root / "film.json").write_text(film_json(text, synopsis=f"Once, {text}."), encoding="utf-8")
    (root / "other.json").write_text(film_json("Other", synopsis="Other."), encoding="utf-8")
    view = view_of(root, tmp_path)
    assert titles(view, query) == [text]
    assert found(view, query) == [text]


# Scanning --------------------------------------------------------------------------


class _Refusing:
    """A process pool that cannot start its workers."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        raise OSError(24, "Too many open files")


class _Unstartable:
    """A process pool whose workers cannot start when the first task is given (a main
    module that cannot be imported again, as multiprocessing says with a RuntimeError)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        pass

    def __enter__(self) -> _Unstartable:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def submit(self, *args: object) -> object:
        raise RuntimeError("An attempt has been made to start a new process before the ...")

    def shutdown(self, *args: object, **kwargs: object) -> None:
        pass


class _Dying:
    """A process pool whose workers die with the first task."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        pass

    def __enter__(self) -> _Dying:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def submit(self, *args: object) -> object:
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        future: Future[object] = Future()
        future.set_exception(BrokenProcessPool("a worker died"))
        return future

    def shutdown(self, *args: object, **kwargs: object) -> None:
        pass


@pytest.mark.parametrize("pool", [_Refusing, _Unstartable, _Dying])
def test_a_scan_whose_workers_fail_reads_on_here_and_says_so(
    tmp_path: Path, monkeypatch, pool: type
) -> None:
    import concurrent.futures

    root = tmp_path / "films"
    make_many(root, 40)
    monkeypatch.setattr(library_scan, "IN_PROCESS", 10)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", pool)
    index = index_of(root, tmp_path)
    notes: list[str] = []
    stored: list[int] = []
    callbacks = ScanCallbacks(stored.extend, lambda _ids: None, lambda _p: None, notes.append)
    scan(index, callbacks)
    assert len(all_titles(index)) == 40
    assert notes == ["The scan's helper processes stopped; reading on in this one, more slowly."]


def test_the_view_index_and_scan_need_no_qt(tmp_path: Path) -> None:
    # What --list runs: no QApplication, and not one Qt module imported.
    root = tmp_path / "films"
    make_tree(root)
    script = (
        "import sys; from pathlib import Path\n"
        "from filmviewer.controller.library.index import LibraryIndex\n"
        "from filmviewer.controller.library.query import read\n"
        "from filmviewer.controller.library.scan import ScanCallbacks, scan\n"
        "from filmviewer.controller.library.view import LibraryView, Sort\n"
        "root = Path(sys.argv[1]); index = LibraryIndex(root, None, 'code')\n"
        "scan(index, ScanCallbacks(print, print, print))\n"
        "view = LibraryView(index)\n"
        "print([row.title for row in view.films(read('year:1990..2001'), Sort('year'))])\n"
        "print([hit.id for hit in view.hits('lenin')] != [])\n"
        "print(sorted(name for name in sys.modules if name.startswith(('PySide6', 'shiboken'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(root)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    assert result.stdout.splitlines()[-3:] == ["['Stalin', 'Odd Name', 'Amélie']", "True", "[]"]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("key", ["title", "year", "runtime", "added"])
def test_a_film_s_place_in_the_list_is_counted_where_the_list_puts_it(
    tmp_path: Path, key: str, descending: bool
) -> None:
    root = tmp_path / "films"
    make_many(root, 80)  # years and runtimes missing from some, titles sharing words
    for number, title in enumerate(["Twin", "Twin", "twin"]):  # equal titles: by year, then id
        (root / f"twin {number}.json").write_text(film_json(title), encoding="utf-8")
    view = view_of(root, tmp_path)
    sort = Sort(key, descending)
    for text in ["", "stalin", "year:1950..1990"]:
        order = view.ids(read(text), sort)
        assert order
        for place, film_id in enumerate(order):
            assert view.position(film_id, read(text), sort) == place
    others = set(view.ids(read(""), sort)) - set(view.ids(read("stalin"), sort))
    assert all(view.position(film_id, read("stalin"), sort) == -1 for film_id in others)


def test_a_sound_index_is_read_whole_again_only_once_it_changed(
    tmp_path: Path, monkeypatch
) -> None:
    from filmviewer.controller.library import index as index_module

    checks: list[str] = []
    real = index_module._Connection.execute

    def execute(self, sql, *args):  # type: ignore[no-untyped-def]
        if "quick_check" in sql:
            checks.append(sql)
        return real(self, sql, *args)

    monkeypatch.setattr(index_module._Connection, "execute", execute)
    root = tmp_path / "films"
    files = make_tree(root)
    index = index_of(root, tmp_path)
    scanned(index)
    index.close()
    checks.clear()
    for _ in range(2):
        again = index_of(root, tmp_path)
        scanned(again)  # nothing changed on disk: nothing written
        again.close()
    assert len(checks) == 1  # checked once after the first scan's writes, then trusted
    files["amelie"].write_text(film_json("Amelia", year=2001), encoding="utf-8")
    again = index_of(root, tmp_path)
    scanned(again)  # the change is written: the next opening checks it again
    again.close()
    checks.clear()
    scanned(index_of(root, tmp_path))
    assert len(checks) == 1


# Browsing ---------------------------------------------------------------------------


def browse_tree(root: Path) -> None:
    films = [
        ("Alpha", 1994, ["Drama", "War"], ["France"], "Sea Stories", ["Ann Lee", "Bo Chan"]),
        ("Beta", 1999, ["drama"], ["France", "Italy"], None, ["Ann Lee"]),
        ("Gamma", 2003, ["Comedy"], ["Italy"], "Sea Stories", ["Cy Dee"]),
        ("Delta", None, ["Drama"], [], None, []),
    ]
    for title, year, genres, countries, collection, cast in films:
        fields: dict[str, object] = {
            "details": {"genres": genres, "countries_of_origin": countries},
            "people": {"directors": ["Ann Lee"], "cast": [{"name": name} for name in cast]},
        }
        if year is not None:
            fields["year"] = year
        if collection is not None:
            fields["collection"] = {"name": collection}
        path = root / f"{title}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(film_json(title, **fields), encoding="utf-8")


def test_browsing_counts_genres_countries_collections_people_and_decades(tmp_path) -> None:
    browse_tree(tmp_path / "films")
    view = view_of(tmp_path / "films", tmp_path)
    browsing = view.browsing(read(""))
    assert browsing.facets["genre"] == [("Drama", 3), ("Comedy", 1), ("War", 1)]
    assert browsing.facets["country"] == [("France", 2), ("Italy", 2)]
    assert browsing.facets["collection"] == [("Sea Stories", 2)]
    # A director who also acts in a film is one person of it.
    assert browsing.facets["person"] == [("Ann Lee", 4), ("Bo Chan", 1), ("Cy Dee", 1)]
    assert browsing.decades == [(1990, 2), (2000, 1)]
    assert browsing.films == 4


def test_browsing_counts_only_the_films_the_filter_lets_through(tmp_path) -> None:
    browse_tree(tmp_path / "films")
    view = view_of(tmp_path / "films", tmp_path)
    browsing = view.browsing(read('country:"italy"'))
    assert browsing.facets["genre"] == [("Comedy", 1), ("drama", 1)]
    assert browsing.decades == [(1990, 1), (2000, 1)]
    assert browsing.films == 2


def test_a_chosen_value_is_a_filter_of_its_films_and_choosing_it_again_undoes_it(
    tmp_path,
) -> None:
    browse_tree(tmp_path / "films")
    view = view_of(tmp_path / "films", tmp_path)
    text = toggled("", facet_term("collection", "Sea Stories"))
    assert text == 'collection:"Sea Stories"'
    assert titles(view, text) == ["Alpha", "Gamma"]
    text = toggled(text, decade_term(1990))
    assert text == 'collection:"Sea Stories" year:1990..1999'
    assert titles(view, text) == ["Alpha"]
    assert toggled(text, facet_term("collection", "Sea Stories")) == "year:1990..1999"
    assert facet_term("person", ' Jo  "Ace" Smith') == 'person:"Jo Ace Smith"'


def test_a_chosen_genre_lists_as_many_films_as_its_count_said(tmp_path) -> None:
    browse_tree(tmp_path / "films")
    for title, genres in [
        ("Epsilon", ["Drama Comedy"]),
        ("Zeta", ["Dramatic  Arts", 'Le "Cinéma"']),
    ]:
        (tmp_path / "films" / f"{title}.json").write_text(
            film_json(title, details={"genres": genres}), encoding="utf-8"
        )
    view = view_of(tmp_path / "films", tmp_path)
    counts = dict(view.browsing(read("")).facets["genre"])
    assert counts["Drama"] == 3
    assert titles(view, facet_term("genre", "Drama")) == ["Alpha", "Beta", "Delta"]
    assert titles(view, facet_term("genre", "Drama Comedy")) == ["Epsilon"]
    # Spaces and case as written in the file or typed do not matter; quotes make it whole.
    assert titles(view, 'genre:"dramatic arts"') == ["Zeta"]
    assert view.count(read('genre:"dramatic"')) == 0
    assert titles(view, facet_term("genre", 'Le "Cinéma"')) == ["Zeta"]
    # Unquoted, it is a word prefix as ever, and a person in quotes is a phrase in any role.
    assert view.count(read("genre:drama")) == 5
    assert titles(view, 'person:"bo chan" genre:"war"') == ["Alpha"]


def test_a_removed_film_leaves_the_counts(tmp_path) -> None:
    browse_tree(tmp_path / "films")
    index = index_of(tmp_path / "films", tmp_path)
    scanned(index)
    (tmp_path / "films" / "Gamma.json").unlink()
    scanned(index)
    browsing = LibraryView(index).browsing(read(""))
    assert browsing.facets["collection"] == [("Sea Stories", 1)]
    assert ("Comedy", 1) not in browsing.facets["genre"]
    # Nothing of it is kept to grow the index.
    (left,) = index.connection.execute(
        "SELECT count(*) FROM facets WHERE id NOT IN (SELECT id FROM films)"
    ).fetchone()
    assert left == 0


@pytest.mark.parametrize("value", ["two\nlines", "", "   ", b"bytes", "x" * 1_001])
def test_a_value_to_browse_by_that_the_index_was_given_wrongly_is_left_out(
    tmp_path, value: object
) -> None:
    browse_tree(tmp_path / "films")
    index = index_of(tmp_path / "films", tmp_path)
    scanned(index)
    with index.connection:
        index.connection.execute("UPDATE facets SET value = ? WHERE value = 'War'", (value,))
    genres = LibraryView(index).browsing(read("")).facets["genre"]
    assert genres == [("Drama", 3), ("Comedy", 1)]


def test_the_filter_narrows_by_running_time_in_minutes(tmp_path: Path) -> None:
    root = tmp_path / "films"
    make_tree(root)  # Amélie runs 122 minutes, Stalin 172; the others give none
    view = view_of(root, tmp_path)
    assert titles(view, "runtime:120..149") == ["Amélie"]
    assert titles(view, "runtime:150..") == ["Stalin"]
    assert titles(view, "runtime:172") == ["Stalin"]
    assert titles(view, "runtime:0..119") == []
    assert view.count(read("runtime:100.. year:1990..1999")) == 1
    assert runtime_term(90, 119) == "runtime:90..119"
    assert runtime_term(180, None) == "runtime:180.."
