"""An open library and the list's models: what they show, read a window at a time, kept current
by the scan, off the GUI thread."""

from __future__ import annotations

import logging
import os
import types
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from filmviewer.controller.library import list_model
from filmviewer.controller.library import scan as library_scan
from filmviewer.controller.library.index import index_path
from filmviewer.controller.library.library import Library
from filmviewer.controller.library.list_model import LibraryModel, SearchModel
from tests.library_tree import film_json, make_many, make_tree


def opened(root: Path, tmp_path: Path) -> Library:
    """The library at ``root``, scanned, as a window opens it."""
    shelf = Library(root, tmp_path / "cache", "code")
    shelf.load()
    shelf.scan()
    shelf.settle()
    return shelf


def titles_shown(model: LibraryModel | SearchModel) -> list[str]:
    role = LibraryModel.TitleRole
    return [model.data(model.index(row, 0), role) for row in range(model.rowCount())]


def settled_tree(qtbot, tmp_path: Path) -> tuple[Path, Library, LibraryModel]:
    """The films of ``make_tree`` opened, scanned, and listed: (their folder, the library,
    its list)."""
    root = tmp_path / "films"
    make_tree(root)
    shelf = opened(root, tmp_path)
    model = LibraryModel(shelf)
    settled(qtbot, shelf, model)
    return root, shelf, model


def settled(qtbot, shelf: Library, model: LibraryModel) -> None:
    """Wait for the scan, its news, and the list's rows made again."""
    qtbot.waitUntil(lambda: shelf.settled and not model.refreshing, timeout=20_000)


def test_the_list_shows_what_the_filter_lets_through_in_the_chosen_order(tmp_path: Path) -> None:
    root = tmp_path / "films"
    make_tree(root)
    shelf = opened(root, tmp_path)
    model = LibraryModel(shelf)
    assert titles_shown(model) == ["Amélie", "Odd Name", "Stalin", "The Night Ferry"]
    assert model.index(0, 0).data() == "Amélie (2001)"
    assert model.index(0, 0).data(LibraryModel.PosterRole) == ""
    model.set_filter("year:1990..2001")
    assert titles_shown(model) == ["Amélie", "Odd Name", "Stalin"]
    assert (model.rowCount(), model.total) == (3, 4)
    model.set_sort("year", descending=True)
    assert titles_shown(model) == ["Amélie", "Odd Name", "Stalin"]
    model.set_sort("year")
    assert titles_shown(model) == ["Stalin", "Odd Name", "Amélie"]
    assert model.row_of(model.film_at(2).id) == 2  # type: ignore[union-attr]
    model.set_filter("colour:red")
    assert model.error is not None
    assert model.rowCount() == 4  # what cannot be read is left out, not everything
    with pytest.raises(ValueError, match="colour"):
        model.set_sort("colour")
    shelf.close()


