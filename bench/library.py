"""Library benchmark: scanning, opening, filtering and searching a generated library.

The library (bench/films.py's write_library: varied films in nested folders,
a tenth as .nfo, some broken) has BENCH_FILMS films, 10,000 by default. Each
figure is a ratio against the fastest equivalent measured side by side:

    cold scan: the index complete in the window in T s, X x reading and json.loads-ing the
        same files (in this process)
    scan stall: the longest turn of the event loop while the list fills, in ms
    window's list complete: after a cold scan, X x a cold --list of the same folder
    warm --list: an unchanged library listed, X x a program that reads and json.loads its files
        (both a Python process of their own)
    warm open: the window with the list filled and a film painted, X x the bundled film's
        warm start
    filter keystroke: the list filtered and repainted, median and worst ms, against the same
        SQLite count and first window run bare
    plot search: count and first rows shown, X x the raw FTS5 count and ranked first rows;
        the snippets of the rows in sight, when they are shown
    memory: the library open, X x the single-film app's peak
    wall scroll: the wall of posters scrolled top to bottom a page at a time, the longest
        frame (the posters in view decoded and painted)

Goals: scan <= 3 x; stall <= 50 ms; warm --list <= 1 x (10,000); warm open
<= 1.3 x (10,000) or 1.5 x (100,000); keystroke <= 16 ms (10,000) or 30 ms
(100,000); search <= 2 x; memory <= 1.3 x (10,000) or 1.6 x (100,000);
window's list <= 1.2 x; wall frame <= 50 ms.
"""

from __future__ import annotations

import compileall
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FILMS = int(os.environ.get("BENCH_FILMS", "10000"))
RUNS = int(os.environ.get("BENCH_LIBRARY_RUNS", "5"))
APP = [sys.executable, str(ROOT / "main.py")]


def floor_read(root: Path) -> float:
    """Seconds to read every film file and json.loads the JSON ones, in this process."""
    start = time.perf_counter()
    for folder, _folders, files in os.walk(root):
        for name in files:
            with open(os.path.join(folder, name), "rb") as file:
                data = file.read()
            if name.endswith(".json"):
                with contextlib.suppress(ValueError):
                    json.loads(data)
    return time.perf_counter() - start


def child_scan(root: str, cache: str) -> None:
    """In a process of its own: open the library in the window, cold, and time the scan.

    Prints the seconds to a complete index, the longest event-loop turn while
    it filled, and the peak memory.
    """
    import resource

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from filmviewer.configure import configure
    from filmviewer.controller.document import FilmController
    from filmviewer.controller.settings import Settings
    from filmviewer.ui.garbage import GarbageCollector
    from filmviewer.ui.main_window import MainWindow

    os.environ["XDG_CACHE_HOME"] = cache
    app = QApplication([])
    configure(app)
    GarbageCollector(app)
    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings(QSettings(f"{scratch}/s.conf", QSettings.Format.IniFormat))
        window = MainWindow(FilmController(), settings)
        window.resize(1200, 800)
        window.show()
        app.processEvents()
        longest = 0.0
        clock = QElapsedTimer()
        ticker = QTimer()
        ticker.setInterval(2)

        def tick() -> None:
            nonlocal longest
            longest = max(longest, clock.restart() / 1000)

        ticker.timeout.connect(tick)
        start = time.perf_counter()
        window.open_library(Path(root))
        library = window.library
        assert library is not None
        clock.start()
        ticker.start()
        done = QEventLoop()
        library.scan_finished.connect(lambda _finished: done.quit())
        done.exec()
        scanned = time.perf_counter() - start
        panel = window.library_panel
        assert panel is not None
        # The list complete: every film the index holds, shown (a timed look at the
        # folders may follow the scan; it changes nothing, and is not waited for).
        deadline = time.perf_counter() + 600
        while (
            panel.model.refreshing or panel.model.rowCount() != library.view.total()
        ) and time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 10)
        panel.view.viewport().repaint()
        listed = time.perf_counter() - start
        ticker.stop()
        app.processEvents()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        assert library.view.total() > FILMS * 0.9
        print(json.dumps({"scan": scanned, "listed": listed, "stall": longest, "peak": peak}))
        window.close()


