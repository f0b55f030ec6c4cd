"""Find benchmark: what a keystroke in the find bar costs, against the fastest equivalent search.

A synopsis of about 1.2 million characters (the bundled one repeated) in the
real window, offscreen. For each kind of text and query (ASCII, accented
text, regular expressions) it times, alternately in one process:

- the app: setting the find field's text until the search is over, the count
  is shown, and the highlights and scroll-bar ticks are painted;
- the floor: the very pattern the app compiles, run over the very text the
  app prepared (lower-cased, diacritics folded), counting its matches with
  ``finditer``: the least any find could do to know the matches.

"first" is the first query after the film is opened, which folds the text
too; "warm first" waits a moment first, as a user does, so the text is folded
ahead; "next" is every query after that. Last lines:

    find <kind>: next X.XX x floor (app A ms, floor F ms, N matches); first Y.YY x (...)

Targets: next <= 2 x floor, first <= 3 x floor.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QLocale, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from filmviewer.controller import search  # noqa: E402
from filmviewer.controller.document import FilmController  # noqa: E402
from filmviewer.controller.search import SearchOptions  # noqa: E402
from filmviewer.controller.settings import Settings  # noqa: E402
from filmviewer.ui.main_window import MainWindow  # noqa: E402

COPIES = 128
RUNS = int(os.environ.get("BENCH_RUNS", "9"))
PLAIN = SearchOptions()
REGEX = SearchOptions(regex=True)


def accented(text: str) -> str:
    """The synopsis as a text with accents: about one letter in twelve carries one."""
    return (
        text.replace("e", "é")
        .replace("an", "ån")
        .replace("o", "ö")
        .replace("Stalin", "Stálin")
        .replace("u", "ü")
    )


KINDS = {
    "ascii": (lambda text: text, PLAIN, ("the", "he", "in", "stalin")),
    "accented": (accented, PLAIN, ("the", "he", "in", "stalin")),
    "regex": (lambda text: text, REGEX, (r"th[ae]", r"\bS\w+", r"[0-9]+", r"^\w")),
}


def main() -> None:
    app = QApplication(sys.argv[:1])
    film = json.loads((ROOT / "data" / "stalin-1992.json").read_text(encoding="utf-8"))
    base = "\n\n".join([film["synopsis"]] * COPIES)
    folder = Path(os.environ.get("TMPDIR", "/tmp"))
    controller = FilmController(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    store = QSettings(str(folder / "filmviewer-find-bench.conf"), QSettings.Format.IniFormat)
    window = MainWindow(controller, Settings(store))
    window.resize(960, 720)
    window.show()
    app.processEvents()
    results = []
    for number, (kind, (make, options, queries)) in enumerate(KINDS.items()):
        path = folder / f"filmviewer-find-bench-{number}.json"
        path.write_text(json.dumps({"title": kind, "synopsis": make(base)}), encoding="utf-8")
        results.append((kind, *measure(app, window, path, options, queries, kind)))
        path.unlink()
    window.close()
    print(f"text {len(base) / 1e6:.2f} M characters")
    for kind, next_app, next_floor, first_app, first_floor, warm_app, found, counts in results:
        a, f, s = _ms(next_app), _ms(next_floor), _ms(found)
        fa, ff, wa = _ms(first_app), _ms(first_floor), _ms(warm_app)
        worst = max(x / y for x, y in zip(next_app, next_floor, strict=True))
        print(
            f"find {kind}: next {a / f:.2f} x floor (app {a:.1f} ms with painting, "
            f"floor {f:.1f} ms, "
            f"{int(statistics.median(counts))} matches; worst {worst:.2f} x; the search alone "
            f"{s / f:.2f} x); first {fa / ff:.2f} x (app {fa:.1f} ms), warm first {wa / ff:.2f} x "
            f"(app {wa:.1f} ms)"
        )


def measure(
    app: QApplication,
    window: MainWindow,
    path: Path,
    options: SearchOptions,
    queries: tuple[str, ...],
    kind: str,
) -> tuple[list[float], ...]:
    """Time each query of ``kind`` over the film at ``path``: the app, the search, the floor."""
    controller = window.controller

    def open_film() -> None:
        controller.open(path)
        window.find_text("")
        bar = window.find_bar
        bar.field.setText("")
        for action, wanted in zip(bar.option_actions(), _flags(options), strict=True):
            action.setChecked(wanted)
        app.processEvents()

    def app_time(query: str) -> tuple[float, int]:
        bar = window.find_bar
        start = time.perf_counter()
        bar.field.setText(query)
        bar.finder.wait()
        if bar._poll.isActive():
            bar._on_poll()  # what the poll timer does once a longer search is over
        window.synopsis.viewport().repaint()
        bar.marks.repaint()
        bar.status.repaint()
        return time.perf_counter() - start, bar.finder.count

    def search_time(query: str) -> float:
        """The search alone, as the find bar runs it (beside the window), without painting."""
        finder = window.find_bar.finder
        start = time.perf_counter()
        finder.search(query, options)
        finder.wait()
        return time.perf_counter() - start

    def floor_time(query: str) -> tuple[float, int]:
        searcher = window.find_bar.finder._searcher
        folded = searcher._fold(*search._folding(options))
        pattern = search._compile(query, options, *search._folding(options))
        start = time.perf_counter()
        count = sum(1 for _ in pattern.finditer(folded.text))
        return time.perf_counter() - start, count

    next_app: list[float] = []
    next_floor: list[float] = []
    first_app: list[float] = []
    first_floor: list[float] = []
    warm_app: list[float] = []
    search_only: list[float] = []
    counts: list[int] = []
    for _ in range(RUNS):
        for query in queries:
            open_film()
            first, first_count = app_time(query)  # folds the text as well
            floor, floor_count = floor_time(query)
            check(kind, query, first_count, floor_count)
            first_app.append(first)
            first_floor.append(floor)
            open_film()
            time.sleep(0.3)  # a user's pause: the text is folded ahead meanwhile
            warm_app.append(app_time(query)[0])
            window.find_bar.field.setText("")
            app.processEvents()
            again, count = app_time(query)
            floor, floor_count = floor_time(query)
            check(kind, query, count, floor_count)
            next_app.append(again)
            next_floor.append(floor)
            counts.append(count)
            search_only.append(search_time(query))
    return next_app, next_floor, first_app, first_floor, warm_app, search_only, counts


def check(kind: str, query: str, app_count: int, floor_count: int) -> None:
    if app_count != floor_count:
        raise SystemExit(f"{kind} {query!r}: app found {app_count}, floor {floor_count}")


def _ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def _flags(options: SearchOptions) -> tuple[bool, bool, bool, bool]:
    return (options.match_case, options.whole_words, options.match_diacritics, options.regex)


if __name__ == "__main__":
    main()