def test_the_list_reads_only_the_rows_in_sight(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "films"
    make_many(root, 400)
    monkeypatch.setattr(library_scan, "IN_PROCESS", 10)
    shelf = opened(root, tmp_path)
    read: list[object] = []
    rows, window = shelf.index.rows, shelf.index.window

    def counting_rows(*args, **kwargs):  # type: ignore[no-untyped-def]
        found = rows(*args, **kwargs)
        read.extend(found)
        return found

    def counting_window(*args, **kwargs):  # type: ignore[no-untyped-def]
        found = window(*args, **kwargs)
        read.extend(found)
        return found

    monkeypatch.setattr(shelf.index, "rows", counting_rows)
    monkeypatch.setattr(shelf.index, "window", counting_window)
    model = LibraryModel(shelf)
    assert model.rowCount() == 400
    assert read == []  # counted, not read
    shown = [model.index(row, 0).data() for row in range(30)]
    assert len(read) == list_model.BLOCK
    assert all(shown)
    model.index(300, 0).data()
    assert len(read) == 2 * list_model.BLOCK
    model.index(10, 0).data()  # a block already read
    assert len(read) == 2 * list_model.BLOCK
    shelf.close()


def test_films_a_scan_brings_reach_the_list_and_the_chosen_one_keeps_its_row(
    qtbot, tmp_path: Path
) -> None:
    root = tmp_path / "films"
    make_tree(root)
    shelf = opened(root, tmp_path)
    model = LibraryModel(shelf)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    (root / "Sea" / "Ahab (1956).json").write_text(film_json("Ahab", year=1956), encoding="utf-8")
    (root / "History" / "Stalin (1992).json").unlink()
    shelf.scan()
    settled(qtbot, shelf, model)
    assert titles_shown(model) == ["Ahab", "Amélie", "Odd Name", "The Night Ferry"]
    assert model.total == 4
    assert resets  # the views were told
    shelf.close()


def test_the_models_pass_qts_checks(qtbot, tmp_path: Path, qtmodeltester) -> None:
    root = tmp_path / "films"
    make_many(root, 300)
    shelf = opened(root, tmp_path)
    model = LibraryModel(shelf)
    qtmodeltester.check(model, force_py=True)
    model.set_filter("stalin")
    assert 0 < model.rowCount() < 300
    qtmodeltester.check(model, force_py=True)
    results = SearchModel(shelf)
    results.set_text("kremlin")
    assert results.rowCount() > 0
    qtmodeltester.check(results, force_py=True)
    shelf.close()


def test_plot_search_rows_come_at_once_and_their_snippets_when_made(qtbot, tmp_path: Path) -> None:
    root = tmp_path / "films"
    make_many(root, 300)
    shelf = opened(root, tmp_path)
    results = SearchModel(shelf)
    results.set_text("kremlin moscow")
    total = shelf.view.hit_count("kremlin moscow")
    assert results.rowCount() == total > list_model.HITS_BLOCK
    first = results.index(0, 0)
    assert first.data()  # the title, at once
    with qtbot.waitSignal(results.dataChanged, timeout=10_000):
        assert first.data(SearchModel.SnippetRole) == ""  # asked for, off this thread
    snippet = first.data(SearchModel.SnippetRole)
    assert "\x02kremlin\x03" in snippet.lower() or "\x02moscow\x03" in snippet.lower()
    last = results.rowCount() - 1
    hit = results.hit(last)  # made here when it is needed at once
    assert hit is not None
    assert hit.id == results.film_at(last).id  # type: ignore[union-attr]
    assert "\x02" in hit.snippet
    results.set_text("")
    assert results.rowCount() == 0
    shelf.close()


def test_an_index_damaged_inside_is_found_by_the_scan_and_built_again(
    qtbot, tmp_path: Path
) -> None:
    # Its header and tables read well: the library opens from it at once, and the
    # scan, which checks every page, finds the damage and builds it again.
    root = tmp_path / "films"
    make_tree(root)
    opened(root, tmp_path).close()
    path = index_path(tmp_path / "cache", root)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = os.urandom(4096)
    path.write_bytes(bytes(data))
    again = Library(root, tmp_path / "cache", "code")
    model = LibraryModel(again)
    again.load()
    again.scan()
    qtbot.waitUntil(lambda: again.index.rebuilt, timeout=10_000)
    settled(qtbot, again, model)
    assert titles_shown(model) == ["Amélie", "Odd Name", "Stalin", "The Night Ferry"]
    again.close()


def test_a_film_the_index_holds_is_validated_again_before_a_copy(tmp_path: Path) -> None:
    root = tmp_path / "films"
    make_tree(root)
    shelf = opened(root, tmp_path)
    model = LibraryModel(shelf)
    rows = [model.film_at(row) for row in range(model.rowCount())]
    with shelf.index.connection:
        shelf.index.connection.execute(
            'UPDATE documents SET film = \'{"title": "\\u202e"}\''
            " WHERE id = (SELECT id FROM films WHERE title = 'Stalin')"
        )
    copied = shelf.film_data([row for row in rows if row is not None])
    assert [data["title"] for _path, data in copied] == ["Amélie", "Odd Name", "The Night Ferry"]
    assert all(data["format_version"] == 2 for _path, data in copied)
    shelf.close()


def test_a_scan_whose_helpers_fail_says_so(qtbot, tmp_path: Path, monkeypatch) -> None:
    import concurrent.futures

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(24, "Too many open files")

    root = tmp_path / "films"
    make_many(root, 30)
    monkeypatch.setattr(library_scan, "IN_PROCESS", 10)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    shelf = Library(root, tmp_path / "cache", "code")
    notes: list[str] = []
    shelf.note.connect(notes.append)
    model = LibraryModel(shelf)
    shelf.scan()
    settled(qtbot, shelf, model)
    assert model.rowCount() == 30
    assert notes == ["The scan's helper processes stopped; reading on in this one, more slowly."]
    shelf.close()


def test_closing_during_a_scan_stops_it_before_the_index_closes(
    qtbot, tmp_path: Path, monkeypatch, caplog
) -> None:
    # As the window does when it gets SIGTERM while a large library is read.
    root = tmp_path / "films"
    make_many(root, 400)
    monkeypatch.setattr(library_scan, "IN_PROCESS", 10)
    for attempt in range(3):
        shelf = Library(root, tmp_path / f"cache {attempt}", "code")
        LibraryModel(shelf)
        shelf.scan()
        qtbot.waitUntil(lambda shelf=shelf: shelf.view.total() > 0, timeout=20_000)
        with caplog.at_level(logging.WARNING):
            shelf.close()
        assert shelf.tasks.idle
        QCoreApplication.processEvents()  # whatever was still queued finds the library closed
    problems = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert problems == []


def test_a_library_too_large_to_watch_is_looked_at_no_more_than_a_tenth_of_the_time(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    from filmviewer.controller.library import library as library_module
    from filmviewer.controller.library import watch

    root = tmp_path / "films"
    make_tree(root)
    monkeypatch.setattr(watch, "MAX_WATCHED", 1)  # too many to watch one by one: a timer
    shelf = opened(root, tmp_path)
    model = LibraryModel(shelf)
    shelf.follow()
    qtbot.waitUntil(lambda: shelf._watch is not None and shelf._watch.polling, timeout=5_000)
    assert shelf._watch._poll.interval() == watch.RESCAN_MS
    clock = iter([100.0, 103.5])
    # The library's own clock only: Python's is read by threads of other tests' pools.
    fake = types.SimpleNamespace(monotonic=lambda: next(clock))
    monkeypatch.setattr(library_module, "time", fake)
    shelf._on_look()  # the timer's look: it took 3.5 s
    settled(qtbot, shelf, model)
    assert shelf._watch._poll.interval() == 35_000
    shelf.close()


def test_a_whole_reload_of_the_list_ends_a_refresh_under_way(qtbot, tmp_path: Path) -> None:
    """Whatever waits for the list to be complete (the scan's progress, a screenshot) is
    told so by the reload: the refresh it overtook will never be shown."""
    root, shelf, model = settled_tree(qtbot, tmp_path)
    (root / "History" / "Later (2001).json").write_text(film_json("Later", year=2001))
    shelf.scan()
    shelf.wait(20)
    shelf.films_changed.emit(set())  # news of a film: the rows are made again, off this thread
    assert model.refreshing
    with qtbot.waitSignal(model.filter_changed, timeout=5_000):
        shelf.films_changed.emit(None)
    assert not model.refreshing
    assert "Later" in titles_shown(model)
    qtbot.wait(50)  # the overtaken refresh comes back, and changes nothing
    assert not model.refreshing


def test_a_file_changed_before_the_watch_took_it_on_is_seen(qtbot, tmp_path: Path) -> None:
    root, shelf, model = settled_tree(qtbot, tmp_path)
    # Changed after the scan read it, before the watch begins: no watch will report it.
    stalin = root / "History" / "Stalin (1992).json"
    stalin.write_text(film_json("Stalin Revised", year=1992), encoding="utf-8")
    shelf.follow()
    qtbot.waitUntil(lambda: shelf.watching, timeout=10_000)
    qtbot.waitUntil(lambda: "Stalin Revised" in titles_shown(model), timeout=10_000)
    shelf.close()


def test_news_that_comes_as_a_refresh_ends_is_not_lost(qtbot, tmp_path: Path) -> None:
    """The last news of a scan, arriving while a finished refresh's rows are still on their
    way to the list, is shown too: the list is never left short of a film for good."""
    root, shelf, model = settled_tree(qtbot, tmp_path)
    shelf.films_changed.emit(set())  # a refresh, off this thread
    refreshing = model._refreshing
    assert refreshing is not None
    assert refreshing.wait(5)  # done, its rows not yet handed to the list
    (root / "History" / "Later (2001).json").write_text(film_json("Later", year=2001))
    shelf.blockSignals(True)  # the scan's own news would come later and mend it
    try:
        shelf.scan()
        shelf.wait(20)
        model._on_films_changed(set())  # the news of Later, before the refresh's rows
        qtbot.waitUntil(lambda: not model.refreshing, timeout=5_000)
        qtbot.wait(50)
    finally:
        shelf.blockSignals(False)
    assert "Later" in titles_shown(model)
    assert model.rowCount() == shelf.view.total() == 5
    shelf.close()


def test_a_film_the_scan_stored_is_watched_for_changes(qtbot, tmp_path: Path) -> None:
    root, shelf, model = settled_tree(qtbot, tmp_path)
    shelf.follow()
    qtbot.waitUntil(lambda: shelf.watching, timeout=10_000)
    added = root / "History" / "Later (2001).json"
    added.write_text(film_json("Later", year=2001), encoding="utf-8")
    qtbot.waitUntil(lambda: "Later" in titles_shown(model), timeout=10_000)
    qtbot.wait(200)  # the new file's watch taken on
    # Written in place: its folder does not change, only the file does.
    added.write_text(film_json("Later Still", year=2001), encoding="utf-8")
    qtbot.waitUntil(lambda: "Later Still" in titles_shown(model), timeout=10_000)
    shelf.close()