def child_keys(root: str, cache: str) -> None:
    """In a process of its own: the library warm, then filter keystrokes and plot searches.

    Prints the median and worst time of a keystroke in the filter (the list
    repainted) and of the same SQL run bare, and of a plot search (count and
    first rows painted) against the raw FTS5 query.
    """
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from filmviewer.configure import configure
    from filmviewer.controller.document import FilmController
    from filmviewer.controller.library.index import Filter
    from filmviewer.controller.library.query import keys_match, plot_query, read
    from filmviewer.controller.settings import Settings
    from filmviewer.ui.garbage import GarbageCollector
    from filmviewer.ui.main_window import MainWindow

    os.environ["XDG_CACHE_HOME"] = cache
    app = QApplication([])
    configure(app)  # the app's name: the index the warm runs built, where they left it
    GarbageCollector(app)  # collected as the app collects: on the GUI thread, on a timer
    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings(QSettings(f"{scratch}/s.conf", QSettings.Format.IniFormat))
        window = MainWindow(FilmController(), settings)
        window.resize(1200, 800)
        window.show()
        window.open_library(Path(root))
        library, panel = window.library, window.library_panel
        assert library is not None
        assert panel is not None
        library.settle(3600)
        app.processEvents()
        # Every film, from the index at once: not a scan's first rows.
        assert panel.model.rowCount() > FILMS * 0.9, f"{panel.model.rowCount()} films listed"
        rows_shown = (
            panel.list.viewport().height() // panel.list.verticalHeader().defaultSectionSize()
        )
        connection = library.index.connection
        typed = ["s", "st", "sta", "stal", "stali", "stalin", "stalin k", "stalin kr", "stalin kre"]
        keystrokes, floors, marked = [], [], []
        for _round in range(3):
            for text in typed:
                start = time.perf_counter()
                panel.model.set_filter(text)
                panel.view.viewport().repaint()
                keystrokes.append(time.perf_counter() - start)
                app.processEvents()  # the chosen film marked again, once the list is painted
                marked.append(time.perf_counter() - start)
                start = time.perf_counter()
                match = Filter(keys_match(read(text))).match
                connection.execute(
                    "SELECT count(*) FROM keys WHERE keys MATCH ?", (match,)
                ).fetchall()
                connection.execute(
                    "SELECT id, title FROM films WHERE ok = 1 AND id IN"
                    " (SELECT rowid FROM keys WHERE keys MATCH ?)"
                    " ORDER BY title_key, year, id LIMIT ?",
                    (match, rows_shown),
                ).fetchall()
                floors.append(time.perf_counter() - start)
            panel.model.set_filter("")
        panel.plots.setChecked(True)
        searches, raws, snippets = [], [], []
        for _round in range(3):
            for text in ["lenin", "kreml*", '"stalin lenin"', "siberia winter", "purge"]:
                start = time.perf_counter()
                panel.field.setText(text)
                panel._on_search_due()
                panel.list.viewport().repaint()
                searches.append(time.perf_counter() - start)
                # The snippets of the rows in sight: made off the GUI thread, then painted.
                results = panel.results
                while any(
                    results.index(row, 0).data(results.SnippetRole) == ""
                    for row in range(min(rows_shown, results.rowCount()))
                ):
                    app.processEvents()
                panel.list.viewport().repaint()
                snippets.append(time.perf_counter() - start)
                start = time.perf_counter()
                query = plot_query(text)
                connection.execute(
                    "SELECT count(*) FROM prose WHERE prose MATCH ?", (query,)
                ).fetchall()
                connection.execute(
                    "SELECT prose.rowid, films.title FROM prose"
                    " JOIN films ON films.id = prose.rowid"
                    " WHERE prose MATCH ? ORDER BY prose.rank LIMIT ?",
                    (query, rows_shown),
                ).fetchall()
                raws.append(time.perf_counter() - start)
        panel.plots.setChecked(False)
        panel.field.clear()
        panel.show_as_wall(True)
        window.resize(1600, 900)
        app.processEvents()
        frames = []
        bar = panel.wall.verticalScrollBar()
        while bar.value() < bar.maximum():
            start = time.perf_counter()
            bar.setValue(bar.value() + bar.pageStep())
            panel.wall.viewport().repaint()
            app.processEvents()  # the posters decoded meanwhile, painted
            frames.append(time.perf_counter() - start)
        print(
            json.dumps(
                {
                    "wall_frame": statistics.median(frames),
                    "wall_worst": max(frames),
                    "wall_pages": len(frames),
                    "marked": statistics.median(marked),
                    "marked_worst": max(marked),
                    "key": statistics.median(keystrokes),
                    "key_worst": max(keystrokes),
                    "floor": statistics.median(floors),
                    "floor_worst": max(floors),
                    "search": statistics.median(searches),
                    "search_worst": max(searches),
                    "raw": statistics.median(raws),
                    "snippets": statistics.median(snippets),
                    "snippets_worst": max(snippets),
                }
            )
        )
        window.close()


def read_everything(root: str) -> None:
    """The floor of a warm --list: a program that reads every film file and json.loads it."""
    floor_read(Path(root))


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, capture_output=True, check=True)
    return time.perf_counter() - start


def measure_start(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds to the film shown (milestone) and peak MiB of one run of the app."""
    start = time.clock_gettime(time.CLOCK_MONOTONIC)
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    output = process.stdout.read()
    _, _status, usage = os.wait4(process.pid, 0)
    marks = dict(line.split() for line in output.splitlines() if line.strip())
    return float(marks["film-shown"]) - start, usage.ru_maxrss / 1024


def child(kind: str, root: str, cache: str) -> dict[str, float]:
    process = subprocess.run(
        [sys.executable, __file__, f"--{kind}", root, cache],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")},
    )
    return json.loads(process.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    from bench.films import write_library

    compileall.compile_dir(ROOT / "filmviewer", quiet=1)
    with tempfile.TemporaryDirectory() as home:
        root = Path(home) / "library"
        write_library(root, FILMS, posters=True)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "FILMVIEWER_FIRST_FRAME": "1",
            "XDG_CONFIG_HOME": f"{home}/config",
            "XDG_STATE_HOME": f"{home}/state",
            "XDG_CACHE_HOME": f"{home}/cache",
        }
        floor_read(root)  # the files in the page cache, for both
        scans, floors = [], []
        cold_lists = []
        for number in range(max(1, RUNS // 2)):
            floors.append(floor_read(root))
            cache = f"{home}/scan-{number}"
            scans.append(child("scan", str(root), cache))
            shutil.rmtree(cache, ignore_errors=True)
            cold_lists.append(timed([*APP, "--list", str(root)], {**env, "XDG_CACHE_HOME": cache}))
            shutil.rmtree(cache, ignore_errors=True)
        scan = statistics.median(run["scan"] for run in scans)
        floor = statistics.median(floors)
        stall = max(run["stall"] for run in scans)
        library_peak = statistics.median(run["peak"] for run in scans)
        # Warm: the index built, the same library opened again, against the bundled film.
        # --list builds the whole index and waits for it (a window closed at its first
        # frame would leave the scan half done, and the next open would not be warm).
        subprocess.run([*APP, "--list", str(root)], env=env, capture_output=True, check=True)
        floor_program = [sys.executable, __file__, "--read", str(root)]
        lists, list_floors = [], []
        for _ in range(RUNS):
            lists.append(timed([*APP, "--list", str(root)], env))
            list_floors.append(timed(floor_program, env))
        bundled = str(ROOT / "data" / "stalin-1992.json")
        measure_start([*APP, str(root)], env)
        measure_start([*APP, bundled], env)
        opens, singles = [], []
        for _ in range(RUNS):
            opens.append(measure_start([*APP, str(root)], env))
            singles.append(measure_start([*APP, bundled], env))
        keys = child("keys", str(root), f"{home}/cache")

    warm = statistics.median(run[0] for run in opens)
    single = statistics.median(run[0] for run in singles)
    open_memory = statistics.median(run[1] for run in opens)
    single_memory = statistics.median(run[1] for run in singles)
    print(f"library of {FILMS:,} films")
    print(
        f"cold scan: the index complete in {scan:.2f} s, {scan / floor:.1f} x reading and "
        f"json.loads-ing the same files ({floor:.2f} s)"
    )
    listed = statistics.median(run["listed"] for run in scans)
    cold_list = statistics.median(cold_lists)
    print(
        f"window's list complete after a cold scan: {listed:.2f} s, {listed / cold_list:.2f} x a "
        f"cold --list of the same folder ({cold_list:.2f} s)"
    )
    stall_ms = stall * 1000
    print(
        f"scan stall: the longest turn of the event loop while the list filled, {stall_ms:.0f} ms"
    )
    listed, list_floor = statistics.median(lists), statistics.median(list_floors)
    print(
        f"warm --list: {listed:.3f} s, {listed / list_floor:.2f} x a program reading and "
        f"json.loads-ing the files ({list_floor:.3f} s); worst {max(lists):.3f} s against "
        f"{min(list_floors):.3f} s"
    )
    print(
        f"warm open: the list filled and a film shown in {warm:.3f} s, {warm / single:.2f} x the "
        f"bundled film's warm start ({single:.3f} s)"
    )
    print(
        f"filter keystroke: {keys['key'] * 1000:.1f} ms with painting (worst "
        f"{keys['key_worst'] * 1000:.1f} ms); the same SQL bare {keys['floor'] * 1000:.1f} ms "
        f"(worst {keys['floor_worst'] * 1000:.1f} ms)"
    )
    print(
        f"filter keystroke with the chosen film marked again: {keys['marked'] * 1000:.1f} ms "
        f"(worst {keys['marked_worst'] * 1000:.1f} ms)"
    )
    print(
        f"plot search: {keys['search'] * 1000:.1f} ms to count and rows shown (worst "
        f"{keys['search_worst'] * 1000:.1f} ms), {keys['search'] / keys['raw']:.2f} x the raw "
        f"FTS5 query ({keys['raw'] * 1000:.1f} ms); snippets in sight shown at "
        f"{keys['snippets'] * 1000:.1f} ms (worst {keys['snippets_worst'] * 1000:.1f} ms)"
    )
    print(
        f"memory: the library open {open_memory / single_memory:.2f} x the single-film app's "
        f"peak ({open_memory:.0f} MiB against {single_memory:.0f} MiB; {library_peak:.0f} MiB "
        f"while scanning cold)"
    )
    print_wall(keys)


def print_wall(keys: dict[str, float]) -> None:
    print(
        f"wall scroll: {keys['wall_pages']:.0f} pages of posters, a frame "
        f"{keys['wall_frame'] * 1000:.1f} ms, the longest {keys['wall_worst'] * 1000:.1f} ms"
    )


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] in ("--scan", "--keys"):
        (child_scan if sys.argv[1] == "--scan" else child_keys)(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "--read":
        read_everything(sys.argv[2])
    else:
        main()
